#pragma once

// What the reminder tests share: two time zones with real DST rules, a reminder input around a
// ready situation, and small readers of a schedule.
#include "fake_time_zone.h"
#include "guard_fixtures.h"

#include <rollwise/core/reminders.h>

#include <optional>
#include <vector>

namespace rollwise::test {

using namespace std::chrono;

inline const EuRuleTimeZone kBerlin;
inline const UsEasternTimeZone kNewYork;

inline Minutes localMinute(const TimeZone& zone, TimePoint t) {
    const LocalTime local = zone.toLocal(t);
    return duration_cast<Minutes>(local - floor<days>(local));
}

inline ReminderInput inputAt(TimePoint now, std::vector<PastSession> history) {
    ReminderInput in;
    in.now = now;
    in.situation = readySituation(now);
    in.situation.plan = {};
    in.situation.history = std::move(history);
    if (!in.situation.history.empty()) { // the same head as the latest session
        in.situation.head->needleLengthUm = in.situation.history.back().needleLengthUm;
    }
    // A clean head that may be used: the reminders are about the sessions.
    in.situation.head->lastDisinfected = now;
    return in;
}

inline const ScheduledReminder* find(const std::vector<ScheduledReminder>& all, ReminderKind kind,
                                     std::optional<Zone> zone = std::nullopt) {
    for (const auto& r : all) {
        if (r.kind == kind && r.zone == zone) {
            return &r;
        }
    }
    return nullptr;
}

// Whether the wall time of day falls in the quiet hours (reminders at it are moved).
inline bool quietAt(const ReminderSettings& s, Minutes m) {
    if (!s.quietStart || !s.quietEnd) {
        return false;
    }
    return *s.quietStart < *s.quietEnd ? m >= *s.quietStart && m < *s.quietEnd
                                       : m >= *s.quietStart || m < *s.quietEnd;
}

inline bool dayLevel(ReminderKind kind) {
    return kind != ReminderKind::Aftercare24h && kind != ReminderKind::Hygiene &&
           kind != ReminderKind::PlaceDeviceSession;
}

} // namespace rollwise::test
