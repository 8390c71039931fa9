// A guided session with the app's own smart device, through the app's own path: the plan asks
// for a smart roller, the devices service connects the device in use on demand and syncs it, its
// live passes reach the guided screen through DeviceSync, the device's session starts and stops
// with the guided one, and the device's stored record of that session, synced afterwards, is
// matched to it instead of being counted a second time (device-protocol.md 6.5.8).
#include "root/application.h"
#include "services/device_manager.h"
#include "services/device_session_link.h"
#include "services/preferences.h"
#include "services/session_runner.h"
#include "session_rig.h"

#include <rollwise/core/database.h>

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <functional>
#include <utility>

using namespace rollwise;
using namespace rollwise::app;
using rollwise::app::test::Rig;

namespace {

// Runs the event loop until `done` or `ms` have passed.
bool waitFor(Rig& rig, const std::function<bool()>& done, int ms = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QTest::qWait(20);
        rig.settle();
    }
    return done();
}

} // namespace

TEST_CASE("A smart roller session runs on the device in use, from the plan to its synced record",
          "[ui][session][device]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    rig.load();
    DeviceManager& devices = *rig.services->devices;
    DeviceSessionLink& link = *rig.services->sessionDevice;
    REQUIRE(devices.simulated()); // a scratch run: the simulated roller, labelled
    CHECK(link.status() == DeviceSessionLink::Status::NotNeeded);
    CHECK_FALSE(devices.connected()); // nothing connects before a session or a sync asks

    // Plan a smart-roller session on the forehead: the device is connected and synced for it.
    const int needleUm = devices.needleLengthUm();
    REQUIRE(needleUm > 0);
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    rig.settle();
    REQUIRE(rig.runner().plan(QStringLiteral("texture"), QStringLiteral("smart-roller"), needleUm,
                              {QStringLiteral("forehead")}));
    rig.settle();
    rig.click(QStringLiteral("continueButton"));
    REQUIRE(rig.item(QStringLiteral("sessionDeviceCard")) != nullptr);
    REQUIRE(waitFor(rig, [&] { return link.status() == DeviceSessionLink::Status::Ready; }));
    CHECK(devices.connected());
    CHECK(rig.runner().deviceLive());
    CHECK(devices.liveFeed() != nullptr);
    CHECK_FALSE(rig.item(QStringLiteral("sessionDeviceCard"))->property("attention").toBool());
    rig.shoot("session-prepare-device");

    // The checks, then start: the device's own session starts with the guided one.
    // The head in the device is recorded and picked; the user confirms it was disinfected.
    const std::string head = devices.headJournalUid();
    REQUIRE_FALSE(head.empty());
    CHECK(rig.runner().headUid() == QString::fromStdString(head));
    const auto heads = rig.db->heads().all().value();
    CHECK(std::any_of(heads.begin(), heads.end(), [&](const StoredHead& h) {
        return h.uid == head && h.head.needleLengthUm == needleUm;
    }));
    rig.click(QStringLiteral("disinfectedButton"));
    rig.acknowledgeAndStart();
    REQUIRE(waitFor(rig, [&] { return link.status() == DeviceSessionLink::Status::Live; }));
    CHECK_FALSE(rig.runner().pacedByApp());
    rig.shoot("session-guided-device");

    // Each pass is made by the (simulated) device and counted from its live stream; the big
    // button is the simulated hand, labelled as such.
    int guard = 0;
    while (rig.runner().state() == SessionRunner::State::InZone && ++guard < 40) {
        const int before = rig.runner().committedPasses();
        rig.click(QStringLiteral("nextPassButton"));
        REQUIRE(waitFor(rig, [&] { return rig.runner().committedPasses() == before + 1; }));
    }
    REQUIRE(rig.runner().state() == SessionRunner::State::Aftercare);
    const std::string uid = rig.runner().sessionUid();
    const SessionRecord guided = rig.db->sessions().load(uid).value();
    REQUIRE(guided.totalPasses() > 0);
    for (const auto& zone : guided.zones) {
        for (const auto& pass : zone.passes) {
            CHECK(pass.source == PassSource::Device);
        }
    }
    // Saved as the device's session: its store and the id from Session Started.
    REQUIRE(guided.device.has_value());
    CHECK_FALSE(guided.device->recordKey.empty());
    CHECK(guided.device->sequence > 0);
    // The session is over: the device's session was stopped and the feed let go.
    CHECK(link.status() == DeviceSessionLink::Status::NotNeeded);
    CHECK(devices.liveFeed() == nullptr);
    CHECK_FALSE(devices.keepConnected());

    // The device's stored record of this very session syncs: it is matched, not added.
    const int sessions = rig.db->sessions().count().value();
    devices.connectAndSync();
    REQUIRE(waitFor(rig, [&] {
        return !devices.busy() && devices.syncOutcome() != DeviceManager::SyncOutcome::None;
    }));
    CHECK(devices.syncOutcome() == DeviceManager::SyncOutcome::Complete);
    CHECK(devices.copied() >= 1); // the record came over
    CHECK(rig.db->sessions().count().value() == sessions);
    CHECK(rig.services->journal->pendingDeviceSessionCount() == 0);
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("A smart-device plan without a device says so and the app paces the session",
          "[ui][session][device]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    rig.load();
    // The pen is planned, but the device in use is the simulated roller: the wrong kind.
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    rig.settle();
    REQUIRE(rig.runner().plan(QStringLiteral("texture"), QStringLiteral("pen"), 500,
                              {QStringLiteral("forehead")}));
    rig.settle();
    rig.click(QStringLiteral("continueButton"));
    DeviceSessionLink& link = *rig.services->sessionDevice;
    REQUIRE(waitFor(rig, [&] { return link.status() == DeviceSessionLink::Status::WrongKind; }));
    auto* card = rig.item(QStringLiteral("sessionDeviceCard"));
    REQUIRE(card != nullptr);
    CHECK(card->property("attention").toBool());
    REQUIRE(rig.item(QStringLiteral("sessionDeviceChoose")) != nullptr);
    CHECK_FALSE(rig.runner().deviceLive());
    CHECK(rig.services->devices->liveFeed() == nullptr);
    // Leaving the plan lets the link go.
    rig.runner().discard();
    rig.settle();
    CHECK(link.status() == DeviceSessionLink::Status::NotNeeded);
    CHECK_FALSE(rig.services->devices->keepConnected());
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}
