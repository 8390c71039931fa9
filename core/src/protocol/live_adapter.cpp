// Live events to SessionEngine inputs, with the context checks of 6.3.7.
#include <rollwise/core/protocol/live_adapter.h>

namespace rollwise::protocol {

LiveSessionAdapter::LiveSessionAdapter(DeviceFeatures features, std::optional<HeadIdentity> head)
    : m_features(features)
    , m_head(std::move(head)) {}

void LiveSessionAdapter::reset() noexcept {
    m_sessionId.reset();
    m_lastTime.reset();
}

bool LiveSessionAdapter::checkDepth(std::uint16_t& depth) {
    if (m_features.adjustable()) {
        if (!m_features.depthAllowed(depth)) {
            violation(); // off the range or the grid: the event is dropped
            return false;
        }
        return true;
    }
    // Fixed: the mounted head's needle length wins (6.1).
    const std::uint16_t fixed =
        m_head && m_head->present() ? m_head->needleLength : m_features.depthMin;
    if (depth != fixed) {
        violation();
        depth = fixed;
    }
    return true;
}

std::optional<EngineInput> LiveSessionAdapter::onPassEnd(const PassSummary& reported,
                                                         std::optional<Direction> expected) {
    PassSummary pass = reported;
    // A field that needs a sensor the device does not list is read as not measured.
    if (pass.direction != StrokeDirection::Unknown && !m_features.has(sensor::kMotion)) {
        violation();
        pass.direction = StrokeDirection::Unknown;
    }
    if (pass.distanceMm && !m_features.has(sensor::kMotion) && !m_features.has(sensor::kSpeed)) {
        violation();
        pass.distanceMm.reset();
    }
    if (pass.speedMmPerS && !m_features.has(sensor::kSpeed)) {
        violation();
        pass.speedMmPerS.reset();
    }
    if (pass.meanPressureCn && !m_features.has(sensor::kPressure)) {
        violation();
        pass.meanPressureCn.reset();
        pass.peakPressureCn.reset();
    }
    if (pass.depth && !checkDepth(*pass.depth)) {
        return std::nullopt;
    }
    DevicePass out;
    out.direction =
        toCoreDirection(pass.direction).value_or(expected.value_or(Direction::Horizontal));
    out.duration = std::chrono::round<Seconds>(std::chrono::milliseconds{pass.durationMs});
    const auto toInt = [](const std::optional<std::uint16_t>& v) -> std::optional<int> {
        return v ? std::optional<int>(*v) : std::nullopt;
    };
    out.distanceMm = toInt(pass.distanceMm);
    out.speedMmPerS = toInt(pass.speedMmPerS);
    out.meanPressureCn = toInt(pass.meanPressureCn);
    out.peakPressureCn = toInt(pass.peakPressureCn);
    if (pass.depth) {
        out.depthUm = *pass.depth * 10; // 0.01 mm -> micrometres
    }
    return EngineInput{out};
}

std::optional<EngineInput> LiveSessionAdapter::onEvent(const LiveEvent& event,
                                                       std::optional<Direction> expected) {
    m_counters.reservedFallback += event.reservedFallbacks;
    const EventType type = event.type();
    const bool needsSession = type == EventType::PassStart || type == EventType::PassEnd ||
                              type == EventType::PressureSample || type == EventType::SessionEnded;
    if (needsSession && (!event.timeMs || !m_sessionId)) {
        violation(); // 6.3.7: dropped
        return std::nullopt;
    }
    if (event.timeMs && m_sessionId) {
        if (m_lastTime && *event.timeMs < *m_lastTime) {
            violation(); // time going backwards: accepted, counted
        }
        m_lastTime = event.timeMs;
    }
    ++m_counters.accepted;
    switch (type) {
    case EventType::SessionStarted: {
        const auto& started = std::get<SessionStarted>(event.payload);
        m_sessionId = started.sessionId;
        m_lastTime = event.timeMs;
        if (started.depth) {
            m_depth = started.depth;
        }
        return std::nullopt;
    }
    case EventType::PassStart:
        return std::nullopt;
    case EventType::PassEnd:
        return onPassEnd(std::get<PassSummary>(event.payload), expected);
    case EventType::PressureSample:
        if (!m_features.has(sensor::kPressure)) {
            violation();
            return std::nullopt;
        }
        return EngineInput{
            PressureReading{static_cast<int>(std::get<PressureSample>(event.payload).pressureCn)}};
    case EventType::DepthChanged: {
        std::uint16_t depth = std::get<DepthChanged>(event.payload).depth;
        if (checkDepth(depth)) {
            m_depth = depth;
        }
        return std::nullopt;
    }
    case EventType::BatteryLevel:
        m_battery = std::get<BatteryStatus>(event.payload);
        return std::nullopt;
    case EventType::Fault: {
        const auto& f = std::get<FaultEvent>(event.payload);
        const bool holds = f.code == fault::kMotorStall || f.code == fault::kHeadMissing ||
                           f.code == fault::kOverheat || f.code == fault::kSensorError;
        if (f.raised && holds) {
            return EngineInput{GuidanceHold{f.code}};
        }
        return std::nullopt;
    }
    case EventType::SessionEnded: {
        const auto& ended = std::get<SessionEnded>(event.payload);
        if (ended.sessionId != *m_sessionId) {
            violation(); // ends the running one all the same
        }
        m_lastEnded = ended;
        m_sessionId.reset();
        m_lastTime.reset();
        return std::nullopt;
    }
    case EventType::StrokeRateChanged:
        return std::nullopt;
    }
    return std::nullopt;
}

Status<EngineError> apply(SessionEngine& engine, const EngineInput& input) {
    if (const auto* pass = std::get_if<DevicePass>(&input)) {
        return engine.devicePass(*pass);
    }
    if (const auto* pressure = std::get_if<PressureReading>(&input)) {
        return engine.pressureSample(pressure->centinewtons);
    }
    if (engine.state() == SessionState::InZone) {
        return engine.pause();
    }
    return Done{};
}

} // namespace rollwise::protocol
