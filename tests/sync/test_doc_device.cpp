// DeviceSync against a device built from docs/device-protocol.md alone (doc_device.h): the
// document's connection order, a fresh store's first records byte for byte, kept-back records,
// the flood rule on every notified characteristic, Head Identity and Battery Level
// notifications, rejections reported as kind and length, and the idle disconnect.
#include "../protocol/doc_device.h"
#include "sync_rig.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace rollwise;
using namespace rollwise::synctest;
using doctest::DocDevice;
using doctest::DocRecord;
using doctest::chr::kBattery;
using doctest::chr::kHead;
using doctest::chr::kLive;

namespace {

DocRecord docRecord(unsigned sequence, unsigned passes = 2) {
    return doctest::sampleRecord(sequence, passes);
}

struct DocRig {
    explicit DocRig(DeviceSyncOptions options = {})
        : clock(at("2025-03-14T09:00:00Z"))
        , db(openDb())
        , store(db)
        , sync(device, store, clock, options) {
        sync.setObserver(&recorder);
    }
    Database openDb() {
        auto opened = Database::open(dir.file("journal.db"), testKey());
        REQUIRE(opened);
        return std::move(opened).value();
    }
    void settle() {
        for (int i = 0; i < 50; ++i) {
            device.pump();
            sync.tick();
        }
    }
    void advance(std::chrono::milliseconds by) {
        for (auto t = 0ms; t < by; t += 500ms) {
            clock.advance(500ms);
            settle();
        }
    }
    [[nodiscard]] std::string key() const {
        return deviceRecordKey("Docfirm/DR-1/DR1-0042", device.storeId);
    }

    test::TempDir dir;
    ManualClock clock;
    DocDevice device;
    Database db;
    DatabaseSyncStore store;
    Recorder recorder;
    DeviceSync sync;
};

struct Extra final : SyncObserver {
    Recorder& inner;
    std::vector<FrameRejection> rejections;
    std::vector<protocol::HeadIdentity> heads;
    std::vector<std::uint8_t> batteries;
    explicit Extra(Recorder& r)
        : inner(r) {}
    void onSyncPhase(SyncPhase p, SyncProblem q) override { inner.onSyncPhase(p, q); }
    void onSyncProgress(const SyncProgress& p) override { inner.onSyncProgress(p); }
    void onRecordsCommitted(std::span<const CommittedRecord> r, int n) override {
        inner.onRecordsCommitted(r, n);
    }
    void onFrameRejected(const FrameRejection& r) override { rejections.push_back(r); }
    void onHeadChanged(const protocol::HeadIdentity& h) override { heads.push_back(h); }
    void onBatteryLevel(std::uint8_t level) override { batteries.push_back(level); }
};

} // namespace

TEST_CASE("A document-built device syncs a fresh store's first records in the document's order",
          "[sync][doc-device]") {
    DocRig rig;
    for (unsigned s = 1; s <= 3; ++s) {
        rig.device.records[s] = docRecord(s, s);
    }
    const auto bodies = [&] {
        std::map<std::int64_t, Bytes> out;
        for (const auto& [s, r] : rig.device.records) {
            out[s] = r.body();
        }
        return out;
    }();
    rig.device.connect();
    rig.settle();

    REQUIRE(rig.sync.phase() == SyncPhase::UpToDate);
    CHECK(rig.sync.progress().keptBack == 0);
    // The identity came from the device while connecting (5.3 step 5), not from the caller.
    CHECK(rig.sync.deviceUid() == "Docfirm/DR-1/DR1-0042");
    // Every record in the journal exactly as the device built it, then deleted on the device.
    CHECK(journalRows(rig.db, rig.key()) == bodies);
    CHECK(rig.device.records.empty());
    // 5.3 steps 4 - 9 in order, and the RACP frames of 6.5.5 for L = 0.
    const std::vector<std::string> expected = {
        "read features",
        "read manufacturer",
        "read model",
        "read serial",
        "read head",
        "notify head",
        "notify live",
        "notify stored-record",
        "notify racp",
        "notify battery",
        "write racp 0403010100",
        "write racp 0103010100",
        "write racp 0202010300",
    };
    CHECK(rig.device.log == expected);
}

TEST_CASE("A sync that could not take every reported record says what was kept back and why",
          "[sync][doc-device][kept-back]") {
    DocRig rig;
    rig.device.records[1] = docRecord(1);
    rig.device.records[2] = docRecord(2, 3);
    rig.device.records[2].oversizedFragment = 1; // one fragment too large (6.5.3)
    rig.device.records[3] = docRecord(3);
    rig.device.records[3].depthAtStart = 0x03E8; // 10.00 mm: an impossible depth (section 3)
    rig.device.records[3].maxDepth = 0x03E8;
    rig.device.records[4] = docRecord(4);
    rig.device.connect();
    rig.settle();

    REQUIRE(rig.sync.phase() == SyncPhase::UpToDate);
    const auto& p = rig.sync.progress();
    CHECK(p.reported == std::optional<std::uint16_t>(4));
    CHECK(p.keptBack == 2);
    CHECK(p.keptBackFor(protocol::ErrorKind::Oversized) == 1);
    CHECK(p.keptBackFor(protocol::ErrorKind::BadRecord) == 1);
    const auto bad = std::find_if(p.keptBackRecords.begin(), p.keptBackRecords.end(),
                                  [](const auto& k) { return k.sequence == 3; });
    REQUIRE(bad != p.keptBackRecords.end());
    CHECK_FALSE(bad->field.empty());
    // Neither is stored; both stay on the device (L stopped at 1) to be asked for again.
    const auto rows = journalRows(rig.db, rig.key());
    CHECK(rows.size() == 2);
    CHECK(rows.contains(1));
    CHECK(rows.contains(4));
    CHECK(rig.device.records.contains(2));
    CHECK(rig.device.records.contains(3));
    CHECK_FALSE(rig.device.records.contains(1));
}

TEST_CASE("More than 50 rejected live events disconnect; the excess is dropped and counted",
          "[sync][doc-device][flood]") {
    DocRig rig;
    Extra extra(rig.recorder);
    rig.sync.setObserver(&extra);
    rig.device.connect();
    rig.settle();
    REQUIRE(rig.sync.phase() == SyncPhase::UpToDate);
    // Event type 0x00 is reserved (6.3.3): each is rejected, with a valid header. Sequence 0
    // was the Battery Level the device announced when Live Events were enabled (6.3.3).
    for (unsigned n = 1; n <= 80; ++n) {
        doctest::Bytes event{0x00, 0x02};
        doctest::le16(event, n);
        event.insert(event.end(), {0xFF, 0xFF, 0xFF, 0xAB, 0xCD});
        rig.device.notifyRaw(kLive, event);
    }
    rig.settle();

    CHECK(rig.sync.flooded());
    CHECK(rig.sync.phase() == SyncPhase::Failed);
    CHECK(rig.sync.problem() == SyncProblem::ProtocolError);
    CHECK(rig.device.state() == protocol::LinkState::Disconnected);
    const auto& c = rig.sync.linkCounters();
    CHECK(c.count(protocol::ErrorKind::Reserved) == protocol::kFloodLimit + 1);
    CHECK(c.dropped == 80 - (protocol::kFloodLimit + 1));
    // Each rejection reported as kind and length (what the log shows), never more.
    REQUIRE(extra.rejections.size() == protocol::kFloodLimit + 1);
    CHECK(extra.rejections.front().kind == protocol::ErrorKind::Reserved);
    CHECK(extra.rejections.front().length == 9);
}

TEST_CASE("Rejected Head Identity and Battery frames count toward the flood rule too",
          "[sync][doc-device][flood]") {
    DocRig rig;
    rig.device.connect();
    rig.settle();
    for (int n = 0; n < 30; ++n) {
        rig.device.notifyBattery(250); // 250 %: impossible (section 3)
        rig.device.notifyRaw(kHead, {0x01, 0x02});
    }
    rig.settle();
    CHECK(rig.sync.flooded());
    // Only the level announced when Live Events were enabled (6.3.3), never 250 %.
    CHECK(rig.sync.battery() == std::optional<std::uint8_t>(87));
    CHECK(rig.sync.linkCounters().count(protocol::ErrorKind::OutOfRange) >= 25);
    CHECK(rig.device.state() == protocol::LinkState::Disconnected);
}

TEST_CASE("A head changed while connected is seen, and Battery Level is followed",
          "[sync][doc-device][head]") {
    DocRig rig;
    Extra extra(rig.recorder);
    rig.sync.setObserver(&extra);
    rig.device.connect();
    rig.settle();
    REQUIRE(rig.device.notifying(kHead));
    REQUIRE(rig.device.notifying(kBattery));
    REQUIRE(extra.heads.size() == 1); // the read of 5.3 step 7

    rig.device.mountHead({1, 2, 3, 4, 5, 6, 7, 8}, 100, 192);
    rig.device.notifyBattery(64);
    rig.device.notifyBattery(250);
    rig.settle();

    REQUIRE(extra.heads.size() == 2);
    CHECK(extra.heads.back().needleLength == 100);
    CHECK(extra.heads.back().needleCount == 192);
    REQUIRE(rig.sync.head());
    CHECK(rig.sync.head()->id.bytes == std::array<std::uint8_t, 8>{1, 2, 3, 4, 5, 6, 7, 8});
    // 87 %: announced as a live event when Live Events were enabled (6.3.3); then 64 %.
    CHECK(extra.batteries == std::vector<std::uint8_t>{87, 64});
    CHECK(rig.sync.battery() == std::optional<std::uint8_t>(64));
    REQUIRE(extra.rejections.size() == 1);
    CHECK(extra.rejections[0].kind == protocol::ErrorKind::OutOfRange);
    CHECK(extra.rejections[0].length == 1);
}

TEST_CASE("An idle link is let go after 20 s, not during a guided session",
          "[sync][doc-device][idle]") {
    DocRig rig;
    rig.device.connect();
    rig.settle();
    REQUIRE(rig.sync.phase() == SyncPhase::UpToDate);

    rig.sync.setSessionActive(true);
    rig.advance(30s);
    CHECK(rig.device.state() == protocol::LinkState::Connected);

    rig.sync.setSessionActive(false);
    rig.advance(19s);
    CHECK(rig.device.state() == protocol::LinkState::Connected);
    rig.advance(2s);
    CHECK(rig.device.state() == protocol::LinkState::Disconnected);
    CHECK(rig.sync.idleDisconnected());
    CHECK(rig.sync.phase() == SyncPhase::Idle);
}

TEST_CASE("Without a bond the document's device refuses, and nothing is stored",
          "[sync][doc-device]") {
    DocRig rig;
    rig.device.bonded = false;
    rig.device.records[1] = docRecord(1);
    rig.device.connect();
    rig.settle();
    CHECK(rig.sync.phase() == SyncPhase::Failed);
    CHECK(rig.sync.problem() == SyncProblem::NotPaired);
    CHECK(journalRowCount(rig.db) == 0);
    CHECK(rig.device.records.size() == 1);
}
