// From the live stream to the guided session: the context checks of 6.3.7, and a whole guided
// SessionEngine session fed from a simulated device's Live Events, for each device family.
#include "../core/guard_fixtures.h"
#include "harness.h"
#include "vectors.h"

#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/live_adapter.h>
#include <rollwise/core/protocol/sequence.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

using namespace rollwise;
using namespace rollwise::protocol;
using protocol::test::Harness;
using rollwise::test::readySituation;
using vectors::hex;
using namespace std::chrono_literals;

namespace {

DeviceFeatures features(const vectors::Vector& v) {
    return parseDeviceFeatures(hex(v.bytes)).value();
}

LiveEvent event(std::uint16_t seq, std::optional<std::uint32_t> time, EventPayload payload) {
    return LiveEvent{seq, time, std::move(payload), 0};
}

const SessionStarted kStarted{17, 0x2F66B398, SessionOrigin::ControlPoint, 20, 0};

// The pressure reading or hold an input carries, if that is what it is.
std::optional<int> pressureOf(const std::optional<EngineInput>& input) {
    if (input && std::holds_alternative<PressureReading>(*input)) {
        return std::get<PressureReading>(*input).centinewtons;
    }
    return std::nullopt;
}
std::optional<std::uint8_t> holdOf(const std::optional<EngineInput>& input) {
    if (input && std::holds_alternative<GuidanceHold>(*input)) {
        return std::get<GuidanceHold>(*input).faultCode;
    }
    return std::nullopt;
}

bool hasCue(const std::vector<Cue>& cues, CueKind kind) {
    return std::any_of(cues.begin(), cues.end(), [kind](const Cue& c) { return c.kind == kind; });
}

} // namespace

TEST_CASE("Adapter: a roller's pass becomes a DevicePass", "[protocol][adapter]") {
    LiveSessionAdapter adapter(features(vectors::kFeaturesRoller),
                               parseHeadIdentity(hex(vectors::kHeadRoller.bytes)).value());
    CHECK_FALSE(adapter.onEvent(event(1, 0, kStarted)));
    CHECK(adapter.sessionId() == 17);
    const auto pass = adapter.onEvent(
        event(3, 14'445, PassSummary{StrokeDirection::Vertical, 2100, 84, 40, 410, 560, 20}));
    REQUIRE(pass);
    const auto& p = std::get<DevicePass>(*pass);
    CHECK(p.direction == Direction::Vertical);
    CHECK(p.duration == Seconds(2));
    CHECK(p.distanceMm == 84);
    CHECK(p.speedMmPerS == 40);
    CHECK(p.meanPressureCn == 410);
    CHECK(p.peakPressureCn == 560);
    CHECK(p.depthUm == 200);
    CHECK(pressureOf(adapter.onEvent(event(4, 14'500, PressureSample{455}))) == 455);
    CHECK(adapter.counters().contextViolations == 0);
    CHECK_FALSE(
        adapter.onEvent(event(5, 20'000, SessionEnded{17, EndReason::DeviceControl, 1, 21})));
    CHECK_FALSE(adapter.sessionRunning());
    CHECK(adapter.lastEnded()->passCount == 1);
}

TEST_CASE("Adapter: the context checks of 6.3.7", "[protocol][adapter]") {
    SECTION("pass events without a session, or with no session time, are dropped") {
        LiveSessionAdapter adapter(features(vectors::kFeaturesRoller));
        CHECK_FALSE(adapter.onEvent(event(1, 100, PassStart{StrokeDirection::Horizontal, 1})));
        CHECK_FALSE(adapter.onEvent(event(2, 100, PressureSample{100})));
        CHECK_FALSE(
            adapter.onEvent(event(3, 100, SessionEnded{17, EndReason::DeviceControl, 0, 0})));
        CHECK(adapter.counters().contextViolations == 3);
        (void)adapter.onEvent(event(4, 0, kStarted));
        CHECK_FALSE(adapter.onEvent(event(
            5, std::nullopt, PassSummary{StrokeDirection::Horizontal, 100, {}, {}, {}, {}, {}})));
        CHECK(adapter.counters().contextViolations == 4);
        // Battery, faults and depth changes need no session.
        CHECK_FALSE(adapter.onEvent(event(6, std::nullopt, BatteryStatus{50, 1})));
        CHECK(adapter.battery()->percent == 50);
        CHECK(adapter.counters().contextViolations == 4);
    }
    SECTION("fields from sensors the device does not have are read as not measured") {
        LiveSessionAdapter adapter(features(vectors::kFeaturesPen));
        (void)adapter.onEvent(
            event(1, 0, SessionStarted{3, 0, SessionOrigin::DeviceControl, 100, 0}));
        const auto pass = adapter.onEvent(
            event(2, 5000, PassSummary{StrokeDirection::Vertical, 4200, 105, 25, 300, 400, 100}),
            Direction::DiagonalDown);
        REQUIRE(pass);
        const auto& p = std::get<DevicePass>(*pass);
        CHECK(p.direction == Direction::DiagonalDown); // no MOTION: the guide's direction
        CHECK_FALSE(p.meanPressureCn);                 // no PRESSURE
        CHECK_FALSE(p.peakPressureCn);
        CHECK(p.distanceMm == 105); // SPEED gives distance
        CHECK(p.depthUm == 1000);
        CHECK(adapter.counters().contextViolations == 2);
        // A pen never sends pressure samples; one that does is ignored.
        CHECK_FALSE(adapter.onEvent(event(3, 5100, PressureSample{100})));
        CHECK(adapter.counters().contextViolations == 3);
    }
    SECTION("adjustable devices: a depth off the range or grid drops the event") {
        LiveSessionAdapter adapter(features(vectors::kFeaturesPen));
        (void)adapter.onEvent(
            event(1, 0, SessionStarted{3, 0, SessionOrigin::DeviceControl, 100, 0}));
        CHECK_FALSE(adapter.onEvent(
            event(2, 900, PassSummary{StrokeDirection::Unknown, 800, 20, 25, {}, {}, 130})));
        CHECK_FALSE(
            adapter.onEvent(event(3, 1000, DepthChanged{270, ChangeOrigin::DeviceControl})));
        CHECK(adapter.depth() == 100);
        CHECK_FALSE(
            adapter.onEvent(event(4, 1100, DepthChanged{125, ChangeOrigin::DeviceControl})));
        CHECK(adapter.depth() == 125);
        CHECK(adapter.counters().contextViolations == 2);
    }
    SECTION("fixed devices: the head's needle length wins") {
        HeadIdentity head = parseHeadIdentity(hex(vectors::kHeadRoller.bytes)).value();
        head.needleLength = 25; // a 0.25 mm head on the 0.20 mm roller
        LiveSessionAdapter adapter(features(vectors::kFeaturesRoller), head);
        (void)adapter.onEvent(event(1, 0, kStarted));
        const auto pass = adapter.onEvent(
            event(2, 900, PassSummary{StrokeDirection::Horizontal, 800, 20, 25, 100, 120, 20}));
        REQUIRE(pass);
        CHECK(std::get<DevicePass>(*pass).depthUm == 250);
        CHECK(adapter.counters().contextViolations == 1);
    }
    SECTION("time going backwards is accepted and counted; another session id ends the run") {
        LiveSessionAdapter adapter(features(vectors::kFeaturesRoller));
        (void)adapter.onEvent(event(1, 0, kStarted));
        CHECK(adapter.onEvent(event(2, 5000, PressureSample{100})));
        CHECK(adapter.onEvent(event(3, 4000, PressureSample{100})));
        CHECK(adapter.counters().contextViolations == 1);
        (void)adapter.onEvent(event(4, 6000, SessionEnded{18, EndReason::DeviceControl, 0, 0}));
        CHECK_FALSE(adapter.sessionRunning());
        CHECK(adapter.counters().contextViolations == 2);
    }
    SECTION("faults that stop the needles hold the guidance") {
        LiveSessionAdapter adapter(features(vectors::kFeaturesRoller));
        CHECK(holdOf(adapter.onEvent(
                  event(1, std::nullopt, FaultEvent{fault::kSensorError, true, 2}))) ==
              fault::kSensorError);
        CHECK_FALSE(
            adapter.onEvent(event(2, std::nullopt, FaultEvent{fault::kSensorError, false, 0})));
        CHECK_FALSE(
            adapter.onEvent(event(3, std::nullopt, FaultEvent{fault::kLowBattery, true, 0})));
        CHECK_FALSE(
            adapter.onEvent(event(4, std::nullopt, FaultEvent{fault::kStorageFull, true, 0})));
    }
}

TEST_CASE("A guided session fed from a simulated device, for each family",
          "[protocol][adapter][session][sim]") {
    const auto family =
        GENERATE(DeviceFamily::SmartRoller, DeviceFamily::Pen, DeviceFamily::HomeTool);
    CAPTURE(toString(family));
    const TimePoint start = rollwise::test::at("2026-11-21T10:00:00Z");
    Harness h(family, start);

    // The app's side of the link: Features and Head Identity, then Live Events.
    REQUIRE(h.connect());
    const DeviceFeatures f = parseDeviceFeatures(h.read(uuid::kDeviceFeatures).first).value();
    const HeadIdentity head = parseHeadIdentity(h.read(uuid::kHeadIdentity).first).value();
    CHECK(coreFamily(f) == family);
    REQUIRE(h.subscribe(uuid::kControlPoint) == att::kSuccess);
    REQUIRE(h.subscribe(uuid::kLiveEvents) == att::kSuccess);
    // The pen's depth: the plan needles at 0.50 mm.
    const int needleUm = family == DeviceFamily::Pen ? 500 : head.needleLength * 10;

    const auto plan = makePlan(Goal::TextureAndFineLines, family, needleUm).value();
    SessionEngine engine(plan, head.id.toHex(), h.clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(start);
    s.plan = plan.forGuard();
    s.head->family = family;
    s.head->needleLengthUm = needleUm;
    s.head->sessions = 0;
    s.head->lastUse.reset();
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    REQUIRE(engine.start().ok());

    LiveEventReceiver rx;
    LiveSessionAdapter adapter(f, head);
    int passesFed = 0;
    int pressureFed = 0;
    h.handler = [&](const GattEvent& e) {
        if (e.kind != GattEvent::Kind::Notification || e.characteristic != uuid::kLiveEvents) {
            return;
        }
        for (const auto& ev : rx.receive(e.value)) {
            const auto input = adapter.onEvent(ev, engine.expectedDirection());
            if (!input) {
                continue;
            }
            if (std::holds_alternative<DevicePass>(*input)) {
                ++passesFed;
            } else if (std::holds_alternative<PressureReading>(*input)) {
                ++pressureFed;
            }
            REQUIRE(apply(engine, *input).ok());
        }
    };
    // The app starts the device's session with the Control Point.
    REQUIRE(h.write(uuid::kControlPoint, buildControlRequest(StartSessionRequest{}, f).value()) ==
            att::kSuccess);
    REQUIRE(adapter.sessionRunning());

    std::vector<Cue> cues = engine.takeCues();
    int guard = 0;
    while (engine.state() == SessionState::InZone && guard++ < 1000) {
        const Zone zone = *engine.currentZone();
        const auto& zonePlan = *std::find_if(plan.zones.begin(), plan.zones.end(),
                                             [&](const ZonePlan& z) { return z.zone == zone; });
        if (hasCue(cues, CueKind::ZoneStart)) {
            h.advance(std::chrono::duration_cast<std::chrono::milliseconds>(plan.zoneTransition),
                      1000ms);
        }
        // The user follows the guide; the device reports the pass when it ends.
        PassMotion m;
        m.direction = toStrokeDirection(*engine.expectedDirection());
        m.duration = std::chrono::duration_cast<std::chrono::milliseconds>(zonePlan.secondsPerPass);
        m.speedMmPerS = 30;
        m.meanPressureCn = 150;
        m.peakPressureCn = 200;
        REQUIRE(h.device.performPass(m));
        const int before = passesFed;
        h.advance(m.duration, 100ms);
        engine.tick();
        REQUIRE(passesFed == before + 1);
        cues = engine.takeCues();
        CHECK_FALSE(hasCue(cues, CueKind::DirectionMismatch));
        CHECK_FALSE(hasCue(cues, CueKind::PressureEaseOff));
    }
    REQUIRE(engine.state() == SessionState::Aftercare);
    REQUIRE(h.write(uuid::kControlPoint, buildControlRequest(StopSessionRequest{}, f).value()) ==
            att::kSuccess);
    REQUIRE(engine.finish().ok());
    CHECK(engine.state() == SessionState::Completed);

    // Engine, live stream and the device's own record agree.
    const auto& record = engine.record();
    CHECK(record.outcome == SessionOutcome::Completed);
    CHECK(record.totalPasses() == passesFed);
    CHECK(record.totalPasses() == 8 * static_cast<int>(plan.zones.size()));
    CHECK(rx.counters().totalRejected() == 0);
    CHECK(rx.counters().lost == 0);
    CHECK_FALSE(rx.gapSeen());
    CHECK(adapter.counters().contextViolations == 0);
    CHECK((pressureFed > 0) == (family == DeviceFamily::SmartRoller));
    CHECK_FALSE(adapter.sessionRunning());
    REQUIRE(adapter.lastEnded());
    CHECK(adapter.lastEnded()->passCount == passesFed);
    CHECK(adapter.lastEnded()->reason == EndReason::ControlPointStop);
    REQUIRE(h.device.records().size() == 1);
    const StoredRecord& stored = h.device.records().begin()->second;
    CHECK(stored.passCount == passesFed);
    CHECK(stored.has(recordflag::kLive));
    for (const auto& zone : record.zones) {
        for (const auto& pass : zone.passes) {
            CHECK(pass.source == PassSource::Device);
            CHECK(pass.depthUm == (family == DeviceFamily::Pen ? 500 : needleUm));
            CHECK(pass.meanPressureCn.has_value() == (family == DeviceFamily::SmartRoller));
        }
    }
}

TEST_CASE("A device fault pauses the guided session", "[protocol][adapter][session][sim]") {
    const TimePoint start = rollwise::test::at("2026-11-21T10:00:00Z");
    Harness h(DeviceFamily::Pen, start);
    REQUIRE(h.connect());
    const DeviceFeatures f = parseDeviceFeatures(h.read(uuid::kDeviceFeatures).first).value();
    REQUIRE(h.subscribe(uuid::kLiveEvents) == att::kSuccess);
    const auto plan = makePlan(Goal::TextureAndFineLines, DeviceFamily::Pen, 500).value();
    SessionEngine engine(plan, "pen", h.clock);
    REQUIRE(engine.confirmPrepared().ok());
    Situation s = readySituation(start);
    s.plan = plan.forGuard();
    s.head->family = DeviceFamily::Pen;
    s.head->sessions = 0;
    s.head->lastUse.reset();
    REQUIRE(engine.submitCheck(evaluate(s)).ok());
    REQUIRE(engine.start().ok());
    LiveEventReceiver rx;
    LiveSessionAdapter adapter(f);
    h.handler = [&](const GattEvent& e) {
        if (e.kind == GattEvent::Kind::Notification && e.characteristic == uuid::kLiveEvents) {
            for (const auto& ev : rx.receive(e.value)) {
                if (const auto input = adapter.onEvent(ev, engine.expectedDirection())) {
                    REQUIRE(apply(engine, *input).ok());
                }
            }
        }
    };
    h.device.pressButton();
    h.pump();
    h.device.raiseFault(fault::kMotorStall);
    h.pump();
    CHECK(engine.state() == SessionState::Paused);
    CHECK_FALSE(h.device.sessionRunning());
}
