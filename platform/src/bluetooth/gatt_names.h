#pragma once

// Conversions between core's UUIDs and Qt's, and the names log lines use for them (a log line
// names the characteristic and the length of a value, never its bytes).

#include <rollwise/core/protocol/uuid.h>

#include <QBluetoothUuid>
#include <QByteArray>
#include <QUuid>

#include <algorithm>

namespace rollwise::platform::bluetooth {

[[nodiscard]] inline QBluetoothUuid toQt(const protocol::Uuid& uuid) {
    return QBluetoothUuid(QUuid::fromRfc4122(
        QByteArrayView(reinterpret_cast<const char*>(uuid.bytes.data()), uuid.bytes.size())));
}

[[nodiscard]] inline protocol::Uuid fromQt(const QBluetoothUuid& uuid) {
    const QByteArray bytes = uuid.toRfc4122();
    protocol::Uuid out;
    std::copy_n(bytes.cbegin(), std::min<qsizetype>(bytes.size(), 16), out.bytes.begin());
    return out;
}

[[nodiscard]] inline const char* characteristicName(const protocol::Uuid& uuid) {
    namespace u = protocol::uuid;
    if (uuid == u::kDeviceFeatures)
        return "Device Features";
    if (uuid == u::kHeadIdentity)
        return "Head Identity";
    if (uuid == u::kLiveEvents)
        return "Live Events";
    if (uuid == u::kControlPoint)
        return "Control Point";
    if (uuid == u::kStoredRecord)
        return "Stored Record";
    if (uuid == u::kRecordAccessControl)
        return "Record Access Control Point";
    if (uuid == u::kBatteryLevel)
        return "Battery Level";
    if (uuid == u::kCurrentTime)
        return "Current Time";
    if (uuid == u::kLocalTimeInformation)
        return "Local Time Information";
    if (uuid == u::kServiceChanged)
        return "Service Changed";
    if (uuid == u::kManufacturerName)
        return "Manufacturer Name";
    if (uuid == u::kModelNumber)
        return "Model Number";
    if (uuid == u::kSerialNumber)
        return "Serial Number";
    if (uuid == u::kHardwareRevision)
        return "Hardware Revision";
    if (uuid == u::kFirmwareRevision)
        return "Firmware Revision";
    return "unknown characteristic";
}

} // namespace rollwise::platform::bluetooth
