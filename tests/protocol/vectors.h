#pragma once

// Byte-exact frames from docs/device-protocol.md (sections 8 and 9), shared by the table tests
// and the fuzzers' seed corpus (tests/fuzz/make_seed_corpus.cpp).

#include <rollwise/core/protocol/values.h>

#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace rollwise::protocol::vectors {

// "01 0B | 00 ..." -> bytes. Spaces and '|' separate; anything else must be a hex digit.
inline Bytes hex(std::string_view text) {
    Bytes out;
    int nibbles = 0;
    std::uint8_t current = 0;
    for (const char c : text) {
        if (c == ' ' || c == '|' || c == '\n') {
            continue;
        }
        std::uint8_t v = 0;
        if (c >= '0' && c <= '9') {
            v = static_cast<std::uint8_t>(c - '0');
        } else if (c >= 'A' && c <= 'F') {
            v = static_cast<std::uint8_t>(c - 'A' + 10);
        } else if (c >= 'a' && c <= 'f') {
            v = static_cast<std::uint8_t>(c - 'a' + 10);
        } else {
            throw std::invalid_argument("not a hex digit");
        }
        current = static_cast<std::uint8_t>((current << 4) | v);
        if (++nibbles % 2 == 0) {
            out.push_back(current);
            current = 0;
        }
    }
    if (nibbles % 2 != 0) {
        throw std::invalid_argument("odd number of hex digits");
    }
    return out;
}

struct Vector {
    std::string_view name;
    std::string_view bytes;
};

// Section 8: Device Features of the three reference devices.
inline constexpr Vector kFeaturesRoller{"roller",
                                        "01 00 01 07 0D 1C 02 14 00 14 00 00 00 1E 00 E1 C3 17 5A"};
inline constexpr Vector kFeaturesPen{"pen",
                                     "01 00 02 1C 0F 0B 00 32 00 FA 00 19 00 32 00 22 B7 04 9E"};
inline constexpr Vector kFeaturesHome{"home tool",
                                      "01 00 01 01 04 C0 00 1E 00 1E 00 00 00 14 00 F0 19 6D 3C"};

// Section 9.3: Head Identity.
inline constexpr Vector kHeadRoller{"roller head",
                                    "03 3F 8A 10 5C E2 47 9B 01 14 00 1C 02 AA 16 56 2F 03 00"};
inline constexpr Vector kHeadPen{"pen cartridge",
                                 "0B C7 0E 55 12 A0 B3 D9 04 FA 00 0B 00 00 00 00 00 00 00"};
inline constexpr Vector kHeadNone{"no head",
                                  "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"};

// Section 9.4: Live Events, one notification each.
inline constexpr Vector kSessionStarted{"Session Started",
                                        "01 0B 00 01 00 00 00 | 11 00 98 B3 66 2F 02 14 00 00 00"};
inline constexpr Vector kPassStart{"Pass Start", "02 03 01 01 39 30 00 | 01 01 00"};
inline constexpr Vector kPressureSample{"Pressure Sample", "04 02 02 01 9D 30 00 | 9A 01"};
inline constexpr Vector kPassEndRoller{
    "Pass End (roller)", "03 0D 03 01 6D 38 00 | 01 34 08 54 00 28 00 9A 01 30 02 14 00"};
inline constexpr Vector kFault{"Fault", "07 03 04 01 98 3A 00 | 04 01 02"};
inline constexpr Vector kVendorEvent{"vendor event", "80 03 05 01 FC 3A 00 | AA BB CC"};
inline constexpr Vector kSessionEnded{"Session Ended",
                                      "08 07 50 01 18 73 01 | 11 00 02 02 00 2F 00"};
inline constexpr Vector kBatteryEvent{"Battery Level", "06 02 07 00 FF FF FF | 55 00"};
inline constexpr Vector kPassEndPen{
    "Pass End (pen)", "03 0D 3F 0A 1C 13 03 | 00 68 10 69 00 19 00 FF FF FF FF 64 00"};
inline constexpr Vector kDepthChanged{"Depth Changed (pen)", "05 03 40 0A 70 82 03 | 7D 00 01"};
inline constexpr Vector kStrokeRate{"Stroke Rate Changed (pen)", "09 02 41 0A 58 86 03 | 78 01"};
inline constexpr Vector kTwoSamples{"two samples across the wrap",
                                    "04 02 FF FF C8 32 00 C7 01  04 02 00 00 2C 33 00 D6 01"};

inline constexpr Vector kLiveEvents[] = {
    kSessionStarted, kPassStart,    kPressureSample, kPassEndRoller, kFault,
    kSessionEnded,   kBatteryEvent, kPassEndPen,     kDepthChanged,  kStrokeRate};

// Section 9.1: advertising data and scan response of the roller with records pending.
inline constexpr Vector kAdvertisingData{
    "advertising data", "02 01 06  11 07 A4 17 0B 5E C8 D2 3A 9F 1E 4C 41 6F 01 00 2A 7B"};
inline constexpr Vector kScanResponse{
    "scan response",
    "13 21 A4 17 0B 5E C8 D2 3A 9F 1E 4C 41 6F 01 00 2A 7B 02 01  08 09 52 57 2D 52 35 34 30"};

// Section 9.2: standard characteristics.
inline constexpr Vector kLocalTime{"Local Time Information", "04 00"};
inline constexpr Vector kCurrentTime{"Current Time", "E9 07 03 0E 0A 1A 35 05 80 01"};
inline constexpr Vector kBattery{"Battery Level", "55"};
inline constexpr Vector kServiceChanged{"Service Changed", "01 00 FF FF"};

// Section 9.5: Control Point requests and their indications.
struct Exchange {
    std::string_view name;
    std::string_view request;
    std::string_view response;
};
inline constexpr Exchange kControlExchanges[] = {
    {"start", "01", "80 01 01 11 00"},
    {"start while running", "01", "80 01 06"},
    {"stop", "02", "80 02 01"},
    {"pacing cue", "03 03 DC 05", "80 03 01"},
    {"unknown pattern", "03 07 DC 05", "80 03 03"},
    {"set depth 1.25 mm", "04 7D 00", "80 04 01"},
    {"set depth off the grid", "04 82 00", "80 04 03"},
    {"set depth on the roller", "04 14 00", "80 04 02"},
    {"reserved op code", "42", "80 42 02"},
};

// Section 9.6: Record Access Control Point.
inline constexpr Exchange kRacpExchanges[] = {
    {"report number, all", "04 01", "05 00 03 00"},
    {"report number >= 42", "04 03 01 2A 00", "05 00 03 00"},
    {"report >= 42", "01 03 01 2A 00", "06 00 01 01"},
    {"report all, empty store", "01 01", "06 00 01 06"},
    {"delete <= 44", "02 02 01 2C 00", "06 00 02 01"},
    {"delete 42 - 44", "02 04 01 2A 00 2C 00", "06 00 02 01"},
    {"abort", "03 00", "06 00 03 01"},
    {"report with Null", "01 00", "06 00 01 03"},
    {"reserved operator", "01 07", "06 00 01 04"},
    {"range min > max", "01 04 01 30 00 2A 00", "06 00 01 05"},
    {"filter type 2", "01 03 02 2A 00", "06 00 01 09"},
    {"reserved op code", "09 01", "06 00 09 02"},
};

// Section 9.7: record 42 in five fragments.
inline constexpr std::string_view kRecord42Fragments[] = {
    "2A 00 00 05  24 0F 2A 00 02 00 01 C4 A7 64 2F 5F 00 3F 8A 10",
    "2A 00 01 05  5C E2 47 9B 01 14 00 14 00 02 00 2F 00 6C 02 01",
    "2A 00 02 05  01 00 00 00 7B 00 01 34 08 54 00 28 00 9A 01 30",
    "2A 00 03 05  02 14 00 96 00 02 28 0A 5B 00 23 00 C2 01 6C 02",
    "2A 00 04 05  14 00 65 B4",
};

// Section 9.9: frames a receiver must reject.
inline constexpr Vector kHeadTenMillimetres{
    "10 mm needle", "03 3F 8A 10 5C E2 47 9B 01 E8 03 1C 02 AA 16 56 2F 03 00"};
inline constexpr Vector kPassEndNegativePressure{
    "negative mean pressure", "03 0D 03 01 6D 38 00 01 34 08 54 00 28 00 18 FC 30 02 14 00"};
inline constexpr Vector kPassEndTruncated{"truncated Pass End",
                                          "03 0D 03 01 6D 38 00 01 34 08 54 00 28 00 9A 01 30 02"};
inline constexpr Vector kLiveLengthTooLong{"L = 14", "02 0E 01 01 39 30 00 01 01 00"};
inline constexpr Vector kBattery101{"101 %", "65"};
inline constexpr Vector kFeaturesMinAboveMax{
    "depth min > max", "01 00 02 1C 0F 0B 00 FA 00 32 00 19 00 32 00 22 B7 04 9E"};
inline constexpr Vector kFeaturesStoreIdZero{
    "store id 0", "01 00 01 07 0D 1C 02 14 00 14 00 00 00 1E 00 00 00 00 00"};
inline constexpr Vector kFragmentIndexTooHigh{
    "index 5 of 5", "2A 00 05 05 24 0F 2A 00 02 00 01 C4 A7 64 2F 5F 00 3F 8A 10"};
inline constexpr Vector kFragmentShortNotLast{"short, not last", "2A 00 01 05 5C E2 47"};
inline constexpr Vector kFaultBadState{"fault state 2", "07 03 04 01 98 3A 00 04 02 02"};

} // namespace rollwise::protocol::vectors
