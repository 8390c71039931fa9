#pragma once

// Device Features (docs/device-protocol.md, 6.1) and Head Identity (6.2).

#include <rollwise/core/device.h>
#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cstdint>

namespace rollwise::protocol {

// ---- Device Features (6.1): at least 19 bytes ---------------------------------------------

inline constexpr std::size_t kDeviceFeaturesSize = 19;
inline constexpr std::uint8_t kProtocolMajor = 1; // section 7: this document is 1.0
inline constexpr std::uint8_t kProtocolMinor = 0;

// 6.1 family. 0 is rejected; 4 - 255 are reserved and read as Unknown (manual mode only).
enum class Family : std::uint8_t {
    Unknown = 0, // never sent; what a reserved value reads as
    Roller = 1,
    Pen = 2,
    Stamp = 3,
};

// 6.1 sensors bit field; bits 5 - 7 reserved (ignored: masked off when parsed).
namespace sensor {
inline constexpr std::uint8_t kMotion = 0x01;
inline constexpr std::uint8_t kPressure = 0x02;
inline constexpr std::uint8_t kSpeed = 0x04;
inline constexpr std::uint8_t kDepth = 0x08;
inline constexpr std::uint8_t kStamping = 0x10;
inline constexpr std::uint8_t kKnown = 0x1F;
} // namespace sensor

// 6.1 capabilities bit field; bits 4 - 7 reserved (masked off when parsed).
namespace capability {
inline constexpr std::uint8_t kVibration = 0x01;
inline constexpr std::uint8_t kRemoteDepth = 0x02;
inline constexpr std::uint8_t kReplaceableHead = 0x04;
inline constexpr std::uint8_t kRtc = 0x08;
inline constexpr std::uint8_t kKnown = 0x0F;
} // namespace capability

struct DeviceFeatures {
    std::uint8_t protocolMajor = kProtocolMajor;
    std::uint8_t protocolMinor = kProtocolMinor;
    Family family = Family::Roller;
    std::uint8_t sensors = 0;
    std::uint8_t capabilities = 0;
    std::uint16_t needleCount = 1;
    std::uint16_t depthMin = kLengthMin; // 0.01 mm
    std::uint16_t depthMax = kLengthMin;
    std::uint16_t depthStep = 0;      // 0 = fixed needle length
    std::uint16_t recordCapacity = 0; // 0 = no offline storage
    std::uint32_t storeId = 1;        // never 0

    [[nodiscard]] bool has(std::uint8_t sensorBit) const noexcept {
        return (sensors & sensorBit) != 0;
    }
    [[nodiscard]] bool can(std::uint8_t capabilityBit) const noexcept {
        return (capabilities & capabilityBit) != 0;
    }
    [[nodiscard]] bool adjustable() const noexcept { return depthStep != 0; }
    // Within depth min - max and on the step grid (6.4.1 Set Depth, 6.3.7).
    [[nodiscard]] bool depthAllowed(std::uint16_t depth) const noexcept;

    friend bool operator==(const DeviceFeatures&, const DeviceFeatures&) = default;
};

// Rejects: too short, major != 1 (UnsupportedVersion), family 0, needle count and depths out of
// range, a depth rule that is neither "fixed" nor "adjustable" (6.1), store id 0. A reserved
// family reads as Family::Unknown (the caller counts it and offers manual mode).
[[nodiscard]] Result<DeviceFeatures, ProtocolError> parseDeviceFeatures(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildDeviceFeatures(const DeviceFeatures& features);

// The app's device family for a feature set: a pen is a Pen; a roller or stamp that senses
// pressure or speed is a SmartRoller; one that only counts passes is a HomeTool; an unknown
// family is used as a PlainRoller (manual mode, 6.1).
[[nodiscard]] DeviceFamily coreFamily(const DeviceFeatures& features) noexcept;

// ---- Head Identity (6.2): at least 19 bytes -----------------------------------------------

inline constexpr std::size_t kHeadIdentitySize = 19;

namespace headflag {
inline constexpr std::uint8_t kPresent = 0x01;
inline constexpr std::uint8_t kIdValid = 0x02;
inline constexpr std::uint8_t kDamaged = 0x04;
inline constexpr std::uint8_t kSingleUse = 0x08;
inline constexpr std::uint8_t kKnown = 0x0F;
} // namespace headflag

// Without PRESENT every other field is zero (the parser ignores what was sent); without
// ID_VALID the id is zero.
struct HeadIdentity {
    std::uint8_t flags = 0;
    HeadId id;
    std::uint16_t needleLength = 0; // 0.01 mm; a pen cartridge: the deepest depth it allows
    std::uint16_t needleCount = 0;
    std::uint32_t firstUse = kTimestampUnknown;
    std::uint16_t useCount = 0;

    [[nodiscard]] bool present() const noexcept { return (flags & headflag::kPresent) != 0; }
    [[nodiscard]] bool hasId() const noexcept { return (flags & headflag::kIdValid) != 0; }
    [[nodiscard]] bool damaged() const noexcept { return (flags & headflag::kDamaged) != 0; }
    [[nodiscard]] bool singleUse() const noexcept { return (flags & headflag::kSingleUse) != 0; }

    friend bool operator==(const HeadIdentity&, const HeadIdentity&) = default;
};

[[nodiscard]] Result<HeadIdentity, ProtocolError> parseHeadIdentity(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildHeadIdentity(const HeadIdentity& head);

} // namespace rollwise::protocol
