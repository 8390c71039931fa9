// The real Qt Bluetooth code path (QBluetoothDeviceDiscoveryAgent, QBluetoothLocalDevice,
// QLowEnergyController, QLowEnergyService over BlueZ's D-Bus API) against a fake BlueZ on a
// private bus that serves the simulated device (fake_bluez.py, fake_device.cpp). No Bluetooth
// hardware is used. Each test case starts from a fresh world (FakeBluez::reset).
#include "bt_world.h"

#include <rollwise/core/protocol/control_point.h>
#include <rollwise/platform/bluetooth/central.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/system_clock.h>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::platform::bluetooth;
using namespace rollwise::bttest;
using namespace std::chrono_literals;
namespace uuid = rollwise::protocol::uuid;

TEST_CASE("a scan reports only Rollwise devices with their RSSI", "[bluetooth][scan]") {
    auto& fake = FakeBluez::instance();
    fake.reset();
    MemoryPairedDeviceStore paired;
    BluetoothCentral central(paired, BluetoothCentral::Options{3s});
    QSignalSpy found(&central, &BluetoothCentral::deviceDiscovered);
    QSignalSpy updated(&central, &BluetoothCentral::deviceUpdated);
    QSignalSpy finished(&central, &BluetoothCentral::scanFinished);
    REQUIRE(central.checkAdapter() == BluetoothError::None);
    REQUIRE(central.startScan());
    CHECK(central.scanning());
    REQUIRE(QTest::qWaitFor([&] { return found.count() >= 1; }, kWaitMs));
    // The decoy (a heart-rate band) is never reported: the Rollwise service is the filter.
    REQUIRE(central.devices().size() == 1);
    const auto device = central.devices().front();
    CHECK(device.id == kDevice);
    CHECK(device.name == QStringLiteral("RW-R540"));
    CHECK(device.rssi == -58);
    CHECK(!central.isRemembered(kDevice));
    // The device comes closer while the scan runs.
    fake.command(QStringLiteral("rssi -41"));
    REQUIRE(QTest::qWaitFor([&] { return central.device(kDevice)->rssi == -41; }, kWaitMs));
    CHECK(updated.count() >= 1);
    REQUIRE(finished.wait(kWaitMs));
    CHECK(!central.scanning());
    CHECK(found.count() == 1);
}

TEST_CASE("pairing bonds the device and remembers it", "[bluetooth][pair]") {
    auto& fake = FakeBluez::instance();
    MemoryPairedDeviceStore paired;
    BluetoothCentral central(paired, BluetoothCentral::Options{2s});
    QSignalSpy errors(&central, &BluetoothCentral::errorOccurred);
    QSignalSpy pairedSpy(&central, &BluetoothCentral::pairingFinished);

    SECTION("the device is in pairing mode") {
        fake.reset(QStringLiteral("paired=0 pairing=accept"));
        REQUIRE(central.startScan());
        REQUIRE(QTest::qWaitFor([&] { return central.device(kDevice).has_value(); }, kWaitMs));
        CHECK(!central.isBonded(kDevice));
        central.pair(kDevice);
        REQUIRE(QTest::qWaitFor([&] { return pairedSpy.count() == 1; }, kWaitMs));
        CHECK(pairedSpy.front().front().toString() == kDevice);
        CHECK(central.isBonded(kDevice)); // the OS bond (BlueZ Paired)
        CHECK(central.isRemembered(kDevice));
        CHECK(paired.devices().front().name == QStringLiteral("RW-R540"));
        CHECK(fake.calls(QStringLiteral("Pair")) == 1);
        CHECK(errors.isEmpty());

        // The bond is real for the device too: its encrypted characteristics open up.
        platform::SystemClock clock;
        QtGattPeer peer(kDevice, clock, &paired, fastOptions());
        peer.setDeviceInfo(central.device(kDevice)->info);
        EventLog log;
        peer.setSink(&log);
        peer.connect();
        REQUIRE(QTest::qWaitFor(
            [&] { return peer.connectionState() == ConnectionState::Connected; }, kWaitMs));
        CHECK(peer.information().serial == QStringLiteral("R540-0001")); // Enc (5.2)
        peer.disconnect();
        REQUIRE(QTest::qWaitFor([&] { return peer.connectionState() == ConnectionState::Idle; },
                                kWaitMs));
    }
    SECTION("the device refuses") {
        fake.reset(QStringLiteral("paired=0 pairing=refuse"));
        REQUIRE(central.startScan());
        REQUIRE(QTest::qWaitFor([&] { return central.device(kDevice).has_value(); }, kWaitMs));
        central.pair(kDevice);
        REQUIRE(QTest::qWaitFor([&] { return errors.count() == 1; }, kWaitMs));
        CHECK(errors.front().front().value<BluetoothError>() == BluetoothError::PairingRefused);
        CHECK(central.lastError() == BluetoothError::PairingRefused);
        const QString message = errors.front().at(1).toString();
        CHECK(message.contains(QStringLiteral("pairing mode")));
        CHECK(message.contains(QStringLiteral("3 seconds")));
        CHECK(!central.isRemembered(kDevice));
        CHECK(!central.isBonded(kDevice));
        CHECK(pairedSpy.isEmpty());
    }
}

TEST_CASE("connecting reads the device information and writes its clock", "[bluetooth][connect]") {
    PairedWorld world;
    EventLog log;
    world.peer->setSink(&log);
    QSignalSpy states(world.peer.get(), &QtGattPeer::connectionStateChanged);
    REQUIRE(world.connect());
    std::vector<ConnectionState> seen;
    for (const auto& args : states) {
        seen.push_back(args.front().value<ConnectionState>());
    }
    // It scanned first (BlueZ must have seen the device), then connected and discovered.
    CHECK(seen == std::vector{ConnectionState::Scanning, ConnectionState::Connecting,
                              ConnectionState::Discovering, ConnectionState::Preparing,
                              ConnectionState::Connected});
    CHECK(log.states() ==
          std::vector{protocol::LinkState::Connecting, protocol::LinkState::Connected});
    CHECK(world.peer->state() == protocol::LinkState::Connected);
    CHECK(world.fake.calls(QStringLiteral("Connect")) == 1);

    // Device Information and Battery (through BlueZ's Battery1), read on connecting.
    const auto& info = world.peer->information();
    CHECK(info.manufacturer == QStringLiteral("Rollwise Sim"));
    CHECK(info.model == QStringLiteral("RW-R540"));
    CHECK(info.serial == QStringLiteral("R540-0001"));
    CHECK(info.hardwareRevision == QStringLiteral("A"));
    CHECK(info.firmwareRevision == QStringLiteral("1.0.0"));
    CHECK(info.battery == std::optional<std::uint8_t>(85));
    CHECK(info.timeWritten);

    // The device's clock now reads the local time of this machine.
    const std::size_t mark = log.events.size();
    REQUIRE(world.peer->read(uuid::kCurrentTime));
    REQUIRE(QTest::qWaitFor(
        [&] { return log.has(protocol::GattEvent::Kind::ReadDone, uuid::kCurrentTime, mark); },
        kWaitMs));
    const auto done = *log.last(protocol::GattEvent::Kind::ReadDone, uuid::kCurrentTime, mark);
    REQUIRE(done.attError == protocol::att::kSuccess);
    auto time = protocol::parseCurrentTime(done.value);
    REQUIRE(time);
    REQUIRE(time.value().isSet());
    const auto local = *protocol::localSeconds(time.value());
    const QDateTime nowLocal = QDateTime::currentDateTime();
    const auto expected =
        TimePoint(std::chrono::seconds(nowLocal.toSecsSinceEpoch() + nowLocal.offsetFromUtc()));
    CHECK(std::chrono::abs(local - expected) <= 5s);

    // Device Features: encrypted, readable over the bond.
    const std::size_t mark2 = log.events.size();
    REQUIRE(world.peer->read(uuid::kDeviceFeatures));
    REQUIRE(QTest::qWaitFor(
        [&] { return log.has(protocol::GattEvent::Kind::ReadDone, uuid::kDeviceFeatures, mark2); },
        kWaitMs));
    const auto features = protocol::parseDeviceFeatures(
        log.last(protocol::GattEvent::Kind::ReadDone, uuid::kDeviceFeatures, mark2)->value);
    REQUIRE(features);
    CHECK(features.value().storeId == 0x5A17C3E1);

    // Bad requests are refused at once, with a reason.
    auto tooLong = world.peer->write(uuid::kControlPoint, protocol::Bytes(21, 0x01),
                                     protocol::WriteMode::WithResponse);
    REQUIRE(!tooLong);
    CHECK(tooLong.error().code == protocol::GattErrorCode::TooLong);
    auto notReadable = world.peer->read(uuid::kLiveEvents);
    REQUIRE(!notReadable);
    CHECK(notReadable.error().code == protocol::GattErrorCode::NotSupported);

    world.peer->disconnect();
    REQUIRE(QTest::qWaitFor([&] { return world.peer->connectionState() == ConnectionState::Idle; },
                            kWaitMs));
    CHECK(log.states().back() == protocol::LinkState::Disconnected);
    auto afterwards = world.peer->read(uuid::kDeviceFeatures);
    REQUIRE(!afterwards);
    CHECK(afterwards.error().code == protocol::GattErrorCode::NotConnected);
}

TEST_CASE("live notifications and the Control Point", "[bluetooth][live]") {
    SyncWorld world;
    REQUIRE(world.connect());
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate));
    REQUIRE(world.sync->features());

    // A session on the device: its live events reach the observer through the whole stack.
    world.recorder.live.clear();
    world.fake.sim(QStringLiteral("press"));
    world.fake.sim(QStringLiteral("pass 600"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return std::any_of(world.recorder.live.begin(), world.recorder.live.end(),
                               [](const protocol::LiveEvent& e) {
                                   return e.type() == protocol::EventType::PassEnd;
                               });
        },
        kWaitMs));
    CHECK(world.recorder.live.front().type() == protocol::EventType::SessionStarted);
    CHECK(world.sync->liveCounters().totalRejected() == 0);
    CHECK(world.sync->liveCounters().lost == 0);

    // The Control Point: indications on, a Pacing Cue written, its answer indicated.
    const std::size_t mark = world.log.events.size();
    REQUIRE(world.peer->setNotifications(uuid::kControlPoint, true));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return world.log.has(protocol::GattEvent::Kind::SubscribeDone, uuid::kControlPoint,
                                 mark);
        },
        kWaitMs));
    CHECK(world.log.last(protocol::GattEvent::Kind::SubscribeDone, uuid::kControlPoint, mark)
              ->attError == protocol::att::kSuccess);
    const auto cue = protocol::buildControlRequest(
        protocol::PacingCueRequest{protocol::CuePattern::Triple, 1500}, *world.sync->features());
    REQUIRE(cue);
    REQUIRE(world.peer->write(uuid::kControlPoint, cue.value(), protocol::WriteMode::WithResponse));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return world.log.has(protocol::GattEvent::Kind::Indication, uuid::kControlPoint, mark);
        },
        kWaitMs));
    const auto written =
        world.log.last(protocol::GattEvent::Kind::WriteDone, uuid::kControlPoint, mark);
    REQUIRE(written);
    CHECK(written->attError == protocol::att::kSuccess);
    const auto answer = protocol::parseControlResponse(
        world.log.last(protocol::GattEvent::Kind::Indication, uuid::kControlPoint, mark)->value);
    REQUIRE(answer);
    CHECK(answer.value().requestOpcode ==
          static_cast<std::uint8_t>(protocol::ControlOpcode::PacingCue));
    CHECK(answer.value().result == protocol::ControlResult::Success);
    // The write's answer came before its indication, as on the air.
    std::size_t writeAt = 0;
    std::size_t indicationAt = 0;
    for (std::size_t i = mark; i < world.log.events.size(); ++i) {
        const auto& e = world.log.events[i];
        if (e.characteristic == uuid::kControlPoint) {
            if (e.kind == protocol::GattEvent::Kind::WriteDone) {
                writeAt = i;
            } else if (e.kind == protocol::GattEvent::Kind::Indication) {
                indicationAt = i;
            }
        }
    }
    CHECK(writeAt < indicationAt);
}

TEST_CASE("stored records sync into the encrypted journal", "[bluetooth][sync]") {
    SyncWorld world;
    injectRecords(world.fake, {1, 2, 3, 5, 8}, 3);
    REQUIRE(world.connect());
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate));
    const auto rows = world.rows();
    REQUIRE(rows.size() == 5);
    for (const auto& [sequence, body] : rows) {
        auto record = protocol::parseRecordBody(body, static_cast<std::uint16_t>(sequence));
        REQUIRE(record);
        CHECK(record.value().passCount == 3);
    }
    CHECK(world.recorder.newlyStored == 5);
    CHECK(deviceRecords(world.fake).empty()); // deleted only after they were committed
    CHECK(world.sync->storeKey() == "Rollwise Sim/RW-R540/R540-0001#5a17c3e1");
}

TEST_CASE("a link drop in the middle of a sync and the resume", "[bluetooth][sync][drop]") {
    SyncWorld world;
    injectRecords(world.fake, {1, 2, 3, 4, 5, 6, 7, 8}, 6); // 8 fragments each
    world.fake.sim(QStringLiteral("drop-after 27"));        // inside the 4th record
    REQUIRE(world.connect());
    // The drop: sync fails with LinkLost, the link backs off and comes back by itself.
    REQUIRE(
        QTest::qWaitFor([&] { return world.sync->problem() == SyncProblem::LinkLost; }, kWaitMs));
    const auto before = world.rows().size();
    CHECK(before == 3);
    CHECK(deviceRecords(world.fake).size() == 8); // nothing deleted
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate, 30000));
    CHECK(world.peer->connectionState() == ConnectionState::Connected);
    CHECK(world.fake.calls(QStringLiteral("Connect")) == 2);
    CHECK(world.rows().size() == 8);
    CHECK(world.recorder.newlyStored == 8); // every record arrived exactly once
    CHECK(world.recorder.committed.size() == 8);
    CHECK(deviceRecords(world.fake).empty());
    CHECK(world.sync->storeKey() == "Rollwise Sim/RW-R540/R540-0001#5a17c3e1");
}

TEST_CASE("reconnection backs off then resets and stops when the user disconnects",
          "[bluetooth][reconnect]") {
    QtGattPeerOptions options = fastOptions();
    options.scanTimeout = 400ms;
    options.reconnect.first = 100ms;
    options.reconnect.max = 400ms;
    PairedWorld world(options);
    REQUIRE(world.connect());
    std::vector<std::chrono::milliseconds> delays;
    QObject::connect(world.peer.get(), &QtGattPeer::connectionStateChanged,
                     [&](ConnectionState state) {
                         if (state == ConnectionState::WaitingToReconnect) {
                             delays.push_back(world.peer->reconnectDelay());
                         }
                     });
    QSignalSpy errors(world.peer.get(), &QtGattPeer::errorOccurred);

    world.fake.command(QStringLiteral("vanish")); // out of range
    REQUIRE(QTest::qWaitFor([&] { return delays.size() >= 4; }, kWaitMs));
    CHECK(delays[0] == 100ms);
    CHECK(delays[1] == 200ms);
    CHECK(delays[2] == 400ms);
    CHECK(delays[3] == 400ms); // capped
    // The drop is "connection lost"; each scan that misses the device is "not found".
    CHECK(errors.front().front().value<BluetoothError>() == BluetoothError::ConnectionLost);
    CHECK(std::any_of(errors.begin(), errors.end(), [](const QList<QVariant>& e) {
        return e.front().value<BluetoothError>() == BluetoothError::DeviceNotFound &&
               e.at(1).toString().contains(QStringLiteral("Wake it"));
    }));

    world.fake.command(QStringLiteral("appear"));
    REQUIRE(QTest::qWaitFor(
        [&] { return world.peer->connectionState() == ConnectionState::Connected; }, kWaitMs));
    CHECK(world.peer->nextReconnectDelay() == 100ms); // reset by the success
    CHECK(world.peer->reconnectAttempts() == 0);

    // The user ends the link: no attempt follows, even when the device drops later.
    const int connects = world.fake.calls(QStringLiteral("Connect"));
    world.peer->disconnect();
    REQUIRE(QTest::qWaitFor([&] { return world.peer->connectionState() == ConnectionState::Idle; },
                            kWaitMs));
    QTest::qWait(1000);
    CHECK(world.peer->connectionState() == ConnectionState::Idle);
    CHECK(world.fake.calls(QStringLiteral("Connect")) == connects);
}

TEST_CASE("a device the user did not pair is not reconnected", "[bluetooth][reconnect]") {
    auto& fake = FakeBluez::instance();
    fake.reset(QStringLiteral("paired=1"));
    platform::SystemClock clock;
    MemoryPairedDeviceStore notRemembered;
    QtGattPeer peer(kDevice, clock, &notRemembered, fastOptions());
    peer.connect();
    REQUIRE(QTest::qWaitFor([&] { return peer.connectionState() == ConnectionState::Connected; },
                            kWaitMs));
    fake.sim(QStringLiteral("drop-link"));
    REQUIRE(QTest::qWaitFor([&] { return peer.connectionState() == ConnectionState::Failed; },
                            kWaitMs));
    CHECK(peer.lastError() == BluetoothError::ConnectionLost);
    QTest::qWait(800);
    CHECK(fake.calls(QStringLiteral("Connect")) == 1);
}

TEST_CASE("a device that lost its bond says it needs pairing", "[bluetooth][auth]") {
    PairedWorld world(fastOptions(), /*bonded=*/false);
    EventLog log;
    QSignalSpy errors(world.peer.get(), &QtGattPeer::errorOccurred);
    world.peer->setSink(&log);
    REQUIRE(world.connect()); // the open characteristics still answer
    CHECK(world.peer->information().model == QStringLiteral("RW-R540"));
    CHECK(world.peer->information().serial.isEmpty()); // Enc: refused
    CHECK(!world.peer->information().timeWritten);     // Enc: refused

    const std::size_t mark = log.events.size();
    REQUIRE(world.peer->read(uuid::kDeviceFeatures));
    REQUIRE(QTest::qWaitFor(
        [&] { return log.has(protocol::GattEvent::Kind::ReadDone, uuid::kDeviceFeatures, mark); },
        kWaitMs));
    CHECK(log.last(protocol::GattEvent::Kind::ReadDone, uuid::kDeviceFeatures, mark)->attError ==
          protocol::att::kInsufficientAuthentication);
    CHECK(world.peer->lastError() == BluetoothError::NotAuthenticated);
    const auto it = std::find_if(errors.begin(), errors.end(), [](const QList<QVariant>& e) {
        return e.front().value<BluetoothError>() == BluetoothError::NotAuthenticated;
    });
    REQUIRE(it != errors.end());
    CHECK(it->at(1).toString().contains(QStringLiteral("pair it again")));
}

TEST_CASE("no adapter gives the clear error and the simulator as a fallback",
          "[bluetooth][errors]") {
    auto& fake = FakeBluez::instance();
    fake.reset(QStringLiteral("adapter=0"));
    MemoryPairedDeviceStore paired;
    BluetoothCentral central(paired);
    QSignalSpy centralErrors(&central, &BluetoothCentral::errorOccurred);
    CHECK(central.checkAdapter() == BluetoothError::NoAdapter);
    CHECK(!central.startScan());
    REQUIRE(centralErrors.count() == 1);
    CHECK(centralErrors.front().front().value<BluetoothError>() == BluetoothError::NoAdapter);
    CHECK(centralErrors.front().at(1).toString() == userMessage(BluetoothError::NoAdapter));
    CHECK(userMessage(BluetoothError::NoAdapter).contains(QStringLiteral("no Bluetooth adapter")));

    platform::SystemClock clock;
    QtGattPeer peer(kDevice, clock, &paired, fastOptions());
    QSignalSpy peerErrors(&peer, &QtGattPeer::errorOccurred);
    peer.connect();
    CHECK(peer.connectionState() == ConnectionState::Failed);
    CHECK(peer.lastError() == BluetoothError::NoAdapter);
    CHECK(peerErrors.count() == 1);

    DeviceLinkOptions options;
    options.clock = &clock;
    options.deviceId = kDevice;
    const DeviceLink automatic = makeDeviceLink(options);
    REQUIRE(automatic.peer);
    CHECK(automatic.kind == LinkKind::Simulator);
    CHECK(automatic.fallbackReason == BluetoothError::NoAdapter);
    CHECK(automatic.message == userMessage(BluetoothError::NoAdapter));
    options.preference = LinkPreference::Bluetooth;
    const DeviceLink forced = makeDeviceLink(options);
    CHECK(forced.kind == LinkKind::Bluetooth);
    CHECK(dynamic_cast<QtGattPeer*>(forced.peer.get()) != nullptr);
}

TEST_CASE("Bluetooth turned off then on", "[bluetooth][errors]") {
    auto& fake = FakeBluez::instance();
    fake.reset(QStringLiteral("paired=1 powered=0"));
    platform::SystemClock clock;
    MemoryPairedDeviceStore paired;
    paired.add(PairedDevice{kDevice, QStringLiteral("RW-R540")});
    BluetoothCentral central(paired);
    CHECK(central.checkAdapter() == BluetoothError::BluetoothOff);
    QtGattPeer peer(kDevice, clock, &paired, fastOptions());
    peer.connect();
    CHECK(peer.connectionState() == ConnectionState::Failed);
    CHECK(peer.lastError() == BluetoothError::BluetoothOff);
    CHECK(userMessage(BluetoothError::BluetoothOff).contains(QStringLiteral("Turn it on")));
    // Automatic keeps Bluetooth when it is only off: that is for the user to fix.
    DeviceLinkOptions options;
    options.clock = &clock;
    CHECK(makeDeviceLink(options).kind == LinkKind::Bluetooth);

    fake.command(QStringLiteral("power 1"));
    REQUIRE(QTest::qWaitFor([&] { return peer.connectionState() == ConnectionState::Connected; },
                            kWaitMs));
}

TEST_CASE("a device out of range is reported as not found", "[bluetooth][errors]") {
    auto& fake = FakeBluez::instance();
    fake.reset(QStringLiteral("present=0"));
    MemoryPairedDeviceStore paired;
    BluetoothCentral central(paired, BluetoothCentral::Options{1s});
    QSignalSpy finished(&central, &BluetoothCentral::scanFinished);
    REQUIRE(central.startScan());
    REQUIRE(finished.wait(kWaitMs));
    CHECK(central.devices().isEmpty());

    platform::SystemClock clock;
    QtGattPeerOptions options = fastOptions();
    options.scanTimeout = 1s;
    QtGattPeer peer(kDevice, clock, &paired, options);
    QSignalSpy errors(&peer, &QtGattPeer::errorOccurred);
    peer.connect();
    REQUIRE(QTest::qWaitFor([&] { return peer.connectionState() == ConnectionState::Failed; },
                            kWaitMs));
    CHECK(peer.lastError() == BluetoothError::DeviceNotFound);
    REQUIRE(errors.count() == 1);
    CHECK(errors.front().at(1).toString().contains(QStringLiteral("not found")));
}
