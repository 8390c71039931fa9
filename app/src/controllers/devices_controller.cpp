#include "devices_controller.h"

#include "services/journal_manager.h"

#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/simulator.h>
#include <rollwise/platform/bluetooth/central.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/system_settings.h>

#include <QDesktopServices>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <error_text.h>

namespace rollwise::app {
namespace {

// The device's frames could not be read and the link was let go (section 10's flood rule).
bool refusedDevice(const DeviceManager& devices) {
    return devices.state() == DeviceManager::LinkState::Failed &&
           devices.problem() == DeviceManager::Problem::ProtocolError;
}

using platform::bluetooth::BluetoothError;
using BtProblem = DeviceManager::BluetoothProblem;

constexpr std::uint8_t kPairingModeBit = 0x01;    // 5.1 status bit 0
constexpr std::uint8_t kRecordsPendingBit = 0x02; // 5.1 status bit 1

BtProblem toProblem(BluetoothError error) {
    return static_cast<BtProblem>(static_cast<int>(error)); // same order (device_manager.h)
}

QString millimetres(int micrometres) {
    return QLocale().toString(micrometres / 1000.0, 'f', 2) + QStringLiteral(" mm");
}

} // namespace

DevicesController::DevicesController(QObject* parent)
    : QObject(parent) {
    // Bluetooth can be turned on or off while the screen is open.
    m_adapterTimer.setInterval(3000);
    connect(&m_adapterTimer, &QTimer::timeout, this, &DevicesController::refreshAdapter);
}

DevicesController::~DevicesController() = default;

void DevicesController::setDevices(DeviceManager* devices) {
    if (devices == m_devices) {
        return;
    }
    if (m_devices) {
        m_devices->disconnect(this);
    }
    m_central.reset();
    m_devices = devices;
    if (m_devices) {
        connect(m_devices, &DeviceManager::changed, this, [this] {
            rebuild();
            emit changed();
        });
        refreshAdapter();
        if (bluetoothUsable()) {
            m_adapterTimer.start();
        }
    }
    rebuild();
    emit servicesChanged();
    emit changed();
}

void DevicesController::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        m_journal->disconnect(this);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::headsChanged, this, &DevicesController::changed);
    }
    emit servicesChanged();
    emit changed();
}

void DevicesController::setScanTimeoutMs(int ms) {
    if (ms == m_scanTimeoutMs || ms <= 0) {
        return;
    }
    m_scanTimeoutMs = ms;
    m_central.reset(); // the next scan uses it
    emit changed();
}

bool DevicesController::bluetoothUsable() const {
    return m_devices && !m_devices->scratchRun();
}

platform::bluetooth::BluetoothCentral* DevicesController::central() {
    if (!m_central && bluetoothUsable()) {
        platform::bluetooth::BluetoothCentral::Options options;
        options.scanTimeout = std::chrono::milliseconds(m_scanTimeoutMs);
        m_central = std::make_unique<platform::bluetooth::BluetoothCentral>(
            m_devices->pairedDevices(), options);
        auto* c = m_central.get();
        connect(c, &platform::bluetooth::BluetoothCentral::deviceDiscovered, this,
                &DevicesController::rebuild);
        connect(c, &platform::bluetooth::BluetoothCentral::deviceUpdated, this,
                &DevicesController::rebuild);
        connect(c, &platform::bluetooth::BluetoothCentral::scanFinished, this, [this] {
            rebuild();
            emit changed();
        });
        connect(c, &platform::bluetooth::BluetoothCentral::pairingFinished, this,
                [this](const QString& id) {
                    m_pairingId.clear();
                    setError(static_cast<int>(BluetoothError::None));
                    if (m_devices) {
                        m_devices->useDevice(id);
                    }
                    rebuild();
                    emit changed();
                });
        connect(c, &platform::bluetooth::BluetoothCentral::errorOccurred, this,
                [this](BluetoothError error, const QString&) {
                    m_pairingId.clear();
                    setError(static_cast<int>(error));
                    if (error == BluetoothError::NoAdapter ||
                        error == BluetoothError::BluetoothOff ||
                        error == BluetoothError::PermissionDenied) {
                        m_adapter = toProblem(error);
                    }
                    rebuild();
                    emit changed();
                });
    }
    return m_central.get();
}

void DevicesController::setError(int error) {
    const auto e = static_cast<BluetoothError>(error);
    m_lastError = toProblem(e);
    m_message = e == BluetoothError::None ? QString() : platform::bluetooth::userMessage(e);
}

void DevicesController::refreshAdapter() {
    if (!bluetoothUsable()) {
        return;
    }
    const auto before = m_adapter;
    // A refusal seen in a scan stays until the next scan: the adapter alone cannot tell.
    if (m_adapter == BtProblem::PermissionDenied) {
        return;
    }
    m_adapter = toProblem(platform::bluetooth::adapterAvailability());
    if (m_adapter != before) {
        emit changed();
    }
}

bool DevicesController::scanning() const {
    return m_central && m_central->scanning();
}

QString DevicesController::adapterText() const {
    const bool settings = canOpenSettings();
    switch (m_adapter) {
    case BtProblem::NoAdapter:
        return tr("This computer has no Bluetooth adapter. Plug in a Bluetooth LE adapter (or use "
                  "a computer or phone with one); until then, only the simulated roller is here.");
    case BtProblem::BluetoothOff:
        return settings ? tr("Bluetooth is off. Turn it on in the system settings; Rollwise finds "
                             "your device as soon as it is on.")
                        : tr("Bluetooth is off. Turn it on in your desktop's Bluetooth settings "
                             "(or run \"bluetoothctl power on\" in a terminal); Rollwise notices "
                             "by itself.");
    case BtProblem::PermissionDenied:
        return settings ? tr("Rollwise may not use Bluetooth. Allow it in the system settings, "
                             "then search again.")
                        : tr("Rollwise may not use Bluetooth. Ask your administrator to let your "
                             "user use Bluetooth (on most systems: the \"bluetooth\" group), then "
                             "log in again and search.");
    default:
        return {};
    }
}

bool DevicesController::canOpenSettings() const {
    return !platform::bluetooth::systemSettingsUrl().isEmpty();
}

void DevicesController::openSettings() {
    if (const QUrl url = platform::bluetooth::systemSettingsUrl(); !url.isEmpty()) {
        QDesktopServices::openUrl(url);
    }
}

void DevicesController::scan() {
    auto* c = central();
    if (c == nullptr) {
        return;
    }
    setError(static_cast<int>(BluetoothError::None));
    m_adapter = BtProblem::None;
    if (!c->startScan()) {
        // errorOccurred has said why.
        return;
    }
    refreshAdapter();
    rebuild();
    emit changed();
}

void DevicesController::stopScan() {
    if (m_central) {
        m_central->stopScan();
        emit changed();
    }
}

void DevicesController::pair(const QString& id) {
    auto* c = central();
    if (c == nullptr || pairing()) {
        return;
    }
    setError(static_cast<int>(BluetoothError::None));
    m_pairingId = id;
    emit changed();
    c->pair(id);
}

bool DevicesController::rename(const QString& id, const QString& name) {
    const QString trimmed = name.trimmed();
    if (!m_devices || trimmed.isEmpty() || !m_devices->pairedDevices().contains(id)) {
        return false;
    }
    m_devices->pairedDevices().add({id, trimmed}); // adds or renames
    rebuild();
    emit changed();
    return true;
}

void DevicesController::forget(const QString& id) {
    if (!m_devices || !m_devices->pairedDevices().contains(id)) {
        return;
    }
    if (m_central) {
        m_central->forget(id);
    } else {
        m_devices->pairedDevices().remove(id);
    }
    if (m_devices->deviceId() == id) {
        m_devices->useDevice(QString()); // nothing in use: nothing reconnects to it
    }
    rebuild();
    emit changed();
}

void DevicesController::use(const QString& id) {
    if (m_devices && !m_devices->busy()) {
        m_devices->useDevice(id);
    }
}

void DevicesController::sync() {
    if (m_devices) {
        m_devices->connectAndSync();
    }
}

void DevicesController::cancelSync() {
    if (m_devices) {
        m_devices->cancelSync();
    }
}

void DevicesController::rebuild() {
    std::vector<DeviceListModel::Row> rows;
    const QString current = m_devices ? m_devices->deviceId() : QString();
    const auto signalWords = [](int rssi) {
        if (rssi >= -60) {
            return tr("Strong signal");
        }
        if (rssi >= -75) {
            return tr("Fair signal");
        }
        return tr("Weak signal: bring it closer");
    };
    const auto status = [](const DeviceListModel::Row& row) {
        QStringList parts;
        if (row.pairingMode) {
            parts << tr("Ready to pair");
        }
        if (row.pending) {
            parts << tr("Has sessions to sync");
        }
        return parts.join(QStringLiteral(" · "));
    };
    // The simulated roller is always offered, and always says what it is.
    {
        DeviceListModel::Row row;
        row.id = QString::fromLatin1(DeviceManager::kSimulatedId);
        row.name = tr("Simulated roller (%1)")
                       .arg(QString::fromStdString(protocol::SimProfile::smartRoller().model));
        row.family = tr("Smart roller");
        row.simulated = true;
        row.current = current == row.id;
        rows.push_back(row);
    }
    const auto found =
        m_central ? m_central->devices() : QList<platform::bluetooth::DiscoveredDevice>();
    const auto fill = [&](DeviceListModel::Row& row) {
        const auto it =
            std::find_if(found.begin(), found.end(), [&](const auto& d) { return d.id == row.id; });
        if (it == found.end()) {
            return;
        }
        row.inRange = true;
        row.rssi = it->rssi;
        row.signalText = signalWords(it->rssi);
        if (it->status) {
            row.pairingMode = (*it->status & kPairingModeBit) != 0;
            row.pending = (*it->status & kRecordsPendingBit) != 0;
        }
        if (row.name.isEmpty()) {
            row.name = it->name;
        }
    };
    if (m_devices) {
        for (const auto& paired : m_devices->pairedDevices().devices()) {
            DeviceListModel::Row row;
            row.id = paired.id;
            row.name = paired.name.isEmpty() ? paired.id : paired.name;
            row.paired = true;
            row.current = current == row.id;
            fill(row);
            row.status = status(row);
            rows.push_back(row);
        }
    }
    for (const auto& device : found) {
        if (std::any_of(rows.begin(), rows.end(),
                        [&](const auto& r) { return r.id == device.id; })) {
            continue;
        }
        DeviceListModel::Row row;
        row.id = device.id;
        row.name = device.name.isEmpty() ? tr("Unnamed Rollwise device") : device.name;
        row.current = current == row.id;
        fill(row);
        row.status = status(row);
        rows.push_back(row);
    }
    // What the device in use said about itself (Device Features) names its family.
    if (m_devices && m_devices->hasFeatures() && !current.isEmpty()) {
        QString family;
        switch (static_cast<protocol::Family>(m_devices->featureFamily())) {
        case protocol::Family::Roller:
            family = tr("Roller");
            break;
        case protocol::Family::Pen:
            family = tr("Pen");
            break;
        case protocol::Family::Stamp:
            family = tr("Stamp");
            break;
        case protocol::Family::Unknown:
            family = tr("A kind Rollwise does not know (manual mode)");
            break;
        }
        for (auto& row : rows) {
            if (row.id == current && !row.simulated) {
                row.family = family;
            }
        }
    }
    m_model.setRows(std::move(rows));
}

QString DevicesController::currentName() const {
    if (!m_devices || m_devices->deviceId().isEmpty()) {
        return {};
    }
    const int row = m_model.indexOf(m_devices->deviceId());
    return row >= 0 ? m_model.rows()[static_cast<std::size_t>(row)].name : m_devices->deviceId();
}

bool DevicesController::currentSimulated() const {
    return m_devices && m_devices->simulated();
}

bool DevicesController::currentPaired() const {
    return m_devices && !m_devices->deviceId().isEmpty() &&
           m_devices->pairedDevices().contains(m_devices->deviceId());
}

QString DevicesController::batteryText() const {
    if (!m_devices || m_devices->battery() < 0) {
        return tr("Battery: known after the next sync");
    }
    return tr("Battery: %1 %").arg(m_devices->battery());
}

QString DevicesController::firmwareText() const {
    if (!m_devices || m_devices->firmware().isEmpty()) {
        return tr("Firmware: known after the next sync");
    }
    return tr("Firmware: %1").arg(m_devices->firmware());
}

QString DevicesController::featuresText() const {
    if (!m_devices || !m_devices->hasFeatures()) {
        return tr("Features: known after the next sync");
    }
    const int sensors = m_devices->featureSensors();
    const int capabilities = m_devices->featureCapabilities();
    QStringList parts;
    if (sensors & protocol::sensor::kMotion) {
        parts << tr("counts passes");
    }
    if (sensors & protocol::sensor::kPressure) {
        parts << tr("senses pressure");
    }
    if (sensors & protocol::sensor::kSpeed) {
        parts << tr("senses speed");
    }
    if (sensors & protocol::sensor::kDepth) {
        parts << tr("measures depth");
    }
    if (capabilities & protocol::capability::kVibration) {
        parts << tr("vibrates to pace you");
    }
    if (capabilities & protocol::capability::kReplaceableHead) {
        parts << tr("takes replaceable heads");
    }
    if (parts.isEmpty()) {
        return tr("Features: none beyond storing sessions");
    }
    return tr("Features: %1").arg(parts.join(QStringLiteral(", ")));
}

int DevicesController::headWearPercent() const {
    if (!m_devices || !m_journal) {
        return -1;
    }
    const QString uid = m_devices->journalUid();
    if (uid.isEmpty()) {
        return -1;
    }
    // Heads are kept under the device's record key (uid#store): the newest one still in use.
    const std::string prefix = uid.toStdString() + '#';
    int wear = -1;
    for (const auto& state : m_journal->heads()) {
        if (!state.stored.retiredAt && state.stored.deviceUid.rfind(prefix, 0) == 0) {
            wear = static_cast<int>(std::floor(state.wear.fraction * 100.0));
        }
    }
    return wear;
}

QString DevicesController::headText() const {
    if (!m_devices || m_devices->headNeedleUm() <= 0) {
        return tr("Head: known after the next sync");
    }
    QString text = tr("Head: %1, %n needles", nullptr, m_devices->headNeedleCount())
                       .arg(millimetres(m_devices->headNeedleUm()));
    if (const int wear = headWearPercent(); wear >= 0) {
        text += QStringLiteral(" · ") + tr("worn %1 %").arg(wear);
    }
    return text;
}

bool DevicesController::syncing() const {
    return m_devices && m_devices->busy();
}

double DevicesController::syncFraction() const {
    if (!m_devices || m_devices->syncTotal() <= 0) {
        return -1.0;
    }
    return std::clamp(double(m_devices->syncDone()) / m_devices->syncTotal(), 0.0, 1.0);
}

bool DevicesController::syncProblem() const {
    if (!m_devices) {
        return false;
    }
    const auto outcome = m_devices->syncOutcome();
    return outcome == DeviceManager::SyncOutcome::Failed ||
           outcome == DeviceManager::SyncOutcome::Partial || refusedDevice(*m_devices);
}

QString DevicesController::syncText() const {
    if (!m_devices) {
        return {};
    }
    const int done = m_devices->syncDone();
    const int total = m_devices->syncTotal();
    if (m_devices->busy()) {
        if (m_devices->state() == DeviceManager::LinkState::Connecting) {
            return tr("Connecting…");
        }
        if (total < 0) {
            return tr("Reading the device…");
        }
        return tr("%1 of %n sessions", nullptr, total).arg(done);
    }
    if (refusedDevice(*m_devices)) {
        // The link was let go for frames that could not be read (a flood, section 10), during
        // a sync or after it: nothing of them was kept.
        return text::ErrorText::sync(SyncProblem::ProtocolError);
    }
    switch (m_devices->syncOutcome()) {
    case DeviceManager::SyncOutcome::None:
        return m_devices->deviceId().isEmpty() ? tr("Pair a device, or use the simulated roller.")
                                               : QString();
    case DeviceManager::SyncOutcome::Complete:
        return total <= 0 ? tr("Up to date: the device held no new sessions.")
                          : tr("Up to date: %n sessions copied into your journal.", nullptr, done);
    case DeviceManager::SyncOutcome::Partial:
        return tr("%1 of %n sessions copied. The others failed their checks and stay on the "
                  "device; sync again, and if they keep failing, the device needs its maker's "
                  "help.",
                  nullptr, std::max(total, done))
            .arg(done);
    case DeviceManager::SyncOutcome::Cancelled:
        return tr("Sync stopped: %1 of %n sessions are in your journal; the next sync copies "
                  "the rest.",
                  nullptr, std::max(total, done))
            .arg(done);
    case DeviceManager::SyncOutcome::Failed:
        break;
    }
    if (m_devices->bluetoothProblem() != BtProblem::None) {
        return platform::bluetooth::userMessage(
            static_cast<BluetoothError>(static_cast<int>(m_devices->bluetoothProblem())));
    }
    return tr("The sync did not finish: %1 of its sessions are in your journal. Try again.")
        .arg(done);
}

} // namespace rollwise::app
