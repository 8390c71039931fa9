#pragma once

// Record Access Control Point (docs/device-protocol.md, 6.5.2): the Glucose Service RACP op
// codes, operators, filter type and response codes, over Rollwise record sequence numbers.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cstdint>

namespace rollwise::protocol {

// 6.5.2 op codes (GLS RACP). 0x00 and 0x07 - 0xFF are reserved.
enum class RacpOpcode : std::uint8_t {
    ReportRecords = 0x01,
    DeleteRecords = 0x02,
    Abort = 0x03,
    ReportNumber = 0x04,
    NumberResponse = 0x05,
    ResponseCode = 0x06,
};

// 6.5.2 operators (GLS RACP). 0x07 - 0xFF are reserved.
enum class RacpOperator : std::uint8_t {
    Null = 0x00,
    All = 0x01,
    LessOrEqual = 0x02,
    GreaterOrEqual = 0x03,
    WithinRange = 0x04,
    First = 0x05,
    Last = 0x06,
};

// 6.5.2 filter type: only the record sequence number (GLS 0x02 user facing time is not used).
inline constexpr std::uint8_t kFilterRecordSequence = 0x01;

// 6.5.2 response codes (GLS RACP). Any other value reads as ProcedureNotCompleted.
enum class RacpResponseCode : std::uint8_t {
    Success = 0x01,
    OpcodeNotSupported = 0x02,
    InvalidOperator = 0x03,
    OperatorNotSupported = 0x04,
    InvalidOperand = 0x05,
    NoRecordsFound = 0x06,
    AbortUnsuccessful = 0x07,
    ProcedureNotCompleted = 0x08,
    OperandNotSupported = 0x09,
};

inline constexpr std::size_t kRacpRequestMin = 2;
inline constexpr std::size_t kRacpRequestMax = 7;
inline constexpr std::size_t kRacpResponseSize = 4; // exactly

struct RacpRequest {
    RacpOpcode opcode = RacpOpcode::ReportNumber;
    RacpOperator op = RacpOperator::All;
    std::uint16_t min = 0; // GreaterOrEqual, WithinRange
    std::uint16_t max = 0; // LessOrEqual, WithinRange

    // The four requests the app sends (6.5.2, "The app uses only").
    [[nodiscard]] static RacpRequest reportNumberFrom(std::uint16_t first) noexcept;
    [[nodiscard]] static RacpRequest reportFrom(std::uint16_t first) noexcept;
    [[nodiscard]] static RacpRequest deleteUpTo(std::uint16_t last) noexcept;
    [[nodiscard]] static RacpRequest abort() noexcept;

    // Whether a record with `sequence` is in the set this request selects (All, <=, >=, range;
    // First and Last need the store and are answered by the device).
    [[nodiscard]] bool selects(std::uint16_t sequence) const noexcept;

    friend bool operator==(const RacpRequest&, const RacpRequest&) = default;
};

// Only op code / operator / operand combinations of 6.5.2 (Report, Delete and Report number
// with a non-Null operator; Abort with Null; operands 1 - 65535; range min <= max).
[[nodiscard]] Result<Bytes, ProtocolError> buildRacpRequest(const RacpRequest& request);

// The response code a device answers a request with, and the op code it echoes.
struct RacpRejection {
    std::uint8_t opcode = 0;
    RacpResponseCode code = RacpResponseCode::OpcodeNotSupported;
    friend bool operator==(const RacpRejection&, const RacpRejection&) = default;
};

// The device's parser, in the order of the response code table of 6.5.2: op code, operator,
// operand. First and Last are accepted (a device that does not implement them answers
// OperatorNotSupported itself).
[[nodiscard]] Result<RacpRequest, RacpRejection> parseRacpRequest(ByteView value);

struct RacpResponse {
    RacpOpcode opcode = RacpOpcode::ResponseCode; // NumberResponse or ResponseCode
    std::uint16_t count = 0;                      // NumberResponse
    std::uint8_t requestOpcode = 0;               // ResponseCode
    RacpResponseCode code = RacpResponseCode::Success;
    std::uint8_t reservedFallbacks = 0; // an unknown response code read as ProcedureNotCompleted

    [[nodiscard]] static RacpResponse number(std::uint16_t count) noexcept;
    [[nodiscard]] static RacpResponse result(RacpOpcode request, RacpResponseCode code) noexcept;

    friend bool operator==(const RacpResponse&, const RacpResponse&) = default;
};

// Exactly 4 bytes; op code 0x05 or 0x06; operator 0x00.
[[nodiscard]] Result<RacpResponse, ProtocolError> parseRacpResponse(ByteView value);
[[nodiscard]] Result<Bytes, ProtocolError> buildRacpResponse(const RacpResponse& response);

} // namespace rollwise::protocol
