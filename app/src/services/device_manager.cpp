// DeviceManager: the link in use (Bluetooth or the simulator), connecting and syncing it.
#include "device_manager_impl.h"

namespace rollwise::app {
namespace {

DeviceManager::Problem problemFor(SyncProblem problem) noexcept {
    using P = DeviceManager::Problem;
    switch (problem) {
    case SyncProblem::None:
        return P::None;
    case SyncProblem::LinkLost:
        return P::LinkLost;
    case SyncProblem::NotPaired:
        return P::NotAuthenticated;
    case SyncProblem::FeaturesUnreadable:
        return P::FeaturesUnreadable;
    case SyncProblem::UnsupportedDevice:
        return P::UnsupportedDevice;
    case SyncProblem::NotificationRefused:
        return P::NotificationRefused;
    case SyncProblem::StoreFailed:
        return P::StoreFailed;
    case SyncProblem::DeviceRefused:
        return P::DeviceRefused;
    case SyncProblem::Timeout:
        return P::Timeout;
    case SyncProblem::ProtocolError:
        return P::ProtocolError;
    case SyncProblem::WriteFailed:
        return P::WriteFailed;
    case SyncProblem::Aborted:
        return P::Aborted;
    }
    return P::ProtocolError;
}

DeviceManager::Fallback fallbackFor(const platform::bluetooth::DeviceLink& link,
                                    DeviceManager::Preference preference) noexcept {
    using platform::bluetooth::BluetoothError;
    if (link.kind != platform::bluetooth::LinkKind::Simulator) {
        return DeviceManager::Fallback::None;
    }
    if (preference == DeviceManager::Preference::Simulator) {
        return DeviceManager::Fallback::AskedFor;
    }
    if (preference == DeviceManager::Preference::Scratch) {
        return DeviceManager::Fallback::Scratch;
    }
    switch (link.fallbackReason) {
    case BluetoothError::NoAdapter:
        return DeviceManager::Fallback::NoAdapter;
    case BluetoothError::BluetoothOff:
        return DeviceManager::Fallback::BluetoothOff;
    case BluetoothError::PermissionDenied:
        return DeviceManager::Fallback::PermissionDenied;
    default:
        return DeviceManager::Fallback::Other;
    }
}

DeviceManager::BluetoothProblem problemFor(platform::bluetooth::BluetoothError error) noexcept {
    // The same values in the same order (errors.h), published to QML.
    return static_cast<DeviceManager::BluetoothProblem>(static_cast<int>(error));
}

DeviceManager::SyncOutcome outcomeFor(platform::bluetooth::SyncOutcome outcome) noexcept {
    return static_cast<DeviceManager::SyncOutcome>(static_cast<int>(outcome));
}

} // namespace

DeviceManager::Impl::Impl(DeviceManager& manager, const Clock& c, Preference p)
    : owner(manager)
    , clock(c)
    , preference(p) {
    makeLink(preference == Preference::Automatic ? platform::bluetooth::LinkPreference::Automatic
                                                 : platform::bluetooth::LinkPreference::Simulator,
             QString());
    ticker.setInterval(std::chrono::milliseconds(250));
    QObject::connect(&ticker, &QTimer::timeout, &owner, [this] {
        if (sync) {
            sync->tick();
        }
    });
}

void DeviceManager::Impl::makeLink(platform::bluetooth::LinkPreference linkPreference,
                                   const QString& id) {
    dropFeed();
    run.reset();
    sync.reset();
    link = {};
    features.reset();
    head.reset();
    bluetoothError = platform::bluetooth::BluetoothError::None;
    platform::bluetooth::DeviceLinkOptions options;
    options.preference = linkPreference;
    options.deviceId = id;
    options.clock = &clock;
    options.paired = &paired();
    link = platform::bluetooth::makeDeviceLink(options);
    if (auto* qt = dynamic_cast<platform::bluetooth::QtGattPeer*>(link.peer.get())) {
        QObject::connect(qt, &platform::bluetooth::QtGattPeer::errorOccurred, &owner,
                         [this](platform::bluetooth::BluetoothError error, const QString&) {
                             bluetoothError = error;
                             emit owner.changed();
                         });
        QObject::connect(qt, &platform::bluetooth::QtGattPeer::informationChanged, &owner,
                         &DeviceManager::changed);
    }
    if (isSimulator()) {
        deviceId = QString::fromLatin1(kSimulatedId);
    } else {
        deviceId = id;
    }
    // Without a chosen Bluetooth device there is nothing to talk to yet.
    state = deviceId.isEmpty() ? LinkState::NotPaired : LinkState::Disconnected;
    problem = Problem::None;
}

void DeviceManager::Impl::onGattEvent(const protocol::GattEvent& event) {
    if (event.kind != protocol::GattEvent::Kind::StateChanged) {
        return;
    }
    switch (event.state) {
    case protocol::LinkState::Connecting:
        set(LinkState::Connecting);
        break;
    case protocol::LinkState::Connected:
        set(LinkState::Connected);
        break;
    case protocol::LinkState::Disconnecting:
        break;
    case protocol::LinkState::Disconnected:
        if (feed) {
            feed->onLinkLost();
        }
        // A finished or failed sync keeps saying so; otherwise the link is just gone.
        if (state != LinkState::UpToDate && state != LinkState::Failed) {
            set(LinkState::Disconnected);
        } else {
            emit owner.changed();
        }
        break;
    }
}

void DeviceManager::Impl::onSyncPhase(SyncPhase phase, SyncProblem why) {
    switch (phase) {
    case SyncPhase::Idle:
        break;
    case SyncPhase::Preparing:
        set(LinkState::Preparing);
        break;
    case SyncPhase::Syncing:
    case SyncPhase::UpToDate:
        // What the device said about itself (features, the head in it) is known from here on.
        if (sync) {
            features = sync->features();
            head = sync->head();
        }
        set(phase == SyncPhase::Syncing ? LinkState::Syncing : LinkState::UpToDate);
        break;
    case SyncPhase::Failed:
        qCInfo(lcApp) << "device sync failed:" << static_cast<int>(why);
        set(LinkState::Failed, problemFor(why));
        break;
    }
}

DeviceManager::DeviceManager(const Clock& clock, Preference preference, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(*this, clock, preference)) {}

DeviceManager::~DeviceManager() {
    DeviceManagerForeign::forget(this);
    d->feed.reset();
    d->run.reset();
    d->sync.reset(); // leaves the peer's sink before the link goes
}

void DeviceManager::attach(Database& db) {
    d->dropFeed();
    d->run.reset();
    d->sync.reset();
    d->db = &db;
}

bool DeviceManager::simulated() const {
    return d->isSimulator();
}

QString DeviceManager::model() const {
    const auto* device = d->simulatedDevice();
    return device ? QString::fromStdString(device->profile().model) : QString();
}

int DeviceManager::needleCount() const {
    const auto* device = d->simulatedDevice();
    return device ? device->head().needleCount : 0;
}

int DeviceManager::needleLengthUm() const {
    const auto* device = d->simulatedDevice();
    return device ? device->head().needleLength * 10 : 0; // the profile counts 0.01 mm
}

DeviceManager::Fallback DeviceManager::fallback() const {
    if (d->chosen && d->isSimulator()) {
        return Fallback::Chosen;
    }
    return fallbackFor(d->link, d->preference);
}

DeviceManager::LinkState DeviceManager::state() const {
    return d->state;
}

DeviceManager::Problem DeviceManager::problem() const {
    return d->problem;
}

int DeviceManager::copied() const {
    return d->copied;
}

int DeviceManager::newlyStored() const {
    return d->newlyStored;
}

bool DeviceManager::connected() const {
    return d->link.peer && d->link.peer->state() == protocol::LinkState::Connected;
}

bool DeviceManager::busy() const {
    return d->state == LinkState::Connecting || d->state == LinkState::Preparing ||
           d->state == LinkState::Syncing;
}

void DeviceManager::connectAndSync() {
    if (!d->link.peer) {
        d->set(d->state, Problem::NoLink);
        return;
    }
    if (d->deviceId.isEmpty()) {
        d->set(LinkState::NotPaired, Problem::NotPaired);
        return;
    }
    if (d->db == nullptr) {
        d->set(d->state, Problem::JournalLocked);
        return;
    }
    if (!d->sync) {
        d->sync = std::make_unique<DeviceSync>(*d->link.peer, *d->db, d->syncUid(), d->clock);
        d->sync->setObserver(d.get());
        d->sync->setForward(d.get());
        // The run sits between DeviceSync and this manager, passing every report on.
        d->run = std::make_unique<platform::bluetooth::SyncRun>(*d->link.peer, *d->sync);
        d->run->setObserver(d.get());
        d->run->setForward(d.get());
        QObject::connect(d->run.get(), &platform::bluetooth::SyncRun::progressChanged, this,
                         &DeviceManager::changed);
        QObject::connect(d->run.get(), &platform::bluetooth::SyncRun::finished, this,
                         [this](platform::bluetooth::SyncOutcome outcome) {
                             if (d->run &&
                                 d->run->linkError() != platform::bluetooth::BluetoothError::None) {
                                 d->bluetoothError = d->run->linkError();
                             }
                             if (outcome == platform::bluetooth::SyncOutcome::Cancelled) {
                                 d->set(LinkState::Failed, Problem::Aborted);
                             } else if (outcome == platform::bluetooth::SyncOutcome::Failed &&
                                        d->state != LinkState::Failed) {
                                 d->set(LinkState::Failed, Problem::LinkLost);
                             } else {
                                 emit changed();
                             }
                         });
        d->ticker.start();
    }
    d->copied = 0;
    d->newlyStored = 0;
    d->bluetoothError = platform::bluetooth::BluetoothError::None;
    d->run->setKeepLink(d->keepConnected);
    d->run->start();
    emit changed();
}

void DeviceManager::cancelSync() {
    if (d->run) {
        d->run->cancel();
    }
}

void DeviceManager::disconnectDevice() {
    if (d->link.peer) {
        d->link.peer->disconnect();
    }
}

void DeviceManager::useDevice(const QString& id) {
    if (id == d->deviceId && d->link.peer) {
        return;
    }
    if (id == QLatin1String(kSimulatedId)) {
        d->chosen = d->preference == Preference::Automatic;
        d->makeLink(platform::bluetooth::LinkPreference::Simulator, QString());
    } else {
        d->chosen = false;
        d->makeLink(platform::bluetooth::LinkPreference::Bluetooth, id);
    }
    emit changed();
}

bool DeviceManager::scratchRun() const {
    return d->preference == Preference::Scratch;
}

QString DeviceManager::deviceId() const {
    return d->deviceId;
}

int DeviceManager::syncDone() const {
    return d->run ? d->run->done() : 0;
}

int DeviceManager::syncTotal() const {
    return d->run ? d->run->total() : -1;
}

int DeviceManager::syncDeclined() const {
    return d->run ? d->run->declined() : 0;
}

DeviceManager::SyncOutcome DeviceManager::syncOutcome() const {
    return d->run ? outcomeFor(d->run->outcome()) : SyncOutcome::None;
}

DeviceManager::BluetoothProblem DeviceManager::bluetoothProblem() const {
    return problemFor(d->bluetoothError);
}

int DeviceManager::battery() const {
    if (const auto* qt = d->qtPeer(); qt && qt->information().battery) {
        return *qt->information().battery;
    }
    if (const auto* device = d->simulatedDevice()) {
        return device->batteryLevel();
    }
    return -1;
}

QString DeviceManager::firmware() const {
    if (const auto* qt = d->qtPeer()) {
        return qt->information().firmwareRevision;
    }
    if (const auto* device = d->simulatedDevice()) {
        return QString::fromStdString(device->profile().firmwareRevision);
    }
    return {};
}

bool DeviceManager::keepConnected() const {
    return d->keepConnected;
}

void DeviceManager::setKeepConnected(bool keep) {
    if (keep == d->keepConnected) {
        return;
    }
    d->keepConnected = keep;
    if (d->run) {
        d->run->setKeepLink(keep);
    }
    emit changed();
}

QString DeviceManager::journalUid() const {
    return d->deviceId.isEmpty() ? QString() : QString::fromStdString(d->syncUid());
}

bool DeviceManager::hasFeatures() const {
    return d->knownFeatures().has_value();
}

int DeviceManager::featureFamily() const {
    const auto features = d->knownFeatures();
    return features ? static_cast<int>(features->family) : 0;
}

int DeviceManager::featureSensors() const {
    const auto features = d->knownFeatures();
    return features ? features->sensors : 0;
}

int DeviceManager::featureCapabilities() const {
    const auto features = d->knownFeatures();
    return features ? features->capabilities : 0;
}

int DeviceManager::headNeedleUm() const {
    const auto head = d->knownHead();
    return head && head->present() ? head->needleLength * 10 : 0;
}

int DeviceManager::headNeedleCount() const {
    const auto head = d->knownHead();
    return head && head->present() ? head->needleCount : 0;
}

int DeviceManager::headUseCount() const {
    const auto head = d->knownHead();
    return head && head->present() ? head->useCount : 0;
}

platform::bluetooth::PairedDeviceStore& DeviceManager::pairedDevices() {
    return d->paired();
}

void DeviceManager::usePairedDevices(const QString& settingsFile) {
    d->settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    d->settingsPaired =
        std::make_unique<platform::bluetooth::SettingsPairedDeviceStore>(*d->settings);
    // A device paired before is the one in use, when Bluetooth is.
    const auto devices = d->settingsPaired->devices();
    if (!d->isSimulator() && d->deviceId.isEmpty() && !devices.isEmpty()) {
        useDevice(devices.first().id);
    } else if (auto* qt = d->qtPeer(); qt && !d->deviceId.isEmpty()) {
        d->makeLink(platform::bluetooth::LinkPreference::Bluetooth, d->deviceId);
    }
    emit changed();
}

int DeviceManager::seedSimulatedSessions(int sessions, int lastDaysAgo, int passes) {
    auto* simulated = d->simulatedDevice();
    if (simulated == nullptr) {
        return 0;
    }
    auto& device = *simulated;
    const protocol::HeadIdentity& head = device.head();
    const auto now = std::chrono::floor<Seconds>(d->clock.now());
    // Numbering goes on where the device left it, as a real device's does after a sync
    // deleted what it held.
    std::uint16_t sequence = std::max<std::uint16_t>(device.nextRecordSequence(), 1);
    for (int i = sessions - 1; i >= 0; --i) {
        protocol::StoredRecord r;
        r.sequence = sequence++;
        const TimePoint start = now - Days(lastDaysAgo + i) - Hours(2);
        r.startTime = static_cast<std::uint32_t>(start.time_since_epoch().count() -
                                                 protocol::kTimestampEpochUnix);
        r.durationS = static_cast<std::uint16_t>(passes * 6);
        if (head.present() && head.hasId()) {
            r.headId = head.id;
        }
        r.depthAtStart = head.present() ? head.needleLength : std::uint16_t{25};
        r.maxDepth = r.depthAtStart;
        r.passCount = static_cast<std::uint16_t>(passes);
        r.contactTenths = static_cast<std::uint16_t>(passes * 30);
        r.passesByDirection = {static_cast<std::uint8_t>(passes / 2),
                               static_cast<std::uint8_t>(passes - passes / 2), 0, 0};
        for (int p = 0; p < passes; ++p) {
            protocol::StoredPass pass;
            pass.startTenths = static_cast<std::uint16_t>(p * 50);
            pass.pass.direction = p < passes / 2 ? protocol::StrokeDirection::Horizontal
                                                 : protocol::StrokeDirection::Vertical;
            pass.pass.durationMs = 3000;
            r.passes.push_back(pass);
        }
        device.injectRecord(r);
    }
    return static_cast<int>(device.records().size());
}

} // namespace rollwise::app
