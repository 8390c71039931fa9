// The user's limits held to their floors, and what counts as a reason given.
#include "guard_internal.h"

#include <rollwise/core/guard.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace rollwise {

bool isBlank(std::string_view utf8) noexcept {
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
            ++i;
            continue;
        }
        // Decode one multi-byte sequence; anything malformed counts as text.
        std::uint32_t cp = 0;
        std::size_t length = 0;
        if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1F;
            length = 2;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0F;
            length = 3;
        } else if ((c & 0xF8) == 0xF0) {
            cp = c & 0x07;
            length = 4;
        } else {
            return false;
        }
        if (i + length > utf8.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        const bool space = cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
                           (cp >= 0x2000 && cp <= 0x200D) || cp == 0x2028 || cp == 0x2029 ||
                           cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 ||
                           cp == 0xFEFF || cp == 0x180E;
        if (!space) {
            return false;
        }
        i += length;
    }
    return true;
}

ClampedLimits clampToFloor(const Limits& requested) {
    const Limits floor;
    ClampedLimits out{requested, {}, {}};
    Limits& l = out.limits;
    if (!(l.intervalMultiplier >= 1.0)) { // also catches NaN
        l.intervalMultiplier = 1.0;
        out.notes.push_back(LimitSetting::IntervalMultiplier);
    }
    if (l.intervalMultiplier > kMaxIntervalMultiplier) {
        out.refusedMultiplier = l.intervalMultiplier;
        l.intervalMultiplier = kMaxIntervalMultiplier;
    }
    auto atMost = [&](auto& value, auto ceiling, LimitSetting which) {
        if (value > ceiling) {
            value = ceiling;
            out.notes.push_back(which);
        }
    };
    atMost(l.zonePassCap, floor.zonePassCap, LimitSetting::ZonePassCap);
    atMost(l.sessionPassCap, floor.sessionPassCap, LimitSetting::SessionPassCap);
    atMost(l.sessionWarnLength, floor.sessionWarnLength, LimitSetting::SessionWarnLength);
    atMost(l.sessionMaxLength, floor.sessionMaxLength, LimitSetting::SessionMaxLength);
    atMost(l.maxDepthUm, floor.maxDepthUm, LimitSetting::MaxDepth);
    atMost(l.headMaxSessions, floor.headMaxSessions, LimitSetting::HeadMaxSessions);
    atMost(l.headMaxAge, floor.headMaxAge, LimitSetting::HeadMaxAge);
    atMost(l.pressureLightCn, floor.pressureLightCn, LimitSetting::PressureLight);
    atMost(l.pressureWarnCn, floor.pressureWarnCn, LimitSetting::PressureWarn);
    atMost(l.pressureStopCn, floor.pressureStopCn, LimitSetting::PressureStop);
    l.zonePassCap = std::max(l.zonePassCap, 1);
    l.sessionPassCap = std::max(l.sessionPassCap, 1);
    l.headMaxSessions = std::max(l.headMaxSessions, 1);
    l.headMaxAge = std::max(l.headMaxAge, Days(1));
    l.sessionMaxLength = std::max(l.sessionMaxLength, Minutes(1));
    l.sessionWarnLength = std::clamp(l.sessionWarnLength, Minutes(1), l.sessionMaxLength);
    l.pressureLightCn = std::max(l.pressureLightCn, 1);
    l.pressureWarnCn = std::clamp(l.pressureWarnCn, l.pressureLightCn, floor.pressureWarnCn);
    l.pressureStopCn = std::clamp(l.pressureStopCn, l.pressureWarnCn, floor.pressureStopCn);
    return out;
}

} // namespace rollwise
