#pragma once

// A smart device's live stream into the guided session: Live Events notifications are checked
// (sequence, then the context checks of 6.3.7) and become passes, pressure samples and holds
// for SessionRunner; the cues a device should make felt go out as Pacing Cue requests on the
// Control Point; a link that goes down mid-session makes the session fall back to app pacing.
// DeviceManager (or a test) hands it the link's events (it is a GattEventSink); it never owns
// the link.

#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/gatt.h>
#include <rollwise/core/protocol/live_adapter.h>
#include <rollwise/core/protocol/sequence.h>

#include <QMetaObject>

#include <optional>

namespace rollwise::app {

class SessionRunner;

class DeviceLiveFeed final : public protocol::GattEventSink {
public:
    DeviceLiveFeed(SessionRunner& runner, protocol::GattPeer& peer,
                   protocol::DeviceFeatures features,
                   std::optional<protocol::HeadIdentity> head = std::nullopt);
    ~DeviceLiveFeed() override;
    DeviceLiveFeed(const DeviceLiveFeed&) = delete;
    DeviceLiveFeed& operator=(const DeviceLiveFeed&) = delete;

    // Subscribes to the Control Point and Live Events and starts the device's session; the
    // session's passes come from the device from now on.
    void begin();
    // Stops the device's session (the guided session has ended).
    void end();
    // Every event of the link.
    void onGattEvent(const protocol::GattEvent& event) override;

    [[nodiscard]] int vibrationsSent() const noexcept { return m_vibrations; }
    [[nodiscard]] const protocol::FrameCounters& counters() const noexcept {
        return m_receiver.counters();
    }

private:
    void vibrate(int cueKind);

    SessionRunner& m_runner;
    protocol::GattPeer& m_peer;
    protocol::DeviceFeatures m_features;
    protocol::LiveEventReceiver m_receiver;
    protocol::LiveSessionAdapter m_adapter;
    QMetaObject::Connection m_vibrate;
    bool m_started = false;
    int m_vibrations = 0;
};

} // namespace rollwise::app
