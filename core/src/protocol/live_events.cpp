// Live Events (6.3): walk, payload parsers and builders.
#include "bytes.h"

#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/live_events.h>

#include <type_traits>
#include <variant>

namespace rollwise::protocol {

using namespace detail;

// LiveEvent::type() maps the payload's variant index to its type: index = type - 1.
static_assert(std::variant_size_v<EventPayload> == 9);
static_assert(std::is_same_v<std::variant_alternative_t<0, EventPayload>, SessionStarted>);
static_assert(std::is_same_v<std::variant_alternative_t<2, EventPayload>, PassSummary>);
static_assert(std::is_same_v<std::variant_alternative_t<5, EventPayload>, BatteryStatus>);
static_assert(std::is_same_v<std::variant_alternative_t<8, EventPayload>, StrokeRateChanged>);

namespace {

constexpr auto kEvent = FrameKind::LiveEvent;

// A Direction byte: 5 - 255 are reserved and read as Unknown (section 3).
StrokeDirection readDirection(std::uint8_t raw, std::uint8_t& reserved) noexcept {
    if (raw > static_cast<std::uint8_t>(StrokeDirection::DiagonalDown)) {
        ++reserved;
        return StrokeDirection::Unknown;
    }
    return static_cast<StrokeDirection>(raw);
}

// An optional uint16 field: 0xFFFF is "not measured", anything else must pass `valid`.
template <typename Valid>
std::optional<ProtocolError> readOptional(ByteView b, std::size_t at, FrameKind frame,
                                          std::string_view field, std::string_view rule,
                                          Valid valid, std::optional<std::uint16_t>& out) {
    const std::uint16_t raw = u16(b, at);
    if (raw == kNotMeasured) {
        out.reset();
        return std::nullopt;
    }
    if (!valid(raw)) {
        return outOfRange(frame, field, rule);
    }
    out = raw;
    return std::nullopt;
}

Result<SessionStarted, ProtocolError> readSessionStarted(ByteView p, std::uint8_t& reserved) {
    SessionStarted e;
    e.sessionId = u16(p, 0);
    e.startTime = u32(p, 2);
    if (!validTimestamp(e.startTime)) {
        return Failure{outOfRange(kEvent, "start time", "is not a valid timestamp")};
    }
    const std::uint8_t origin = u8(p, 6);
    bool knownOrigin = true;
    if (origin >= 1 && origin <= 3) {
        e.origin = static_cast<SessionOrigin>(origin);
    } else {
        ++reserved;
        knownOrigin = false;
        e.origin = SessionOrigin::DeviceControl;
    }
    if (auto err =
            readOptional(p, 7, kEvent, "depth", "must be 0.10 - 3.00 mm", validLength, e.depth)) {
        return Failure{std::move(*err)};
    }
    e.passesSoFar = u16(p, 9);
    if (knownOrigin && e.origin != SessionOrigin::Resent && e.passesSoFar != 0) {
        return Failure{
            inconsistent(kEvent, "passes so far", "must be 0 unless the event is resent")};
    }
    return e;
}

Result<PassStart, ProtocolError> readPassStart(ByteView p, std::uint8_t& reserved) {
    PassStart e;
    e.direction = readDirection(u8(p, 0), reserved);
    e.passNumber = u16(p, 1);
    if (e.passNumber == 0) {
        return Failure{outOfRange(kEvent, "pass number", "must be 1 - 65535")};
    }
    return e;
}

Result<PressureSample, ProtocolError> readPressure(ByteView p) {
    const std::uint16_t cn = u16(p, 0);
    if (!validPressure(cn)) {
        return Failure{outOfRange(kEvent, "pressure", "must be 0 - 50.00 N")};
    }
    return PressureSample{cn};
}

ChangeOrigin readChangeOrigin(std::uint8_t raw, std::uint8_t highest, std::uint8_t& reserved) {
    if (raw >= 1 && raw <= highest) {
        return static_cast<ChangeOrigin>(raw);
    }
    ++reserved;
    return ChangeOrigin::DeviceControl;
}

Result<DepthChanged, ProtocolError> readDepthChanged(ByteView p, std::uint8_t& reserved) {
    DepthChanged e;
    e.depth = u16(p, 0);
    if (!validLength(e.depth)) {
        return Failure{outOfRange(kEvent, "depth", "must be 0.10 - 3.00 mm")};
    }
    e.origin = readChangeOrigin(u8(p, 2), 2, reserved);
    return e;
}

Result<BatteryStatus, ProtocolError> readBattery(ByteView p) {
    BatteryStatus e;
    e.percent = u8(p, 0);
    if (!validPercent(e.percent)) {
        return Failure{outOfRange(kEvent, "battery level", "must be 0 - 100 %")};
    }
    e.powerState = u8(p, 1) & (power::kCharging | power::kExternalPower);
    return e;
}

Result<FaultEvent, ProtocolError> readFault(ByteView p) {
    FaultEvent e;
    e.code = u8(p, 0);
    if (e.code == 0) {
        return Failure{outOfRange(kEvent, "fault code", "must not be 0")};
    }
    const std::uint8_t state = u8(p, 1);
    if (state > 1) {
        return Failure{outOfRange(kEvent, "fault state", "must be 0 (cleared) or 1 (raised)")};
    }
    e.raised = state == 1;
    // The detail means something only for a sensor error (6.3.4); otherwise it is ignored.
    e.detail = e.code == fault::kSensorError ? static_cast<std::uint8_t>(u8(p, 2) & sensor::kKnown)
                                             : std::uint8_t{0};
    return e;
}

Result<SessionEnded, ProtocolError> readSessionEnded(ByteView p, std::uint8_t& reserved) {
    SessionEnded e;
    e.sessionId = u16(p, 0);
    const std::uint8_t reason = u8(p, 2);
    if (reason == 0) {
        return Failure{outOfRange(kEvent, "end reason", "must not be 0")};
    }
    if (reason <= static_cast<std::uint8_t>(EndReason::BatteryCritical)) {
        e.reason = static_cast<EndReason>(reason);
    } else {
        ++reserved;
        e.reason = EndReason::Other;
    }
    e.passCount = u16(p, 3);
    e.contactTenths = u16(p, 5);
    if (!validTenths(e.contactTenths)) {
        return Failure{outOfRange(kEvent, "contact time", "must be 0 - 3600.0 s")};
    }
    return e;
}

Result<StrokeRateChanged, ProtocolError> readStrokeRate(ByteView p, std::uint8_t& reserved) {
    StrokeRateChanged e;
    e.rate = u8(p, 0);
    if (!validStrokeRate(e.rate)) {
        return Failure{outOfRange(kEvent, "stroke rate", "must be 1 - 200 strokes/s")};
    }
    // Only "device control" is defined for a stroke rate change (6.3.4).
    e.origin = readChangeOrigin(u8(p, 1), 1, reserved);
    return e;
}

} // namespace

namespace detail {

Result<PassSummary, ProtocolError> readPassSummary(ByteView p, FrameKind frame,
                                                   std::uint8_t& reserved) {
    PassSummary s;
    s.direction = readDirection(u8(p, 0), reserved);
    s.durationMs = u16(p, 1);
    if (!validPassDuration(s.durationMs)) {
        return Failure{outOfRange(frame, "pass duration", "must be 1 - 60000 ms")};
    }
    if (auto e = readOptional(p, 3, frame, "distance", "must be 0 - 2000 mm", validDistance,
                              s.distanceMm)) {
        return Failure{std::move(*e)};
    }
    if (auto e = readOptional(p, 5, frame, "mean speed", "must be 0 - 1000 mm/s", validSpeed,
                              s.speedMmPerS)) {
        return Failure{std::move(*e)};
    }
    if (auto e = readOptional(p, 7, frame, "mean pressure", "must be 0 - 50.00 N", validPressure,
                              s.meanPressureCn)) {
        return Failure{std::move(*e)};
    }
    if (auto e = readOptional(p, 9, frame, "peak pressure", "must be 0 - 50.00 N", validPressure,
                              s.peakPressureCn)) {
        return Failure{std::move(*e)};
    }
    if (s.meanPressureCn.has_value() != s.peakPressureCn.has_value()) {
        return Failure{
            inconsistent(frame, "pressure", "must have mean and peak both measured or both not")};
    }
    if (s.peakPressureCn && *s.peakPressureCn < *s.meanPressureCn) {
        return Failure{inconsistent(frame, "peak pressure", "is below the mean pressure")};
    }
    if (auto e =
            readOptional(p, 11, frame, "depth", "must be 0.10 - 3.00 mm", validLength, s.depth)) {
        return Failure{std::move(*e)};
    }
    return s;
}

} // namespace detail

// ---- Walk ----------------------------------------------------------------------------------

EventWalker::EventWalker(ByteView notification) noexcept
    : m_rest(notification) {
    if (notification.size() > kMaxFrameSize) {
        m_rest = {};
        m_error = ErrorKind::Oversized;
    }
}

std::optional<RawEvent> EventWalker::next() noexcept {
    if (m_rest.empty()) {
        return std::nullopt;
    }
    if (m_rest.size() < kEventHeaderSize) {
        m_rest = {};
        m_error = ErrorKind::Truncated;
        return std::nullopt;
    }
    RawEvent raw;
    raw.header.type = u8(m_rest, 0);
    raw.header.length = u8(m_rest, 1);
    raw.header.sequence = u16(m_rest, 2);
    raw.header.time = u24(m_rest, 4);
    const std::size_t total = kEventHeaderSize + raw.header.length;
    if (total > m_rest.size()) {
        m_rest = {};
        m_error = ErrorKind::Truncated;
        return std::nullopt;
    }
    raw.payload = m_rest.subspan(kEventHeaderSize, raw.header.length);
    m_rest = m_rest.subspan(total);
    return raw;
}

// ---- Parse ---------------------------------------------------------------------------------

Result<PassSummary, ProtocolError> parsePassSummary(ByteView payload, FrameKind frame) {
    if (payload.size() < kPassSummarySize) {
        return Failure{tooShort(frame)};
    }
    std::uint8_t reserved = 0;
    return readPassSummary(payload, frame, reserved);
}

Result<LiveEvent, ProtocolError> parseEvent(const RawEvent& raw) {
    const std::uint8_t type = raw.header.type;
    if (type == kEventTypeReservedLow || type == kEventTypeReservedHigh) {
        return Failure{makeError(ErrorKind::Reserved, kEvent, "type", "is reserved")};
    }
    if (type > static_cast<std::uint8_t>(EventType::StrokeRateChanged)) {
        return Failure{makeError(ErrorKind::UnknownType, kEvent, "type",
                                 "is not known to this version: skipped by its length")};
    }
    const auto eventType = static_cast<EventType>(type);
    // A shorter payload than v1.0 defines cannot be read; a longer one has appended fields.
    if (raw.header.length < payloadLength(eventType) || raw.payload.size() < raw.header.length) {
        return Failure{makeError(ErrorKind::TooShort, kEvent, "payload",
                                 "is shorter than the type's v1.0 length")};
    }
    if (!validOffset(raw.header.time)) {
        return Failure{outOfRange(kEvent, "time", "must be 0 - 3 600 000 ms or 0xFFFFFF")};
    }
    LiveEvent event;
    event.sequence = raw.header.sequence;
    if (raw.header.time != kNoSession) {
        event.timeMs = raw.header.time;
    }
    const ByteView p = raw.payload;
    std::uint8_t& reserved = event.reservedFallbacks;
    // Each payload parser's result becomes the event's payload, or the event's error.
    const auto finish = [&event](auto parsed) -> Result<LiveEvent, ProtocolError> {
        if (!parsed) {
            return Failure{parsed.error()};
        }
        event.payload = std::move(parsed).value();
        return std::move(event);
    };
    switch (eventType) {
    case EventType::SessionStarted:
        return finish(readSessionStarted(p, reserved));
    case EventType::PassStart:
        return finish(readPassStart(p, reserved));
    case EventType::PassEnd:
        return finish(readPassSummary(p, kEvent, reserved));
    case EventType::PressureSample:
        return finish(readPressure(p));
    case EventType::DepthChanged:
        return finish(readDepthChanged(p, reserved));
    case EventType::BatteryLevel:
        return finish(readBattery(p));
    case EventType::Fault:
        return finish(readFault(p));
    case EventType::SessionEnded:
        return finish(readSessionEnded(p, reserved));
    case EventType::StrokeRateChanged:
        return finish(readStrokeRate(p, reserved));
    }
    return Failure{makeError(ErrorKind::UnknownType, kEvent, "type", "is not known")};
}

// ---- Build ---------------------------------------------------------------------------------

namespace {

void writePassSummary(Bytes& out, const PassSummary& s) {
    put8(out, static_cast<std::uint8_t>(s.direction));
    put16(out, s.durationMs);
    putOpt16(out, s.distanceMm);
    putOpt16(out, s.speedMmPerS);
    putOpt16(out, s.meanPressureCn);
    putOpt16(out, s.peakPressureCn);
    putOpt16(out, s.depth);
}

struct PayloadWriter {
    Bytes& out;
    void operator()(const SessionStarted& e) const {
        put16(out, e.sessionId);
        put32(out, e.startTime);
        put8(out, static_cast<std::uint8_t>(e.origin));
        putOpt16(out, e.depth);
        put16(out, e.passesSoFar);
    }
    void operator()(const PassStart& e) const {
        put8(out, static_cast<std::uint8_t>(e.direction));
        put16(out, e.passNumber);
    }
    void operator()(const PassSummary& e) const { writePassSummary(out, e); }
    void operator()(const PressureSample& e) const { put16(out, e.pressureCn); }
    void operator()(const DepthChanged& e) const {
        put16(out, e.depth);
        put8(out, static_cast<std::uint8_t>(e.origin));
    }
    void operator()(const BatteryStatus& e) const {
        put8(out, e.percent);
        put8(out, e.powerState);
    }
    void operator()(const FaultEvent& e) const {
        put8(out, e.code);
        put8(out, e.raised ? 1 : 0);
        put8(out, e.detail);
    }
    void operator()(const SessionEnded& e) const {
        put16(out, e.sessionId);
        put8(out, static_cast<std::uint8_t>(e.reason));
        put16(out, e.passCount);
        put16(out, e.contactTenths);
    }
    void operator()(const StrokeRateChanged& e) const {
        put8(out, e.rate);
        put8(out, static_cast<std::uint8_t>(e.origin));
    }
};

} // namespace

Result<Bytes, ProtocolError> buildPassSummary(const PassSummary& pass, FrameKind frame) {
    Bytes out;
    out.reserve(kPassSummarySize);
    writePassSummary(out, pass);
    // The parser is the one statement of what is valid: a builder output must pass it and
    // read back as the very value it was built from (so reserved values are refused too).
    std::uint8_t reserved = 0;
    auto parsed = readPassSummary(out, frame, reserved);
    if (!parsed) {
        return Failure{parsed.error()};
    }
    if (reserved != 0 || parsed.value() != pass) {
        return Failure{outOfRange(frame, "pass", "uses a reserved or unrepresentable value")};
    }
    return out;
}

Result<Bytes, ProtocolError> buildEvent(const LiveEvent& event) {
    if (event.timeMs && !validOffset(*event.timeMs)) {
        return Failure{outOfRange(kEvent, "time", "must be 0 - 3 600 000 ms")};
    }
    const EventType type = event.type();
    Bytes out;
    out.reserve(kMaxFrameSize);
    put8(out, static_cast<std::uint8_t>(type));
    put8(out, payloadLength(type));
    put16(out, event.sequence);
    put24(out, event.timeMs.value_or(kNoSession));
    std::visit(PayloadWriter{out}, event.payload);
    EventWalker walker(out);
    const auto raw = walker.next();
    if (!raw) {
        return Failure{makeError(ErrorKind::Oversized, kEvent, {}, "does not fit 20 bytes")};
    }
    auto parsed = parseEvent(*raw);
    if (!parsed) {
        return Failure{parsed.error()};
    }
    if (parsed.value().reservedFallbacks != 0 || parsed.value().payload != event.payload ||
        parsed.value().timeMs != event.timeMs) {
        return Failure{outOfRange(kEvent, "payload", "uses a reserved or unrepresentable value")};
    }
    return out;
}

Result<Bytes, ProtocolError> buildNotification(std::span<const LiveEvent> events) {
    Bytes out;
    for (const auto& event : events) {
        auto one = buildEvent(event);
        if (!one) {
            return one;
        }
        out.insert(out.end(), one.value().begin(), one.value().end());
    }
    if (out.size() > kMaxFrameSize) {
        return Failure{makeError(ErrorKind::Oversized, FrameKind::LiveNotification, {},
                                 "would be longer than 20 bytes")};
    }
    return out;
}

} // namespace rollwise::protocol
