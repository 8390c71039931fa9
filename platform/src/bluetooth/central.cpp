// Scanning for Rollwise devices, and pairing them.
#include "gatt_names.h"
#include "logging.h"

#include <rollwise/platform/bluetooth/central.h>
#include <rollwise/platform/bluetooth/device_link.h>

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothLocalDevice>

#include <algorithm>

namespace rollwise::platform::bluetooth {

BluetoothCentral::BluetoothCentral(PairedDeviceStore& paired, QObject* parent)
    : BluetoothCentral(paired, Options{}, parent) {}

BluetoothCentral::BluetoothCentral(PairedDeviceStore& paired, Options options, QObject* parent)
    : QObject(parent)
    , m_paired(paired)
    , m_options(options) {
    qRegisterMetaType<BluetoothError>();
}

BluetoothCentral::~BluetoothCentral() {
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->stop();
    }
}

BluetoothError BluetoothCentral::checkAdapter() const {
    return adapterAvailability();
}

bool BluetoothCentral::scanning() const noexcept {
    return m_agent && m_agent->isActive();
}

void BluetoothCentral::fail(BluetoothError error) {
    m_lastError = error;
    qCWarning(lcBluetooth) << "central error:" << toString(error).data();
    emit errorOccurred(error, userMessage(error));
}

bool BluetoothCentral::startScan() {
    if (const auto availability = checkAdapter(); availability != BluetoothError::None) {
        fail(availability);
        return false;
    }
    stopScan();
    m_devices.clear();
    m_lastError = BluetoothError::None;
    m_agent = new QBluetoothDeviceDiscoveryAgent(this);
    m_agent->setLowEnergyDiscoveryTimeout(static_cast<int>(m_options.scanTimeout.count()));
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            &BluetoothCentral::onDevice);
    connect(
        m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
        [this](const QBluetoothDeviceInfo& info, QBluetoothDeviceInfo::Fields) { onDevice(info); });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this,
            &BluetoothCentral::onScanEnded);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this,
            &BluetoothCentral::onScanEnded);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                fail(fromDiscoveryError(error));
                onScanEnded();
            });
    qCInfo(lcBluetooth) << "scanning for Rollwise devices";
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    return m_agent && m_lastError == BluetoothError::None;
}

void BluetoothCentral::stopScan() {
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->stop();
        m_agent->deleteLater();
        m_agent = nullptr;
    }
}

void BluetoothCentral::onScanEnded() {
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->deleteLater();
        m_agent = nullptr;
        qCInfo(lcBluetooth) << "scan over," << m_devices.size() << "Rollwise device(s)";
        emit scanFinished();
    }
}

void BluetoothCentral::onDevice(const QBluetoothDeviceInfo& info) {
    // Only the Rollwise service (5.1); Qt 6.4 cannot filter by service on every platform.
    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration) ||
        !info.serviceUuids().contains(toQt(protocol::uuid::kRollwiseService))) {
        return;
    }
    DiscoveredDevice found;
    found.id = deviceId(info);
    found.name = info.name();
    found.rssi = info.rssi();
    found.info = info;
    const QByteArray data = info.serviceData(toQt(protocol::uuid::kRollwiseService));
    if (data.size() >= 2) {
        found.status = static_cast<std::uint8_t>(data[0]);
    }
    const auto it = std::find_if(m_devices.begin(), m_devices.end(),
                                 [&](const DiscoveredDevice& d) { return d.id == found.id; });
    if (it == m_devices.end()) {
        m_devices.append(found);
        qCInfo(lcBluetooth) << "found a Rollwise device, RSSI" << found.rssi;
        emit deviceDiscovered(found.id);
    } else if (it->rssi != found.rssi || it->status != found.status || it->name != found.name) {
        *it = found;
        emit deviceUpdated(found.id);
    }
}

std::optional<DiscoveredDevice> BluetoothCentral::device(const QString& id) const {
    const auto it = std::find_if(m_devices.begin(), m_devices.end(),
                                 [&](const DiscoveredDevice& d) { return d.id == id; });
    return it == m_devices.end() ? std::nullopt : std::optional(*it);
}

QBluetoothLocalDevice* BluetoothCentral::local() {
    if (!m_local && platformTraits().canListAdapters &&
        adapterAvailability() != BluetoothError::NoAdapter) {
        m_local = new QBluetoothLocalDevice(this);
        connect(m_local, &QBluetoothLocalDevice::pairingFinished, this,
                [this](const QBluetoothAddress& address, QBluetoothLocalDevice::Pairing pairing) {
                    const auto found = device(m_pairing);
                    if (!found || found->info.address() != address) {
                        return;
                    }
                    const QString id = std::exchange(m_pairing, QString());
                    if (pairing == QBluetoothLocalDevice::Unpaired) {
                        fail(BluetoothError::PairingRefused);
                        return;
                    }
                    m_paired.add(PairedDevice{id, found->name});
                    qCInfo(lcBluetooth) << "paired";
                    emit pairingFinished(id);
                });
        connect(m_local, &QBluetoothLocalDevice::errorOccurred, this,
                [this](QBluetoothLocalDevice::Error error) {
                    if (m_pairing.isEmpty()) {
                        return;
                    }
                    m_pairing.clear();
                    fail(fromLocalDeviceError(error));
                });
    }
    return m_local;
}

void BluetoothCentral::pair(const QString& id) {
    const auto found = device(id);
    if (!found) {
        fail(BluetoothError::DeviceNotFound);
        return;
    }
    if (!platformTraits().explicitPairing) {
        // macOS and iOS bond on the first encrypted access; remembering is all there is to do.
        m_paired.add(PairedDevice{id, found->name});
        QMetaObject::invokeMethod(
            this, [this, id] { emit pairingFinished(id); }, Qt::QueuedConnection);
        return;
    }
    QBluetoothLocalDevice* adapter = local();
    if (adapter == nullptr) {
        fail(BluetoothError::NoAdapter);
        return;
    }
    // A scan running beside a pairing slows both down, and BlueZ may abort it: stop it first.
    stopScan();
    m_pairing = id;
    qCInfo(lcBluetooth) << "pairing";
    adapter->requestPairing(found->info.address(), QBluetoothLocalDevice::Paired);
}

void BluetoothCentral::forget(const QString& id) {
    m_paired.remove(id);
}

bool BluetoothCentral::isBonded(const QString& id) const {
    const auto found = device(id);
    if (!found || !platformTraits().canListAdapters || platformTraits().addressesHidden) {
        return false;
    }
    QBluetoothLocalDevice adapter;
    return adapter.isValid() &&
           adapter.pairingStatus(found->info.address()) != QBluetoothLocalDevice::Unpaired;
}

} // namespace rollwise::platform::bluetooth
