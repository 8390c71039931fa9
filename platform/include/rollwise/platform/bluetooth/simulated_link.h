#pragma once

// The simulated device (core's SimulatedDevice) as a Qt-side link: the same GattPeer the app
// gets from Bluetooth, driven by a timer on the app's clock, for --simulate and for machines
// without an adapter. Requests are served from the event loop, never inside the call.

// moc (Qt 6.4) cannot parse the C++20 <compare> these bring in, and needs none of it.
#ifndef Q_MOC_RUN
#include <rollwise/core/clock.h>
#include <rollwise/core/protocol/simulator.h>
#endif

#include <QObject>
#include <QTimer>

#include <chrono>

namespace rollwise::platform::bluetooth {

class SimulatedLink final : public QObject, public protocol::GattPeer {
    Q_OBJECT
public:
    // `clock` must outlive the link; `interval` is how often simulated time moves on.
    SimulatedLink(protocol::SimProfile profile, const Clock& clock,
                  std::chrono::milliseconds interval = std::chrono::milliseconds(10),
                  QObject* parent = nullptr);
    ~SimulatedLink() override;

    void setSink(protocol::GattEventSink* sink) override { m_device.setSink(sink); }
    [[nodiscard]] protocol::LinkState state() const override { return m_device.state(); }
    void connect() override;
    void disconnect() override;
    Status<protocol::GattError> read(const protocol::Uuid& characteristic) override;
    Status<protocol::GattError> write(const protocol::Uuid& characteristic,
                                      protocol::ByteView value, protocol::WriteMode mode) override;
    Status<protocol::GattError> setNotifications(const protocol::Uuid& characteristic,
                                                 bool enable) override;

    // The world around the device (demo mode: the button, passes, the battery).
    [[nodiscard]] protocol::SimulatedDevice& device() noexcept { return m_device; }

private:
    void schedule();
    void pump();

    protocol::SimulatedDevice m_device;
    QTimer m_timer;
    bool m_scheduled = false;
};

} // namespace rollwise::platform::bluetooth
