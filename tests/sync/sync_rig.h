#pragma once

// A test rig for DeviceSync: a simulated device on a manual clock, a real encrypted journal in
// a temporary folder, and an observer that records everything DeviceSync reports. The journal
// is read back with SQL, never through DeviceSync, so a test sees what is really stored.

#include "connection.h"
#include "temp_dir.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/protocol/simulator.h>
#include <rollwise/core/sync.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace rollwise::synctest {

using namespace std::chrono_literals;
using protocol::Bytes;

inline TimePoint at(const char* iso) {
    return *parseIso(iso);
}

inline DatabaseKey testKey() {
    return DatabaseKey::raw(*SecretKey::fromHex(std::string(64, 'c')));
}

// A valid stored record, distinct per sequence (duration and passes depend on it).
inline protocol::StoredRecord makeRecord(std::uint16_t sequence, int passes = 2) {
    using namespace protocol;
    StoredRecord r;
    r.sequence = sequence;
    r.endReason = EndReason::DeviceControl;
    r.startTime = *toTimestamp(at("2025-03-12T20:15:00Z")) + sequence * 3600u;
    // Long enough for every pass entry (6.5.4 check 6).
    r.durationS = static_cast<std::uint16_t>(60 + sequence % 200 + passes * 3);
    HeadId head;
    head.bytes = {0x3F, 0x8A, 0x10, 0x5C, 0xE2, 0x47, 0x9B, 0x01};
    r.headId = head;
    r.depthAtStart = 20;
    r.maxDepth = 20;
    r.passCount = static_cast<std::uint16_t>(passes);
    std::uint32_t contact = 0;
    for (int i = 0; i < passes; ++i) {
        StoredPass p;
        p.startTenths = static_cast<std::uint16_t>(20 + i * 30);
        p.pass.direction = i % 2 == 0 ? StrokeDirection::Horizontal : StrokeDirection::Vertical;
        p.pass.durationMs = static_cast<std::uint16_t>(2000 + i * 100);
        p.pass.distanceMm = 80;
        p.pass.speedMmPerS = 40;
        p.pass.meanPressureCn = 400;
        p.pass.peakPressureCn = static_cast<std::uint16_t>(500 + sequence % 100);
        p.pass.depth = 20;
        contact += p.pass.durationMs;
        r.passes.push_back(p);
        ++r.passesByDirection[i % 2];
    }
    r.contactTenths = static_cast<std::uint16_t>(contact / 100);
    r.peakPressureCn = static_cast<std::uint16_t>(500 + sequence % 100);
    return r;
}

inline Bytes bodyOf(const protocol::StoredRecord& record) {
    auto body = protocol::buildRecordBody(record);
    REQUIRE(body);
    return std::move(body).value();
}

// (sequence -> payload) of one store key, read with SQL.
inline std::map<std::int64_t, Bytes> journalRows(const Database& db, const std::string& key) {
    std::map<std::int64_t, Bytes> rows;
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(detail::rawHandle(db),
                               "SELECT sequence, payload FROM device_records WHERE device_uid = ?1",
                               -1, &statement, nullptr) == SQLITE_OK);
    sqlite3_bind_text(statement, 1, key.c_str(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement, 1));
        const int size = sqlite3_column_bytes(statement, 1);
        rows[sqlite3_column_int64(statement, 0)] = Bytes(data, data + size);
    }
    sqlite3_finalize(statement);
    return rows;
}

inline int journalRowCount(const Database& db) {
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(detail::rawHandle(db), "SELECT count(*) FROM device_records", -1,
                               &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const int n = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return n;
}

struct Recorder final : SyncObserver {
    std::vector<std::pair<SyncPhase, SyncProblem>> phases;
    std::vector<SyncProgress> progress;
    std::multiset<std::uint16_t> committed;
    int newlyStored = 0;
    int commits = 0;
    std::vector<protocol::LiveEvent> live;
    std::vector<std::uint16_t> gaps;
    std::vector<std::uint16_t> filled;

    void onSyncPhase(SyncPhase phase, SyncProblem problem) override {
        phases.emplace_back(phase, problem);
    }
    void onSyncProgress(const SyncProgress& p) override { progress.push_back(p); }
    void onRecordsCommitted(std::span<const CommittedRecord> records, int fresh) override {
        ++commits;
        newlyStored += fresh;
        for (const auto& r : records) {
            committed.insert(r.sequence);
        }
    }
    void onLiveEvents(std::span<const protocol::LiveEvent> events) override {
        live.insert(live.end(), events.begin(), events.end());
    }
    void onLiveGap(std::uint16_t id) override { gaps.push_back(id); }
    void onLiveGapFilled(std::uint16_t id) override { filled.push_back(id); }

    [[nodiscard]] std::vector<SyncPhase> phaseList() const {
        std::vector<SyncPhase> out;
        for (const auto& [p, problem] : phases) {
            out.push_back(p);
        }
        return out;
    }
};

// A store that fails chosen commits, in front of the real one.
class FailingStore final : public SyncStore {
public:
    explicit FailingStore(SyncStore& inner)
        : m_inner(inner) {}
    [[nodiscard]] Result<std::uint16_t, DatabaseError>
    lastCommitted(std::string_view key) override {
        return m_inner.lastCommitted(key);
    }
    [[nodiscard]] Result<int, DatabaseError>
    commit(std::span<const DeviceRecord> records) override {
        ++calls;
        if (failFrom > 0 && calls >= failFrom) {
            return Failure{DatabaseError{DatabaseErrorCode::DiskFull, "Disk full (test)."}};
        }
        return m_inner.commit(records);
    }
    [[nodiscard]] Status<DatabaseError> setLastCommitted(std::string_view key,
                                                         std::uint16_t last) override {
        return m_inner.setLastCommitted(key, last);
    }
    int calls = 0;
    int failFrom = 0; // 0: never; n: the n-th commit and every one after it fail

private:
    SyncStore& m_inner;
};

class Rig {
public:
    explicit Rig(DeviceFamily family = DeviceFamily::SmartRoller, DeviceSyncOptions options = {})
        : Rig(protocol::SimProfile::forFamily(family), options) {}
    explicit Rig(protocol::SimProfile profile, DeviceSyncOptions options = {})
        : clock(at("2025-03-14T09:00:00Z"))
        , device(std::move(profile), clock)
        , db(openDb())
        , store(db)
        , sync(std::make_unique<DeviceSync>(device, store, "Rollwise Sim/RW-R540/R540-0001", clock,
                                            options)) {
        sync->setObserver(&recorder);
    }

    Database openDb() {
        auto opened = Database::open(dir.file("journal.db"), testKey());
        REQUIRE(opened);
        return std::move(opened).value();
    }

    // A new DeviceSync on the same journal and device: the app was restarted.
    void restartApp(SyncStore* over = nullptr, DeviceSyncOptions options = {}) {
        sync.reset();
        sync = std::make_unique<DeviceSync>(device, over != nullptr ? *over : store,
                                            "Rollwise Sim/RW-R540/R540-0001", clock, options);
        sync->setObserver(&recorder);
    }

    void step(std::chrono::milliseconds by = 10ms) {
        clock.advance(by);
        device.pump();
        sync->tick();
        if (onStep) {
            onStep();
        }
    }
    void run(std::chrono::milliseconds total, std::chrono::milliseconds by = 10ms) {
        for (std::chrono::milliseconds done{0}; done < total; done += by) {
            step(by);
        }
    }
    // Runs until `done` holds, at most `limit` of device time. True if it held.
    bool runUntil(const std::function<bool()>& done, std::chrono::milliseconds limit = 60s) {
        for (std::chrono::milliseconds t{0}; t < limit; t += 10ms) {
            if (done()) {
                return true;
            }
            step();
        }
        return done();
    }
    bool connectAndSettle(std::chrono::milliseconds limit = 60s) {
        device.connect();
        return runUntil(
            [&] {
                const auto p = sync->phase();
                return device.state() == protocol::LinkState::Connected &&
                       (p == SyncPhase::UpToDate || p == SyncPhase::Failed);
            },
            limit);
    }

    // An offline session with `passes` passes, made by the user on the device.
    std::uint16_t offlineSession(int passes) {
        const auto before = device.records();
        device.pressButton();
        for (int i = 0; i < passes; ++i) {
            protocol::PassMotion motion;
            motion.duration = 1500ms;
            motion.direction = i % 2 == 0 ? protocol::StrokeDirection::Horizontal
                                          : protocol::StrokeDirection::Vertical;
            REQUIRE(device.performPass(motion));
            run(1700ms, 50ms);
        }
        device.pressButton();
        run(50ms);
        for (const auto& [sequence, record] : device.records()) {
            if (!before.contains(sequence)) {
                return sequence;
            }
        }
        FAIL("the session was not stored");
        return 0;
    }

    [[nodiscard]] std::string key() const {
        return deviceRecordKey("Rollwise Sim/RW-R540/R540-0001", device.storeId());
    }
    [[nodiscard]] std::map<std::int64_t, Bytes> rows() const { return journalRows(db, key()); }

    test::TempDir dir;
    ManualClock clock;
    protocol::SimulatedDevice device;
    Database db;
    DatabaseSyncStore store;
    Recorder recorder;
    std::unique_ptr<DeviceSync> sync;
    std::function<void()> onStep;
};

} // namespace rollwise::synctest
