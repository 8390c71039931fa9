// The one place where Bluetooth differs by platform, and where the link is chosen.
#include "logging.h"

#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/bluetooth/simulated_link.h>

#include <QBluetoothLocalDevice>

namespace rollwise::platform::bluetooth {

PlatformTraits platformTraits() noexcept {
    PlatformTraits traits;
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    // Core Bluetooth hides addresses and pairs by itself on the first encrypted access.
    traits.addressesHidden = true;
    traits.explicitPairing = false;
#endif
#if defined(Q_OS_IOS)
    traits.canListAdapters = false; // no QBluetoothLocalDevice on iOS
#endif
    return traits;
}

QString deviceId(const QBluetoothDeviceInfo& info) {
    if (platformTraits().addressesHidden) {
        return info.deviceUuid().toString(QUuid::WithoutBraces);
    }
    return info.address().toString();
}

BluetoothError adapterAvailability() {
    if (!platformTraits().canListAdapters) {
        return BluetoothError::None; // asked again by every scan, which reports its own errors
    }
    // With no Bluetooth service at all (no BlueZ on the system bus) this is empty too.
    if (QBluetoothLocalDevice::allDevices().isEmpty()) {
        return BluetoothError::NoAdapter;
    }
    const QBluetoothLocalDevice local;
    if (!local.isValid()) {
        return BluetoothError::NoAdapter;
    }
    if (local.hostMode() == QBluetoothLocalDevice::HostPoweredOff) {
        return BluetoothError::BluetoothOff;
    }
    return BluetoothError::None;
}

DeviceLink makeDeviceLink(const DeviceLinkOptions& options) {
    DeviceLink link;
    if (options.clock == nullptr) {
        return link;
    }
    const auto simulate = [&](BluetoothError why) {
        link.simulated = protocol::SimProfile::forFamily(options.simulatedFamily);
        link.peer = std::make_unique<SimulatedLink>(*link.simulated, *options.clock);
        link.kind = LinkKind::Simulator;
        link.fallbackReason = why;
        link.message = userMessage(why);
    };
    switch (options.preference) {
    case LinkPreference::Simulator:
        simulate(BluetoothError::None);
        return link;
    case LinkPreference::Automatic:
        // Only a missing adapter falls back: Bluetooth that is off is for the user to fix.
        if (const auto availability = adapterAvailability();
            availability == BluetoothError::NoAdapter) {
            qCInfo(lcBluetooth) << "no adapter: using the simulated device";
            simulate(availability);
            return link;
        }
        break;
    case LinkPreference::Bluetooth:
        break;
    }
    link.peer = std::make_unique<QtGattPeer>(options.deviceId, *options.clock, options.paired,
                                             options.bluetooth);
    link.kind = LinkKind::Bluetooth;
    return link;
}

} // namespace rollwise::platform::bluetooth
