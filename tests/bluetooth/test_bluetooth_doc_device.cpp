// A roller written from docs/device-protocol.md alone (tests/protocol/doc_device.h), served by
// the fake BlueZ (reset device=doc) instead of the simulator, found, paired and synced through
// the real Qt Bluetooth path into an encrypted journal by a DeviceSync that knows nothing of it
// beforehand: what a device maker's first firmware meets.
#include "../protocol/doc_device.h"
#include "bt_world.h"

#include <rollwise/platform/bluetooth/central.h>

#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::bttest;

TEST_CASE("a roller built from the document alone is found, paired and synced",
          "[bluetooth][doc-device]") {
    auto& fake = FakeBluez::instance();
    fake.reset(QStringLiteral("paired=0 pairing=accept device=doc"));
    for (int s = 1; s <= 3; ++s) {
        fake.sim(QStringLiteral("inject %1 %2").arg(s).arg(s));
    }
    MemoryPairedDeviceStore paired;
    BluetoothCentral central(paired, BluetoothCentral::Options{2s});
    QSignalSpy pairedSpy(&central, &BluetoothCentral::pairingFinished);
    REQUIRE(central.startScan());
    REQUIRE(QTest::qWaitFor([&] { return central.device(kDevice).has_value(); }, kWaitMs));
    central.pair(kDevice);
    REQUIRE(QTest::qWaitFor([&] { return pairedSpy.count() == 1; }, kWaitMs));
    REQUIRE(central.isBonded(kDevice));

    platform::SystemClock clock;
    QtGattPeer peer(kDevice, clock, &paired, fastOptions());
    peer.setDeviceInfo(central.device(kDevice)->info);
    test::TempDir dir;
    auto opened = Database::open(dir.file("journal.db"), synctest::testKey());
    REQUIRE(opened);
    Database db = std::move(opened).value();
    DeviceSync sync(peer, db, clock); // no identity: read while connecting
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { sync.tick(); });
    ticker.start(200);
    peer.connect();
    REQUIRE(QTest::qWaitFor(
        [&] { return sync.phase() == SyncPhase::UpToDate || sync.phase() == SyncPhase::Failed; },
        kWaitMs));
    REQUIRE(sync.phase() == SyncPhase::UpToDate);
    CHECK(sync.progress().keptBack == 0);

    // The link read what the document's device serves, and wrote its clock (major 1).
    CHECK(peer.information().manufacturer == QStringLiteral("Docfirm"));
    CHECK(peer.information().model == QStringLiteral("DR-1"));
    CHECK(peer.information().protocolMajor == std::optional<std::uint8_t>(1));
    CHECK(peer.information().timeWritten);
    CHECK(sync.deviceUid() == "Docfirm/DR-1/DR1-0042");
    CHECK(sync.storeKey() == "Docfirm/DR-1/DR1-0042#5eed0001");
    REQUIRE(sync.head());
    CHECK(sync.head()->needleCount == 540);

    // Every record in the journal byte for byte as the document's device built it, and gone
    // from the device only after that.
    const auto rows = synctest::journalRows(db, sync.storeKey());
    REQUIRE(rows.size() == 3);
    for (unsigned s = 1; s <= 3; ++s) {
        CHECK(rows.at(s) == doctest::sampleRecord(s, s).body());
    }
    CHECK(deviceRecords(fake).empty());
    ticker.stop();
}
