#include "reminders_internal.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>

namespace rollwise {

using namespace std::chrono;

namespace {

struct KindName {
    ReminderKind kind;
    std::string_view key;
    bool invites;
};

constexpr std::array kKinds{
    KindName{ReminderKind::ZoneOpen, "zone-open", true},
    KindName{ReminderKind::CourseSession, "course-session", true},
    KindName{ReminderKind::Preparation, "preparation", false},
    KindName{ReminderKind::Aftercare24h, "aftercare-24h", false},
    KindName{ReminderKind::AftercareDay2, "aftercare-day-2", false},
    KindName{ReminderKind::AftercareDays3To7, "aftercare-days-3-7", false},
    KindName{ReminderKind::ReactionCheckIn, "reaction-check-in", false},
    KindName{ReminderKind::ReplaceHead, "replace-head", false},
    KindName{ReminderKind::Hygiene, "hygiene", false},
    KindName{ReminderKind::PlaceDeviceSession, "place-device-session", false},
};

// Blocks the user clears in the pre-session steps: they never silence a reminder (the hygiene
// and replace-head reminders ask for them instead).
constexpr std::array kPreSessionRules{RuleId::ScreenMissing, RuleId::Hygiene, RuleId::HeadRetire,
                                      RuleId::HeadWear};

Seconds scaled(Seconds interval, double multiplier) {
    return Seconds{static_cast<Seconds::rep>(
        std::llround(static_cast<double>(interval.count()) * std::max(1.0, multiplier)))};
}

std::string secondsText(TimePoint t) {
    return std::to_string(t.time_since_epoch().count());
}

std::string makeUid(ReminderKind kind, std::optional<Zone> zone, std::string_view about) {
    std::string uid(toString(kind));
    uid += ':';
    uid += zone ? std::string(zoneInfo(*zone).key) : std::string("all");
    uid += ':';
    uid += about;
    return uid;
}

bool needled(const PastSession& s) {
    return std::any_of(s.zones.begin(), s.zones.end(),
                       [](const PastZone& z) { return z.passes > 0; });
}

const PastSession* latestNeedled(const std::vector<PastSession>& history) {
    const PastSession* latest = nullptr;
    for (const auto& s : history) {
        if (needled(s) && (latest == nullptr || s.start > latest->start)) {
            latest = &s;
        }
    }
    return latest;
}

Minutes minuteOfDay(const TimeZone& zone, TimePoint t) {
    const LocalTime local = zone.toLocal(t);
    return duration_cast<Minutes>(local - floor<days>(local));
}

bool inQuietHours(const ReminderSettings& s, const TimeZone& zone, TimePoint t) {
    if (!s.quietStart || !s.quietEnd || *s.quietStart == *s.quietEnd) {
        return false;
    }
    const Minutes m = minuteOfDay(zone, t);
    if (*s.quietStart < *s.quietEnd) {
        return m >= *s.quietStart && m < *s.quietEnd;
    }
    return m >= *s.quietStart || m < *s.quietEnd;
}

year_month_day plusDays(year_month_day date, int n) {
    return year_month_day{sys_days{date} + days{n}};
}

year_month_day plusMonths(year_month_day date, int n) {
    year_month_day next = date + months{n};
    if (!next.ok()) { // 31 January + 1 month: the last day of February
        next = year_month_day{next.year() / next.month() / last};
    }
    return next;
}

struct Builder {
    const ReminderInput& in;
    const TimeZone& zone;
    std::vector<ScheduledReminder> out;

    ScheduledReminder make(ReminderKind kind, std::optional<Zone> z, TimePoint basis, TimePoint due,
                           TimePoint expires, std::string_view about) const {
        ScheduledReminder r;
        r.uid = makeUid(kind, z, about);
        r.kind = kind;
        r.zone = z;
        r.basis = basis;
        r.due = due;
        r.expires = std::max(expires, due + hours{1});
        return r;
    }

    TimePoint dayAt(year_month_day date) const {
        return atLocal(zone, date, in.settings.timeOfDay);
    }

    // Applies what the journal says was done with the reminder, quiet hours, and staleness.
    // Returns false when it is dropped.
    bool settle(ScheduledReminder& r) const {
        const auto& off = in.settings.off;
        if (std::find(off.begin(), off.end(), r.kind) != off.end()) {
            return false;
        }
        const auto stored = std::find_if(in.stored.begin(), in.stored.end(),
                                         [&](const Reminder& s) { return s.uid == r.uid; });
        if (stored != in.stored.end()) {
            if (stored->doneAt) {
                return false;
            }
            if (stored->snoozedUntil) {
                r.snoozed = true;
                r.due = *stored->snoozedUntil;
                r.expires = std::max(r.expires, r.due + days{1});
            } else {
                r.fired = true;
            }
        }
        if (inQuietHours(in.settings, zone, r.due)) {
            if (in.settings.quiet == QuietPolicy::Drop && !r.snoozed) {
                return false;
            }
            r.due = outOfQuietHours(in.settings, zone, r.due);
            r.expires = std::max(r.expires, r.due + hours{1});
        }
        return r.expires > in.now || r.snoozed;
    }

    void add(ScheduledReminder r) {
        if (!settle(r)) {
            return;
        }
        if (invitesSession(r.kind)) {
            const PlannedSession plan = invitedPlan(in, r);
            if (plan.zones.empty() || blocksInvitation(evaluate(invitedSituation(in, r)), plan)) {
                return;
            }
        }
        out.push_back(std::move(r));
    }
};

// When a zone may be needled again with the plan's depth, as the guard judges it: its own
// window (reactions included), the rest the planned depth needs after the zone's latest
// session, and at cosmetic depth no more than the weekly number of sessions.
std::optional<TimePoint> opensAt(Zone zone, const ZoneWindow& window, const PlannedSession& plan,
                                 const std::vector<PastSession>& history, const Limits& limits) {
    if (!window.notBefore) {
        return std::nullopt;
    }
    TimePoint open = *window.notBefore;
    std::vector<TimePoint> touches;
    for (const auto& s : history) {
        if (std::any_of(s.zones.begin(), s.zones.end(),
                        [&](const PastZone& z) { return z.zone == zone && z.passes > 0; })) {
            touches.push_back(s.start);
        }
    }
    std::sort(touches.begin(), touches.end(), std::greater<>());
    const bool plausible = plan.needleLengthUm >= kMinPlausibleNeedleUm &&
                           plan.needleLengthUm <= kMaxPlausibleNeedleUm;
    if (!touches.empty() && plausible) {
        open = std::max(open, touches.front() + scaled(depthTier(plan.needleLengthUm).minInterval,
                                                       limits.intervalMultiplier));
    }
    const DepthTier& cosmetic = depthTiers().front();
    if (plausible && plan.needleLengthUm <= cosmetic.maxUm && cosmetic.maxSessionsPerWeek > 0) {
        // Sessions in the 7 days before `open`: while there are as many as the cap, wait until
        // the oldest of the latest `cap` leaves the week.
        const auto cap = static_cast<std::size_t>(cosmetic.maxSessionsPerWeek);
        for (int guard = 0; guard < 8; ++guard) {
            std::vector<TimePoint> recent;
            for (const TimePoint t : touches) {
                if (t > open - days{7} && t <= open) {
                    recent.push_back(t);
                }
            }
            if (recent.size() < cap) {
                break;
            }
            open = recent[cap - 1] + days{7};
        }
    }
    return open;
}

PlannedSession usualPlan(const ReminderInput& in) {
    if (!in.situation.plan.zones.empty()) {
        return in.situation.plan;
    }
    PlannedSession plan;
    const PastSession* latest = latestNeedled(in.situation.history);
    if (latest == nullptr) {
        return plan;
    }
    int passes = 0;
    for (const auto& z : latest->zones) {
        if (z.passes > 0 && isNeedlingAllowed(z.zone) &&
            std::find(plan.zones.begin(), plan.zones.end(), z.zone) == plan.zones.end()) {
            plan.zones.push_back(z.zone);
            passes = std::max(passes, z.passes);
        }
    }
    const Limits& limits = in.situation.profile.limits;
    plan.needleLengthUm = latest->needleLengthUm;
    // A roller head decides the depth: the next session is with the head in use.
    if (in.situation.head && hasFixedNeedleLength(in.situation.head->family) &&
        in.situation.head->needleLengthUm > 0) {
        plan.needleLengthUm = in.situation.head->needleLengthUm;
    }
    plan.passesPerZone = std::min(passes, limits.zonePassCap);
    const auto perZone = std::max<std::size_t>(1, plan.zones.size());
    if (plan.passesPerZone * static_cast<int>(perZone) > limits.sessionPassCap) {
        plan.passesPerZone = limits.sessionPassCap / static_cast<int>(perZone);
    }
    plan.duration = std::min(Minutes{15}, limits.sessionWarnLength - Minutes{1});
    return plan;
}

void zoneOpen(Builder& b, const PlannedSession& plan) {
    const ReminderInput& in = b.in;
    const Limits& limits = in.situation.profile.limits;
    std::optional<TimePoint> allOpen;
    std::optional<TimePoint> firstClose;
    bool anyClock = false;
    bool blocked = false;
    for (const Zone z : plan.zones) {
        const ZoneWindow w = healingWindow(z, in.situation.history, limits);
        if (w.blockedUntilHealed) {
            blocked = true;
            continue;
        }
        const auto open = opensAt(z, w, plan, in.situation.history, limits);
        if (!open) {
            continue;
        }
        anyClock = true;
        const TimePoint due = nextLocalTime(b.zone, *open, in.settings.timeOfDay);
        const TimePoint expires = w.notAfter ? *w.notAfter : due + days{14};
        if (in.settings.perZone) {
            b.add(b.make(ReminderKind::ZoneOpen, z, *open, due, expires, secondsText(*open)));
        }
        allOpen = allOpen ? std::max(*allOpen, *open) : *open;
        firstClose = firstClose ? std::min(*firstClose, expires) : expires;
    }
    if (!in.settings.perZone && anyClock && !blocked) {
        const TimePoint due = nextLocalTime(b.zone, *allOpen, in.settings.timeOfDay);
        b.add(b.make(ReminderKind::ZoneOpen, std::nullopt, *allOpen, due, *firstClose,
                     secondsText(*allOpen)));
    }
}

void course(Builder& b) {
    const CoursePlan& c = b.in.settings.course;
    if (c.sessions <= 0) {
        return;
    }
    int done = 0;
    const PastSession* last = nullptr;
    for (const auto& s : b.in.situation.history) {
        if (needled(s) && s.start >= c.start - hours{12}) {
            ++done;
            if (last == nullptr || s.start > last->start) {
                last = &s;
            }
        }
    }
    if (done >= c.sessions || last == nullptr) {
        return;
    }
    const year_month_day lastDay = localDate(b.zone, last->start);
    const year_month_day next = c.everyMonths > 0 ? plusMonths(lastDay, c.everyMonths)
                                                  : plusDays(lastDay, std::max(1, c.everyDays));
    const TimePoint due = b.dayAt(next);
    const TimePoint basis = atLocal(b.zone, next, Minutes{0});
    auto r = b.make(ReminderKind::CourseSession, std::nullopt, basis, due, due + days{14},
                    std::to_string(done + 1) + ":" + secondsText(c.start));
    r.courseSession = done + 1;
    b.add(std::move(r));
}

void preparation(Builder& b) {
    // Before the next invited session that survived the guard.
    const ScheduledReminder* target = nullptr;
    for (const auto& r : b.out) {
        if (invitesSession(r.kind) && (target == nullptr || r.due < target->due)) {
            target = &r;
        }
    }
    if (target == nullptr) {
        return;
    }
    const year_month_day day = plusDays(localDate(b.zone, target->due),
                                        -static_cast<int>(b.in.settings.preparationDays.count()));
    const TimePoint due = b.dayAt(day);
    auto r = b.make(ReminderKind::Preparation, target->zone, target->basis, due, target->due,
                    target->uid);
    r.uid = makeUid(ReminderKind::Preparation, target->zone, secondsText(target->basis));
    b.add(std::move(r));
}

void afterSession(Builder& b) {
    const PastSession* latest = latestNeedled(b.in.situation.history);
    if (latest == nullptr) {
        return;
    }
    const TimePoint start = latest->start;
    const year_month_day day = localDate(b.zone, start);
    const std::string about = secondsText(start);
    const TimePoint day2 = b.dayAt(plusDays(day, 2));
    const TimePoint day3 = b.dayAt(plusDays(day, 3));
    const TimePoint end = atLocal(b.zone, plusDays(day, 8), Minutes{0});
    b.add(b.make(ReminderKind::Aftercare24h, std::nullopt, start, start + hours{24}, day2, about));
    b.add(b.make(ReminderKind::AftercareDay2, std::nullopt, start, day2, day3, about));
    b.add(b.make(ReminderKind::AftercareDays3To7, std::nullopt, start, day3, end, about));
    const bool reactionLogged =
        std::any_of(latest->zones.begin(), latest->zones.end(),
                    [](const PastZone& z) { return z.reaction != Reaction::None; });
    if (!reactionLogged) {
        const TimePoint due = b.dayAt(plusDays(day, 1));
        b.add(
            b.make(ReminderKind::ReactionCheckIn, std::nullopt, start, due, due + days{2}, about));
    }
}

void head(Builder& b) {
    if (!b.in.situation.head) {
        return;
    }
    const Head& h = *b.in.situation.head;
    const Limits& limits = b.in.situation.profile.limits;
    const Minutes tod = b.in.settings.timeOfDay;
    std::optional<TimePoint> replaceFrom;
    const std::optional<TimePoint> lastKnownUse = h.lastUse ? h.lastUse : h.firstUse;
    // Worn by use as the guard counts it (headWear: sessions, deep sessions, passes); worn by
    // age is the date below.
    const HeadWear wear = headWear(h, limits, lastKnownUse.value_or(TimePoint{}));
    if (h.damageReported || (usesSingleUseCartridges(h.family) && h.sessions >= 1) ||
        wear.bySessions >= 1.0 || wear.byPasses >= 1.0) {
        replaceFrom = lastKnownUse;
    } else if (h.firstUse) {
        replaceFrom = *h.firstUse + limits.headMaxAge;
    }
    if (replaceFrom) {
        const TimePoint due = nextLocalTime(b.zone, *replaceFrom, tod);
        auto r = b.make(ReminderKind::ReplaceHead, std::nullopt, *replaceFrom, due, due + days{365},
                        h.id);
        r.record = h.id;
        b.add(std::move(r));
    }
    const bool dirty = lastKnownUse && (!h.lastDisinfected || *h.lastDisinfected < *lastKnownUse);
    if (dirty && !usesSingleUseCartridges(h.family)) {
        auto r =
            b.make(ReminderKind::Hygiene, std::nullopt, *lastKnownUse, *lastKnownUse + Minutes{30},
                   *lastKnownUse + days{30}, h.id + ":" + secondsText(*lastKnownUse));
        r.record = h.id;
        b.add(std::move(r));
    }
}

void pendingDevices(Builder& b) {
    for (const auto& p : b.in.pending) {
        auto r = b.make(ReminderKind::PlaceDeviceSession, std::nullopt, p.start, p.start + hours{1},
                        p.start + days{30}, p.uid);
        r.record = p.uid;
        b.add(std::move(r));
    }
}

} // namespace

TimePoint outOfQuietHours(const ReminderSettings& s, const TimeZone& zone, TimePoint t) {
    return inQuietHours(s, zone, t) ? nextLocalTime(zone, t, *s.quietEnd) : t;
}

std::string_view toString(ReminderKind kind) noexcept {
    for (const auto& k : kKinds) {
        if (k.kind == kind) {
            return k.key;
        }
    }
    return "unknown";
}

std::optional<ReminderKind> reminderKindFromString(std::string_view text) noexcept {
    for (const auto& k : kKinds) {
        if (k.key == text) {
            return k.kind;
        }
    }
    return std::nullopt;
}

bool invitesSession(ReminderKind kind) noexcept {
    for (const auto& k : kKinds) {
        if (k.kind == kind) {
            return k.invites;
        }
    }
    return false;
}

PlannedSession invitedPlan(const ReminderInput& input, const ScheduledReminder& reminder) {
    PlannedSession plan = usualPlan(input);
    if (reminder.zone) {
        plan.zones = {*reminder.zone};
    }
    return plan;
}

Situation invitedSituation(const ReminderInput& input, const ScheduledReminder& reminder) {
    Situation s = input.situation;
    const TimePoint at = std::max(reminder.due, input.now);
    s.plan = invitedPlan(input, reminder);
    s.now = at;
    s.overrides.clear();
    if (s.monotonic) { // the same boot, that much later
        s.monotonic->monotonicNow += at - input.now;
    }
    return s;
}

bool blocksInvitation(const GuardDecision& decision, const PlannedSession& plan) noexcept {
    const auto blocks = [](const Finding& f) {
        return f.verdict == Verdict::Block && !f.overridden &&
               std::find(kPreSessionRules.begin(), kPreSessionRules.end(), f.rule) ==
                   kPreSessionRules.end();
    };
    if (std::any_of(decision.sessionFindings.begin(), decision.sessionFindings.end(), blocks)) {
        return true;
    }
    for (const Zone z : plan.zones) {
        const ZoneDecision* zd = decision.zoneDecision(z);
        if (zd != nullptr && std::any_of(zd->findings.begin(), zd->findings.end(), blocks)) {
            return true;
        }
    }
    return false;
}

std::vector<ScheduledReminder> scheduleReminders(const ReminderInput& input, const TimeZone& zone) {
    Builder b{input, zone, {}};
    const PlannedSession plan = usualPlan(input);
    zoneOpen(b, plan);
    course(b);
    preparation(b);
    afterSession(b);
    head(b);
    pendingDevices(b);
    std::stable_sort(b.out.begin(), b.out.end(),
                     [](const auto& l, const auto& r) { return l.due < r.due; });
    return b.out;
}

std::vector<ScheduledReminder> remindersToFire(const std::vector<ScheduledReminder>& schedule,
                                               TimePoint now) {
    std::vector<ScheduledReminder> out;
    for (const auto& r : schedule) {
        if (!r.fired && r.due <= now && (now < r.expires || r.snoozed)) {
            out.push_back(r);
        }
    }
    return out;
}

} // namespace rollwise
