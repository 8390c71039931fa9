// The reminder runner: the schedule worked out on the journal, shown through the notifier, and
// what the user does with a reminder (snooze, done) kept in the journal.
#include "reminders_internal.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>

#include <algorithm>

namespace rollwise {

using namespace std::chrono;

ReminderRunner::ReminderRunner(Database& db, const Clock& clock, const TimeZone& zone,
                               Notifier& notifier)
    : m_db(db)
    , m_clock(clock)
    , m_zone(zone)
    , m_notifier(notifier) {
    m_notifier.onAction = [this](const std::string& uid, ReminderAction action) {
        (void)act(uid, action);
    };
}

Result<ReminderInput, DatabaseError> ReminderRunner::input() const {
    ReminderInput in;
    in.now = floor<seconds>(m_clock.now());
    SituationRequest request;
    request.now = in.now;
    auto situation = situationFromJournal(m_db, request);
    if (!situation) {
        return Failure{situation.error()};
    }
    in.situation = std::move(situation.value());
    auto pending = m_db.sessions().pendingDeviceSessions();
    if (!pending) {
        return Failure{pending.error()};
    }
    in.pending = std::move(pending.value());
    auto stored = m_db.reminders().all();
    if (!stored) {
        return Failure{stored.error()};
    }
    in.stored = std::move(stored.value());
    auto settings = loadReminderSettings(m_db.settings());
    if (!settings) {
        return Failure{settings.error()};
    }
    in.settings = std::move(settings.value());
    return in;
}

Result<std::vector<ScheduledReminder>, DatabaseError> ReminderRunner::schedule() const {
    auto in = input();
    if (!in) {
        return Failure{in.error()};
    }
    return scheduleReminders(in.value(), m_zone);
}

Result<std::optional<TimePoint>, DatabaseError> ReminderRunner::nextWake() const {
    auto all = schedule();
    if (!all) {
        return Failure{all.error()};
    }
    std::optional<TimePoint> next;
    for (const auto& r : all.value()) {
        if (!r.fired && (!next || r.due < *next)) {
            next = r.due;
        }
    }
    return next;
}

Result<int, DatabaseError> ReminderRunner::tick() {
    auto in = input();
    if (!in) {
        return Failure{in.error()};
    }
    const auto due = remindersToFire(scheduleReminders(in.value(), m_zone), in.value().now);
    int shown = 0;
    for (const auto& r : due) {
        if (!m_notifier.show(ReminderNotice{r.uid, r.kind, r.zone, r.due})) {
            continue;
        }
        // Fired: a row without a snooze. A snoozed one keeps the time it fired at as its due.
        Reminder row{r.uid,       std::string(toString(r.kind)), r.due, r.zone, std::nullopt,
                     std::nullopt};
        if (auto saved = m_db.reminders().save(row); !saved) {
            return Failure{saved.error()};
        }
        ++shown;
    }
    return shown;
}

Status<DatabaseError> ReminderRunner::act(const std::string& uid, ReminderAction action) {
    if (action == ReminderAction::Open) {
        if (onOpen) {
            onOpen(uid);
        }
        return Done{};
    }
    auto in = input();
    if (!in) {
        return Failure{in.error()};
    }
    const TimePoint now = in.value().now;
    const auto& stored = in.value().stored;
    const auto it =
        std::find_if(stored.begin(), stored.end(), [&](const Reminder& r) { return r.uid == uid; });
    if (it == stored.end()) {
        return Failure{DatabaseError{DatabaseErrorCode::NotFound,
                                     "This reminder is not in the journal any more."}};
    }
    Reminder row = *it;
    if (action == ReminderAction::Snooze) {
        row.snoozedUntil =
            outOfQuietHours(in.value().settings, m_zone, now + in.value().settings.snoozeFor);
    } else {
        row.doneAt = now;
        row.snoozedUntil = std::nullopt;
    }
    auto saved = m_db.reminders().save(row);
    if (saved) {
        m_notifier.withdraw(uid);
    }
    return saved;
}

} // namespace rollwise
