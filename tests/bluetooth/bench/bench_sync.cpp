// Offline sync and notification flood through the real Qt Bluetooth path (docs/benchmarks.md):
//
//   sync     N stored records (2 passes each: 68-byte bodies, 5 fragments) from the simulated
//            roller behind the fake BlueZ into a real encrypted journal, the device sending as
//            fast as its host can (RACP pacing 0), timed from Syncing to UpToDate;
//   direct   the same GATT events, recorded on the way in, handed straight to a new DeviceSync
//            on a new journal: the ratio of the two is the cost of Qt and D-Bus;
//   flood    Pressure Sample notifications at 5,000 per second for two lengths: the peak
//            growth of the resident set over its level before the flood, which must not grow
//            with the flood's length.
//
// build/tests/bluetooth/bluetooth_sync_bench [--quick] [--records N]
#include "../fake_bluez.h"
#include "connection.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/core/sync.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/system_clock.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>

using namespace rollwise;
namespace bt = rollwise::platform::bluetooth;
using Steady = std::chrono::steady_clock;

namespace {

long residentKiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return 0;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Keeps every event the link gave, to replay it.
struct Recorder final : protocol::GattEventSink {
    std::vector<protocol::GattEvent> events;
    void onGattEvent(const protocol::GattEvent& event) override { events.push_back(event); }
};

struct Counter final : SyncObserver {
    std::size_t live = 0;
    void onLiveEvents(std::span<const protocol::LiveEvent> events) override {
        live += events.size();
    }
};

// A link that answers nothing: the replay brings the answers.
class NullPeer final : public protocol::GattPeer {
public:
    void setSink(protocol::GattEventSink*) override {}
    [[nodiscard]] protocol::LinkState state() const override {
        return protocol::LinkState::Disconnected;
    }
    void connect() override {}
    void disconnect() override {}
    Status<protocol::GattError> read(const protocol::Uuid&) override { return Done{}; }
    Status<protocol::GattError> write(const protocol::Uuid&, protocol::ByteView,
                                      protocol::WriteMode) override {
        return Done{};
    }
    Status<protocol::GattError> setNotifications(const protocol::Uuid&, bool) override {
        return Done{};
    }
};

// Device records in the journal, counted with SQL.
std::size_t journalRecords(const Database& db) {
    sqlite3_stmt* statement = nullptr;
    std::size_t n = 0;
    if (sqlite3_prepare_v2(detail::rawHandle(db), "SELECT count(*) FROM device_records", -1,
                           &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        n = static_cast<std::size_t>(sqlite3_column_int64(statement, 0));
    }
    sqlite3_finalize(statement);
    return n;
}

Database openJournal(const test::TempDir& dir) {
    auto opened = Database::open(dir.file("journal.db"),
                                 DatabaseKey::raw(*SecretKey::fromHex(std::string(64, 'b'))));
    if (!opened) {
        throw std::runtime_error("cannot open the journal");
    }
    return std::move(opened).value();
}

struct SyncResult {
    double bluezSeconds = 0;
    double directSeconds = 0;
    std::size_t stored = 0;
    std::size_t replayed = 0;
    std::size_t notifications = 0;
};

SyncResult runSync(bttest::FakeBluez& fake, int records) {
    SyncResult result;
    fake.reset(QStringLiteral("paired=1"));
    fake.sim(QStringLiteral("frame-interval 0"));
    for (int s = 1; s <= records; ++s) {
        fake.sim(QStringLiteral("inject %1 2").arg(s));
    }
    platform::SystemClock clock;
    bt::MemoryPairedDeviceStore paired;
    const QString id = QString::fromLatin1(bttest::FakeBluez::kDeviceAddress);
    paired.add(bt::PairedDevice{id, QStringLiteral("RW-R540")});
    std::vector<protocol::GattEvent> recorded;
    {
        test::TempDir dir;
        Database db = openJournal(dir);
        bt::QtGattPeer peer(id, clock, &paired);
        DeviceSync sync(peer, db, "bench", clock);
        Recorder recorder;
        sync.setForward(&recorder);
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] { sync.tick(); });
        ticker.start(200);
        peer.connect();
        if (!waitUntil([&] { return sync.phase() == SyncPhase::Syncing; }, 20000)) {
            throw std::runtime_error("the sync did not start");
        }
        const auto start = Steady::now();
        if (!waitUntil([&] { return sync.phase() != SyncPhase::Syncing; }, 600000)) {
            throw std::runtime_error("the sync did not end");
        }
        result.bluezSeconds = std::chrono::duration<double>(Steady::now() - start).count();
        result.stored = journalRecords(db);
        ticker.stop();
        peer.disconnect();
        (void)waitUntil([&] { return peer.connectionState() == bt::ConnectionState::Idle; }, 5000);
        recorded = std::move(recorder.events);
    }
    for (const auto& e : recorded) {
        result.notifications += e.kind == protocol::GattEvent::Kind::Notification ? 1 : 0;
    }
    // The same events, straight into a new DeviceSync on a new journal.
    test::TempDir dir;
    Database db = openJournal(dir);
    NullPeer peer;
    DeviceSync sync(peer, db, "bench", clock);
    const auto start = Steady::now();
    for (const auto& e : recorded) {
        sync.onGattEvent(e);
    }
    result.directSeconds = std::chrono::duration<double>(Steady::now() - start).count();
    result.replayed = journalRecords(db);
    return result;
}

struct FloodResult {
    int seconds = 0;
    std::size_t received = 0;
    double achievedPerSecond = 0;
    long peakGrowthKiB = 0;
};

FloodResult runFlood(bttest::FakeBluez& fake, double seconds) {
    constexpr int kPerSecond = 5000;
    FloodResult result;
    result.seconds = static_cast<int>(seconds);
    fake.reset(QStringLiteral("paired=1"));
    platform::SystemClock clock;
    bt::MemoryPairedDeviceStore paired;
    const QString id = QString::fromLatin1(bttest::FakeBluez::kDeviceAddress);
    paired.add(bt::PairedDevice{id, QStringLiteral("RW-R540")});
    test::TempDir dir;
    Database db = openJournal(dir);
    bt::QtGattPeer peer(id, clock, &paired);
    DeviceSync sync(peer, db, "bench", clock);
    Counter counter;
    sync.setObserver(&counter);
    peer.connect();
    if (!waitUntil([&] { return sync.phase() == SyncPhase::UpToDate; }, 20000)) {
        throw std::runtime_error("the link did not come up");
    }
    (void)waitUntil([] { return false; }, 300); // settle
    const long baseline = residentKiB();
    long peak = baseline;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, residentKiB()); });
    sampler.start(20);
    const auto count = static_cast<int>(seconds * kPerSecond);
    const auto start = Steady::now();
    fake.sim(QStringLiteral("stream %1 %2").arg(count).arg(1000000 / kPerSecond));
    (void)waitUntil([&] { return counter.live >= static_cast<std::size_t>(count); },
                    static_cast<int>(seconds * 1000 * 4 + 10000));
    const double took = std::chrono::duration<double>(Steady::now() - start).count();
    sampler.stop();
    peak = std::max(peak, residentKiB());
    result.received = counter.live;
    result.achievedPerSecond = double(counter.live) / took;
    result.peakGrowthKiB = peak - baseline;
    peer.disconnect();
    (void)waitUntil([&] { return peer.connectionState() == bt::ConnectionState::Idle; }, 5000);
    return result;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int records = quick ? 100 : 1000;
    if (const auto at = args.indexOf(QStringLiteral("--records"));
        at >= 0 && at + 1 < args.size()) {
        records = std::clamp(args[at + 1].toInt(), 10, 20000);
    }
    bool ok = true;
    try {
        auto& fake = bttest::FakeBluez::instance();
        const SyncResult s = runSync(fake, records);
        const double bluezRate = double(s.stored) / s.bluezSeconds;
        const double directRate = double(s.replayed) / s.directSeconds;
        std::printf("offline sync of %d records (%zu Stored Record notifications)\n", records,
                    s.notifications);
        std::printf("%-26s %8s %10s %12s\n", "path", "stored", "seconds", "records/s");
        std::printf("%-26s %8zu %10.3f %12.0f\n", "Qt + fake BlueZ", s.stored, s.bluezSeconds,
                    bluezRate);
        std::printf("%-26s %8zu %10.3f %12.0f\n", "direct (same events)", s.replayed,
                    s.directSeconds, directRate);
        std::printf("ratio direct / Qt + D-Bus: %.1f\n", directRate / bluezRate);
        ok = s.stored == static_cast<std::size_t>(records) && s.replayed == s.stored;

        std::printf("\nnotification flood at 5000 per second\n");
        std::printf("%-10s %10s %14s %16s\n", "length s", "received", "achieved /s",
                    "peak RSS growth");
        for (const double seconds :
             quick ? std::vector<double>{0.5, 1.0} : std::vector<double>{2.0, 10.0}) {
            const FloodResult f = runFlood(fake, seconds);
            std::printf("%-10.1f %10zu %14.0f %13ld KiB\n", seconds, f.received,
                        f.achievedPerSecond, f.peakGrowthKiB);
            ok = ok && f.received > 0;
        }
    } catch (const std::exception& e) {
        std::printf("could not run: %s\n", e.what());
        ok = false;
    }
    bttest::FakeBluez::shutdown(/*keepLogs=*/!ok);
    return ok ? 0 : 1;
}
