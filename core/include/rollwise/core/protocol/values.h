#pragma once

// The value types every frame is made of (docs/device-protocol.md, section 3), and the byte
// containers the codec works on.

#include <rollwise/core/plan.h>
#include <rollwise/core/time.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rollwise::protocol {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Section 1: every value sent or received is at most 20 bytes (ATT MTU 23), whatever the MTU.
inline constexpr std::size_t kMaxFrameSize = 20;

// Section 3, `Length` (needle length, depth): 0.01 mm.
inline constexpr std::uint16_t kLengthMin = 10;  // 0.10 mm
inline constexpr std::uint16_t kLengthMax = 300; // 3.00 mm
// Section 3: the "not measured" / "unknown" value of the uint16 types that have one.
inline constexpr std::uint16_t kNotMeasured = 0xFFFF;
// Section 3, `NeedleCount`.
inline constexpr std::uint16_t kNeedleCountMax = 2000;
// Section 3, `Pressure`: centinewtons.
inline constexpr std::uint16_t kPressureMax = 5000;
// Section 3, `Speed`: mm/s.
inline constexpr std::uint16_t kSpeedMax = 1000;
// Section 3, `Distance`: mm.
inline constexpr std::uint16_t kDistanceMax = 2000;
// Section 3, `PassDuration`: ms.
inline constexpr std::uint16_t kPassDurationMin = 1;
inline constexpr std::uint16_t kPassDurationMax = 60000;
// Section 3, `Offset`: ms since session start, uint24.
inline constexpr std::uint32_t kOffsetMax = 3'600'000;
inline constexpr std::uint32_t kNoSession = 0xFFFFFF;
// Section 3, `Timestamp`: s since 2000-01-01T00:00:00Z; 0 unknown; 0xFFFFFFFF rejected.
inline constexpr std::uint32_t kTimestampUnknown = 0;
inline constexpr std::uint32_t kTimestampInvalid = 0xFFFFFFFF;
inline constexpr std::int64_t kTimestampEpochUnix = 946'684'800;
// Section 3: timestamps more than this ahead of the receiver's clock are read as unknown.
inline constexpr Seconds kFutureTolerance{600};
// Section 3, `Tenths`: 0.1 s.
inline constexpr std::uint16_t kTenthsMax = 36000;
// Section 3, `Percent`.
inline constexpr std::uint8_t kPercentMax = 100;
// Section 3, `StrokeRate`: Hz; 0 = not applicable where allowed.
inline constexpr std::uint8_t kStrokeRateMin = 1;
inline constexpr std::uint8_t kStrokeRateMax = 200;

// Section 3, `Direction`. 5 - 255 are reserved and read as Unknown.
enum class StrokeDirection : std::uint8_t {
    Unknown = 0,
    Horizontal = 1,
    Vertical = 2,
    DiagonalUp = 3,
    DiagonalDown = 4,
};

[[nodiscard]] std::optional<Direction> toCoreDirection(StrokeDirection direction) noexcept;
[[nodiscard]] StrokeDirection toStrokeDirection(Direction direction) noexcept;

// Section 3, `HeadId`: 8 opaque bytes, never all 0x00 or all 0xFF.
struct HeadId {
    std::array<std::uint8_t, 8> bytes{};

    [[nodiscard]] bool valid() const noexcept;
    // 16 upper-case hex digits in byte order (byte 0 first), as the app shows it.
    [[nodiscard]] std::string toHex() const;

    friend bool operator==(const HeadId&, const HeadId&) = default;
};

// Range checks of section 3, shared by parsers, builders and the simulator.
[[nodiscard]] constexpr bool validLength(std::uint16_t v) noexcept {
    return v >= kLengthMin && v <= kLengthMax;
}
[[nodiscard]] constexpr bool validNeedleCount(std::uint16_t v) noexcept {
    return v >= 1 && v <= kNeedleCountMax;
}
[[nodiscard]] constexpr bool validPressure(std::uint16_t v) noexcept {
    return v <= kPressureMax;
}
[[nodiscard]] constexpr bool validSpeed(std::uint16_t v) noexcept {
    return v <= kSpeedMax;
}
[[nodiscard]] constexpr bool validDistance(std::uint16_t v) noexcept {
    return v <= kDistanceMax;
}
[[nodiscard]] constexpr bool validPassDuration(std::uint16_t v) noexcept {
    return v >= kPassDurationMin && v <= kPassDurationMax;
}
[[nodiscard]] constexpr bool validOffset(std::uint32_t v) noexcept {
    return v <= kOffsetMax || v == kNoSession;
}
[[nodiscard]] constexpr bool validTimestamp(std::uint32_t v) noexcept {
    return v != kTimestampInvalid;
}
[[nodiscard]] constexpr bool validTenths(std::uint16_t v) noexcept {
    return v <= kTenthsMax;
}
[[nodiscard]] constexpr bool validPercent(std::uint8_t v) noexcept {
    return v <= kPercentMax;
}
[[nodiscard]] constexpr bool validStrokeRate(std::uint8_t v) noexcept {
    return v >= kStrokeRateMin && v <= kStrokeRateMax;
}

// Timestamp <-> time point. 0 (unknown) and 0xFFFFFF (invalid) have no time point; times before
// 2000 or after 2136-02-07 have no Timestamp.
[[nodiscard]] std::optional<TimePoint> toTimePoint(std::uint32_t timestamp) noexcept;
[[nodiscard]] std::optional<std::uint32_t> toTimestamp(TimePoint time) noexcept;
// Section 3: a timestamp later than the receiver's clock plus 600 s is read as 0 (unknown).
[[nodiscard]] std::uint32_t trustedTimestamp(std::uint32_t timestamp, TimePoint now) noexcept;

} // namespace rollwise::protocol
