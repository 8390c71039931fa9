#pragma once

// Advertising data and scan response (docs/device-protocol.md, 5.1 and 9.1): AD structures of
// the Core Specification Supplement, Part A (types 0x01, 0x07, 0x09, 0x21).

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rollwise::protocol {

// Legacy advertising: at most 31 bytes per packet.
inline constexpr std::size_t kAdvertisingPacketMax = 31;
// 5.1: the local name is at most 9 bytes of UTF-8.
inline constexpr std::size_t kLocalNameMax = 9;

// AD types (Core Specification Supplement, Part A, 1.1 - 1.11).
namespace adtype {
inline constexpr std::uint8_t kFlags = 0x01;
inline constexpr std::uint8_t kComplete128BitUuids = 0x07;
inline constexpr std::uint8_t kCompleteLocalName = 0x09;
inline constexpr std::uint8_t kServiceData128 = 0x21;
} // namespace adtype

// 5.1: Flags value (LE General Discoverable, BR/EDR not supported).
inline constexpr std::uint8_t kAdvertisingFlags = 0x06;

// 5.1 status byte; bits 2 - 7 reserved (masked off when parsed).
namespace advstatus {
inline constexpr std::uint8_t kPairingMode = 0x01;
inline constexpr std::uint8_t kRecordsPending = 0x02;
inline constexpr std::uint8_t kKnown = 0x03;
} // namespace advstatus

struct Advertisement {
    bool rollwiseService = false;       // the service UUID is in the complete 128-bit list
    std::optional<std::uint8_t> status; // from the service data, when present
    std::optional<std::uint8_t> protocolMajor;
    std::string localName; // UTF-8, invalid sequences replaced

    [[nodiscard]] bool pairingMode() const noexcept {
        return status && (*status & advstatus::kPairingMode) != 0;
    }
    [[nodiscard]] bool recordsPending() const noexcept {
        return status && (*status & advstatus::kRecordsPending) != 0;
    }
    friend bool operator==(const Advertisement&, const Advertisement&) = default;
};

// Walks the AD structures of both packets (either may be empty). Unknown AD types are skipped;
// a structure running past the end is `Truncated`; a packet over 31 bytes is `Oversized`; a
// zero length ends the packet (the rest is padding). Rollwise service data shorter than the
// UUID plus status and major is `TooShort`.
[[nodiscard]] Result<Advertisement, ProtocolError> parseAdvertising(ByteView advertisingData,
                                                                    ByteView scanResponse);

// 9.1: Flags and the service UUID.
[[nodiscard]] Bytes buildAdvertisingData();
// 9.1: service data (status, protocol major) and the local name (1 - 9 bytes).
[[nodiscard]] Result<Bytes, ProtocolError>
buildScanResponse(std::uint8_t status, std::uint8_t protocolMajor, std::string_view localName);

} // namespace rollwise::protocol
