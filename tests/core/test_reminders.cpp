// Reminders between sessions (docs/reminders.md): what fires when, quiet hours, DST with the EU
// and US rules, and the guard never invited to block. Random lives are in
// test_reminders_random.cpp, the runner on a real journal in test_reminder_runner.cpp.
#include "fake_time_zone.h"
#include "guard_fixtures.h"
#include "reminder_fixtures.h"
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
