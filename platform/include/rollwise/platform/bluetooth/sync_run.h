#pragma once

// One sync of one device, on demand (docs/bluetooth.md, "Connect on demand"): connect, let
// DeviceSync copy the stored records into the journal, then let the link go. The app's
// DeviceManager and `rollwise-cli devices sync` both run their syncs through this class.
//
// While it runs, a dropped link is left to the peer: a QtGattPeer reconnects with back-off to a
// paired device, and DeviceSync resumes where the journal left off; after `maxReconnects`
// drops, or when the peer gives up (an error that needs the user), the run fails. cancel()
// stops the transfer (what was committed stays committed; the next run resumes).
//
// States: idle --start()--> running --> finished(outcome); cancel() finishes at once
// (Cancelled). A finished run may be started again.

#ifndef Q_MOC_RUN
#include <rollwise/core/sync.h>
#endif
#include <rollwise/platform/bluetooth/errors.h>

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <string>

namespace rollwise::platform::bluetooth {

enum class SyncOutcome : std::uint8_t {
    None,      // not finished (or never started)
    Complete,  // every record the device reported is in the journal
    Partial,   // up to date, but fewer records were kept than the device reported
    Cancelled, // cancel()
    Failed,    // problem() or linkError() says why
};

struct SyncRunOptions {
    int maxReconnects = 5;                       // link drops one run survives
    std::chrono::milliseconds tickInterval{250}; // DeviceSync::tick()
    bool keepLink = false;                       // true: the link stays up afterwards
};

// The uid a Bluetooth device's records are kept under in the journal (DeviceSync's
// deviceUid): the same for the app and rollwise-cli, so either resumes where the other stopped.
[[nodiscard]] std::string bluetoothSyncUid(const QString& deviceId);

class SyncRun final : public QObject, public SyncObserver, public protocol::GattEventSink {
    Q_OBJECT

public:
    // Becomes `sync`'s observer and forward sink, chaining to those set here with
    // setObserver()/setForward(). `peer` and `sync` must outlive the run.
    SyncRun(protocol::GattPeer& peer, DeviceSync& sync, SyncRunOptions options = {},
            QObject* parent = nullptr);
    ~SyncRun() override;

    void setObserver(SyncObserver* observer) noexcept { m_observer = observer; }
    void setForward(protocol::GattEventSink* sink) noexcept { m_forward = sink; }
    void setKeepLink(bool keep) noexcept { m_options.keepLink = keep; }

    // Connects when the link is down (DeviceSync syncs on connecting), syncs now otherwise.
    void start();
    void cancel();

    [[nodiscard]] bool running() const noexcept { return m_running; }
    [[nodiscard]] SyncOutcome outcome() const noexcept { return m_outcome; }
    [[nodiscard]] SyncProblem problem() const noexcept { return m_problem; }
    [[nodiscard]] BluetoothError linkError() const noexcept { return m_linkError; }
    // Records committed in this run, of `total()` (-1 while the device has not said).
    [[nodiscard]] int done() const noexcept { return m_done; }
    [[nodiscard]] int total() const noexcept { return m_total; }
    [[nodiscard]] int newlyStored() const noexcept { return m_stored; }
    // Records the device sent that the journal did not keep (unreadable, or refused).
    [[nodiscard]] int declined() const noexcept { return m_declinedBase + m_declinedNow; }
    [[nodiscard]] int reconnects() const noexcept { return m_reconnects; }

    // ---- SyncObserver, GattEventSink (DeviceSync calls these) ----
    void onSyncPhase(SyncPhase phase, SyncProblem problem) override;
    void onSyncProgress(const SyncProgress& progress) override;
    void onRecordsCommitted(std::span<const CommittedRecord> records, int newlyStored) override;
    void onLiveEvents(std::span<const protocol::LiveEvent> events) override;
    void onLiveGap(std::uint16_t sessionId) override;
    void onLiveGapFilled(std::uint16_t sessionId) override;
    void onGattEvent(const protocol::GattEvent& event) override;

signals:
    void progressChanged();
    void finished(rollwise::platform::bluetooth::SyncOutcome outcome);

private:
    void finish(SyncOutcome outcome);
    void onPeerState(int state);

    protocol::GattPeer& m_peer;
    DeviceSync& m_sync;
    SyncRunOptions m_options;
    SyncObserver* m_observer = nullptr;
    protocol::GattEventSink* m_forward = nullptr;
    QTimer m_ticker;
    bool m_running = false;
    SyncOutcome m_outcome = SyncOutcome::None;
    SyncProblem m_problem = SyncProblem::None;
    BluetoothError m_linkError = BluetoothError::None;
    int m_done = 0;
    int m_total = -1;
    int m_stored = 0;
    int m_attemptBase = 0; // m_done when the current attempt began
    int m_declinedBase = 0;
    int m_declinedNow = 0;
    int m_reconnects = 0;
};

} // namespace rollwise::platform::bluetooth

Q_DECLARE_METATYPE(rollwise::platform::bluetooth::SyncOutcome)
