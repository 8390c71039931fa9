// Live Events (6.3): every 9.4 example parsed, built and round-tripped; every payload's length
// and range errors; the walk over a notification; RFC 1982 sequence numbers; the receiver.
#include "vectors.h"

#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/protocol/sequence.h>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::protocol;
using vectors::hex;

namespace {

Result<LiveEvent, ProtocolError> parseOne(const Bytes& notification) {
    EventWalker walker(notification);
    const auto raw = walker.next();
    REQUIRE(raw);
    REQUIRE_FALSE(walker.next());
    REQUIRE_FALSE(walker.error());
    return parseEvent(*raw);
}

LiveEvent event(const vectors::Vector& v) {
    auto parsed = parseOne(hex(v.bytes));
    REQUIRE(parsed);
    return parsed.value();
}

} // namespace

TEST_CASE("Live events: the worked examples of 9.4", "[protocol][live]") {
    SECTION("Session Started") {
        const LiveEvent e = event(vectors::kSessionStarted);
        CHECK(e.sequence == 0x0100);
        CHECK(e.timeMs == 0u);
        const auto& p = std::get<SessionStarted>(e.payload);
        CHECK(p.sessionId == 17);
        CHECK(toTimePoint(p.startTime) == *parseIso("2025-03-14T09:30:00Z"));
        CHECK(p.origin == SessionOrigin::ControlPoint);
        CHECK(p.depth == 20);
        CHECK(p.passesSoFar == 0);
    }
    SECTION("Pass Start") {
        const LiveEvent e = event(vectors::kPassStart);
        CHECK(e.timeMs == 12'345u);
        CHECK(std::get<PassStart>(e.payload) == PassStart{StrokeDirection::Horizontal, 1});
    }
    SECTION("Pressure Sample") {
        const LiveEvent e = event(vectors::kPressureSample);
        CHECK(e.timeMs == 12'445u);
        CHECK(std::get<PressureSample>(e.payload).pressureCn == 410);
    }
    SECTION("Pass End (roller)") {
        const LiveEvent e = event(vectors::kPassEndRoller);
        CHECK(e.sequence == 0x0103);
        CHECK(e.timeMs == 14'445u);
        const auto& p = std::get<PassSummary>(e.payload);
        CHECK(p.direction == StrokeDirection::Horizontal);
        CHECK(p.durationMs == 2100);
        CHECK(p.distanceMm == 84);
        CHECK(p.speedMmPerS == 40);
        CHECK(p.meanPressureCn == 410);
        CHECK(p.peakPressureCn == 560);
        CHECK(p.depth == 20);
    }
    SECTION("Fault") {
        const LiveEvent e = event(vectors::kFault);
        const auto& f = std::get<FaultEvent>(e.payload);
        CHECK(f.code == fault::kSensorError);
        CHECK(f.raised);
        CHECK(f.detail == 0x02); // the pressure sensor
    }
    SECTION("Session Ended") {
        const LiveEvent e = event(vectors::kSessionEnded);
        CHECK(e.sequence == 0x0150);
        CHECK(e.timeMs == 95'000u);
        CHECK(std::get<SessionEnded>(e.payload) ==
              SessionEnded{17, EndReason::ControlPointStop, 2, 47});
    }
    SECTION("Battery Level, no session") {
        const LiveEvent e = event(vectors::kBatteryEvent);
        CHECK(e.sequence == 7);
        CHECK_FALSE(e.timeMs);
        CHECK(std::get<BatteryStatus>(e.payload).percent == 85);
        CHECK_FALSE(std::get<BatteryStatus>(e.payload).charging());
    }
    SECTION("Pass End (pen)") {
        const LiveEvent e = event(vectors::kPassEndPen);
        CHECK(e.timeMs == 201'500u);
        const auto& p = std::get<PassSummary>(e.payload);
        CHECK(p.direction == StrokeDirection::Unknown);
        CHECK(p.durationMs == 4200);
        CHECK(p.distanceMm == 105);
        CHECK(p.speedMmPerS == 25);
        CHECK_FALSE(p.meanPressureCn);
        CHECK_FALSE(p.peakPressureCn);
        CHECK(p.depth == 100);
    }
    SECTION("Depth Changed and Stroke Rate Changed") {
        CHECK(std::get<DepthChanged>(event(vectors::kDepthChanged).payload) ==
              DepthChanged{125, ChangeOrigin::DeviceControl});
        CHECK(std::get<StrokeRateChanged>(event(vectors::kStrokeRate).payload) ==
              StrokeRateChanged{120, ChangeOrigin::DeviceControl});
    }
}

TEST_CASE("Live events: build gives the 9.4 bytes back", "[protocol][live]") {
    for (const auto& v : vectors::kLiveEvents) {
        CAPTURE(v.name);
        const LiveEvent e = event(v);
        CHECK(e.reservedFallbacks == 0);
        const auto built = buildEvent(e);
        REQUIRE(built);
        CHECK(built.value() == hex(v.bytes));
        CHECK(parseOne(built.value()).value() == e);
    }
    // Two samples in one notification (9.4, across the wrap).
    const LiveEvent first{0xFFFF, 13'000, PressureSample{455}, 0};
    const LiveEvent second{0x0000, 13'100, PressureSample{470}, 0};
    const LiveEvent both[] = {first, second};
    CHECK(buildNotification(both).value() == hex(vectors::kTwoSamples.bytes));
    // Three Pass Starts (30 bytes) cannot share a notification.
    const LiveEvent three[] = {event(vectors::kPassStart), event(vectors::kPassStart),
                               event(vectors::kPassStart)};
    CHECK(buildNotification(three).error().kind == ErrorKind::Oversized);
}

TEST_CASE("Live events: the builder refuses what a receiver would reject", "[protocol][live]") {
    LiveEvent e = event(vectors::kPassEndRoller);
    auto& pass = std::get<PassSummary>(e.payload);
    pass.meanPressureCn = 600; // above the peak
    CHECK(buildEvent(e).error().kind == ErrorKind::Inconsistent);
    pass.meanPressureCn = 5001;
    pass.peakPressureCn = 5002;
    CHECK(buildEvent(e).error().field == "mean pressure");
    pass = std::get<PassSummary>(event(vectors::kPassEndRoller).payload);
    pass.durationMs = 0;
    CHECK(buildEvent(e).error().field == "pass duration");
    pass.durationMs = 2100;
    pass.distanceMm = 0xFFFF; // "not measured" is nullopt, never a value
    CHECK_FALSE(buildEvent(e));
    pass.distanceMm = 84;
    pass.direction = static_cast<StrokeDirection>(7);
    CHECK_FALSE(buildEvent(e));
    pass.direction = StrokeDirection::Vertical;
    e.timeMs = kOffsetMax + 1;
    CHECK(buildEvent(e).error().field == "time");
    e.timeMs = kOffsetMax;
    CHECK(buildEvent(e));

    LiveEvent ended = event(vectors::kSessionEnded);
    std::get<SessionEnded>(ended.payload).reason = EndReason::Other; // never sent
    CHECK_FALSE(buildEvent(ended));
    LiveEvent fault = event(vectors::kFault);
    std::get<FaultEvent>(fault.payload).code = fault::kMotorStall; // detail only for sensors
    CHECK_FALSE(buildEvent(fault));
    std::get<FaultEvent>(fault.payload).detail = 0;
    CHECK(buildEvent(fault));
    LiveEvent rate = event(vectors::kStrokeRate);
    std::get<StrokeRateChanged>(rate.payload).rate = 0;
    CHECK(buildEvent(rate).error().field == "stroke rate");
}

TEST_CASE("Live events: every payload's length and range errors", "[protocol][live]") {
    struct Case {
        const char* name;
        const char* bytes;
        ErrorKind kind;
        std::string_view field;
    };
    const Case cases[] = {
        // 9.9
        {"negative mean pressure", vectors::kPassEndNegativePressure.bytes.data(),
         ErrorKind::OutOfRange, "mean pressure"},
        {"fault state 2", vectors::kFaultBadState.bytes.data(), ErrorKind::OutOfRange,
         "fault state"},
        // reserved types
        {"type 0x00", "00 00 01 00 00 00 00", ErrorKind::Reserved, "type"},
        {"type 0xFF", "FF 01 01 00 00 00 00 AA", ErrorKind::Reserved, "type"},
        {"type 0x0A", "0A 00 01 00 00 00 00", ErrorKind::UnknownType, "type"},
        // short payloads
        {"Session Started L=10", "01 0A 00 01 00 00 00 11 00 98 B3 66 2F 02 14 00 00",
         ErrorKind::TooShort, "payload"},
        {"Pass Start L=2", "02 02 01 01 39 30 00 01 01", ErrorKind::TooShort, "payload"},
        {"Pass End L=12", "03 0C 03 01 6D 38 00 01 34 08 54 00 28 00 9A 01 30 02 14",
         ErrorKind::TooShort, "payload"},
        {"Pressure L=1", "04 01 02 01 9D 30 00 9A", ErrorKind::TooShort, "payload"},
        {"Depth Changed L=2", "05 02 40 0A 70 82 03 7D 00", ErrorKind::TooShort, "payload"},
        {"Battery L=1", "06 01 07 00 FF FF FF 55", ErrorKind::TooShort, "payload"},
        {"Fault L=2", "07 02 04 01 98 3A 00 04 01", ErrorKind::TooShort, "payload"},
        {"Session Ended L=6", "08 06 50 01 18 73 01 11 00 02 02 00 2F", ErrorKind::TooShort,
         "payload"},
        {"Stroke Rate L=1", "09 01 41 0A 58 86 03 78", ErrorKind::TooShort, "payload"},
        // header time
        {"time 3 600 001", "04 02 02 01 81 EE 36 9A 01", ErrorKind::OutOfRange, "time"},
        // per field
        {"start time 0xFFFFFFFF", "01 0B 00 01 00 00 00 11 00 FF FF FF FF 02 14 00 00 00",
         ErrorKind::OutOfRange, "start time"},
        {"session depth 10 mm", "01 0B 00 01 00 00 00 11 00 98 B3 66 2F 02 E8 03 00 00",
         ErrorKind::OutOfRange, "depth"},
        {"passes so far, not resent", "01 0B 00 01 00 00 00 11 00 98 B3 66 2F 02 14 00 02 00",
         ErrorKind::Inconsistent, "passes so far"},
        {"pass number 0", "02 03 01 01 39 30 00 01 00 00", ErrorKind::OutOfRange, "pass number"},
        {"pass duration 0", "03 0D 03 01 6D 38 00 01 00 00 54 00 28 00 9A 01 30 02 14 00",
         ErrorKind::OutOfRange, "pass duration"},
        {"pass duration 60001", "03 0D 03 01 6D 38 00 01 61 EA 54 00 28 00 9A 01 30 02 14 00",
         ErrorKind::OutOfRange, "pass duration"},
        {"distance 2001", "03 0D 03 01 6D 38 00 01 34 08 D1 07 28 00 9A 01 30 02 14 00",
         ErrorKind::OutOfRange, "distance"},
        {"speed 1001", "03 0D 03 01 6D 38 00 01 34 08 54 00 E9 03 9A 01 30 02 14 00",
         ErrorKind::OutOfRange, "mean speed"},
        {"peak 5001", "03 0D 03 01 6D 38 00 01 34 08 54 00 28 00 9A 01 89 13 14 00",
         ErrorKind::OutOfRange, "peak pressure"},
        {"peak below mean", "03 0D 03 01 6D 38 00 01 34 08 54 00 28 00 9A 01 99 01 14 00",
         ErrorKind::Inconsistent, "peak pressure"},
        {"mean without peak", "03 0D 03 01 6D 38 00 01 34 08 54 00 28 00 9A 01 FF FF 14 00",
         ErrorKind::Inconsistent, "pressure"},
        {"pass depth 0.09 mm", "03 0D 03 01 6D 38 00 01 34 08 54 00 28 00 9A 01 30 02 09 00",
         ErrorKind::OutOfRange, "depth"},
        {"pressure 0xFFFF", "04 02 02 01 9D 30 00 FF FF", ErrorKind::OutOfRange, "pressure"},
        {"pressure 5001", "04 02 02 01 9D 30 00 89 13", ErrorKind::OutOfRange, "pressure"},
        {"new depth 0xFFFF", "05 03 40 0A 70 82 03 FF FF 01", ErrorKind::OutOfRange, "depth"},
        {"battery 101 %", "06 02 07 00 FF FF FF 65 00", ErrorKind::OutOfRange, "battery level"},
        {"fault code 0", "07 03 04 01 98 3A 00 00 01 00", ErrorKind::OutOfRange, "fault code"},
        {"end reason 0", "08 07 50 01 18 73 01 11 00 00 02 00 2F 00", ErrorKind::OutOfRange,
         "end reason"},
        {"contact 36001", "08 07 50 01 18 73 01 11 00 02 02 00 A1 8C", ErrorKind::OutOfRange,
         "contact time"},
        {"stroke rate 0", "09 02 41 0A 58 86 03 00 01", ErrorKind::OutOfRange, "stroke rate"},
        {"stroke rate 201", "09 02 41 0A 58 86 03 C9 01", ErrorKind::OutOfRange, "stroke rate"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto r = parseOne(hex(c.bytes));
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == c.kind);
        CHECK(r.error().field == c.field);
        CHECK(r.error().frame == FrameKind::LiveEvent);
    }
}

TEST_CASE("Live events: reserved values read as their fallback, extra bytes ignored",
          "[protocol][live]") {
    // Direction 9 reads as unknown; session origin 7 as device control; end reason 0x20 as
    // other; change origin 5 as device control. Each is counted, none rejects the event.
    const auto direction = parseOne(hex("02 03 01 01 39 30 00 09 01 00"));
    CHECK(std::get<PassStart>(direction.value().payload).direction == StrokeDirection::Unknown);
    CHECK(direction.value().reservedFallbacks == 1);
    const auto origin = parseOne(hex("01 0B 00 01 00 00 00 11 00 98 B3 66 2F 07 14 00 03 00"));
    CHECK(std::get<SessionStarted>(origin.value().payload).origin == SessionOrigin::DeviceControl);
    CHECK(std::get<SessionStarted>(origin.value().payload).passesSoFar == 3);
    CHECK(origin.value().reservedFallbacks == 1);
    const auto reason = parseOne(hex("08 07 50 01 18 73 01 11 00 20 02 00 2F 00"));
    CHECK(std::get<SessionEnded>(reason.value().payload).reason == EndReason::Other);
    const auto change = parseOne(hex("05 03 40 0A 70 82 03 7D 00 05"));
    CHECK(std::get<DepthChanged>(change.value().payload).origin == ChangeOrigin::DeviceControl);
    CHECK(change.value().reservedFallbacks == 1);
    // A stroke rate change has only the device-control origin.
    CHECK(parseOne(hex("09 02 41 0A 58 86 03 78 02")).value().reservedFallbacks == 1);
    // Unknown fault codes are kept as they are; the power state's reserved bits are ignored.
    const auto vendorFault = parseOne(hex("07 03 04 01 98 3A 00 91 01 07"));
    CHECK(std::get<FaultEvent>(vendorFault.value().payload).code == 0x91);
    CHECK(std::get<FaultEvent>(vendorFault.value().payload).detail == 0);
    CHECK_FALSE(knownFault(0x91));
    CHECK(std::get<BatteryStatus>(parseOne(hex("06 02 07 00 FF FF FF 55 FD")).value().payload)
              .powerState == (power::kCharging));
    // A longer payload (a later minor) is read by its known fields.
    const auto longer = parseOne(hex("04 04 02 01 9D 30 00 9A 01 EE EE"));
    CHECK(std::get<PressureSample>(longer.value().payload).pressureCn == 410);
}

TEST_CASE("The walk over a notification", "[protocol][live][walk]") {
    SECTION("two events back to back") {
        const Bytes n = hex(vectors::kTwoSamples.bytes);
        EventWalker walker(n);
        const auto a = walker.next();
        const auto b = walker.next();
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->header.sequence == 0xFFFF);
        CHECK(b->header.sequence == 0x0000);
        CHECK_FALSE(walker.next());
        CHECK_FALSE(walker.error());
    }
    SECTION("9.9: a truncated Pass End") {
        const Bytes n = hex(vectors::kPassEndTruncated.bytes);
        EventWalker walker(n);
        CHECK_FALSE(walker.next());
        CHECK(walker.error() == ErrorKind::Truncated);
    }
    SECTION("9.9: L = 14 never fits") {
        const Bytes n = hex(vectors::kLiveLengthTooLong.bytes);
        EventWalker walker(n);
        CHECK_FALSE(walker.next());
        CHECK(walker.error() == ErrorKind::Truncated);
    }
    SECTION("1 - 6 bytes left over") {
        for (std::size_t extra = 1; extra <= 6; ++extra) {
            Bytes n = hex(vectors::kPassStart.bytes);
            n.resize(n.size() + extra, 0x01);
            EventWalker walker(n);
            CHECK(walker.next());
            CHECK_FALSE(walker.next());
            CHECK(walker.error() == ErrorKind::Truncated);
        }
    }
    SECTION("over 20 bytes: nothing is read") {
        Bytes n = hex(vectors::kTwoSamples.bytes);
        n.resize(21, 0);
        EventWalker walker(n);
        CHECK_FALSE(walker.next());
        CHECK(walker.error() == ErrorKind::Oversized);
    }
    SECTION("empty") {
        EventWalker walker(ByteView{});
        CHECK_FALSE(walker.next());
        CHECK_FALSE(walker.error());
    }
}

TEST_CASE("Sequence numbers: the table of 6.3.2", "[protocol][sequence]") {
    struct Case {
        std::uint16_t last;
        std::uint16_t s;
        SequenceVerdict verdict;
        std::uint16_t lost;
    };
    const Case cases[] = {
        {0x0005, 0x0006, SequenceVerdict::InOrder, 0},
        {0xFFFF, 0x0000, SequenceVerdict::InOrder, 0},
        {0xFFFE, 0x0001, SequenceVerdict::Gap, 2},
        {0x0005, 0x0005, SequenceVerdict::Duplicate, 0},
        {0x0005, 0x0003, SequenceVerdict::Stale, 0},
        {0x0000, 0x8000, SequenceVerdict::Stale, 0},
        {0x0000, 0x7FFF, SequenceVerdict::Gap, 0x7FFE},
        {0xFFF0, 0x7FEF, SequenceVerdict::Gap, 0x7FFE},
        {0x0003, 0xFFFF, SequenceVerdict::Stale, 0},
    };
    for (const auto& c : cases) {
        CAPTURE(c.last, c.s);
        SequenceTracker tracker;
        CHECK(tracker.check(c.last).verdict == SequenceVerdict::Baseline);
        const SequenceCheck r = tracker.check(c.s);
        CHECK(r.verdict == c.verdict);
        CHECK(r.lost == c.lost);
        CHECK(tracker.last() == (r.accepted() ? c.s : c.last));
        CHECK(serialNewer(c.s, c.last) == r.accepted());
    }
}

TEST_CASE("Sequence numbers: a long run across several wraps", "[protocol][sequence]") {
    SequenceTracker tracker;
    std::uint16_t s = 0xFF00;
    CHECK(tracker.check(s).verdict == SequenceVerdict::Baseline);
    std::uint32_t lost = 0;
    for (int i = 1; i < 200'000; ++i) {
        const std::uint16_t step = i % 1000 == 0 ? 5 : 1; // four lost every 1000
        s = static_cast<std::uint16_t>(s + step);
        const auto r = tracker.check(s);
        REQUIRE(r.accepted());
        lost += r.lost;
        if (i % 777 == 0) {
            REQUIRE(tracker.check(s).verdict == SequenceVerdict::Duplicate);
            REQUIRE(tracker.check(static_cast<std::uint16_t>(s - 3)).verdict ==
                    SequenceVerdict::Stale);
        }
    }
    CHECK(lost == 4 * 199);
    tracker.reset();
    CHECK(tracker.check(0x1234).verdict == SequenceVerdict::Baseline);
}

TEST_CASE("The receiver: 9.4 and 9.9 end to end", "[protocol][receiver]") {
    LiveEventReceiver rx;
    SECTION("a session, a vendor event skipped by length") {
        std::size_t events = 0;
        for (const auto* v :
             {&vectors::kSessionStarted, &vectors::kPassStart, &vectors::kPressureSample,
              &vectors::kPassEndRoller, &vectors::kFault, &vectors::kVendorEvent}) {
            events += rx.receive(hex(v->bytes)).size();
        }
        CHECK(events == 5);
        CHECK(rx.counters().unknownType == 1);
        CHECK(rx.lastSequence() == 0x0105); // the vendor event moved `last`
        CHECK(rx.counters().totalRejected() == 0);
        CHECK_FALSE(rx.gapSeen());
        // 0x0150 after 0x0105: 74 events lost (the session's middle), not rejected.
        CHECK(rx.receive(hex(vectors::kSessionEnded.bytes)).size() == 1);
        CHECK(rx.counters().lost == 0x0150 - 0x0105 - 1);
        CHECK(rx.gapSeen());
    }
    SECTION("two events across the wrap, no loss") {
        CHECK(rx.receive(hex("04 02 FE FF 00 32 00 C7 01")).size() == 1);
        const auto both = rx.receive(hex(vectors::kTwoSamples.bytes));
        REQUIRE(both.size() == 2);
        CHECK(std::get<PressureSample>(both[0].payload).pressureCn == 455);
        CHECK(std::get<PressureSample>(both[1].payload).pressureCn == 470);
        CHECK(rx.counters().lost == 0);
        CHECK(rx.lastSequence() == 0x0000);
    }
    SECTION("9.9: a rejected payload still moves `last`") {
        CHECK(rx.receive(hex("04 02 02 01 9D 30 00 9A 01")).size() == 1);
        CHECK(rx.receive(hex(vectors::kPassEndNegativePressure.bytes)).empty());
        CHECK(rx.lastSequence() == 0x0103);
        CHECK(rx.counters().count(ErrorKind::OutOfRange) == 1);
        CHECK(rx.counters().lost == 0);
        CHECK(rx.receive(hex(vectors::kFault.bytes)).size() == 1);
        CHECK(rx.counters().lost == 0);
    }
    SECTION("9.9: a truncated event does not move `last`") {
        CHECK(rx.receive(hex(vectors::kPressureSample.bytes)).size() == 1);
        CHECK(rx.receive(hex(vectors::kPassEndTruncated.bytes)).empty());
        CHECK(rx.lastSequence() == 0x0102);
        CHECK(rx.counters().count(ErrorKind::Truncated) == 1);
        // The device re-sends nothing; the next event shows the one lost.
        CHECK(rx.receive(hex(vectors::kFault.bytes)).size() == 1);
        CHECK(rx.counters().lost == 1);
    }
    SECTION("duplicates and stale events are dropped and counted") {
        CHECK(rx.receive(hex(vectors::kPassEndRoller.bytes)).size() == 1);
        CHECK(rx.receive(hex(vectors::kPassEndRoller.bytes)).empty());
        CHECK(rx.receive(hex(vectors::kPassStart.bytes)).empty());
        CHECK(rx.counters().duplicate == 1);
        CHECK(rx.counters().stale == 1);
        CHECK(rx.counters().accepted == 1);
        // A new subscription starts a new baseline.
        rx.resetSequence();
        CHECK(rx.receive(hex(vectors::kPassStart.bytes)).size() == 1);
    }
    SECTION("reserved types and a flood") {
        for (int i = 0; i < 60; ++i) {
            Bytes junk = hex("00 00 00 00 00 00 00");
            junk[2] = static_cast<std::uint8_t>(i);
            CHECK(rx.receive(junk).empty());
        }
        CHECK(rx.counters().count(ErrorKind::Reserved) == 60);
        CHECK(rx.counters().flooded());
        CHECK(rx.counters().lost == 0);
    }
    SECTION("an oversized notification is rejected whole") {
        Bytes n = hex(vectors::kTwoSamples.bytes);
        n.resize(24, 0);
        CHECK(rx.receive(n).empty());
        CHECK(rx.counters().count(ErrorKind::Oversized) == 1);
        CHECK_FALSE(rx.lastSequence());
    }
}
