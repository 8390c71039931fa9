// Healing windows, the streak, and a head's wear: what the guard knows between sessions.
#include "guard_internal.h"

#include <rollwise/core/guard.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace rollwise {

using namespace detail;

namespace {

// Lasting redness rests a zone a week longer (docs/safety-rules.md, reactions).
constexpr Days kLastingRednessExtension{7};

// Adds one past session's record of a zone to that zone's window (healingWindow's step), so a
// window can also be built session by session.
void foldIntoWindow(ZoneWindow& w, const PastSession& session, const PastZone& record,
                    const Limits& limits) {
    const DepthTier& tier = tierForHistory(session.needleLengthUm);
    const Seconds interval = scaled(tier.minInterval, limits.intervalMultiplier);
    Seconds extension{};
    TimePoint from = session.start;
    switch (record.reaction) {
    case Reaction::None:
    case Reaction::MildRedness:
        break;
    case Reaction::LastingRedness:
        extension = kLastingRednessExtension;
        break;
    case Reaction::Irritation:
        extension = interval; // the interval doubles
        break;
    case Reaction::SignsOfInfection:
        if (!record.healedAt) {
            w.blockedUntilHealed = true;
        } else {
            // Counted from when it healed, never earlier than from the session.
            from = std::max(session.start, *record.healedAt);
        }
        break;
    }
    const TimePoint candidate = from + interval + extension;
    if (!w.notBefore || candidate > *w.notBefore) {
        w.notBefore = candidate;
        w.basisStart = session.start;
        w.basisNeedleUm = session.needleLengthUm;
        w.basisInterval = interval;
        w.reactionExtension = (from - session.start) + extension;
    }
}

} // namespace

ZoneWindow healingWindow(Zone zone, std::span<const PastSession> history, const Limits& limits) {
    ZoneWindow w;
    const PastSession* latest = nullptr;
    for (const auto& session : history) {
        const PastZone* record = zoneRecord(session, zone);
        if (record == nullptr) {
            continue;
        }
        foldIntoWindow(w, session, *record, limits);
        if (latest == nullptr || session.start > latest->start) {
            latest = &session;
        }
    }
    if (latest != nullptr) {
        const DepthTier& tier = tierForHistory(latest->needleLengthUm);
        w.notAfter = std::max(*w.notBefore,
                              latest->start + scaled(tier.windowEnd, limits.intervalMultiplier));
    }
    return w;
}

int currentStreak(std::span<const PastSession> history, TimePoint now, const Limits& limits) {
    std::vector<PastSession> sessions;
    for (const auto& session : history) {
        if (std::any_of(session.zones.begin(), session.zones.end(),
                        [](const PastZone& z) { return z.passes > 0; })) {
            sessions.push_back(session);
        }
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const PastSession& a, const PastSession& b) { return a.start < b.start; });
    std::size_t zoneSlots = 0;
    for (const ZoneInfo& info : allZones()) {
        zoneSlots = std::max(zoneSlots, static_cast<std::size_t>(info.zone) + 1);
    }
    std::vector<ZoneWindow> windows(zoneSlots);
    const auto fold = [&](const PastSession& session) {
        for (const ZoneInfo& info : allZones()) {
            if (const PastZone* record = zoneRecord(session, info.zone)) {
                foldIntoWindow(windows[static_cast<std::size_t>(info.zone)], session, *record,
                               limits);
            }
        }
    };
    int streak = 0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const PastSession& session = sessions[i];
        if (i == 0) {
            streak = 1;
            fold(session);
            continue;
        }
        // The windows of the sessions before this one (healingWindow over them, built as the
        // loop goes, so ten years of sessions cost one pass).
        const bool early =
            std::any_of(session.zones.begin(), session.zones.end(), [&](const PastZone& z) {
                if (z.passes <= 0) {
                    return false;
                }
                const ZoneWindow& w = windows[static_cast<std::size_t>(z.zone)];
                return w.blockedUntilHealed || (w.notBefore && session.start < *w.notBefore);
            });
        const PastSession& previous = sessions[i - 1];
        const TimePoint windowEnd =
            previous.start +
            scaled(tierForHistory(previous.needleLengthUm).windowEnd, limits.intervalMultiplier);
        if (early) {
            streak = 0;
        } else if (session.start > windowEnd) {
            streak = 1;
        } else {
            ++streak;
        }
        fold(session);
    }
    if (!sessions.empty()) {
        const PastSession& last = sessions.back();
        const TimePoint windowEnd =
            last.start +
            scaled(tierForHistory(last.needleLengthUm).windowEnd, limits.intervalMultiplier);
        if (now > windowEnd) {
            streak = 0;
        }
    }
    return streak;
}

HeadWear headWear(const Head& head, const Limits& limits, TimePoint now) noexcept {
    HeadWear w;
    const double sessions = head.sessions + 0.5 * head.deepSessions;
    w.bySessions = sessions / std::max(limits.headMaxSessions, 1);
    if (head.firstUse) {
        const auto age = std::chrono::duration<double>(now - *head.firstUse).count();
        w.byAge = std::max(
            age / std::chrono::duration<double>(std::max(limits.headMaxAge, Days(1))).count(), 0.0);
    }
    const double passBudget = static_cast<double>(std::max(limits.headMaxSessions, 1)) *
                              std::max(limits.sessionPassCap, 1);
    w.byPasses = (head.passes + head.highPressurePasses) / passBudget;
    w.fraction = std::max({w.bySessions, w.byAge, w.byPasses});
    return w;
}

} // namespace rollwise
