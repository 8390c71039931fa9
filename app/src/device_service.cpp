#include "device_service.h"

#include "journal_service.h"
#include "logging.h"

#include <rollwise/core/sync.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/errors.h>
#include <rollwise/platform/bluetooth/simulated_link.h>
#include <rollwise/platform/text.h>

#include <QTimer>

namespace rollwise::app {
namespace {
constexpr const char* kNotPaired =
    QT_TR_NOOP("No device is paired yet. Pairing from the app comes in a later "
               "version; start Rollwise with --simulate to try a simulated roller.");
} // namespace

struct DeviceService::Impl final : SyncObserver, protocol::GattEventSink {
    DeviceService& owner;
    JournalService& journal;
    const Clock& clock;
    platform::bluetooth::DeviceLink link;
    std::unique_ptr<DeviceSync> sync;
    QTimer ticker;
    QString state;
    bool syncWanted = false;

    Impl(DeviceService& service, JournalService& journalService, const Clock& c,
         Preference preference)
        : owner(service)
        , journal(journalService)
        , clock(c) {
        platform::bluetooth::DeviceLinkOptions options;
        options.preference = preference == Preference::Simulator
                                 ? platform::bluetooth::LinkPreference::Simulator
                                 : platform::bluetooth::LinkPreference::Automatic;
        options.clock = &clock;
        link = platform::bluetooth::makeDeviceLink(options);
        state = link.kind == platform::bluetooth::LinkKind::Simulator ? tr("Not connected.")
                                                                      : tr(kNotPaired);
        ticker.setInterval(std::chrono::milliseconds(250));
        QObject::connect(&ticker, &QTimer::timeout, &owner, [this] {
            if (sync) {
                sync->tick();
            }
        });
    }

    static QString tr(const char* text) { return DeviceService::tr(text); }

    void set(QString text) {
        state = std::move(text);
        emit owner.changed();
    }

    // Link events reach DeviceSync first, then here.
    void onGattEvent(const protocol::GattEvent& event) override {
        if (event.kind != protocol::GattEvent::Kind::StateChanged) {
            return;
        }
        switch (event.state) {
        case protocol::LinkState::Connecting:
            set(tr("Connecting…"));
            break;
        case protocol::LinkState::Connected:
            set(tr("Connected."));
            break;
        case protocol::LinkState::Disconnecting:
            break;
        case protocol::LinkState::Disconnected:
            set(tr("Not connected."));
            break;
        }
    }

    void onSyncPhase(SyncPhase phase, SyncProblem problem) override {
        switch (phase) {
        case SyncPhase::Idle:
            break;
        case SyncPhase::Preparing:
            set(tr("Connected: reading the device…"));
            break;
        case SyncPhase::Syncing:
            set(tr("Copying the sessions the device stored…"));
            break;
        case SyncPhase::UpToDate:
            set(tr("Up to date: every session the device stored is in your journal."));
            break;
        case SyncPhase::Failed:
            set(platform::toQString(describe(problem)));
            qCInfo(lcApp) << "device sync failed:" << static_cast<int>(problem);
            break;
        }
    }

    void onRecordsCommitted(std::span<const CommittedRecord> records, int newlyStored) override {
        set(tr("Copied %1 stored sessions (%2 new) into your journal.")
                .arg(records.size())
                .arg(newlyStored));
        if (newlyStored > 0) {
            journal.contentsChanged(); // new sessions: counts, heads and waiting sessions
        }
    }
};

int DeviceService::seedSimulatedSessions(int sessions, int lastDaysAgo, int passes) {
    if (d->link.kind != platform::bluetooth::LinkKind::Simulator) {
        return 0;
    }
    auto& device = static_cast<platform::bluetooth::SimulatedLink&>(*d->link.peer).device();
    const protocol::HeadIdentity& head = device.head();
    const auto now = std::chrono::floor<Seconds>(d->clock.now());
    std::uint16_t sequence = 1;
    for (const auto& [held, record] : device.records()) {
        sequence = std::max<std::uint16_t>(sequence, static_cast<std::uint16_t>(held + 1));
    }
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

DeviceService::DeviceService(JournalService& journal, const Clock& clock, Preference preference,
                             QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(*this, journal, clock, preference)) {}

DeviceService::~DeviceService() {
    DeviceForeign::forget(this);
    d->sync.reset(); // leaves the peer's sink before the link goes
}

bool DeviceService::simulated() const {
    return d->link.kind == platform::bluetooth::LinkKind::Simulator;
}

QString DeviceService::linkLabel() const {
    if (!simulated() || !d->link.simulated) {
        return tr("Bluetooth");
    }
    const auto& sim = *d->link.simulated; // needle length in 0.01 mm
    return tr("Simulated smart roller (%1, %2 pins, %3)")
        .arg(platform::toQString(sim.model))
        .arg(sim.head.needleCount)
        .arg(platform::toQString(formatMillimetres(sim.head.needleLength * 10)));
}

QString DeviceService::linkNote() const {
    if (!simulated()) {
        return {};
    }
    return d->link.message.isEmpty()
               ? tr("Rollwise was started with --simulate: nothing here comes from a real "
                    "device.")
               : d->link.message;
}

QString DeviceService::stateText() const {
    return d->state;
}

bool DeviceService::connected() const {
    return d->link.peer && d->link.peer->state() == protocol::LinkState::Connected;
}

bool DeviceService::busy() const {
    return d->sync &&
           (d->sync->phase() == SyncPhase::Preparing || d->sync->phase() == SyncPhase::Syncing);
}

void DeviceService::connectAndSync() {
    if (!d->link.peer) {
        d->set(tr("No device link is available."));
        return;
    }
    if (d->link.kind != platform::bluetooth::LinkKind::Simulator) {
        d->set(tr(kNotPaired));
        return;
    }
    Database* db = d->journal.database();
    if (db == nullptr) {
        d->set(tr("Unlock your journal first: sessions from the device are stored there."));
        return;
    }
    if (!d->sync) {
        // Only the simulator syncs (checked above); its uid names its model.
        const std::string deviceUid = "simulated-" + d->link.simulated.value().model;
        d->sync = std::make_unique<DeviceSync>(*d->link.peer, *db, deviceUid, d->clock);
        d->sync->setObserver(d.get());
        d->sync->setForward(d.get());
        d->ticker.start();
    }
    if (d->link.peer->state() == protocol::LinkState::Connected) {
        if (auto started = d->sync->syncNow(); !started) {
            d->set(platform::toQString(started.error().message));
        }
        return;
    }
    d->link.peer->connect(); // DeviceSync syncs on every connect
}

void DeviceService::disconnectDevice() {
    if (d->link.peer) {
        d->link.peer->disconnect();
    }
}

} // namespace rollwise::app
