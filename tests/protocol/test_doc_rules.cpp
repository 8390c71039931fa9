// What docs/device-protocol.md settles where a device has a choice (5.7), checked against the
// codec (the fresh store's records of 9.10) and the simulated devices (first live sequence,
// Current Time unset form, Head Identity on subscription, rounding, the idle tail).
#include "harness.h"
#include "vectors.h"

#include <rollwise/core/protocol/stored_record.h>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::protocol;
using namespace rollwise::protocol::test;
using vectors::hex;

namespace {

void ready(Harness& h) {
    REQUIRE(h.connect());
    REQUIRE(h.subscribe(uuid::kLiveEvents) == att::kSuccess);
    REQUIRE(h.subscribe(uuid::kControlPoint) == att::kSuccess);
}

PassMotion motion(StrokeDirection d, std::chrono::milliseconds duration) {
    PassMotion m;
    m.direction = d;
    m.duration = duration;
    m.speedMmPerS = 40;
    m.meanPressureCn = 300;
    m.peakPressureCn = 380;
    return m;
}

} // namespace

TEST_CASE("the fresh store's first records of 9.10 reassemble and read as the document says",
          "[protocol][records][doc]") {
    // docs/device-protocol.md 9.10, byte for byte.
    const std::vector<std::string_view> record1 = {
        "01 00 00 04 24 0F 01 00 01 00 01 98 B3 66 2F 29 00 3F 8A 10",
        "01 00 01 04 5C E2 47 9B 01 14 00 14 00 01 00 12 00 FE 01 01",
        "01 00 02 04 00 00 00 00 20 00 01 08 07 48 00 28 00 7C 01 FE",
        "01 00 03 04 01 14 00 3E 87",
    };
    const std::vector<std::string_view> record2 = {
        "02 00 00 05 24 0F 02 00 02 00 03 20 2B 67 2F 89 00 3F 8A 10",
        "02 00 01 05 5C E2 47 9B 01 14 00 14 00 02 00 2F 00 30 02 01",
        "02 00 02 05 01 00 00 00 64 00 02 D0 07 50 00 28 00 90 01 12",
        "02 00 03 05 02 14 00 91 00 01 5A 0A 60 00 24 00 A4 01 30 02",
        "02 00 04 05 14 00 A8 7F",
    };
    RecordAssembler assembler;
    assembler.beginProcedure();
    std::vector<StoredRecord> records;
    for (const auto* fragments : {&record1, &record2}) {
        for (const auto f : *fragments) {
            auto step = assembler.feed(hex(f));
            REQUIRE_FALSE(step.error);
            if (step.complete) {
                auto parsed = parseRecordBody(step.complete->body, step.complete->sequence);
                REQUIRE(parsed);
                records.push_back(parsed.value());
            }
        }
    }
    REQUIRE(records.size() == 2);
    const StoredRecord& first = records[0];
    CHECK(first.sequence == 1);
    CHECK(first.startTime == 795'259'800U);
    CHECK(first.durationS == 41);     // 41.7 s, truncated
    CHECK(first.contactTenths == 18); // 1800 ms
    REQUIRE(first.passes.size() == 1);
    CHECK(first.passes[0].startTenths == 32);
    CHECK(first.passes[0].pass.durationMs == 1800);
    const StoredRecord& second = records[1];
    CHECK(second.sequence == 2);
    CHECK(second.endReason == EndReason::IdleTimeout);
    CHECK(second.durationS == 137);    // the last pass ended at 17.15 s, plus the 120 s tail
    CHECK(second.contactTenths == 47); // 2000 + 2650 ms, halves up
    REQUIRE(second.passes.size() == 2);
    CHECK(second.passes[1].startTenths == 145);
}

TEST_CASE("Simulator: the rules the document settles (5.7)", "[protocol][sim][doc]") {
    Harness h(DeviceFamily::SmartRoller);
    ready(h);
    SECTION("Head Identity sends nothing when its notifications are enabled") {
        const std::size_t mark = h.log.size();
        REQUIRE(h.subscribe(uuid::kHeadIdentity) == att::kSuccess);
        h.advance(1000ms);
        CHECK(h.values(uuid::kHeadIdentity, mark).empty());
    }
    SECTION("contact time rounds halves up, duration and pass start truncate") {
        h.device.pressButton();
        h.advance(1000ms);
        REQUIRE(h.device.performPass(motion(StrokeDirection::Horizontal, 2000ms)));
        h.advance(3050ms, 50ms);
        REQUIRE(h.device.performPass(motion(StrokeDirection::Vertical, 2650ms)));
        h.advance(3000ms, 50ms);
        h.advance(1550ms, 50ms); // 8.6 s after the start
        h.device.pressButton();
        h.pump();
        REQUIRE(h.device.records().size() == 1);
        const auto& r = h.device.records().begin()->second;
        CHECK(r.contactTenths == 47); // 4650 ms
        CHECK(r.durationS == 8);      // 8.6 s, truncated
        REQUIRE(r.passes.size() == 2);
        CHECK(r.passes[0].startTenths == 10);
        CHECK(r.passes[1].startTenths == 40); // 4.05 s, truncated
    }
}
