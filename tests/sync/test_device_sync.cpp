// DeviceSync against the simulated devices and a real encrypted journal: full syncs, links
// dropped at every fragment, failing and read-only journals, corrupt, repeated and sparse
// records, store resets, and live sessions whose gaps are filled from the device's log.
#include "sync_rig.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <set>

using namespace rollwise;
using namespace rollwise::synctest;
using protocol::LinkState;

namespace {

// The device's records before a sync, as the bodies that must arrive.
std::map<std::int64_t, Bytes> expectedBodies(const protocol::SimulatedDevice& device) {
    std::map<std::int64_t, Bytes> out;
    for (const auto& [sequence, record] : device.records()) {
        out[sequence] = bodyOf(record);
    }
    return out;
}

// The safety rule, checked after every step: a record gone from the device is in the journal.
void requireNothingLost(const protocol::SimulatedDevice& device, const Database& db,
                        const std::string& key, const std::set<std::uint16_t>& original) {
    const auto rows = journalRows(db, key);
    for (const auto sequence : original) {
        if (!device.records().contains(sequence)) {
            INFO("record " << sequence << " left the device");
            REQUIRE(rows.contains(sequence));
        }
    }
}

std::set<std::uint16_t> sequencesOf(const protocol::SimulatedDevice& device) {
    std::set<std::uint16_t> out;
    for (const auto& [sequence, record] : device.records()) {
        out.insert(sequence);
    }
    return out;
}

std::size_t fragmentCount(const protocol::SimulatedDevice& device) {
    std::size_t n = 0;
    for (const auto& [sequence, record] : device.records()) {
        n += (bodyOf(record).size() + 15) / 16;
    }
    return n;
}

} // namespace

TEST_CASE("a full sync commits every record and then deletes them on the device", "[sync]") {
    Rig rig;
    rig.offlineSession(3);
    rig.offlineSession(1);
    for (std::uint16_t s = 10; s < 14; ++s) {
        rig.device.injectRecord(makeRecord(s, 1 + s % 4));
    }
    const auto expected = expectedBodies(rig.device);
    REQUIRE(expected.size() == 6);

    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.sync->problem() == SyncProblem::None);
    CHECK(rig.recorder.phaseList() ==
          std::vector{SyncPhase::Preparing, SyncPhase::Syncing, SyncPhase::UpToDate});

    // Every record, byte for byte, under (device, store id); none left on the device.
    CHECK(rig.rows() == expected);
    CHECK(rig.device.records().empty());
    CHECK(rig.recorder.newlyStored == 6);
    CHECK(rig.sync->progress().stored == 6);
    CHECK(rig.sync->progress().received == 6);
    CHECK(rig.sync->progress().reported == std::optional<std::uint16_t>(6));
    CHECK(rig.sync->progress().lastCommitted == 13);
    CHECK(rig.sync->storeKey() == "Rollwise Sim/RW-R540/R540-0001#5a17c3e1");
    // What it read on the way.
    REQUIRE(rig.sync->features());
    CHECK(rig.sync->features()->storeId == 0x5A17C3E1);
    REQUIRE(rig.sync->head());
    CHECK(rig.sync->head()->needleLength == 20);
    // L is kept in the journal, and every committed payload reads back as its record.
    auto setting = rig.db.settings().get(DatabaseSyncStore::settingKey(rig.key()));
    REQUIRE(setting);
    CHECK(setting.value() == std::optional<std::string>("13"));
    for (const auto& [sequence, payload] : rig.rows()) {
        auto parsed = protocol::parseRecordBody(payload, static_cast<std::uint16_t>(sequence));
        REQUIRE(parsed);
        CHECK(bodyOf(parsed.value()) == payload);
    }

    SECTION("the next connection finds nothing new and stores nothing twice") {
        rig.device.disconnect();
        rig.run(100ms);
        CHECK(rig.sync->phase() == SyncPhase::Idle);
        rig.recorder.phases.clear();
        REQUIRE(rig.connectAndSettle());
        CHECK(rig.recorder.phaseList() ==
              std::vector{SyncPhase::Preparing, SyncPhase::Syncing, SyncPhase::UpToDate});
        CHECK(rig.sync->progress().received == 0);
        CHECK(journalRowCount(rig.db) == 6);
    }
    SECTION("a session made later is the only one fetched") {
        const auto later = rig.offlineSession(2);
        CHECK(later == 14); // numbering goes on after the injected 13
        rig.run(200ms);
        CHECK(rig.sync->phase() == SyncPhase::UpToDate); // nothing runs by itself
        REQUIRE(rig.sync->syncNow());
        REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
        CHECK(rig.sync->progress().received == 1);
        CHECK(rig.rows().size() == 7);
        CHECK(rig.device.records().empty());
    }
}

TEST_CASE("a link dropped at any fragment loses nothing and doubles nothing", "[sync][drops]") {
    // Records with gaps in their numbers, some long (many fragments).
    const auto build = [](Rig& rig) {
        for (const std::uint16_t s : {3, 4, 7, 8, 12, 40}) {
            rig.device.injectRecord(makeRecord(s, s == 7 ? 30 : 1 + s % 3));
        }
    };
    std::size_t total = 0;
    {
        Rig probe;
        build(probe);
        total = fragmentCount(probe.device);
    }
    REQUIRE(total > 40);
    const auto dropAt = GENERATE_COPY(range<std::size_t>(0, total + 1));
    const auto secondDrop = GENERATE(-1, 3);
    CAPTURE(dropAt, secondDrop);

    DeviceSyncOptions options;
    options.batchSize = 2; // several transactions per report, so drops fall between them too
    Rig rig(DeviceFamily::SmartRoller, options);
    build(rig);
    const auto expected = expectedBodies(rig.device);
    const auto original = sequencesOf(rig.device);
    rig.onStep = [&] { requireNothingLost(rig.device, rig.db, rig.key(), original); };

    rig.device.misbehave().dropLinkAfterFragments = static_cast<int>(dropAt);
    int connections = 0;
    while (connections < 6 && !rig.device.records().empty()) {
        ++connections;
        if (connections == 2 && secondDrop >= 0) {
            rig.device.misbehave().dropLinkAfterFragments = secondDrop; // the resume drops too
        }
        rig.device.connect();
        REQUIRE(rig.runUntil([&] {
            return rig.device.state() == LinkState::Disconnected ||
                   rig.sync->phase() == SyncPhase::UpToDate;
        }));
        requireNothingLost(rig.device, rig.db, rig.key(), original);
        if (rig.sync->phase() == SyncPhase::UpToDate) {
            break;
        }
        CHECK(rig.sync->phase() == SyncPhase::Failed);
        CHECK(rig.sync->problem() == SyncProblem::LinkLost);
    }
    REQUIRE(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.device.records().empty());
    CHECK(rig.rows() == expected);
    // Exactly once: the journal added each record one time over all connections.
    CHECK(rig.recorder.newlyStored == static_cast<int>(expected.size()));
}

TEST_CASE("an interrupted sync resumes after an app restart without doubling records",
          "[sync][drops]") {
    Rig rig;
    for (std::uint16_t s = 1; s <= 5; ++s) {
        rig.device.injectRecord(makeRecord(s));
    }
    const auto expected = expectedBodies(rig.device);
    rig.device.misbehave().dropLinkAfterFragments = 12; // 5 fragments each: inside the 3rd
    rig.device.connect();
    REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::Failed; }));
    CHECK(rig.sync->problem() == SyncProblem::LinkLost);
    const auto partial = rig.rows();
    CHECK(partial.size() == 2);
    CHECK(rig.device.records().size() == 5); // the delete never ran

    rig.restartApp();
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.sync->progress().received == 3); // resumed after L = 2
    CHECK(rig.rows() == expected);
    CHECK(rig.device.records().empty());
    CHECK(rig.recorder.newlyStored == 5);
}

TEST_CASE("a failed commit never leads to a deletion", "[sync][store]") {
    DeviceSyncOptions options;
    options.batchSize = 1;
    Rig rig(DeviceFamily::SmartRoller, options);
    for (std::uint16_t s = 1; s <= 6; ++s) {
        rig.device.injectRecord(makeRecord(s));
    }
    const auto expected = expectedBodies(rig.device);
    const auto original = sequencesOf(rig.device);
    rig.onStep = [&] { requireNothingLost(rig.device, rig.db, rig.key(), original); };

    FailingStore failing(rig.store);
    failing.failFrom = GENERATE(1, 2, 4, 6);
    CAPTURE(failing.failFrom);
    rig.restartApp(&failing, options);
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::Failed);
    CHECK(rig.sync->problem() == SyncProblem::StoreFailed);
    const auto stored = rig.rows();
    CHECK(stored.size() == static_cast<std::size_t>(failing.failFrom - 1));
    // The device still holds every record the journal lacks; and the ones the journal holds
    // were not deleted either, since the sync stopped before its delete.
    CHECK(rig.device.records().size() == 6);
    CHECK(rig.sync->progress().declined >= 1);

    // The disk has room again: the next connection brings the rest.
    rig.device.disconnect();
    rig.run(50ms);
    failing.failFrom = 0;
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.rows() == expected);
    CHECK(rig.device.records().empty());
}

TEST_CASE("a read-only journal keeps every record on the device", "[sync][store]") {
    Rig rig;
    for (std::uint16_t s = 1; s <= 3; ++s) {
        rig.device.injectRecord(makeRecord(s));
    }
    const auto path = rig.db.path();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto ro = Database::open(path, testKey(), readOnly);
    REQUIRE(ro);
    DatabaseSyncStore roStore(ro.value());
    rig.restartApp(&roStore);
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::Failed);
    CHECK(rig.sync->problem() == SyncProblem::StoreFailed);
    CHECK(rig.device.records().size() == 3);
    CHECK(rig.sync->progress().declined == 3);
    CHECK(journalRowCount(rig.db) == 0);
    rig.sync.reset();
}

TEST_CASE("a record failing its checks is declined and then kept raw after two syncs",
          "[sync][records]") {
    Rig rig;
    for (std::uint16_t s = 1; s <= 4; ++s) {
        rig.device.injectRecord(makeRecord(s));
    }
    const auto expected = expectedBodies(rig.device);

    SECTION("corrupt once: asked again, then committed") {
        rig.device.misbehave().corruptRecords = 1; // record 1 arrives with a broken CRC
        REQUIRE(rig.connectAndSettle());
        CHECK(rig.sync->phase() == SyncPhase::UpToDate);
        // 2 - 4 were committed, but L stopped before 1, so the device deleted nothing.
        CHECK(rig.rows().size() == 3);
        CHECK(!rig.rows().contains(1));
        CHECK(rig.device.records().size() == 4);
        CHECK(rig.sync->progress().lastCommitted == 0);

        REQUIRE(rig.sync->syncNow());
        REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
        CHECK(rig.rows() == expected);
        CHECK(rig.device.records().empty());
        CHECK(rig.recorder.newlyStored == 4); // 2 - 4 were not stored again
    }
    SECTION("corrupt in two syncs: stored raw as unreadable, the store moves on") {
        rig.device.misbehave().corruptRecords = 1;
        REQUIRE(rig.connectAndSettle());
        rig.device.misbehave().corruptRecords = 1;
        REQUIRE(rig.sync->syncNow());
        REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
        const auto rows = rig.rows();
        REQUIRE(rows.size() == 4);
        // The raw body is kept as received: it still fails its CRC when read back.
        auto reread = protocol::parseRecordBody(rows.at(1), 1);
        REQUIRE(!reread);
        CHECK(reread.error().kind == protocol::ErrorKind::CrcMismatch);
        CHECK(rig.device.records().empty());
    }
}

TEST_CASE("repeated records and sparse numbers", "[sync][records]") {
    Rig rig;
    const std::vector<std::uint16_t> sparse = {2, 5, 6, 40, 41, 1000, 65000};
    for (const auto s : sparse) {
        rig.device.injectRecord(makeRecord(s));
    }
    const auto expected = expectedBodies(rig.device);
    rig.device.misbehave().repeatRecords = 4; // the first four are sent twice in a row
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.rows() == expected);
    CHECK(rig.recorder.newlyStored == static_cast<int>(sparse.size()));
    CHECK(rig.recorder.committed.size() == sparse.size()); // each handed to the journal once
    CHECK(rig.device.records().empty());
    CHECK(rig.sync->progress().lastCommitted == 65000);
}

TEST_CASE("a record cut short is fetched again; those after it are not stored twice",
          "[sync][records]") {
    Rig rig;
    for (std::uint16_t s = 1; s <= 4; ++s) {
        rig.device.injectRecord(makeRecord(s));
    }
    const auto expected = expectedBodies(rig.device);
    rig.device.misbehave().truncatedFragments = 1; // record 1 loses a byte of its 1st fragment
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.rows().size() == 3);
    CHECK(rig.sync->progress().lastCommitted == 0); // L stops before the lost record
    CHECK(rig.device.records().size() == 4);        // so nothing was deleted

    REQUIRE(rig.sync->syncNow());
    REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
    CHECK(rig.rows() == expected);
    CHECK(rig.device.records().empty());
    // 2 - 4 came again from the device but were not handed to the journal a second time.
    CHECK(rig.recorder.committed == std::multiset<std::uint16_t>{1, 2, 3, 4});
    CHECK(rig.recorder.newlyStored == 4);
}

TEST_CASE("a new record store is kept apart from the old one", "[sync][records]") {
    Rig rig;
    rig.device.injectRecord(makeRecord(1));
    rig.device.injectRecord(makeRecord(0xFFFF)); // numbering exhausted (6.5.1)
    const std::string oldKey = rig.key();
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    // Emptied at 0xFFFF, the device picked a new store id and numbers from 1 again.
    CHECK(rig.key() != oldKey);
    rig.device.disconnect();
    rig.run(50ms);
    const auto first = rig.offlineSession(2);
    CHECK(first == 1);
    const auto expectedNew = expectedBodies(rig.device);
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.sync->storeKey() == rig.key());
    CHECK(journalRows(rig.db, oldKey).size() == 2);
    CHECK(rig.rows() == expectedNew); // record 1 of the new store was not taken for the old one
    CHECK(journalRowCount(rig.db) == 3);
}

TEST_CASE("an unpaired device refuses; after pairing the sync runs", "[sync]") {
    Rig rig;
    rig.device.injectRecord(makeRecord(1));
    rig.device.setBonded(false);
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::Failed);
    CHECK(rig.sync->problem() == SyncProblem::NotPaired);
    CHECK(rig.device.records().size() == 1);

    rig.device.setBonded(true);
    REQUIRE(rig.sync->syncNow());
    REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
    CHECK(rig.rows().size() == 1);
    CHECK(rig.device.records().empty());
}

TEST_CASE("a silent device times out; an abort keeps what was committed", "[sync]") {
    Rig rig;
    for (std::uint16_t s = 1; s <= 8; ++s) {
        rig.device.injectRecord(makeRecord(s, 20));
    }
    SECTION("timeout") {
        rig.device.misbehave().silentRacp = true;
        rig.device.connect();
        REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::Failed; }, 30s));
        CHECK(rig.sync->problem() == SyncProblem::Timeout);
        CHECK(rig.device.records().size() == 8);
    }
    SECTION("abort") {
        rig.device.connect();
        REQUIRE(rig.runUntil([&] { return rig.sync->progress().received >= 2; }));
        rig.sync->abort();
        REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::Failed; }));
        CHECK(rig.sync->problem() == SyncProblem::Aborted);
        const auto held = rig.rows().size();
        CHECK(held >= 2);
        CHECK(rig.device.records().size() == 8); // no delete after an abort
        // Later: the rest, and the delete.
        REQUIRE(rig.sync->syncNow());
        REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
        CHECK(rig.rows().size() == 8);
        CHECK(rig.device.records().empty());
    }
}

TEST_CASE("requests are refused when they cannot run", "[sync]") {
    Rig rig;
    auto refused = rig.sync->syncNow();
    REQUIRE(!refused);
    CHECK(refused.error().code == SyncRequestError::NotConnected);
    rig.device.injectRecord(makeRecord(1, 40));
    rig.device.connect();
    REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::Syncing; }));
    auto busy = rig.sync->syncNow();
    REQUIRE(!busy);
    CHECK(busy.error().code == SyncRequestError::Busy);
}

TEST_CASE("a link that was up before DeviceSync existed is picked up by tick()", "[sync]") {
    Rig rig;
    rig.device.injectRecord(makeRecord(1));
    rig.sync.reset();
    rig.device.setSink(nullptr);
    rig.device.connect();
    rig.device.pump();
    REQUIRE(rig.device.state() == LinkState::Connected);
    rig.restartApp();
    REQUIRE(rig.runUntil([&] { return rig.sync->phase() == SyncPhase::UpToDate; }));
    CHECK(rig.rows().size() == 1);
}

TEST_CASE("live events reach the observer; a gap is filled from the device's log", "[sync][live]") {
    Rig rig;
    REQUIRE(rig.connectAndSettle());
    REQUIRE(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(rig.device.subscribed(protocol::uuid::kLiveEvents));
    rig.recorder.live.clear();

    rig.device.pressButton();
    rig.run(100ms);
    protocol::PassMotion motion;
    motion.duration = 1000ms;
    REQUIRE(rig.device.performPass(motion));
    rig.run(1200ms);

    SECTION("events lost on the way") {
        rig.device.misbehave().skipSequence = 3; // three events never arrive
        REQUIRE(rig.device.performPass(motion));
        rig.run(1200ms);
        REQUIRE(rig.recorder.gaps.size() == 1);
        const auto id = rig.recorder.gaps.front();
        rig.device.pressButton(); // Session Ended: the stored record is fetched at once
        REQUIRE(rig.runUntil([&] { return !rig.recorder.filled.empty(); }, 10s));
        CHECK(rig.recorder.filled == std::vector<std::uint16_t>{id});
        CHECK(rig.sync->pendingGapSessions().empty());
        const auto rows = rig.rows();
        REQUIRE(rows.contains(id));
        const auto record = protocol::parseRecordBody(rows.at(id), id);
        REQUIRE(record);
        CHECK(record.value().passCount == 2);
        CHECK(record.value().has(protocol::recordflag::kLive));
        CHECK(rig.device.records().empty());
        CHECK(rig.sync->liveCounters().lost == 3);
    }
    SECTION("the link drops during the session") {
        rig.device.dropLink();
        rig.run(100ms);
        REQUIRE(rig.recorder.gaps.size() == 1);
        const auto id = rig.recorder.gaps.front();
        REQUIRE(rig.device.performPass(motion)); // goes on offline
        rig.run(1200ms);
        rig.device.pressButton();
        rig.run(100ms);
        REQUIRE(rig.connectAndSettle());
        CHECK(rig.recorder.filled == std::vector<std::uint16_t>{id});
        const auto record = protocol::parseRecordBody(rig.rows().at(id), id);
        REQUIRE(record);
        CHECK(record.value().passCount == 2);
    }
    SECTION("no gap: nothing is fetched before the next sync") {
        // Accepted events reached the observer, in order: Session Started, Pass Start, ...
        REQUIRE(!rig.recorder.live.empty());
        CHECK(rig.recorder.live.front().type() == protocol::EventType::SessionStarted);
        rig.device.pressButton();
        rig.run(500ms);
        CHECK(rig.recorder.gaps.empty());
        CHECK(rig.sync->pendingGapSessions().empty());
        CHECK(rig.device.records().size() == 1);
        CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    }
}

TEST_CASE("a device without record storage is up to date at once", "[sync]") {
    auto profile = protocol::SimProfile::homeTool();
    profile.features.recordCapacity = 0;
    Rig rig(profile);
    REQUIRE(rig.connectAndSettle());
    CHECK(rig.sync->phase() == SyncPhase::UpToDate);
    CHECK(!rig.device.subscribed(protocol::uuid::kRecordAccessControl));
    CHECK(rig.device.subscribed(protocol::uuid::kLiveEvents));
}

TEST_CASE("names of phases and problems", "[sync]") {
    CHECK(toString(SyncPhase::UpToDate) == "up-to-date");
    CHECK(toString(SyncProblem::LinkLost) == "link-lost");
    for (int p = 0; p <= static_cast<int>(SyncProblem::Aborted); ++p) {
        const auto problem = static_cast<SyncProblem>(p);
        CHECK(toString(problem) != (p == 0 ? "x" : "none"));
    }
    CHECK(deviceRecordKey("a/b/c", 0x1) == "a/b/c#00000001");
}
