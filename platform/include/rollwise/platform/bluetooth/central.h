#pragma once

// Finding and pairing Rollwise devices (docs/bluetooth.md): an LE scan that reports only
// devices offering the Rollwise service, with name, id (address, or deviceUuid on macOS and
// iOS) and RSSI; pairing from the app's "add device" flow, which also puts the device in the
// paired list (the only devices connected automatically, 5.2).
//
// Scanning: idle --startScan()--> scanning(); then --timeout--> idle (scanFinished),
// --error--> idle (errorOccurred, then scanFinished), --stopScan()--> idle (no signal).

#include <rollwise/platform/bluetooth/errors.h>
#include <rollwise/platform/bluetooth/paired_devices.h>

#include <QBluetoothDeviceInfo>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <cstdint>
#include <optional>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothLocalDevice;

namespace rollwise::platform::bluetooth {

struct DiscoveredDevice {
    QString id;   // deviceId(info)
    QString name; // the advertised local name (e.g. the model, 5.1)
    qint16 rssi = 0;
    // The advertised status byte (5.1: bit 0 pairing mode, bit 1 records pending), where the
    // platform exposes service data.
    std::optional<std::uint8_t> status;
    QBluetoothDeviceInfo info;
};

class BluetoothCentral final : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::chrono::milliseconds scanTimeout{10000}; // 5.3 step 1
    };
    // `paired` must outlive the central.
    explicit BluetoothCentral(PairedDeviceStore& paired, QObject* parent = nullptr);
    BluetoothCentral(PairedDeviceStore& paired, Options options, QObject* parent = nullptr);
    ~BluetoothCentral() override;

    // NoAdapter, BluetoothOff or None, asked of the OS now.
    [[nodiscard]] BluetoothError checkAdapter() const;
    // Starts an LE scan; false, with errorOccurred, when it cannot (no adapter, Bluetooth off).
    [[nodiscard]] bool startScan();
    void stopScan();
    [[nodiscard]] bool scanning() const noexcept;
    // Rollwise devices seen in the last scan, in the order they were found.
    [[nodiscard]] QList<DiscoveredDevice> devices() const { return m_devices; }
    [[nodiscard]] std::optional<DiscoveredDevice> device(const QString& id) const;

    // Bonds with a device seen in the last scan and remembers it: pairingFinished(id), or
    // errorOccurred (PairingRefused, PermissionDenied, DeviceNotFound).
    void pair(const QString& id);
    // Forgets a device (the app stops reconnecting to it); the OS bond is left alone.
    void forget(const QString& id);
    // In the app's paired list.
    [[nodiscard]] bool isRemembered(const QString& id) const { return m_paired.contains(id); }
    // Bonded at the OS level (false where the platform cannot tell).
    [[nodiscard]] bool isBonded(const QString& id) const;

    [[nodiscard]] BluetoothError lastError() const noexcept { return m_lastError; }

signals:
    void deviceDiscovered(const QString& id);
    void deviceUpdated(const QString& id); // RSSI or status changed
    void scanFinished();
    void pairingFinished(const QString& id);
    void errorOccurred(rollwise::platform::bluetooth::BluetoothError error, const QString& message);

private:
    void onDevice(const QBluetoothDeviceInfo& info);
    void onScanEnded();
    void fail(BluetoothError error);
    QBluetoothLocalDevice* local();

    PairedDeviceStore& m_paired;
    Options m_options;
    QPointer<QBluetoothDeviceDiscoveryAgent> m_agent;
    QPointer<QBluetoothLocalDevice> m_local;
    QList<DiscoveredDevice> m_devices;
    QString m_pairing; // the id being paired
    BluetoothError m_lastError = BluetoothError::None;
};

} // namespace rollwise::platform::bluetooth
