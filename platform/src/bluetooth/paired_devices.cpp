// The remembered devices, in memory or in QSettings.
#include <rollwise/platform/bluetooth/paired_devices.h>

#include <algorithm>

namespace rollwise::platform::bluetooth {

namespace {

void upsert(QList<PairedDevice>& devices, const PairedDevice& device) {
    const auto it = std::find_if(devices.begin(), devices.end(),
                                 [&](const PairedDevice& d) { return d.id == device.id; });
    if (it != devices.end()) {
        it->name = device.name;
    } else {
        devices.append(device);
    }
}

} // namespace

bool PairedDeviceStore::contains(const QString& id) const {
    const auto all = devices();
    return !id.isEmpty() &&
           std::any_of(all.begin(), all.end(), [&](const PairedDevice& d) { return d.id == id; });
}

void MemoryPairedDeviceStore::add(const PairedDevice& device) {
    if (!device.id.isEmpty()) {
        upsert(m_devices, device);
    }
}

void MemoryPairedDeviceStore::remove(const QString& id) {
    m_devices.removeIf([&](const PairedDevice& d) { return d.id == id; });
}

SettingsPairedDeviceStore::SettingsPairedDeviceStore(QSettings& settings, QString group)
    : m_settings(settings)
    , m_group(std::move(group)) {}

QList<PairedDevice> SettingsPairedDeviceStore::devices() const {
    QList<PairedDevice> out;
    const int n = m_settings.beginReadArray(m_group);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        PairedDevice d;
        d.id = m_settings.value(QStringLiteral("id")).toString();
        d.name = m_settings.value(QStringLiteral("name")).toString();
        if (!d.id.isEmpty()) {
            out.append(d);
        }
    }
    m_settings.endArray();
    return out;
}

void SettingsPairedDeviceStore::add(const PairedDevice& device) {
    if (device.id.isEmpty()) {
        return;
    }
    auto all = devices();
    upsert(all, device);
    write(all);
}

void SettingsPairedDeviceStore::remove(const QString& id) {
    auto all = devices();
    all.removeIf([&](const PairedDevice& d) { return d.id == id; });
    write(all);
}

void SettingsPairedDeviceStore::write(const QList<PairedDevice>& devices) {
    m_settings.remove(m_group); // the array shrinks too
    m_settings.beginWriteArray(m_group, static_cast<int>(devices.size()));
    for (int i = 0; i < devices.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), devices[i].id);
        m_settings.setValue(QStringLiteral("name"), devices[i].name);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace rollwise::platform::bluetooth
