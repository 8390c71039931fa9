// Device sync: the RACP transfer into the journal, loss-proof (docs/device-sync.md).
#include <rollwise/core/sync.h>

#include <algorithm>

namespace rollwise {

namespace uuid = protocol::uuid;

namespace {

[[nodiscard]] SyncProblem problemOf(protocol::SyncFailure failure) noexcept {
    switch (failure) {
    case protocol::SyncFailure::None:
        return SyncProblem::Aborted;
    case protocol::SyncFailure::LinkLost:
        return SyncProblem::LinkLost;
    case protocol::SyncFailure::Timeout:
        return SyncProblem::Timeout;
    case protocol::SyncFailure::BadIndication:
    case protocol::SyncFailure::UnexpectedIndication:
    case protocol::SyncFailure::Flooded:
        return SyncProblem::ProtocolError;
    case protocol::SyncFailure::DeviceRefused:
        return SyncProblem::DeviceRefused;
    case protocol::SyncFailure::WriteFailed:
        return SyncProblem::WriteFailed;
    }
    return SyncProblem::ProtocolError;
}

} // namespace

// ---- The transfer ----------------------------------------------------------------------------

void DeviceSync::beginSync() {
    if (!m_racp) {
        return;
    }
    auto last = m_store.lastCommitted(m_storeKey);
    if (!last) {
        fail(SyncProblem::StoreFailed);
        return;
    }
    m_persistedLast = last.value();
    m_abortReason = SyncProblem::None;
    m_failedThisSync.clear();
    m_progress.reported.reset();
    m_progress.received = 0;
    m_progress.stored = 0;
    m_progress.declined = 0;
    m_progress.keptBack = 0;
    m_progress.keptBackRecords.clear();
    m_keptBack.clear();
    m_duplicateMark = m_racp->counters().duplicate;
    m_progress.lastCommitted = m_persistedLast;
    if (!m_racp->start(m_persistedLast)) {
        // Busy or undecided records: only possible if a flush was skipped, which pump() never
        // does. Treat as a protocol fault rather than sending anything.
        fail(SyncProblem::ProtocolError);
        return;
    }
    setPhase(SyncPhase::Syncing);
    pump();
}

void DeviceSync::pump() {
    if (m_pumping || !m_racp) {
        return;
    }
    m_pumping = true;
    for (int round = 0; round < 1000; ++round) {
        auto actions = m_racp->takeActions();
        for (auto& action : actions) {
            if (auto* write = std::get_if<protocol::SyncWrite>(&action)) {
                auto status = m_peer.write(uuid::kRecordAccessControl, write->frame,
                                           protocol::WriteMode::WithResponse);
                if (!status) {
                    m_racp->onWriteFailed(0);
                }
            } else if (auto* record = std::get_if<protocol::SyncRecord>(&action)) {
                ++m_progress.received;
                Pending pending;
                pending.sequence = record->sequence;
                pending.body = std::move(record->body);
                pending.record = std::move(record->record);
                pending.error = std::move(record->error);
                pending.failedChecks = !pending.record.has_value();
                m_batch.push_back(std::move(pending));
            } else {
                m_peer.disconnect(); // 6.5.6: the device stopped answering an Abort
            }
        }
        // While a report streams, records are committed in batches; at its end (or when it
        // stops for any reason) everything delivered is decided at once, so the client can
        // move on to the delete.
        if (!m_batch.empty() && (m_batch.size() >= m_options.batchSize ||
                                 m_racp->state() != protocol::SyncState::Reporting)) {
            flush();
            continue;
        }
        if (actions.empty()) {
            break;
        }
    }
    m_pumping = false;
    afterRacp();
}

DeviceContext DeviceSync::context() const {
    DeviceContext c;
    if (m_features) {
        c.family = protocol::coreFamily(*m_features);
        if (c.family == DeviceFamily::PlainRoller) {
            c.family = DeviceFamily::SmartRoller; // it reports records, so it is not plain
        }
        c.maxDepthUm = static_cast<int>(m_features->depthMax) * 10;
    }
    if (m_head && m_head->present()) {
        c.headNeedleUm = static_cast<int>(m_head->needleLength) * 10;
        c.headNeedleCount = m_head->needleCount;
    }
    return c;
}

void DeviceSync::flush() {
    std::vector<Pending> batch = std::exchange(m_batch, {});
    // When it was synced, as Rollwise trusts time: a wall clock set back while this sync ran
    // does not make the records look older (the journal also holds the clock's high-water mark).
    const auto now =
        trustedTime(std::chrono::floor<Seconds>(m_clock.now()), std::nullopt,
                    MonotonicEvidence{m_wallMark, m_monotonicMark,
                                      std::chrono::floor<Seconds>(m_clock.monotonic())});
    std::vector<DeviceRecord> rows;
    std::vector<CommittedRecord> committed;
    std::vector<std::uint16_t> declined;
    for (auto& p : batch) {
        if (p.failedChecks) {
            // 6.5.5: asked again at the next sync; stored raw once it failed in enough syncs.
            if (m_failedThisSync.insert(p.sequence).second) {
                ++m_checkFailures[p.sequence];
            }
            const bool keepRaw = m_checkFailures[p.sequence] >= m_options.unreadableAfter;
            const auto reason = p.error ? p.error->kind : protocol::ErrorKind::BadRecord;
            m_keptBack.push_back(KeptBackRecord{
                p.sequence, reason, p.error ? p.error->field : std::string_view(), keepRaw});
            if (!keepRaw) {
                declined.push_back(p.sequence);
                continue;
            }
        }
        rows.push_back(DeviceRecord{m_storeKey, p.sequence, now, std::move(p.body), context()});
        committed.push_back(CommittedRecord{p.sequence, std::move(p.record)});
    }
    for (const auto sequence : declined) {
        (void)m_racp->decline(sequence);
        ++m_progress.declined;
    }
    if (!rows.empty()) {
        auto result = m_store.commit(rows);
        if (!result) {
            // Nothing was committed, so nothing is confirmed: the device keeps every record.
            // Abort first: declining the last undecided record would otherwise let the client
            // go on to its delete (of earlier, committed records: safe, but a sync that could
            // not store must not look finished).
            m_abortReason = SyncProblem::StoreFailed;
            m_racp->abort();
            for (const auto& c : committed) {
                (void)m_racp->decline(c.sequence);
                ++m_progress.declined;
            }
        } else {
            for (const auto& c : committed) {
                (void)m_racp->confirm(c.sequence);
                m_checkFailures.erase(c.sequence);
            }
            m_progress.stored += static_cast<std::uint32_t>(std::max(result.value(), 0));
            const std::uint16_t last = m_racp->lastPersisted();
            if (last > m_persistedLast && m_store.setLastCommitted(m_storeKey, last)) {
                m_persistedLast = last;
            }
            if (m_observer != nullptr) {
                m_observer->onRecordsCommitted(committed, result.value());
            }
            for (const auto& c : committed) {
                if (m_gapSessions.erase(c.sequence) > 0 && m_observer != nullptr) {
                    m_observer->onLiveGapFilled(c.sequence);
                }
            }
        }
    }
    m_progress.lastCommitted = m_racp->lastPersisted();
    progressChanged();
}

void DeviceSync::afterRacp() {
    if (!m_racp || m_progress.phase != SyncPhase::Syncing) {
        return;
    }
    m_progress.reported = m_racp->reportedCount();
    m_progress.lastCommitted = m_racp->lastPersisted();
    progressChanged();
    switch (m_racp->state()) {
    case protocol::SyncState::Done:
        if (m_abortReason != SyncProblem::None) {
            fail(m_abortReason); // stopped by us after the device had finished
            return;
        }
        checkGapsFilled();
        finishKeptBack();
        setPhase(SyncPhase::UpToDate);
        if (m_syncAgain && m_connected) {
            m_syncAgain = false;
            beginSync();
        }
        return;
    case protocol::SyncState::Failed:
        fail(m_abortReason != SyncProblem::None ? m_abortReason : problemOf(m_racp->failure()));
        return;
    case protocol::SyncState::Aborted:
        fail(m_abortReason != SyncProblem::None ? m_abortReason : SyncProblem::Aborted);
        return;
    default:
        return;
    }
}

void DeviceSync::checkGapsFilled() {
    // After a whole sync L covers every record the device holds. A running session's id is
    // above every stored record (ids are reserved in order, 6.5.1), so an id at or below L
    // belongs to a session that ended without a record (no pass, 6.3.6): stop waiting for it.
    const std::uint16_t last = m_racp ? m_racp->lastPersisted() : 0;
    m_gapSessions.erase(m_gapSessions.begin(), m_gapSessions.upper_bound(last));
    if (m_liveSession && m_liveSession->id <= last) {
        m_liveSession.reset(); // it ended while the link was down
    }
}

void DeviceSync::finishKeptBack() {
    // What the device counted against what came in whole: a record can fail its checks (kept
    // in m_keptBack by flush), be lost on the way (the client's losses) or never be sent.
    std::vector<KeptBackRecord> kept = m_keptBack;
    for (const auto& loss : m_racp->losses()) {
        kept.push_back(KeptBackRecord{loss.sequence, loss.reason, {}, false});
    }
    const std::uint32_t held = m_racp->counters().duplicate - m_duplicateMark;
    const std::uint32_t accounted =
        m_progress.received + held + static_cast<std::uint32_t>(m_racp->losses().size());
    const std::uint32_t reported = m_progress.reported.value_or(0);
    for (std::uint32_t n = accounted; n < reported; ++n) {
        kept.push_back(KeptBackRecord{0, protocol::ErrorKind::IncompleteRecord, {}, false});
    }
    m_progress.keptBack = static_cast<std::uint32_t>(kept.size());
    m_progress.keptBackRecords = std::move(kept);
}

} // namespace rollwise
