#pragma once

// The devices the user paired from the app's "add device" flow (docs/device-protocol.md 5.2):
// only these are connected automatically. An id is the Bluetooth address, or the
// deviceUuid() on macOS and iOS, where addresses are hidden (deviceId() in device_link.h).

#include <QList>
#include <QSettings>
#include <QString>

namespace rollwise::platform::bluetooth {

struct PairedDevice {
    QString id;
    QString name; // as advertised, for lists; not an identity
    friend bool operator==(const PairedDevice&, const PairedDevice&) = default;
};

class PairedDeviceStore {
public:
    virtual ~PairedDeviceStore() = default;
    [[nodiscard]] virtual QList<PairedDevice> devices() const = 0;
    // Adds or renames.
    virtual void add(const PairedDevice& device) = 0;
    virtual void remove(const QString& id) = 0;
    [[nodiscard]] bool contains(const QString& id) const;
};

// In memory: tests, and the simulator.
class MemoryPairedDeviceStore final : public PairedDeviceStore {
public:
    [[nodiscard]] QList<PairedDevice> devices() const override { return m_devices; }
    void add(const PairedDevice& device) override;
    void remove(const QString& id) override;

private:
    QList<PairedDevice> m_devices;
};

// In the app's settings, under one group. The QSettings must outlive the store.
class SettingsPairedDeviceStore final : public PairedDeviceStore {
public:
    explicit SettingsPairedDeviceStore(QSettings& settings,
                                       QString group = QStringLiteral("bluetooth/paired"));
    [[nodiscard]] QList<PairedDevice> devices() const override;
    void add(const PairedDevice& device) override;
    void remove(const QString& id) override;

private:
    void write(const QList<PairedDevice>& devices);

    QSettings& m_settings;
    QString m_group;
};

} // namespace rollwise::platform::bluetooth
