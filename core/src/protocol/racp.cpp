// Record Access Control Point (6.5.2).
#include "bytes.h"

#include <rollwise/core/protocol/racp.h>

namespace rollwise::protocol {

using namespace detail;

namespace {

constexpr auto kRequest = FrameKind::RacpRequest;
constexpr auto kResponse = FrameKind::RacpResponse;

constexpr std::uint8_t op(RacpOpcode c) noexcept {
    return static_cast<std::uint8_t>(c);
}
constexpr std::uint8_t op(RacpOperator o) noexcept {
    return static_cast<std::uint8_t>(o);
}

bool isRequestOpcode(std::uint8_t c) noexcept {
    return c >= op(RacpOpcode::ReportRecords) && c <= op(RacpOpcode::ReportNumber);
}

} // namespace

RacpRequest RacpRequest::reportNumberFrom(std::uint16_t first) noexcept {
    return {RacpOpcode::ReportNumber, RacpOperator::GreaterOrEqual, first, 0};
}
RacpRequest RacpRequest::reportFrom(std::uint16_t first) noexcept {
    return {RacpOpcode::ReportRecords, RacpOperator::GreaterOrEqual, first, 0};
}
RacpRequest RacpRequest::deleteUpTo(std::uint16_t last) noexcept {
    return {RacpOpcode::DeleteRecords, RacpOperator::LessOrEqual, 0, last};
}
RacpRequest RacpRequest::abort() noexcept {
    return {RacpOpcode::Abort, RacpOperator::Null, 0, 0};
}

bool RacpRequest::selects(std::uint16_t sequence) const noexcept {
    switch (op) {
    case RacpOperator::All:
        return true;
    case RacpOperator::LessOrEqual:
        return sequence <= max;
    case RacpOperator::GreaterOrEqual:
        return sequence >= min;
    case RacpOperator::WithinRange:
        return sequence >= min && sequence <= max;
    case RacpOperator::Null:
    case RacpOperator::First:
    case RacpOperator::Last:
        break;
    }
    return false;
}

Result<Bytes, ProtocolError> buildRacpRequest(const RacpRequest& r) {
    const std::uint8_t code = op(r.opcode);
    const std::uint8_t oper = op(r.op);
    if (!isRequestOpcode(code)) {
        return Failure{outOfRange(kRequest, "op code", "must be a request: 0x01 - 0x04")};
    }
    if (oper > op(RacpOperator::Last)) {
        return Failure{outOfRange(kRequest, "operator", "is reserved")};
    }
    if ((r.opcode == RacpOpcode::Abort) != (r.op == RacpOperator::Null)) {
        return Failure{
            inconsistent(kRequest, "operator", "must be Null for Abort and only for Abort")};
    }
    Bytes out{code, oper};
    switch (r.op) {
    case RacpOperator::LessOrEqual:
        if (r.max == 0) {
            return Failure{outOfRange(kRequest, "operand", "must be a record sequence 1 - 65535")};
        }
        put8(out, kFilterRecordSequence);
        put16(out, r.max);
        break;
    case RacpOperator::GreaterOrEqual:
        if (r.min == 0) {
            return Failure{outOfRange(kRequest, "operand", "must be a record sequence 1 - 65535")};
        }
        put8(out, kFilterRecordSequence);
        put16(out, r.min);
        break;
    case RacpOperator::WithinRange:
        if (r.min == 0 || r.max == 0) {
            return Failure{outOfRange(kRequest, "operand", "must be a record sequence 1 - 65535")};
        }
        if (r.min > r.max) {
            return Failure{inconsistent(kRequest, "operand", "range has min > max")};
        }
        put8(out, kFilterRecordSequence);
        put16(out, r.min);
        put16(out, r.max);
        break;
    case RacpOperator::Null:
    case RacpOperator::All:
    case RacpOperator::First:
    case RacpOperator::Last:
        break;
    }
    return out;
}

Result<RacpRequest, RacpRejection> parseRacpRequest(ByteView value) {
    const std::uint8_t code = value.empty() ? 0 : u8(value, 0);
    const auto reject = [code](RacpResponseCode rc) { return Failure{RacpRejection{code, rc}}; };
    if (!isRequestOpcode(code)) {
        return reject(RacpResponseCode::OpcodeNotSupported);
    }
    if (value.size() < kRacpRequestMin) {
        return reject(RacpResponseCode::InvalidOperator);
    }
    const std::uint8_t oper = u8(value, 1);
    if (oper > op(RacpOperator::Last)) {
        return reject(RacpResponseCode::OperatorNotSupported);
    }
    RacpRequest r;
    r.opcode = static_cast<RacpOpcode>(code);
    r.op = static_cast<RacpOperator>(oper);
    if ((r.opcode == RacpOpcode::Abort) != (r.op == RacpOperator::Null)) {
        return reject(RacpResponseCode::InvalidOperator);
    }
    const ByteView operand = value.subspan(2);
    switch (r.op) {
    case RacpOperator::Null:
    case RacpOperator::All:
    case RacpOperator::First:
    case RacpOperator::Last:
        if (!operand.empty()) {
            return reject(RacpResponseCode::InvalidOperand);
        }
        return r;
    case RacpOperator::LessOrEqual:
    case RacpOperator::GreaterOrEqual:
    case RacpOperator::WithinRange:
        break;
    }
    if (operand.empty()) {
        return reject(RacpResponseCode::InvalidOperand);
    }
    if (u8(operand, 0) != kFilterRecordSequence) {
        return reject(RacpResponseCode::OperandNotSupported);
    }
    const std::size_t expected = r.op == RacpOperator::WithinRange ? 5 : 3;
    if (operand.size() != expected) {
        return reject(RacpResponseCode::InvalidOperand);
    }
    if (r.op == RacpOperator::LessOrEqual) {
        r.max = u16(operand, 1);
    } else if (r.op == RacpOperator::GreaterOrEqual) {
        r.min = u16(operand, 1);
    } else {
        r.min = u16(operand, 1);
        r.max = u16(operand, 3);
        if (r.min > r.max) {
            return reject(RacpResponseCode::InvalidOperand);
        }
    }
    return r;
}

RacpResponse RacpResponse::number(std::uint16_t count) noexcept {
    RacpResponse r;
    r.opcode = RacpOpcode::NumberResponse;
    r.count = count;
    return r;
}

RacpResponse RacpResponse::result(RacpOpcode request, RacpResponseCode code) noexcept {
    RacpResponse r;
    r.opcode = RacpOpcode::ResponseCode;
    r.requestOpcode = static_cast<std::uint8_t>(request);
    r.code = code;
    return r;
}

Result<RacpResponse, ProtocolError> parseRacpResponse(ByteView value) {
    if (value.size() != kRacpResponseSize) {
        return Failure{lengthMismatch(kResponse, "must be exactly 4 bytes")};
    }
    const std::uint8_t code = u8(value, 0);
    if (code != op(RacpOpcode::NumberResponse) && code != op(RacpOpcode::ResponseCode)) {
        return Failure{
            makeError(ErrorKind::Reserved, kResponse, "op code", "must be 0x05 or 0x06")};
    }
    if (u8(value, 1) != op(RacpOperator::Null)) {
        return Failure{makeError(ErrorKind::Reserved, kResponse, "operator", "must be Null")};
    }
    if (code == op(RacpOpcode::NumberResponse)) {
        return RacpResponse::number(u16(value, 2));
    }
    RacpResponse r;
    r.opcode = RacpOpcode::ResponseCode;
    r.requestOpcode = u8(value, 2);
    const std::uint8_t rc = u8(value, 3);
    if (rc >= static_cast<std::uint8_t>(RacpResponseCode::Success) &&
        rc <= static_cast<std::uint8_t>(RacpResponseCode::OperandNotSupported)) {
        r.code = static_cast<RacpResponseCode>(rc);
    } else {
        // 6.5.2: any other value reads as Procedure not completed.
        r.code = RacpResponseCode::ProcedureNotCompleted;
        ++r.reservedFallbacks;
    }
    return r;
}

Result<Bytes, ProtocolError> buildRacpResponse(const RacpResponse& r) {
    Bytes out{op(r.opcode), op(RacpOperator::Null)};
    if (r.opcode == RacpOpcode::NumberResponse) {
        put16(out, r.count);
        return out;
    }
    if (r.opcode != RacpOpcode::ResponseCode) {
        return Failure{outOfRange(kResponse, "op code", "must be 0x05 or 0x06")};
    }
    const auto rc = static_cast<std::uint8_t>(r.code);
    if (rc < 1 || rc > static_cast<std::uint8_t>(RacpResponseCode::OperandNotSupported)) {
        return Failure{outOfRange(kResponse, "response code", "must be 0x01 - 0x09")};
    }
    put8(out, r.requestOpcode);
    put8(out, rc);
    return out;
}

} // namespace rollwise::protocol
