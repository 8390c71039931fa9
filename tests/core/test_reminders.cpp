// Reminders between sessions (docs/reminders.md): what fires when, quiet hours, DST with the EU
// and US rules, the guard never invited to block, snoozes kept in the real SQLCipher file, and
// nothing firing twice.
#include "fake_time_zone.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const EuRuleTimeZone kBerlin;
const UsEasternTimeZone kNewYork;

Minutes localMinute(const TimeZone& zone, TimePoint t) {
    const LocalTime local = zone.toLocal(t);
    return duration_cast<Minutes>(local - floor<days>(local));
}

ReminderInput inputAt(TimePoint now, std::vector<PastSession> history) {
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

const ScheduledReminder* find(const std::vector<ScheduledReminder>& all, ReminderKind kind,
                              std::optional<Zone> zone = std::nullopt) {
    for (const auto& r : all) {
        if (r.kind == kind && r.zone == zone) {
            return &r;
        }
    }
    return nullptr;
}

// Whether the wall time of day falls in the quiet hours (reminders at it are moved).
bool quietAt(const ReminderSettings& s, Minutes m) {
    if (!s.quietStart || !s.quietEnd) {
        return false;
    }
    return *s.quietStart < *s.quietEnd ? m >= *s.quietStart && m < *s.quietEnd
                                       : m >= *s.quietStart || m < *s.quietEnd;
}

bool dayLevel(ReminderKind kind) {
    return kind != ReminderKind::Aftercare24h && kind != ReminderKind::Hygiene &&
           kind != ReminderKind::PlaceDeviceSession;
}

} // namespace

TEST_CASE("A time zone resolves the DST gap and the repeated hour explicitly",
          "[reminders][time-zone]") {
    // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    CHECK(kBerlin.offsetAt(at("2026-03-29T00:59:59Z")) == hours{1});
    CHECK(kBerlin.offsetAt(at("2026-03-29T01:00:00Z")) == hours{2});
    const LocalTime inGap{local_days{2026y / March / 29} + hours{2} + minutes{30}};
    const auto gap = kBerlin.resolve(inGap);
    CHECK_FALSE(gap.earlier);
    REQUIRE(gap.gapShifted);
    CHECK(*gap.gapShifted == at("2026-03-29T01:30:00Z")); // 03:30 CEST
    CHECK(kBerlin.toInstant(inGap) == at("2026-03-29T01:30:00Z"));
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    const LocalTime repeated{local_days{2026y / October / 25} + hours{2} + minutes{30}};
    const auto twice = kBerlin.resolve(repeated);
    REQUIRE(twice.earlier);
    REQUIRE(twice.later);
    CHECK(*twice.earlier == at("2026-10-25T00:30:00Z"));
    CHECK(*twice.later == at("2026-10-25T01:30:00Z"));
    CHECK(kBerlin.toInstant(repeated) == at("2026-10-25T00:30:00Z"));
    // An ordinary time: one instant.
    const auto plain = kBerlin.resolve(LocalTime{local_days{2026y / July / 1} + hours{9}});
    CHECK(plain.earlier == at("2026-07-01T07:00:00Z"));
    CHECK_FALSE(plain.later);
    CHECK(FixedOffsetTimeZone(hours{-5}).id() == "UTC-05:00");
}

TEST_CASE("A reminder at 09:00 stays at 09:00 local across both DST transitions",
          "[reminders][dst]") {
    SECTION("spring forward: 0.5 mm on 25 March, the zones open on 1 April (CEST)") {
        const TimePoint session = at("2026-03-25T06:30:00Z"); // 07:30 CET
        auto in = inputAt(at("2026-03-25T12:00:00Z"),
                          {pastSession(session, 500, {Zone::Forehead, Zone::Chin})});
        const auto all = scheduleReminders(in, kBerlin);
        const auto* open = find(all, ReminderKind::ZoneOpen);
        REQUIRE(open != nullptr);
        CHECK(open->due == at("2026-04-01T07:00:00Z")); // 09:00 CEST
        const auto* later = find(all, ReminderKind::AftercareDays3To7);
        REQUIRE(later != nullptr);
        CHECK(later->due == at("2026-03-28T08:00:00Z")); // 09:00 CET, the day before the switch
        for (const auto& r : all) {
            if (dayLevel(r.kind)) {
                CHECK(localMinute(kBerlin, r.due) == Minutes{9 * 60});
            }
        }
    }
    SECTION("fall back: 0.5 mm on 20 October, the zones open on 27 October (CET)") {
        const TimePoint session = at("2026-10-20T08:00:00Z"); // 10:00 CEST
        auto in =
            inputAt(at("2026-10-20T12:00:00Z"), {pastSession(session, 500, {Zone::Forehead})});
        const auto all = scheduleReminders(in, kBerlin);
        const auto* open = find(all, ReminderKind::ZoneOpen);
        REQUIRE(open != nullptr);
        CHECK(open->due == at("2026-10-27T08:00:00Z")); // 09:00 CET
        const auto* checkIn = find(all, ReminderKind::ReactionCheckIn);
        REQUIRE(checkIn != nullptr);
        CHECK(checkIn->due == at("2026-10-21T07:00:00Z")); // 09:00 CEST
        for (const auto& r : all) {
            if (dayLevel(r.kind)) {
                CHECK(localMinute(kBerlin, r.due) == Minutes{9 * 60});
            }
        }
    }
    SECTION("a change of time zone: the same journal, now in New York") {
        const TimePoint session = at("2026-03-02T15:00:00Z");
        auto in =
            inputAt(at("2026-03-03T12:00:00Z"), {pastSession(session, 500, {Zone::Forehead})});
        const auto berlin = scheduleReminders(in, kBerlin);
        const auto newYork = scheduleReminders(in, kNewYork);
        REQUIRE(find(berlin, ReminderKind::ZoneOpen) != nullptr);
        REQUIRE(find(newYork, ReminderKind::ZoneOpen) != nullptr);
        CHECK(find(berlin, ReminderKind::ZoneOpen)->due == at("2026-03-10T08:00:00Z"));
        // New York switched to EDT on 8 March: 09:00 EDT is 13:00 UTC.
        CHECK(find(newYork, ReminderKind::ZoneOpen)->due == at("2026-03-10T13:00:00Z"));
        // The same reminder (same uid) in both: a snooze or done follows it across the move.
        CHECK(find(berlin, ReminderKind::ZoneOpen)->uid ==
              find(newYork, ReminderKind::ZoneOpen)->uid);
    }
}

TEST_CASE("What fires when after a session", "[reminders]") {
    const TimePoint session = at("2026-06-10T08:00:00Z"); // 10:00 CEST
    auto in = inputAt(at("2026-06-10T09:00:00Z"),
                      {pastSession(session, 250, {Zone::LeftCheek, Zone::RightCheek})});
    in.settings.quietStart = std::nullopt;
    const auto all = scheduleReminders(in, kBerlin);
    for (const auto& r : all) {
        UNSCOPED_INFO(r.uid << " due " << formatIso(r.due));
    }
    for (const auto kind :
         {ReminderKind::Aftercare24h, ReminderKind::ReactionCheckIn, ReminderKind::AftercareDay2,
          ReminderKind::AftercareDays3To7, ReminderKind::ZoneOpen, ReminderKind::Preparation}) {
        REQUIRE(find(all, kind) != nullptr);
    }
    REQUIRE(find(all, ReminderKind::Aftercare24h) != nullptr);
    CHECK(find(all, ReminderKind::Aftercare24h)->due == session + hours{24});
    CHECK(find(all, ReminderKind::ReactionCheckIn)->due == at("2026-06-11T07:00:00Z"));
    CHECK(find(all, ReminderKind::AftercareDay2)->due == at("2026-06-12T07:00:00Z"));
    CHECK(find(all, ReminderKind::AftercareDays3To7)->due == at("2026-06-13T07:00:00Z"));
    // 0.25 mm: 48 hours, then 09:00.
    CHECK(find(all, ReminderKind::ZoneOpen)->due == at("2026-06-13T07:00:00Z"));
    // Preparation 3 days before the invited session.
    CHECK(find(all, ReminderKind::Preparation)->due == at("2026-06-10T07:00:00Z"));

    SECTION("per-zone reminders, one for each zone of the plan") {
        in.settings.perZone = true;
        const auto perZone = scheduleReminders(in, kBerlin);
        CHECK(find(perZone, ReminderKind::ZoneOpen) == nullptr);
        CHECK(find(perZone, ReminderKind::ZoneOpen, Zone::LeftCheek) != nullptr);
        CHECK(find(perZone, ReminderKind::ZoneOpen, Zone::RightCheek) != nullptr);
    }
    SECTION("all zones open: the latest zone decides") {
        in.situation.history.push_back(
            pastSession(session - days{5}, 500, {Zone::Forehead})); // opens 12 June (+7 d)
        in.situation.history.push_back(pastSession(session, 500, {Zone::Forehead}));
        in.situation.plan.zones = {Zone::Forehead, Zone::LeftCheek};
        in.situation.plan.needleLengthUm = 250;
        in.situation.plan.passesPerZone = 8;
        in.situation.plan.duration = Minutes{15};
        const auto both = scheduleReminders(in, kBerlin);
        REQUIRE(find(both, ReminderKind::ZoneOpen) != nullptr);
        // The forehead opens 17 June at 10:00 CEST: the next 09:00 is the 18th.
        CHECK(find(both, ReminderKind::ZoneOpen)->due == at("2026-06-18T07:00:00Z"));
    }
    SECTION("a logged reaction is the check-in done") {
        in.situation.history.front().zones.front().reaction = Reaction::MildRedness;
        CHECK(find(scheduleReminders(in, kBerlin), ReminderKind::ReactionCheckIn) == nullptr);
    }
    SECTION("a kind turned off") {
        in.settings.off = {ReminderKind::Preparation};
        CHECK(find(scheduleReminders(in, kBerlin), ReminderKind::Preparation) == nullptr);
    }
}

TEST_CASE("Quiet hours move a reminder to their end, or drop it", "[reminders][quiet]") {
    // 23:00 CEST: the 24 h aftercare reminder falls in quiet hours (22:00 - 08:00).
    const TimePoint session = at("2026-06-10T21:00:00Z");
    auto in = inputAt(at("2026-06-10T21:30:00Z"), {pastSession(session, 250, {Zone::Chin})});
    const auto deferred = scheduleReminders(in, kBerlin);
    REQUIRE(find(deferred, ReminderKind::Aftercare24h) != nullptr);
    CHECK(find(deferred, ReminderKind::Aftercare24h)->due == at("2026-06-12T06:00:00Z")); // 08:00
    in.settings.quiet = QuietPolicy::Drop;
    CHECK(find(scheduleReminders(in, kBerlin), ReminderKind::Aftercare24h) == nullptr);
    // Quiet hours that do not wrap midnight: 13:00 - 15:00, and 09:00 reminders are untouched.
    in.settings.quiet = QuietPolicy::Defer;
    in.settings.quietStart = Minutes{13 * 60};
    in.settings.quietEnd = Minutes{15 * 60};
    in.settings.timeOfDay = Minutes{14 * 60};
    const auto afternoon = scheduleReminders(in, kBerlin);
    REQUIRE(find(afternoon, ReminderKind::ReactionCheckIn) != nullptr);
    CHECK(localMinute(kBerlin, find(afternoon, ReminderKind::ReactionCheckIn)->due) ==
          Minutes{15 * 60});
}

TEST_CASE("Quiet hours and reminder times on the nights the clocks change", "[reminders][dst]") {
    SECTION("a 24 h reminder in the quiet hours of the spring-forward night ends at 08:00 CEST") {
        const TimePoint session = at("2026-03-28T22:00:00Z"); // 23:00 CET
        auto in = inputAt(session + hours{1}, {pastSession(session, 250, {Zone::Chin})});
        const auto all = scheduleReminders(in, kBerlin);
        REQUIRE(find(all, ReminderKind::Aftercare24h) != nullptr);
        // 24 h later is 00:00 CEST on 30 March: moved to 08:00 CEST.
        CHECK(find(all, ReminderKind::Aftercare24h)->due == at("2026-03-30T06:00:00Z"));
    }
    SECTION("a reminder time inside the DST gap moves forward by the gap") {
        const TimePoint session = at("2026-03-28T10:00:00Z");
        auto in = inputAt(session + hours{1}, {pastSession(session, 250, {Zone::Chin})});
        in.settings.quietStart = std::nullopt;
        in.settings.timeOfDay = Minutes{2 * 60 + 30}; // 02:30 does not exist on 29 March
        const auto all = scheduleReminders(in, kBerlin);
        REQUIRE(find(all, ReminderKind::ReactionCheckIn) != nullptr);
        CHECK(find(all, ReminderKind::ReactionCheckIn)->due == at("2026-03-29T01:30:00Z"));
        CHECK(localMinute(kBerlin, find(all, ReminderKind::ReactionCheckIn)->due) ==
              Minutes{3 * 60 + 30});
    }
    SECTION("a reminder time inside the repeated hour takes its first occurrence") {
        const TimePoint session = at("2026-10-24T10:00:00Z");
        auto in = inputAt(session + hours{1}, {pastSession(session, 250, {Zone::Chin})});
        in.settings.quietStart = std::nullopt;
        in.settings.timeOfDay = Minutes{2 * 60 + 30}; // 02:30 happens twice on 25 October
        const auto all = scheduleReminders(in, kBerlin);
        REQUIRE(find(all, ReminderKind::ReactionCheckIn) != nullptr);
        CHECK(find(all, ReminderKind::ReactionCheckIn)->due == at("2026-10-25T00:30:00Z"));
    }
}

TEST_CASE("The runner says when to wake next", "[reminders][store]") {
    TempDir dir;
    auto opened = Database::open(dir.file("journal.db"), rawKey('8'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    const TimePoint session = at("2026-06-10T08:00:00Z");
    REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
    ManualClock clock(system_clock::time_point(session + hours{2}));
    struct Silent final : Notifier {
        bool show(const ReminderNotice&) override { return true; }
        void withdraw(const std::string&) override {}
    } silent;
    ReminderRunner runner(db, clock, kBerlin, silent);
    auto next = runner.nextWake();
    REQUIRE(next);
    REQUIRE(next.value());
    // The reaction check-in, the next morning at 09:00 CEST.
    CHECK(*next.value() == at("2026-06-11T07:00:00Z"));
    clock.setWallClock(system_clock::time_point(*next.value()));
    const auto shown = runner.tick();
    REQUIRE(shown);
    CHECK(shown.value() == 1);
    next = runner.nextWake();
    REQUIRE(next);
    REQUIRE(next.value());
    CHECK(*next.value() == session + hours{24}); // then the 24 h aftercare
}

TEST_CASE("The guard decides what a reminder may invite", "[reminders][guard]") {
    const TimePoint session = at("2026-06-10T08:00:00Z");
    auto in = inputAt(at("2026-06-10T09:00:00Z"), {pastSession(session, 250, {Zone::Chin})});
    SECTION("signs of infection, not healed: no zone-open reminder, aftercare still") {
        in.situation.history.front().zones.front().reaction = Reaction::SignsOfInfection;
        const auto all = scheduleReminders(in, kBerlin);
        CHECK(find(all, ReminderKind::ZoneOpen) == nullptr);
        CHECK(find(all, ReminderKind::Preparation) == nullptr);
        CHECK(find(all, ReminderKind::AftercareDay2) != nullptr);
    }
    SECTION("pregnancy answered yes: nothing invites a session") {
        for (auto& a : in.situation.answers) {
            if (a.question == Question::Pregnancy) {
                a.yes = true;
            }
        }
        in.settings.course = CoursePlan{4, 1, 0, session};
        const auto all = scheduleReminders(in, kBerlin);
        CHECK(find(all, ReminderKind::ZoneOpen) == nullptr);
        CHECK(find(all, ReminderKind::CourseSession) == nullptr);
    }
    SECTION("a course: monthly, 3 sessions") {
        in.settings.course = CoursePlan{3, 1, 0, session};
        auto all = scheduleReminders(in, kBerlin);
        REQUIRE(find(all, ReminderKind::CourseSession) != nullptr);
        CHECK(find(all, ReminderKind::CourseSession)->due == at("2026-07-10T07:00:00Z"));
        CHECK(find(all, ReminderKind::CourseSession)->courseSession == 2);
        in.situation.history.push_back(pastSession(at("2026-07-10T08:00:00Z"), 250, {Zone::Chin}));
        in.situation.history.push_back(pastSession(at("2026-08-10T08:00:00Z"), 250, {Zone::Chin}));
        in.now = at("2026-08-10T09:00:00Z");
        CHECK(find(scheduleReminders(in, kBerlin), ReminderKind::CourseSession) == nullptr);
    }
    SECTION("the head: replace and disinfect") {
        in.situation.head->lastUse = session;
        in.situation.head->lastDisinfected = session - days{3};
        in.situation.head->sessions = in.situation.profile.limits.headMaxSessions;
        const auto all = scheduleReminders(in, kBerlin);
        REQUIRE(find(all, ReminderKind::Hygiene) != nullptr);
        CHECK(find(all, ReminderKind::Hygiene)->due == session + Minutes{30});
        REQUIRE(find(all, ReminderKind::ReplaceHead) != nullptr);
        // Still invited: replacing and disinfecting the head are pre-session steps.
        CHECK(find(all, ReminderKind::ZoneOpen) != nullptr);
    }
    SECTION("the head worn by its passes alone, as the guard counts it") {
        in.situation.head->lastUse = session;
        in.situation.head->sessions = 2;
        const auto& limits = in.situation.profile.limits;
        in.situation.head->firstUse = session - days{1};
        in.situation.head->passes = limits.headMaxSessions * limits.sessionPassCap;
        const auto all = scheduleReminders(in, kBerlin);
        const auto* worn = find(all, ReminderKind::ReplaceHead);
        REQUIRE(worn != nullptr);
        CHECK(worn->due < session + days{2}); // now, not when it would be too old
        in.situation.head->passes = 10;
        const auto fewer = scheduleReminders(in, kBerlin);
        const auto* aged = find(fewer, ReminderKind::ReplaceHead);
        REQUIRE(aged != nullptr); // by age, six weeks after its first use
        CHECK(aged->due > session + days{40});
    }
    SECTION("a device session waiting for its zones") {
        in.pending.push_back(
            PendingDeviceSession{"dev-1", session, true, DeviceFamily::SmartRoller, 250, 40, {}});
        const auto all = scheduleReminders(in, kBerlin);
        REQUIRE(find(all, ReminderKind::PlaceDeviceSession) != nullptr);
        CHECK(find(all, ReminderKind::PlaceDeviceSession)->record == "dev-1");
    }
}

// ---- Random lives -------------------------------------------------------------------------

namespace {

constexpr std::array kNeedles{250, 250, 500, 500, 1000, 1500, 2000};
constexpr std::array kReactions{Reaction::None,        Reaction::None,
                                Reaction::MildRedness, Reaction::LastingRedness,
                                Reaction::Irritation,  Reaction::SignsOfInfection};

ReminderInput randomLife(std::mt19937& rng, TimePoint now) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    ReminderInput in;
    in.now = now;
    in.situation = readySituation(now);
    in.situation.plan = {};
    const auto face = faceZones();
    const int sessions = pick(0, 6);
    TimePoint t = now - days{pick(1, 40)};
    for (int i = 0; i < sessions; ++i) {
        PastSession s;
        s.start = t;
        s.needleLengthUm = kNeedles[std::size_t(pick(0, int(kNeedles.size()) - 1))];
        for (const auto& z : face) {
            if (z.needlingAllowed && pick(0, 2) == 0) {
                s.zones.push_back(PastZone{z.zone, pick(0, 14), kReactions[std::size_t(pick(0, 5))],
                                           std::nullopt});
            }
        }
        in.situation.history.push_back(s);
        t += hours{pick(20, 24 * 10)};
        if (t > now) {
            break;
        }
    }
    for (auto& a : in.situation.answers) {
        a.yes = pick(0, 80) == 0;
        a.answeredAt = now - days{pick(0, 40)};
    }
    if (pick(0, 6) == 0) {
        in.situation.head.reset();
    } else {
        in.situation.head->sessions = pick(0, 12);
        in.situation.head->lastUse = now - days{pick(0, 30)};
        in.situation.head->lastDisinfected = now - days{pick(0, 30)};
        in.situation.head->needleLengthUm =
            !in.situation.history.empty() && pick(0, 3) != 0
                ? in.situation.history.back().needleLengthUm
                : kNeedles[std::size_t(pick(0, int(kNeedles.size()) - 1))];
    }
    if (pick(0, 2) == 0) {
        in.situation.profile.limits.intervalMultiplier = 1.0 + pick(0, 20) / 10.0;
    }
    if (pick(0, 4) == 0) {
        in.pending.push_back(PendingDeviceSession{"dev-" + std::to_string(pick(0, 999)),
                                                  now - hours{pick(0, 48)},
                                                  true,
                                                  DeviceFamily::SmartRoller,
                                                  250,
                                                  30,
                                                  {}});
    }
    in.settings.perZone = pick(0, 1) == 1;
    // Any quarter hour outside 02:00 - 03:00 (which a DST gap skips).
    in.settings.timeOfDay = Minutes{15 * pick(0, 95)};
    if (in.settings.timeOfDay >= hours{2} && in.settings.timeOfDay < hours{3}) {
        in.settings.timeOfDay += hours{1};
    }
    in.settings.quiet = pick(0, 1) == 1 ? QuietPolicy::Drop : QuietPolicy::Defer;
    if (pick(0, 2) == 0) {
        in.settings.course =
            CoursePlan{pick(3, 6), pick(0, 1), pick(7, 40), now - days{pick(0, 120)}};
    }
    return in;
}

} // namespace

TEST_CASE("Random lives: no reminder invites a session the guard would block, nothing fires "
          "twice",
          "[reminders][property]") {
    const auto seed = GENERATE(range(1u, 61u));
    std::mt19937 rng(seed);
    const TimePoint start = at("2026-01-05T10:00:00Z") + days{rng() % 300};
    ReminderInput in = randomLife(rng, start);
    const TimeZone& zone = seed % 2 == 0 ? static_cast<const TimeZone&>(kBerlin) : kNewYork;
    std::map<std::string, int> fired;
    int invitedFired = 0;
    int sessionsDone = 0;
    // 60 days, a tick every 30 minutes, as the runner would: fire, record, sometimes snooze
    // or mark done.
    for (TimePoint now = start; now < start + days{60}; now += minutes{30}) {
        in.now = now;
        in.situation.now = now;
        const auto schedule = scheduleReminders(in, zone);
        std::set<std::string> uids;
        for (const auto& r : schedule) {
            INFO("seed " << seed << ", " << toString(r.kind) << " due " << formatIso(r.due));
            CHECK(uids.insert(r.uid).second); // one reminder per uid
            if (invitesSession(r.kind)) {
                const Situation invited = invitedSituation(in, r);
                CHECK_FALSE(blocksInvitation(evaluate(invited), invitedPlan(in, r)));
            }
            if (dayLevel(r.kind) && !r.snoozed && r.kind != ReminderKind::ReplaceHead &&
                !quietAt(in.settings, in.settings.timeOfDay)) {
                CHECK(localMinute(zone, r.due) == in.settings.timeOfDay);
            }
        }
        for (const auto& r : remindersToFire(schedule, now)) {
            INFO("seed " << seed << ", " << r.uid);
            CHECK(r.due <= now);
            // Every firing is checked with the guard at the moment it fires, too.
            if (invitesSession(r.kind)) {
                ScheduledReminder atNow = r;
                atNow.due = now;
                CHECK_FALSE(
                    blocksInvitation(evaluate(invitedSituation(in, atNow)), invitedPlan(in, r)));
            }
            const int count = ++fired[r.uid];
            auto row = std::find_if(in.stored.begin(), in.stored.end(),
                                    [&](const Reminder& s) { return s.uid == r.uid; });
            if (row == in.stored.end()) {
                in.stored.push_back(Reminder{r.uid, std::string(toString(r.kind)), r.due, r.zone,
                                             std::nullopt, std::nullopt});
                row = in.stored.end() - 1;
            } else {
                CHECK(row->snoozedUntil); // fires again only after a snooze
                row->due = r.due;
                row->snoozedUntil.reset();
            }
            if (count == 1 && rng() % 3 == 0) {
                row->snoozedUntil = now + hours{2};
            } else if (rng() % 2 == 0) {
                row->doneAt = now;
            }
            CHECK(count <= 2); // once, and once more after one snooze
        }
        // The user does the session a fired reminder invited (or, now and then, one of their
        // own): answers the check again, disinfects or replaces the head, and goes ahead if the
        // guard allows it.
        std::optional<ScheduledReminder> invitation;
        for (const auto& r : remindersToFire(schedule, now)) {
            if (invitesSession(r.kind)) {
                ++invitedFired;
                invitation = r;
            }
        }
        if (!invitation && rng() % (48 * 10) == 0) {
            invitation = ScheduledReminder{};
            invitation->kind = ReminderKind::ZoneOpen;
            invitation->due = now;
        }
        if (invitation && rng() % 3 != 0) {
            for (auto& a : in.situation.answers) {
                a.answeredAt = now;
            }
            if (in.situation.head) {
                Head& h = *in.situation.head;
                if (h.sessions >= 8 || !h.firstUse || *h.firstUse < now - days{35} ||
                    h.damageReported || usesSingleUseCartridges(h.family)) {
                    h.firstUse = now - days{1};
                    h.sessions = 0;
                    h.deepSessions = 0;
                    h.passes = 0;
                    h.damageReported = false;
                }
                h.lastDisinfected = now;
            }
            Situation check = in.situation;
            check.plan = invitedPlan(in, *invitation);
            const GuardDecision d = evaluate(check);
            if (!check.plan.zones.empty() && d.session != Verdict::Block) {
                if (!invitation->uid.empty()) {
                    CHECK_FALSE(blocksInvitation(d, check.plan));
                }
                PastSession done;
                done.start = now;
                done.needleLengthUm = check.plan.needleLengthUm;
                for (const Zone z : check.plan.zones) {
                    if (d.verdictFor(z) != Verdict::Block) {
                        done.zones.push_back(PastZone{z, check.plan.passesPerZone,
                                                      kReactions[rng() % kReactions.size()],
                                                      std::nullopt});
                    }
                }
                in.situation.history.push_back(done);
                if (in.situation.head) {
                    in.situation.head->lastUse = now;
                    ++in.situation.head->sessions;
                }
                ++sessionsDone;
            }
        }
    }
    INFO("seed " << seed << ": " << fired.size() << " reminders fired, " << invitedFired
                 << " invitations, " << sessionsDone << " sessions done");
    SUCCEED();
}

// ---- The runner on a real SQLCipher journal -------------------------------------------------

namespace {

class RecordingNotifier final : public Notifier {
public:
    bool show(const ReminderNotice& notice) override {
        if (!available) {
            return false;
        }
        shown.push_back(notice);
        return true;
    }
    void withdraw(const std::string& uid) override { withdrawn.push_back(uid); }
    bool available = true;
    std::vector<ReminderNotice> shown;
    std::vector<std::string> withdrawn;
};

Database openJournal(const std::filesystem::path& path) {
    auto db = Database::open(path, rawKey('7'));
    REQUIRE(db);
    return std::move(db).value();
}

int countShown(const RecordingNotifier& n, const std::string& uid) {
    return static_cast<int>(std::count_if(n.shown.begin(), n.shown.end(),
                                          [&](const ReminderNotice& s) { return s.uid == uid; }));
}

} // namespace

TEST_CASE("A snooze survives a restart, through the real SQLCipher file; nothing fires twice",
          "[reminders][store]") {
    TempDir dir;
    const auto path = dir.file("journal.db");
    const TimePoint session = at("2026-06-10T08:00:00Z"); // 10:00 CEST
    {
        Database db = openJournal(path);
        REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
        ReminderSettings settings;
        settings.snoozeFor = Minutes{90};
        REQUIRE(saveReminderSettings(db.settings(), settings));
    }
    std::string checkIn;
    {
        Database db = openJournal(path);
        ManualClock clock(system_clock::time_point(at("2026-06-11T06:59:00Z")));
        RecordingNotifier notifier;
        ReminderRunner runner(db, clock, kBerlin, notifier);
        const auto before = runner.tick();
        REQUIRE(before);
        const int firstTick = before.value();
        clock.advance(minutes{2}); // 09:01 CEST: the reaction check-in is due
        REQUIRE(runner.tick());
        auto it = std::find_if(notifier.shown.begin(), notifier.shown.end(), [](const auto& n) {
            return n.kind == ReminderKind::ReactionCheckIn;
        });
        REQUIRE(it != notifier.shown.end());
        checkIn = it->uid;
        CHECK(firstTick >= 0);
        // Ticking again fires nothing again.
        for (int i = 0; i < 5; ++i) {
            clock.advance(minutes{10});
            REQUIRE(runner.tick());
        }
        CHECK(countShown(notifier, checkIn) == 1);
        // The user snoozes it from the notification.
        REQUIRE(notifier.onAction);
        notifier.onAction(checkIn, ReminderAction::Snooze);
        CHECK(std::count(notifier.withdrawn.begin(), notifier.withdrawn.end(), checkIn) == 1);
    }
    // The app restarts: a new connection, a new runner.
    {
        Database db = openJournal(path);
        auto rows = db.reminders().all();
        REQUIRE(rows);
        auto row = std::find_if(rows.value().begin(), rows.value().end(),
                                [&](const Reminder& r) { return r.uid == checkIn; });
        REQUIRE(row != rows.value().end());
        REQUIRE(row->snoozedUntil);
        CHECK(*row->snoozedUntil == at("2026-06-11T09:21:00Z")); // 09:51 CEST + 90 minutes
        ManualClock clock(system_clock::time_point(at("2026-06-11T09:00:00Z")));
        RecordingNotifier notifier;
        ReminderRunner runner(db, clock, kBerlin, notifier);
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 0); // 11:00 CEST: still snoozed
        clock.advance(minutes{25});                // 11:25 CEST: the snooze is over
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 1);
        clock.advance(minutes{30});
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 1);
        notifier.onAction(checkIn, ReminderAction::Done);
    }
    {
        Database db = openJournal(path);
        ManualClock clock(system_clock::time_point(at("2026-06-12T12:00:00Z")));
        RecordingNotifier notifier;
        ReminderRunner runner(db, clock, kBerlin, notifier);
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 0);
        auto schedule = runner.schedule();
        REQUIRE(schedule);
        CHECK(std::none_of(schedule.value().begin(), schedule.value().end(),
                           [&](const auto& r) { return r.uid == checkIn; }));
    }
}

TEST_CASE("A reminder that could not be shown is tried again", "[reminders][store]") {
    TempDir dir;
    Database db = openJournal(dir.file("journal.db"));
    const TimePoint session = at("2026-06-10T08:00:00Z");
    REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
    ManualClock clock(system_clock::time_point(session + hours{25}));
    RecordingNotifier notifier;
    notifier.available = false;
    ReminderRunner runner(db, clock, kBerlin, notifier);
    REQUIRE(runner.tick());
    CHECK(db.reminders().all().value().empty());
    notifier.available = true;
    const auto shown = runner.tick();
    REQUIRE(shown);
    CHECK(shown.value() >= 1);
    CHECK(db.reminders().all().value().size() == static_cast<std::size_t>(shown.value()));
}

TEST_CASE("Reminder settings round-trip through the journal; bad values are errors",
          "[reminders][store]") {
    TempDir dir;
    Database db = openJournal(dir.file("journal.db"));
    ReminderSettings s;
    s.timeOfDay = Minutes{7 * 60 + 30};
    s.perZone = true;
    s.quietStart = std::nullopt;
    s.quiet = QuietPolicy::Drop;
    s.course = CoursePlan{5, 1, 0, at("2026-01-01T10:00:00Z")};
    s.off = {ReminderKind::Hygiene, ReminderKind::Preparation};
    REQUIRE(saveReminderSettings(db.settings(), s));
    auto loaded = loadReminderSettings(db.settings());
    REQUIRE(loaded);
    CHECK(loaded.value().timeOfDay == s.timeOfDay);
    CHECK(loaded.value().perZone);
    CHECK_FALSE(loaded.value().quietStart);
    CHECK(loaded.value().quiet == QuietPolicy::Drop);
    CHECK(loaded.value().course.sessions == 5);
    CHECK(loaded.value().course.start == s.course.start);
    CHECK(loaded.value().off == s.off);
    REQUIRE(db.settings().set("reminders.time-of-day", "25:00"));
    CHECK_FALSE(loadReminderSettings(db.settings()));
}
