// State-machine tests of the guided session: every transition, interruption and recovery, and
// a full simulated session for each device family and for a plain roller.
#include "guard_fixtures.h"

#include <rollwise/core/session.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

using namespace rollwise;
using namespace rollwise::test;

namespace {

SessionPlan facePlan(DeviceFamily family, std::vector<Zone> zones = {Zone::Forehead, Zone::Chin}) {
    return makePlan(Goal::TextureAndFineLines, family, 500, zones).value();
}

GuardDecision allow(const SessionPlan& plan, TimePoint now) {
    Situation s = readySituation(now);
    s.plan = plan.forGuard();
    return evaluate(s);
}

bool hasCue(const std::vector<Cue>& cues, CueKind kind) {
    return std::any_of(cues.begin(), cues.end(), [kind](const Cue& c) { return c.kind == kind; });
}

// Brings an engine to InZone.
void startSession(SessionEngine& engine, ManualClock& clock) {
    REQUIRE(engine.confirmPrepared().ok());
    REQUIRE(engine
                .submitCheck(allow(engine.plan(), clock.now() < TimePoint{}
                                                      ? TimePoint{}
                                                      : std::chrono::floor<Seconds>(clock.now())))
                .ok());
    REQUIRE(engine.state() == SessionState::Ready);
    REQUIRE(engine.start().ok());
    REQUIRE(engine.state() == SessionState::InZone);
}

DevicePass pass(Direction direction, std::optional<int> peak = 150) {
    DevicePass p;
    p.direction = direction;
    p.duration = Seconds(4);
    p.distanceMm = 60;
    p.speedMmPerS = 15;
    p.meanPressureCn = peak ? std::optional(*peak - 50) : std::nullopt;
    p.peakPressureCn = peak;
    return p;
}

const TimePoint kStart = at("2026-11-21T10:00:00Z");

} // namespace

TEST_CASE("Preparing -> check -> ready -> in zone", "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    CHECK(engine.state() == SessionState::Preparing);
    CHECK_FALSE(engine.start().ok());
    CHECK(engine.submitCheck(allow(engine.plan(), kStart)).error().code ==
          EngineErrorCode::WrongState);
    REQUIRE(engine.confirmPrepared().ok());
    CHECK(engine.state() == SessionState::PreSessionCheck);
    CHECK_FALSE(engine.confirmPrepared().ok());
    REQUIRE(engine.submitCheck(allow(engine.plan(), kStart)).ok());
    CHECK(engine.state() == SessionState::Ready);
    REQUIRE(engine.start().ok());
    CHECK(engine.state() == SessionState::InZone);
    CHECK(engine.currentZone() == Zone::Forehead);
    CHECK(engine.expectedDirection() == Direction::Horizontal);
    const auto cues = engine.takeCues();
    CHECK(hasCue(cues, CueKind::ZoneStart));
    CHECK(hasCue(cues, CueKind::PassStart));
    CHECK(engine.takeCues().empty());
    // The cues carry what the app needs to say them: zone, pass of passes, direction.
    const int passes = engine.plan().zones[0].totalPasses();
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].kind == CueKind::ZoneStart);
    CHECK(cues[0].zone == Zone::Forehead);
    CHECK(cues[0].passes == passes);
    CHECK(cues[0].direction == Direction::Horizontal);
    CHECK(cues[1].kind == CueKind::PassStart);
    CHECK(cues[1].pass == 1);
    CHECK(cues[1].passes == passes);
    CHECK(cues[1].direction == Direction::Horizontal);
}

TEST_CASE("A blocked check leaves the session blocked with the guard's reason",
          "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(kStart);
    s.plan = engine.plan().forGuard();
    s.head->damageReported = true;
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    CHECK(engine.state() == SessionState::Blocked);
    REQUIRE(engine.blockReason());
    CHECK(engine.blockReason()->reason->code == ReasonCode::HeadDamaged);
    CHECK_FALSE(engine.start().ok());
    // A new check after the head was replaced lets it go ahead.
    s.head->damageReported = false;
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    CHECK(engine.state() == SessionState::Ready);
}

TEST_CASE("Zones the guard blocks are dropped and recorded as skipped", "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(kStart);
    s.plan = engine.plan().forGuard();
    s.history = {pastSession(kStart - Days(2), 500, {Zone::Forehead})};
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    REQUIRE(engine.state() == SessionState::Ready);
    CHECK(engine.plan().zones.size() == 1);
    CHECK(engine.plan().zones[0].zone == Zone::Chin);
    REQUIRE(engine.record().zones.size() == 1);
    CHECK(engine.record().zones[0].skipped);
    CHECK(engine.record().zones[0].skipReason == reasonKey(ReasonCode::StillHealing));
}

TEST_CASE("Warnings must be acknowledged before the start, and are recorded",
          "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(kStart);
    s.plan = engine.plan().forGuard({"vitamin-c-serum"});
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    REQUIRE(engine.pendingWarnings().size() == 1);
    CHECK(engine.start().error().code == EngineErrorCode::UnacknowledgedWarnings);
    CHECK(engine.acknowledge(RuleId::Pressure).error().code == EngineErrorCode::UnknownWarning);
    REQUIRE(engine.acknowledge(RuleId::VitaminC).ok());
    REQUIRE(engine.start().ok());
    REQUIRE(engine.record().acknowledged.size() == 1);
    CHECK(engine.record().acknowledged[0].rule == RuleId::VitaminC);
}

TEST_CASE("Overrides applied by the guard are recorded with the session", "[session][override]") {
    ManualClock clock(kStart);
    auto plan =
        makePlan(Goal::TextureAndFineLines, DeviceFamily::Pen, 2000, std::vector{Zone::Forehead})
            .value();
    SessionEngine engine(plan, "cartridge-1", clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(kStart);
    s.plan = plan.forGuard();
    s.head->family = DeviceFamily::Pen;
    s.head->needleLengthUm = 2000; // the cartridge reaches 2.0 mm
    s.head->sessions = 0;
    s.head->lastUse.reset();
    s.profile.professionalTreating = true;
    s.overrides = {Override{RuleId::DepthLimit, std::nullopt, "treated at the clinic"}};
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    REQUIRE(engine.state() == SessionState::Ready);
    REQUIRE(engine.record().overrides.size() == 1);
    CHECK(engine.record().overrides[0].overrideReason == "treated at the clinic");
}

TEST_CASE("Plain roller: the app paces each pass and the user confirms",
          "[session][plain-roller]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    startSession(engine, clock);
    CHECK(engine.pacedByApp());
    (void)engine.takeCues();
    const Seconds perPass = engine.plan().zones[0].secondsPerPass;
    clock.advance(perPass - Seconds(1));
    engine.tick();
    CHECK_FALSE(hasCue(engine.takeCues(), CueKind::PassTimeUp));
    clock.advance(Seconds(1));
    engine.tick();
    CHECK(hasCue(engine.takeCues(), CueKind::PassTimeUp));
    engine.tick();
    CHECK_FALSE(hasCue(engine.takeCues(), CueKind::PassTimeUp)); // once per pass
    REQUIRE(engine.confirmPass().ok());
    REQUIRE(engine.record().zones.back().passes.size() == 1);
    const auto& first = engine.record().zones.back().passes[0];
    CHECK(first.source == PassSource::Manual);
    CHECK(first.duration == perPass);
    CHECK(first.direction == Direction::Horizontal);
}

TEST_CASE("Direction changes and zone changes are cued", "[session][cues]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    startSession(engine, clock);
    (void)engine.takeCues();
    REQUIRE(engine.confirmPass().ok());
    CHECK_FALSE(hasCue(engine.takeCues(), CueKind::DirectionChange));
    REQUIRE(engine.confirmPass().ok()); // third pass is vertical
    CHECK(hasCue(engine.takeCues(), CueKind::DirectionChange));
    CHECK(engine.expectedDirection() == Direction::Vertical);
    for (int i = 2; i < 8; ++i) {
        REQUIRE(engine.confirmPass().ok());
    }
    const auto cues = engine.takeCues();
    CHECK(hasCue(cues, CueKind::ZoneDone));
    CHECK(hasCue(cues, CueKind::ZoneStart));
    CHECK(engine.currentZone() == Zone::Chin);
}

TEST_CASE("Pause, resume and skip", "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    startSession(engine, clock);
    CHECK_FALSE(engine.resume().ok());
    REQUIRE(engine.pause().ok());
    CHECK(engine.state() == SessionState::Paused);
    CHECK_FALSE(engine.confirmPass().ok());
    CHECK_FALSE(engine.skipZone("").ok());
    // A long pause does not count towards the session length or the pass timer.
    clock.advance(Minutes(50));
    engine.tick();
    REQUIRE(engine.resume().ok());
    engine.tick();
    CHECK(engine.state() == SessionState::InZone);
    CHECK_FALSE(hasCue(engine.takeCues(), CueKind::SessionLengthStop));
    REQUIRE(engine.skipZone("too sensitive today").ok());
    REQUIRE(engine.record().zones.size() == 2);
    CHECK(engine.record().zones[0].skipped);
    CHECK(engine.record().zones[0].skipReason == "too sensitive today");
    CHECK(engine.currentZone() == Zone::Chin);
    REQUIRE(engine.skipZone("").ok());
    CHECK(engine.state() == SessionState::Aftercare);
    REQUIRE(engine.finish().ok());
    CHECK(engine.state() == SessionState::Completed);
}

TEST_CASE("Stop early ends in aftercare and is recorded as stopped early",
          "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    startSession(engine, clock);
    REQUIRE(engine.confirmPass().ok());
    REQUIRE(engine.stopEarly().ok());
    CHECK(engine.state() == SessionState::Aftercare);
    CHECK(hasCue(engine.takeCues(), CueKind::Aftercare));
    CHECK(engine.record().outcome == SessionOutcome::StoppedEarly);
    REQUIRE(engine.finish().ok());
    CHECK(engine.state() == SessionState::StoppedEarly);
    CHECK_FALSE(engine.stopEarly().ok());
    CHECK_FALSE(engine.finish().ok());
}

TEST_CASE("Stopping before the start needles nothing", "[session][transitions]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    REQUIRE(engine.confirmPrepared().ok());
    REQUIRE(engine.stopEarly().ok());
    CHECK(engine.state() == SessionState::StoppedEarly);
    CHECK(engine.record().totalPasses() == 0);
}

TEST_CASE("The session length is capped: a warning, then aftercare", "[session][session-length]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    startSession(engine, clock);
    clock.advance(Minutes(30));
    engine.tick();
    CHECK(hasCue(engine.takeCues(), CueKind::SessionLengthWarning));
    clock.advance(Minutes(15));
    engine.tick();
    CHECK(hasCue(engine.takeCues(), CueKind::SessionLengthStop));
    CHECK(engine.state() == SessionState::Aftercare);
    CHECK(engine.record().outcome == SessionOutcome::StoppedEarly);
}

TEST_CASE("Pressure feedback is staged: ease off, warning, stop the zone", "[session][pressure]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::SmartRoller), "head-1", clock);
    startSession(engine, clock);
    (void)engine.takeCues();
    REQUIRE(engine.pressureSample(100).ok());
    CHECK(engine.takeCues().empty());
    REQUIRE(engine.pressureSample(260).ok());
    CHECK(hasCue(engine.takeCues(), CueKind::PressureEaseOff));
    REQUIRE(engine.pressureSample(270).ok());
    CHECK(engine.takeCues().empty()); // the same stage is cued once per pass
    REQUIRE(engine.pressureSample(420).ok());
    CHECK(hasCue(engine.takeCues(), CueKind::PressureWarning));

    SECTION("a pass that peaks at the stop level ends the zone") {
        REQUIRE(engine.devicePass(pass(Direction::Horizontal, 650)).ok());
        CHECK(hasCue(engine.takeCues(), CueKind::PressureStop));
        CHECK(engine.record().zones[0].stoppedForPressure);
        CHECK(engine.currentZone() == Zone::Chin);
        CHECK(engine.record().highPressurePasses == 1);
    }
    SECTION("three warning-level passes end the zone") {
        REQUIRE(engine.devicePass(pass(Direction::Horizontal, 450)).ok());
        REQUIRE(engine.devicePass(pass(Direction::Horizontal, 450)).ok());
        CHECK(engine.currentZone() == Zone::Forehead);
        REQUIRE(engine.devicePass(pass(Direction::Vertical, 450)).ok());
        CHECK(engine.currentZone() == Zone::Chin);
        CHECK(engine.record().zones[0].stoppedForPressure);
        CHECK(engine.record().zones[0].passes.size() == 3);
        CHECK(engine.record().highPressurePasses == 3);
    }
}

TEST_CASE("A device pass in the wrong direction counts, with a cue", "[session][cues]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::SmartRoller), "head-1", clock);
    startSession(engine, clock);
    (void)engine.takeCues();
    REQUIRE(engine.devicePass(pass(Direction::Vertical)).ok());
    CHECK(hasCue(engine.takeCues(), CueKind::DirectionMismatch));
    CHECK(engine.record().zones[0].passes[0].direction == Direction::Vertical);
    CHECK(engine.currentPass() == 1);
}

TEST_CASE("A lost device pauses; the session goes on paced by the app", "[session][device-lost]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::SmartRoller), "head-1", clock);
    startSession(engine, clock);
    CHECK_FALSE(engine.pacedByApp());
    CHECK_FALSE(engine.confirmPass().ok());
    REQUIRE(engine.devicePass(pass(Direction::Horizontal)).ok());
    engine.deviceLost();
    CHECK(engine.state() == SessionState::Paused);
    CHECK(hasCue(engine.takeCues(), CueKind::DeviceLost));
    REQUIRE(engine.resume().ok());
    CHECK(engine.pacedByApp());
    REQUIRE(engine.confirmPass().ok());
    const auto& passes = engine.record().zones[0].passes;
    REQUIRE(passes.size() == 2);
    CHECK(passes[0].source == PassSource::Device);
    CHECK(passes[1].source == PassSource::Manual);
}

TEST_CASE("An app killed mid-session is recovered as interrupted, never as a success",
          "[session][recovery]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller), "head-1", clock);
    startSession(engine, clock);
    clock.advance(Seconds(5));
    REQUIRE(engine.confirmPass().ok());
    clock.advance(Seconds(5));
    REQUIRE(engine.confirmPass().ok());
    const SessionRecord snapshot = engine.record(); // what the store holds after each pass
    CHECK_FALSE(snapshot.outcome.has_value());

    const SessionRecord recovered = SessionEngine::recover(snapshot);
    CHECK(recovered.outcome == SessionOutcome::Interrupted);
    CHECK(recovered.totalPasses() == 2);
    CHECK(recovered.end == kStart + Seconds(10));
    // The guard counts the interrupted session: the forehead's clock runs.
    const PastSession past = recovered.toPastSession();
    CHECK(past.outcome == SessionOutcome::Interrupted);
    const auto window = healingWindow(Zone::Forehead, std::vector{past}, Limits{});
    CHECK(window.notBefore == kStart + Days(7));
}

TEST_CASE("A crash during aftercare keeps the completed outcome", "[session][recovery]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::PlainRoller, {Zone::Chin}), "head-1", clock);
    startSession(engine, clock);
    for (int i = 0; i < 8; ++i) {
        REQUIRE(engine.confirmPass().ok());
    }
    REQUIRE(engine.state() == SessionState::Aftercare);
    CHECK(SessionEngine::recover(engine.record()).outcome == SessionOutcome::Completed);
}

TEST_CASE("Passes after the session are ignored with a cue", "[session][cues]") {
    ManualClock clock(kStart);
    SessionEngine engine(facePlan(DeviceFamily::SmartRoller, {Zone::Chin}), "head-1", clock);
    startSession(engine, clock);
    REQUIRE(engine.stopEarly().ok());
    (void)engine.takeCues();
    CHECK_FALSE(engine.devicePass(pass(Direction::Horizontal)).ok());
    CHECK(hasCue(engine.takeCues(), CueKind::IgnoredPass));
}

TEST_CASE("A full simulated session for each device family and a plain roller", "[session][full]") {
    const auto family = GENERATE(DeviceFamily::PlainRoller, DeviceFamily::SmartRoller,
                                 DeviceFamily::Pen, DeviceFamily::HomeTool);
    CAPTURE(toString(family));
    const int needle = family == DeviceFamily::HomeTool ? 300
                       : family == DeviceFamily::Pen    ? 500
                                                        : 200;
    ManualClock clock(kStart);
    const auto plan = makePlan(Goal::TextureAndFineLines, family, needle).value();
    SessionEngine engine(plan, "head-1", clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(kStart);
    s.plan = plan.forGuard();
    s.head->family = family;
    s.head->needleLengthUm = needle; // the head decides the depth
    s.head->sessions = 0;
    s.head->lastUse.reset();
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    REQUIRE(engine.start().ok());

    int guard = 0;
    while (engine.state() == SessionState::InZone && guard++ < 1000) {
        const auto& zone = engine.plan().zones[static_cast<std::size_t>(std::distance(
            engine.plan().zones.data(),
            std::find_if(engine.plan().zones.data(),
                         engine.plan().zones.data() + engine.plan().zones.size(),
                         [&](const ZonePlan& z) { return z.zone == *engine.currentZone(); })))];
        if (hasCue(engine.takeCues(), CueKind::ZoneStart)) {
            clock.advance(plan.zoneTransition); // the user repositions for the new zone
        }
        clock.advance(zone.secondsPerPass);
        engine.tick();
        if (reportsPasses(family)) {
            DevicePass p =
                pass(*engine.expectedDirection(),
                     family == DeviceFamily::SmartRoller ? std::optional(180) : std::nullopt);
            if (family == DeviceFamily::Pen) {
                p.depthUm = needle;
            }
            REQUIRE(engine.devicePass(p).ok());
        } else {
            REQUIRE(engine.confirmPass().ok());
        }
    }
    REQUIRE(engine.state() == SessionState::Aftercare);
    REQUIRE(engine.finish().ok());
    CHECK(engine.state() == SessionState::Completed);
    const auto& record = engine.record();
    CHECK(record.outcome == SessionOutcome::Completed);
    CHECK(record.zones.size() == plan.zones.size());
    CHECK(record.totalPasses() == 8 * static_cast<int>(plan.zones.size()));
    // The session took as long as planned: 10 - 30 minutes.
    CHECK(record.end.value() - record.start == plan.totalDuration());
    CHECK(record.end.value() - record.start >= Minutes(10));
    CHECK(record.end.value() - record.start <= Minutes(30));
    for (const auto& zone : record.zones) {
        CHECK_FALSE(zone.skipped);
        for (const auto& p : zone.passes) {
            CHECK(p.source == (reportsPasses(family) ? PassSource::Device : PassSource::Manual));
        }
    }
    // The finished session keeps the zones closed for their healing interval.
    Situation next = readySituation(kStart + Hours(1));
    next.history = {record.toPastSession()};
    next.plan = plan.forGuard();
    CHECK(evaluate(next).session == Verdict::Block);
}
