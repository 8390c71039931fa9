// The Qt Bluetooth link to one device (docs/bluetooth.md).
#include "gatt_names.h"
#include "logging.h"

#include <rollwise/core/protocol/features.h>
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
    m_information.timeWritten = false;
    m_information.protocolMajor.reset();
    m_connectTimer.stop();
    if (m_options.readInformation || m_options.writeTime) {
        // 5.3 step 4 comes first: Device Features is the first encrypted access, and its
        // protocol major decides whether the clock is written at all.
        Operation features;
        features.kind = Operation::Kind::Read;
        features.characteristic = uuid::kDeviceFeatures;
        features.internal = true;
        if (enqueue(std::move(features))) {
            return; // prepareAfterFeatures() goes on from its answer
        }
    }
    prepareAfterFeatures(false);
}

void QtGattPeer::prepareAfterFeatures(bool rollwiseV1) {
    const auto internal = [this](Operation op) {
        op.internal = true;
        (void)enqueue(std::move(op));
    };
    if (m_options.readInformation) {
        // 5.3 step 5.
        for (const auto& c :
             {uuid::kManufacturerName, uuid::kModelNumber, uuid::kSerialNumber,
              uuid::kHardwareRevision, uuid::kFirmwareRevision, uuid::kBatteryLevel}) {
            Operation op;
            op.kind = Operation::Kind::Read;
            op.characteristic = c;
            internal(op);
        }
    }
    // 5.3 step 6, only for a device this app speaks to (step 4: otherwise DIS and Battery).
    if (m_options.writeTime && rollwiseV1) {
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
    if (m_queue.empty() && !m_current && m_state == ConnectionState::Preparing) {
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

} // namespace rollwise::platform::bluetooth
