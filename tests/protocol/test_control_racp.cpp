// Control Point (6.4) and Record Access Control Point (6.5.2): the exchanges of 9.5 and 9.6
// from both ends (the app's builders and parsers, the device's parsers), and every error.
#include "vectors.h"

#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/racp.h>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::protocol;
using vectors::hex;

namespace {

DeviceFeatures pen() {
    return parseDeviceFeatures(hex(vectors::kFeaturesPen.bytes)).value();
}
DeviceFeatures roller() {
    return parseDeviceFeatures(hex(vectors::kFeaturesRoller.bytes)).value();
}
DeviceFeatures homeTool() {
    return parseDeviceFeatures(hex(vectors::kFeaturesHome.bytes)).value();
}

// What a device with `features` answers `request` (ignoring its state: the pen is idle).
Bytes deviceAnswer(const Bytes& request, const DeviceFeatures& features, std::uint16_t sessionId) {
    ControlResponse response;
    auto parsed = parseControlRequest(request, features);
    if (!parsed) {
        response.requestOpcode = parsed.error().opcode;
        response.result = parsed.error().result;
    } else {
        response.requestOpcode = static_cast<std::uint8_t>(opcodeOf(parsed.value()));
        if (std::holds_alternative<StartSessionRequest>(parsed.value())) {
            response.sessionId = sessionId;
        }
    }
    return buildControlResponse(response).value();
}

} // namespace

TEST_CASE("Control Point: the exchanges of 9.5", "[protocol][control]") {
    // Requests as the app builds them.
    CHECK(buildControlRequest(StartSessionRequest{}, pen()).value() == hex("01"));
    CHECK(buildControlRequest(StopSessionRequest{}, pen()).value() == hex("02"));
    CHECK(buildControlRequest(PacingCueRequest{CuePattern::Triple, 1500}, pen()).value() ==
          hex("03 03 DC 05"));
    CHECK(buildControlRequest(SetDepthRequest{125}, pen()).value() == hex("04 7D 00"));

    // The device's side: parse, answer; the app parses the answer.
    CHECK(deviceAnswer(hex("01"), pen(), 17) == hex("80 01 01 11 00"));
    CHECK(deviceAnswer(hex("03 03 DC 05"), pen(), 0) == hex("80 03 01"));
    CHECK(deviceAnswer(hex("03 07 DC 05"), pen(), 0) == hex("80 03 03"));
    CHECK(deviceAnswer(hex("04 7D 00"), pen(), 0) == hex("80 04 01"));
    CHECK(deviceAnswer(hex("04 82 00"), pen(), 0) == hex("80 04 03"));
    CHECK(deviceAnswer(hex("04 14 00"), roller(), 0) == hex("80 04 02"));
    CHECK(deviceAnswer(hex("42"), pen(), 0) == hex("80 42 02"));

    for (const auto& x : vectors::kControlExchanges) {
        CAPTURE(x.name);
        const auto parsed = parseControlResponse(hex(x.response));
        REQUIRE(parsed);
        CHECK(parsed.value().reservedFallbacks == 0);
        CHECK(buildControlResponse(parsed.value()).value() == hex(x.response));
        CHECK(parsed.value().requestOpcode == hex(x.request)[0]);
    }
    const auto start = parseControlResponse(hex("80 01 01 11 00")).value();
    CHECK(start.result == ControlResult::Success);
    CHECK(start.sessionId == 17);
    CHECK(parseControlResponse(hex("80 01 06")).value().result == ControlResult::NotAllowedNow);
    CHECK_FALSE(parseControlResponse(hex("80 01 06")).value().sessionId);
}

TEST_CASE("Control Point: builders check the parameters and the features", "[protocol][control]") {
    CHECK(buildControlRequest(PacingCueRequest{CuePattern::Single, 500}, homeTool()).error().kind ==
          ErrorKind::Inconsistent); // no VIBRATION
    CHECK(buildControlRequest(PacingCueRequest{static_cast<CuePattern>(5), 500}, pen())
              .error()
              .field == "pattern");
    CHECK(buildControlRequest(PacingCueRequest{CuePattern::Alert, 49}, pen()).error().field ==
          "cue duration");
    CHECK(buildControlRequest(PacingCueRequest{CuePattern::Alert, 3001}, pen()).error().field ==
          "cue duration");
    CHECK(buildControlRequest(PacingCueRequest{CuePattern::Alert, 3000}, pen()));
    CHECK(buildControlRequest(PacingCueRequest{CuePattern::Single, 50}, roller()));
    CHECK(buildControlRequest(SetDepthRequest{20}, roller()).error().kind ==
          ErrorKind::Inconsistent); // no REMOTE_DEPTH
    CHECK(buildControlRequest(SetDepthRequest{130}, pen()).error().field == "depth");
    CHECK(buildControlRequest(SetDepthRequest{275}, pen()).error().field == "depth");
    CHECK(buildControlRequest(SetDepthRequest{1000}, pen()).error().field == "depth");
    CHECK(buildControlRequest(SetDepthRequest{250}, pen()));
}

TEST_CASE("Control Point: the device's parser", "[protocol][control]") {
    const auto reject = [](const char* bytes, const DeviceFeatures& f) {
        return parseControlRequest(hex(bytes), f).error();
    };
    CHECK(reject("01 00", pen()) == ControlRejection{0x01, ControlResult::InvalidParameter});
    CHECK(reject("02 00", pen()) == ControlRejection{0x02, ControlResult::InvalidParameter});
    CHECK(reject("03 01 DC", pen()) == ControlRejection{0x03, ControlResult::InvalidParameter});
    CHECK(reject("03 01 31 00", pen()) == ControlRejection{0x03, ControlResult::InvalidParameter});
    CHECK(reject("03 01 B9 0B", pen()) == ControlRejection{0x03, ControlResult::InvalidParameter});
    CHECK(reject("03 00 DC 05", pen()) == ControlRejection{0x03, ControlResult::InvalidParameter});
    CHECK(reject("03 01 DC 05", homeTool()) ==
          ControlRejection{0x03, ControlResult::OpcodeNotSupported});
    CHECK(reject("04 7D", pen()) == ControlRejection{0x04, ControlResult::InvalidParameter});
    CHECK(reject("04 7D 00 00", pen()) == ControlRejection{0x04, ControlResult::InvalidParameter});
    CHECK(reject("04 FF FF", pen()) == ControlRejection{0x04, ControlResult::InvalidParameter});
    CHECK(reject("00", pen()) == ControlRejection{0x00, ControlResult::OpcodeNotSupported});
    CHECK(reject("05", pen()) == ControlRejection{0x05, ControlResult::OpcodeNotSupported});
    CHECK(reject("FF 01", pen()) == ControlRejection{0xFF, ControlResult::OpcodeNotSupported});
    CHECK(parseControlRequest(hex("03 04 B8 0B"), pen()).value() ==
          ControlRequest{PacingCueRequest{CuePattern::Alert, 3000}});
    CHECK(parseControlRequest(ByteView{}, pen()).error().result == ControlResult::InvalidParameter);
}

TEST_CASE("Control Point: response errors and fallbacks", "[protocol][control]") {
    CHECK(parseControlResponse(hex("80 02")).error().kind == ErrorKind::TooShort);
    CHECK(parseControlResponse(hex("81 02 01")).error().kind == ErrorKind::Reserved);
    CHECK(parseControlResponse(hex("80 01 01 11")).error().field == "session id");
    CHECK(parseControlResponse(Bytes(21, 0x80)).error().kind == ErrorKind::Oversized);
    // Reserved result codes read as operation failed, counted.
    for (const char* bytes : {"80 02 00", "80 02 07", "80 02 FF"}) {
        const auto r = parseControlResponse(hex(bytes));
        REQUIRE(r);
        CHECK(r.value().result == ControlResult::OperationFailed);
        CHECK(r.value().reservedFallbacks == 1);
    }
    // A failed start carries no session id; extra bytes are ignored.
    CHECK_FALSE(parseControlResponse(hex("80 01 06 11 00")).value().sessionId);
    CHECK(parseControlResponse(hex("80 02 01 99")).value().result == ControlResult::Success);
    // The builder: a session id belongs to a successful start only.
    CHECK_FALSE(buildControlResponse(ControlResponse{0x01, ControlResult::Success, {}, 0}));
    CHECK_FALSE(buildControlResponse(ControlResponse{0x02, ControlResult::Success, 5, 0}));
    CHECK_FALSE(buildControlResponse(ControlResponse{0x02, static_cast<ControlResult>(9), {}, 0}));
}

TEST_CASE("RACP: the exchanges of 9.6", "[protocol][racp]") {
    // The four requests the app sends.
    CHECK(buildRacpRequest(RacpRequest::reportNumberFrom(42)).value() == hex("04 03 01 2A 00"));
    CHECK(buildRacpRequest(RacpRequest::reportFrom(42)).value() == hex("01 03 01 2A 00"));
    CHECK(buildRacpRequest(RacpRequest::deleteUpTo(44)).value() == hex("02 02 01 2C 00"));
    CHECK(buildRacpRequest(RacpRequest::abort()).value() == hex("03 00"));
    CHECK(
        buildRacpRequest({RacpOpcode::DeleteRecords, RacpOperator::WithinRange, 42, 44}).value() ==
        hex("02 04 01 2A 00 2C 00"));
    CHECK(buildRacpRequest({RacpOpcode::ReportNumber, RacpOperator::All, 0, 0}).value() ==
          hex("04 01"));

    // The device's parser answers exactly the 9.6 response codes for the bad ones.
    for (const auto& x : vectors::kRacpExchanges) {
        CAPTURE(x.name);
        const Bytes request = hex(x.request);
        const Bytes response = hex(x.response);
        const auto parsed = parseRacpRequest(request);
        const auto answer = parseRacpResponse(response);
        REQUIRE(answer);
        CHECK(buildRacpResponse(answer.value()).value() == response);
        if (!parsed) {
            CHECK(answer.value().opcode == RacpOpcode::ResponseCode);
            CHECK(parsed.error().opcode == answer.value().requestOpcode);
            CHECK(parsed.error().code == answer.value().code);
        } else {
            CHECK(buildRacpRequest(parsed.value()).value() == request); // round trip
            if (answer.value().opcode == RacpOpcode::ResponseCode) {
                CHECK(answer.value().requestOpcode == request[0]);
            }
        }
    }
    CHECK(parseRacpResponse(hex("05 00 03 00")).value() == RacpResponse::number(3));
    CHECK(parseRacpResponse(hex("06 00 01 06")).value() ==
          RacpResponse::result(RacpOpcode::ReportRecords, RacpResponseCode::NoRecordsFound));
}

TEST_CASE("RACP: requests the builder refuses", "[protocol][racp]") {
    CHECK(buildRacpRequest({RacpOpcode::ReportRecords, RacpOperator::Null, 0, 0}).error().kind ==
          ErrorKind::Inconsistent);
    CHECK(buildRacpRequest({RacpOpcode::Abort, RacpOperator::All, 0, 0}).error().kind ==
          ErrorKind::Inconsistent);
    CHECK(buildRacpRequest({RacpOpcode::NumberResponse, RacpOperator::Null, 0, 0}).error().field ==
          "op code");
    CHECK(buildRacpRequest({RacpOpcode::ReportRecords, static_cast<RacpOperator>(7), 0, 0})
              .error()
              .field == "operator");
    CHECK(buildRacpRequest(RacpRequest::reportFrom(0)).error().field == "operand");
    CHECK(buildRacpRequest(RacpRequest::deleteUpTo(0)).error().field == "operand");
    CHECK(buildRacpRequest({RacpOpcode::ReportRecords, RacpOperator::WithinRange, 48, 42})
              .error()
              .kind == ErrorKind::Inconsistent);
    CHECK_FALSE(buildRacpRequest({RacpOpcode::ReportRecords, RacpOperator::WithinRange, 0, 42}));
}

TEST_CASE("RACP: the device's parser, rule by rule", "[protocol][racp]") {
    const auto code = [](const char* bytes) { return parseRacpRequest(hex(bytes)).error().code; };
    CHECK(code("05 00 01 00") == RacpResponseCode::OpcodeNotSupported);
    CHECK(code("06 00") == RacpResponseCode::OpcodeNotSupported);
    CHECK(code("00 01") == RacpResponseCode::OpcodeNotSupported);
    CHECK(code("01") == RacpResponseCode::InvalidOperator);
    CHECK(code("03 01") == RacpResponseCode::InvalidOperator);
    CHECK(code("04 00") == RacpResponseCode::InvalidOperator);
    CHECK(code("02 FF") == RacpResponseCode::OperatorNotSupported);
    CHECK(code("01 01 00") == RacpResponseCode::InvalidOperand);
    CHECK(code("03 00 00") == RacpResponseCode::InvalidOperand);
    CHECK(code("01 03") == RacpResponseCode::InvalidOperand);
    CHECK(code("01 03 01 2A") == RacpResponseCode::InvalidOperand);
    CHECK(code("01 03 01 2A 00 00") == RacpResponseCode::InvalidOperand);
    CHECK(code("01 04 01 2A 00") == RacpResponseCode::InvalidOperand);
    CHECK(code("02 02 02 2A 00") == RacpResponseCode::OperandNotSupported);
    const auto first = parseRacpRequest(hex("01 05"));
    REQUIRE(first);
    CHECK(first.value().op == RacpOperator::First);
    CHECK(parseRacpRequest(hex("02 04 01 2A 00 2A 00")).value().selects(42));
    CHECK_FALSE(parseRacpRequest(hex("02 04 01 2A 00 2A 00")).value().selects(43));
    CHECK(RacpRequest::deleteUpTo(44).selects(1));
    CHECK_FALSE(RacpRequest::deleteUpTo(44).selects(45));
    CHECK(RacpRequest::reportFrom(42).selects(0xFFFF));
    CHECK_FALSE(RacpRequest::reportFrom(42).selects(41));
}

TEST_CASE("RACP: response errors and fallbacks", "[protocol][racp]") {
    CHECK(parseRacpResponse(hex("05 00 03")).error().kind == ErrorKind::LengthMismatch);
    CHECK(parseRacpResponse(hex("05 00 03 00 00")).error().kind == ErrorKind::LengthMismatch);
    CHECK(parseRacpResponse(hex("04 00 03 00")).error().kind == ErrorKind::Reserved);
    CHECK(parseRacpResponse(hex("05 01 03 00")).error().field == "operator");
    CHECK(parseRacpResponse(hex("06 03 01 01")).error().field == "operator");
    for (const char* bytes : {"06 00 01 00", "06 00 01 0A", "06 00 01 FF"}) {
        const auto r = parseRacpResponse(hex(bytes));
        REQUIRE(r);
        CHECK(r.value().code == RacpResponseCode::ProcedureNotCompleted);
        CHECK(r.value().reservedFallbacks == 1);
    }
    CHECK_FALSE(buildRacpResponse(
        RacpResponse::result(RacpOpcode::ReportRecords, static_cast<RacpResponseCode>(0))));
    RacpResponse wrong;
    wrong.opcode = RacpOpcode::Abort;
    CHECK_FALSE(buildRacpResponse(wrong));
}
