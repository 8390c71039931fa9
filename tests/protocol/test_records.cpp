// Stored records (6.5.3 - 6.5.4): CRC-16/MCRF4XX, fragments, the record body of 9.7 and every
// check of 6.5.4, and reassembly with every fragment rule of 6.5.3.
#include "vectors.h"

#include <rollwise/core/protocol/stored_record.h>

#include <catch2/catch_test_macros.hpp>

#include <string_view>

using namespace rollwise;
using namespace rollwise::protocol;
using vectors::hex;

namespace {

std::vector<Bytes> record42Fragments() {
    std::vector<Bytes> out;
    for (const auto f : vectors::kRecord42Fragments) {
        out.push_back(hex(f));
    }
    return out;
}

Bytes record42Body() {
    Bytes body;
    for (const auto& f : record42Fragments()) {
        body.insert(body.end(), f.begin() + 4, f.end());
    }
    return body;
}

StoredRecord record42() {
    return parseRecordBody(record42Body(), 42).value();
}

// The body with one change, its CRC fixed up so the change is what gets checked.
Bytes patched(Bytes body, std::size_t at, std::initializer_list<std::uint8_t> bytes) {
    std::size_t i = at;
    for (const auto b : bytes) {
        body[i++] = b;
    }
    const std::uint16_t crc = crc16Mcrf4xx(ByteView(body).first(body.size() - 2));
    body[body.size() - 2] = static_cast<std::uint8_t>(crc & 0xFF);
    body[body.size() - 1] = static_cast<std::uint8_t>(crc >> 8);
    return body;
}

} // namespace

TEST_CASE("CRC-16/MCRF4XX", "[protocol][crc]") {
    const std::string_view check = "123456789";
    CHECK(crc16Mcrf4xx(ByteView(reinterpret_cast<const std::uint8_t*>(check.data()),
                                check.size())) == 0x6F91);
    CHECK(crc16Mcrf4xx(ByteView{}) == 0xFFFF);
    const Bytes body = record42Body();
    CHECK(crc16Mcrf4xx(ByteView(body).first(66)) == 0xB465); // 9.7
}

TEST_CASE("The record of 9.7", "[protocol][record]") {
    const Bytes body = record42Body();
    REQUIRE(body.size() == 68);
    const StoredRecord r = record42();
    CHECK(r.sequence == 42);
    CHECK(r.flags == 0);
    CHECK(r.endReason == EndReason::DeviceControl);
    CHECK(toTimePoint(r.startTime) == *parseIso("2025-03-12T20:15:00Z"));
    CHECK(r.durationS == 95);
    REQUIRE(r.headId);
    CHECK(r.headId->toHex() == "3F8A105CE2479B01");
    CHECK(r.depthAtStart == 20);
    CHECK(r.maxDepth == 20);
    CHECK(r.passCount == 2);
    CHECK(r.contactTenths == 47);
    CHECK(r.peakPressureCn == 620);
    CHECK(r.passesByDirection == std::array<std::uint8_t, 4>{1, 1, 0, 0});
    CHECK(r.strokeRate == 0);
    REQUIRE(r.passes.size() == 2);
    CHECK(r.passes[0].startTenths == 123);
    CHECK(r.passes[0].pass == PassSummary{StrokeDirection::Horizontal, 2100, 84, 40, 410, 560, 20});
    CHECK(r.passes[1].startTenths == 150);
    CHECK(r.passes[1].pass == PassSummary{StrokeDirection::Vertical, 2600, 91, 35, 450, 620, 20});
    // Build gives the same body and the same five fragments.
    CHECK(buildRecordBody(r).value() == body);
    CHECK(buildRecordFragments(42, body).value() == record42Fragments());
}

TEST_CASE("Record body: checks 1 - 7 of 6.5.4", "[protocol][record]") {
    const Bytes body = record42Body();
    struct Case {
        const char* name;
        Bytes bytes;
        ErrorKind kind;
        std::string_view field;
    };
    Bytes crcBroken = body;
    crcBroken.back() = 0xB5; // 9.9
    Bytes shortBody(body.begin(), body.end() - 1);
    Bytes longBody = body;
    longBody.push_back(0);
    const Case cases[] = {
        {"9.9 CRC mismatch", crcBroken, ErrorKind::CrcMismatch, "CRC"},
        {"one byte", Bytes{0x24}, ErrorKind::BadRecord, "body"},
        {"body shorter than S + E n + 2", shortBody, ErrorKind::BadRecord, "body"},
        {"body longer", longBody, ErrorKind::BadRecord, "body"},
        {"S = 35", patched(body, 0, {35}), ErrorKind::BadRecord, "summary length"},
        {"E = 14", patched(body, 1, {14}), ErrorKind::BadRecord, "pass entry size"},
        {"sequence 43", patched(body, 2, {43}), ErrorKind::BadRecord, "record sequence"},
        {"end reason 0", patched(body, 6, {0}), ErrorKind::BadRecord, "end reason"},
        {"start 0xFFFFFFFF", patched(body, 7, {0xFF, 0xFF, 0xFF, 0xFF}), ErrorKind::BadRecord,
         "start time"},
        {"duration 3601", patched(body, 11, {0x11, 0x0E}), ErrorKind::BadRecord, "duration"},
        {"head id all 0xFF", patched(body, 13, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}),
         ErrorKind::BadRecord, "head id"},
        {"depth 10 mm", patched(body, 21, {0xE8, 0x03}), ErrorKind::BadRecord, "depth at start"},
        {"max depth below start", patched(body, 23, {0x13, 0x00}), ErrorKind::BadRecord,
         "maximum depth"},
        {"pass count 1 < n", patched(body, 25, {1, 0}), ErrorKind::BadRecord,
         "stored pass entries"},
        {"pass count 3 without TRUNCATED", patched(body, 25, {3, 0}), ErrorKind::BadRecord,
         "stored pass entries"},
        {"contact 36001", patched(body, 27, {0xA1, 0x8C}), ErrorKind::BadRecord, "contact time"},
        {"peak 5001", patched(body, 29, {0x89, 0x13}), ErrorKind::BadRecord, "peak pressure"},
        {"stroke rate 201", patched(body, 35, {201}), ErrorKind::BadRecord, "stroke rate"},
        {"CLOCK_UNSET with a time", patched(body, 5, {0x04}), ErrorKind::BadRecord, "start time"},
        {"clock set, time 0", patched(body, 7, {0, 0, 0, 0}), ErrorKind::BadRecord, "start time"},
        {"pass start 36001", patched(body, 36, {0xA1, 0x8C}), ErrorKind::BadRecord, "pass start"},
        {"entries out of order", patched(body, 51, {0x7A, 0x00}), ErrorKind::BadRecord,
         "pass start"},
        {"a pass after the end", patched(body, 51, {0xA7, 0x03}), ErrorKind::BadRecord, "pass"},
        {"pass duration 0", patched(body, 39, {0, 0}), ErrorKind::BadRecord, "pass duration"},
        {"pass peak below mean", patched(body, 47, {0x99, 0x01}), ErrorKind::BadRecord,
         "peak pressure"},
        {"directions add up to 3", patched(body, 33, {1}), ErrorKind::BadRecord,
         "passes by direction"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto r = parseRecordBody(c.bytes, 42);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == c.kind);
        CHECK(r.error().field == c.field);
        CHECK(r.error().frame == FrameKind::RecordBody);
    }
    // The fragment header's sequence must match.
    CHECK(parseRecordBody(body, 41).error().field == "record sequence");
}

TEST_CASE("Record body: what later versions may add, and fallbacks", "[protocol][record]") {
    const StoredRecord base = record42();
    // A saturated direction count lets the sum exceed the pass count.
    {
        StoredRecord r = base;
        r.flags = recordflag::kTruncated;
        r.passCount = 300;
        r.passesByDirection = {255, 10, 0, 0};
        const auto body = buildRecordBody(r);
        REQUIRE(body);
        CHECK(parseRecordBody(body.value(), 42).value() == r);
    }
    // CLOCK_UNSET with start 0, no head id, unknown depths, no pressure.
    {
        StoredRecord r = base;
        r.flags = recordflag::kClockUnset | recordflag::kLive | recordflag::kHeadChanged;
        r.startTime = 0;
        r.headId.reset();
        r.depthAtStart.reset();
        r.maxDepth.reset();
        r.peakPressureCn.reset();
        for (auto& p : r.passes) {
            p.pass.meanPressureCn.reset();
            p.pass.peakPressureCn.reset();
        }
        const auto body = buildRecordBody(r);
        REQUIRE(body);
        CHECK(parseRecordBody(body.value(), 42).value() == r);
    }
    // S = 40 and E = 17: the extra bytes are skipped.
    {
        const Bytes v1 = record42Body();
        Bytes wide;
        wide.insert(wide.end(), v1.begin(), v1.begin() + 36);
        wide[0] = 40;
        wide[1] = 17;
        wide.insert(wide.end(), {0xEE, 0xEE, 0xEE, 0xEE});
        for (int i = 0; i < 2; ++i) {
            const auto* entry = v1.data() + 36 + 15 * i;
            wide.insert(wide.end(), entry, entry + 15);
            wide.insert(wide.end(), {0xDD, 0xDD});
        }
        wide.push_back(0);
        wide.push_back(0);
        wide = patched(wide, 0, {40});
        const auto r = parseRecordBody(wide, 42);
        REQUIRE(r);
        CHECK(r.value() == base);
    }
    // A reserved end reason reads as other; the builder will not send it.
    {
        const auto r = parseRecordBody(patched(record42Body(), 6, {0x33}), 42);
        REQUIRE(r);
        CHECK(r.value().endReason == EndReason::Other);
        CHECK(r.value().reservedFallbacks == 1);
        CHECK_FALSE(buildRecordBody(r.value()));
    }
    // Reserved directions in entries are counted too.
    {
        const auto r = parseRecordBody(patched(record42Body(), 38, {0x09}), 42);
        REQUIRE(r);
        CHECK(r.value().passes[0].pass.direction == StrokeDirection::Unknown);
        CHECK(r.value().reservedFallbacks == 1);
    }
    // The builder refuses what the parser rejects.
    StoredRecord bad = base;
    bad.passCount = 1;
    CHECK(buildRecordBody(bad).error().kind == ErrorKind::BadRecord);
    bad = base;
    bad.passes.resize(256);
    CHECK_FALSE(buildRecordBody(bad));
    bad = base;
    bad.passes[0].pass.durationMs = 0;
    CHECK(buildRecordBody(bad).error().field == "pass duration");
}

TEST_CASE("Record fragments: 6.5.3 rules", "[protocol][fragment]") {
    const auto frags = record42Fragments();
    for (std::size_t i = 0; i < frags.size(); ++i) {
        const auto f = parseRecordFragment(frags[i]);
        REQUIRE(f);
        CHECK(f.value().sequence == 42);
        CHECK(f.value().index == i);
        CHECK(f.value().count == 5);
        CHECK(f.value().chunk.size() == (i < 4 ? 16u : 4u));
    }
    struct Case {
        const char* name;
        Bytes bytes;
        ErrorKind kind;
    };
    const Case cases[] = {
        {"9.9 index 5 of 5", hex(vectors::kFragmentIndexTooHigh.bytes), ErrorKind::OutOfRange},
        {"9.9 short, not last", hex(vectors::kFragmentShortNotLast.bytes),
         ErrorKind::LengthMismatch},
        {"4 bytes", hex("2A 00 04 05"), ErrorKind::TooShort},
        {"21 bytes", Bytes(21, 1), ErrorKind::Oversized},
        {"sequence 0", hex("00 00 00 01 24"), ErrorKind::OutOfRange},
        {"count 0", hex("2A 00 00 00 24"), ErrorKind::OutOfRange},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto r = parseRecordFragment(c.bytes);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == c.kind);
    }
    // Building: sizes 1, 16, 17, 4080; 0 and 4081 refused.
    CHECK(buildRecordFragments(1, Bytes(1, 7)).value() ==
          std::vector<Bytes>{hex("01 00 00 01 07")});
    CHECK(buildRecordFragments(1, Bytes(16, 7)).value().size() == 1);
    CHECK(buildRecordFragments(1, Bytes(17, 7)).value().size() == 2);
    const auto max = buildRecordFragments(0xFFFF, Bytes(kRecordBodyMax, 7));
    REQUIRE(max);
    CHECK(max.value().size() == 255);
    CHECK(max.value().back()[2] == 254);
    CHECK_FALSE(buildRecordFragments(1, Bytes{}));
    CHECK_FALSE(buildRecordFragments(1, Bytes(kRecordBodyMax + 1, 7)));
    CHECK_FALSE(buildRecordFragments(0, Bytes(3, 7)));
}

TEST_CASE("Reassembly", "[protocol][fragment]") {
    const auto frags = record42Fragments();
    RecordAssembler assembler;
    assembler.beginProcedure();

    SECTION("in order: one complete body") {
        for (std::size_t i = 0; i < 4; ++i) {
            const auto step = assembler.feed(frags[i]);
            CHECK_FALSE(step.complete);
            CHECK_FALSE(step.error);
            CHECK(assembler.assembling());
        }
        const auto last = assembler.feed(frags[4]);
        REQUIRE(last.complete);
        CHECK(last.complete->sequence == 42);
        CHECK(last.complete->body == record42Body());
        CHECK_FALSE(assembler.assembling());
        CHECK(assembler.counters().accepted == 1);
    }
    SECTION("a new index 0 discards the open record") {
        (void)assembler.feed(frags[0]);
        (void)assembler.feed(frags[1]);
        Bytes other = frags[0];
        other[0] = 43;
        const auto step = assembler.feed(other);
        CHECK(step.recordLost);
        CHECK_FALSE(step.error);
        CHECK(assembler.counters().count(ErrorKind::IncompleteRecord) == 1);
    }
    SECTION("a skipped index") {
        (void)assembler.feed(frags[0]);
        const auto step = assembler.feed(frags[2]);
        REQUIRE(step.error);
        CHECK(step.error->kind == ErrorKind::InconsistentFragment);
        CHECK(step.recordLost);
        CHECK_FALSE(assembler.assembling());
        // The rest of that record is stray now.
        CHECK(assembler.feed(frags[3]).error->kind == ErrorKind::InconsistentFragment);
        CHECK(assembler.counters().count(ErrorKind::InconsistentFragment) == 2);
    }
    SECTION("a fragment of another record, or another count") {
        (void)assembler.feed(frags[0]);
        Bytes wrongSequence = frags[1];
        wrongSequence[0] = 43;
        CHECK(assembler.feed(wrongSequence).error->kind == ErrorKind::InconsistentFragment);
        (void)assembler.feed(frags[0]);
        Bytes wrongCount = frags[1];
        wrongCount[3] = 6;
        CHECK(assembler.feed(wrongCount).error->kind == ErrorKind::InconsistentFragment);
    }
    SECTION("a malformed fragment discards the open record") {
        (void)assembler.feed(frags[0]);
        const auto step = assembler.feed(hex(vectors::kFragmentShortNotLast.bytes));
        REQUIRE(step.error);
        CHECK(step.error->kind == ErrorKind::LengthMismatch);
        CHECK(step.recordLost);
        CHECK_FALSE(assembler.assembling());
    }
    SECTION("a record repeated after it was complete is a duplicate, not a loss") {
        for (const auto& f : frags) {
            (void)assembler.feed(f);
        }
        for (const auto& f : frags) {
            const auto step = assembler.feed(f);
            CHECK_FALSE(step.complete);
            REQUIRE(step.error);
            CHECK(step.error->kind == ErrorKind::InconsistentFragment);
            CHECK_FALSE(step.recordLost);
        }
        // A new procedure forgets the previous record.
        assembler.beginProcedure();
        for (std::size_t i = 0; i < 4; ++i) {
            (void)assembler.feed(frags[i]);
        }
        CHECK(assembler.feed(frags[4]).complete);
    }
    SECTION("an older record after a newer one") {
        Bytes newer = hex("2B 00 00 01 24");
        CHECK(assembler.feed(newer).complete);
        const auto step = assembler.feed(frags[0]);
        CHECK(step.error);
        CHECK_FALSE(step.recordLost);
    }
    SECTION("discard at the end of a procedure") {
        (void)assembler.feed(frags[0]);
        CHECK(assembler.discard());
        CHECK_FALSE(assembler.discard());
        CHECK(assembler.counters().count(ErrorKind::IncompleteRecord) == 1);
    }
}
