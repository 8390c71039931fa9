#pragma once

// From Live Events to the guided session: applies the receiver context checks of
// docs/device-protocol.md 6.3.7 to accepted events and turns them into what SessionEngine
// takes (a DevicePass per Pass End, pressure samples, and a hold when a fault stops the
// needles). Pure: no clock, no link.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/session.h>

#include <optional>
#include <variant>

namespace rollwise::protocol {

struct PressureReading {
    int centinewtons = 0;
    friend bool operator==(const PressureReading&, const PressureReading&) = default;
};
// A fault that stops the needles or the sensing (motor stall, head missing, overheat, sensor
// error, 6.3.4): guidance pauses.
struct GuidanceHold {
    std::uint8_t faultCode = 0;
    friend bool operator==(const GuidanceHold&, const GuidanceHold&) = default;
};
using EngineInput = std::variant<DevicePass, PressureReading, GuidanceHold>;

class LiveSessionAdapter {
public:
    // `head`: the mounted head (6.2), whose needle length wins for fixed devices (6.1).
    explicit LiveSessionAdapter(DeviceFeatures features,
                                std::optional<HeadIdentity> head = std::nullopt);

    void setHead(const HeadIdentity& head) { m_head = head; }
    // A new connection: the running device session is learnt again from Session Started.
    void reset() noexcept;

    // One event the LiveEventReceiver accepted. `expected` is the direction the guide asks
    // for now (SessionEngine::expectedDirection()); a device that cannot sense direction
    // (direction 0) is taken to have followed it.
    [[nodiscard]] std::optional<EngineInput> onEvent(const LiveEvent& event,
                                                     std::optional<Direction> expected = {});

    [[nodiscard]] bool sessionRunning() const noexcept { return m_sessionId.has_value(); }
    [[nodiscard]] std::optional<std::uint16_t> sessionId() const noexcept { return m_sessionId; }
    [[nodiscard]] std::optional<std::uint16_t> depth() const noexcept { return m_depth; }
    [[nodiscard]] std::optional<BatteryStatus> battery() const noexcept { return m_battery; }
    [[nodiscard]] std::optional<SessionEnded> lastEnded() const noexcept { return m_lastEnded; }
    // Context violations (6.3.7) counted in `contextViolations`.
    [[nodiscard]] const FrameCounters& counters() const noexcept { return m_counters; }

private:
    [[nodiscard]] std::optional<EngineInput> onPassEnd(const PassSummary& pass,
                                                       std::optional<Direction> expected);
    [[nodiscard]] bool checkDepth(std::uint16_t& depth);
    void violation() noexcept { ++m_counters.contextViolations; }

    DeviceFeatures m_features;
    std::optional<HeadIdentity> m_head;
    std::optional<std::uint16_t> m_sessionId;
    std::optional<std::uint32_t> m_lastTime;
    std::optional<std::uint16_t> m_depth;
    std::optional<BatteryStatus> m_battery;
    std::optional<SessionEnded> m_lastEnded;
    FrameCounters m_counters;
};

// Hands one input to the engine: a pass, a pressure sample, or a pause for a hold (a hold
// outside a zone does nothing).
Status<EngineError> apply(SessionEngine& engine, const EngineInput& input);

} // namespace rollwise::protocol
