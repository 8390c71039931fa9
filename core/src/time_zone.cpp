#include <rollwise/core/time_zone.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace rollwise {

using namespace std::chrono;

LocalTime TimeZone::toLocal(TimePoint instant) const {
    return LocalTime{instant.time_since_epoch() + offsetAt(instant)};
}

TimeZone::Resolution TimeZone::resolve(LocalTime local) const {
    // Every offset in force within a day of the wall time; an instant is valid when the offset
    // in force at it is the one that maps it to the wall time.
    const TimePoint naive{local.time_since_epoch()};
    const Seconds before = offsetAt(naive - days{1});
    const Seconds after = offsetAt(naive + days{1});
    Resolution r;
    std::vector<TimePoint> valid;
    for (const Seconds offset : {before, after}) {
        const TimePoint candidate = naive - offset;
        if (offsetAt(candidate) == offset &&
            std::find(valid.begin(), valid.end(), candidate) == valid.end()) {
            valid.push_back(candidate);
        }
    }
    std::sort(valid.begin(), valid.end());
    if (!valid.empty()) {
        r.earlier = valid.front();
        if (valid.size() > 1) {
            r.later = valid.back();
        }
        return r;
    }
    // A gap: the wall time read with the offset before it, which lands after the transition.
    r.gapShifted = naive - before;
    return r;
}

TimePoint TimeZone::toInstant(LocalTime local) const {
    const Resolution r = resolve(local);
    if (r.earlier) {
        return *r.earlier;
    }
    return *r.gapShifted;
}

std::string FixedOffsetTimeZone::id() const {
    const long total = static_cast<long>(m_offset.count());
    const long minutes = std::labs(total) / 60;
    char text[32];
    std::snprintf(text, sizeof text, "UTC%c%02ld:%02ld", total < 0 ? '-' : '+', minutes / 60,
                  minutes % 60);
    return text;
}

year_month_day localDate(const TimeZone& zone, TimePoint instant) {
    return year_month_day{floor<days>(zone.toLocal(instant))};
}

TimePoint atLocal(const TimeZone& zone, year_month_day date, Minutes timeOfDay) {
    return zone.toInstant(LocalTime{local_days{date}.time_since_epoch() + timeOfDay});
}

TimePoint nextLocalTime(const TimeZone& zone, TimePoint from, Minutes timeOfDay) {
    year_month_day date = localDate(zone, from);
    for (int i = 0; i < 3; ++i) {
        const TimePoint candidate = atLocal(zone, date, timeOfDay);
        if (candidate >= from) {
            return candidate;
        }
        date = year_month_day{sys_days{date} + days{1}};
    }
    return atLocal(zone, date, timeOfDay);
}

} // namespace rollwise
