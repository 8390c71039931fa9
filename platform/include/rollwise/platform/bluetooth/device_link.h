#pragma once

// Choosing the device link: the Qt Bluetooth link (QtGattPeer) or the simulated device
// (SimulatedLink), behind core's GattPeer either way. The app offers --simulate, and falls
// back to the simulator by itself when there is no adapter. Every platform difference of the
// Bluetooth code lives in the one file that implements this header (device_link_factory.cpp).

#include <rollwise/core/clock.h>
#include <rollwise/core/device.h>
#include <rollwise/core/protocol/gatt.h>
#include <rollwise/core/protocol/simulator.h>
#include <rollwise/platform/bluetooth/errors.h>
#include <rollwise/platform/bluetooth/paired_devices.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>

#include <QBluetoothDeviceInfo>
#include <QString>

#include <memory>
#include <optional>

namespace rollwise::platform::bluetooth {

// What differs between platforms.
struct PlatformTraits {
    bool addressesHidden = false; // macOS, iOS: devices are known by deviceUuid() only
    bool canListAdapters = true;  // iOS has no QBluetoothLocalDevice
    bool explicitPairing = true;  // macOS, iOS pair on the first encrypted access instead
};
[[nodiscard]] PlatformTraits platformTraits() noexcept;

// The id the app remembers a device by: its address, or its deviceUuid() where addresses are
// hidden.
[[nodiscard]] QString deviceId(const QBluetoothDeviceInfo& info);

// NoAdapter, BluetoothOff or None, asked of the OS now.
[[nodiscard]] BluetoothError adapterAvailability();

enum class LinkPreference : std::uint8_t {
    Automatic, // Bluetooth when an adapter is there, else the simulator
    Bluetooth, // Bluetooth even without an adapter (its errors say what is missing)
    Simulator, // --simulate
};
enum class LinkKind : std::uint8_t { Bluetooth, Simulator };

struct DeviceLinkOptions {
    LinkPreference preference = LinkPreference::Automatic;
    QString deviceId; // the remembered device, for Bluetooth
    DeviceFamily simulatedFamily = DeviceFamily::SmartRoller;
    const Clock* clock = nullptr;        // required; must outlive the link
    PairedDeviceStore* paired = nullptr; // who may be reconnected automatically
    QtGattPeerOptions bluetooth;
};

struct DeviceLink {
    std::unique_ptr<protocol::GattPeer> peer; // a QtGattPeer or a SimulatedLink
    LinkKind kind = LinkKind::Simulator;
    // Why Automatic chose the simulator (None otherwise), and the sentence for the user.
    BluetoothError fallbackReason = BluetoothError::None;
    QString message;
    // The simulated device (model, head), when kind is Simulator: what labels it reads from.
    std::optional<protocol::SimProfile> simulated;
};

// The caller owns the link (no QObject parent). nullptr `peer` only when `options.clock` is
// missing.
[[nodiscard]] DeviceLink makeDeviceLink(const DeviceLinkOptions& options);

} // namespace rollwise::platform::bluetooth
