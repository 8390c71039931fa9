// One on-demand sync: connect, copy, let go.
#include "logging.h"

#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/bluetooth/sync_run.h>

#include <algorithm>

namespace rollwise::platform::bluetooth {

std::string bluetoothSyncUid(const QString& deviceId) {
    return "bluetooth-" + deviceId.toStdString();
}

SyncRun::SyncRun(protocol::GattPeer& peer, DeviceSync& sync, SyncRunOptions options,
                 QObject* parent)
    : QObject(parent)
    , m_peer(peer)
    , m_sync(sync)
    , m_options(options) {
    qRegisterMetaType<SyncOutcome>();
    m_sync.setObserver(this);
    m_sync.setForward(this);
    m_ticker.setInterval(m_options.tickInterval);
    QObject::connect(&m_ticker, &QTimer::timeout, this, [this] { m_sync.tick(); });
    // Only the Qt link reconnects by itself; its own states say when it gave up or retries.
    if (auto* qt = dynamic_cast<QtGattPeer*>(&m_peer)) {
        QObject::connect(qt, &QtGattPeer::connectionStateChanged, this,
                         [this](ConnectionState state) { onPeerState(static_cast<int>(state)); });
    }
}

SyncRun::~SyncRun() {
    m_sync.setObserver(m_observer);
    m_sync.setForward(m_forward);
}

void SyncRun::start() {
    if (m_running) {
        return;
    }
    m_running = true;
    m_outcome = SyncOutcome::None;
    m_problem = SyncProblem::None;
    m_linkError = BluetoothError::None;
    m_done = m_stored = m_attemptBase = m_declinedBase = m_declinedNow = m_reconnects = 0;
    m_total = -1;
    m_ticker.start();
    emit progressChanged();
    qCInfo(lcBluetooth) << "sync run started";
    if (m_peer.state() == protocol::LinkState::Connected) {
        if (auto started = m_sync.syncNow(); !started) {
            m_problem = SyncProblem::DeviceRefused;
            finish(SyncOutcome::Failed);
        }
        return;
    }
    m_peer.connect(); // DeviceSync syncs on every connection
}

void SyncRun::cancel() {
    if (!m_running) {
        return;
    }
    m_sync.abort();
    finish(SyncOutcome::Cancelled);
}

void SyncRun::finish(SyncOutcome outcome) {
    if (!m_running) {
        return;
    }
    m_running = false;
    m_outcome = outcome;
    m_ticker.stop();
    qCInfo(lcBluetooth) << "sync run over:" << static_cast<int>(outcome) << m_done << "of"
                        << m_total;
    if (!m_options.keepLink) {
        // On demand: nothing keeps the link up after the sync. From the event loop, as this
        // may run inside DeviceSync's own callback; not when a new run started meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_running && !m_options.keepLink) {
                    m_peer.disconnect();
                }
            },
            Qt::QueuedConnection);
    }
    emit progressChanged();
    emit finished(outcome);
}

void SyncRun::onPeerState(int value) {
    if (!m_running) {
        return;
    }
    const auto state = static_cast<ConnectionState>(value);
    auto* qt = dynamic_cast<QtGattPeer*>(&m_peer);
    if (state == ConnectionState::Failed) {
        m_linkError = qt ? qt->lastError() : BluetoothError::Unknown;
        m_problem = SyncProblem::LinkLost;
        finish(SyncOutcome::Failed);
    } else if (state == ConnectionState::WaitingToReconnect) {
        if (qt) {
            m_linkError = qt->lastError();
        }
        if (++m_reconnects > m_options.maxReconnects) {
            m_problem = SyncProblem::LinkLost;
            finish(SyncOutcome::Failed);
        }
    }
}

void SyncRun::onSyncPhase(SyncPhase phase, SyncProblem problem) {
    if (m_running) {
        switch (phase) {
        case SyncPhase::Syncing:
            m_attemptBase = m_done;
            m_declinedBase += m_declinedNow;
            m_declinedNow = 0;
            break;
        case SyncPhase::UpToDate: {
            const bool kept = m_total < 0 || m_done >= m_total;
            finish(kept && declined() == 0 ? SyncOutcome::Complete : SyncOutcome::Partial);
            break;
        }
        case SyncPhase::Failed:
            // A dropped link is the peer's to mend (see onPeerState); an abort is the end of a
            // cancelled run reported late; anything else ends this run.
            if (problem == SyncProblem::Aborted) {
                break;
            }
            if (problem != SyncProblem::LinkLost || dynamic_cast<QtGattPeer*>(&m_peer) == nullptr) {
                m_problem = problem;
                finish(SyncOutcome::Failed);
            }
            break;
        case SyncPhase::Idle:
        case SyncPhase::Preparing:
            break;
        }
    }
    if (m_observer) {
        m_observer->onSyncPhase(phase, problem);
    }
}

void SyncRun::onSyncProgress(const SyncProgress& progress) {
    if (m_running && progress.phase == SyncPhase::Syncing) {
        if (progress.reported) {
            m_total = m_attemptBase + static_cast<int>(*progress.reported);
        }
        m_declinedNow = static_cast<int>(progress.declined);
        emit progressChanged();
    }
    if (m_observer) {
        m_observer->onSyncProgress(progress);
    }
}

void SyncRun::onRecordsCommitted(std::span<const CommittedRecord> records, int newlyStored) {
    if (m_running) {
        m_done += static_cast<int>(records.size());
        if (m_total >= 0) {
            m_done = std::min(m_done, m_total); // a record fetched again is not counted twice
        }
        m_stored += newlyStored;
        emit progressChanged();
    }
    if (m_observer) {
        m_observer->onRecordsCommitted(records, newlyStored);
    }
}

void SyncRun::onLiveEvents(std::span<const protocol::LiveEvent> events) {
    if (m_observer) {
        m_observer->onLiveEvents(events);
    }
}

void SyncRun::onLiveGap(std::uint16_t sessionId) {
    if (m_observer) {
        m_observer->onLiveGap(sessionId);
    }
}

void SyncRun::onLiveGapFilled(std::uint16_t sessionId) {
    if (m_observer) {
        m_observer->onLiveGapFilled(sessionId);
    }
}

void SyncRun::onGattEvent(const protocol::GattEvent& event) {
    if (m_forward) {
        m_forward->onGattEvent(event);
    }
}

} // namespace rollwise::platform::bluetooth
