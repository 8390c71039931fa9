// The simulated devices (section 8): their GATT model, security, clock, Control Point and RACP
// answers, sessions and stored records per family, battery, head ageing, and misbehaviour.
#include "harness.h"
#include "vectors.h"

#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/sequence.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace rollwise;
using namespace rollwise::protocol;
using namespace rollwise::protocol::test;
using vectors::hex;

namespace {

// Connects and enables what a session needs.
void ready(Harness& h) {
    REQUIRE(h.connect());
    REQUIRE(h.subscribe(uuid::kLiveEvents) == att::kSuccess);
    REQUIRE(h.subscribe(uuid::kControlPoint) == att::kSuccess);
}

// Every live event the host received since `from`, through a fresh receiver.
std::vector<LiveEvent> liveEvents(const Harness& h, std::size_t from = 0,
                                  LiveEventReceiver* receiver = nullptr) {
    LiveEventReceiver own;
    LiveEventReceiver& rx = receiver != nullptr ? *receiver : own;
    std::vector<LiveEvent> out;
    for (const auto& v : h.values(uuid::kLiveEvents, from)) {
        for (auto& e : rx.receive(v)) {
            out.push_back(std::move(e));
        }
    }
    return out;
}

template <typename T> std::vector<T> payloads(const std::vector<LiveEvent>& events) {
    std::vector<T> out;
    for (const auto& e : events) {
        if (const auto* p = std::get_if<T>(&e.payload)) {
            out.push_back(*p);
        }
    }
    return out;
}

PassMotion motion(StrokeDirection d, std::chrono::milliseconds duration = 2000ms) {
    PassMotion m;
    m.direction = d;
    m.duration = duration;
    m.speedMmPerS = 40;
    m.meanPressureCn = 300;
    m.peakPressureCn = 380;
    return m;
}

} // namespace

TEST_CASE("Simulator: the GATT model of each reference device", "[protocol][sim]") {
    struct Case {
        DeviceFamily family;
        vectors::Vector features;
        vectors::Vector head;
        const char* model;
        const char* serial;
    };
    const Case cases[] = {
        {DeviceFamily::SmartRoller, vectors::kFeaturesRoller, vectors::kHeadRoller, "RW-R540",
         "R540-0001"},
        {DeviceFamily::Pen, vectors::kFeaturesPen, vectors::kHeadPen, "RW-P11", "P11-0001"},
        {DeviceFamily::HomeTool, vectors::kFeaturesHome, {"", ""}, "RW-H03", "H03-0001"},
    };
    for (const auto& c : cases) {
        CAPTURE(toString(c.family));
        Harness h(c.family);
        // Nothing can be asked before the link is up.
        CHECK(h.device.read(uuid::kDeviceFeatures).error().code == GattErrorCode::NotConnected);
        REQUIRE(h.connect());
        CHECK(h.read(uuid::kDeviceFeatures) == std::pair{hex(c.features.bytes), att::kSuccess});
        if (!c.head.bytes.empty()) {
            CHECK(h.read(uuid::kHeadIdentity).first == hex(c.head.bytes));
        } else {
            const auto head = parseHeadIdentity(h.read(uuid::kHeadIdentity).first).value();
            CHECK(head.present());
            CHECK_FALSE(head.hasId()); // section 8: no id chip
            CHECK(head.needleLength == 30);
            CHECK(head.needleCount == 192);
        }
        CHECK(parseInformationString(h.read(uuid::kManufacturerName).first).value() ==
              "Rollwise Sim");
        CHECK(parseInformationString(h.read(uuid::kModelNumber).first).value() == c.model);
        CHECK(parseSerialNumber(h.read(uuid::kSerialNumber).first).value() == c.serial);
        CHECK(parseInformationString(h.read(uuid::kHardwareRevision).first).value() == "A");
        CHECK(parseInformationString(h.read(uuid::kFirmwareRevision).first).value() == "1.0.0");
        CHECK(parseBatteryLevel(h.read(uuid::kBatteryLevel).first).value() == 85);
        // Requests the characteristics do not support are refused at once.
        CHECK(h.device.read(uuid::kLiveEvents).error().code == GattErrorCode::NotSupported);
        CHECK(h.device.write(uuid::kDeviceFeatures, hex("00"), WriteMode::WithResponse)
                  .error()
                  .code == GattErrorCode::NotSupported);
        CHECK(h.device.setNotifications(uuid::kDeviceFeatures, true).error().code ==
              GattErrorCode::NotSupported);
        CHECK(h.device.read(uuid::kRollwiseBase).error().code ==
              GattErrorCode::UnknownCharacteristic);
        CHECK(h.device.write(uuid::kControlPoint, Bytes(21, 1), WriteMode::WithResponse)
                  .error()
                  .code == GattErrorCode::TooLong);
    }
}

TEST_CASE("Simulator: advertising (5.1)", "[protocol][sim]") {
    Harness h(DeviceFamily::SmartRoller);
    CHECK(h.device.advertisingData() == hex(vectors::kAdvertisingData.bytes));
    const auto empty = parseAdvertising(h.device.advertisingData(), h.device.scanResponse());
    REQUIRE(empty);
    CHECK_FALSE(empty.value().recordsPending());
    h.device.pressButton();
    REQUIRE(h.device.performPass(PassMotion{}));
    h.advance(3000ms);
    h.device.pressButton();
    h.pump();
    CHECK(h.device.scanResponse() == hex(vectors::kScanResponse.bytes)); // 9.1
}

TEST_CASE("Simulator: security without a bond (5.2)", "[protocol][sim]") {
    Harness h(DeviceFamily::SmartRoller);
    h.device.setBonded(false);
    REQUIRE(h.connect());
    CHECK(h.read(uuid::kDeviceFeatures).second == att::kInsufficientAuthentication);
    CHECK(h.read(uuid::kSerialNumber).second == att::kInsufficientAuthentication);
    CHECK(h.read(uuid::kModelNumber).second == att::kSuccess); // open
    CHECK(h.read(uuid::kBatteryLevel).second == att::kSuccess);
    CHECK(h.subscribe(uuid::kLiveEvents) == att::kInsufficientAuthentication);
    CHECK(h.subscribe(uuid::kBatteryLevel) == att::kSuccess);
    CHECK(h.write(uuid::kCurrentTime, hex(vectors::kCurrentTime.bytes)) ==
          att::kInsufficientAuthentication);
    CHECK(h.write(uuid::kControlPoint, hex("01")) == att::kInsufficientAuthentication);
}

TEST_CASE("Simulator: Current Time and Local Time Information (5.5)", "[protocol][sim]") {
    Harness h(DeviceFamily::SmartRoller, at("2025-03-14T09:26:50Z"));
    REQUIRE(h.connect());
    CHECK(h.read(uuid::kCurrentTime).first == Bytes(10, 0)); // not set
    CHECK_FALSE(h.device.deviceTime());
    CHECK(h.write(uuid::kLocalTimeInformation, hex(vectors::kLocalTime.bytes)) == att::kSuccess);
    CHECK(h.write(uuid::kCurrentTime, hex(vectors::kCurrentTime.bytes)) == att::kSuccess);
    // 9.2: the device keeps 2025-03-14T09:26:53.5Z.
    CHECK(h.device.deviceTime() == at("2025-03-14T09:26:53Z"));
    CHECK(h.read(uuid::kLocalTimeInformation).first == hex("04 00"));
    h.advance(1000ms, 500ms);
    const auto read = parseCurrentTime(h.read(uuid::kCurrentTime).first).value();
    CHECK(read.hours == 10); // local time again
    CHECK(read.minutes == 26);
    CHECK(read.seconds == 54);
    CHECK(read.fractions256 == 0x80);
    // Out-of-range writes are refused whole.
    CHECK(h.write(uuid::kCurrentTime, hex("E9 07 0D 0E 0A 1A 35 05 80 01")) == att::kOutOfRange);
    CHECK(h.write(uuid::kCurrentTime, hex("CF 07 03 0E 0A 1A 35 05 80 01")) == att::kOutOfRange);
    CHECK(h.write(uuid::kCurrentTime, Bytes(10, 0)) == att::kOutOfRange);
    CHECK(h.write(uuid::kCurrentTime, hex("E9 07 03")) == att::kOutOfRange);
    CHECK(h.write(uuid::kLocalTimeInformation, hex("80 00")) == att::kOutOfRange);
    CHECK(h.write(uuid::kLocalTimeInformation, hex("04 03")) == att::kOutOfRange);
    CHECK(h.device.deviceTime() == at("2025-03-14T09:26:54Z"));
    CHECK(h.write(uuid::kControlPoint, Bytes{}) == att::kInvalidAttributeValueLength);
}

TEST_CASE("Simulator: the Control Point exchanges of 9.5", "[protocol][sim][control]") {
    Harness pen(DeviceFamily::Pen);
    REQUIRE(pen.connect());
    // Indications not enabled: ATT 0xFD.
    CHECK(pen.write(uuid::kControlPoint, hex("01")) == att::kCccdImproperlyConfigured);
    ready(pen);
    pen.device.setNextRecordSequence(17);
    const auto exchange = [&](Harness& h, const char* request) {
        const std::size_t mark = h.log.size();
        REQUIRE(h.write(uuid::kControlPoint, hex(request)) == att::kSuccess);
        const auto answers = h.values(uuid::kControlPoint, mark);
        REQUIRE(answers.size() == 1);
        return answers.front();
    };
    std::size_t mark = pen.log.size();
    CHECK(exchange(pen, "01") == hex("80 01 01 11 00"));
    // Session Started (origin 2) follows the indication.
    auto events = liveEvents(pen, mark);
    REQUIRE_FALSE(events.empty());
    const auto started = payloads<SessionStarted>(events);
    REQUIRE(started.size() == 1);
    CHECK(started[0].sessionId == 17);
    CHECK(started[0].origin == SessionOrigin::ControlPoint);
    CHECK(pen.device.sessionRunning());
    CHECK(exchange(pen, "01") == hex("80 01 06"));
    CHECK(exchange(pen, "03 03 DC 05") == hex("80 03 01"));
    CHECK(pen.device.lastCue() == PacingCueRequest{CuePattern::Triple, 1500});
    CHECK(exchange(pen, "03 07 DC 05") == hex("80 03 03"));
    mark = pen.log.size();
    CHECK(exchange(pen, "04 7D 00") == hex("80 04 01"));
    CHECK(payloads<DepthChanged>(liveEvents(pen, mark)) ==
          std::vector{DepthChanged{125, ChangeOrigin::ControlPoint}});
    CHECK(pen.device.depth() == 125);
    CHECK(exchange(pen, "04 82 00") == hex("80 04 03"));
    CHECK(exchange(pen, "42") == hex("80 42 02"));
    REQUIRE(pen.device.performPass(motion(StrokeDirection::Unknown)));
    CHECK(exchange(pen, "04 96 00") == hex("80 04 06")); // not during a pass
    pen.advance(2500ms);
    CHECK(exchange(pen, "02") == hex("80 02 01"));
    CHECK_FALSE(pen.device.sessionRunning());
    CHECK(exchange(pen, "02") == hex("80 02 06"));

    Harness roller(DeviceFamily::SmartRoller);
    ready(roller);
    CHECK(exchange(roller, "04 14 00") == hex("80 04 02"));
    Harness home(DeviceFamily::HomeTool);
    ready(home);
    CHECK(exchange(home, "03 01 F4 01") == hex("80 03 02")); // no vibration motor
}

TEST_CASE("Simulator: a live session per family", "[protocol][sim][session]") {
    const auto family =
        GENERATE(DeviceFamily::SmartRoller, DeviceFamily::Pen, DeviceFamily::HomeTool);
    CAPTURE(toString(family));
    Harness h(family, at("2025-03-14T09:29:00Z"));
    ready(h);
    REQUIRE(h.subscribe(uuid::kHeadIdentity) == att::kSuccess);
    h.device.setDeviceTime(at("2025-03-14T09:30:00Z"));
    const auto useCount = h.device.head().useCount;
    const std::size_t mark = h.log.size();
    REQUIRE(h.write(uuid::kControlPoint, hex("01")) == att::kSuccess);
    h.advance(1000ms);
    REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 2100ms)));
    CHECK_FALSE(h.device.performPass(motion(StrokeDirection::Vertical))); // one at a time
    h.advance(3000ms);
    REQUIRE(h.device.performPass(motion(StrokeDirection::Vertical, 2600ms)));
    h.advance(3000ms);
    REQUIRE(h.write(uuid::kControlPoint, hex("02")) == att::kSuccess);

    LiveEventReceiver rx;
    const auto events = liveEvents(h, mark, &rx);
    CHECK(rx.counters().totalRejected() == 0);
    CHECK(rx.counters().lost == 0);
    const auto started = payloads<SessionStarted>(events);
    REQUIRE(started.size() == 1);
    CHECK(toTimePoint(started[0].startTime) == at("2025-03-14T09:30:00Z"));
    const auto passStarts = payloads<PassStart>(events);
    REQUIRE(passStarts.size() == 2);
    CHECK(passStarts[1].passNumber == 2);
    const auto ends = payloads<PassSummary>(events);
    REQUIRE(ends.size() == 2);
    const auto samples = payloads<PressureSample>(events);
    const auto ended = payloads<SessionEnded>(events);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].reason == EndReason::ControlPointStop);
    CHECK(ended[0].passCount == 2);
    CHECK(ended[0].contactTenths == 47);
    // Event times follow the clock: Pass End of the first pass at 1000 + 2100 ms.
    for (const auto& e : events) {
        if (std::holds_alternative<PassSummary>(e.payload)) {
            CHECK(e.timeMs == 3100u);
            break;
        }
    }
    switch (family) {
    case DeviceFamily::SmartRoller:
        CHECK(ends[0] == PassSummary{StrokeDirection::Horizontal, 2100, 84, 40, 300, 380, 20});
        CHECK(passStarts[0].direction == StrokeDirection::Horizontal);
        CHECK(samples.size() == 20 + 25); // every 100 ms during each pass, not at its end
        break;
    case DeviceFamily::Pen:
        // No MOTION: direction unknown; SPEED: distance from speed x time; DEPTH: setting.
        CHECK(ends[0] == PassSummary{StrokeDirection::Unknown, 2100, 84, 40, {}, {}, 50});
        CHECK(samples.empty());
        break;
    default:
        CHECK(ends[0] == PassSummary{StrokeDirection::Horizontal, 2100, 84, {}, {}, {}, 30});
        CHECK(samples.empty());
        break;
    }
    // Stored with LIVE; the head aged by one session and said so.
    REQUIRE(h.device.records().size() == 1);
    const StoredRecord& r = h.device.records().begin()->second;
    CHECK(r.sequence == started[0].sessionId);
    CHECK(r.has(recordflag::kLive));
    CHECK_FALSE(r.has(recordflag::kClockUnset));
    CHECK(r.passCount == 2);
    CHECK(r.passes.size() == 2);
    CHECK(r.passes[0].startTenths == 10);
    CHECK(r.passes[0].pass == ends[0]);
    CHECK(r.passes[1].pass == ends[1]);
    CHECK(r.durationS == 7);
    CHECK(r.contactTenths == 47);
    CHECK(r.endReason == EndReason::ControlPointStop);
    CHECK(r.strokeRate == (family == DeviceFamily::Pen ? 120 : 0));
    CHECK(r.headId.has_value() == (family != DeviceFamily::HomeTool));
    CHECK(buildRecordBody(r)); // valid by the codec's rules
    CHECK(h.device.head().useCount == useCount + 1);
    const auto heads = h.values(uuid::kHeadIdentity, mark);
    REQUIRE(heads.size() == 1);
    CHECK(parseHeadIdentity(heads[0]).value().useCount == useCount + 1);
}

TEST_CASE("Simulator: an offline roller session gives the record of 9.7", "[protocol][sim]") {
    Harness h(DeviceFamily::SmartRoller, at("2025-03-12T20:00:00Z"));
    h.device.setDeviceTime(at("2025-03-12T20:15:00Z"));
    h.device.setNextRecordSequence(42);
    h.device.pressButton();
    h.advance(12'300ms, 100ms);
    PassMotion first{StrokeDirection::Horizontal, 2100ms, 40, 410, 560};
    REQUIRE(h.device.performPass(first));
    h.advance(2'700ms, 100ms); // 15.0 s
    PassMotion second{StrokeDirection::Vertical, 2600ms, 35, 450, 620};
    REQUIRE(h.device.performPass(second));
    h.advance(80'000ms, 100ms); // 95.0 s
    h.device.pressButton();
    h.pump();
    REQUIRE(h.device.records().contains(42));
    const Bytes body = buildRecordBody(h.device.records().at(42)).value();
    std::vector<Bytes> expected;
    for (const auto f : vectors::kRecord42Fragments) {
        expected.push_back(hex(f));
    }
    CHECK(buildRecordFragments(42, body).value() == expected);
}

TEST_CASE("Simulator: session rules of 6.3.5 and 6.3.6", "[protocol][sim][session]") {
    Harness h(DeviceFamily::SmartRoller);
    ready(h);
    SECTION("a session without a pass is discarded and its id never reused") {
        h.device.pressButton();
        h.device.pressButton();
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(3000ms);
        h.device.pressButton();
        h.pump();
        REQUIRE(h.device.records().size() == 1);
        CHECK(h.device.records().begin()->first == 2);
    }
    SECTION("idle timeout after 120 s without a pass") {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(121'000ms, 1000ms);
        CHECK(h.device.sessionRunning());
        h.advance(1000ms, 1000ms);
        CHECK_FALSE(h.device.sessionRunning());
        const auto ended = payloads<SessionEnded>(liveEvents(h));
        REQUIRE(ended.size() == 1);
        CHECK(ended[0].reason == EndReason::IdleTimeout);
        CHECK(h.device.records().begin()->second.durationS == 122);
    }
    SECTION("maximum length 3600 s") {
        h.device.pressButton();
        for (int i = 0; i < 40; ++i) {
            REQUIRE(h.device.performPass(motion(StrokeDirection::DiagonalUp, 60'000ms)));
            h.advance(90'000ms, 1000ms);
        }
        CHECK_FALSE(h.device.sessionRunning());
        const auto ended = payloads<SessionEnded>(liveEvents(h));
        REQUIRE(ended.size() == 1);
        CHECK(ended[0].reason == EndReason::MaximumDuration);
        const auto& r = h.device.records().begin()->second;
        CHECK(r.durationS == 3600);
        CHECK(r.endReason == EndReason::MaximumDuration);
        CHECK(r.passesByDirection[2] == r.passCount);
        CHECK(buildRecordBody(r));
    }
    SECTION("a pass longer than 60 s is split") {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Vertical, 130'000ms)));
        h.advance(131'000ms, 1000ms);
        const auto ends = payloads<PassSummary>(liveEvents(h));
        REQUIRE(ends.size() == 3);
        CHECK(ends[0].durationMs == 60'000);
        CHECK(ends[1].durationMs == 60'000);
        CHECK(ends[2].durationMs == 10'000);
        CHECK(payloads<PassStart>(liveEvents(h)).back().passNumber == 3);
    }
    SECTION("the link drops: the session goes on and is stored") {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(500ms);
        h.device.dropLink();
        h.advance(3000ms);
        CHECK(h.device.sessionRunning());
        REQUIRE(h.connect());
        // Re-enabling Live Events: Battery Level, then Session Started with origin 3.
        const std::size_t mark = h.log.size();
        REQUIRE(h.subscribe(uuid::kLiveEvents) == att::kSuccess);
        const auto rejoin = liveEvents(h, mark);
        REQUIRE(rejoin.size() == 2);
        CHECK(std::holds_alternative<BatteryStatus>(rejoin[0].payload));
        const auto& resent = std::get<SessionStarted>(rejoin[1].payload);
        CHECK(resent.origin == SessionOrigin::Resent);
        CHECK(resent.passesSoFar == 1);
        CHECK(rejoin[0].sequence == 0); // a new connection counts from 0
        h.device.pressButton();
        h.pump();
        REQUIRE(h.device.records().size() == 1);
        CHECK(h.device.records().begin()->second.has(recordflag::kLive));
    }
}

TEST_CASE("Simulator: battery drain and events (8.1)", "[protocol][sim][battery]") {
    Harness h(DeviceFamily::Pen);
    ready(h);
    REQUIRE(h.subscribe(uuid::kBatteryLevel) == att::kSuccess);
    h.device.setBatteryLevel(22);
    h.pump();
    h.device.pressButton();
    const std::size_t mark = h.log.size();
    // 200 + 20 thousandths of a percent a minute in a session, 300 more while the motor runs.
    for (int i = 0; i < 30; ++i) {
        REQUIRE(h.device.performPass(motion(StrokeDirection::Unknown, 50'000ms)));
        h.advance(55'000ms, 1000ms);
    }
    CHECK(h.device.batteryLevel() < 22);
    const auto levels = payloads<BatteryStatus>(liveEvents(h, mark));
    REQUIRE_FALSE(levels.empty());
    // At most one a minute, except the 20 % threshold, which is reported at once.
    for (std::size_t i = 1; i < levels.size(); ++i) {
        CHECK(levels[i].percent < levels[i - 1].percent);
    }
    CHECK(std::any_of(levels.begin(), levels.end(), [](auto b) { return b.percent == 20; }));
    CHECK(h.values(uuid::kBatteryLevel, mark).size() == levels.size());

    SECTION("low battery fault, then the session ends at 2 %") {
        h.device.setBatteryLevel(11);
        h.advance(1000ms, 1000ms);
        h.device.setBatteryLevel(10);
        h.advance(1000ms, 1000ms);
        CHECK(h.device.activeFault(fault::kLowBattery));
        h.device.setBatteryLevel(2);
        h.advance(1000ms, 1000ms);
        CHECK_FALSE(h.device.sessionRunning());
        const auto ended = payloads<SessionEnded>(liveEvents(h, mark));
        REQUIRE_FALSE(ended.empty());
        CHECK(ended.back().reason == EndReason::BatteryCritical);
        // Start is refused below 5 %.
        CHECK(h.write(uuid::kControlPoint, hex("01")) == att::kSuccess);
        CHECK(h.values(uuid::kControlPoint).back() == hex("80 01 06"));
        // Charging: reported at once, then the level rises and the fault clears.
        const std::size_t charge = h.log.size();
        h.device.setCharging(true);
        h.advance(20 * 60'000ms, 1000ms);
        const auto charging = payloads<BatteryStatus>(liveEvents(h, charge));
        REQUIRE_FALSE(charging.empty());
        CHECK(charging.front().charging());
        CHECK(h.device.batteryLevel() >= 20);
        CHECK_FALSE(h.device.activeFault(fault::kLowBattery));
    }
}

TEST_CASE("Simulator: heads age, change and fail (6.2)", "[protocol][sim][head]") {
    Harness h(DeviceFamily::SmartRoller);
    ready(h);
    REQUIRE(h.subscribe(uuid::kHeadIdentity) == att::kSuccess);
    h.device.setDeviceTime(at("2025-03-14T09:00:00Z"));
    SECTION("a new head: first use is set by its first session") {
        HeadIdentity fresh = h.device.head();
        fresh.id.bytes[7] = 0x42;
        fresh.useCount = 0;
        fresh.firstUse = 0;
        h.device.pressButton();
        h.device.replaceHead(fresh); // during a session: HEAD_CHANGED
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(3000ms);
        h.device.pressButton();
        h.pump();
        const auto& r = h.device.records().begin()->second;
        CHECK(r.has(recordflag::kHeadChanged));
        CHECK(r.headId->bytes[7] == 0x01); // the head at the start
        CHECK(h.device.head().useCount == 1);
        CHECK(h.device.head().firstUse == r.startTime);
        CHECK(parseHeadIdentity(h.values(uuid::kHeadIdentity).back()).value() == h.device.head());
    }
    SECTION("damage is flagged on the head and in the record") {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(3000ms);
        h.device.markHeadDamaged();
        h.device.pressButton();
        h.pump();
        CHECK(h.device.records().begin()->second.has(recordflag::kDamage));
        CHECK(parseHeadIdentity(h.read(uuid::kHeadIdentity).first).value().damaged());
    }
    SECTION("removing the head ends the session and blocks the next") {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 5000ms)));
        h.advance(1000ms);
        h.device.removeHead();
        h.pump();
        CHECK_FALSE(h.device.sessionRunning());
        const auto events = liveEvents(h);
        CHECK(payloads<SessionEnded>(events).back().reason == EndReason::HeadRemoved);
        CHECK(payloads<FaultEvent>(events).back() == FaultEvent{fault::kHeadMissing, true, 0});
        CHECK(payloads<PassSummary>(events).back().durationMs == 1000); // cut short
        CHECK_FALSE(parseHeadIdentity(h.values(uuid::kHeadIdentity).back()).value().present());
        h.device.pressButton();
        CHECK_FALSE(h.device.sessionRunning());
        h.device.replaceHead(SimProfile::smartRoller().head);
        CHECK_FALSE(h.device.activeFault(fault::kHeadMissing));
        h.device.pressButton();
        CHECK(h.device.sessionRunning());
    }
    SECTION("a motor stall ends the session with reason 5") {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(3000ms);
        h.device.raiseFault(fault::kMotorStall);
        h.pump();
        CHECK_FALSE(h.device.sessionRunning());
        CHECK(h.device.records().begin()->second.endReason == EndReason::Fault);
        h.device.clearFault(fault::kMotorStall);
        CHECK_FALSE(h.device.activeFault(fault::kMotorStall));
    }
}

TEST_CASE("Simulator: the record store (6.5.1)", "[protocol][sim][store]") {
    SimProfile small = SimProfile::homeTool();
    small.features.recordCapacity = 2;
    Harness h(small);
    ready(h);
    const auto session = [&] {
        h.device.pressButton();
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal)));
        h.advance(3000ms);
        h.device.pressButton();
        h.pump();
    };
    session();
    session();
    CHECK(h.device.records().size() == 2);
    // Full: the session runs, is not stored, and a fault asks for a sync.
    const std::size_t mark = h.log.size();
    session();
    CHECK(h.device.records().size() == 2);
    const auto events = liveEvents(h, mark);
    CHECK(payloads<SessionStarted>(events).front().sessionId == 0);
    CHECK(payloads<FaultEvent>(events).front() == FaultEvent{fault::kStorageFull, true, 0});
    // Without a clock (no RTC, never set) records carry CLOCK_UNSET and time 0.
    CHECK(h.device.records().begin()->second.has(recordflag::kClockUnset));
    CHECK(h.device.records().begin()->second.startTime == 0);

    SECTION("numbering exhausted: a new store id once the store is empty") {
        Harness x(DeviceFamily::SmartRoller);
        REQUIRE(x.connect());
        REQUIRE(x.subscribe(uuid::kRecordAccessControl) == att::kSuccess);
        REQUIRE(x.subscribe(uuid::kStoredRecord) == att::kSuccess);
        x.device.setNextRecordSequence(0xFFFF);
        x.device.pressButton();
        REQUIRE(x.device.performPass(motion(StrokeDirection::Horizontal)));
        x.advance(3000ms);
        x.device.pressButton();
        x.pump();
        REQUIRE(x.device.records().contains(0xFFFF));
        x.device.pressButton(); // nothing more can be stored
        REQUIRE(x.device.performPass(motion(StrokeDirection::Horizontal)));
        x.advance(3000ms);
        x.device.pressButton();
        x.pump();
        CHECK(x.device.records().size() == 1);
        const auto before = x.device.storeId();
        CHECK(x.write(uuid::kRecordAccessControl, hex("02 02 01 FF FF")) == att::kSuccess);
        CHECK(x.values(uuid::kRecordAccessControl).back() == hex("06 00 02 01"));
        CHECK(x.device.storeId() != before);
        const auto features = parseDeviceFeatures(x.read(uuid::kDeviceFeatures).first).value();
        CHECK(features.storeId == x.device.storeId());
    }
}

TEST_CASE("Simulator: RACP answers (9.6)", "[protocol][sim][racp]") {
    Harness h(DeviceFamily::SmartRoller);
    REQUIRE(h.connect());
    CHECK(h.write(uuid::kRecordAccessControl, hex("04 01")) == att::kCccdImproperlyConfigured);
    REQUIRE(h.subscribe(uuid::kRecordAccessControl) == att::kSuccess);
    CHECK(h.write(uuid::kRecordAccessControl, hex("04 01")) == att::kCccdImproperlyConfigured);
    REQUIRE(h.subscribe(uuid::kStoredRecord) == att::kSuccess);
    const auto answer = [&](const char* request) {
        const std::size_t mark = h.log.size();
        REQUIRE(h.write(uuid::kRecordAccessControl, hex(request)) == att::kSuccess);
        h.advance(1000ms);
        const auto values = h.values(uuid::kRecordAccessControl, mark);
        REQUIRE(values.size() == 1);
        return values.front();
    };
    CHECK(answer("01 01") == hex("06 00 01 06")); // empty store
    StoredRecord r = parseRecordBody(
                         [] {
                             Bytes body;
                             for (const auto f : vectors::kRecord42Fragments) {
                                 const Bytes b = hex(f);
                                 body.insert(body.end(), b.begin() + 4, b.end());
                             }
                             return body;
                         }(),
                         42)
                         .value();
    for (const std::uint16_t seq : {42, 43, 44}) {
        r.sequence = seq;
        h.device.injectRecord(r);
    }
    for (const auto& x : vectors::kRacpExchanges) {
        const std::string_view name = x.name;
        if (name.starts_with("delete") || name == "report all, empty store" ||
            name == "report >= 42") {
            continue;
        }
        CAPTURE(x.name);
        CHECK(answer(x.request.data()) == hex(x.response));
    }
    CHECK(answer("04 03 01 2B 00") == hex("05 00 02 00"));
    CHECK(answer("04 05") == hex("05 00 01 00")); // first
    // Report >= 42: 3 x 5 fragments, then success.
    std::size_t mark = h.log.size();
    REQUIRE(h.write(uuid::kRecordAccessControl, hex("01 03 01 2A 00")) == att::kSuccess);
    // While it runs, anything but Abort is refused.
    CHECK(h.write(uuid::kRecordAccessControl, hex("04 01")) == att::kProcedureAlreadyInProgress);
    h.advance(1000ms);
    CHECK(h.values(uuid::kStoredRecord, mark).size() == 15);
    CHECK(h.values(uuid::kRecordAccessControl, mark) == std::vector<Bytes>{hex("06 00 01 01")});
    // Abort in the middle: the rest is not sent.
    mark = h.log.size();
    REQUIRE(h.write(uuid::kRecordAccessControl, hex("01 01")) == att::kSuccess);
    h.advance(30ms, 10ms);
    CHECK(h.write(uuid::kRecordAccessControl, hex("03 00")) == att::kSuccess);
    h.advance(1000ms);
    CHECK(h.values(uuid::kStoredRecord, mark).size() < 15);
    CHECK(h.values(uuid::kRecordAccessControl, mark) == std::vector<Bytes>{hex("06 00 03 01")});
    CHECK(answer("02 04 01 2A 00 2B 00") == hex("06 00 02 01"));
    CHECK(h.device.records().size() == 1);
    CHECK(answer("02 02 01 2C 00") == hex("06 00 02 01"));
    CHECK(answer("02 02 01 2C 00") == hex("06 00 02 06"));
    CHECK(h.device.records().empty());
}

TEST_CASE("Simulator: misbehaviour on the live stream", "[protocol][sim][faults]") {
    Harness h(DeviceFamily::HomeTool); // no pressure samples: one event per notification
    ready(h);
    h.device.pressButton();
    h.pump();
    LiveEventReceiver rx;
    std::size_t mark = 0;
    const auto receive = [&] {
        const auto events = liveEvents(h, mark, &rx);
        mark = h.log.size();
        return events;
    };
    (void)receive();
    SECTION("duplicates are dropped") {
        h.device.misbehave().duplicateEvents = 2;
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 500ms)));
        h.advance(1000ms);
        const auto events = receive();
        CHECK(events.size() == 2);
        CHECK(rx.counters().duplicate == 2);
        CHECK(rx.counters().lost == 0);
    }
    SECTION("skipped sequence numbers are counted as lost") {
        h.device.misbehave().skipSequence = 5;
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 500ms)));
        h.advance(1000ms);
        (void)receive();
        CHECK(rx.counters().lost == 5);
        CHECK(rx.gapSeen());
    }
    SECTION("a malformed event is rejected, the sequence stays whole") {
        h.device.misbehave().malformedEvents = 1;
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 500ms)));
        h.advance(1000ms);
        const auto events = receive();
        CHECK(rx.counters().count(ErrorKind::Reserved) == 1);
        CHECK(rx.counters().lost == 0);
        CHECK(payloads<PassStart>(events).empty()); // the Pass Start was the malformed one
        CHECK(payloads<PassSummary>(events).size() == 1);
    }
    SECTION("an oversized notification is rejected whole and shows as a gap") {
        h.device.misbehave().oversizedNotifications = 1;
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 500ms)));
        h.advance(1000ms);
        (void)receive();
        CHECK(rx.counters().count(ErrorKind::Oversized) == 1);
        CHECK(rx.counters().lost == 1);
    }
    SECTION("a flood trips the limit") {
        h.device.misbehave().floodNotifications = 120;
        h.pump();
        (void)receive();
        CHECK(rx.counters().flooded());
        CHECK(rx.counters().count(ErrorKind::Reserved) == 60);
        CHECK(rx.counters().count(ErrorKind::Truncated) == 60);
    }
}

TEST_CASE("Simulator: the home tool forgets the time when it sleeps", "[protocol][sim]") {
    Harness h(DeviceFamily::HomeTool);
    REQUIRE(h.connect());
    h.device.setDeviceTime(at("2025-03-14T09:00:00Z"));
    CHECK(h.device.deviceTime());
    h.device.disconnect();
    h.pump();
    CHECK_FALSE(h.device.deviceTime()); // no RTC
    Harness roller(DeviceFamily::SmartRoller);
    REQUIRE(roller.connect());
    roller.device.setDeviceTime(at("2025-03-14T09:00:00Z"));
    roller.device.disconnect();
    roller.pump();
    CHECK(roller.device.deviceTime()); // RTC
}
