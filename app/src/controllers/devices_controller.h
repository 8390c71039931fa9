#pragma once

// The view model of the devices screen: finding Rollwise devices (a scan filtered by the
// Rollwise service), pairing, renaming and forgetting them, the device in use with its battery,
// firmware, features and head (its wear from the journal), and an on-demand sync with its
// progress. Bluetooth off, no adapter and permission refused each say what to do. Created by
// the page and given the Devices and Journal services.

#include "models/device_list_model.h"
#include "services/device_manager.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

#include <memory>

namespace rollwise::platform::bluetooth {
class BluetoothCentral;
} // namespace rollwise::platform::bluetooth

namespace rollwise::app {

class JournalManager;

class DevicesController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::DeviceManager* devices READ devices WRITE setDevices NOTIFY servicesChanged)
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY servicesChanged)
    Q_PROPERTY(rollwise::app::DeviceListModel* model READ model CONSTANT)
    // How long a scan runs (5.3: 10 s); tests make it shorter.
    Q_PROPERTY(int scanTimeoutMs READ scanTimeoutMs WRITE setScanTimeoutMs NOTIFY changed)
    Q_PROPERTY(bool scanning READ scanning NOTIFY changed)
    Q_PROPERTY(bool pairing READ pairing NOTIFY changed)
    // The adapter: None, NoAdapter, BluetoothOff or PermissionDenied; with what to do.
    Q_PROPERTY(rollwise::app::DeviceManager::BluetoothProblem adapterProblem READ adapterProblem
                   NOTIFY changed)
    Q_PROPERTY(QString adapterText READ adapterText NOTIFY changed)
    Q_PROPERTY(bool canOpenSettings READ canOpenSettings CONSTANT)
    // The last thing that went wrong with a scan or a pairing, and its sentence.
    Q_PROPERTY(
        rollwise::app::DeviceManager::BluetoothProblem lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // The device in use.
    Q_PROPERTY(QString currentName READ currentName NOTIFY changed)
    Q_PROPERTY(bool currentSimulated READ currentSimulated NOTIFY changed)
    Q_PROPERTY(bool currentPaired READ currentPaired NOTIFY changed)
    Q_PROPERTY(QString batteryText READ batteryText NOTIFY changed)
    Q_PROPERTY(QString firmwareText READ firmwareText NOTIFY changed)
    Q_PROPERTY(QString featuresText READ featuresText NOTIFY changed)
    Q_PROPERTY(QString headText READ headText NOTIFY changed)
    Q_PROPERTY(int headWearPercent READ headWearPercent NOTIFY changed)
    // The sync: running, how far (0 - 1, or -1 while the total is not known), in words.
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(double syncFraction READ syncFraction NOTIFY changed)
    Q_PROPERTY(QString syncText READ syncText NOTIFY changed)
    Q_PROPERTY(bool syncProblem READ syncProblem NOTIFY changed)

public:
    explicit DevicesController(QObject* parent = nullptr);
    ~DevicesController() override;

    [[nodiscard]] DeviceManager* devices() const { return m_devices; }
    void setDevices(DeviceManager* devices);
    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] DeviceListModel* model() { return &m_model; }
    [[nodiscard]] int scanTimeoutMs() const { return m_scanTimeoutMs; }
    void setScanTimeoutMs(int ms);

    [[nodiscard]] bool scanning() const;
    [[nodiscard]] bool pairing() const { return !m_pairingId.isEmpty(); }
    [[nodiscard]] DeviceManager::BluetoothProblem adapterProblem() const { return m_adapter; }
    [[nodiscard]] QString adapterText() const;
    [[nodiscard]] bool canOpenSettings() const;
    [[nodiscard]] DeviceManager::BluetoothProblem lastError() const { return m_lastError; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString currentName() const;
    [[nodiscard]] bool currentSimulated() const;
    [[nodiscard]] bool currentPaired() const;
    [[nodiscard]] QString batteryText() const;
    [[nodiscard]] QString firmwareText() const;
    [[nodiscard]] QString featuresText() const;
    [[nodiscard]] QString headText() const;
    [[nodiscard]] int headWearPercent() const;
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] double syncFraction() const;
    [[nodiscard]] QString syncText() const;
    [[nodiscard]] bool syncProblem() const;

    // Asks the OS about the adapter again (the page does on showing, and every few seconds).
    Q_INVOKABLE void refreshAdapter();
    Q_INVOKABLE void scan();
    Q_INVOKABLE void stopScan();
    // Bonds with a device found by the scan (OS pairing where the platform needs it), remembers
    // it and makes it the device in use.
    Q_INVOKABLE void pair(const QString& id);
    // A paired device's name in the app's list. False for an empty name or an unknown device.
    Q_INVOKABLE bool rename(const QString& id, const QString& name);
    // The app forgets a paired device (the OS bond is the system's to remove).
    Q_INVOKABLE void forget(const QString& id);
    // The device in use: the simulated one, or a paired one.
    Q_INVOKABLE void use(const QString& id);
    Q_INVOKABLE void sync();
    Q_INVOKABLE void cancelSync();
    // Opens the system's Bluetooth settings where the platform has a way (canOpenSettings).
    Q_INVOKABLE void openSettings();

signals:
    void servicesChanged();
    void changed();

private:
    void rebuild();
    void setError(int error);
    platform::bluetooth::BluetoothCentral* central();
    [[nodiscard]] bool bluetoothUsable() const;

    QPointer<DeviceManager> m_devices;
    QPointer<JournalManager> m_journal;
    DeviceListModel m_model;
    std::unique_ptr<platform::bluetooth::BluetoothCentral> m_central;
    int m_scanTimeoutMs = 10000;
    DeviceManager::BluetoothProblem m_adapter = DeviceManager::BluetoothProblem::None;
    DeviceManager::BluetoothProblem m_lastError = DeviceManager::BluetoothProblem::None;
    QString m_message;
    QString m_pairingId;
    QTimer m_adapterTimer;
};

} // namespace rollwise::app
