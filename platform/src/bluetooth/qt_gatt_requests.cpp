// The Qt Bluetooth link to one device: requests one at a time, their answers, and what the
// device sends on its own (docs/bluetooth.md).
#include "gatt_names.h"
#include "logging.h"

#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/standard.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>

#include <algorithm>

namespace rollwise::platform::bluetooth {

namespace uuid = protocol::uuid;
using protocol::GattError;
using protocol::GattErrorCode;
using protocol::GattEvent;

namespace {

Failure<GattError> gattError(GattErrorCode code, const char* message) {
    return Failure{GattError{code, message}};
}

} // namespace

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
    if (m_current->kind == Operation::Kind::Write) {
        qCDebug(lcBluetooth) << what << "on" << characteristicName(m_current->characteristic)
                             << "length" << m_current->value.size();
    } else {
        qCDebug(lcBluetooth) << what << "on" << characteristicName(m_current->characteristic);
    }
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
    } else if (op.kind == Operation::Kind::Read) {
        // The answer's length, never its bytes (5.2).
        qCDebug(lcBluetooth) << "read on" << characteristicName(op.characteristic)
                             << "answered, length" << value.size();
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
    if (c == uuid::kDeviceFeatures) {
        auto features = ok ? protocol::parseDeviceFeatures(bytes)
                           : Result<protocol::DeviceFeatures, protocol::ProtocolError>(
                                 Failure{protocol::ProtocolError{}});
        if (ok && bytes.size() >= 1) {
            m_information.protocolMajor = bytes[0];
        }
        prepareAfterFeatures(features.ok());
    } else if (c == uuid::kManufacturerName) {
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
