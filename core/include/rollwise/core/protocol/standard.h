#pragma once

// The standard characteristics the profile uses (docs/device-protocol.md, sections 5.5, 5.6):
// Current Time and Local Time Information (Current Time Service 1.1), Battery Level, Service
// Changed and the Device Information strings.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <chrono>
#include <cstdint>
#include <string>

namespace rollwise::protocol {

// ---- Current Time 0x2A2B (5.5): exactly 10 bytes -------------------------------------------

inline constexpr std::size_t kCurrentTimeSize = 10;
// Year range of the SIG Date Time characteristic, and the narrower one Rollwise devices accept
// in a write (so every time they keep fits a `Timestamp`).
inline constexpr std::uint16_t kSigYearMin = 1582;
inline constexpr std::uint16_t kSigYearMax = 9999;
inline constexpr std::uint16_t kRollwiseYearMin = 2000;
inline constexpr std::uint16_t kRollwiseYearMax = 2135;

// Adjust Reason bits (CTS 1.1).
namespace adjust {
inline constexpr std::uint8_t kManualTimeUpdate = 0x01;
inline constexpr std::uint8_t kExternalReference = 0x02;
inline constexpr std::uint8_t kTimeZoneChange = 0x04;
inline constexpr std::uint8_t kDstChange = 0x08;
} // namespace adjust

// Local date and time. A clock that is not set is all zeros in every date and time field.
struct CurrentTime {
    std::uint16_t year = 0; // 0 = unknown (clock not set)
    std::uint8_t month = 0;
    std::uint8_t day = 0;
    std::uint8_t hours = 0;
    std::uint8_t minutes = 0;
    std::uint8_t seconds = 0;
    std::uint8_t dayOfWeek = 0; // 1 Monday - 7 Sunday, 0 unknown
    std::uint8_t fractions256 = 0;
    std::uint8_t adjustReason = 0;

    [[nodiscard]] bool isSet() const noexcept { return year != 0; }
    friend bool operator==(const CurrentTime&, const CurrentTime&) = default;
};

// The local wall time `utc + offset` as a Current Time value, day of week computed.
[[nodiscard]] CurrentTime currentTimeAt(TimePoint utc, std::chrono::minutes utcOffset,
                                        std::uint8_t fractions256 = 0,
                                        std::uint8_t adjustReason = adjust::kManualTimeUpdate);
// A set Current Time as seconds on the local time line (treated like UTC); nullopt when unset.
[[nodiscard]] std::optional<TimePoint> localSeconds(const CurrentTime& time) noexcept;

// Accepts a set time (every field valid, day valid for the month, day of week matching the
// date) or the all-zero unset form; rejects a partly unknown date.
[[nodiscard]] Result<CurrentTime, ProtocolError> parseCurrentTime(ByteView value);
// The app writes only set times in 2000 - 2135 (5.5): anything else is an error.
[[nodiscard]] Result<Bytes, ProtocolError> buildCurrentTime(const CurrentTime& time);

// ---- Local Time Information 0x2A0F (5.5): exactly 2 bytes ------------------------------------

inline constexpr std::size_t kLocalTimeInformationSize = 2;
inline constexpr std::int8_t kTimeZoneMin = -48; // 15-minute steps
inline constexpr std::int8_t kTimeZoneMax = 56;
inline constexpr std::int8_t kTimeZoneUnknown = -128;
inline constexpr std::uint8_t kDstUnknown = 255;

struct LocalTimeInformation {
    std::int8_t timeZone = 0;   // 15-minute steps from UTC, or kTimeZoneUnknown
    std::uint8_t dstOffset = 0; // 0, 2, 4, 8 (15-minute steps), or kDstUnknown

    [[nodiscard]] bool known() const noexcept {
        return timeZone != kTimeZoneUnknown && dstOffset != kDstUnknown;
    }
    // (Time Zone + DST Offset) x 15 min; only for known values.
    [[nodiscard]] std::chrono::minutes utcOffset() const noexcept {
        return std::chrono::minutes((timeZone + dstOffset) * 15);
    }
    friend bool operator==(const LocalTimeInformation&, const LocalTimeInformation&) = default;
};

[[nodiscard]] constexpr bool validDstOffset(std::uint8_t v) noexcept {
    return v == 0 || v == 2 || v == 4 || v == 8;
}

// Reads accept the unknown values; any other out-of-range value is rejected.
[[nodiscard]] Result<LocalTimeInformation, ProtocolError> parseLocalTimeInformation(ByteView value);
// The app never writes unknown values (5.5).
[[nodiscard]] Result<Bytes, ProtocolError>
buildLocalTimeInformation(const LocalTimeInformation& lti);

// ---- Battery Level 0x2A19 (5.5): uint8 Percent, at least 1 byte ------------------------------

[[nodiscard]] Result<std::uint8_t, ProtocolError> parseBatteryLevel(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildBatteryLevel(std::uint8_t percent);

// ---- Service Changed 0x2A05 (5.6): exactly 4 bytes -------------------------------------------

struct ServiceChanged {
    std::uint16_t startHandle = 1;
    std::uint16_t endHandle = 0xFFFF;
    friend bool operator==(const ServiceChanged&, const ServiceChanged&) = default;
};

[[nodiscard]] Result<ServiceChanged, ProtocolError> parseServiceChanged(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildServiceChanged(const ServiceChanged& range);

// ---- Device Information strings (5.5): 1 - 20 bytes of UTF-8, no terminator ----------------

inline constexpr std::size_t kInformationStringMax = 20;

// Trailing NUL bytes are stripped; invalid UTF-8 becomes U+FFFD replacement characters.
[[nodiscard]] Result<std::string, ProtocolError> parseInformationString(ByteView value);
// The serial number is the device's identity: printable ASCII 0x21 - 0x7E only, never empty.
[[nodiscard]] Result<std::string, ProtocolError> parseSerialNumber(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildInformationString(std::string_view text);

} // namespace rollwise::protocol
