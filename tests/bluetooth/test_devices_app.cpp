// The devices screen's view model (DevicesController over DeviceManager) and
// `rollwise-cli devices`, on the real Qt Bluetooth path against the fake BlueZ (fake_bluez.py):
// discover, pair, rename, forget, sync with progress, cancel and resume, a dropped link,
// Bluetooth off and on, no adapter, and the CLI's exit codes.
#include "controllers/devices_controller.h"
#include "controllers/journal_controller.h"
#include "fake_bluez.h"
#include "services/backup_manager.h"
#include "services/device_manager.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "sync_rig.h"

#include <rollwise/core/protocol/simulator.h>
#include <rollwise/platform/bluetooth/paired_devices.h>
#include <rollwise/platform/bluetooth/sync_run.h>
#include <rollwise/platform/system_clock.h>

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::app;
using rollwise::bttest::FakeBluez;
using namespace std::chrono_literals;

namespace {

// Where the fake's device (the simulated RW-R540) keeps its records in the journal.
std::string storeKey() {
    return deviceRecordKey(
        platform::bluetooth::bluetoothSyncUid(QString::fromLatin1(FakeBluez::kDeviceAddress)),
        protocol::SimProfile::smartRoller().features.storeId);
}

const QString kDevice = QString::fromLatin1(FakeBluez::kDeviceAddress);
const QString kDecoy = QString::fromLatin1(FakeBluez::kDecoyAddress);
constexpr int kWaitMs = 20000;

// The app's pieces as the devices page makes them, on a fresh fake world.
struct AppWorld {
    explicit AppWorld(const QString& options = QString())
        : fake(FakeBluez::instance()) {
        fake.reset(options);
        devices = std::make_unique<DeviceManager>(clock, DeviceManager::Preference::Automatic);
        controller.setScanTimeoutMs(3000);
        controller.setDevices(devices.get());
    }
    ~AppWorld() {
        controller.setDevices(nullptr);
        devices.reset();
    }
    void openJournal() {
        auto opened = Database::open(dir.file("journal.db"), synctest::testKey());
        REQUIRE(opened);
        db.emplace(std::move(opened).value());
        devices->attach(*db);
    }
    [[nodiscard]] const DeviceListModel::Row* row(const QString& id) {
        const int i = controller.model()->indexOf(id);
        return i < 0 ? nullptr : &controller.model()->rows()[static_cast<std::size_t>(i)];
    }
    bool scanFor(const QString& id) {
        controller.scan();
        return QTest::qWaitFor([&] { return row(id) && row(id)->inRange; }, kWaitMs);
    }
    [[nodiscard]] std::map<std::int64_t, protocol::Bytes> rows() const {
        return synctest::journalRows(*db, storeKey());
    }
    bool waitForSyncEnd() {
        return QTest::qWaitFor(
            [&] { return devices->syncOutcome() != DeviceManager::SyncOutcome::None; }, kWaitMs);
    }

    FakeBluez& fake;
    platform::SystemClock clock;
    test::TempDir dir;
    std::optional<Database> db;
    std::unique_ptr<DeviceManager> devices;
    DevicesController controller;
};

void inject(FakeBluez& fake, int from, int to) {
    for (int s = from; s <= to; ++s) {
        fake.sim(QStringLiteral("inject %1 2").arg(s));
    }
}

// A paired, bonded device in use, with a journal open.
void pairedAndInUse(AppWorld& world) {
    world.devices->pairedDevices().add({kDevice, QStringLiteral("RW-R540")});
    world.devices->useDevice(kDevice);
    world.openJournal();
}

} // namespace

TEST_CASE("devices screen: a scan lists Rollwise devices with signal and advertised status",
          "[devices]") {
    AppWorld world;
    // Every change the scan makes to the list keeps the model's contract.
    QAbstractItemModelTester tester(world.controller.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    world.fake.command(QStringLiteral("advert 3")); // pairing mode, records pending
    // The simulated roller is always there, and says so.
    const auto* simulated = world.row(QString::fromLatin1(DeviceManager::kSimulatedId));
    REQUIRE(simulated);
    CHECK(simulated->simulated);
    CHECK(world.controller.adapterProblem() == DeviceManager::BluetoothProblem::None);

    REQUIRE(world.scanFor(kDevice));
    const auto* found = world.row(kDevice);
    CHECK(found->name == QStringLiteral("RW-R540"));
    CHECK(found->rssi == -58);
    CHECK_FALSE(found->simulated);
    CHECK_FALSE(found->paired);
    const QString strongWords = found->signalText; // rows are rebuilt: keep what is compared
    CHECK(world.row(kDecoy) == nullptr);           // not a Rollwise device: never listed
    REQUIRE(QTest::qWaitFor([&] { return world.row(kDevice)->pairingMode; }, kWaitMs));
    CHECK(world.row(kDevice)->pending);

    world.fake.command(QStringLiteral("rssi -80"));
    REQUIRE(QTest::qWaitFor([&] { return world.row(kDevice)->rssi == -80; }, kWaitMs));
    CHECK(world.row(kDevice)->signalText != strongWords); // weaker words for a weaker signal
}

TEST_CASE("devices screen: pair, rename and forget", "[devices]") {
    AppWorld world;
    REQUIRE(world.scanFor(kDevice));
    world.controller.pair(kDevice);
    REQUIRE(QTest::qWaitFor([&] { return world.row(kDevice)->paired; }, kWaitMs));
    CHECK(world.fake.calls(QStringLiteral("Pair")) == 1); // the OS bond was asked for
    CHECK(world.devices->pairedDevices().contains(kDevice));
    CHECK(world.devices->deviceId() == kDevice); // the paired device is the one in use
    CHECK(world.row(kDevice)->current);

    CHECK(world.controller.rename(kDevice, QStringLiteral("  Bathroom roller ")));
    CHECK(world.row(kDevice)->name == QStringLiteral("Bathroom roller"));
    CHECK(world.devices->pairedDevices().devices().first().name ==
          QStringLiteral("Bathroom roller"));
    CHECK_FALSE(world.controller.rename(kDevice, QStringLiteral("   ")));
    CHECK_FALSE(world.controller.rename(kDecoy, QStringLiteral("x")));

    world.controller.forget(kDevice);
    CHECK_FALSE(world.devices->pairedDevices().contains(kDevice));
    CHECK(world.devices->deviceId().isEmpty());
    REQUIRE(world.row(kDevice)); // still in range, no longer paired
    CHECK_FALSE(world.row(kDevice)->paired);
}

TEST_CASE("devices screen: a refused pairing says so and remembers nothing", "[devices]") {
    AppWorld world(QStringLiteral("pairing=refuse"));
    REQUIRE(world.scanFor(kDevice));
    world.controller.pair(kDevice);
    REQUIRE(QTest::qWaitFor([&] { return !world.controller.pairing(); }, kWaitMs));
    CHECK(world.controller.lastError() == DeviceManager::BluetoothProblem::PairingRefused);
    CHECK_FALSE(world.controller.message().isEmpty());
    CHECK_FALSE(world.devices->pairedDevices().contains(kDevice));
}

TEST_CASE("devices screen: a sync on demand shows its progress and lets the link go", "[devices]") {
    AppWorld world(QStringLiteral("paired=1"));
    inject(world.fake, 1, 12);
    pairedAndInUse(world);
    std::vector<std::pair<int, int>> seen;
    QObject::connect(world.devices.get(), &DeviceManager::changed, [&] {
        const std::pair<int, int> now{world.devices->syncDone(), world.devices->syncTotal()};
        if (seen.empty() || seen.back() != now) {
            seen.push_back(now);
        }
    });
    world.controller.sync();
    REQUIRE(world.waitForSyncEnd());
    CHECK(world.devices->syncOutcome() == DeviceManager::SyncOutcome::Complete);
    CHECK(world.devices->syncDone() == 12);
    CHECK(world.devices->syncTotal() == 12);
    CHECK(world.rows().size() == 12);
    // Progress was reported against the device's count before the end.
    CHECK(std::any_of(seen.begin(), seen.end(),
                      [](const auto& p) { return p.second == 12 && p.first < 12; }));
    CHECK(world.controller.syncText().contains(QStringLiteral("12")));
    // Battery, firmware and head were read on the way.
    CHECK(world.devices->battery() >= 80); // 85 %, draining
    CHECK_FALSE(world.devices->firmware().isEmpty());
    CHECK(world.devices->headNeedleUm() > 0);
    // On demand: nothing keeps the link up afterwards.
    REQUIRE(QTest::qWaitFor([&] { return !world.devices->connected(); }, kWaitMs));
    QTest::qWait(1500);
    CHECK_FALSE(world.devices->connected());
    CHECK(world.fake.calls(QStringLiteral("Disconnect")) >= 1);
}

TEST_CASE("devices screen: a cancelled sync keeps what it copied and the next one resumes",
          "[devices]") {
    AppWorld world(QStringLiteral("paired=1"));
    inject(world.fake, 1, 60);
    pairedAndInUse(world);
    bool cancelled = false;
    QObject::connect(world.devices.get(), &DeviceManager::changed, [&] {
        if (!cancelled && world.devices->syncDone() > 0) {
            cancelled = true;
            QTimer::singleShot(0, world.devices.get(), [&] { world.controller.cancelSync(); });
        }
    });
    world.controller.sync();
    REQUIRE(world.waitForSyncEnd());
    REQUIRE(world.devices->syncOutcome() == DeviceManager::SyncOutcome::Cancelled);
    const auto kept = world.rows().size();
    CHECK(kept > 0);
    CHECK(kept < 60);
    REQUIRE(QTest::qWaitFor([&] { return !world.devices->connected(); }, kWaitMs));

    world.controller.sync();
    REQUIRE(QTest::qWaitFor(
        [&] { return world.devices->syncOutcome() == DeviceManager::SyncOutcome::Complete; },
        kWaitMs));
    const auto rows = world.rows();
    CHECK(rows.size() == 60); // every record exactly once (rows are keyed by sequence)
    CHECK(rows.begin()->first == 1);
    CHECK(rows.rbegin()->first == 60);
}

TEST_CASE("devices screen: a link dropped during a sync is made again and the sync resumes",
          "[devices]") {
    AppWorld world(QStringLiteral("paired=1"));
    inject(world.fake, 1, 20);
    pairedAndInUse(world);
    world.fake.sim(QStringLiteral("drop-after 12"));
    world.controller.sync();
    REQUIRE(QTest::qWaitFor(
        [&] { return world.devices->syncOutcome() != DeviceManager::SyncOutcome::None; }, 40000));
    CHECK(world.devices->syncOutcome() == DeviceManager::SyncOutcome::Complete);
    CHECK(world.fake.calls(QStringLiteral("Connect")) >= 2);
    CHECK(world.rows().size() == 20);
}

TEST_CASE("devices screen: records failing their checks make a partial sync, said as such",
          "[devices]") {
    AppWorld world(QStringLiteral("paired=1"));
    inject(world.fake, 1, 6);
    world.fake.sim(QStringLiteral("corrupt-records 2"));
    pairedAndInUse(world);
    world.controller.sync();
    REQUIRE(world.waitForSyncEnd());
    CHECK(world.devices->syncOutcome() == DeviceManager::SyncOutcome::Partial);
    CHECK(world.devices->syncDeclined() > 0);
    CHECK(world.controller.syncProblem());
    CHECK(world.rows().size() < 6);
}

TEST_CASE("devices screen: a hostile device changes nothing, and a flood is said in one sentence",
          "[devices][hostile]") {
    AppWorld world(QStringLiteral("paired=1"));
    inject(world.fake, 1, 3);
    pairedAndInUse(world);
    world.devices->setKeepConnected(true); // as a guided session holds it
    world.controller.sync();
    REQUIRE(world.waitForSyncEnd());
    REQUIRE(world.devices->syncOutcome() == DeviceManager::SyncOutcome::Complete);
    REQUIRE(world.rows().size() == 3);
    const int needle = world.devices->headNeedleUm();
    REQUIRE(needle > 0);
    const QString live = QStringLiteral("7b2a0004-6f41-4c1e-9f3a-d2c85e0b17a4");
    const QString head = QStringLiteral("7b2a0003-6f41-4c1e-9f3a-d2c85e0b17a4");
    const QString racp = QStringLiteral("7b2a0007-6f41-4c1e-9f3a-d2c85e0b17a4");
    const auto raw = [&](const QString& c, const char* hex) {
        world.fake.command(QStringLiteral("raw %1 %2").arg(c, QLatin1String(hex)));
    };
    raw(live, "0602010000000050000102030405060708090a0b0c"); // oversized
    raw(live, "030d0200000000010203");                       // truncated
    raw(live, "06020800fffffffa00");                         // battery at 250 %
    raw(racp, "06000101");                                   // a response nobody asked for
    raw(head, "010000000000000000e8031c02000000000000");     // a 10 mm needle
    QTest::qWait(800);
    // Refused: nothing stored, the head unchanged, the link kept (a few are no flood), no
    // problem said.
    CHECK(world.rows().size() == 3);
    CHECK(world.devices->headNeedleUm() == needle);
    CHECK(world.devices->connected());
    CHECK_FALSE(world.controller.syncProblem());

    // A flood: the link is let go, nothing of it is kept, and the screen says so calmly.
    const QString before = world.controller.syncText();
    world.fake.command(
        QStringLiteral("raw %1 0602010000000050000102030405060708090a0b0c 5000").arg(live));
    REQUIRE(QTest::qWaitFor(
        [&] { return world.devices->problem() == DeviceManager::Problem::ProtocolError; },
        kWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return !world.devices->connected(); }, kWaitMs));
    CHECK(world.rows().size() == 3);
    CHECK(world.controller.syncProblem());
    const QString said = world.controller.syncText();
    CHECK_FALSE(said.isEmpty());
    CHECK(said != before);
    // The journal card words the same problem in the same sentence, not a second one.
    JournalController card;
    card.setDevices(world.devices.get());
    CHECK(card.deviceStateText() == said);
    card.setDevices(nullptr);
}

TEST_CASE("devices screen: Bluetooth off says what to do, and on again finds the device",
          "[devices]") {
    AppWorld world(QStringLiteral("powered=0"));
    CHECK(world.controller.adapterProblem() == DeviceManager::BluetoothProblem::BluetoothOff);
    CHECK_FALSE(world.controller.adapterText().isEmpty());
    world.controller.scan();
    CHECK(world.controller.lastError() == DeviceManager::BluetoothProblem::BluetoothOff);
    CHECK_FALSE(world.controller.scanning());

    world.fake.command(QStringLiteral("power 1"));
    world.controller.refreshAdapter();
    CHECK(world.controller.adapterProblem() == DeviceManager::BluetoothProblem::None);
    CHECK(world.controller.adapterText().isEmpty());
    REQUIRE(world.scanFor(kDevice));
}

TEST_CASE("devices screen: no adapter says so, and the simulated roller stays", "[devices]") {
    AppWorld world(QStringLiteral("adapter=0"));
    CHECK(world.controller.adapterProblem() == DeviceManager::BluetoothProblem::NoAdapter);
    CHECK_FALSE(world.controller.adapterText().isEmpty());
    REQUIRE(world.row(QString::fromLatin1(DeviceManager::kSimulatedId)));
    // Without an adapter the app falls back to the simulator by itself.
    CHECK(world.devices->simulated());
}

// ---- rollwise-cli devices --------------------------------------------------------------------

namespace {

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList& args, const QByteArray& input = {}) {
    QProcess process;
    process.start(QStringLiteral(ROLLWISE_CLI), args);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("rollwise-cli devices: scan, pair, info, sync and forget", "[devices][cli]") {
    auto& fake = FakeBluez::instance();
    fake.reset();
    test::TempDir data;
    const QString dir = QString::fromStdString(data.path().string());
    const QStringList common{QStringLiteral("--data"), dir, QStringLiteral("--timeout"),
                             QStringLiteral("3")};

    auto scan = cli(QStringList{QStringLiteral("devices"), QStringLiteral("scan")} + common);
    CHECK(scan.code == 0);
    CHECK(scan.out.contains(kDevice));
    CHECK_FALSE(scan.out.contains(kDecoy));
    CHECK(scan.err.contains(QStringLiteral("found ")));

    auto pair =
        cli(QStringList{QStringLiteral("devices"), QStringLiteral("pair"), kDevice} + common);
    CHECK(pair.code == 0);
    CHECK(fake.calls(QStringLiteral("Pair")) == 1);
    {
        // The app's own paired list (its settings file) now holds it.
        QSettings settings(dir + QStringLiteral("/rollwise.ini"), QSettings::IniFormat);
        platform::bluetooth::SettingsPairedDeviceStore store(settings);
        CHECK(store.contains(kDevice));
    }

    auto info =
        cli(QStringList{QStringLiteral("devices"), QStringLiteral("info"), kDevice} + common);
    CHECK(info.code == 0);
    CHECK(info.out.contains(QStringLiteral("battery: 8"))); // 85 %, draining
    CHECK(info.out.contains(QStringLiteral("model: RW-R540")));

    inject(fake, 1, 5);
    {
        auto created = Database::open(data.file("journal.db"), synctest::testKey());
        REQUIRE(created);
    }
    const QString db = QString::fromStdString(data.file("journal.db").string());
    auto sync = cli(QStringList{QStringLiteral("devices"), QStringLiteral("sync"), kDevice,
                                QStringLiteral("--db"), db, QStringLiteral("--key-fd"),
                                QStringLiteral("0"), QStringLiteral("--data"), dir},
                    QByteArray(64, 'c') + '\n');
    CHECK(sync.code == 0);
    CHECK(sync.out.contains(QStringLiteral("copied 5 sessions (5 new)")));
    CHECK(sync.err.contains(QStringLiteral("of 5 sessions")));
    {
        auto reopened = Database::open(data.file("journal.db"), synctest::testKey());
        REQUIRE(reopened);
        CHECK(synctest::journalRows(reopened.value(), storeKey()).size() == 5);
    }

    auto forget = cli({QStringLiteral("devices"), QStringLiteral("forget"), kDevice,
                       QStringLiteral("--data"), dir});
    CHECK(forget.code == 0);
    auto again = cli({QStringLiteral("devices"), QStringLiteral("forget"), kDevice,
                      QStringLiteral("--data"), dir});
    CHECK(again.code == 12);
}

TEST_CASE("rollwise-cli devices: distinct exit codes", "[devices][cli]") {
    auto& fake = FakeBluez::instance();
    test::TempDir data;
    const QString dir = QString::fromStdString(data.path().string());
    const auto run = [&](const QString& verb, const QString& id = QString()) {
        QStringList args{QStringLiteral("devices"), verb};
        if (!id.isEmpty()) {
            args << id;
        }
        return cli(args + QStringList{QStringLiteral("--data"), dir, QStringLiteral("--timeout"),
                                      QStringLiteral("2")});
    };
    fake.reset(QStringLiteral("adapter=0"));
    CHECK(run(QStringLiteral("scan")).code == 10);
    fake.reset(QStringLiteral("powered=0"));
    CHECK(run(QStringLiteral("scan")).code == 11);
    fake.reset(QStringLiteral("present=0"));
    CHECK(run(QStringLiteral("pair"), kDevice).code == 12);
    fake.reset(QStringLiteral("pairing=refuse"));
    const auto refused = run(QStringLiteral("pair"), kDevice);
    CHECK(refused.code == 13);
    CHECK_FALSE(refused.err.isEmpty());

    // Partial: two records fail their checks and stay on the device.
    fake.reset(QStringLiteral("paired=1"));
    inject(fake, 1, 4);
    fake.sim(QStringLiteral("corrupt-records 2"));
    {
        QSettings settings(dir + QStringLiteral("/rollwise.ini"), QSettings::IniFormat);
        platform::bluetooth::SettingsPairedDeviceStore store(settings);
        store.add({kDevice, QStringLiteral("RW-R540")});
    }
    {
        auto created = Database::open(data.file("journal.db"), synctest::testKey());
        REQUIRE(created);
    }
    const auto partial =
        cli({QStringLiteral("devices"), QStringLiteral("sync"), kDevice, QStringLiteral("--db"),
             QString::fromStdString(data.file("journal.db").string()), QStringLiteral("--key-fd"),
             QStringLiteral("0"), QStringLiteral("--data"), dir},
            QByteArray(64, 'c') + '\n');
    CHECK(partial.code == 14);
    CHECK(partial.out.contains(QStringLiteral("stay on the device")));

    // --help for each command, on standard output.
    for (const auto* verb : {"scan", "pair", "forget", "info", "sync"}) {
        const auto help =
            cli({QStringLiteral("devices"), QString::fromLatin1(verb), QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("devices ") + QString::fromLatin1(verb)));
    }
}
