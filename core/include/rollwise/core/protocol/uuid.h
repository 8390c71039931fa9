#pragma once

// Bluetooth UUIDs of the Rollwise GATT profile (docs/device-protocol.md, section 4).

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rollwise::protocol {

// A 128-bit UUID, bytes in the order of its text form (big-endian). On the air it is sent
// little-endian (section 1); littleEndian() gives that order.
struct Uuid {
    std::array<std::uint8_t, 16> bytes{};

    friend constexpr bool operator==(const Uuid&, const Uuid&) = default;
    friend constexpr auto operator<=>(const Uuid&, const Uuid&) = default;
};

// A SIG 16-bit UUID expanded on the Bluetooth base 0000xxxx-0000-1000-8000-00805f9b34fb.
[[nodiscard]] constexpr Uuid sigUuid(std::uint16_t shortForm) noexcept {
    return Uuid{{0x00, 0x00, static_cast<std::uint8_t>(shortForm >> 8),
                 static_cast<std::uint8_t>(shortForm & 0xFF), 0x00, 0x00, 0x10, 0x00, 0x80, 0x00,
                 0x00, 0x80, 0x5F, 0x9B, 0x34, 0xFB}};
}

// A Rollwise UUID: the base 7b2a0000-6f41-4c1e-9f3a-d2c85e0b17a4 with `field` in bits 96 - 111
// (section 4: characteristics differ only in the 16-bit field).
[[nodiscard]] constexpr Uuid rollwiseUuid(std::uint16_t field) noexcept {
    return Uuid{{0x7B, 0x2A, static_cast<std::uint8_t>(field >> 8),
                 static_cast<std::uint8_t>(field & 0xFF), 0x6F, 0x41, 0x4C, 0x1E, 0x9F, 0x3A, 0xD2,
                 0xC8, 0x5E, 0x0B, 0x17, 0xA4}};
}

// "7b2a0002-6f41-4c1e-9f3a-d2c85e0b17a4" (lower case).
[[nodiscard]] std::string toString(const Uuid& uuid);
// Accepts the 36-character text form in either case; nothing else.
[[nodiscard]] std::optional<Uuid> parseUuid(std::string_view text) noexcept;
// The byte order used on the air and in advertising data (section 1).
[[nodiscard]] std::array<std::uint8_t, 16> littleEndian(const Uuid& uuid) noexcept;
[[nodiscard]] Uuid fromLittleEndian(const std::array<std::uint8_t, 16>& bytes) noexcept;

namespace uuid {
// Section 4, standard services and characteristics (Bluetooth SIG Assigned Numbers).
inline constexpr Uuid kGenericAttributeService = sigUuid(0x1801);
inline constexpr Uuid kServiceChanged = sigUuid(0x2A05);
inline constexpr Uuid kDeviceInformationService = sigUuid(0x180A);
inline constexpr Uuid kManufacturerName = sigUuid(0x2A29);
inline constexpr Uuid kModelNumber = sigUuid(0x2A24);
inline constexpr Uuid kSerialNumber = sigUuid(0x2A25);
inline constexpr Uuid kHardwareRevision = sigUuid(0x2A27);
inline constexpr Uuid kFirmwareRevision = sigUuid(0x2A26);
inline constexpr Uuid kBatteryService = sigUuid(0x180F);
inline constexpr Uuid kBatteryLevel = sigUuid(0x2A19);
inline constexpr Uuid kCurrentTimeService = sigUuid(0x1805);
inline constexpr Uuid kCurrentTime = sigUuid(0x2A2B);
inline constexpr Uuid kLocalTimeInformation = sigUuid(0x2A0F);
// Client Characteristic Configuration descriptor of every notify or indicate characteristic.
inline constexpr Uuid kClientCharacteristicConfiguration = sigUuid(0x2902);

// Section 4, the Rollwise Needling service. The base (field 0x0000) is never an attribute.
inline constexpr Uuid kRollwiseBase = rollwiseUuid(0x0000);
inline constexpr Uuid kRollwiseService = rollwiseUuid(0x0001);
inline constexpr Uuid kDeviceFeatures = rollwiseUuid(0x0002);      // 6.1
inline constexpr Uuid kHeadIdentity = rollwiseUuid(0x0003);        // 6.2
inline constexpr Uuid kLiveEvents = rollwiseUuid(0x0004);          // 6.3
inline constexpr Uuid kControlPoint = rollwiseUuid(0x0005);        // 6.4
inline constexpr Uuid kStoredRecord = rollwiseUuid(0x0006);        // 6.5.3
inline constexpr Uuid kRecordAccessControl = rollwiseUuid(0x0007); // 6.5.2
} // namespace uuid

} // namespace rollwise::protocol
