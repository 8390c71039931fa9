#pragma once

// Time zones with real rules, for core tests (core has no tzdb): the EU rule (Europe/Berlin:
// CET +1, CEST +2 from the last Sunday of March to the last Sunday of October, both switches
// at 01:00 UTC) and the US rule (America/New_York: EST -5, EDT -4 from the second Sunday of
// March at 02:00 local to the first Sunday of November at 02:00 local).

#include <rollwise/core/time_zone.h>

#include <chrono>

namespace rollwise::test {

using namespace std::chrono;

inline sys_days lastSunday(year y, month m) {
    return sys_days{y / m / Sunday[last]};
}

class EuRuleTimeZone final : public TimeZone {
public:
    [[nodiscard]] std::string id() const override { return "Europe/Berlin (EU rule)"; }
    [[nodiscard]] Seconds offsetAt(TimePoint t) const override {
        const year y = year_month_day{floor<days>(t)}.year();
        const TimePoint summer{lastSunday(y, March) + hours{1}};
        const TimePoint winter{lastSunday(y, October) + hours{1}};
        return t >= summer && t < winter ? hours{2} : hours{1};
    }
};

class UsEasternTimeZone final : public TimeZone {
public:
    [[nodiscard]] std::string id() const override { return "America/New_York (US rule)"; }
    [[nodiscard]] Seconds offsetAt(TimePoint t) const override {
        const year y = year_month_day{floor<days>(t)}.year();
        // 02:00 EST = 07:00 UTC; 02:00 EDT = 06:00 UTC.
        const TimePoint summer{sys_days{y / March / Sunday[2]} + hours{7}};
        const TimePoint winter{sys_days{y / November / Sunday[1]} + hours{6}};
        return t >= summer && t < winter ? hours{-4} : hours{-5};
    }
};

} // namespace rollwise::test
