#pragma once

// Shared by the guard's source files (core/src only).

#include <rollwise/core/guard.h>

#include <vector>

namespace rollwise::detail {

// An interval multiplied by the user's stricter multiplier, rounded up.
[[nodiscard]] Seconds scaled(Seconds interval, double multiplier);
// The session's record of `zone` when it was needled there (passes > 0), else nullptr.
[[nodiscard]] const PastZone* zoneRecord(const PastSession& session, Zone zone);
// A needle length the guard cannot trust is treated as the strictest row.
[[nodiscard]] const DepthTier& tierForHistory(int needleUm);
// The strictest verdict among the findings (Allow for none).
[[nodiscard]] Verdict worst(const std::vector<Finding>& findings);

} // namespace rollwise::detail
