#pragma once

// Live Events (docs/device-protocol.md, 6.3): the frame, the walk over a notification, every
// v1.0 payload, and the builders the simulated devices use.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cstdint>
#include <optional>
#include <span>
#include <variant>

namespace rollwise::protocol {

// 6.3.1: type, L, sequence, time.
inline constexpr std::size_t kEventHeaderSize = 7;
inline constexpr std::uint8_t kEventPayloadMax = 13; // 7 + 13 = 20

// 6.3.3 event types. 0x00 and 0xFF are reserved (rejected, counted), 0x0A - 0xFE unknown
// (skipped by L, counted).
enum class EventType : std::uint8_t {
    SessionStarted = 0x01,
    PassStart = 0x02,
    PassEnd = 0x03,
    PressureSample = 0x04,
    DepthChanged = 0x05,
    BatteryLevel = 0x06,
    Fault = 0x07,
    SessionEnded = 0x08,
    StrokeRateChanged = 0x09,
};
inline constexpr std::uint8_t kEventTypeReservedLow = 0x00;
inline constexpr std::uint8_t kEventTypeReservedHigh = 0xFF;
inline constexpr std::uint8_t kEventTypeFirstVendor = 0x80;

// 6.3.3: the payload length L of each type in v1.0; a smaller L is rejected, a larger one is
// read (the extra bytes are later minor versions' fields).
[[nodiscard]] constexpr std::uint8_t payloadLength(EventType type) noexcept {
    switch (type) {
    case EventType::SessionStarted:
        return 11;
    case EventType::PassStart:
        return 3;
    case EventType::PassEnd:
        return 13;
    case EventType::PressureSample:
        return 2;
    case EventType::DepthChanged:
        return 3;
    case EventType::BatteryLevel:
        return 2;
    case EventType::Fault:
        return 3;
    case EventType::SessionEnded:
        return 7;
    case EventType::StrokeRateChanged:
        return 2;
    }
    return 0;
}

// 6.3.4 Session Started origin; reserved values read as DeviceControl.
enum class SessionOrigin : std::uint8_t { DeviceControl = 1, ControlPoint = 2, Resent = 3 };
// 6.3.4 Depth Changed and Stroke Rate Changed origin; reserved values read as DeviceControl.
enum class ChangeOrigin : std::uint8_t { DeviceControl = 1, ControlPoint = 2 };
// 6.3.4 Session Ended reason (also the record's end reason, 6.5.4). 0 is rejected; reserved
// values read as Other.
enum class EndReason : std::uint8_t {
    DeviceControl = 1,
    ControlPointStop = 2,
    IdleTimeout = 3,
    MaximumDuration = 4,
    Fault = 5,
    HeadRemoved = 6,
    BatteryCritical = 7,
    Other = 0xFF, // never sent: what a reserved value reads as
};
// 6.3.4 Fault codes. 0x00 is rejected; 0x07 - 0xFF are kept as they are ("unknown fault n").
namespace fault {
inline constexpr std::uint8_t kLowBattery = 0x01;
inline constexpr std::uint8_t kMotorStall = 0x02;
inline constexpr std::uint8_t kHeadMissing = 0x03;
inline constexpr std::uint8_t kSensorError = 0x04;
inline constexpr std::uint8_t kStorageFull = 0x05;
inline constexpr std::uint8_t kOverheat = 0x06;
} // namespace fault
[[nodiscard]] constexpr bool knownFault(std::uint8_t code) noexcept {
    return code >= fault::kLowBattery && code <= fault::kOverheat;
}
// 6.3.4 Battery Level power state bits.
namespace power {
inline constexpr std::uint8_t kCharging = 0x01;
inline constexpr std::uint8_t kExternalPower = 0x02;
} // namespace power

// ---- Payloads (6.3.4) --------------------------------------------------------------------

struct SessionStarted {
    std::uint16_t sessionId = 0;                 // 0: the session will not be stored
    std::uint32_t startTime = kTimestampUnknown; // Timestamp
    SessionOrigin origin = SessionOrigin::DeviceControl;
    std::optional<std::uint16_t> depth; // Length; nullopt = unknown (0xFFFF)
    std::uint16_t passesSoFar = 0;
    friend bool operator==(const SessionStarted&, const SessionStarted&) = default;
};

struct PassStart {
    StrokeDirection direction = StrokeDirection::Unknown;
    std::uint16_t passNumber = 1; // from 1 within the session
    friend bool operator==(const PassStart&, const PassStart&) = default;
};

// The Pass End payload; stored records reuse it for their pass entries (6.5.4).
struct PassSummary {
    StrokeDirection direction = StrokeDirection::Unknown;
    std::uint16_t durationMs = kPassDurationMin;
    std::optional<std::uint16_t> distanceMm;     // nullopt = not measured
    std::optional<std::uint16_t> speedMmPerS;    // nullopt = not measured
    std::optional<std::uint16_t> meanPressureCn; // both or neither (6.3.4)
    std::optional<std::uint16_t> peakPressureCn; // >= mean
    std::optional<std::uint16_t> depth;          // Length; nullopt = unknown
    friend bool operator==(const PassSummary&, const PassSummary&) = default;
};
inline constexpr std::size_t kPassSummarySize = 13;

struct PressureSample {
    std::uint16_t pressureCn = 0;
    friend bool operator==(const PressureSample&, const PressureSample&) = default;
};

struct DepthChanged {
    std::uint16_t depth = kLengthMin;
    ChangeOrigin origin = ChangeOrigin::DeviceControl;
    friend bool operator==(const DepthChanged&, const DepthChanged&) = default;
};

struct BatteryStatus {
    std::uint8_t percent = 0;
    std::uint8_t powerState = 0; // power:: bits; reserved bits masked off
    [[nodiscard]] bool charging() const noexcept { return (powerState & power::kCharging) != 0; }
    [[nodiscard]] bool externalPower() const noexcept {
        return (powerState & power::kExternalPower) != 0;
    }
    friend bool operator==(const BatteryStatus&, const BatteryStatus&) = default;
};

struct FaultEvent {
    std::uint8_t code = fault::kLowBattery;
    bool raised = false;
    std::uint8_t detail = 0; // for a sensor error: the sensor bits (6.1) that failed
    friend bool operator==(const FaultEvent&, const FaultEvent&) = default;
};

struct SessionEnded {
    std::uint16_t sessionId = 0;
    EndReason reason = EndReason::DeviceControl;
    std::uint16_t passCount = 0;
    std::uint16_t contactTenths = 0;
    friend bool operator==(const SessionEnded&, const SessionEnded&) = default;
};

struct StrokeRateChanged {
    std::uint8_t rate = kStrokeRateMin;
    ChangeOrigin origin = ChangeOrigin::DeviceControl;
    friend bool operator==(const StrokeRateChanged&, const StrokeRateChanged&) = default;
};

// In EventType order: the index of an alternative is its type - 1.
using EventPayload =
    std::variant<SessionStarted, PassStart, PassSummary, PressureSample, DepthChanged,
                 BatteryStatus, FaultEvent, SessionEnded, StrokeRateChanged>;

struct LiveEvent {
    std::uint16_t sequence = 0;
    std::optional<std::uint32_t> timeMs; // nullopt: no session running (0xFFFFFF)
    EventPayload payload;
    std::uint8_t reservedFallbacks = 0; // reserved enum values read as their fallback

    [[nodiscard]] EventType type() const noexcept {
        return static_cast<EventType>(payload.index() + 1);
    }
    friend bool operator==(const LiveEvent&, const LiveEvent&) = default;
};

// ---- The walk (6.3.1) ----------------------------------------------------------------------

struct EventHeader {
    std::uint8_t type = 0;
    std::uint8_t length = 0;
    std::uint16_t sequence = 0;
    std::uint32_t time = kNoSession;
};

struct RawEvent {
    EventHeader header;
    ByteView payload; // exactly `header.length` bytes of the notification
};

// Hands out the whole events of one notification, in order, by their length byte. It never
// reads outside the span. A notification over 20 bytes yields nothing (Oversized); 1 - 6 bytes
// left over, or an event whose L runs past the end, end the walk (Truncated).
class EventWalker {
public:
    explicit EventWalker(ByteView notification) noexcept;
    [[nodiscard]] std::optional<RawEvent> next() noexcept;
    // Why the walk ended early, once next() returned nullopt; nullopt when it simply ended.
    [[nodiscard]] std::optional<ErrorKind> error() const noexcept { return m_error; }

private:
    ByteView m_rest;
    std::optional<ErrorKind> m_error;
};

// One event's header and payload: Reserved for types 0x00 and 0xFF, UnknownType for the
// types this version does not know (skip them), TooShort when L is below the v1.0 length,
// OutOfRange / Inconsistent for the fields (6.3.4) and for a header time above 3 600 000 ms.
[[nodiscard]] Result<LiveEvent, ProtocolError> parseEvent(const RawEvent& raw);
// Shared by Pass End and the record's pass entries: exactly 13 bytes are read.
[[nodiscard]] Result<PassSummary, ProtocolError> parsePassSummary(ByteView payload,
                                                                  FrameKind frame);

// Builders produce only valid frames (section 10): an out-of-range value is an error. The
// payload has the v1.0 length.
[[nodiscard]] Result<Bytes, ProtocolError> buildEvent(const LiveEvent& event);
// Several events back to back in one notification; at most 20 bytes in all.
[[nodiscard]] Result<Bytes, ProtocolError> buildNotification(std::span<const LiveEvent> events);
[[nodiscard]] Result<Bytes, ProtocolError> buildPassSummary(const PassSummary& pass,
                                                            FrameKind frame);

} // namespace rollwise::protocol
