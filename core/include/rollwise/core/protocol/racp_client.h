#pragma once

// The app side of a stored-record sync (docs/device-protocol.md, 6.5.5 - 6.5.6) as a pure,
// event-driven state machine. It never touches the link or the database: the caller feeds it
// what the device sends, writes the frames it asks for, persists the records it delivers and
// confirms them. Nothing is deleted on the device before the caller has confirmed it.
//
// States and transitions (RacpClient::state()):
//   Idle | Done | Aborted | Failed --start(L)-->     Counting   (writes "report number >= L+1")
//                                   --start(65535)--> Deleting  (nothing can follow 65535)
//   Counting  --count 0-->                  Deleting (L > 0: writes "delete <= L") | Done
//   Counting  --count n > 0-->              Reporting (writes "report >= L+1")
//   Reporting --Stored Record fragments-->  Reporting (delivers each reassembled record once)
//   Reporting --success / no records-->     AwaitingConfirmation (records not yet confirmed
//                                           or declined) | Deleting | Done
//   AwaitingConfirmation --last decision--> Deleting | Done
//   Deleting  --success / no records-->     Done
//   Counting | Reporting | Deleting --abort()-->            Aborting (writes Abort)
//   Counting | Reporting | Deleting --5 s of silence, or an indication that is malformed or
//                                     not the expected one-->  Aborting (the sync will fail)
//   AwaitingConfirmation --abort()-->       Aborted
//   Aborting  --Abort answered-->           Aborted (the caller asked) | Failed
//   Aborting  --3 s of silence-->           Failed, with a Disconnect action
//   any active --onLinkLost()-->            Failed (LinkLost)
//   any active --device response code other than success, or a write error--> Failed
//
// "L" is the highest record sequence such that it and every record delivered before it in
// this sync were confirmed. A record that was lost on the way (a discarded assembly), or that
// the caller declined, stops L for the rest of the sync, so a record the app has not stored
// can never be deleted. Records confirmed beyond that point are remembered and not delivered
// again when the device re-sends them; the caller's store keys records on (device, store id,
// sequence) as well, so a record is stored once even across app restarts.

#include <rollwise/core/clock.h>
#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/racp.h>
#include <rollwise/core/protocol/stored_record.h>
#include <rollwise/core/result.h>

#include <deque>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace rollwise::protocol {

enum class SyncState : std::uint8_t {
    Idle,
    Counting,
    Reporting,
    AwaitingConfirmation,
    Deleting,
    Aborting,
    Done,
    Aborted,
    Failed,
};

[[nodiscard]] std::string_view toString(SyncState state) noexcept;

enum class SyncFailure : std::uint8_t {
    None,
    LinkLost,
    Timeout,              // 6.5.6: no fragment or response for 5 s
    BadIndication,        // an indication that could not be parsed (section 10)
    UnexpectedIndication, // a valid indication that does not answer what is running
    DeviceRefused,        // a response code other than success (deviceCode() tells which)
    WriteFailed,          // the write itself failed (ATT error)
    Flooded,              // more than 50 rejected frames: disconnect (section 10)
};

[[nodiscard]] std::string_view toString(SyncFailure failure) noexcept;

// Write this frame, with response, to the Record Access Control Point.
struct SyncWrite {
    Bytes frame;
};
// A reassembled record: persist it (body and parsed record, or the raw body of a record
// that failed its checks, 6.5.5) keyed by (device, store id, sequence), then confirm() or
// decline() it.
struct SyncRecord {
    std::uint16_t sequence = 0;
    Bytes body;
    std::optional<StoredRecord> record; // set when the body passed every check
    std::optional<ProtocolError> error; // set when it did not
};
// Disconnect and back off (5.4).
struct SyncDisconnect {};
using SyncAction = std::variant<SyncWrite, SyncRecord, SyncDisconnect>;

// A record of this sync that never arrived whole (6.5.3): why, and which, when its fragments
// said. Consecutive rejected fragments with no record started in between are one loss.
struct RecordLoss {
    std::uint16_t sequence = 0; // 0: not known
    ErrorKind reason = ErrorKind::IncompleteRecord;
    friend bool operator==(const RecordLoss&, const RecordLoss&) = default;
};

enum class SyncErrorCode : std::uint8_t { WrongState, UnknownRecord, PendingDecisions };
struct SyncError {
    SyncErrorCode code = SyncErrorCode::WrongState;
    std::string message;
};

struct RacpTimeouts {
    std::chrono::milliseconds silence{5000};     // 6.5.6: then Abort
    std::chrono::milliseconds abortAnswer{3000}; // 6.5.6: then disconnect
};

class RacpClient {
public:
    // `clock` must outlive the client; only its monotonic time is used.
    explicit RacpClient(const Clock& clock, RacpTimeouts timeouts = {});

    // Starts (or resumes, after a failure) a sync. `lastPersisted` is L from the caller's
    // store for this device and store id, 0 for a store never seen. Refused while a procedure
    // runs or while delivered records still wait for confirm() / decline().
    Status<SyncError> start(std::uint16_t lastPersisted);

    // Everything the device sends: RACP indications and Stored Record notifications.
    void onIndication(ByteView racp);
    void onStoredRecord(ByteView fragment);
    // The link refused the last write, or reported an ATT error for it (e.g. 0xFE, 0xFD; 0 when
    // the write never left).
    void onWriteFailed(std::uint8_t attError = 0);
    void onLinkLost();

    // The caller committed this delivered record (one transaction with its L). Accepted in
    // any state, also after the link dropped, so L stays exact for the next start().
    Status<SyncError> confirm(std::uint16_t sequence);
    // The caller did not store this delivered record: L stops before it.
    Status<SyncError> decline(std::uint16_t sequence);
    // The user leaves, or a guided session is about to start (6.5.6).
    void abort();
    // Timers; call at least every second while a sync runs.
    void tick();

    [[nodiscard]] std::vector<SyncAction> takeActions();

    [[nodiscard]] SyncState state() const noexcept { return m_state; }
    [[nodiscard]] SyncFailure failure() const noexcept { return m_failure; }
    // The response code of a DeviceRefused failure.
    [[nodiscard]] std::optional<RacpResponseCode> deviceCode() const noexcept {
        return m_deviceCode;
    }
    // L: what to pass to the next start() if the caller's store agrees.
    [[nodiscard]] std::uint16_t lastPersisted() const noexcept { return m_last; }
    // The ATT error of a WriteFailed failure (0 when the write never left).
    [[nodiscard]] std::uint8_t attError() const noexcept { return m_attError; }
    // The count the device reported in this sync.
    [[nodiscard]] std::optional<std::uint16_t> reportedCount() const noexcept { return m_count; }
    [[nodiscard]] bool busy() const noexcept;
    // Indications and fragments rejected, context violations, duplicates skipped.
    [[nodiscard]] FrameCounters counters() const noexcept;
    // The records lost on the way in this sync (since start()).
    [[nodiscard]] const std::vector<RecordLoss>& losses() const noexcept { return m_losses; }

private:
    enum class Decision : std::uint8_t { Pending, Confirmed, Declined, Lost };
    struct Entry {
        std::uint16_t sequence = 0;
        Decision decision = Decision::Pending;
    };

    void write(const RacpRequest& request);
    void touch() noexcept;
    void beginDelete();
    void afterReport();
    void abortWith(SyncFailure failure);
    void fail(SyncFailure failure);
    void noteLoss(ErrorKind reason, std::optional<std::uint16_t> sequence);
    void advance();
    [[nodiscard]] bool pendingDecisions() const noexcept;
    void checkFlood();
    Status<SyncError> decide(std::uint16_t sequence, Decision decision);

    const Clock& m_clock;
    RacpTimeouts m_timeouts;
    SyncState m_state = SyncState::Idle;
    SyncFailure m_failure = SyncFailure::None;
    SyncFailure m_abortFailure = SyncFailure::None; // why Aborting, when not the caller
    std::optional<RacpResponseCode> m_deviceCode;
    std::uint8_t m_attError = 0;
    std::optional<std::uint16_t> m_count;
    std::uint16_t m_last = 0;
    std::vector<RecordLoss> m_losses;
    bool m_lossOpen = false;                  // a loss was noted and no record started since
    std::deque<Entry> m_ledger;               // delivered (or lost) records, in arrival order
    std::set<std::uint16_t> m_confirmedAbove; // confirmed, but beyond L
    RecordAssembler m_assembler;
    FrameCounters m_counters;
    std::chrono::steady_clock::duration m_lastActivity{};
    std::vector<SyncAction> m_actions;
};

} // namespace rollwise::protocol
