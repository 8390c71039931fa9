#pragma once

// Control Point (docs/device-protocol.md, 6.4): requests the app builds and the device parses,
// response indications the device builds and the app parses.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cstdint>
#include <optional>
#include <variant>

namespace rollwise::protocol {

// 6.4.1 op codes; 0x00 and 0x05 - 0xFF are reserved ("op code not supported").
enum class ControlOpcode : std::uint8_t {
    StartSession = 0x01,
    StopSession = 0x02,
    PacingCue = 0x03,
    SetDepth = 0x04,
};
// 6.4.2 response op code.
inline constexpr std::uint8_t kControlResponseOpcode = 0x80;

// 6.4.1 Pacing Cue patterns.
enum class CuePattern : std::uint8_t { Single = 0x01, Double = 0x02, Triple = 0x03, Alert = 0x04 };
inline constexpr std::uint16_t kCueDurationMin = 50;   // ms
inline constexpr std::uint16_t kCueDurationMax = 3000; // ms

// 6.4.2 result codes; 0x00 and 0x07 - 0xFF read as OperationFailed.
enum class ControlResult : std::uint8_t {
    Success = 0x01,
    OpcodeNotSupported = 0x02,
    InvalidParameter = 0x03,
    OperationFailed = 0x04,
    Busy = 0x05,
    NotAllowedNow = 0x06,
};

struct StartSessionRequest {
    friend bool operator==(const StartSessionRequest&, const StartSessionRequest&) = default;
};
struct StopSessionRequest {
    friend bool operator==(const StopSessionRequest&, const StopSessionRequest&) = default;
};
struct PacingCueRequest {
    CuePattern pattern = CuePattern::Single;
    std::uint16_t durationMs = 500;
    friend bool operator==(const PacingCueRequest&, const PacingCueRequest&) = default;
};
struct SetDepthRequest {
    std::uint16_t depth = kLengthMin;
    friend bool operator==(const SetDepthRequest&, const SetDepthRequest&) = default;
};
using ControlRequest =
    std::variant<StartSessionRequest, StopSessionRequest, PacingCueRequest, SetDepthRequest>;

[[nodiscard]] ControlOpcode opcodeOf(const ControlRequest& request) noexcept;

// The app's builder: parameters valid, and the capability the op code needs is in `features`
// (6.4.1: Pacing Cue needs VIBRATION, Set Depth needs REMOTE_DEPTH and a depth on the grid).
[[nodiscard]] Result<Bytes, ProtocolError> buildControlRequest(const ControlRequest& request,
                                                               const DeviceFeatures& features);

// What a device answers a request it will not carry out (6.4.2), with the op code echoed.
struct ControlRejection {
    std::uint8_t opcode = 0;
    ControlResult result = ControlResult::OpcodeNotSupported;
    friend bool operator==(const ControlRejection&, const ControlRejection&) = default;
};
// The device's parser: op code known and supported by `features`, exact length, parameters
// valid. (An empty write never gets here: it is ATT error 0x0D, 6.4.2.)
[[nodiscard]] Result<ControlRequest, ControlRejection>
parseControlRequest(ByteView value, const DeviceFeatures& features);

inline constexpr std::size_t kControlResponseMin = 3;
inline constexpr std::size_t kStartSuccessResponseMin = 5;

struct ControlResponse {
    std::uint8_t requestOpcode = 0;
    ControlResult result = ControlResult::Success;
    std::optional<std::uint16_t> sessionId; // Start Session with success only (0: not stored)
    std::uint8_t reservedFallbacks = 0;     // a reserved result code read as OperationFailed

    friend bool operator==(const ControlResponse&, const ControlResponse&) = default;
};

[[nodiscard]] Result<ControlResponse, ProtocolError> parseControlResponse(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildControlResponse(const ControlResponse& response);

} // namespace rollwise::protocol
