#include "device_manager.h"

#include "logging.h"

#include <rollwise/core/database.h>
#include <rollwise/core/sync.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/errors.h>
#include <rollwise/platform/bluetooth/frame_log.h>
#include <rollwise/platform/bluetooth/simulated_link.h>

#include <QTimer>

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

} // namespace

struct DeviceManager::Impl final : SyncObserver, protocol::GattEventSink {
    DeviceManager& owner;
    const Clock& clock;
    Preference preference;
    platform::bluetooth::DeviceLink link;
    Database* db = nullptr;
    std::unique_ptr<DeviceSync> sync;
    QTimer ticker;
    LinkState state = LinkState::Disconnected;
    Problem problem = Problem::None;
    int copied = 0;
    int newlyStored = 0;

    Impl(DeviceManager& manager, const Clock& c, Preference p)
        : owner(manager)
        , clock(c)
        , preference(p) {
        platform::bluetooth::DeviceLinkOptions options;
        options.preference = preference == Preference::Simulator
                                 ? platform::bluetooth::LinkPreference::Simulator
                                 : platform::bluetooth::LinkPreference::Automatic;
        options.clock = &clock;
        link = platform::bluetooth::makeDeviceLink(options);
        // Pairing a real device is not in the app yet: only the simulator has a device.
        state = isSimulator() ? LinkState::Disconnected : LinkState::NotPaired;
        ticker.setInterval(std::chrono::milliseconds(250));
        QObject::connect(&ticker, &QTimer::timeout, &owner, [this] {
            if (sync) {
                sync->tick();
            }
        });
    }

    [[nodiscard]] bool isSimulator() const {
        return link.kind == platform::bluetooth::LinkKind::Simulator && link.peer;
    }
    [[nodiscard]] protocol::SimulatedDevice* simulatedDevice() const {
        return isSimulator()
                   ? &static_cast<platform::bluetooth::SimulatedLink&>(*link.peer).device()
                   : nullptr;
    }

    void set(LinkState next, Problem why = Problem::None) {
        state = next;
        problem = why;
        emit owner.changed();
    }

    // Link events reach DeviceSync first, then here.
    void onGattEvent(const protocol::GattEvent& event) override {
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
            // A finished or failed sync keeps saying so; otherwise the link is just gone.
            if (state != LinkState::UpToDate && state != LinkState::Failed) {
                set(LinkState::Disconnected);
            } else {
                emit owner.changed();
            }
            break;
        }
    }

    void onSyncPhase(SyncPhase phase, SyncProblem why) override {
        switch (phase) {
        case SyncPhase::Idle:
            break;
        case SyncPhase::Preparing:
            set(LinkState::Preparing);
            break;
        case SyncPhase::Syncing:
            set(LinkState::Syncing);
            break;
        case SyncPhase::UpToDate:
            set(LinkState::UpToDate);
            break;
        case SyncPhase::Failed:
            qCInfo(lcApp) << "device sync failed:" << static_cast<int>(why);
            set(LinkState::Failed, problemFor(why));
            break;
        }
    }

    void onFrameRejected(const FrameRejection& rejection) override {
        platform::bluetooth::logRejectedFrame(rejection); // kind and length, never bytes
    }

    void onRecordsCommitted(std::span<const CommittedRecord> records, int stored) override {
        copied += static_cast<int>(records.size());
        newlyStored += stored;
        emit owner.changed();
        emit owner.sessionsStored(stored);
    }
};

DeviceManager::DeviceManager(const Clock& clock, Preference preference, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(*this, clock, preference)) {}

DeviceManager::~DeviceManager() {
    DeviceManagerForeign::forget(this);
    d->sync.reset(); // leaves the peer's sink before the link goes
}

void DeviceManager::attach(Database& db) {
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
    if (!d->isSimulator()) {
        d->set(LinkState::NotPaired, Problem::NotPaired);
        return;
    }
    if (d->db == nullptr) {
        d->set(d->state, Problem::JournalLocked);
        return;
    }
    if (!d->sync) {
        const std::string uid = "simulated-" + d->simulatedDevice()->profile().model;
        d->sync = std::make_unique<DeviceSync>(*d->link.peer, *d->db, uid, d->clock);
        d->sync->setObserver(d.get());
        d->sync->setForward(d.get());
        d->ticker.start();
    }
    d->copied = 0;
    d->newlyStored = 0;
    if (d->link.peer->state() == protocol::LinkState::Connected) {
        if (auto started = d->sync->syncNow(); !started) {
            qCInfo(lcApp) << "a sync could not start";
            d->set(LinkState::Failed, Problem::DeviceRefused);
        }
        return;
    }
    d->link.peer->connect(); // DeviceSync syncs on every connect
}

void DeviceManager::disconnectDevice() {
    if (d->link.peer) {
        d->link.peer->disconnect();
    }
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
