// The Qt Bluetooth link to one device (docs/bluetooth.md).
#include "gatt_names.h"
#include "logging.h"

#include <rollwise/core/protocol/standard.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothLocalDevice>
#include <QDateTime>
#include <QTimeZone>

#include <array>

namespace rollwise::platform::bluetooth {

namespace uuid = protocol::uuid;
using protocol::GattError;
using protocol::GattErrorCode;
using protocol::GattEvent;
using protocol::LinkState;

namespace {

using namespace std::chrono_literals;

// The services the link uses; the Rollwise one must be there (5.3 step 3).
const std::array kServices = {uuid::kRollwiseService, uuid::kDeviceInformationService,
                              uuid::kBatteryService, uuid::kCurrentTimeService,
                              uuid::kGenericAttributeService};

constexpr auto kDisconnectGrace = 3s; // a Disconnect that is never answered

LinkState linkOf(ConnectionState state) noexcept {
    switch (state) {
    case ConnectionState::Scanning:
    case ConnectionState::Connecting:
    case ConnectionState::Discovering:
    case ConnectionState::Preparing:
        return LinkState::Connecting;
    case ConnectionState::Connected:
        return LinkState::Connected;
    case ConnectionState::Disconnecting:
        return LinkState::Disconnecting;
    case ConnectionState::Idle:
    case ConnectionState::WaitingToReconnect:
    case ConnectionState::Failed:
        return LinkState::Disconnected;
    }
    return LinkState::Disconnected;
}

Failure<GattError> gattError(GattErrorCode code, const char* message) {
    return Failure{GattError{code, message}};
}

} // namespace

std::string_view toString(ConnectionState state) noexcept {
    switch (state) {
    case ConnectionState::Idle:
        return "idle";
    case ConnectionState::Scanning:
        return "scanning";
    case ConnectionState::Connecting:
        return "connecting";
    case ConnectionState::Discovering:
        return "discovering";
    case ConnectionState::Preparing:
        return "preparing";
    case ConnectionState::Connected:
        return "connected";
    case ConnectionState::Disconnecting:
        return "disconnecting";
    case ConnectionState::WaitingToReconnect:
        return "waiting-to-reconnect";
    case ConnectionState::Failed:
        return "failed";
    }
    return "failed";
}

QtGattPeer::QtGattPeer(QString deviceId, const Clock& clock, PairedDeviceStore* paired,
                       QtGattPeerOptions options, QObject* parent)
    : QObject(parent)
    , m_deviceId(std::move(deviceId))
    , m_clock(clock)
    , m_paired(paired)
    , m_options(options)
    , m_backoff(options.reconnect.first) {
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<BluetoothError>();
    m_options.reconnect.first = std::max(m_options.reconnect.first, 1ms);
    m_options.reconnect.max = std::max(m_options.reconnect.max, m_options.reconnect.first);
    m_backoff = m_options.reconnect.first;
    m_operationTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    QObject::connect(&m_operationTimer, &QTimer::timeout, this, &QtGattPeer::onOperationTimeout);
    QObject::connect(&m_reconnectTimer, &QTimer::timeout, this, &QtGattPeer::attempt);
    QObject::connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcBluetooth) << "connection attempt timed out in state"
                               << toString(m_state).data();
        reportError(BluetoothError::ConnectionFailed);
        linkDown();
    });
}

QtGattPeer::~QtGattPeer() {
    m_sink = nullptr;
    m_wanted = false;
    teardown();
}

void QtGattPeer::setDeviceInfo(const QBluetoothDeviceInfo& info) {
    if (bluetooth::deviceId(info) == m_deviceId) {
        m_info = info;
        m_needScan = false;
    }
}

// ---- States ----------------------------------------------------------------------------------

void QtGattPeer::setState(ConnectionState state) {
    if (state == m_state) {
        return;
    }
    qCInfo(lcBluetooth) << "link" << toString(m_state).data() << "->" << toString(state).data();
    m_state = state;
    const LinkState link = linkOf(state);
    const bool linkChanged = link != m_linkState;
    m_linkState = link;
    emit connectionStateChanged(state);
    if (linkChanged) {
        GattEvent event;
        event.kind = GattEvent::Kind::StateChanged;
        event.state = link;
        emitEvent(event);
    }
}

void QtGattPeer::reportError(BluetoothError error) {
    m_lastError = error;
    if (error == BluetoothError::None) {
        return;
    }
    qCWarning(lcBluetooth) << "error:" << toString(error).data();
    emit errorOccurred(error, userMessage(error));
}

void QtGattPeer::emitEvent(const GattEvent& event) {
    if (m_sink != nullptr) {
        m_sink->onGattEvent(event);
    }
}

bool QtGattPeer::mayReconnect() const {
    return m_wanted && m_paired != nullptr && m_paired->contains(m_deviceId) &&
           !needsUser(m_lastError);
}

// ---- Connecting ------------------------------------------------------------------------------

void QtGattPeer::connect() {
    m_wanted = true;
    m_backoff = m_options.reconnect.first;
    m_attempts = 0;
    m_reconnectTimer.stop();
    switch (m_state) {
    case ConnectionState::Idle:
    case ConnectionState::Failed:
    case ConnectionState::WaitingToReconnect:
        m_lastError = BluetoothError::None;
        attempt();
        return;
    default:
        return; // already on its way
    }
}

void QtGattPeer::attempt() {
    if (!m_wanted) {
        return;
    }
    const BluetoothError availability = adapterAvailability();
    if (availability != BluetoothError::NoAdapter && !m_local && platformTraits().canListAdapters) {
        m_local = new QBluetoothLocalDevice(this);
        // Bluetooth turned back on: carry on where "Bluetooth off" stopped.
        QObject::connect(m_local, &QBluetoothLocalDevice::hostModeStateChanged, this,
                         [this](QBluetoothLocalDevice::HostMode mode) {
                             if (mode != QBluetoothLocalDevice::HostPoweredOff && m_wanted &&
                                 m_state == ConnectionState::Failed &&
                                 m_lastError == BluetoothError::BluetoothOff) {
                                 m_lastError = BluetoothError::None;
                                 attempt();
                             }
                         });
    }
    if (availability != BluetoothError::None) {
        reportError(availability);
        setState(ConnectionState::Failed);
        return;
    }
    if (m_needScan || !m_info.isValid()) {
        startScan();
    } else {
        connectController();
    }
}

void QtGattPeer::startScan() {
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->stop();
        m_agent->deleteLater();
    }
    setState(ConnectionState::Scanning);
    m_agent = new QBluetoothDeviceDiscoveryAgent(this);
    m_agent->setLowEnergyDiscoveryTimeout(static_cast<int>(m_options.scanTimeout.count()));
    QObject::connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
                     &QtGattPeer::onScanned);
    QObject::connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
                     [this](const QBluetoothDeviceInfo& info, QBluetoothDeviceInfo::Fields) {
                         onScanned(info);
                     });
    QObject::connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this,
                     &QtGattPeer::onScanOver);
    QObject::connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this,
                     &QtGattPeer::onScanOver);
    QObject::connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
                     [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                         if (m_state != ConnectionState::Scanning) {
                             return;
                         }
                         reportError(fromDiscoveryError(error));
                         if (m_agent) {
                             m_agent->disconnect(this);
                             m_agent->deleteLater();
                         }
                         afterLinkDown();
                     });
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void QtGattPeer::onScanned(const QBluetoothDeviceInfo& info) {
    if (m_state != ConnectionState::Scanning || bluetooth::deviceId(info) != m_deviceId) {
        return;
    }
    m_info = info;
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->stop();
        m_agent->deleteLater();
    }
    connectController();
}

void QtGattPeer::onScanOver() {
    if (m_state != ConnectionState::Scanning) {
        return;
    }
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->deleteLater();
    }
    reportError(BluetoothError::DeviceNotFound);
    afterLinkDown();
}

void QtGattPeer::connectController() {
    teardown();
    m_needScan = false;
    m_handlingDown = false;
    setState(ConnectionState::Connecting);
    m_controller = QLowEnergyController::createCentral(m_info, this);
    QObject::connect(m_controller, &QLowEnergyController::stateChanged, this,
                     &QtGattPeer::onControllerState);
    QObject::connect(m_controller, &QLowEnergyController::errorOccurred, this,
                     &QtGattPeer::onControllerError);
    QObject::connect(m_controller, &QLowEnergyController::connected, this, [this] {
        setState(ConnectionState::Discovering);
        m_controller->discoverServices();
    });
    QObject::connect(m_controller, &QLowEnergyController::discoveryFinished, this,
                     &QtGattPeer::onDiscoveryFinished);
    m_connectTimer.start(m_options.connectTimeout);
    m_controller->connectToDevice();
}

void QtGattPeer::onControllerState(QLowEnergyController::ControllerState state) {
    if (state == QLowEnergyController::UnconnectedState) {
        linkDown();
    }
}

void QtGattPeer::onControllerError(QLowEnergyController::Error error) {
    const BluetoothError mapped = fromControllerError(error);
    qCWarning(lcBluetooth) << "controller error" << error;
    // Keep the more telling error: a drop after "not authenticated" stays "not authenticated".
    if (m_lastError == BluetoothError::None || m_lastError == BluetoothError::ConnectionLost ||
        mapped != BluetoothError::ConnectionFailed) {
        reportError(mapped);
    }
    // Some errors come from inside connectToDevice() with no state change: handle them from
    // the event loop once the call has returned.
    QPointer<QLowEnergyController> controller = m_controller;
    QTimer::singleShot(0, this, [this, controller] {
        if (controller && controller == m_controller &&
            controller->state() == QLowEnergyController::UnconnectedState) {
            linkDown();
        }
    });
}

void QtGattPeer::onDiscoveryFinished() {
    if (!m_controller || m_state != ConnectionState::Discovering) {
        return;
    }
    const QList<QBluetoothUuid> found = m_controller->services();
    if (!found.contains(toQt(uuid::kRollwiseService))) {
        qCWarning(lcBluetooth) << "the device has no Rollwise service";
        reportError(BluetoothError::NotRollwiseDevice);
        linkDown();
        return;
    }
    std::vector<QBluetoothUuid> wanted;
    for (const auto& service : kServices) {
        if (found.contains(toQt(service))) {
            wanted.push_back(toQt(service));
        }
    }
    // Counted before any discovery starts: some (Battery1 on BlueZ) finish synchronously.
    m_servicesPending = static_cast<int>(wanted.size());
    for (const auto& id : wanted) {
        QLowEnergyService* service = m_controller->createServiceObject(id, this);
        if (service == nullptr) {
            --m_servicesPending;
            continue;
        }
        m_services.emplace_back(service);
        QObject::connect(service, &QLowEnergyService::stateChanged, this,
                         &QtGattPeer::onServiceState);
        QObject::connect(service, &QLowEnergyService::errorOccurred, this,
                         &QtGattPeer::onServiceError);
        QObject::connect(service, &QLowEnergyService::characteristicRead, this,
                         [this](const QLowEnergyCharacteristic& c, const QByteArray& value) {
                             if (m_current && m_current->kind == Operation::Kind::Read &&
                                 fromQt(c.uuid()) == m_current->characteristic) {
                                 finish(protocol::att::kSuccess, value);
                             }
                         });
        QObject::connect(service, &QLowEnergyService::characteristicWritten, this,
                         [this](const QLowEnergyCharacteristic& c, const QByteArray&) {
                             if (m_current && m_current->kind == Operation::Kind::Write &&
                                 fromQt(c.uuid()) == m_current->characteristic) {
                                 finish(protocol::att::kSuccess);
                             }
                         });
        QObject::connect(
            service, &QLowEnergyService::descriptorWritten, this,
            [this](const QLowEnergyDescriptor& d, const QByteArray&) {
                if (m_current && m_current->kind == Operation::Kind::Subscribe &&
                    d.uuid() ==
                        QBluetoothUuid(
                            QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)) {
                    finish(protocol::att::kSuccess);
                }
            });
        QObject::connect(service, &QLowEnergyService::characteristicChanged, this,
                         &QtGattPeer::onCharacteristicChanged);
        service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
    }
    if (m_servicesPending <= 0 && m_state == ConnectionState::Discovering) {
        prepare();
    }
}

void QtGattPeer::onServiceState(QLowEnergyService::ServiceState state) {
    auto* service = qobject_cast<QLowEnergyService*>(sender());
    if (service == nullptr || m_state != ConnectionState::Discovering) {
        return;
    }
    if (state == QLowEnergyService::RemoteServiceDiscovered) {
        for (const auto& c : service->characteristics()) {
            m_characteristics[fromQt(c.uuid())] = Characteristic{service, c};
        }
    } else if (state != QLowEnergyService::InvalidService) {
        return; // still discovering
    }
    if (--m_servicesPending == 0) {
        if (!m_characteristics.contains(uuid::kDeviceFeatures)) {
            reportError(BluetoothError::NotRollwiseDevice);
            linkDown();
            return;
        }
        prepare();
    }
}

void QtGattPeer::prepare() {
    setState(ConnectionState::Preparing);
    const auto internal = [this](Operation op) {
        op.internal = true;
        (void)enqueue(std::move(op));
    };
    if (m_options.readInformation) {
        for (const auto& c :
             {uuid::kManufacturerName, uuid::kModelNumber, uuid::kSerialNumber,
              uuid::kHardwareRevision, uuid::kFirmwareRevision, uuid::kBatteryLevel}) {
            Operation op;
            op.kind = Operation::Kind::Read;
            op.characteristic = c;
            internal(op);
        }
    }
    if (m_options.writeTime) {
        // 5.5: Local Time Information first, then Current Time.
        QByteArray localTime;
        const QByteArray current = currentTimeValue(&localTime);
        if (!localTime.isEmpty() && !current.isEmpty()) {
            Operation lti;
            lti.kind = Operation::Kind::Write;
            lti.characteristic = uuid::kLocalTimeInformation;
            lti.value = localTime;
            internal(lti);
            Operation ct;
            ct.kind = Operation::Kind::Write;
            ct.characteristic = uuid::kCurrentTime;
            ct.value = current;
            internal(ct);
        }
    }
    m_information.timeWritten = false;
    m_connectTimer.stop();
    if (m_queue.empty() && !m_current) {
        setState(ConnectionState::Connected);
        m_backoff = m_options.reconnect.first;
        m_attempts = 0;
        m_lastError = BluetoothError::None;
    }
}

QByteArray QtGattPeer::currentTimeValue(QByteArray* localTimeInformation) const {
    const auto now = m_clock.now();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(now);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - seconds).count();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count(),
        QTimeZone::utc());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const int standard = zone.standardTimeOffset(at);
    const int daylight = zone.isDaylightTime(at) ? zone.daylightTimeOffset(at) : 0;
    protocol::LocalTimeInformation lti;
    lti.timeZone = static_cast<std::int8_t>(standard / 900);
    lti.dstOffset = static_cast<std::uint8_t>(daylight / 900);
    auto ltiBytes = protocol::buildLocalTimeInformation(lti);
    if (standard % 900 != 0 || daylight % 900 != 0 || !ltiBytes) {
        qCWarning(lcBluetooth) << "the local time zone has no Local Time Information form";
        return {};
    }
    const auto offset = std::chrono::minutes((standard + daylight) / 60);
    const auto ct = protocol::buildCurrentTime(protocol::currentTimeAt(
        TimePoint(seconds), offset, static_cast<std::uint8_t>(ms * 256 / 1000),
        protocol::adjust::kManualTimeUpdate));
    if (!ct) {
        qCWarning(lcBluetooth) << "the clock is outside the range the device accepts";
        return {};
    }
    *localTimeInformation = QByteArray(reinterpret_cast<const char*>(ltiBytes.value().data()),
                                       static_cast<qsizetype>(ltiBytes.value().size()));
    return QByteArray(reinterpret_cast<const char*>(ct.value().data()),
                      static_cast<qsizetype>(ct.value().size()));
}

// ---- Link loss and teardown ------------------------------------------------------------------

void QtGattPeer::disconnect() {
    m_wanted = false;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->stop();
        m_agent->deleteLater();
    }
    if (m_controller && m_controller->state() != QLowEnergyController::UnconnectedState &&
        m_controller->state() != QLowEnergyController::ClosingState) {
        m_queue.clear();
        m_current.reset();
        m_operationTimer.stop();
        setState(ConnectionState::Disconnecting);
        m_controller->disconnectFromDevice();
        QPointer<QLowEnergyController> controller = m_controller;
        QTimer::singleShot(kDisconnectGrace, this, [this, controller] {
            if (controller && controller == m_controller &&
                m_state == ConnectionState::Disconnecting) {
                linkDown(); // BlueZ never answered: let go anyway
            }
        });
        return;
    }
    teardown();
    setState(ConnectionState::Idle);
}

void QtGattPeer::linkDown() {
    if (m_handlingDown) {
        return;
    }
    m_handlingDown = true;
    m_connectTimer.stop();
    m_operationTimer.stop();
    if (m_state == ConnectionState::Connected && m_wanted && m_lastError == BluetoothError::None) {
        reportError(BluetoothError::ConnectionLost);
    } else if (m_wanted && m_lastError == BluetoothError::None &&
               m_state != ConnectionState::Disconnecting) {
        reportError(BluetoothError::ConnectionFailed);
    }
    teardown();
    afterLinkDown();
}

void QtGattPeer::afterLinkDown() {
    if (!m_wanted) {
        setState(ConnectionState::Idle);
        return;
    }
    if (mayReconnect()) {
        scheduleReconnect();
    } else {
        setState(ConnectionState::Failed);
    }
}

void QtGattPeer::scheduleReconnect() {
    m_needScan = true; // BlueZ may have dropped the device: find it again first
    ++m_attempts;
    m_delay = m_backoff;
    qCInfo(lcBluetooth) << "reconnecting in" << m_delay.count() << "ms, attempt" << m_attempts;
    m_reconnectTimer.start(m_delay);
    m_backoff = std::min(m_backoff * 2, m_options.reconnect.max);
    setState(ConnectionState::WaitingToReconnect); // observers see the delay already set
}

void QtGattPeer::teardown() {
    // Queued requests die with the link without an answer (gatt.h).
    m_queue.clear();
    m_current.reset();
    m_operationTimer.stop();
    m_characteristics.clear();
    m_servicesPending = 0;
    for (auto& service : m_services) {
        if (service) {
            service->disconnect(this);
            service->deleteLater();
        }
    }
    m_services.clear();
    if (m_controller) {
        m_controller->disconnect(this);
        if (m_controller->state() != QLowEnergyController::UnconnectedState &&
            m_controller->state() != QLowEnergyController::ClosingState) {
            m_controller->disconnectFromDevice();
        }
        m_controller->deleteLater();
        m_controller = nullptr;
    }
}

// ---- Requests --------------------------------------------------------------------------------

Status<GattError> QtGattPeer::read(const protocol::Uuid& characteristic) {
    Operation op;
    op.kind = Operation::Kind::Read;
    op.characteristic = characteristic;
    return enqueue(std::move(op));
}

Status<GattError> QtGattPeer::write(const protocol::Uuid& characteristic, protocol::ByteView value,
                                    protocol::WriteMode mode) {
    if (value.size() > protocol::kMaxFrameSize) {
        return gattError(GattErrorCode::TooLong, "Values are at most 20 bytes.");
    }
    Operation op;
    op.kind = Operation::Kind::Write;
    op.characteristic = characteristic;
    op.value = QByteArray(reinterpret_cast<const char*>(value.data()),
                          static_cast<qsizetype>(value.size()));
    op.mode = mode;
    return enqueue(std::move(op));
}

Status<GattError> QtGattPeer::setNotifications(const protocol::Uuid& characteristic, bool enable) {
    Operation op;
    op.kind = Operation::Kind::Subscribe;
    op.characteristic = characteristic;
    op.enable = enable;
    return enqueue(std::move(op));
}

Status<GattError> QtGattPeer::check(const protocol::Uuid& characteristic, Operation::Kind kind,
                                    bool internal) const {
    const bool usable = m_state == ConnectionState::Connected ||
                        (internal && m_state == ConnectionState::Preparing);
    if (!usable) {
        return gattError(GattErrorCode::NotConnected, "The device is not connected.");
    }
    const auto it = m_characteristics.find(characteristic);
    if (it == m_characteristics.end() || !it->second.service) {
        return gattError(GattErrorCode::UnknownCharacteristic, "No such characteristic.");
    }
    const auto properties = it->second.characteristic.properties();
    switch (kind) {
    case Operation::Kind::Read:
        if (!(properties & QLowEnergyCharacteristic::Read)) {
            return gattError(GattErrorCode::NotSupported, "The characteristic is not readable.");
        }
        break;
    case Operation::Kind::Write:
        if (!(properties &
              (QLowEnergyCharacteristic::Write | QLowEnergyCharacteristic::WriteNoResponse))) {
            return gattError(GattErrorCode::NotSupported, "The characteristic is not writable.");
        }
        break;
    case Operation::Kind::Subscribe:
        if (!(properties &
              (QLowEnergyCharacteristic::Notify | QLowEnergyCharacteristic::Indicate)) ||
            !it->second.characteristic.clientCharacteristicConfiguration().isValid()) {
            return gattError(GattErrorCode::NotSupported,
                             "The characteristic neither notifies nor indicates.");
        }
        break;
    }
    return Done{};
}

Status<GattError> QtGattPeer::enqueue(Operation operation) {
    auto status = check(operation.characteristic, operation.kind, operation.internal);
    if (!status) {
        return status;
    }
    m_queue.push_back(std::move(operation));
    // Started from the event loop: Qt may answer some requests synchronously, and the sink
    // must never get an event from inside its own request call (gatt.h).
    QMetaObject::invokeMethod(this, &QtGattPeer::startNext, Qt::QueuedConnection);
    return Done{};
}

void QtGattPeer::startNext() {
    if (m_current || m_queue.empty()) {
        return;
    }
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Preparing) {
        m_queue.clear();
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    const auto it = m_characteristics.find(m_current->characteristic);
    if (it == m_characteristics.end() || !it->second.service) {
        finish(kAttUnlikelyError);
        return;
    }
    QLowEnergyService* service = it->second.service;
    const QLowEnergyCharacteristic& c = it->second.characteristic;
    const char* what = m_current->kind == Operation::Kind::Read    ? "read"
                       : m_current->kind == Operation::Kind::Write ? "write"
                                                                   : "CCCD write";
    qCDebug(lcBluetooth) << what << "on" << characteristicName(m_current->characteristic)
                         << "length" << m_current->value.size();
    m_operationTimer.start(m_options.operationTimeout);
    switch (m_current->kind) {
    case Operation::Kind::Read:
        service->readCharacteristic(c);
        return;
    case Operation::Kind::Write:
        if (m_current->mode == protocol::WriteMode::WithoutResponse) {
            service->writeCharacteristic(c, m_current->value,
                                         QLowEnergyService::WriteWithoutResponse);
            // No answer will come: it is done once handed over.
            QMetaObject::invokeMethod(
                this, [this] { finish(protocol::att::kSuccess); }, Qt::QueuedConnection);
            return;
        }
        service->writeCharacteristic(c, m_current->value, QLowEnergyService::WriteWithResponse);
        return;
    case Operation::Kind::Subscribe: {
        const auto properties = c.properties();
        const bool indicateOnly = (properties & QLowEnergyCharacteristic::Indicate) &&
                                  !(properties & QLowEnergyCharacteristic::Notify);
        const QByteArray value = !m_current->enable ? QLowEnergyCharacteristic::CCCDDisable
                                 : indicateOnly     ? QLowEnergyCharacteristic::CCCDEnableIndication
                                                : QLowEnergyCharacteristic::CCCDEnableNotification;
        service->writeDescriptor(c.clientCharacteristicConfiguration(), value);
        return;
    }
    }
}

void QtGattPeer::finish(std::uint8_t attError, const QByteArray& value) {
    if (!m_current) {
        return;
    }
    m_operationTimer.stop();
    const Operation op = std::move(*m_current);
    m_current.reset();
    if (attError != protocol::att::kSuccess) {
        qCInfo(lcBluetooth) << "request on" << characteristicName(op.characteristic)
                            << "failed, ATT error" << attError;
    }
    if (op.internal) {
        onInternalDone(op, attError, value);
    } else {
        GattEvent event;
        switch (op.kind) {
        case Operation::Kind::Read:
            event.kind = GattEvent::Kind::ReadDone;
            event.value.assign(value.cbegin(), value.cend());
            break;
        case Operation::Kind::Write:
            event.kind = GattEvent::Kind::WriteDone;
            break;
        case Operation::Kind::Subscribe:
            event.kind = GattEvent::Kind::SubscribeDone;
            break;
        }
        event.characteristic = op.characteristic;
        event.attError = attError;
        emitEvent(event);
    }
    startNext();
}

void QtGattPeer::onInternalDone(const Operation& op, std::uint8_t attError,
                                const QByteArray& value) {
    const protocol::ByteView bytes(reinterpret_cast<const std::uint8_t*>(value.constData()),
                                   static_cast<std::size_t>(value.size()));
    const bool ok = attError == protocol::att::kSuccess;
    const auto text = [&](bool serial) -> QString {
        if (!ok) {
            return {};
        }
        auto parsed =
            serial ? protocol::parseSerialNumber(bytes) : protocol::parseInformationString(bytes);
        return parsed ? QString::fromStdString(parsed.value()) : QString();
    };
    const auto& c = op.characteristic;
    if (c == uuid::kManufacturerName) {
        m_information.manufacturer = text(false);
    } else if (c == uuid::kModelNumber) {
        m_information.model = text(false);
    } else if (c == uuid::kSerialNumber) {
        m_information.serial = text(true);
    } else if (c == uuid::kHardwareRevision) {
        m_information.hardwareRevision = text(false);
    } else if (c == uuid::kFirmwareRevision) {
        m_information.firmwareRevision = text(false);
    } else if (c == uuid::kBatteryLevel) {
        auto level =
            ok ? protocol::parseBatteryLevel(bytes)
               : Result<std::uint8_t, protocol::ProtocolError>(Failure{protocol::ProtocolError{}});
        m_information.battery = level ? std::optional<std::uint8_t>(level.value()) : std::nullopt;
    } else if (c == uuid::kLocalTimeInformation) {
        m_information.timeWritten = ok; // Current Time follows and confirms it
    } else if (c == uuid::kCurrentTime) {
        m_information.timeWritten = m_information.timeWritten && ok;
    }
    const bool internalLeft =
        std::any_of(m_queue.begin(), m_queue.end(), [](const Operation& o) { return o.internal; });
    if (!internalLeft && m_state == ConnectionState::Preparing) {
        emit informationChanged();
        setState(ConnectionState::Connected);
        m_backoff = m_options.reconnect.first;
        m_attempts = 0;
        m_lastError = BluetoothError::None;
    }
}

void QtGattPeer::onOperationTimeout() {
    if (!m_current) {
        return;
    }
    qCWarning(lcBluetooth) << "no answer on" << characteristicName(m_current->characteristic)
                           << "; the link is made again";
    finish(kAttUnlikelyError);
    // The stack lost track of the request: only a new link puts it in a known state again.
    reportError(BluetoothError::ConnectionFailed);
    linkDown();
}

std::uint8_t QtGattPeer::failureCode() {
    // Qt reports a failed request without its ATT error. On an unpaired device the likely
    // cause is security (5.2): say so, to the sink and to the user.
    if (m_local && !platformTraits().addressesHidden && m_info.isValid() &&
        m_local->pairingStatus(m_info.address()) == QBluetoothLocalDevice::Unpaired) {
        if (m_lastError != BluetoothError::NotAuthenticated) {
            reportError(BluetoothError::NotAuthenticated);
        }
        return protocol::att::kInsufficientAuthentication;
    }
    return kAttUnlikelyError;
}

void QtGattPeer::onServiceError(QLowEnergyService::ServiceError error) {
    auto* service = qobject_cast<QLowEnergyService*>(sender());
    if (!m_current || service == nullptr) {
        return;
    }
    const auto it = m_characteristics.find(m_current->characteristic);
    if (it == m_characteristics.end() || it->second.service != service) {
        return; // another service's trouble, not the request in flight
    }
    qCInfo(lcBluetooth) << "service error" << error;
    finish(failureCode());
}

void QtGattPeer::onCharacteristicChanged(const QLowEnergyCharacteristic& c,
                                         const QByteArray& value) {
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Preparing) {
        return;
    }
    GattEvent event;
    const auto properties = c.properties();
    event.kind = (properties & QLowEnergyCharacteristic::Indicate) &&
                         !(properties & QLowEnergyCharacteristic::Notify)
                     ? GattEvent::Kind::Indication
                     : GattEvent::Kind::Notification;
    event.characteristic = fromQt(c.uuid());
    event.value.assign(value.cbegin(), value.cend());
    qCDebug(lcBluetooth) << characteristicName(event.characteristic) << "value, length"
                         << value.size();
    emitEvent(event);
}

} // namespace rollwise::platform::bluetooth
