#pragma once

// A smart device's live stream into the guided session: Live Events notifications are checked
// (sequence, then the context checks of 6.3.7) and become passes, pressure samples and holds
// for SessionRunner; the cues a device should make felt go out as Pacing Cue requests on the
// Control Point; a link that goes down mid-session makes the session fall back to app pacing.
// It never owns the link. Two ways in:
// - on its own (a test's device): it is the link's GattEventSink and checks the Live Events
//   itself (onGattEvent);
// - behind the app's DeviceSync (DeviceSessionLink): the sync already subscribed Live Events and
//   checked their sequence, so the feed takes the accepted events (onLiveEvents) and the link's
//   loss (onLinkLost), and never subscribes Live Events again (a re-enabled CCCD restarts the
//   device's numbering under the sync's receiver, 6.3.2).

#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/gatt.h>
#include <rollwise/core/protocol/live_adapter.h>
#include <rollwise/core/protocol/sequence.h>

#include <QMetaObject>

#include <optional>
#include <span>
#include <string>

namespace rollwise::app {

class SessionRunner;

class DeviceLiveFeed final : public protocol::GattEventSink {
public:
    struct Options {
        // The feed subscribes Live Events itself (on its own; not behind a DeviceSync).
        bool subscribeLive = true;
        // The journal key of the device's record store (DeviceSync::storeKey()): the guided
        // session is saved as the device's session with the id from Session Started, so the
        // device's stored record of it is matched when it syncs, never counted twice (6.5.8).
        std::string storeKey;
    };

    DeviceLiveFeed(SessionRunner& runner, protocol::GattPeer& peer,
                   protocol::DeviceFeatures features,
                   std::optional<protocol::HeadIdentity> head = std::nullopt);
    DeviceLiveFeed(SessionRunner& runner, protocol::GattPeer& peer,
                   protocol::DeviceFeatures features, std::optional<protocol::HeadIdentity> head,
                   Options options);
    ~DeviceLiveFeed() override;
    DeviceLiveFeed(const DeviceLiveFeed&) = delete;
    DeviceLiveFeed& operator=(const DeviceLiveFeed&) = delete;

    // Subscribes to the Control Point (and Live Events, on its own): the session's passes will
    // come from the device (SessionRunner::deviceLive).
    void attach();
    // attach(), then starts the device's session: its passes count from now on.
    void begin();
    // Stops the device's session (the guided session has ended).
    void end();
    // Every event of the link (on its own).
    void onGattEvent(const protocol::GattEvent& event) override;
    // Live events a DeviceSync accepted, in order.
    void onLiveEvents(std::span<const protocol::LiveEvent> events);
    // The link went down: the session falls back to app pacing.
    void onLinkLost();
    [[nodiscard]] bool started() const noexcept { return m_started; }

    [[nodiscard]] int vibrationsSent() const noexcept { return m_vibrations; }
    [[nodiscard]] const protocol::FrameCounters& counters() const noexcept {
        return m_receiver.counters();
    }

private:
    void vibrate(int cueKind);

    SessionRunner& m_runner;
    protocol::GattPeer& m_peer;
    protocol::DeviceFeatures m_features;
    Options m_options;
    protocol::LiveEventReceiver m_receiver;
    protocol::LiveSessionAdapter m_adapter;
    QMetaObject::Connection m_vibrate;
    bool m_attached = false;
    bool m_started = false;
    int m_vibrations = 0;
};

} // namespace rollwise::app
