// Control Point (6.4).
#include "bytes.h"

#include <rollwise/core/protocol/control_point.h>

#include <type_traits>
#include <variant>

namespace rollwise::protocol {

using namespace detail;

namespace {

constexpr auto kRequest = FrameKind::ControlRequest;
constexpr auto kResponse = FrameKind::ControlResponse;

bool validPattern(std::uint8_t p) noexcept {
    return p >= static_cast<std::uint8_t>(CuePattern::Single) &&
           p <= static_cast<std::uint8_t>(CuePattern::Alert);
}
bool validCueDuration(std::uint16_t ms) noexcept {
    return ms >= kCueDurationMin && ms <= kCueDurationMax;
}

} // namespace

// opcodeOf() maps the request's variant index to its op code: index = op code - 1.
static_assert(std::is_same_v<std::variant_alternative_t<0, ControlRequest>, StartSessionRequest>);
static_assert(std::is_same_v<std::variant_alternative_t<3, ControlRequest>, SetDepthRequest>);

ControlOpcode opcodeOf(const ControlRequest& request) noexcept {
    return static_cast<ControlOpcode>(request.index() + 1);
}

Result<Bytes, ProtocolError> buildControlRequest(const ControlRequest& request,
                                                 const DeviceFeatures& features) {
    Bytes out{static_cast<std::uint8_t>(opcodeOf(request))};
    if (const auto* cue = std::get_if<PacingCueRequest>(&request)) {
        if (!features.can(capability::kVibration)) {
            return Failure{inconsistent(kRequest, "Pacing Cue", "needs the VIBRATION capability")};
        }
        if (!validPattern(static_cast<std::uint8_t>(cue->pattern))) {
            return Failure{outOfRange(kRequest, "pattern", "must be 1 - 4")};
        }
        if (!validCueDuration(cue->durationMs)) {
            return Failure{outOfRange(kRequest, "cue duration", "must be 50 - 3000 ms")};
        }
        put8(out, static_cast<std::uint8_t>(cue->pattern));
        put16(out, cue->durationMs);
    } else if (const auto* depth = std::get_if<SetDepthRequest>(&request)) {
        if (!features.can(capability::kRemoteDepth)) {
            return Failure{
                inconsistent(kRequest, "Set Depth", "needs the REMOTE_DEPTH capability")};
        }
        if (!validLength(depth->depth) || !features.depthAllowed(depth->depth)) {
            return Failure{
                outOfRange(kRequest, "depth", "is outside the device's range or off its grid")};
        }
        put16(out, depth->depth);
    }
    return out;
}

Result<ControlRequest, ControlRejection> parseControlRequest(ByteView value,
                                                             const DeviceFeatures& features) {
    if (value.empty()) {
        return Failure{ControlRejection{0, ControlResult::InvalidParameter}};
    }
    const std::uint8_t opcode = u8(value, 0);
    const auto reject = [opcode](ControlResult result) {
        return Failure{ControlRejection{opcode, result}};
    };
    switch (opcode) {
    case static_cast<std::uint8_t>(ControlOpcode::StartSession):
        if (value.size() != 1) {
            return reject(ControlResult::InvalidParameter);
        }
        return ControlRequest{StartSessionRequest{}};
    case static_cast<std::uint8_t>(ControlOpcode::StopSession):
        if (value.size() != 1) {
            return reject(ControlResult::InvalidParameter);
        }
        return ControlRequest{StopSessionRequest{}};
    case static_cast<std::uint8_t>(ControlOpcode::PacingCue): {
        // The capability comes first: without it the op code is not supported (6.4.2).
        if (!features.can(capability::kVibration)) {
            return reject(ControlResult::OpcodeNotSupported);
        }
        if (value.size() != 4 || !validPattern(u8(value, 1)) || !validCueDuration(u16(value, 2))) {
            return reject(ControlResult::InvalidParameter);
        }
        return ControlRequest{
            PacingCueRequest{static_cast<CuePattern>(u8(value, 1)), u16(value, 2)}};
    }
    case static_cast<std::uint8_t>(ControlOpcode::SetDepth):
        if (!features.can(capability::kRemoteDepth)) {
            return reject(ControlResult::OpcodeNotSupported);
        }
        if (value.size() != 3 || !features.depthAllowed(u16(value, 1))) {
            return reject(ControlResult::InvalidParameter);
        }
        return ControlRequest{SetDepthRequest{u16(value, 1)}};
    default:
        return reject(ControlResult::OpcodeNotSupported);
    }
}

Result<ControlResponse, ProtocolError> parseControlResponse(ByteView value) {
    if (value.size() < kControlResponseMin) {
        return Failure{tooShort(kResponse)};
    }
    if (value.size() > kMaxFrameSize) {
        return Failure{oversized(kResponse)};
    }
    if (u8(value, 0) != kControlResponseOpcode) {
        return Failure{
            makeError(ErrorKind::Reserved, kResponse, "response op code", "must be 0x80")};
    }
    ControlResponse r;
    r.requestOpcode = u8(value, 1);
    const std::uint8_t result = u8(value, 2);
    if (result >= static_cast<std::uint8_t>(ControlResult::Success) &&
        result <= static_cast<std::uint8_t>(ControlResult::NotAllowedNow)) {
        r.result = static_cast<ControlResult>(result);
    } else {
        r.result = ControlResult::OperationFailed;
        ++r.reservedFallbacks;
    }
    if (r.requestOpcode == static_cast<std::uint8_t>(ControlOpcode::StartSession) &&
        r.result == ControlResult::Success) {
        if (value.size() < kStartSuccessResponseMin) {
            return Failure{makeError(ErrorKind::TooShort, kResponse, "session id",
                                     "is missing from a successful Start Session")};
        }
        r.sessionId = u16(value, 3);
    }
    return r;
}

Result<Bytes, ProtocolError> buildControlResponse(const ControlResponse& r) {
    const auto result = static_cast<std::uint8_t>(r.result);
    if (result < static_cast<std::uint8_t>(ControlResult::Success) ||
        result > static_cast<std::uint8_t>(ControlResult::NotAllowedNow)) {
        return Failure{outOfRange(kResponse, "result", "must be 0x01 - 0x06")};
    }
    const bool startSuccess =
        r.requestOpcode == static_cast<std::uint8_t>(ControlOpcode::StartSession) &&
        r.result == ControlResult::Success;
    if (startSuccess != r.sessionId.has_value()) {
        return Failure{inconsistent(kResponse, "session id",
                                    "belongs to a successful Start Session, and only there")};
    }
    Bytes out{kControlResponseOpcode, r.requestOpcode, result};
    if (r.sessionId) {
        put16(out, *r.sessionId);
    }
    return out;
}

} // namespace rollwise::protocol
