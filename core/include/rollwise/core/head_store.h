#pragma once

// The needle heads the journal knows, with the wear the guard counts on them.

#include <rollwise/core/database_error.h>
#include <rollwise/core/guard.h>

#include <optional>
#include <string>
#include <vector>

namespace rollwise {

struct StoredHead {
    std::string uid;
    std::string deviceUid;
    Head head;
    std::optional<TimePoint> retiredAt;
};

class HeadStore {
public:
    explicit HeadStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    HeadStore(const HeadStore&) = delete;
    HeadStore& operator=(const HeadStore&) = delete;

    // Inserts the head, or replaces what is stored of it (its family and needle stay).
    [[nodiscard]] Status<DatabaseError> save(const StoredHead& head);
    // Every head, first used first.
    [[nodiscard]] Result<std::vector<StoredHead>, DatabaseError> all() const;

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
