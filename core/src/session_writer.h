#pragma once

// Writing sessions inside the caller's transaction, private to core. Each returns SQLITE_DONE or
// the SQLite error code.

#include "connection.h"

#include <rollwise/core/database.h>

#include <string_view>

namespace rollwise::detail {

// Writes one session, and adds what is new in it to its head's counts (sessions, passes,
// high-pressure passes, deep sessions, first and last use). Statements come from the
// connection's cache and static text is bound without copies: this is the ingest path.
[[nodiscard]] int writeSession(const Connection& database, std::string_view uid,
                               const SessionRecord& record);
// The journal session of one device record, with its head.
[[nodiscard]] int writeDeviceSession(const Connection& database, const DeviceRecord& record);

} // namespace rollwise::detail
