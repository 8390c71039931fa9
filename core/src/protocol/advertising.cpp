// Advertising data and scan response (5.1, 9.1).
#include "bytes.h"

#include <rollwise/core/protocol/advertising.h>
#include <rollwise/core/protocol/standard.h>
#include <rollwise/core/protocol/uuid.h>

#include <algorithm>

namespace rollwise::protocol {

using namespace detail;

namespace {

constexpr auto kAdv = FrameKind::Advertising;

std::optional<ProtocolError> walk(ByteView packet, Advertisement& out) {
    if (packet.size() > kAdvertisingPacketMax) {
        return makeError(ErrorKind::Oversized, kAdv, {}, "packet is longer than 31 bytes");
    }
    const auto service = littleEndian(uuid::kRollwiseService);
    std::size_t at = 0;
    while (at < packet.size()) {
        const std::size_t length = packet[at];
        if (length == 0) {
            break; // the significant part ends; the rest is padding
        }
        if (at + 1 + length > packet.size()) {
            return makeError(ErrorKind::Truncated, kAdv, "AD structure", "runs past the packet");
        }
        const std::uint8_t type = packet[at + 1];
        const ByteView data = packet.subspan(at + 2, length - 1);
        at += 1 + length;
        if (type == adtype::kComplete128BitUuids) {
            for (std::size_t i = 0; i + 16 <= data.size(); i += 16) {
                if (std::equal(service.begin(), service.end(), data.begin() + i)) {
                    out.rollwiseService = true;
                }
            }
        } else if (type == adtype::kServiceData128 && data.size() >= 16 &&
                   std::equal(service.begin(), service.end(), data.begin())) {
            if (data.size() < 18) {
                return makeError(ErrorKind::TooShort, kAdv, "service data",
                                 "lacks the status or the protocol major");
            }
            out.status = static_cast<std::uint8_t>(data[16] & advstatus::kKnown);
            out.protocolMajor = data[17];
        } else if (type == adtype::kCompleteLocalName && !data.empty()) {
            auto name = parseInformationString(data);
            if (name) {
                out.localName = std::move(name).value();
            }
        }
    }
    return std::nullopt;
}

} // namespace

Result<Advertisement, ProtocolError> parseAdvertising(ByteView advertisingData,
                                                      ByteView scanResponse) {
    Advertisement out;
    if (auto error = walk(advertisingData, out)) {
        return Failure{std::move(*error)};
    }
    if (auto error = walk(scanResponse, out)) {
        return Failure{std::move(*error)};
    }
    return out;
}

Bytes buildAdvertisingData() {
    Bytes out{0x02, adtype::kFlags, kAdvertisingFlags, 0x11, adtype::kComplete128BitUuids};
    const auto service = littleEndian(uuid::kRollwiseService);
    out.insert(out.end(), service.begin(), service.end());
    return out;
}

Result<Bytes, ProtocolError> buildScanResponse(std::uint8_t status, std::uint8_t protocolMajor,
                                               std::string_view localName) {
    if ((status & ~advstatus::kKnown) != 0) {
        return Failure{outOfRange(kAdv, "status", "uses reserved bits")};
    }
    if (localName.empty() || localName.size() > kLocalNameMax) {
        return Failure{outOfRange(kAdv, "local name", "must be 1 - 9 bytes")};
    }
    Bytes out{0x13, adtype::kServiceData128};
    const auto service = littleEndian(uuid::kRollwiseService);
    out.insert(out.end(), service.begin(), service.end());
    put8(out, status);
    put8(out, protocolMajor);
    put8(out, static_cast<std::uint8_t>(localName.size() + 1));
    put8(out, adtype::kCompleteLocalName);
    out.insert(out.end(), localName.begin(), localName.end());
    return out;
}

} // namespace rollwise::protocol
