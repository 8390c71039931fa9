// UUIDs (section 4) and the standard characteristics (5.5, 5.6): table tests with the worked
// examples of 9.2, round trips, and every length and range error.
#include "vectors.h"

#include <rollwise/core/protocol/advertising.h>
#include <rollwise/core/protocol/standard.h>
#include <rollwise/core/protocol/uuid.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace rollwise;
using namespace rollwise::protocol;
using vectors::hex;

TEST_CASE("UUIDs are the ones section 4 lists", "[protocol][uuid]") {
    CHECK(toString(uuid::kRollwiseService) == "7b2a0001-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kDeviceFeatures) == "7b2a0002-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kHeadIdentity) == "7b2a0003-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kLiveEvents) == "7b2a0004-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kControlPoint) == "7b2a0005-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kStoredRecord) == "7b2a0006-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kRecordAccessControl) == "7b2a0007-6f41-4c1e-9f3a-d2c85e0b17a4");
    CHECK(toString(uuid::kCurrentTime) == "00002a2b-0000-1000-8000-00805f9b34fb");
    CHECK(toString(uuid::kBatteryLevel) == "00002a19-0000-1000-8000-00805f9b34fb");
    CHECK(toString(uuid::kClientCharacteristicConfiguration) ==
          "00002902-0000-1000-8000-00805f9b34fb");
    CHECK(toString(uuid::kLocalTimeInformation) == "00002a0f-0000-1000-8000-00805f9b34fb");
    CHECK(toString(uuid::kServiceChanged) == "00002a05-0000-1000-8000-00805f9b34fb");
}

TEST_CASE("UUID text and advertising byte order", "[protocol][uuid]") {
    const auto parsed = parseUuid("7B2A0001-6F41-4C1E-9F3A-D2C85E0B17A4");
    REQUIRE(parsed);
    CHECK(*parsed == uuid::kRollwiseService);
    CHECK(parseUuid(toString(uuid::kSerialNumber)) == uuid::kSerialNumber);
    CHECK_FALSE(parseUuid("7b2a0001-6f41-4c1e-9f3a-d2c85e0b17a"));
    CHECK_FALSE(parseUuid("7b2a0001x6f41-4c1e-9f3a-d2c85e0b17a4"));
    CHECK_FALSE(parseUuid("7b2a0001-6f41-4c1e-9f3a-d2c85e0b17ag"));
    CHECK_FALSE(parseUuid("7b2a00016-f41-4c1e-9f3a-d2c85e0b17a4"));
    // 9.1: the service UUID in advertising data, byte-reversed.
    const Bytes adv = hex("A4 17 0B 5E C8 D2 3A 9F 1E 4C 41 6F 01 00 2A 7B");
    const auto le = littleEndian(uuid::kRollwiseService);
    CHECK(Bytes(le.begin(), le.end()) == adv);
    CHECK(fromLittleEndian(le) == uuid::kRollwiseService);
    // Distinct attributes have distinct UUIDs, and none is the base.
    CHECK(uuid::kRollwiseBase != uuid::kRollwiseService);
    CHECK(uuid::kDeviceFeatures < uuid::kHeadIdentity);
}

TEST_CASE("Current Time: the worked example of 9.2", "[protocol][cts]") {
    const auto parsed = parseCurrentTime(hex(vectors::kCurrentTime.bytes));
    REQUIRE(parsed);
    const CurrentTime& t = parsed.value();
    CHECK(t.year == 2025);
    CHECK(t.month == 3);
    CHECK(t.day == 14);
    CHECK(t.hours == 10);
    CHECK(t.minutes == 26);
    CHECK(t.seconds == 53);
    CHECK(t.dayOfWeek == 5);
    CHECK(t.fractions256 == 0x80);
    CHECK(t.adjustReason == adjust::kManualTimeUpdate);
    CHECK(buildCurrentTime(t).value() == hex(vectors::kCurrentTime.bytes));

    // With Local Time Information 04 00 (UTC+01:00) the device clock is 09:26:53Z.
    const auto lti = parseLocalTimeInformation(hex(vectors::kLocalTime.bytes));
    REQUIRE(lti);
    CHECK(lti.value().timeZone == 4);
    CHECK(lti.value().dstOffset == 0);
    CHECK(lti.value().utcOffset() == Minutes(60));
    const TimePoint utc = *localSeconds(t) - lti.value().utcOffset();
    CHECK(toTimestamp(utc) == 795'259'613u);
    CHECK(currentTimeAt(utc, lti.value().utcOffset(), 0x80) == t);
}

TEST_CASE("Current Time: unset, and every rejected field", "[protocol][cts]") {
    const auto unset = parseCurrentTime(Bytes(10, 0));
    REQUIRE(unset);
    CHECK_FALSE(unset.value().isSet());
    CHECK_FALSE(localSeconds(unset.value()));
    CHECK_FALSE(buildCurrentTime(unset.value()));

    struct Case {
        const char* name;
        const char* bytes;
        ErrorKind kind;
        std::string_view field;
    };
    const Case cases[] = {
        {"9 bytes", "E9 07 03 0E 0A 1A 35 05 80", ErrorKind::LengthMismatch, ""},
        {"11 bytes", "E9 07 03 0E 0A 1A 35 05 80 01 00", ErrorKind::LengthMismatch, ""},
        {"month 13", "E9 07 0D 0E 0A 1A 35 05 80 01", ErrorKind::OutOfRange, "month"},
        {"30 February", "E9 07 02 1E 0A 1A 35 05 80 01", ErrorKind::OutOfRange, "day"},
        {"hour 24", "E9 07 03 0E 18 1A 35 05 80 01", ErrorKind::OutOfRange, "hours"},
        {"minute 60", "E9 07 03 0E 0A 3C 35 05 80 01", ErrorKind::OutOfRange, "minutes"},
        {"second 60", "E9 07 03 0E 0A 1A 3C 05 80 01", ErrorKind::OutOfRange, "seconds"},
        {"day of week 8", "E9 07 03 0E 0A 1A 35 08 80 01", ErrorKind::OutOfRange, "day of week"},
        {"Thursday", "E9 07 03 0E 0A 1A 35 04 80 01", ErrorKind::Inconsistent, "day of week"},
        {"year 1500", "DC 05 03 0E 0A 1A 35 05 80 01", ErrorKind::OutOfRange, "year"},
        {"unknown month only", "E9 07 00 0E 0A 1A 35 05 80 01", ErrorKind::Inconsistent, "date"},
        {"unset with a time", "00 00 00 00 0A 00 00 00 00 00", ErrorKind::Inconsistent, "time"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto r = parseCurrentTime(hex(c.bytes));
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == c.kind);
        CHECK(r.error().field == c.field);
        CHECK(r.error().frame == FrameKind::CurrentTime);
    }

    // The builder writes only 2000 - 2135, a known day of week, no reserved adjust bits.
    CurrentTime t = parseCurrentTime(hex(vectors::kCurrentTime.bytes)).value();
    CurrentTime old = t;
    old.year = 1999;
    old.dayOfWeek = 0;
    CHECK(buildCurrentTime(old).error().field == "year");
    CurrentTime noWeekday = t;
    noWeekday.dayOfWeek = 0;
    CHECK(buildCurrentTime(noWeekday).error().field == "day of week");
    CurrentTime reservedBits = t;
    reservedBits.adjustReason = 0x10;
    CHECK(buildCurrentTime(reservedBits).error().field == "adjust reason");
    // A read ignores the reserved adjust bits.
    Bytes withReserved = hex(vectors::kCurrentTime.bytes);
    withReserved[9] = 0xF1;
    CHECK(parseCurrentTime(withReserved).value().adjustReason == 0x01);
}

TEST_CASE("Local Time Information: ranges and unknowns", "[protocol][cts]") {
    CHECK(parseLocalTimeInformation(hex("D0 00")).value().timeZone == -48);
    CHECK(parseLocalTimeInformation(hex("38 08")).value().timeZone == 56);
    const auto unknown = parseLocalTimeInformation(hex("80 FF"));
    REQUIRE(unknown);
    CHECK_FALSE(unknown.value().known());
    CHECK_FALSE(buildLocalTimeInformation(unknown.value()));
    CHECK(parseLocalTimeInformation(hex("CF 00")).error().field == "time zone");
    CHECK(parseLocalTimeInformation(hex("39 00")).error().field == "time zone");
    CHECK(parseLocalTimeInformation(hex("04 01")).error().field == "DST offset");
    CHECK(parseLocalTimeInformation(hex("04")).error().kind == ErrorKind::LengthMismatch);
    CHECK(parseLocalTimeInformation(hex("04 00 00")).error().kind == ErrorKind::LengthMismatch);
    for (const std::uint8_t dst : {0, 2, 4, 8}) {
        const LocalTimeInformation lti{-20, dst};
        CHECK(parseLocalTimeInformation(buildLocalTimeInformation(lti).value()).value() == lti);
    }
    CHECK(buildLocalTimeInformation({0, 3}).error().field == "DST offset");
    CHECK(buildLocalTimeInformation({57, 0}).error().field == "time zone");
}

TEST_CASE("Battery Level", "[protocol][battery]") {
    CHECK(parseBatteryLevel(hex(vectors::kBattery.bytes)).value() == 85);
    CHECK(parseBatteryLevel(hex("00")).value() == 0);
    CHECK(parseBatteryLevel(hex("64 00")).value() == 100); // longer values are accepted
    const auto rejected = parseBatteryLevel(hex(vectors::kBattery101.bytes));
    REQUIRE_FALSE(rejected);
    CHECK(rejected.error().kind == ErrorKind::OutOfRange);
    CHECK(parseBatteryLevel(hex("FF")).error().kind == ErrorKind::OutOfRange);
    CHECK(parseBatteryLevel(Bytes{}).error().kind == ErrorKind::TooShort);
    CHECK(parseBatteryLevel(Bytes(21, 1)).error().kind == ErrorKind::Oversized);
    CHECK(buildBatteryLevel(85).value() == hex("55"));
    CHECK_FALSE(buildBatteryLevel(101));
}

TEST_CASE("Service Changed", "[protocol][gatt]") {
    const auto r = parseServiceChanged(hex(vectors::kServiceChanged.bytes));
    REQUIRE(r);
    CHECK(r.value() == ServiceChanged{1, 0xFFFF});
    CHECK(buildServiceChanged(r.value()).value() == hex(vectors::kServiceChanged.bytes));
    CHECK(parseServiceChanged(hex("00 00 FF FF")).error().kind == ErrorKind::Inconsistent);
    CHECK(parseServiceChanged(hex("05 00 04 00")).error().kind == ErrorKind::Inconsistent);
    CHECK(parseServiceChanged(hex("01 00 FF")).error().kind == ErrorKind::LengthMismatch);
    CHECK(parseServiceChanged(hex("01 00 FF FF 00")).error().kind == ErrorKind::LengthMismatch);
    CHECK_FALSE(buildServiceChanged({3, 2}));
}

TEST_CASE("Device Information strings", "[protocol][dis]") {
    CHECK(parseInformationString(buildInformationString("RW-R540").value()).value() == "RW-R540");
    CHECK(parseInformationString(hex("41 42 00 00")).value() == "AB"); // trailing NULs go
    // Invalid UTF-8 is shown with replacement characters; valid multi-byte text stays.
    CHECK(parseInformationString(hex("41 FF 42")).value() == "A\xEF\xBF\xBD"
                                                             "B");
    CHECK(parseInformationString(hex("C3 A9")).value() == "\xC3\xA9");
    CHECK(parseInformationString(hex("E2 82")).value() == "\xEF\xBF\xBD");
    CHECK(parseInformationString(hex("ED A0 80")).value().find("\xED") == std::string::npos);
    CHECK(parseInformationString(hex("F0 9F 98 80")).value() == "\xF0\x9F\x98\x80");
    CHECK(parseInformationString(Bytes{}).error().kind == ErrorKind::TooShort);
    CHECK(parseInformationString(Bytes(21, 'a')).error().kind == ErrorKind::Oversized);

    CHECK(parseSerialNumber(hex("52 35 34 30 2D 30 30 30 31")).value() == "R540-0001");
    CHECK(parseSerialNumber(hex("52 20 31")).error().field == "serial number"); // space
    CHECK(parseSerialNumber(hex("52 C3 A9")).error().kind == ErrorKind::OutOfRange);
    CHECK(parseSerialNumber(hex("00 00")).error().kind == ErrorKind::OutOfRange); // empty
    CHECK_FALSE(buildInformationString(""));
    CHECK_FALSE(buildInformationString(std::string(21, 'x')));
}

TEST_CASE("Timestamps", "[protocol][values]") {
    // Section 9 dates.
    CHECK(toTimePoint(0x2F66B398) == *parseIso("2025-03-14T09:30:00Z"));
    CHECK(toTimePoint(0x2F64A7C4) == *parseIso("2025-03-12T20:15:00Z"));
    CHECK(toTimestamp(*parseIso("2025-03-01T19:04:10Z")) == 794'171'050u);
    CHECK_FALSE(toTimePoint(kTimestampUnknown));
    CHECK_FALSE(toTimePoint(kTimestampInvalid));
    CHECK_FALSE(toTimestamp(*parseIso("2000-01-01T00:00:00Z")));
    CHECK_FALSE(toTimestamp(*parseIso("1999-06-01T00:00:00Z")));
    // Section 3: more than 600 s in the future reads as unknown.
    const TimePoint now = *parseIso("2025-03-14T09:30:00Z");
    CHECK(trustedTimestamp(0x2F66B398 + 600, now) == 0x2F66B398 + 600);
    CHECK(trustedTimestamp(0x2F66B398 + 601, now) == kTimestampUnknown);
    CHECK(trustedTimestamp(kTimestampInvalid, now) == kTimestampUnknown);
}

TEST_CASE("Advertising data and scan response of 9.1", "[protocol][advertising]") {
    const Bytes adv = hex(vectors::kAdvertisingData.bytes);
    const Bytes scan = hex(vectors::kScanResponse.bytes);
    CHECK(buildAdvertisingData() == adv);
    CHECK(buildScanResponse(advstatus::kRecordsPending, 1, "RW-R540").value() == scan);
    const auto parsed = parseAdvertising(adv, scan);
    REQUIRE(parsed);
    CHECK(parsed.value().rollwiseService);
    CHECK(parsed.value().status == advstatus::kRecordsPending);
    CHECK(parsed.value().recordsPending());
    CHECK_FALSE(parsed.value().pairingMode());
    CHECK(parsed.value().protocolMajor == 1);
    CHECK(parsed.value().localName == "RW-R540");

    // Only the advertising packet (platforms without scan responses): the service, no status.
    const auto advOnly = parseAdvertising(adv, {});
    REQUIRE(advOnly);
    CHECK(advOnly.value().rollwiseService);
    CHECK_FALSE(advOnly.value().status);
    // Another device: no Rollwise service.
    const auto other = parseAdvertising(hex("02 01 06 03 03 0F 18"), {});
    REQUIRE(other);
    CHECK_FALSE(other.value().rollwiseService);
    // Zero-length padding ends a packet; reserved status bits are ignored.
    Bytes padded = adv;
    padded.resize(31, 0);
    CHECK(parseAdvertising(padded, {}).value().rollwiseService);
    Bytes reserved = scan;
    reserved[18] = 0xFD;
    CHECK(parseAdvertising({}, reserved).value().status == advstatus::kPairingMode);

    CHECK(parseAdvertising(hex("05 01 06"), {}).error().kind == ErrorKind::Truncated);
    CHECK(parseAdvertising(Bytes(32, 0), {}).error().kind == ErrorKind::Oversized);
    Bytes shortData(scan.begin(), scan.begin() + 18);
    shortData[0] = 0x11;
    CHECK(parseAdvertising({}, shortData).error().kind == ErrorKind::TooShort);
    CHECK_FALSE(buildScanResponse(0x04, 1, "RW-R540"));
    CHECK_FALSE(buildScanResponse(0, 1, ""));
    CHECK_FALSE(buildScanResponse(0, 1, "RW-R540-XL"));
}
