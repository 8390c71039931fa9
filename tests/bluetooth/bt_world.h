#pragma once

// What the Bluetooth integration tests share: the fake BlueZ's world with a paired device, the
// Qt link to it, DeviceSync over that link and a real encrypted journal, an event log.
#include "fake_bluez.h"
#include "sync_rig.h"

#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/system_clock.h>

#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

#include <memory>
#include <optional>
#include <set>

namespace rollwise::bttest {

using namespace rollwise::platform::bluetooth;
using namespace std::chrono_literals;

inline const QString kDevice = QString::fromLatin1(FakeBluez::kDeviceAddress);
constexpr int kWaitMs = 15000;

// Every event the link gives, kept for inspection.
class EventLog final : public protocol::GattEventSink {
public:
    void onGattEvent(const protocol::GattEvent& event) override { events.push_back(event); }

    [[nodiscard]] std::optional<protocol::GattEvent>
    last(protocol::GattEvent::Kind kind, const protocol::Uuid& c, std::size_t from = 0) const {
        std::optional<protocol::GattEvent> found;
        for (std::size_t i = from; i < events.size(); ++i) {
            if (events[i].kind == kind && events[i].characteristic == c) {
                found = events[i];
            }
        }
        return found;
    }
    [[nodiscard]] bool has(protocol::GattEvent::Kind kind, const protocol::Uuid& c,
                           std::size_t from = 0) const {
        return last(kind, c, from).has_value();
    }
    [[nodiscard]] std::vector<protocol::LinkState> states() const {
        std::vector<protocol::LinkState> out;
        for (const auto& e : events) {
            if (e.kind == protocol::GattEvent::Kind::StateChanged) {
                out.push_back(e.state);
            }
        }
        return out;
    }
    std::vector<protocol::GattEvent> events;
};

inline QtGattPeerOptions fastOptions() {
    QtGattPeerOptions options;
    options.scanTimeout = 3s;
    options.reconnect.first = 200ms;
    options.reconnect.max = 800ms;
    options.connectTimeout = 10s;
    options.operationTimeout = 5s;
    return options;
}

// A paired device: bonded on the (fake) stack and remembered by the app.
struct PairedWorld {
    explicit PairedWorld(QtGattPeerOptions options = fastOptions(), bool bonded = true)
        : fake(FakeBluez::instance()) {
        fake.reset(bonded ? QStringLiteral("paired=1") : QStringLiteral("paired=0"));
        store.add(PairedDevice{kDevice, QStringLiteral("RW-R540")});
        peer = std::make_unique<QtGattPeer>(kDevice, clock, &store, options);
    }
    bool connect() {
        peer->connect();
        return QTest::qWaitFor(
            [&] { return peer->connectionState() == ConnectionState::Connected; }, kWaitMs);
    }
    FakeBluez& fake;
    platform::SystemClock clock;
    MemoryPairedDeviceStore store;
    std::unique_ptr<QtGattPeer> peer;
};

// DeviceSync over the Qt link and a real encrypted journal.
struct SyncWorld : PairedWorld {
    explicit SyncWorld(QtGattPeerOptions options = fastOptions())
        : PairedWorld(options) {
        auto opened = Database::open(dir.file("journal.db"), synctest::testKey());
        REQUIRE(opened);
        db.emplace(std::move(opened).value());
        sync = std::make_unique<DeviceSync>(*peer, *db, "Rollwise Sim/RW-R540/R540-0001", clock);
        sync->setObserver(&recorder);
        sync->setForward(&log);
        QObject::connect(&ticker, &QTimer::timeout, [this] { sync->tick(); });
        ticker.start(200);
    }
    ~SyncWorld() {
        ticker.stop();
        sync.reset();
    }
    bool waitForPhase(SyncPhase phase, int ms = kWaitMs) {
        return QTest::qWaitFor([&] { return sync->phase() == phase; }, ms);
    }
    [[nodiscard]] std::map<std::int64_t, protocol::Bytes> rows() const {
        return synctest::journalRows(*db, sync->storeKey());
    }
    test::TempDir dir;
    std::optional<Database> db;
    synctest::Recorder recorder;
    EventLog log;
    std::unique_ptr<DeviceSync> sync;
    QTimer ticker;
};

inline std::set<std::uint16_t> deviceRecords(FakeBluez& fake) {
    std::set<std::uint16_t> out;
    const QString list = fake.sim(QStringLiteral("records"));
    if (list == QStringLiteral("-")) {
        return out;
    }
    for (const auto& s : list.split(QLatin1Char(','))) {
        out.insert(static_cast<std::uint16_t>(s.toUInt()));
    }
    return out;
}

inline void injectRecords(FakeBluez& fake, std::initializer_list<int> sequences, int passes = 2) {
    for (const int s : sequences) {
        fake.sim(QStringLiteral("inject %1 %2").arg(s).arg(passes));
    }
}

} // namespace rollwise::bttest
