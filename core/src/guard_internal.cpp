// The small pieces the guard's files share (guard_internal.h).
#include "guard_internal.h"

#include <rollwise/core/guard.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace rollwise {
namespace detail {

Seconds scaled(Seconds interval, double multiplier) {
    return Seconds(
        static_cast<Seconds::rep>(std::ceil(static_cast<double>(interval.count()) * multiplier)));
}

const PastZone* zoneRecord(const PastSession& session, Zone zone) {
    const auto it =
        std::find_if(session.zones.begin(), session.zones.end(),
                     [zone](const PastZone& z) { return z.zone == zone && z.passes > 0; });
    return it == session.zones.end() ? nullptr : &*it;
}

// A needle length the guard cannot trust is treated as the strictest row.
const DepthTier& tierForHistory(int needleUm) {
    if (needleUm < kMinPlausibleNeedleUm || needleUm > kMaxPlausibleNeedleUm) {
        return depthTiers().back();
    }
    return depthTier(needleUm);
}

Verdict worst(const std::vector<Finding>& findings) {
    Verdict verdict = Verdict::Allow;
    for (const auto& finding : findings) {
        verdict = std::max(verdict, finding.verdict);
    }
    return verdict;
}

} // namespace detail
} // namespace rollwise
