#pragma once

// Small helpers the stores share, private to core: time as stored (seconds since the epoch),
// zone lists as text, the error for a value this version cannot read, and one transaction
// around a body of statements.

#include "sqlite_support.h"

#include <rollwise/core/database.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise::detail {

inline std::int64_t seconds(TimePoint t) {
    return t.time_since_epoch().count();
}
inline TimePoint fromSeconds(std::int64_t s) {
    return TimePoint(Seconds(s));
}
inline std::optional<std::int64_t> seconds(const std::optional<TimePoint>& t) {
    return t ? std::optional(seconds(*t)) : std::nullopt;
}
inline std::optional<TimePoint> fromSeconds(const std::optional<std::int64_t>& s) {
    return s ? std::optional(fromSeconds(*s)) : std::nullopt;
}

// "forehead,chin" and back; a key this version does not know is left out.
[[nodiscard]] std::string zoneList(const std::vector<Zone>& zones);
[[nodiscard]] std::vector<Zone> parseZoneList(std::string_view text);

[[nodiscard]] DatabaseError unreadable(std::string_view what);

// Runs `body` (which returns SQLITE_DONE or SQLITE_OK, else the error code) in one transaction.
template <typename F>
Status<DatabaseError> inTransaction(sqlite3* db, std::string_view what, F&& body) {
    sql::Transaction tx(db);
    if (!tx.begun()) {
        return Failure{sql::error(tx.beginCode(), what, db)};
    }
    if (const int rc = body(); rc != SQLITE_DONE && rc != SQLITE_OK) {
        return Failure{sql::error(rc, what, db)};
    }
    if (const int rc = tx.commit(); rc != SQLITE_OK) {
        return Failure{sql::error(rc, what, db)};
    }
    return Done{};
}

} // namespace rollwise::detail
