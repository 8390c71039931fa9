// DeviceSync against a scripted link: answers no reference device gives (a newer protocol,
// unreadable features, refused notifications, device errors) and a link shared with other
// clients.
#include "sync_rig.h"

#include <rollwise/core/protocol/racp.h>

#include <catch2/catch_test_macros.hpp>

#include <deque>

using namespace rollwise;
using namespace rollwise::synctest;
using namespace rollwise::protocol;

namespace {

// Answers every request from a script; events are delivered by deliver(), never inside a
// request (the GattPeer contract).
class ScriptedPeer final : public GattPeer {
public:
    void setSink(GattEventSink* sink) override { m_sink = sink; }
    [[nodiscard]] LinkState state() const override { return m_state; }
    void connect() override { push(stateEvent(LinkState::Connected)); }
    void disconnect() override { push(stateEvent(LinkState::Disconnected)); }

    Status<GattError> read(const Uuid& c) override {
        GattEvent e;
        e.kind = GattEvent::Kind::ReadDone;
        e.characteristic = c;
        const auto it = reads.find(c);
        if (it != reads.end()) {
            e.value = it->second.first;
            e.attError = it->second.second;
        } else {
            e.attError = att::kReadNotPermitted;
        }
        push(e);
        return Done{};
    }
    Status<GattError> write(const Uuid& c, ByteView value, WriteMode) override {
        written.emplace_back(c, Bytes(value.begin(), value.end()));
        GattEvent e;
        e.kind = GattEvent::Kind::WriteDone;
        e.characteristic = c;
        push(e);
        if (onWrite) {
            onWrite(Bytes(value.begin(), value.end()));
        }
        return Done{};
    }
    Status<GattError> setNotifications(const Uuid& c, bool) override {
        GattEvent e;
        e.kind = GattEvent::Kind::SubscribeDone;
        e.characteristic = c;
        const auto it = cccdErrors.find(c);
        e.attError = it == cccdErrors.end() ? att::kSuccess : it->second;
        push(e);
        return Done{};
    }

    void push(GattEvent e) { m_queue.push_back(std::move(e)); }
    void indicate(const Uuid& c, Bytes value) {
        GattEvent e;
        e.kind = GattEvent::Kind::Indication;
        e.characteristic = c;
        e.value = std::move(value);
        push(e);
    }
    void deliver() {
        for (int i = 0; i < 1000 && !m_queue.empty(); ++i) {
            GattEvent e = std::move(m_queue.front());
            m_queue.pop_front();
            if (e.kind == GattEvent::Kind::StateChanged) {
                m_state = e.state;
            }
            if (m_sink != nullptr) {
                m_sink->onGattEvent(e);
            }
        }
    }

    std::map<Uuid, std::pair<Bytes, std::uint8_t>> reads;
    std::map<Uuid, std::uint8_t> cccdErrors;
    std::vector<std::pair<Uuid, Bytes>> written;
    std::function<void(const Bytes&)> onWrite;

private:
    static GattEvent stateEvent(LinkState s) {
        GattEvent e;
        e.state = s;
        return e;
    }
    GattEventSink* m_sink = nullptr;
    LinkState m_state = LinkState::Disconnected;
    std::deque<GattEvent> m_queue;
};

struct Forwarded final : GattEventSink {
    std::vector<GattEvent> events;
    void onGattEvent(const GattEvent& e) override { events.push_back(e); }
};

Bytes rollerFeatures() {
    return buildDeviceFeatures(SimProfile::smartRoller().features).value();
}

struct ScriptRig {
    ScriptRig() {
        auto opened = Database::open(dir.file("journal.db"), testKey());
        REQUIRE(opened);
        db.emplace(std::move(opened).value());
        store.emplace(*db);
        peer.reads[uuid::kDeviceFeatures] = {rollerFeatures(), att::kSuccess};
        peer.reads[uuid::kHeadIdentity] = {
            buildHeadIdentity(SimProfile::smartRoller().head).value(), att::kSuccess};
        sync.emplace(peer, *store, "dev", clock);
        sync->setObserver(&recorder);
    }
    test::TempDir dir;
    ManualClock clock{at("2025-03-14T09:00:00Z")};
    std::optional<Database> db;
    std::optional<DatabaseSyncStore> store;
    ScriptedPeer peer;
    Recorder recorder;
    std::optional<DeviceSync> sync;
};

} // namespace

TEST_CASE("Scripted link: features decide whether a sync can run", "[sync][scripted]") {
    ScriptRig rig;
    SECTION("a newer protocol major") {
        Bytes v = rollerFeatures();
        v[0] = 2;
        rig.peer.reads[uuid::kDeviceFeatures] = {v, att::kSuccess};
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->phase() == SyncPhase::Failed);
        CHECK(rig.sync->problem() == SyncProblem::UnsupportedDevice);
    }
    SECTION("a value that fails its checks") {
        rig.peer.reads[uuid::kDeviceFeatures] = {Bytes{0x01, 0x00, 0x01}, att::kSuccess};
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->problem() == SyncProblem::FeaturesUnreadable);
    }
    SECTION("insufficient encryption") {
        rig.peer.reads[uuid::kDeviceFeatures] = {Bytes{}, att::kInsufficientEncryption};
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->problem() == SyncProblem::NotPaired);
    }
    SECTION("another ATT error") {
        rig.peer.reads[uuid::kDeviceFeatures] = {Bytes{}, att::kReadNotPermitted};
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->problem() == SyncProblem::FeaturesUnreadable);
    }
    CHECK(rig.peer.written.empty()); // nothing was asked of the record store
}

TEST_CASE("Scripted link: notifications refused", "[sync][scripted]") {
    ScriptRig rig;
    SECTION("Stored Record refused: the sync cannot run") {
        rig.peer.cccdErrors[uuid::kStoredRecord] = att::kWriteNotPermitted;
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->problem() == SyncProblem::NotificationRefused);
        CHECK(rig.peer.written.empty());
    }
    SECTION("RACP refused for lack of a bond") {
        rig.peer.cccdErrors[uuid::kRecordAccessControl] = att::kInsufficientAuthentication;
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->problem() == SyncProblem::NotPaired);
    }
    SECTION("Live Events refused: the sync goes on without the live view") {
        rig.peer.cccdErrors[uuid::kLiveEvents] = att::kInsufficientAuthentication;
        rig.peer.connect();
        rig.peer.deliver();
        CHECK(rig.sync->phase() == SyncPhase::Syncing);
        REQUIRE(rig.peer.written.size() == 1);
        // "report number >= 1" (L = 0 for a store never seen)
        CHECK(rig.peer.written[0].second ==
              buildRacpRequest(RacpRequest::reportNumberFrom(1)).value());
    }
}

TEST_CASE("Scripted link: a device error stops the sync before any delete", "[sync][scripted]") {
    ScriptRig rig;
    rig.peer.onWrite = [&](const Bytes& frame) {
        if (frame[0] == static_cast<std::uint8_t>(RacpOpcode::ReportNumber)) {
            rig.peer.indicate(uuid::kRecordAccessControl,
                              buildRacpResponse(RacpResponse::number(2)).value());
        } else if (frame[0] == static_cast<std::uint8_t>(RacpOpcode::ReportRecords)) {
            rig.peer.indicate(
                uuid::kRecordAccessControl,
                buildRacpResponse(RacpResponse::result(RacpOpcode::ReportRecords,
                                                       RacpResponseCode::ProcedureNotCompleted))
                    .value());
        }
    };
    rig.peer.connect();
    rig.peer.deliver();
    CHECK(rig.sync->phase() == SyncPhase::Failed);
    CHECK(rig.sync->problem() == SyncProblem::DeviceRefused);
    for (const auto& [c, frame] : rig.peer.written) {
        CHECK(frame[0] != static_cast<std::uint8_t>(RacpOpcode::DeleteRecords));
    }
    CHECK(rig.sync->progress().reported == std::optional<std::uint16_t>(2));
}

TEST_CASE("Scripted link: a shared link", "[sync][scripted]") {
    ScriptRig rig;
    Forwarded forwarded;
    rig.sync->setForward(&forwarded);
    // Another client's read completes first: it is not taken for Device Features.
    GattEvent other;
    other.kind = GattEvent::Kind::ReadDone;
    other.characteristic = uuid::kBatteryLevel;
    other.value = {55};
    rig.peer.connect();
    rig.peer.push(other); // queued before DeviceSync's own read is answered
    rig.peer.deliver();
    CHECK(rig.sync->phase() == SyncPhase::Syncing);
    // Every event went on to the next listener, the stranger's too.
    const auto battery =
        std::find_if(forwarded.events.begin(), forwarded.events.end(),
                     [](const GattEvent& e) { return e.characteristic == uuid::kBatteryLevel; });
    CHECK(battery != forwarded.events.end());
    CHECK(forwarded.events.size() >= 6);
}
