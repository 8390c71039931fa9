// The RACP client (6.5.5 - 6.5.6): scripted against the bytes of 9.8, then against the
// simulated devices with dropped links, repeated and corrupted records, gaps in the record
// numbers and delayed confirmations. The store below persists each record and L in one step,
// as the encrypted store will.
#include "harness.h"
#include "vectors.h"

#include <rollwise/core/protocol/racp_client.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <map>

using namespace rollwise;
using namespace rollwise::protocol;
using namespace rollwise::protocol::test;
using vectors::hex;

namespace {

Bytes body42() {
    Bytes body;
    for (const auto f : vectors::kRecord42Fragments) {
        const Bytes b = hex(f);
        body.insert(body.end(), b.begin() + 4, b.end());
    }
    return body;
}

StoredRecord recordNumbered(std::uint16_t sequence) {
    StoredRecord r = parseRecordBody(body42(), 42).value();
    r.sequence = sequence;
    return r;
}

std::vector<Bytes> fragmentsOf(std::uint16_t sequence) {
    return buildRecordFragments(sequence, buildRecordBody(recordNumbered(sequence)).value())
        .value();
}

std::vector<Bytes> writes(RacpClient& client, std::vector<SyncRecord>* delivered = nullptr,
                          bool* disconnect = nullptr) {
    std::vector<Bytes> out;
    for (auto& action : client.takeActions()) {
        if (auto* w = std::get_if<SyncWrite>(&action)) {
            out.push_back(w->frame);
        } else if (auto* r = std::get_if<SyncRecord>(&action)) {
            if (delivered != nullptr) {
                delivered->push_back(*r);
            }
        } else if (disconnect != nullptr) {
            *disconnect = true;
        }
    }
    return out;
}

void feed(RacpClient& client, const std::vector<Bytes>& fragments) {
    for (const auto& f : fragments) {
        client.onStoredRecord(f);
    }
}

} // namespace

TEST_CASE("RACP client: the whole sync of 9.8", "[protocol][racp-client]") {
    ManualClock clock;
    RacpClient client(clock);
    std::vector<SyncRecord> delivered;

    REQUIRE(client.start(41));
    CHECK(client.state() == SyncState::Counting);
    CHECK(writes(client) == std::vector<Bytes>{hex("04 03 01 2A 00")});
    client.onIndication(hex("05 00 03 00"));
    CHECK(client.reportedCount() == 3);
    CHECK(client.state() == SyncState::Reporting);
    CHECK(writes(client) == std::vector<Bytes>{hex("01 03 01 2A 00")});

    std::vector<Bytes> frags42;
    for (const auto f : vectors::kRecord42Fragments) {
        frags42.push_back(hex(f));
    }
    feed(client, frags42);
    CHECK(writes(client, &delivered).empty());
    REQUIRE(delivered.size() == 1);
    CHECK(delivered[0].sequence == 42);
    CHECK(delivered[0].body == body42());
    REQUIRE(delivered[0].record);
    CHECK(delivered[0].record->durationS == 95);
    REQUIRE(client.confirm(42));
    CHECK(client.lastPersisted() == 42);
    // Record 43: two fragments, then the link drops. Nothing is deleted.
    const auto frags43 = fragmentsOf(43);
    client.onStoredRecord(frags43[0]);
    client.onStoredRecord(frags43[1]);
    client.onLinkLost();
    CHECK(client.state() == SyncState::Failed);
    CHECK(client.failure() == SyncFailure::LinkLost);
    CHECK(writes(client, &delivered).empty());
    CHECK(delivered.size() == 1);
    CHECK(client.counters().count(ErrorKind::IncompleteRecord) == 1);

    // Next connection: resume from L + 1 = 43.
    REQUIRE(client.start(client.lastPersisted()));
    CHECK(writes(client) == std::vector<Bytes>{hex("04 03 01 2B 00")});
    client.onIndication(hex("05 00 02 00"));
    CHECK(writes(client) == std::vector<Bytes>{hex("01 03 01 2B 00")});
    feed(client, fragmentsOf(43));
    feed(client, fragmentsOf(44));
    client.onIndication(hex("06 00 01 01"));
    // Two records wait for the store; no delete before they are confirmed.
    CHECK(client.state() == SyncState::AwaitingConfirmation);
    CHECK(writes(client, &delivered).empty());
    REQUIRE(delivered.size() == 3);
    REQUIRE(client.confirm(43));
    CHECK(client.state() == SyncState::AwaitingConfirmation);
    REQUIRE(client.confirm(44));
    CHECK(client.state() == SyncState::Deleting);
    CHECK(writes(client) == std::vector<Bytes>{hex("02 02 01 2C 00")});
    client.onIndication(hex("06 00 02 01"));
    CHECK(client.state() == SyncState::Done);
    CHECK(client.lastPersisted() == 44);
    CHECK(client.counters().totalRejected() == 1); // the one incomplete record
}

TEST_CASE("RACP client: nothing new, a delete to repeat, and the edges of L",
          "[protocol][racp-client]") {
    ManualClock clock;
    RacpClient client(clock);
    SECTION("count 0 with L > 0 repeats the delete") {
        REQUIRE(client.start(44));
        (void)writes(client);
        client.onIndication(hex("05 00 00 00"));
        CHECK(writes(client) == std::vector<Bytes>{hex("02 02 01 2C 00")});
        client.onIndication(hex("06 00 02 06")); // already gone: fine
        CHECK(client.state() == SyncState::Done);
    }
    SECTION("count 0 on a new store: done, no delete") {
        REQUIRE(client.start(0));
        CHECK(writes(client) == std::vector<Bytes>{hex("04 03 01 01 00")});
        client.onIndication(hex("05 00 00 00"));
        CHECK(writes(client).empty());
        CHECK(client.state() == SyncState::Done);
    }
    SECTION("L = 65535 skips to the delete") {
        REQUIRE(client.start(0xFFFF));
        CHECK(writes(client) == std::vector<Bytes>{hex("02 02 01 FF FF")});
        CHECK(client.state() == SyncState::Deleting);
    }
    SECTION("report answers no records found") {
        REQUIRE(client.start(0));
        (void)writes(client);
        client.onIndication(hex("05 00 01 00"));
        (void)writes(client);
        client.onIndication(hex("06 00 01 06"));
        CHECK(client.state() == SyncState::Done);
    }
    SECTION("start refused while running") {
        REQUIRE(client.start(3));
        CHECK(client.start(3).error().code == SyncErrorCode::WrongState);
        CHECK(client.busy());
    }
}

TEST_CASE("RACP client: timeouts (6.5.6)", "[protocol][racp-client]") {
    ManualClock clock;
    RacpClient client(clock);
    REQUIRE(client.start(0));
    (void)writes(client);
    clock.advance(4900ms);
    client.tick();
    CHECK(client.state() == SyncState::Counting);
    clock.advance(100ms);
    client.tick();
    CHECK(client.state() == SyncState::Aborting);
    CHECK(writes(client) == std::vector<Bytes>{hex("03 00")});
    SECTION("no answer to the abort: disconnect") {
        clock.advance(2999ms);
        client.tick();
        bool disconnect = false;
        CHECK(writes(client, nullptr, &disconnect).empty());
        CHECK_FALSE(disconnect);
        clock.advance(1ms);
        client.tick();
        (void)writes(client, nullptr, &disconnect);
        CHECK(disconnect);
        CHECK(client.state() == SyncState::Failed);
        CHECK(client.failure() == SyncFailure::Timeout);
    }
    SECTION("the abort is answered: failed without a disconnect") {
        client.onIndication(hex("06 00 03 01"));
        CHECK(client.state() == SyncState::Failed);
        CHECK(client.failure() == SyncFailure::Timeout);
    }
    SECTION("fragments keep a report alive") {
        ManualClock c2;
        RacpClient reporting(c2);
        REQUIRE(reporting.start(41));
        reporting.onIndication(hex("05 00 03 00"));
        for (const auto& f : fragmentsOf(42)) {
            c2.advance(4000ms);
            reporting.onStoredRecord(f);
            reporting.tick();
        }
        CHECK(reporting.state() == SyncState::Reporting);
    }
}

TEST_CASE("RACP client: the user aborts", "[protocol][racp-client]") {
    ManualClock clock;
    RacpClient client(clock);
    std::vector<SyncRecord> delivered;
    REQUIRE(client.start(41));
    client.onIndication(hex("05 00 03 00"));
    feed(client, fragmentsOf(42));
    client.onStoredRecord(fragmentsOf(43)[0]);
    (void)writes(client, &delivered);
    REQUIRE(client.confirm(42));
    client.abort();
    CHECK(writes(client) == std::vector<Bytes>{hex("03 00")});
    // A fragment already on its way, and the report's own late answer, are ignored.
    client.onStoredRecord(fragmentsOf(43)[1]);
    client.onIndication(hex("06 00 01 01"));
    CHECK(client.state() == SyncState::Aborting);
    client.onIndication(hex("06 00 03 01"));
    CHECK(client.state() == SyncState::Aborted);
    CHECK(client.lastPersisted() == 42); // committed records stay committed
    CHECK(delivered.size() == 1);
    // Waiting for the store when the user leaves: aborted at once, nothing to tell the device.
    REQUIRE(client.start(42));
    client.onIndication(hex("05 00 01 00"));
    feed(client, fragmentsOf(43));
    client.onIndication(hex("06 00 01 01"));
    CHECK(client.state() == SyncState::AwaitingConfirmation);
    (void)writes(client);
    client.abort();
    CHECK(client.state() == SyncState::Aborted);
    CHECK(writes(client).empty());
    // The late confirmation still moves L, and a new sync needs every decision first.
    CHECK(client.start(42).error().code == SyncErrorCode::PendingDecisions);
    REQUIRE(client.confirm(43));
    CHECK(client.lastPersisted() == 43);
    CHECK(client.start(43));
}

TEST_CASE("RACP client: bad, unexpected and refusing indications", "[protocol][racp-client]") {
    ManualClock clock;
    RacpClient client(clock);
    REQUIRE(client.start(0));
    (void)writes(client);
    SECTION("malformed: abort, then failed") {
        client.onIndication(hex("05 00 03"));
        CHECK(client.state() == SyncState::Aborting);
        CHECK(writes(client) == std::vector<Bytes>{hex("03 00")});
        client.onIndication(hex("06 00 03 01"));
        CHECK(client.failure() == SyncFailure::BadIndication);
        CHECK(client.counters().count(ErrorKind::LengthMismatch) == 1);
    }
    SECTION("a valid answer to something else") {
        client.onIndication(hex("06 00 02 01"));
        CHECK(client.state() == SyncState::Aborting);
        client.onIndication(hex("06 00 03 01"));
        CHECK(client.failure() == SyncFailure::UnexpectedIndication);
    }
    SECTION("the device refuses") {
        client.onIndication(hex("06 00 04 04"));
        CHECK(client.state() == SyncState::Failed);
        CHECK(client.failure() == SyncFailure::DeviceRefused);
        CHECK(client.deviceCode() == RacpResponseCode::OperatorNotSupported);
    }
    SECTION("a reserved response code is read as procedure not completed") {
        client.onIndication(hex("05 00 01 00"));
        (void)writes(client);
        client.onIndication(hex("06 00 01 77"));
        CHECK(client.deviceCode() == RacpResponseCode::ProcedureNotCompleted);
        CHECK(client.counters().reservedFallback == 1);
    }
    SECTION("the write fails (ATT error)") {
        client.onWriteFailed(att::kProcedureAlreadyInProgress);
        CHECK(client.failure() == SyncFailure::WriteFailed);
        CHECK(client.attError() == att::kProcedureAlreadyInProgress);
    }
    SECTION("frames outside a procedure are counted and ignored") {
        client.onIndication(hex("05 00 00 00"));
        CHECK(client.state() == SyncState::Done);
        client.onIndication(hex("05 00 00 00"));
        client.onStoredRecord(fragmentsOf(42)[0]);
        CHECK(client.counters().contextViolations == 2);
        CHECK(client.state() == SyncState::Done);
    }
    SECTION("a flood disconnects") {
        client.onIndication(hex("05 00 01 00"));
        (void)writes(client);
        for (int i = 0; i < 60; ++i) {
            client.onStoredRecord(hex("00 00"));
        }
        bool disconnect = false;
        (void)writes(client, nullptr, &disconnect);
        CHECK(disconnect);
        CHECK(client.failure() == SyncFailure::Flooded);
    }
}

TEST_CASE("RACP client: a lost or declined record stops L", "[protocol][racp-client]") {
    ManualClock clock;
    RacpClient client(clock);
    std::vector<SyncRecord> delivered;
    SECTION("an assembly discarded between two good records") {
        REQUIRE(client.start(41));
        client.onIndication(hex("05 00 03 00"));
        feed(client, fragmentsOf(42));
        const auto f43 = fragmentsOf(43);
        client.onStoredRecord(f43[0]);
        client.onStoredRecord(f43[1]);
        feed(client, fragmentsOf(44)); // index 0 while 43 is open: 43 is lost
        client.onIndication(hex("06 00 01 01"));
        (void)writes(client, &delivered);
        REQUIRE(delivered.size() == 2);
        REQUIRE(client.confirm(42));
        REQUIRE(client.confirm(44));
        CHECK(client.lastPersisted() == 42); // never past the lost 43
        CHECK(writes(client) == std::vector<Bytes>{hex("02 02 01 2A 00")});
        client.onIndication(hex("06 00 02 01"));
        // The next sync: 43 and 44 come again; 44 is not delivered twice.
        delivered.clear();
        REQUIRE(client.start(client.lastPersisted()));
        CHECK(writes(client) == std::vector<Bytes>{hex("04 03 01 2B 00")});
        client.onIndication(hex("05 00 02 00"));
        (void)writes(client);
        feed(client, fragmentsOf(43));
        feed(client, fragmentsOf(44));
        client.onIndication(hex("06 00 01 01"));
        (void)writes(client, &delivered);
        REQUIRE(delivered.size() == 1);
        CHECK(delivered[0].sequence == 43);
        REQUIRE(client.confirm(43));
        CHECK(client.lastPersisted() == 44);
        CHECK(writes(client) == std::vector<Bytes>{hex("02 02 01 2C 00")});
        CHECK(client.counters().duplicate == 1);
    }
    SECTION("a record that fails its checks is delivered raw; declining it stops L") {
        REQUIRE(client.start(41));
        client.onIndication(hex("05 00 02 00"));
        Bytes bad = buildRecordBody(recordNumbered(42)).value();
        bad.back() ^= 0x01;
        feed(client, buildRecordFragments(42, bad).value());
        feed(client, fragmentsOf(43));
        client.onIndication(hex("06 00 01 01"));
        (void)writes(client, &delivered);
        REQUIRE(delivered.size() == 2);
        CHECK_FALSE(delivered[0].record);
        REQUIRE(delivered[0].error);
        CHECK(delivered[0].error->kind == ErrorKind::CrcMismatch);
        CHECK(delivered[0].body == bad);
        REQUIRE(client.decline(42));
        REQUIRE(client.confirm(43));
        CHECK(client.lastPersisted() == 41);
        CHECK(writes(client) == std::vector<Bytes>{hex("02 02 01 29 00")});
        CHECK(client.confirm(42).error().code == SyncErrorCode::UnknownRecord);
        CHECK(client.confirm(7).error().code == SyncErrorCode::UnknownRecord);
    }
    SECTION("after two failed syncs the caller stores it as unreadable and confirms") {
        REQUIRE(client.start(41));
        client.onIndication(hex("05 00 01 00"));
        Bytes bad = buildRecordBody(recordNumbered(42)).value();
        bad[6] = 0; // end reason 0
        feed(client, buildRecordFragments(42, bad).value());
        client.onIndication(hex("06 00 01 01"));
        (void)writes(client, &delivered);
        REQUIRE(delivered.size() == 1);
        CHECK(delivered[0].error->kind == ErrorKind::CrcMismatch);
        REQUIRE(client.confirm(42));
        CHECK(client.lastPersisted() == 42);
    }
}

// ---- Against the simulated devices -----------------------------------------------------------

namespace {

// The app side of a sync: the client, wired to the device, and a store that commits each record
// with its L in one step. It checks on every event that the device never lost a record the store
// does not hold.
class SyncRig {
public:
    explicit SyncRig(Harness& h)
        : m_h(h)
        , m_client(h.clock) {
        m_h.handler = [this](const GattEvent& e) { onEvent(e); };
        m_h.onStep = [this] {
            m_client.tick();
            drain();
        };
    }

    void onEvent(const GattEvent& e) {
        if (e.kind == GattEvent::Kind::Indication &&
            e.characteristic == uuid::kRecordAccessControl) {
            m_client.onIndication(e.value);
        } else if (e.kind == GattEvent::Kind::Notification &&
                   e.characteristic == uuid::kStoredRecord) {
            m_client.onStoredRecord(e.value);
        } else if (e.kind == GattEvent::Kind::WriteDone &&
                   e.characteristic == uuid::kRecordAccessControl && e.attError != att::kSuccess) {
            m_client.onWriteFailed(e.attError);
        } else if (e.kind == GattEvent::Kind::StateChanged && e.state == LinkState::Disconnected) {
            m_client.onLinkLost();
        }
        drain();
        checkNothingLost();
    }

    void drain() {
        for (auto& action : m_client.takeActions()) {
            if (auto* w = std::get_if<SyncWrite>(&action)) {
                if (!m_h.device.write(uuid::kRecordAccessControl, w->frame,
                                      WriteMode::WithResponse)) {
                    m_client.onWriteFailed();
                }
            } else if (auto* r = std::get_if<SyncRecord>(&action)) {
                ++deliveries[r->sequence];
                if (r->record) {
                    held[r->sequence] = *r->record;
                }
                if (r->record || storeUnreadable) {
                    if (confirmAtOnce) {
                        commit(r->sequence);
                    } else {
                        pending.push_back(r->sequence);
                    }
                } else {
                    ++unreadable;
                    REQUIRE(m_client.decline(r->sequence));
                }
            } else {
                ++disconnects;
                m_h.device.disconnect();
            }
        }
    }

    void commit(std::uint16_t sequence) {
        REQUIRE(m_client.confirm(sequence));
        committed.insert(sequence);
        last = m_client.lastPersisted(); // the same transaction
    }

    void commitPending() {
        for (const auto s : std::exchange(pending, {})) {
            commit(s);
        }
        drain();
    }

    // Every record the device no longer holds is in the store.
    void checkNothingLost() {
        for (const auto s : everOnDevice) {
            if (!m_h.device.records().contains(s)) {
                REQUIRE(committed.contains(s));
            }
        }
    }

    // One connection: connect, enable, sync until the client stops or time runs out.
    SyncState syncOnce(std::chrono::milliseconds limit = 60'000ms) {
        for (const auto& [s, r] : m_h.device.records()) {
            everOnDevice.insert(s);
        }
        if (m_h.device.state() != LinkState::Connected) {
            REQUIRE(m_h.connect());
        }
        REQUIRE(m_h.subscribe(uuid::kStoredRecord) == att::kSuccess);
        REQUIRE(m_h.subscribe(uuid::kRecordAccessControl) == att::kSuccess);
        REQUIRE(m_client.start(last));
        drain();
        for (std::chrono::milliseconds t{0}; t < limit && m_client.busy(); t += 10ms) {
            if (m_client.state() == SyncState::AwaitingConfirmation && !confirmAtOnce) {
                commitPending();
            }
            m_h.advance(10ms);
        }
        const SyncState state = m_client.state();
        if (m_h.device.state() != LinkState::Disconnected) {
            m_h.device.disconnect(); // 5.3: never hold the link for nothing
            m_h.pump();
        }
        return state;
    }

    RacpClient& client() { return m_client; }

    std::map<std::uint16_t, int> deliveries;
    std::map<std::uint16_t, StoredRecord> held;
    std::set<std::uint16_t> committed;
    std::set<std::uint16_t> everOnDevice;
    std::vector<std::uint16_t> pending;
    std::uint16_t last = 0;
    bool confirmAtOnce = true;
    bool storeUnreadable = false;
    int unreadable = 0;
    int disconnects = 0;

private:
    Harness& m_h;
    RacpClient m_client;
};

// `count` offline sessions of `passes` passes each; every third id is burnt by a session
// without a pass, so the record numbers have gaps.
void recordSessions(Harness& h, int count, int passes = 3) {
    for (int i = 0; i < count; ++i) {
        if (i % 3 == 2) {
            h.device.pressButton();
            h.device.pressButton();
        }
        h.device.pressButton();
        for (int p = 0; p < passes; ++p) {
            PassMotion m;
            m.direction = static_cast<StrokeDirection>(1 + p % 4);
            m.duration = std::chrono::milliseconds(1500 + 100 * i);
            REQUIRE(h.device.performPass(m));
            h.advance(m.duration + 500ms, 100ms);
        }
        h.device.pressButton();
        h.pump();
    }
}

} // namespace

TEST_CASE("RACP client with a device: every record exactly once across dropped links",
          "[protocol][racp-client][sim]") {
    const auto family =
        GENERATE(DeviceFamily::SmartRoller, DeviceFamily::Pen, DeviceFamily::HomeTool);
    CAPTURE(toString(family));
    Harness h(family);
    recordSessions(h, 12);
    REQUIRE(h.device.records().size() == 12);
    const auto onDevice = h.device.records();
    SyncRig rig(h);
    // Each connection drops after a few more fragments than the last.
    int attempts = 0;
    for (int drop : {3, 7, 1, 12, 0, 25}) {
        h.device.misbehave().dropLinkAfterFragments = drop;
        const auto state = rig.syncOnce();
        CHECK(state == SyncState::Failed);
        CHECK(rig.client().failure() == SyncFailure::LinkLost);
        ++attempts;
    }
    h.device.misbehave().dropLinkAfterFragments = -1;
    CHECK(rig.syncOnce() == SyncState::Done);
    CHECK(h.device.records().empty());
    // Every record arrived, was stored once and equals what the device held.
    REQUIRE(rig.held.size() == onDevice.size());
    for (const auto& [s, r] : onDevice) {
        CAPTURE(s);
        CHECK(rig.deliveries[s] == 1);
        CHECK(rig.held[s] == r);
    }
    CHECK(rig.last == onDevice.rbegin()->first);
    CHECK(attempts == 6);
    // A sync with nothing new repeats the delete and ends.
    CHECK(rig.syncOnce() == SyncState::Done);
}

TEST_CASE("RACP client with a device: repeated, corrupted and truncated records",
          "[protocol][racp-client][sim]") {
    Harness h(DeviceFamily::SmartRoller);
    recordSessions(h, 6);
    const auto onDevice = h.device.records();
    SyncRig rig(h);
    SECTION("a record sent twice is delivered once") {
        h.device.misbehave().repeatRecords = 2;
        std::size_t repeated = 0;
        for (auto it = onDevice.begin(); it != std::next(onDevice.begin(), 2); ++it) {
            repeated +=
                buildRecordFragments(it->first, buildRecordBody(it->second).value()).value().size();
        }
        CHECK(rig.syncOnce() == SyncState::Done);
        for (const auto& [s, r] : onDevice) {
            CHECK(rig.deliveries[s] == 1);
        }
        CHECK(rig.client().counters().count(ErrorKind::InconsistentFragment) == repeated);
        CHECK(h.device.records().empty());
    }
    SECTION("a corrupted record is kept on the device until it arrives whole") {
        h.device.misbehave().corruptRecords = 1; // the first record
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(rig.unreadable == 1);
        // Nothing could be deleted: the first record was declined.
        CHECK(h.device.records().size() == onDevice.size());
        CHECK(rig.last == 0);
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(h.device.records().empty());
        CHECK(rig.held.size() == onDevice.size());
        // Records after the bad one were stored in the first sync, not delivered again.
        for (const auto& [s, r] : onDevice) {
            CHECK(rig.deliveries[s] == 1 + (s == onDevice.begin()->first ? 1 : 0));
        }
    }
    SECTION("a record that never reads is stored raw after two syncs") {
        h.device.misbehave().corruptRecords = 2;
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(rig.unreadable == 2);
        rig.storeUnreadable = true; // 6.5.5: the app keeps the raw body and moves on
        h.device.misbehave().corruptRecords = 1;
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(h.device.records().empty());
        CHECK(rig.committed.size() == onDevice.size());
    }
    SECTION("truncated fragments lose a record; the next sync brings it") {
        h.device.misbehave().truncatedFragments = 1;
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(h.device.records().size() == onDevice.size()); // the first one was lost
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(h.device.records().empty());
        for (const auto& [s, r] : onDevice) {
            CHECK(rig.deliveries[s] == 1);
        }
    }
}

TEST_CASE("RACP client with a device: confirmation later than the transfer",
          "[protocol][racp-client][sim]") {
    Harness h(DeviceFamily::Pen);
    recordSessions(h, 4);
    const auto count = h.device.records().size();
    SyncRig rig(h);
    rig.confirmAtOnce = false;
    SECTION("the link drops before the store confirms: nothing deleted, L exact") {
        h.device.misbehave().dropLinkAfterFragments = 9;
        CHECK(rig.syncOnce() == SyncState::Failed);
        CHECK(h.device.records().size() == count);
        REQUIRE_FALSE(rig.pending.empty());
        rig.commitPending(); // the transaction finishes after the link is gone
        CHECK(rig.client().lastPersisted() == *rig.committed.rbegin());
        CHECK(rig.last == rig.client().lastPersisted());
        h.device.misbehave().dropLinkAfterFragments = -1;
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(h.device.records().empty());
        for (const auto& [s, n] : rig.deliveries) {
            CHECK(n == 1);
        }
    }
    SECTION("the delete waits for the store") {
        CHECK(rig.syncOnce() == SyncState::Done);
        CHECK(h.device.records().empty());
        CHECK(rig.committed.size() == count);
    }
}

TEST_CASE("RACP client with a device: a silent device times out", "[protocol][racp-client][sim]") {
    Harness h(DeviceFamily::HomeTool);
    recordSessions(h, 2);
    SyncRig rig(h);
    h.device.misbehave().silentRacp = true;
    CHECK(rig.syncOnce(20'000ms) == SyncState::Failed);
    CHECK(rig.client().failure() == SyncFailure::Timeout);
    CHECK(rig.disconnects == 1); // no answer to the Abort either: the client hangs up
    CHECK(h.device.records().size() == 2);
    h.device.misbehave().silentRacp = false;
    CHECK(rig.syncOnce() == SyncState::Done);
    CHECK(h.device.records().empty());
}

TEST_CASE("RACP client with a device: a refused write fails the sync",
          "[protocol][racp-client][sim]") {
    Harness h(DeviceFamily::SmartRoller);
    recordSessions(h, 1);
    RacpClient client(h.clock);
    h.handler = [&](const GattEvent& e) {
        if (e.kind == GattEvent::Kind::WriteDone && e.attError != att::kSuccess) {
            client.onWriteFailed(e.attError);
        }
    };
    REQUIRE(h.connect());
    REQUIRE(h.subscribe(uuid::kRecordAccessControl) == att::kSuccess); // Stored Record is not
    REQUIRE(client.start(0));
    for (auto& action : client.takeActions()) {
        const auto& w = std::get<SyncWrite>(action);
        REQUIRE(h.device.write(uuid::kRecordAccessControl, w.frame, WriteMode::WithResponse));
    }
    h.pump();
    CHECK(client.state() == SyncState::Failed);
    CHECK(client.failure() == SyncFailure::WriteFailed);
    CHECK(client.attError() == att::kCccdImproperlyConfigured);
    CHECK(h.device.records().size() == 1);
}
