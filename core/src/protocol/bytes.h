#pragma once

// Little-endian reads and writes (docs/device-protocol.md, section 2). Reads take an offset the
// caller has already checked against the span's size; every parser checks the length first.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cassert>
#include <cstdint>

namespace rollwise::protocol::detail {

[[nodiscard]] inline std::uint8_t u8(ByteView b, std::size_t at) noexcept {
    assert(at < b.size());
    return b[at];
}
[[nodiscard]] inline std::uint16_t u16(ByteView b, std::size_t at) noexcept {
    assert(at + 2 <= b.size());
    return static_cast<std::uint16_t>(b[at] | (b[at + 1] << 8));
}
[[nodiscard]] inline std::uint32_t u24(ByteView b, std::size_t at) noexcept {
    assert(at + 3 <= b.size());
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
           (static_cast<std::uint32_t>(b[at + 2]) << 16);
}
[[nodiscard]] inline std::uint32_t u32(ByteView b, std::size_t at) noexcept {
    assert(at + 4 <= b.size());
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
           (static_cast<std::uint32_t>(b[at + 2]) << 16) |
           (static_cast<std::uint32_t>(b[at + 3]) << 24);
}

inline void put8(Bytes& out, std::uint8_t v) {
    out.push_back(v);
}
inline void put16(Bytes& out, std::uint16_t v) {
    out.push_back(static_cast<std::uint8_t>(v & 0xFF));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
inline void put24(Bytes& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v & 0xFF));
    out.push_back(static_cast<std::uint8_t>((v >> 8) & 0xFF));
    out.push_back(static_cast<std::uint8_t>((v >> 16) & 0xFF));
}
inline void put32(Bytes& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}
// An optional uint16 whose "unknown / not measured" form is 0xFFFF.
inline void putOpt16(Bytes& out, const std::optional<std::uint16_t>& v) {
    put16(out, v.value_or(kNotMeasured));
}

// The Pass End payload, shared with the record's pass entries (live_events.cpp). Counts
// reserved directions in `reserved`. The caller has checked that 13 bytes are there.
[[nodiscard]] Result<PassSummary, ProtocolError> readPassSummary(ByteView payload, FrameKind frame,
                                                                 std::uint8_t& reserved);

// Shorthands for the errors every parser returns.
[[nodiscard]] inline ProtocolError tooShort(FrameKind frame) {
    return makeError(ErrorKind::TooShort, frame, {}, "is shorter than its fixed minimum");
}
[[nodiscard]] inline ProtocolError oversized(FrameKind frame) {
    return makeError(ErrorKind::Oversized, frame, {}, "is longer than 20 bytes");
}
[[nodiscard]] inline ProtocolError lengthMismatch(FrameKind frame, std::string_view rule) {
    return makeError(ErrorKind::LengthMismatch, frame, {}, rule);
}
[[nodiscard]] inline ProtocolError outOfRange(FrameKind frame, std::string_view field,
                                              std::string_view rule) {
    return makeError(ErrorKind::OutOfRange, frame, field, rule);
}
[[nodiscard]] inline ProtocolError inconsistent(FrameKind frame, std::string_view field,
                                                std::string_view rule) {
    return makeError(ErrorKind::Inconsistent, frame, field, rule);
}

} // namespace rollwise::protocol::detail
