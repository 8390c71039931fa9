// A guided session with the roller written from docs/device-protocol.md alone (tests/protocol/
// doc_device.h, served by the fake BlueZ), through the services the session screens use:
// SessionRunner plans a smart-roller session, DeviceSessionLink connects the paired device on
// demand over the real Qt Bluetooth path and syncs it, the head it reports is picked, Start
// Session goes out on the Control Point, the passes rolled on the device arrive as Live Events
// and are committed, Stop Session ends the device's session, and its stored record, synced
// afterwards, is matched to the guided session instead of being counted twice. A pen (the
// simulator behind the fake BlueZ) runs its session the same way, with its depth and speed on
// every pass (pressure stages are tested with a pen that measures it in tests/qt).
#include "fake_bluez.h"
#include "services/device_live_feed.h"
#include "services/device_manager.h"
#include "services/device_session_link.h"
#include "services/journal_manager.h"
#include "services/session_runner.h"
#include "sync_rig.h"

#include <rollwise/core/protocol/values.h>
#include <rollwise/platform/bluetooth/paired_devices.h>
#include <rollwise/platform/bluetooth/sync_run.h>
#include <rollwise/platform/system_clock.h>

#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <exception>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace rollwise;
using namespace rollwise::app;
using rollwise::bttest::FakeBluez;

namespace {

constexpr int kWaitMs = 20000;

// The services the session screens use, with the fake BlueZ's one device paired and in use.
struct SessionWorld {
    FakeBluez& fake = FakeBluez::instance();
    const QString device = QString::fromLatin1(FakeBluez::kDeviceAddress);
    platform::SystemClock clock;
    test::TempDir dir;
    std::optional<Database> db;
    DeviceManager devices{clock, DeviceManager::Preference::Automatic};
    JournalManager journal{clock};
    SessionRunner runner{clock, journal};
    DeviceSessionLink link{runner, devices};

    // `open`: the device is the one in use and the journal is open.
    SessionWorld(const QString& options, bool open) {
        fake.reset(options);
        devices.pairedDevices().add({device, QStringLiteral("paired")});
        if (open) {
            devices.useDevice(device);
            openJournal();
        }
    }

    // A journal with every pre-session question answered an hour ago, for the services.
    void openJournal() {
        auto opened = Database::open(dir.file("journal.db"), synctest::testKey());
        REQUIRE(opened);
        db.emplace(std::move(opened).value());
        for (const auto& info : allQuestions()) {
            Answer a;
            a.question = info.question;
            a.answeredAt = std::chrono::floor<Seconds>(clock.now()) - Hours(1);
            REQUIRE(db->answers().save(a));
        }
        journal.attach(*db);
        devices.attach(*db);
        runner.attach(*db);
    }

    // Plans `device` on the forehead: the device is connected and synced for it, its head
    // picked, every warning acknowledged.
    void planFor(const QString& kind, int needleUm) {
        REQUIRE(
            runner.plan(QStringLiteral("texture"), kind, needleUm, {QStringLiteral("forehead")}));
        (void)QTest::qWaitFor(
            [&] {
                return link.status() == DeviceSessionLink::Status::Ready ||
                       link.status() == DeviceSessionLink::Status::Unavailable;
            },
            8000);
        REQUIRE(link.status() == DeviceSessionLink::Status::Ready);
        CHECK(devices.keepConnected());
        QTest::qWait(500); // the link stays for the session
        CHECK(devices.connected());
        CHECK(runner.deviceLive());
        CHECK(runner.headUid().startsWith(QStringLiteral("head-")));
        REQUIRE(runner.confirmDisinfected());
        for (int i = 0; i < static_cast<int>(runner.warnings().size()); ++i) {
            runner.acknowledge(i);
        }
    }
};

} // namespace

TEST_CASE("a roller built from the document alone runs a guided session through the app",
          "[devices][doc-device][session]") {
    SessionWorld world(QStringLiteral("paired=1 device=doc"), true);
    FakeBluez& fake = world.fake;
    const QString& device = world.device;
    Database& db = *world.db;
    DeviceManager& devices = world.devices;
    SessionRunner& runner = world.runner;
    DeviceSessionLink& link = world.link;
    REQUIRE_FALSE(devices.simulated());
    CHECK_FALSE(devices.connected()); // nothing until the session asks

    // A smart-roller plan: the device is connected and synced for it; its head is picked.
    world.planFor(QStringLiteral("smart-roller"), 500);

    // Start: the document's Start Session goes out, the device's session runs.
    REQUIRE(runner.start());
    REQUIRE(
        QTest::qWaitFor([&] { return link.status() == DeviceSessionLink::Status::Live; }, kWaitMs));
    REQUIRE(QTest::qWaitFor(
        [&] { return fake.sim(QStringLiteral("session")) == QStringLiteral("running"); }, kWaitMs));
    CHECK_FALSE(runner.pacedByApp());

    // The user rolls each pass the guide asks for; it arrives as Pass Start and Pass End.
    int guard = 0;
    while (runner.state() == SessionRunner::State::InZone && ++guard < 40) {
        const int before = runner.committedPasses();
        const int direction =
            static_cast<int>(protocol::toStrokeDirection(*runner.expectedDirection()));
        (void)fake.sim(QStringLiteral("pass %1 2500").arg(direction)); // throws on "err"
        REQUIRE(QTest::qWaitFor([&] { return runner.committedPasses() == before + 1; }, kWaitMs));
    }
    REQUIRE(runner.state() == SessionRunner::State::Aftercare);
    const SessionRecord guided = db.sessions().load(runner.sessionUid()).value();
    REQUIRE(guided.totalPasses() == runner.committedPasses());
    for (const auto& zone : guided.zones) {
        for (const auto& pass : zone.passes) {
            CHECK(pass.source == PassSource::Device);
            CHECK(pass.depthUm == 500);
        }
    }
    REQUIRE(guided.device.has_value());
    // The app keeps a Bluetooth device's records under its address and the store id (6.5.1).
    const std::string storeKey =
        deviceRecordKey(platform::bluetooth::bluetoothSyncUid(device), 0x5EED0001);
    CHECK(guided.device->recordKey == storeKey);
    CHECK(guided.device->sequence == 1); // the first session of a fresh store

    // Aftercare: Stop Session went out; the device stored the session as record 1.
    REQUIRE(QTest::qWaitFor(
        [&] { return fake.sim(QStringLiteral("session")) == QStringLiteral("idle"); }, kWaitMs));
    CHECK(fake.sim(QStringLiteral("records")) == QStringLiteral("1"));
    CHECK(link.status() == DeviceSessionLink::Status::NotNeeded);
    CHECK_FALSE(devices.keepConnected());

    // Its record syncs: kept, matched to the guided session, not a second session.
    const int sessions = db.sessions().count().value();
    devices.connectAndSync();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !devices.busy() && devices.syncOutcome() != DeviceManager::SyncOutcome::None;
        },
        kWaitMs));
    CHECK(devices.syncOutcome() == DeviceManager::SyncOutcome::Complete);
    CHECK(synctest::journalRows(db, storeKey).size() == 1);
    CHECK(db.sessions().count().value() == sessions);
    CHECK(db.sessions().pendingDeviceSessions().value().empty());
    CHECK(fake.sim(QStringLiteral("records")) == QStringLiteral("-")); // deleted once kept
}

TEST_CASE("choosing another device changes what the screens bound to it show",
          "[devices][doc-device][session]") {
    SessionWorld world(QStringLiteral("paired=1 device=doc"), false);
    const QString& device = world.device;
    DeviceManager& devices = world.devices;
    DeviceSessionLink& link = world.link;
    devices.useDevice(QString::fromLatin1(DeviceManager::kSimulatedId));
    REQUIRE(devices.simulated());
    QTest::qWait(50); // what that announced is heard before listening

    // The pages bind to these properties; a QML binding re-reads one when its notify signal
    // comes, and never when it has none (CONSTANT). Listen as a binding does.
    struct Bound {
        QObject* object;
        const char* name;
        std::unique_ptr<QSignalSpy> spy;
    };
    std::vector<Bound> bound;
    for (auto [object, name] : {std::pair<QObject*, const char*>{&devices, "simulated"},
                                {&devices, "model"},
                                {&link, "simulated"}}) {
        const QMetaObject* meta = object->metaObject();
        const QMetaProperty property = meta->property(meta->indexOfProperty(name));
        INFO(meta->className() << "::" << name);
        REQUIRE(property.hasNotifySignal());
        bound.push_back(
            {object, name, std::make_unique<QSignalSpy>(object, property.notifySignal())});
    }
    CHECK(devices.property("simulated").toBool());
    CHECK_FALSE(devices.property("model").toString().isEmpty());
    CHECK(link.property("simulated").toBool());

    devices.useDevice(device); // the paired Bluetooth roller instead of the simulator
    QTest::qWait(50);          // DeviceSessionLink hears of it queued
    CHECK_FALSE(devices.simulated());
    for (const Bound& b : bound) {
        INFO(b.object->metaObject()->className() << "::" << b.name);
        CHECK(b.spy->count() > 0); // announced: a binding reads it again
    }
    CHECK_FALSE(devices.property("simulated").toBool());
    CHECK(devices.property("model").toString().isEmpty()); // the simulator's model is gone
    CHECK_FALSE(link.property("simulated").toBool());
    CHECK(link.status() == DeviceSessionLink::Status::NotNeeded); // the status did not change
}

TEST_CASE("a pen runs a guided session through the app: live passes with its depth",
          "[devices][session][pen]") {
    SessionWorld world(QStringLiteral("paired=1 family=pen"), true);
    FakeBluez& fake = world.fake;
    SessionRunner& runner = world.runner;
    DeviceSessionLink& link = world.link;
    REQUIRE_FALSE(world.devices.simulated());

    // A pen plan at 0.5 mm: the pen is connected and synced for it; its cartridge is picked.
    world.planFor(QStringLiteral("pen"), 500);
    REQUIRE(runner.start());
    REQUIRE(
        QTest::qWaitFor([&] { return link.status() == DeviceSessionLink::Status::Live; }, kWaitMs));
    CHECK_FALSE(runner.pacedByApp());

    // Each pass is made on the pen and arrives as live events over Qt Bluetooth and the fake
    // BlueZ. The simulated pen measures speed and depth, not pressure (its features).
    int guard = 0;
    while (runner.state() == SessionRunner::State::InZone && ++guard < 40) {
        const int before = runner.committedPasses();
        // The first is made once the pen has its Start Session (Live: it went out).
        REQUIRE(QTest::qWaitFor(
            [&] {
                try {
                    (void)fake.sim(QStringLiteral("pass 600"));
                    return true;
                } catch (const std::exception&) { // "No session is running" yet
                    return false;
                }
            },
            kWaitMs));
        REQUIRE(QTest::qWaitFor([&] { return runner.committedPasses() == before + 1; }, kWaitMs));
        if (runner.state() == SessionRunner::State::InZone) {
            CHECK(runner.depthUm() == 500); // the pen's depth, shown on the guided screen
        }
    }
    REQUIRE(runner.state() == SessionRunner::State::Aftercare);

    const SessionRecord guided = world.db->sessions().load(runner.sessionUid()).value();
    REQUIRE(guided.totalPasses() == runner.committedPasses());
    REQUIRE(guided.totalPasses() > 0);
    for (const auto& zone : guided.zones) {
        for (const auto& pass : zone.passes) {
            CHECK(pass.source == PassSource::Device);
            CHECK(pass.depthUm == 500);
            CHECK(pass.speedMmPerS == 40);
            // Not measured, so not recorded: no pressure is made up for the pen.
            CHECK_FALSE(pass.meanPressureCn.has_value());
            CHECK_FALSE(pass.peakPressureCn.has_value());
        }
    }
    REQUIRE(guided.device.has_value());
    CHECK(guided.device->sequence >= 1);
    // Aftercare lets the pen's link go.
    REQUIRE(QTest::qWaitFor([&] { return link.status() == DeviceSessionLink::Status::NotNeeded; },
                            kWaitMs));
    CHECK_FALSE(world.devices.keepConnected());
}
