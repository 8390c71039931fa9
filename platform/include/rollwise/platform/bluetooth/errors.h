#pragma once

// What can go wrong with Bluetooth, as the user should hear it: a typed error and one
// sentence that says what happened and what to do (docs/bluetooth.md, "Errors"). Messages
// never contain device data or frame bytes.

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothLocalDevice>
#include <QLowEnergyController>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <string_view>

namespace rollwise::platform::bluetooth {

enum class BluetoothError : std::uint8_t {
    None,
    NoAdapter,         // no Bluetooth adapter (or no Bluetooth service) on this machine
    BluetoothOff,      // the adapter is powered off
    PermissionDenied,  // the OS refused Bluetooth (or location, older Android) to the app
    DeviceNotFound,    // not found within the scan time: asleep, out of range, or gone
    PairingRefused,    // the device refused to pair (not in pairing mode)
    NotAuthenticated,  // the device refused access: not paired, or the bond was removed
    NotRollwiseDevice, // connected, but the Rollwise service is missing
    ConnectionFailed,  // the link could not be made (retried with back-off)
    ConnectionLost,    // the link dropped (retried with back-off for paired devices)
    Unknown,
};

[[nodiscard]] std::string_view toString(BluetoothError error) noexcept;
// One sentence for people: what happened and what to do.
[[nodiscard]] QString userMessage(BluetoothError error);
// Errors that need the user before anything is retried (no automatic reconnection).
[[nodiscard]] bool needsUser(BluetoothError error) noexcept;

// The Qt errors, mapped. Pure functions, tested one by one.
[[nodiscard]] BluetoothError
fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::Error error) noexcept;
[[nodiscard]] BluetoothError fromControllerError(QLowEnergyController::Error error) noexcept;
[[nodiscard]] BluetoothError fromLocalDeviceError(QBluetoothLocalDevice::Error error) noexcept;

} // namespace rollwise::platform::bluetooth

Q_DECLARE_METATYPE(rollwise::platform::bluetooth::BluetoothError)
