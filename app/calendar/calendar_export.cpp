#include "calendar_export.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <libical/ical.h>
#include <memory>

namespace rollwise::cli {

namespace {

constexpr int kEventMinutes = 15;

struct ComponentDeleter {
    void operator()(icalcomponent* c) const noexcept { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utcTime(TimePoint t) {
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.time_since_epoch().count()), 0,
                                         icaltimezone_get_utc_timezone());
}

// FNV-1a, 64 bits: stable across platforms and versions (std::hash is not).
std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string summaryFor(const ScheduledReminder& r, const CalendarOptions& options) {
    if (!options.details) {
        return "Rollwise";
    }
    std::string text = "Rollwise: " + std::string(toString(r.kind));
    if (r.zone) {
        text += " (" + std::string(zoneInfo(*r.zone).key) + ")";
    }
    return text;
}

icalcomponent* displayAlarm() {
    icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icaltriggertype trigger{};
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(0);
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    icalcomponent_add_property(alarm, icalproperty_new_description("Rollwise"));
    return alarm;
}

icalcomponent* event(const std::string& uid, const std::string& summary, TimePoint now) {
    icalcomponent* e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(e, icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(now)));
    icalcomponent_add_property(e, icalproperty_new_summary(summary.c_str()));
    icalcomponent_add_property(
        e, icalproperty_new_duration(icaldurationtype_from_int(kEventMinutes * 60)));
    icalcomponent_add_property(e, icalproperty_new_class(ICAL_CLASS_PRIVATE));
    icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    return e;
}

// A VTIMEZONE for `zone` between two instants, built from the zone itself (the same rules the
// schedule used): one observance per offset change, each with its own DTSTART and no RRULE, so
// any reader gets exactly these transitions.
icalcomponent* vtimezone(const TimeZone& zone, TimePoint from, TimePoint to) {
    using namespace std::chrono;
    icalcomponent* tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(tz, icalproperty_new_tzid(zone.id().c_str()));
    const auto localTime = [](TimePoint instant, Seconds offset) {
        const auto local = instant.time_since_epoch() + offset;
        const sys_days day{floor<days>(local)};
        const year_month_day date{day};
        const auto secs = duration_cast<seconds>(local - day.time_since_epoch()).count();
        icaltimetype t = icaltime_null_time();
        t.year = static_cast<int>(date.year());
        t.month = static_cast<int>(static_cast<unsigned>(date.month()));
        t.day = static_cast<int>(static_cast<unsigned>(date.day()));
        t.hour = static_cast<int>(secs / 3600);
        t.minute = static_cast<int>(secs / 60 % 60);
        t.second = static_cast<int>(secs % 60);
        return t;
    };
    const auto observance = [&](TimePoint at, Seconds before, Seconds after, bool daylight) {
        icalcomponent* o =
            icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
        icalcomponent_add_property(o, icalproperty_new_dtstart(localTime(at, before)));
        icalcomponent_add_property(o,
                                   icalproperty_new_tzoffsetfrom(static_cast<int>(before.count())));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetto(static_cast<int>(after.count())));
        icalcomponent_add_component(tz, o);
    };
    // Offset changes, found hour by hour and narrowed to the second.
    std::vector<std::pair<TimePoint, std::pair<Seconds, Seconds>>> changes;
    Seconds minOffset = zone.offsetAt(from);
    for (TimePoint t = from; t < to; t += hours{1}) {
        const Seconds a = zone.offsetAt(t);
        const Seconds b = zone.offsetAt(t + hours{1});
        minOffset = std::min({minOffset, a, b});
        if (a == b) {
            continue;
        }
        TimePoint lo = t;
        TimePoint hi = t + hours{1};
        while (hi - lo > seconds{1}) {
            const TimePoint mid = lo + (hi - lo) / 2;
            (zone.offsetAt(mid) == a ? lo : hi) = mid;
        }
        changes.push_back({hi, {a, b}});
    }
    const Seconds first = zone.offsetAt(from);
    observance(from, first, first, first > minOffset);
    for (const auto& [at, offsets] : changes) {
        observance(at, offsets.first, offsets.second, offsets.second > offsets.first);
    }
    return tz;
}

} // namespace

std::string calendarUid(const std::string& reminderUid, const CalendarOptions& options) {
    char text[40];
    std::snprintf(text, sizeof text, "%016llx",
                  static_cast<unsigned long long>(fnv1a(options.journalUid + "/" + reminderUid)));
    return std::string(text) + "@rollwise";
}

std::string calendarText(const std::vector<ScheduledReminder>& schedule,
                         const ReminderSettings& settings, const TimeZone& zone, TimePoint now,
                         const CalendarOptions& options) {
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Rollwise//Rollwise reminders//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // A zone with DST to follow gets its own VTIMEZONE (a fixed offset is written in UTC).
    const bool hasRules = zone.offsetAt(now) != zone.offsetAt(now + std::chrono::days{183}) ||
                          zone.offsetAt(now) != zone.offsetAt(now + std::chrono::days{91});
    bool zoneAdded = false;
    for (const auto& r : schedule) {
        if (r.fired) {
            continue; // shown already, waiting for the user
        }
        icalcomponent* e = event(calendarUid(r.uid, options), summaryFor(r, options), now);
        const int remaining = settings.course.sessions - r.courseSession + 1;
        const bool repeats = r.kind == ReminderKind::CourseSession && remaining > 1;
        if (repeats && hasRules) {
            // The rest of the course repeats at the same local time, in the user's zone.
            using namespace std::chrono;
            const LocalTime local = zone.toLocal(r.due);
            const year_month_day day{floor<days>(local)};
            const auto secs = duration_cast<seconds>(local - floor<days>(local)).count();
            icaltimetype start = icaltime_null_time();
            start.year = static_cast<int>(day.year());
            start.month = static_cast<int>(static_cast<unsigned>(day.month()));
            start.day = static_cast<int>(static_cast<unsigned>(day.day()));
            start.hour = static_cast<int>(secs / 3600);
            start.minute = static_cast<int>(secs / 60 % 60);
            start.second = static_cast<int>(secs % 60);
            icalproperty* dtstart = icalproperty_new_dtstart(start);
            icalproperty_add_parameter(dtstart, icalparameter_new_tzid(zone.id().c_str()));
            icalcomponent_add_property(e, dtstart);
            if (!zoneAdded) {
                // From a year before now to a year after the course's last session.
                const int months =
                    settings.course.everyMonths > 0
                        ? settings.course.everyMonths * remaining
                        : std::max(1, settings.course.everyDays) * remaining / 30 + 1;
                icalcomponent_add_component(
                    calendar.get(), vtimezone(zone, now - std::chrono::days{366},
                                              r.due + std::chrono::days{31 * months + 366}));
                zoneAdded = true;
            }
        } else {
            // A single event, or a zone without DST: UTC.
            icalcomponent_add_property(e, icalproperty_new_dtstart(utcTime(r.due)));
        }
        if (repeats) {
            icalrecurrencetype rule;
            icalrecurrencetype_clear(&rule);
            if (settings.course.everyMonths > 0) {
                rule.freq = ICAL_MONTHLY_RECURRENCE;
                rule.interval = static_cast<short>(settings.course.everyMonths);
            } else {
                rule.freq = ICAL_DAILY_RECURRENCE;
                rule.interval = static_cast<short>(std::max(1, settings.course.everyDays));
            }
            rule.count = remaining;
            icalcomponent_add_property(e, icalproperty_new_rrule(rule));
        }
        icalcomponent_add_component(e, displayAlarm());
        icalcomponent_add_component(calendar.get(), e);
    }
    char* text = icalcomponent_as_ical_string(calendar.get());
    return text == nullptr ? std::string() : std::string(text);
}

} // namespace rollwise::cli
