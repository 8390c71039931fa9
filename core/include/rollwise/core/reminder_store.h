#pragma once

// What the user or the delivery did to a reminder (snoozed, done); the schedule itself is
// computed (reminders.h).

#include <rollwise/core/database_error.h>
#include <rollwise/core/time.h>
#include <rollwise/core/zone.h>

#include <optional>
#include <string>
#include <vector>

namespace rollwise {

struct Reminder {
    std::string uid;
    std::string kind; // "next-session", "aftercare", "replace-head", ...
    TimePoint due{};
    std::optional<Zone> zone;
    std::optional<TimePoint> snoozedUntil;
    std::optional<TimePoint> doneAt;
};

class ReminderStore {
public:
    explicit ReminderStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    ReminderStore(const ReminderStore&) = delete;
    ReminderStore& operator=(const ReminderStore&) = delete;

    // Inserts the reminder, or updates its due, snooze and done times (its kind and zone stay).
    [[nodiscard]] Status<DatabaseError> save(const Reminder& reminder);
    // Every reminder, soonest due first.
    [[nodiscard]] Result<std::vector<Reminder>, DatabaseError> all() const;

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
