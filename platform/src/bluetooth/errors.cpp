// Bluetooth errors for people, and the mapping from Qt's errors.
#include "logging.h"

#include <rollwise/platform/bluetooth/errors.h>

#include <QCoreApplication>

namespace rollwise::platform::bluetooth {

Q_LOGGING_CATEGORY(lcBluetooth, "rollwise.platform.bluetooth", QtInfoMsg)

std::string_view toString(BluetoothError error) noexcept {
    switch (error) {
    case BluetoothError::None:
        return "none";
    case BluetoothError::NoAdapter:
        return "no-adapter";
    case BluetoothError::BluetoothOff:
        return "bluetooth-off";
    case BluetoothError::PermissionDenied:
        return "permission-denied";
    case BluetoothError::DeviceNotFound:
        return "device-not-found";
    case BluetoothError::PairingRefused:
        return "pairing-refused";
    case BluetoothError::NotAuthenticated:
        return "not-authenticated";
    case BluetoothError::NotRollwiseDevice:
        return "not-rollwise-device";
    case BluetoothError::ConnectionFailed:
        return "connection-failed";
    case BluetoothError::ConnectionLost:
        return "connection-lost";
    case BluetoothError::Unknown:
        return "unknown";
    }
    return "unknown";
}

QString userMessage(BluetoothError error) {
    switch (error) {
    case BluetoothError::None:
        return QString();
    case BluetoothError::NoAdapter:
        return QCoreApplication::translate(
            "Bluetooth", "This computer has no Bluetooth adapter, so Rollwise cannot reach your "
                         "device. Sessions with a plain roller work without one.");
    case BluetoothError::BluetoothOff:
        return QCoreApplication::translate(
            "Bluetooth", "Bluetooth is turned off. Turn it on in the system settings; Rollwise "
                         "connects as soon as it is on.");
    case BluetoothError::PermissionDenied:
        return QCoreApplication::translate(
            "Bluetooth", "Rollwise is not allowed to use Bluetooth. Allow Bluetooth (and "
                         "location on older Android versions) for Rollwise in the system "
                         "settings, then try again.");
    case BluetoothError::DeviceNotFound:
        return QCoreApplication::translate(
            "Bluetooth", "The device was not found. Wake it with a press of its button, keep "
                         "it within a few metres, then try again.");
    case BluetoothError::PairingRefused:
        return QCoreApplication::translate(
            "Bluetooth", "The device refused to pair. Hold its button for 3 seconds until it "
                         "shows pairing mode, then pair again.");
    case BluetoothError::NotAuthenticated:
        return QCoreApplication::translate(
            "Bluetooth", "The device refused access because it is not paired with this phone "
                         "or computer. Hold its button for 3 seconds, then pair it again from "
                         "Devices.");
    case BluetoothError::NotRollwiseDevice:
        return QCoreApplication::translate(
            "Bluetooth", "This device does not offer the Rollwise service. Choose a "
                         "Rollwise-compatible device.");
    case BluetoothError::ConnectionFailed:
        return QCoreApplication::translate(
            "Bluetooth", "The connection to the device failed. Rollwise keeps trying; bring the "
                         "device closer or turn it off and on.");
    case BluetoothError::ConnectionLost:
        return QCoreApplication::translate(
            "Bluetooth", "The connection to the device was lost. Rollwise reconnects by itself "
                         "when the device is back in range.");
    case BluetoothError::Unknown:
        return QCoreApplication::translate(
            "Bluetooth", "Bluetooth reported an unexpected error. Turn Bluetooth off and on, "
                         "then try again.");
    }
    return QString();
}

bool needsUser(BluetoothError error) noexcept {
    switch (error) {
    case BluetoothError::NoAdapter:
    case BluetoothError::BluetoothOff:
    case BluetoothError::PermissionDenied:
    case BluetoothError::PairingRefused:
    case BluetoothError::NotAuthenticated:
    case BluetoothError::NotRollwiseDevice:
        return true;
    case BluetoothError::None:
    case BluetoothError::DeviceNotFound:
    case BluetoothError::ConnectionFailed:
    case BluetoothError::ConnectionLost:
    case BluetoothError::Unknown:
        return false;
    }
    return false;
}

BluetoothError fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::Error error) noexcept {
    switch (error) {
    case QBluetoothDeviceDiscoveryAgent::NoError:
        return BluetoothError::None;
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        return BluetoothError::BluetoothOff;
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedDiscoveryMethod:
        return BluetoothError::NoAdapter;
    case QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError:
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
        return BluetoothError::PermissionDenied;
    case QBluetoothDeviceDiscoveryAgent::InputOutputError:
    case QBluetoothDeviceDiscoveryAgent::UnknownError:
        return BluetoothError::Unknown;
    }
    return BluetoothError::Unknown;
}

BluetoothError fromControllerError(QLowEnergyController::Error error) noexcept {
    switch (error) {
    case QLowEnergyController::NoError:
        return BluetoothError::None;
    case QLowEnergyController::InvalidBluetoothAdapterError:
        return BluetoothError::NoAdapter;
    case QLowEnergyController::MissingPermissionsError:
        return BluetoothError::PermissionDenied;
    case QLowEnergyController::AuthorizationError:
        return BluetoothError::NotAuthenticated;
    case QLowEnergyController::UnknownRemoteDeviceError:
        return BluetoothError::DeviceNotFound;
    case QLowEnergyController::RemoteHostClosedError:
        return BluetoothError::ConnectionLost;
    case QLowEnergyController::ConnectionError:
    case QLowEnergyController::NetworkError:
    case QLowEnergyController::AdvertisingError:
    case QLowEnergyController::UnknownError:
        return BluetoothError::ConnectionFailed;
    }
    return BluetoothError::Unknown;
}

BluetoothError fromLocalDeviceError(QBluetoothLocalDevice::Error error) noexcept {
    switch (error) {
    case QBluetoothLocalDevice::NoError:
        return BluetoothError::None;
    case QBluetoothLocalDevice::PairingError:
        return BluetoothError::PairingRefused;
    case QBluetoothLocalDevice::MissingPermissionsError:
        return BluetoothError::PermissionDenied;
    case QBluetoothLocalDevice::UnknownError:
        return BluetoothError::Unknown;
    }
    return BluetoothError::Unknown;
}

} // namespace rollwise::platform::bluetooth
