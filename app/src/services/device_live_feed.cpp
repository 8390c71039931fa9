#include "device_live_feed.h"

#include "logging.h"
#include "session_runner.h"

#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/uuid.h>

#include <variant>

namespace rollwise::app {

using namespace rollwise::protocol;

DeviceLiveFeed::DeviceLiveFeed(SessionRunner& runner, GattPeer& peer, DeviceFeatures features,
                               std::optional<HeadIdentity> head)
    : DeviceLiveFeed(runner, peer, features, std::move(head), Options{}) {}

DeviceLiveFeed::DeviceLiveFeed(SessionRunner& runner, GattPeer& peer, DeviceFeatures features,
                               std::optional<HeadIdentity> head, Options options)
    : m_runner(runner)
    , m_peer(peer)
    , m_features(features)
    , m_options(std::move(options))
    , m_adapter(features, std::move(head)) {
    m_vibrate = QObject::connect(&runner, &SessionRunner::vibrate, &runner,
                                 [this](int cueKind) { vibrate(cueKind); });
}

DeviceLiveFeed::~DeviceLiveFeed() {
    QObject::disconnect(m_vibrate);
    m_runner.setDeviceLive(false);
}

void DeviceLiveFeed::attach() {
    if (m_attached) {
        return;
    }
    m_attached = true;
    m_receiver.resetSequence();
    m_adapter.reset();
    (void)m_peer.setNotifications(uuid::kControlPoint, true);
    if (m_options.subscribeLive) {
        (void)m_peer.setNotifications(uuid::kLiveEvents, true);
    }
    m_runner.setDeviceLive(m_peer.state() == LinkState::Connected);
}

void DeviceLiveFeed::begin() {
    attach();
    if (m_started) {
        return;
    }
    if (auto start = buildControlRequest(StartSessionRequest{}, m_features)) {
        (void)m_peer.write(uuid::kControlPoint, start.value(), WriteMode::WithResponse);
    }
    m_started = true;
    m_runner.setDeviceLive(m_peer.state() == LinkState::Connected);
}

void DeviceLiveFeed::end() {
    if (m_started && m_peer.state() == LinkState::Connected) {
        if (auto stop = buildControlRequest(StopSessionRequest{}, m_features)) {
            (void)m_peer.write(uuid::kControlPoint, stop.value(), WriteMode::WithResponse);
        }
    }
    m_started = false;
    m_attached = false;
    m_runner.setDeviceLive(false);
}

void DeviceLiveFeed::onGattEvent(const GattEvent& event) {
    if (event.kind == GattEvent::Kind::StateChanged) {
        if (event.state == LinkState::Disconnected) {
            onLinkLost();
        }
        return;
    }
    if (event.kind != GattEvent::Kind::Notification || event.characteristic != uuid::kLiveEvents) {
        return;
    }
    onLiveEvents(m_receiver.receive(event.value));
}

void DeviceLiveFeed::onLinkLost() {
    if (m_started) {
        // Mid-session: the app paces the remaining passes and says so.
        m_runner.deviceLost();
    } else {
        m_runner.setDeviceLive(false);
    }
}

void DeviceLiveFeed::onLiveEvents(std::span<const LiveEvent> events) {
    for (const auto& live : events) {
        if (const auto* started = std::get_if<SessionStarted>(&live.payload);
            started != nullptr && m_started && started->sessionId != 0 &&
            !m_options.storeKey.empty()) {
            // The device keeps this session as the record with this sequence (6.5.8).
            m_runner.setDeviceOrigin(m_options.storeKey, started->sessionId);
        }
        const auto input = m_adapter.onEvent(live, m_runner.expectedDirection());
        if (!input) {
            continue;
        }
        if (const auto* pass = std::get_if<DevicePass>(&*input)) {
            (void)m_runner.devicePass(*pass);
        } else if (const auto* pressure = std::get_if<PressureReading>(&*input)) {
            m_runner.pressureSample(pressure->centinewtons);
        } else if (const auto* hold = std::get_if<GuidanceHold>(&*input)) {
            qCInfo(lcApp) << "device fault" << static_cast<int>(hold->faultCode)
                          << ": guidance paused";
            (void)m_runner.pause();
        }
    }
}

// The cue a device makes felt: one buzz per pass, two for a new zone or direction, an alert
// for pressure.
void DeviceLiveFeed::vibrate(int cueKind) {
    if (m_peer.state() != LinkState::Connected) {
        return;
    }
    PacingCueRequest cue;
    switch (static_cast<CueKind>(cueKind)) {
    case CueKind::ZoneStart:
    case CueKind::ZoneDone:
        cue.pattern = CuePattern::Triple;
        break;
    case CueKind::DirectionChange:
        cue.pattern = CuePattern::Double;
        break;
    case CueKind::PressureEaseOff:
    case CueKind::PressureWarning:
    case CueKind::PressureStop:
        cue.pattern = CuePattern::Alert;
        break;
    default:
        cue.pattern = CuePattern::Single;
        cue.durationMs = 200;
        break;
    }
    auto request = buildControlRequest(cue, m_features);
    if (!request) {
        return; // the device cannot vibrate (no VIBRATION feature)
    }
    if (m_peer.write(uuid::kControlPoint, request.value(), WriteMode::WithResponse)) {
        ++m_vibrations;
    }
}

} // namespace rollwise::app
