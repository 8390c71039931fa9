#pragma once

// Device sync (docs/device-sync.md): from a device's record store into the encrypted journal,
// without ever losing a record, and the watch on the live stream that fetches the stored copy
// of a session whose live events had gaps (docs/device-protocol.md, 6.5.5 - 6.5.8).
//
// DeviceSync drives one GattPeer (the Qt Bluetooth link or a simulated device) and one store.
// On every connection it reads Device Features and Head Identity, enables the notifications it
// needs (Stored Record, RACP, and Live Events when asked to), then runs RacpClient: every record
// the device delivers is committed to the store first, and only then confirmed, so the device
// deletes nothing the journal does not hold. A transfer cut short resumes at the next
// connection; records already held are never stored twice.
//
// The connection follows the document's order (5.3): Device Features (step 4), the Device
// Information strings that make the device's identity when none was given (step 5), Head
// Identity (step 7), then the notifications (step 8: Head Identity, Live Events, Stored Record,
// RACP, Battery Level) and the sync (step 9). Every notified characteristic counts what it
// rejects; more than 50 rejections on one connection (section 10) and DeviceSync lets the link
// go and fails with ProtocolError (flooded()); frames arriving until the link is down are
// dropped unread and counted. With no sync, no live session and no request for the idle
// interval (20 s, 5.3 step 11), DeviceSync lets the link go.
//
// Phases (DeviceSync::phase()) and their transitions:
//   Idle      --link Connected-->                         Preparing
//   Preparing --features read, notifications enabled-->   Syncing
//   Preparing --the device keeps no records (capacity 0)--> UpToDate
//   Preparing --features unreadable or unsupported, or a
//               notification refused-->                    Failed
//   Syncing   --every record committed and the committed
//               ones deleted on the device-->               UpToDate
//   Syncing   --the transfer ended, but some records the
//               device reported were not taken in-->        UpToDate with progress().keptBack > 0
//               (they stay on the device; the next sync asks for them again)
//   Syncing   --device error, timeout, store failure,
//               abort()-->                                  Failed
//   UpToDate | Failed --syncNow(), or the end of a live
//               session with gaps (link up)-->             Syncing
//   Failed    --syncNow() when preparation had failed-->   Preparing
//   Preparing | Syncing --link lost-->                     Failed (problem LinkLost)
//   Idle | UpToDate --link lost-->                         Idle
//   Failed    --link lost-->                               Failed (the problem is kept)
//   Failed | Idle --link Connected-->                      Preparing
// Each phase change is reported once to the observer, with the problem for Failed.

#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/gatt.h>
#include <rollwise/core/protocol/racp_client.h>
#include <rollwise/core/protocol/sequence.h>
#include <rollwise/core/protocol/standard.h>
#include <rollwise/core/protocol/stored_record.h>
#include <rollwise/core/result.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

enum class SyncPhase : std::uint8_t { Idle, Preparing, Syncing, UpToDate, Failed };

[[nodiscard]] std::string_view toString(SyncPhase phase) noexcept;

// Why a sync is in Failed. None otherwise.
enum class SyncProblem : std::uint8_t {
    None,
    LinkLost,            // the link dropped during preparation or transfer
    NotPaired,           // the device answered "insufficient authentication / encryption"
    FeaturesUnreadable,  // Device Features could not be read or failed its checks
    UnsupportedDevice,   // protocol major other than 1 (section 7)
    NotificationRefused, // a Stored Record, RACP or Live Events CCCD write failed
    StoreFailed,         // the journal could not commit; nothing was confirmed
    DeviceRefused,       // a RACP response code other than success
    Timeout,             // the device went silent (6.5.6)
    ProtocolError,       // malformed or unexpected indications, or a flood of bad frames
    WriteFailed,         // a RACP write failed at the ATT level
    Aborted,             // abort() was called
};

// A stable key; app/text's ErrorText::sync says what happened and what to do.
[[nodiscard]] std::string_view toString(SyncProblem problem) noexcept;

// Where the records of one device record store go: (device uid, store id) (6.5.1, 6.5.5).
// The journal keys device records by (device, sequence); putting the store id in the device
// part keeps a factory-reset store (numbering from 1 again) apart from the one before it.
[[nodiscard]] std::string deviceRecordKey(std::string_view deviceUid, std::uint32_t storeId);

// What DeviceSync needs from the journal. DatabaseSyncStore is the real one; tests wrap it to
// make commits fail.
class SyncStore {
public:
    virtual ~SyncStore() = default;
    // L for this store key: the highest sequence such that every record up to it that the
    // device still holds was committed. 0 for a store never seen.
    [[nodiscard]] virtual Result<std::uint16_t, DatabaseError>
    lastCommitted(std::string_view key) = 0;
    // Commits the records in one transaction; returns how many were new (records already held
    // are kept as they were).
    [[nodiscard]] virtual Result<int, DatabaseError>
    commit(std::span<const DeviceRecord> records) = 0;
    // Raises L for this key. Called only after the records up to it were committed.
    [[nodiscard]] virtual Status<DatabaseError> setLastCommitted(std::string_view key,
                                                                 std::uint16_t last) = 0;
};

// The journal as a SyncStore. Records go to DeviceRecordStore::store; L is kept as a setting,
// written after the records' own transaction, so a crash in between leaves L low (records
// fetched again and de-duplicated), never high. DeviceRecordStore::lastSequence alone
// cannot be L: it is the highest sequence held, which passes a record lost in the middle of
// a transfer (6.5.5), so it only caps the setting.
class DatabaseSyncStore final : public SyncStore {
public:
    DatabaseSyncStore(DeviceRecordStore& records, SettingsStore& settings)
        : m_records(records)
        , m_settings(settings) {}
    explicit DatabaseSyncStore(Database& db)
        : DatabaseSyncStore(db.deviceRecords(), db.settings()) {}
    [[nodiscard]] Result<std::uint16_t, DatabaseError> lastCommitted(std::string_view key) override;
    [[nodiscard]] Result<int, DatabaseError> commit(std::span<const DeviceRecord> records) override;
    [[nodiscard]] Status<DatabaseError> setLastCommitted(std::string_view key,
                                                         std::uint16_t last) override;
    // The setting that holds L for a store key.
    [[nodiscard]] static std::string settingKey(std::string_view key);

private:
    DeviceRecordStore& m_records;
    SettingsStore& m_settings;
};

// A record DeviceSync committed: the payload in the journal is the record body as received
// (CRC included), which parseRecordBody(payload, sequence) reads back.
struct CommittedRecord {
    std::uint16_t sequence = 0;
    std::optional<protocol::StoredRecord> record; // nullopt: stored raw as unreadable (6.5.5)
};

// A record the device reported in this attempt that is not a session in the journal after it,
// and why (docs/device-sync.md, "kept back").
struct KeptBackRecord {
    std::uint16_t sequence = 0; // 0: its fragments never said which record it was
    // Why: Oversized, LengthMismatch, TooShort, InconsistentFragment or IncompleteRecord (its
    // fragments), CrcMismatch or BadRecord (its body), or IncompleteRecord for a record the
    // device counted but never sent.
    protocol::ErrorKind reason = protocol::ErrorKind::IncompleteRecord;
    std::string_view field; // the field that broke a rule of 6.5.4, when known (static)
    bool storedRaw = false; // 6.5.5: failed its checks again, kept raw as unreadable
    friend bool operator==(const KeptBackRecord&, const KeptBackRecord&) = default;
};

struct SyncProgress {
    SyncPhase phase = SyncPhase::Idle;
    std::optional<std::uint16_t> reported; // records the device holds beyond L (this attempt)
    std::uint32_t received = 0;            // records delivered in this attempt
    std::uint32_t stored = 0;              // of which new in the journal
    std::uint32_t declined = 0;            // not committed (unreadable, or the store failed)
    std::uint16_t lastCommitted = 0;       // L
    // Once the transfer ended: how many of the `reported` records are not sessions in the
    // journal, and why, one entry per record (a record the device counted but never sent has
    // reason IncompleteRecord and sequence 0). 0 and empty for a whole sync.
    std::uint32_t keptBack = 0;
    std::vector<KeptBackRecord> keptBackRecords;
    // How many were kept back for this reason.
    [[nodiscard]] std::uint32_t keptBackFor(protocol::ErrorKind reason) const noexcept;
    friend bool operator==(const SyncProgress&, const SyncProgress&) = default;
};

// A frame DeviceSync rejected: what to log (never its bytes, 5.2).
struct FrameRejection {
    protocol::Uuid characteristic;
    protocol::FrameKind frame = protocol::FrameKind::LiveNotification;
    protocol::ErrorKind kind = protocol::ErrorKind::TooShort;
    std::size_t length = 0; // of the value that carried it
};

// Everything a DeviceSync reports. Calls come from inside DeviceSync::onGattEvent() or tick();
// an observer must not destroy the DeviceSync from a callback.
class SyncObserver {
public:
    virtual ~SyncObserver() = default;
    virtual void onSyncPhase(SyncPhase /*phase*/, SyncProblem /*problem*/) {}
    virtual void onSyncProgress(const SyncProgress& /*progress*/) {}
    // Records committed in one transaction; `newlyStored` of them were not held before.
    virtual void onRecordsCommitted(std::span<const CommittedRecord> /*records*/,
                                    int /*newlyStored*/) {}
    // Live events the receiver accepted, in order (only with DeviceSyncOptions::liveEvents).
    virtual void onLiveEvents(std::span<const protocol::LiveEvent> /*events*/) {}
    // The live stream of a session lost events (or the link dropped during it): its stored
    // record will be fetched when the session ends.
    virtual void onLiveGap(std::uint16_t /*sessionId*/) {}
    // The stored record of a session that had a live gap is in the journal now.
    virtual void onLiveGapFilled(std::uint16_t /*sessionId*/) {}
    // Head Identity was read or notified (a head inserted, removed or replaced, 6.2).
    virtual void onHeadChanged(const protocol::HeadIdentity& /*head*/) {}
    // Battery Level was notified (5.5).
    virtual void onBatteryLevel(std::uint8_t /*percent*/) {}
    // A frame was rejected (section 10); log it as kind and length, never its bytes.
    virtual void onFrameRejected(const FrameRejection& /*rejection*/) {}
};

struct DeviceSyncOptions {
    bool liveEvents = true;     // subscribe to Live Events, report them, watch for gaps
    std::size_t batchSize = 16; // records per transaction at most while a report streams
    int unreadableAfter = 2;    // 6.5.5: a record failing its checks in this many syncs
                                // is stored raw as unreadable
    protocol::RacpTimeouts timeouts;
    // 5.3 step 11: let the link go after this long with nothing to do; 0 keeps it.
    std::chrono::milliseconds idleDisconnect{20000};
};

enum class SyncRequestError : std::uint8_t { NotConnected, Busy, NotReady };
struct SyncRequestFailure {
    SyncRequestError code = SyncRequestError::NotConnected;
    std::string message;
};

class DeviceSync final : public protocol::GattEventSink {
public:
    // Becomes the peer's event sink (and leaves it on destruction); other listeners are
    // chained with setForward(). `peer`, `store` and `clock` must outlive this object.
    // `deviceUid` identifies the device (e.g. manufacturer/model/serial).
    DeviceSync(protocol::GattPeer& peer, SyncStore& store, std::string deviceUid,
               const Clock& clock, DeviceSyncOptions options = {});
    // The same over the journal (a DatabaseSyncStore is kept inside).
    DeviceSync(protocol::GattPeer& peer, Database& db, std::string deviceUid, const Clock& clock,
               DeviceSyncOptions options = {});
    // Without an identity: it is read while connecting (5.3 step 5, manufacturer/model/serial
    // from Device Information) unless setDeviceUid() gave one first.
    DeviceSync(protocol::GattPeer& peer, SyncStore& store, const Clock& clock,
               DeviceSyncOptions options = {});
    DeviceSync(protocol::GattPeer& peer, Database& db, const Clock& clock,
               DeviceSyncOptions options = {});
    DeviceSync(const DeviceSync&) = delete;
    DeviceSync& operator=(const DeviceSync&) = delete;
    ~DeviceSync() override;

    void setObserver(SyncObserver* observer) noexcept { m_observer = observer; }
    // Every event also goes here, after DeviceSync has handled it.
    void setForward(protocol::GattEventSink* sink) noexcept { m_forward = sink; }

    void onGattEvent(const protocol::GattEvent& event) override;
    // Timers (RACP silence, 6.5.6), and the start when the link was already up at
    // construction. Call at least once a second.
    void tick();
    // Runs a sync now on the current link (the user asked). Refused without a link, while
    // preparing or syncing.
    Status<SyncRequestFailure> syncNow();
    // The user leaves or a guided session starts (6.5.6): stops the transfer; what was
    // committed stays committed.
    void abort();
    // The device's identity, when the caller learnt it (e.g. from the link's own reads). Takes
    // effect at the next Device Features read; empty: read it from the device.
    void setDeviceUid(std::string deviceUid) { m_deviceUid = std::move(deviceUid); }
    // A guided session runs on this link: no idle disconnect while it does (5.3 step 11).
    void setSessionActive(bool active) noexcept;

    [[nodiscard]] SyncPhase phase() const noexcept { return m_progress.phase; }
    [[nodiscard]] SyncProblem problem() const noexcept { return m_problem; }
    [[nodiscard]] const SyncProgress& progress() const noexcept { return m_progress; }
    [[nodiscard]] const std::optional<protocol::DeviceFeatures>& features() const noexcept {
        return m_features;
    }
    [[nodiscard]] const std::optional<protocol::HeadIdentity>& head() const noexcept {
        return m_head;
    }
    // The journal key of the current record store (deviceRecordKey), once features were read.
    [[nodiscard]] const std::string& storeKey() const noexcept { return m_storeKey; }
    [[nodiscard]] const std::string& deviceUid() const noexcept { return m_deviceUid; }
    // The RACP exchange's own state, for diagnostics.
    [[nodiscard]] protocol::SyncState racpState() const noexcept;
    // Live stream counters of this connection (rejections, duplicates, losses).
    [[nodiscard]] const protocol::FrameCounters& liveCounters() const noexcept {
        return m_live.counters();
    }
    // Everything rejected, duplicated, lost or dropped on this connection, across every
    // characteristic (section 10): what the device diagnostics show.
    [[nodiscard]] const protocol::FrameCounters& linkCounters() const noexcept {
        return m_linkCounters;
    }
    // This connection ended in a flood of rejected frames (section 10).
    [[nodiscard]] bool flooded() const noexcept { return m_flooded; }
    // The last Battery Level notified on this connection.
    [[nodiscard]] std::optional<std::uint8_t> battery() const noexcept { return m_battery; }
    // The link was let go for being idle (5.3 step 11), since the last connection.
    [[nodiscard]] bool idleDisconnected() const noexcept { return m_idleDisconnected; }
    // Sessions whose stored record is still awaited after a live gap.
    [[nodiscard]] const std::set<std::uint16_t>& pendingGapSessions() const noexcept {
        return m_gapSessions;
    }

private:
    enum class Step : std::uint8_t {
        None,
        Features,
        Manufacturer,
        Model,
        Serial,
        Head,
        HeadNotify,
        Live,
        StoredRecord,
        Racp,
        Battery,
    };
    struct Awaited {
        protocol::GattEvent::Kind kind = protocol::GattEvent::Kind::ReadDone;
        protocol::Uuid characteristic;
        Step step = Step::None;
    };
    struct Pending {
        std::uint16_t sequence = 0;
        protocol::Bytes body;
        std::optional<protocol::StoredRecord> record;
        std::optional<protocol::ProtocolError> error; // why it failed its checks
        bool failedChecks = false;
    };
    struct LiveSession {
        std::uint16_t id = 0;
        bool partial = false;
        bool reported = false; // onLiveGap sent
    };

    void linkUp();
    void linkDown();
    void request(Step step);
    void onCompletion(const protocol::GattEvent& event);
    void nextStep(Step done);
    void beginSync();
    void onLive(const protocol::GattEvent& event);
    void onHeadValue(const protocol::GattEvent& event);
    void onBatteryValue(const protocol::GattEvent& event);
    void countRejections(const protocol::FrameCounters& delta, const protocol::GattEvent& event,
                         protocol::FrameKind frame);
    void reject(const protocol::ProtocolError& error, const protocol::GattEvent& event);
    void checkFlood();
    void checkIdle();
    void finishKeptBack();
    void onIdentityRead(Step step, const protocol::GattEvent& event);
    void markPartial();
    void pump();
    void flush();
    [[nodiscard]] DeviceContext context() const;
    void afterRacp();
    void checkGapsFilled();
    void setPhase(SyncPhase phase, SyncProblem problem = SyncProblem::None);
    void progressChanged();
    void fail(SyncProblem problem);
    void init();

    protocol::GattPeer& m_peer;
    std::unique_ptr<SyncStore> m_ownedStore;
    SyncStore& m_store;
    std::string m_deviceUid;
    const Clock& m_clock;
    TimePoint m_wallMark{};    // the wall clock when this DeviceSync was made ...
    Seconds m_monotonicMark{}; // ... and the monotonic clock then
    DeviceSyncOptions m_options;
    SyncObserver* m_observer = nullptr;
    protocol::GattEventSink* m_forward = nullptr;

    SyncProgress m_progress;
    SyncProgress m_sentProgress; // what the observer last saw
    bool m_progressSent = false;
    SyncProblem m_problem = SyncProblem::None;
    SyncProblem m_abortReason = SyncProblem::None; // why DeviceSync stopped the RACP client
    std::optional<protocol::DeviceFeatures> m_features;
    std::optional<protocol::HeadIdentity> m_head;
    std::string m_storeKey;
    std::uint16_t m_persistedLast = 0; // L as the store holds it
    std::unique_ptr<protocol::RacpClient> m_racp;
    std::deque<Awaited> m_awaited;
    std::vector<Pending> m_batch;
    std::map<std::uint16_t, int> m_checkFailures; // per sequence, in separate syncs
    std::set<std::uint16_t> m_failedThisSync;
    bool m_syncAgain = false;
    bool m_pumping = false;
    bool m_connected = false;
    bool m_prepared = false;   // this connection's features and notifications are in place
    std::string m_identity[3]; // manufacturer, model, serial as read on this connection

    protocol::FrameCounters m_linkCounters; // this connection, every characteristic
    bool m_flooded = false;
    std::optional<std::uint8_t> m_battery;
    std::vector<KeptBackRecord> m_keptBack; // this attempt, records that failed their checks
    std::uint32_t m_duplicateMark = 0;      // the RACP client's duplicates when it started
    bool m_sessionActive = false;
    bool m_idleDisconnected = false;
    std::chrono::steady_clock::duration m_lastActivity{};

    protocol::LiveEventReceiver m_live;
    std::uint32_t m_lostSeen = 0;
    std::optional<LiveSession> m_liveSession;
    std::set<std::uint16_t> m_gapSessions;
};

} // namespace rollwise
