// Device Features (6.1) and Head Identity (6.2): the reference frames of sections 8 and 9.3,
// round trips, and every rejection.
#include "vectors.h"

#include <rollwise/core/protocol/features.h>

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace rollwise;
using namespace rollwise::protocol;
using vectors::hex;

namespace {

// No error message may carry the frame's content; only the rule and the field.
void checkMessageHasNoValue(const ProtocolError& error, const std::string& value) {
    CAPTURE(error.message, value);
    CHECK(error.message.find(value) == std::string::npos);
}

} // namespace

TEST_CASE("Device Features of the reference devices", "[protocol][features]") {
    const auto roller = parseDeviceFeatures(hex(vectors::kFeaturesRoller.bytes));
    REQUIRE(roller);
    const DeviceFeatures& r = roller.value();
    CHECK(r.protocolMajor == 1);
    CHECK(r.protocolMinor == 0);
    CHECK(r.family == Family::Roller);
    CHECK(r.sensors == (sensor::kMotion | sensor::kPressure | sensor::kSpeed));
    CHECK(r.capabilities ==
          (capability::kVibration | capability::kReplaceableHead | capability::kRtc));
    CHECK(r.needleCount == 540);
    CHECK(r.depthMin == 20);
    CHECK(r.depthMax == 20);
    CHECK(r.depthStep == 0);
    CHECK_FALSE(r.adjustable());
    CHECK(r.recordCapacity == 30);
    CHECK(r.storeId == 0x5A17C3E1);
    CHECK(coreFamily(r) == DeviceFamily::SmartRoller);

    const auto pen = parseDeviceFeatures(hex(vectors::kFeaturesPen.bytes));
    REQUIRE(pen);
    const DeviceFeatures& p = pen.value();
    CHECK(p.family == Family::Pen);
    CHECK(p.sensors == (sensor::kSpeed | sensor::kDepth | sensor::kStamping));
    CHECK(p.can(capability::kRemoteDepth));
    CHECK(p.needleCount == 11);
    CHECK(p.depthMin == 50);
    CHECK(p.depthMax == 250);
    CHECK(p.depthStep == 25);
    CHECK(p.adjustable());
    CHECK(p.depthAllowed(125));
    CHECK_FALSE(p.depthAllowed(130)); // off the 0.25 mm grid
    CHECK_FALSE(p.depthAllowed(25));
    CHECK_FALSE(p.depthAllowed(275));
    CHECK(p.storeId == 0x9E04B722);
    CHECK(coreFamily(p) == DeviceFamily::Pen);

    const auto home = parseDeviceFeatures(hex(vectors::kFeaturesHome.bytes));
    REQUIRE(home);
    CHECK(home.value().needleCount == 192);
    CHECK(home.value().depthMin == 30);
    CHECK(home.value().sensors == sensor::kMotion);
    CHECK(home.value().capabilities == capability::kReplaceableHead);
    CHECK(coreFamily(home.value()) == DeviceFamily::HomeTool);

    for (const auto& v :
         {vectors::kFeaturesRoller, vectors::kFeaturesPen, vectors::kFeaturesHome}) {
        CAPTURE(v.name);
        CHECK(buildDeviceFeatures(parseDeviceFeatures(hex(v.bytes)).value()).value() ==
              hex(v.bytes));
    }
}

TEST_CASE("Device Features: later minors, reserved bits and families", "[protocol][features]") {
    Bytes longer = hex(vectors::kFeaturesRoller.bytes);
    longer[1] = 7; // any minor is accepted
    longer.push_back(0xAB);
    const auto parsed = parseDeviceFeatures(longer);
    REQUIRE(parsed);
    CHECK(parsed.value().protocolMinor == 7);
    CHECK(parsed.value().storeId == 0x5A17C3E1);

    Bytes reservedBits = hex(vectors::kFeaturesRoller.bytes);
    reservedBits[3] |= 0xE0;
    reservedBits[4] |= 0xF0;
    CHECK(parseDeviceFeatures(reservedBits).value() ==
          parseDeviceFeatures(hex(vectors::kFeaturesRoller.bytes)).value());

    Bytes reservedFamily = hex(vectors::kFeaturesRoller.bytes);
    reservedFamily[2] = 9;
    const auto unknown = parseDeviceFeatures(reservedFamily);
    REQUIRE(unknown);
    CHECK(unknown.value().family == Family::Unknown);
    CHECK(coreFamily(unknown.value()) == DeviceFamily::PlainRoller); // manual mode
    CHECK_FALSE(buildDeviceFeatures(unknown.value()));

    Bytes stamp = hex(vectors::kFeaturesHome.bytes);
    stamp[2] = 3;
    CHECK(parseDeviceFeatures(stamp).value().family == Family::Stamp);
}

TEST_CASE("Device Features: every rejection", "[protocol][features]") {
    const Bytes base = hex(vectors::kFeaturesRoller.bytes);
    struct Case {
        const char* name;
        Bytes bytes;
        ErrorKind kind;
        std::string_view field;
    };
    const auto with = [&](std::initializer_list<std::pair<std::size_t, std::uint8_t>> changes,
                          const Bytes& from) {
        Bytes b = from;
        for (const auto& [at, value] : changes) {
            b.at(at) = value; // checked: a bad table entry fails loudly
        }
        return b;
    };
    const Bytes pen = hex(vectors::kFeaturesPen.bytes);
    const Case cases[] = {
        {"9.9 depth min > max", hex(vectors::kFeaturesMinAboveMax.bytes), ErrorKind::Inconsistent,
         "depth"},
        {"9.9 store id 0", hex(vectors::kFeaturesStoreIdZero.bytes), ErrorKind::OutOfRange,
         "record store id"},
        {"18 bytes", Bytes(base.begin(), base.end() - 1), ErrorKind::TooShort, ""},
        {"21 bytes",
         [&] {
             Bytes b = base;
             b.resize(21);
             return b;
         }(),
         ErrorKind::Oversized, ""},
        {"major 2", with({{0, 2}}, base), ErrorKind::UnsupportedVersion, "protocol major"},
        {"major 0", with({{0, 0}}, base), ErrorKind::UnsupportedVersion, "protocol major"},
        {"family 0", with({{2, 0}}, base), ErrorKind::OutOfRange, "family"},
        {"needle count 0", with({{5, 0}, {6, 0}}, base), ErrorKind::OutOfRange, "needle count"},
        {"needle count 2001", with({{5, 0xD1}, {6, 0x07}}, base), ErrorKind::OutOfRange,
         "needle count"},
        {"10 mm depth", with({{7, 0xE8}, {8, 0x03}, {9, 0xE8}, {10, 0x03}}, base),
         ErrorKind::OutOfRange, "depth min"},
        {"depth max 0xFFFF", with({{9, 0xFF}, {10, 0xFF}}, base), ErrorKind::OutOfRange,
         "depth max"},
        {"fixed but min != max", with({{9, 0x1E}}, base), ErrorKind::Inconsistent, "depth"},
        {"fixed with DEPTH", with({{3, 0x0F}}, base), ErrorKind::Inconsistent, "depth"},
        {"fixed with REMOTE_DEPTH", with({{4, 0x0F}}, base), ErrorKind::Inconsistent, "depth"},
        {"step does not divide", with({{11, 0x1A}}, pen), ErrorKind::Inconsistent, "depth step"},
        {"adjustable, min = max", with({{9, 0x32}, {10, 0x00}}, pen), ErrorKind::Inconsistent,
         "depth"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto r = parseDeviceFeatures(c.bytes);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == c.kind);
        CHECK(r.error().field == c.field);
        CHECK(r.error().frame == FrameKind::DeviceFeatures);
        CHECK(r.error().message.starts_with("Device Features: "));
    }
    // The builder refuses the same values.
    DeviceFeatures f = parseDeviceFeatures(base).value();
    f.storeId = 0;
    CHECK_FALSE(buildDeviceFeatures(f));
    f = parseDeviceFeatures(base).value();
    f.depthMax = 1000;
    CHECK_FALSE(buildDeviceFeatures(f));
    f = parseDeviceFeatures(base).value();
    f.sensors = 0x20;
    CHECK_FALSE(buildDeviceFeatures(f));
}

TEST_CASE("Head Identity of 9.3", "[protocol][head]") {
    const auto roller = parseHeadIdentity(hex(vectors::kHeadRoller.bytes));
    REQUIRE(roller);
    const HeadIdentity& r = roller.value();
    CHECK(r.present());
    CHECK(r.hasId());
    CHECK_FALSE(r.damaged());
    CHECK_FALSE(r.singleUse());
    CHECK(r.id.toHex() == "3F8A105CE2479B01");
    CHECK(r.needleLength == 20);
    CHECK(r.needleCount == 540);
    CHECK(r.firstUse == 794'171'050u);
    CHECK(toTimePoint(r.firstUse) == *parseIso("2025-03-01T19:04:10Z"));
    CHECK(r.useCount == 3);

    const auto pen = parseHeadIdentity(hex(vectors::kHeadPen.bytes));
    REQUIRE(pen);
    CHECK(pen.value().singleUse());
    CHECK(pen.value().id.toHex() == "C70E5512A0B3D904");
    CHECK(pen.value().needleLength == 250);
    CHECK(pen.value().needleCount == 11);
    CHECK(pen.value().firstUse == kTimestampUnknown);
    CHECK(pen.value().useCount == 0);

    const auto none = parseHeadIdentity(hex(vectors::kHeadNone.bytes));
    REQUIRE(none);
    CHECK_FALSE(none.value().present());
    CHECK(none.value() == HeadIdentity{});

    for (const auto& v : {vectors::kHeadRoller, vectors::kHeadPen, vectors::kHeadNone}) {
        CAPTURE(v.name);
        CHECK(buildHeadIdentity(parseHeadIdentity(hex(v.bytes)).value()).value() == hex(v.bytes));
    }
}

TEST_CASE("Head Identity: what is ignored and what is rejected", "[protocol][head]") {
    // Without PRESENT everything else is ignored, even garbage.
    Bytes noHead = hex(vectors::kHeadRoller.bytes);
    noHead[0] = 0x02;
    noHead[9] = 0xE8;
    noHead[10] = 0x03;
    CHECK(parseHeadIdentity(noHead).value() == HeadIdentity{});
    // Without ID_VALID the id is ignored.
    Bytes noChip = hex(vectors::kHeadRoller.bytes);
    noChip[0] = 0x01;
    const auto chipless = parseHeadIdentity(noChip);
    REQUIRE(chipless);
    CHECK(chipless.value().id == HeadId{});
    CHECK(chipless.value().needleLength == 20);
    // Reserved flag bits are ignored; DAMAGED is read.
    Bytes damaged = hex(vectors::kHeadRoller.bytes);
    damaged[0] = 0xF7;
    CHECK(parseHeadIdentity(damaged).value().damaged());
    CHECK(parseHeadIdentity(damaged).value().flags == 0x07);

    // 9.9: a 10 mm needle.
    const auto tenMm = parseHeadIdentity(hex(vectors::kHeadTenMillimetres.bytes));
    REQUIRE_FALSE(tenMm);
    CHECK(tenMm.error().kind == ErrorKind::OutOfRange);
    CHECK(tenMm.error().field == "needle length");
    CHECK(tenMm.error().message == "Head Identity: needle length must be 0.10 - 3.00 mm");
    checkMessageHasNoValue(tenMm.error(), "1000");
    checkMessageHasNoValue(tenMm.error(), "10.00");
    checkMessageHasNoValue(tenMm.error(), "E8");

    const auto with = [](std::initializer_list<std::pair<std::size_t, std::uint8_t>> changes) {
        Bytes b = hex(vectors::kHeadRoller.bytes);
        for (const auto& [at, value] : changes) {
            b[at] = value;
        }
        return b;
    };
    CHECK(parseHeadIdentity(with({{9, 9}, {10, 0}})).error().field == "needle length");
    CHECK(parseHeadIdentity(with({{9, 0xFF}, {10, 0xFF}})).error().field == "needle length");
    CHECK(parseHeadIdentity(with({{11, 0}, {12, 0}})).error().field == "needle count");
    CHECK(parseHeadIdentity(with({{11, 0xD1}, {12, 0x07}})).error().field == "needle count");
    CHECK(parseHeadIdentity(with({{13, 0xFF}, {14, 0xFF}, {15, 0xFF}, {16, 0xFF}})).error().field ==
          "first use");
    CHECK(parseHeadIdentity(with({{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}, {7, 0}, {8, 0}}))
              .error()
              .field == "head id");
    CHECK(parseHeadIdentity(with({{1, 0xFF},
                                  {2, 0xFF},
                                  {3, 0xFF},
                                  {4, 0xFF},
                                  {5, 0xFF},
                                  {6, 0xFF},
                                  {7, 0xFF},
                                  {8, 0xFF}}))
              .error()
              .field == "head id");
    const Bytes roller = hex(vectors::kHeadRoller.bytes);
    CHECK(parseHeadIdentity(ByteView(roller).first(18)).error().kind == ErrorKind::TooShort);
    Bytes longer = roller;
    longer.push_back(0x42); // appended fields of a later minor
    CHECK(parseHeadIdentity(longer).value() == parseHeadIdentity(roller).value());
    longer.resize(21);
    CHECK(parseHeadIdentity(longer).error().kind == ErrorKind::Oversized);

    // The messages depend on the rule, never on the value that broke it.
    CHECK(parseHeadIdentity(with({{9, 9}, {10, 0}})).error().message ==
          parseHeadIdentity(with({{9, 0x2D}, {10, 0x01}})).error().message);

    // Builders refuse what the parser rejects, and fields a frame cannot carry.
    HeadIdentity h = parseHeadIdentity(roller).value();
    h.needleLength = 1000;
    CHECK(buildHeadIdentity(h).error().field == "needle length");
    HeadIdentity ghost;
    ghost.needleLength = 20; // without PRESENT
    CHECK(buildHeadIdentity(ghost).error().kind == ErrorKind::Inconsistent);
    HeadIdentity idWithoutFlag = parseHeadIdentity(roller).value();
    idWithoutFlag.flags = headflag::kPresent;
    CHECK(buildHeadIdentity(idWithoutFlag).error().field == "head id");
    HeadIdentity reserved = parseHeadIdentity(roller).value();
    reserved.flags |= 0x80;
    CHECK(buildHeadIdentity(reserved).error().field == "flags");
}
