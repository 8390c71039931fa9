// Table tests of the overuse guard. Each case names the rule (docs/safety-rules.md) it checks.
#include "guard_fixtures.h"

#include <rollwise/core/guard.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <set>

using namespace rollwise;
using namespace rollwise::test;

TEST_CASE("A situation with everything in order is allowed", "[guard]") {
    const auto d = evaluate(readySituation());
    CHECK(d.session == Verdict::Allow);
    CHECK(d.sessionFindings.empty());
    for (const auto& zone : d.zones) {
        CHECK(zone.verdict == Verdict::Allow);
    }
    CHECK(d.explain().kind == ExplanationKind::AllReady);
    CHECK(d.explain().total == 3);
}

TEST_CASE("Rule healing-interval: per zone, from the needle-length table",
          "[guard][healing-interval]") {
    struct Row {
        int needleUm;
        Seconds interval;
    };
    // docs/safety-rules.md, "Healing intervals": <=0.25 mm 48 h, 0.3-0.5 mm 7 days,
    // 0.75-1.0 mm 28 days, 1.5 mm 42 days, >=2.0 mm 90 days.
    const auto row = GENERATE(Row{200, Hours(48)}, Row{250, Hours(48)}, Row{300, Days(7)},
                              Row{500, Days(7)}, Row{750, Days(28)}, Row{1000, Days(28)},
                              Row{1500, Days(42)}, Row{2000, Days(90)}, Row{2500, Days(90)});
    CAPTURE(row.needleUm);
    const TimePoint past = at("2026-11-01T08:00:00Z");
    auto s = readySituation();
    planDepth(s, row.needleUm); // the planned depth's own rest is checked separately
    s.history = {pastSession(past, row.needleUm, {Zone::Forehead})};

    s.now = past + row.interval - Minutes(1);
    auto early = evaluate(s);
    CHECK(early.zoneDecision(Zone::Forehead)->verdict == Verdict::Block);
    CHECK(zoneHas(early, Zone::Forehead, RuleId::HealingInterval, Verdict::Block));
    CHECK(early.zoneDecision(Zone::Forehead)->window.notBefore == past + row.interval);
    // Other zones are not affected by the forehead's clock.
    CHECK_FALSE(zoneHas(early, Zone::LeftCheek, RuleId::HealingInterval, Verdict::Block));

    s.now = past + row.interval;
    auto onTime = evaluate(s);
    CHECK_FALSE(zoneHas(onTime, Zone::Forehead, RuleId::HealingInterval, Verdict::Block));
}

TEST_CASE("Rule healing-interval: lengths between rows take the stricter row",
          "[guard][healing-interval]") {
    CHECK(depthTier(260).minInterval == Days(7));
    CHECK(depthTier(600).minInterval == Days(28));
    CHECK(depthTier(1200).minInterval == Days(42));
    CHECK(depthTier(1999).minInterval == Days(42));
    CHECK(depthTier(2000).minInterval == Days(90));
}

TEST_CASE("Rule healing-interval: the reason names the date and the interval",
          "[guard][healing-interval]") {
    auto s = readySituation();
    s.history = {pastSession(at("2026-11-18T09:00:00Z"), 500, {Zone::LeftCheek})};
    const auto d = evaluate(s);
    const Explanation zone = d.explain(Zone::LeftCheek);
    CHECK(zone.kind == ExplanationKind::ZoneFinding);
    REQUIRE(zone.reason);
    CHECK(zone.reason->code == ReasonCode::StillHealing);
    CHECK(zone.reason->zone == Zone::LeftCheek);
    CHECK(zone.reason->micrometres == 500);
    CHECK(zone.reason->at == at("2026-11-18T09:00:00Z"));
    CHECK(zone.reason->until == at("2026-11-25T09:00:00Z"));
    CHECK(zone.reason->duration == Days(7));
    CHECK(zone.reason->extension == Seconds::zero());
    CHECK(d.session == Verdict::Warn); // the other zones may go ahead
    const Explanation session = d.explain();
    CHECK(session.kind == ExplanationKind::SomeZonesLeftOut);
    CHECK(session.ready == 2);
    CHECK(session.total == 3);
    CHECK(session.reason->code == ReasonCode::StillHealing);
}

TEST_CASE("Rule healing-interval: a zone with no passes starts no clock",
          "[guard][healing-interval]") {
    auto s = readySituation();
    auto skipped = pastSession(s.now - Days(1), 500, {Zone::Forehead});
    skipped.zones[0].passes = 0;
    s.history = {skipped};
    CHECK(evaluate(s).zoneDecision(Zone::Forehead)->verdict == Verdict::Allow);
}

TEST_CASE("Rule healing-interval: interrupted and stopped sessions count too",
          "[guard][healing-interval]") {
    const auto outcome = GENERATE(SessionOutcome::Interrupted, SessionOutcome::StoppedEarly);
    auto s = readySituation();
    auto past = pastSession(s.now - Days(2), 500, {Zone::Chin});
    past.outcome = outcome;
    s.history = {past};
    s.plan.zones = {Zone::Chin};
    CHECK(evaluate(s).session == Verdict::Block);
}

TEST_CASE("Rule cosmetic-frequency: at most 3 sessions a week at 0.25 mm",
          "[guard][cosmetic-frequency]") {
    auto s = readySituation();
    planDepth(s, 250);
    s.plan.zones = {Zone::Forehead};
    s.history = {pastSession(s.now - Days(6), 250, {Zone::Forehead}),
                 pastSession(s.now - Days(4), 250, {Zone::Forehead})};
    CHECK(evaluate(s).session == Verdict::Allow);
    s.history.push_back(pastSession(s.now - Days(2), 250, {Zone::Forehead}));
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(zoneHas(d, Zone::Forehead, RuleId::CosmeticFrequency, Verdict::Block));
    const auto weekly = d.explain(Zone::Forehead).reason;
    REQUIRE(weekly);
    CHECK(weekly->code == ReasonCode::WeeklyCap);
    CHECK(weekly->count == 3);
    CHECK(weekly->limit == 3);
    CHECK(weekly->until == s.now - Days(6) + Days(7));
}

TEST_CASE("Rule depth-limit: warn at 1.0 mm, hard warning at 1.5 mm, block from 2.0 mm",
          "[guard][depth-limit]") {
    auto s = readySituation();
    planDepth(s, 500);
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::DepthLimit, Verdict::Warn));
    planDepth(s, 1000);
    CHECK(sessionHas(evaluate(s), RuleId::DepthLimit, Verdict::Warn));
    CHECK(evaluate(s).explain().reason->code == ReasonCode::DepthHomeMaximum);
    CHECK(evaluate(s).explain().reason->micrometres == 1000);
    planDepth(s, 1500);
    CHECK(sessionHas(evaluate(s), RuleId::DepthLimit, Verdict::Warn));
    planDepth(s, 2000);
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(sessionHas(d, RuleId::DepthLimit, Verdict::Block));
}

TEST_CASE("Rule depth-limit: clinical depth only with a professional recorded, as an override",
          "[guard][depth-limit][override]") {
    auto s = readySituation();
    planDepth(s, 2000);
    s.overrides = {Override{RuleId::DepthLimit, std::nullopt, "Dr. Smith treats me"}};

    SECTION("without a professional in the profile the override is refused") {
        const auto d = evaluate(s);
        CHECK(d.session == Verdict::Block);
        CHECK(d.appliedOverrides.empty());
        CHECK(d.explain().reason->code == ReasonCode::DepthClinical);
        CHECK(d.explain().reason->refusal == OverrideRefusal::NeedsProfessional);
    }
    SECTION("with a professional it becomes a recorded warning") {
        s.profile.professionalTreating = true;
        const auto d = evaluate(s);
        CHECK(d.session == Verdict::Warn);
        REQUIRE(d.appliedOverrides.size() == 1);
        CHECK(d.appliedOverrides[0].rule == RuleId::DepthLimit);
        CHECK(d.appliedOverrides[0].overrideReason == "Dr. Smith treats me");
    }
    SECTION("an override without a reason is refused") {
        s.profile.professionalTreating = true;
        s.overrides[0].reason.clear();
        CHECK(evaluate(s).session == Verdict::Block);
        CHECK(evaluate(s).explain().reason->refusal == OverrideRefusal::NeedsReason);
    }
}

TEST_CASE("Overrides only apply to rules that allow them", "[guard][override]") {
    auto s = readySituation();
    s.history = {pastSession(s.now - Days(1), 500, {Zone::Forehead})};
    s.plan.zones = {Zone::Forehead};
    s.overrides = {Override{RuleId::HealingInterval, Zone::Forehead, "I feel fine"}};
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(d.appliedOverrides.empty());
    CHECK(d.explain(Zone::Forehead).reason->refusal == OverrideRefusal::NotAllowed);
}

TEST_CASE("Rule needle-length-valid: impossible lengths are refused",
          "[guard][needle-length-valid]") {
    const int um = GENERATE(0, -500, 50, 3001, 10000);
    auto s = readySituation();
    s.plan.needleLengthUm = um;
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(sessionHas(d, RuleId::NeedleLengthValid, Verdict::Block));
}

TEST_CASE("Rule eye-area: the eye area is always blocked", "[guard][eye-area]") {
    auto s = readySituation();
    s.plan.zones = {Zone::EyeArea, Zone::Forehead};
    auto d = evaluate(s);
    CHECK(d.verdictFor(Zone::EyeArea) == Verdict::Block);
    CHECK(d.verdictFor(Zone::Forehead) != Verdict::Block);
    s.overrides = {Override{RuleId::EyeArea, Zone::EyeArea, "please"}};
    d = evaluate(s);
    CHECK(d.verdictFor(Zone::EyeArea) == Verdict::Block);
    s.plan.zones = {Zone::EyeArea};
    CHECK(evaluate(s).session == Verdict::Block);
}

TEST_CASE("Rules zone-pass-cap, session-pass-cap and session-length",
          "[guard][zone-pass-cap][session-pass-cap][session-length]") {
    auto s = readySituation();
    s.plan.passesPerZone = 16;
    CHECK(evaluate(s).session == Verdict::Allow);
    s.plan.passesPerZone = 17;
    CHECK(sessionHas(evaluate(s), RuleId::ZonePassCap, Verdict::Block));
    s.plan.passesPerZone = 0;
    CHECK(sessionHas(evaluate(s), RuleId::ZonePassCap, Verdict::Block));

    s.plan.passesPerZone = 16;
    s.plan.zones = {Zone::Forehead, Zone::Nose, Zone::LeftCheek, Zone::RightCheek,
                    Zone::UpperLip, Zone::Chin, Zone::Jawline,   Zone::Neck};
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::SessionPassCap, Verdict::Block)); // 128
    s.plan.zones.push_back(Zone::Abdomen);
    CHECK(sessionHas(evaluate(s), RuleId::SessionPassCap, Verdict::Block)); // 144

    s = readySituation();
    s.plan.duration = Minutes(30);
    CHECK(evaluate(s).session == Verdict::Allow);
    s.plan.duration = Minutes(31);
    CHECK(sessionHas(evaluate(s), RuleId::SessionLength, Verdict::Warn));
    s.plan.duration = Minutes(46);
    CHECK(sessionHas(evaluate(s), RuleId::SessionLength, Verdict::Block));
}

TEST_CASE("Rule head-retire: 10 sessions or 6 weeks, damage, single-use cartridges",
          "[guard][head-retire]") {
    auto s = readySituation();
    s.head->sessions = 9;
    CHECK(sessionHas(evaluate(s), RuleId::HeadWear, Verdict::Warn));
    s.head->sessions = 10;
    CHECK(sessionHas(evaluate(s), RuleId::HeadRetire, Verdict::Block));

    s = readySituation();
    s.head->firstUse = s.now - Days(42);
    CHECK(sessionHas(evaluate(s), RuleId::HeadRetire, Verdict::Block));
    s.head->firstUse = s.now - Days(41);
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::HeadRetire, Verdict::Block));

    s = readySituation();
    s.head->damageReported = true;
    CHECK(sessionHas(evaluate(s), RuleId::HeadRetire, Verdict::Block));

    s = readySituation();
    s.head->family = DeviceFamily::Pen;
    s.head->sessions = 0;
    s.head->lastUse.reset();
    CHECK(evaluate(s).session == Verdict::Allow);
    s.head->sessions = 1;
    CHECK(sessionHas(evaluate(s), RuleId::HeadRetire, Verdict::Block));
}

TEST_CASE("Rule head-wear: pressure-heavy passes and deep sessions wear a head faster",
          "[guard][head-wear]") {
    auto s = readySituation();
    s.head->sessions = 6;
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::HeadWear, Verdict::Warn));
    s.head->deepSessions = 4; // 6 + 0.5 * 4 = 8 effective sessions: 80 %
    CHECK(sessionHas(evaluate(s), RuleId::HeadWear, Verdict::Warn));

    s = readySituation();
    s.head->passes = 700;
    s.head->highPressurePasses = 600; // 1300 of a 1280-pass budget
    CHECK(sessionHas(evaluate(s), RuleId::HeadRetire, Verdict::Block));
}

TEST_CASE("Rule hygiene: disinfected since last use, and a head on record", "[guard][hygiene]") {
    auto s = readySituation();
    s.head->lastDisinfected = *s.head->lastUse - Hours(1);
    auto d = evaluate(s);
    CHECK(sessionHas(d, RuleId::Hygiene, Verdict::Block));
    CHECK(d.explain().reason->code == ReasonCode::NotDisinfectedSinceUse);
    s.head->lastDisinfected.reset();
    CHECK(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Block));
    s.head.reset();
    CHECK(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Block));
}

TEST_CASE("Rule screen-missing: every answer is dated and expires", "[guard][screen-missing]") {
    for (const auto& question : allQuestions()) {
        CAPTURE(question.key);
        auto s = readySituation();
        std::erase_if(s.answers, [&](const Answer& a) { return a.question == question.question; });
        CHECK(sessionHas(evaluate(s), RuleId::ScreenMissing, Verdict::Block));

        s = readySituation();
        for (auto& answer : s.answers) {
            if (answer.question == question.question) {
                answer.answeredAt = s.now - question.validFor - Seconds(1);
            }
        }
        const auto d = evaluate(s);
        CHECK(sessionHas(d, RuleId::ScreenMissing, Verdict::Block));
        CHECK(d.explain().reason->code == ReasonCode::AnswerExpired);
        CHECK(d.explain().reason->question.has_value());
    }
}

TEST_CASE("Rule screen-missing: an answer dated in the future does not count",
          "[guard][screen-missing][clock]") {
    auto s = readySituation();
    for (auto& answer : s.answers) {
        if (answer.question == Question::Pregnancy) {
            answer.answeredAt = s.now + Days(3);
        }
    }
    CHECK(sessionHas(evaluate(s), RuleId::ScreenMissing, Verdict::Block));
}

TEST_CASE("Contraindications block or warn as the brief says", "[guard][screening]") {
    struct Row {
        Question question;
        RuleId rule;
        Verdict verdict;
    };
    const auto row =
        GENERATE(Row{Question::Pregnancy, RuleId::Pregnancy, Verdict::Block},
                 Row{Question::IsotretinoinCurrent, RuleId::IsotretinoinCurrent, Verdict::Block},
                 Row{Question::IsotretinoinStopped, RuleId::IsotretinoinRecent, Verdict::Warn},
                 Row{Question::TopicalActives, RuleId::TopicalActives, Verdict::Warn},
                 Row{Question::BleedingRisk, RuleId::BleedingRisk, Verdict::Block},
                 Row{Question::Keloid, RuleId::Keloid, Verdict::Block},
                 Row{Question::MetalAllergy, RuleId::MetalAllergy, Verdict::Warn},
                 Row{Question::SystemicCondition, RuleId::SystemicCondition, Verdict::Block});
    CAPTURE(questionInfo(row.question).key);
    auto s = readySituation();
    for (auto& answer : s.answers) {
        if (answer.question == row.question) {
            answer.yes = true;
            answer.since = s.now - Days(30);
        }
    }
    const auto d = evaluate(s);
    CHECK(sessionHas(d, row.rule, row.verdict));
    CHECK(d.session == row.verdict);
}

TEST_CASE("Rule isotretinoin-recent: only within 6 months of stopping",
          "[guard][isotretinoin-recent]") {
    auto s = readySituation();
    for (auto& answer : s.answers) {
        if (answer.question == Question::IsotretinoinStopped) {
            answer.yes = true;
            answer.since = s.now - Days(200);
        }
    }
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::IsotretinoinRecent, Verdict::Warn));
}

TEST_CASE("Rule skin-condition: blocks the zones named, not the session",
          "[guard][skin-condition]") {
    auto s = readySituation();
    for (auto& answer : s.answers) {
        if (answer.question == Question::SkinCondition) {
            answer.yes = true;
            answer.zones = {Zone::LeftCheek};
        }
    }
    const auto d = evaluate(s);
    CHECK(d.verdictFor(Zone::LeftCheek) == Verdict::Block);
    CHECK(zoneHas(d, Zone::LeftCheek, RuleId::SkinCondition, Verdict::Block));
    CHECK(d.verdictFor(Zone::Forehead) == Verdict::Allow);
    CHECK(d.session == Verdict::Warn);
}

TEST_CASE("Rule vitamin-c: warn when vitamin C serum is logged for the session",
          "[guard][vitamin-c]") {
    auto s = readySituation();
    s.plan.products = {"hyaluronic-serum"};
    CHECK(evaluate(s).session == Verdict::Allow);
    s.plan.products = {"vitamin-c-serum"};
    const auto d = evaluate(s);
    CHECK(sessionHas(d, RuleId::VitaminC, Verdict::Warn));
    REQUIRE(d.warningsToAcknowledge().size() == 1);
    CHECK(d.warningsToAcknowledge()[0].rule == RuleId::VitaminC);
}

TEST_CASE("Rule reaction-journal: reactions only lengthen intervals", "[guard][reaction-journal]") {
    const TimePoint past = at("2026-11-01T08:00:00Z");
    const Limits limits;
    const auto base = healingWindow(Zone::Forehead,
                                    std::vector{pastSession(past, 500, {Zone::Forehead})}, limits);
    REQUIRE(base.notBefore == past + Days(7));

    const auto lasting = healingWindow(
        Zone::Forehead,
        std::vector{pastSession(past, 500, {Zone::Forehead}, Reaction::LastingRedness)}, limits);
    CHECK(lasting.notBefore == past + Days(14));

    const auto irritation = healingWindow(
        Zone::Forehead, std::vector{pastSession(past, 500, {Zone::Forehead}, Reaction::Irritation)},
        limits);
    CHECK(irritation.notBefore == past + Days(14));

    auto infected = pastSession(past, 500, {Zone::Forehead}, Reaction::SignsOfInfection);
    CHECK(healingWindow(Zone::Forehead, std::vector{infected}, limits).blockedUntilHealed);
    infected.zones[0].healedAt = past + Days(20);
    const auto healed = healingWindow(Zone::Forehead, std::vector{infected}, limits);
    CHECK_FALSE(healed.blockedUntilHealed);
    CHECK(healed.notBefore == past + Days(27));

    // A healed date before the session cannot shorten anything.
    infected.zones[0].healedAt = past - Days(20);
    CHECK(healingWindow(Zone::Forehead, std::vector{infected}, limits).notBefore == past + Days(7));
}

TEST_CASE("Rule reaction-journal: signs of infection block the zone until logged healed",
          "[guard][reaction-journal]") {
    auto s = readySituation();
    s.history = {pastSession(s.now - Days(60), 500, {Zone::Forehead}, Reaction::SignsOfInfection)};
    const auto d = evaluate(s);
    CHECK(zoneHas(d, Zone::Forehead, RuleId::ReactionJournal, Verdict::Block));
    CHECK(d.explain(Zone::Forehead).reason->code == ReasonCode::SignsOfInfection);
    CHECK(d.explain(Zone::Forehead).reason->zone == Zone::Forehead);
}

TEST_CASE("Rule clock-anomaly: a clock behind the latest time seen blocks until it is set right",
          "[guard][clock-anomaly]") {
    auto s = readySituation();
    s.clockHighWater = s.now + Days(30); // the clock was later, then moved back
    auto d = evaluate(s);
    CHECK(sessionHas(d, RuleId::ClockAnomaly, Verdict::Block));
    CHECK(d.session == Verdict::Block);
    CHECK(d.explain().reason->code == ReasonCode::ClockBehindLatestSeen);
    CHECK(d.explain().reason->at == s.now + Days(30));
    s.overrides = {Override{RuleId::ClockAnomaly, std::nullopt, "my clock is fine"}};
    CHECK(evaluate(s).session == Verdict::Block);
    // Within the tolerance of a few minutes it is not a jump.
    s.clockHighWater = s.now + Minutes(4);
    CHECK(evaluate(s).session == Verdict::Allow);
}

TEST_CASE("Rule clock-anomaly: a clock moved back within this boot blocks",
          "[guard][clock-anomaly]") {
    auto s = readySituation();
    const TimePoint mark = s.now - Hours(3);
    // Three hours passed on the monotonic clock, but the wall clock shows only one.
    s.monotonic = MonotonicEvidence{mark, Seconds(0), Hours(3)};
    s.now = mark + Hours(1);
    const auto d = evaluate(s);
    CHECK(sessionHas(d, RuleId::ClockAnomaly, Verdict::Block));
    CHECK(d.explain().reason->code == ReasonCode::ClockMovedBack);
    CHECK(d.explain().reason->duration == Hours(2));
}

TEST_CASE("Rule clock-anomaly: a session dated in the future keeps its zones closed",
          "[guard][clock-anomaly]") {
    auto s = readySituation();
    s.history = {pastSession(s.now + Days(10), 500, {Zone::Forehead})};
    const auto d = evaluate(s);
    CHECK(sessionHas(d, RuleId::ClockAnomaly, Verdict::Warn));
    CHECK(d.verdictFor(Zone::Forehead) == Verdict::Block);
    CHECK(d.zoneDecision(Zone::Forehead)->window.notBefore == s.now + Days(17));
}

TEST_CASE("Rule clock-anomaly: a wall clock that ran ahead of the monotonic clock is not believed",
          "[guard][clock-anomaly]") {
    auto s = readySituation();
    const TimePoint past = s.now - Hours(2);
    s.history = {pastSession(past, 500, {Zone::Forehead})};
    // Two hours of monotonic time passed, but the wall clock was moved 10 days ahead.
    s.monotonic = MonotonicEvidence{past, Seconds(1000), Seconds(1000) + Hours(2)};
    s.now = past + Days(10);
    const auto d = evaluate(s);
    CHECK(sessionHas(d, RuleId::ClockAnomaly, Verdict::Block));
    CHECK(d.effectiveNow == past + Hours(2));
    CHECK(d.zoneDecision(Zone::Forehead)->verdict == Verdict::Block);
}

TEST_CASE("Rule stricter-settings: limits can be tightened, never loosened",
          "[guard][stricter-settings]") {
    Limits looser;
    looser.intervalMultiplier = 0.5;
    looser.zonePassCap = 40;
    looser.headMaxSessions = 30;
    looser.headMaxAge = Days(100);
    looser.pressureStopCn = 2000;
    const auto clamped = clampToFloor(looser);
    CHECK(clamped.limits.intervalMultiplier == 1.0);
    CHECK(clamped.limits.zonePassCap == 16);
    CHECK(clamped.limits.headMaxSessions == 10);
    CHECK(clamped.limits.headMaxAge == Days(42));
    CHECK(clamped.limits.pressureStopCn == 600);
    CHECK(clamped.notes.size() == 5);

    auto s = readySituation();
    s.profile.limits = looser;
    s.head->sessions = 10;
    CHECK(evaluate(s).session == Verdict::Block); // the loosened head limit was not taken
    CHECK(evaluate(s).notes.size() == 5);

    // Stricter is taken: a doubled interval keeps the zone closed for 14 days.
    s = readySituation();
    s.profile.limits.intervalMultiplier = 2.0;
    s.history = {pastSession(s.now - Days(10), 500, {Zone::Forehead})};
    CHECK(evaluate(s).verdictFor(Zone::Forehead) == Verdict::Block);
    s.profile.limits.maxDepthUm = 300;
    CHECK(sessionHas(evaluate(s), RuleId::StricterSettings, Verdict::Block));
}

TEST_CASE("Every rule has a key and a source", "[guard][rules]") {
    for (const auto& rule : allRules()) {
        CAPTURE(rule.key);
        CHECK_FALSE(rule.key.empty());
        CHECK(rule.source.size() > 20);
        CHECK(ruleFromKey(rule.key) == rule.id);
        CHECK(&ruleInfo(rule.id) == &rule);
    }
}

TEST_CASE("Streaks count sessions inside the window; early ones break it", "[guard][streak]") {
    const Limits limits;
    const TimePoint t0 = at("2026-09-01T10:00:00Z");
    std::vector<PastSession> history{pastSession(t0, 500, {Zone::Forehead}),
                                     pastSession(t0 + Days(8), 500, {Zone::Forehead}),
                                     pastSession(t0 + Days(16), 500, {Zone::Forehead})};
    CHECK(currentStreak(history, t0 + Days(17), limits) == 3);
    // A session 3 days later is too early: the streak breaks.
    history.push_back(pastSession(t0 + Days(19), 500, {Zone::Forehead}));
    CHECK(currentStreak(history, t0 + Days(20), limits) == 0);
    // Resting properly starts a new streak.
    history.push_back(pastSession(t0 + Days(27), 500, {Zone::Forehead}));
    CHECK(currentStreak(history, t0 + Days(28), limits) == 1);
    // More than 21 days later the window lapsed.
    CHECK(currentStreak(history, t0 + Days(27 + 22), limits) == 0);
    // A late session starts over at 1.
    history.push_back(pastSession(t0 + Days(27 + 30), 500, {Zone::Forehead}));
    CHECK(currentStreak(history, t0 + Days(27 + 31), limits) == 1);
}

TEST_CASE("Time helpers format and parse UTC", "[time]") {
    const TimePoint t = at("2026-02-28T23:59:30Z");
    CHECK(formatIso(t) == "2026-02-28T23:59:30Z");
    CHECK(formatDate(t) == "2026-02-28");
    CHECK(formatDateTime(t) == "2026-02-28 23:59 UTC");
    CHECK(parseIso("2026-02-28") == std::chrono::sys_days(std::chrono::year(2026) / 2 / 28));
    CHECK(parseIso("2026-02-28T23:59:30.123+00:00") == t);
    CHECK_FALSE(parseIso("2026-02-30"));
    CHECK_FALSE(parseIso("2026-02-28T24:00:00Z"));
    CHECK_FALSE(parseIso("2026-02-28T10:00:00+02:00"));
    CHECK_FALSE(parseIso("yesterday"));
    CHECK(formatDuration(Days(7)) == "7 days");
    CHECK(formatDuration(Hours(48)) == "2 days");
    CHECK(formatDuration(Hours(36)) == "36 hours");
    CHECK(formatDuration(Minutes(1)) == "1 minute");
    CHECK(formatMillimetres(250) == "0.25 mm");
    CHECK(formatMillimetres(1000) == "1.0 mm");
    CHECK(formatMillimetres(1500) == "1.5 mm");
}

TEST_CASE("Every reason has its own stable key", "[guard][reasons]") {
    std::set<std::string_view> keys;
    for (std::size_t i = 0; i < kReasonCodeCount; ++i) {
        const auto code = static_cast<ReasonCode>(i);
        const std::string_view key = reasonKey(code);
        CAPTURE(i);
        CHECK_FALSE(key.empty());
        CHECK(reasonFromKey(key) == code);
        CHECK(keys.insert(key).second);
    }
    CHECK_FALSE(reasonFromKey("no-such-reason"));
}

TEST_CASE("A finding keeps its reason's key for the journal", "[guard][reasons]") {
    auto s = readySituation();
    s.plan.products = {"vitamin-c-serum"};
    const auto d = evaluate(s);
    REQUIRE(d.sessionFindings.size() == 1);
    CHECK(d.sessionFindings[0].why.code == ReasonCode::VitaminC);
    CHECK(d.sessionFindings[0].reason == "vitamin-c");
}
