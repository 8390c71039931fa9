#pragma once

// Typed errors of the protocol codec and the counters a receiver keeps per connection
// (docs/device-protocol.md, section 10). Messages name the frame, the field and the rule that
// was broken; they never contain a byte or a value of the frame (health-adjacent data, 5.2).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rollwise::protocol {

// Section 10. Every parser and builder failure is one of these.
enum class ErrorKind : std::uint8_t {
    TooShort,             // fewer bytes than the frame's fixed minimum
    Oversized,            // more than the 20 bytes a frame may have (section 1)
    LengthMismatch,       // a frame whose length is exact (section 12) has another length
    Truncated,            // live events: an event runs past the end of its notification (6.3.1)
    OutOfRange,           // a field outside its type's valid values (section 3)
    Reserved,             // a value that makes the frame unreadable (e.g. event type 0x00)
    Inconsistent,         // fields that contradict each other (depth min > max, peak < mean)
    UnsupportedVersion,   // Device Features with a protocol major other than 1 (section 7)
    UnknownType,          // a live event type this version does not know: skipped by length
    CrcMismatch,          // record body CRC (6.5.4, check 2)
    InconsistentFragment, // a fragment that does not continue the open record (6.5.3)
    IncompleteRecord,     // an open record discarded before its last fragment (6.5.3)
    BadRecord,            // a record body failing a check of 6.5.4 other than the CRC
};
inline constexpr std::size_t kErrorKindCount = 13;

[[nodiscard]] std::string_view toString(ErrorKind kind) noexcept;

// Which frame an error is about: lets a log line say "Head Identity: too short" without bytes.
enum class FrameKind : std::uint8_t {
    DeviceFeatures,
    HeadIdentity,
    LiveEvent,
    LiveNotification,
    ControlRequest,
    ControlResponse,
    RacpRequest,
    RacpResponse,
    RecordFragment,
    RecordBody,
    CurrentTime,
    LocalTimeInformation,
    BatteryLevel,
    ServiceChanged,
    InformationString,
    Advertising,
};

[[nodiscard]] std::string_view toString(FrameKind frame) noexcept;

struct ProtocolError {
    ErrorKind kind = ErrorKind::TooShort;
    FrameKind frame = FrameKind::LiveEvent;
    std::string_view field; // static text, empty when the error is not about one field
    std::string message;    // for people and logs: frame, field, rule; never frame content

    friend bool operator==(const ProtocolError&, const ProtocolError&) = default;
};

// "<frame>: <field> <rule>". Only static text and lengths may go in.
[[nodiscard]] ProtocolError makeError(ErrorKind kind, FrameKind frame, std::string_view field,
                                      std::string_view rule);

// Section 10: more than this many rejected frames in one connection and the app disconnects.
inline constexpr std::uint32_t kFloodLimit = 50;

// What a receiver counts per connection. Shown in device diagnostics; holds no frame content.
struct FrameCounters {
    std::array<std::uint32_t, kErrorKindCount> rejected{}; // by ErrorKind
    std::uint32_t accepted = 0;                            // frames or events used
    std::uint32_t duplicate = 0;         // live events with the sequence number of the last one
    std::uint32_t stale = 0;             // live events older than the last one
    std::uint32_t lost = 0;              // live events the sequence numbers say never arrived
    std::uint32_t unknownType = 0;       // live events skipped by length (not rejections)
    std::uint32_t reservedFallback = 0;  // reserved enumeration values read as their fallback
    std::uint32_t contextViolations = 0; // frames valid alone but not in context (6.3.7)
    std::uint32_t dropped = 0; // frames not read at all: after a flood, until the link is gone

    void reject(ErrorKind kind) noexcept { ++rejected[static_cast<std::size_t>(kind)]; }
    [[nodiscard]] std::uint32_t count(ErrorKind kind) const noexcept {
        return rejected[static_cast<std::size_t>(kind)];
    }
    // Every rejected frame or event. Unknown types are skipped, not rejected, so not here.
    [[nodiscard]] std::uint32_t totalRejected() const noexcept;
    [[nodiscard]] bool flooded() const noexcept { return totalRejected() > kFloodLimit; }
    FrameCounters& operator+=(const FrameCounters& other) noexcept;
    // What was counted since `earlier` (a snapshot of the same counters).
    [[nodiscard]] FrameCounters since(const FrameCounters& earlier) const noexcept;

    friend bool operator==(const FrameCounters&, const FrameCounters&) = default;
};

} // namespace rollwise::protocol
