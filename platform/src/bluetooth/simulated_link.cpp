// The simulated device behind a timer.
#include <rollwise/platform/bluetooth/simulated_link.h>

namespace rollwise::platform::bluetooth {

SimulatedLink::SimulatedLink(protocol::SimProfile profile, const Clock& clock,
                             std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_device(std::move(profile), clock) {
    QObject::connect(&m_timer, &QTimer::timeout, this, &SimulatedLink::pump);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.start(std::max(interval, std::chrono::milliseconds(1)));
}

SimulatedLink::~SimulatedLink() {
    m_device.setSink(nullptr);
}

void SimulatedLink::schedule() {
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &SimulatedLink::pump, Qt::QueuedConnection);
    }
}

void SimulatedLink::pump() {
    m_scheduled = false;
    m_device.pump();
}

void SimulatedLink::connect() {
    m_device.connect();
    schedule();
}

void SimulatedLink::disconnect() {
    m_device.disconnect();
    schedule();
}

Status<protocol::GattError> SimulatedLink::read(const protocol::Uuid& characteristic) {
    auto status = m_device.read(characteristic);
    schedule();
    return status;
}

Status<protocol::GattError> SimulatedLink::write(const protocol::Uuid& characteristic,
                                                 protocol::ByteView value,
                                                 protocol::WriteMode mode) {
    auto status = m_device.write(characteristic, value, mode);
    schedule();
    return status;
}

Status<protocol::GattError> SimulatedLink::setNotifications(const protocol::Uuid& characteristic,
                                                            bool enable) {
    auto status = m_device.setNotifications(characteristic, enable);
    schedule();
    return status;
}

} // namespace rollwise::platform::bluetooth
