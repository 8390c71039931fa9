// The app side of a stored-record sync (6.5.5 - 6.5.6).
#include <rollwise/core/protocol/racp_client.h>

#include <algorithm>

namespace rollwise::protocol {

namespace {

constexpr std::uint16_t kLastPossibleSequence = 0xFFFF;

Failure<SyncError> syncError(SyncErrorCode code, std::string message) {
    return Failure{SyncError{code, std::move(message)}};
}

} // namespace

std::string_view toString(SyncState state) noexcept {
    switch (state) {
    case SyncState::Idle:
        return "idle";
    case SyncState::Counting:
        return "counting";
    case SyncState::Reporting:
        return "reporting";
    case SyncState::AwaitingConfirmation:
        return "awaiting-confirmation";
    case SyncState::Deleting:
        return "deleting";
    case SyncState::Aborting:
        return "aborting";
    case SyncState::Done:
        return "done";
    case SyncState::Aborted:
        return "aborted";
    case SyncState::Failed:
        return "failed";
    }
    return "failed";
}

std::string_view toString(SyncFailure failure) noexcept {
    switch (failure) {
    case SyncFailure::None:
        return "none";
    case SyncFailure::LinkLost:
        return "link-lost";
    case SyncFailure::Timeout:
        return "timeout";
    case SyncFailure::BadIndication:
        return "bad-indication";
    case SyncFailure::UnexpectedIndication:
        return "unexpected-indication";
    case SyncFailure::DeviceRefused:
        return "device-refused";
    case SyncFailure::WriteFailed:
        return "write-failed";
    case SyncFailure::Flooded:
        return "flooded";
    }
    return "none";
}

RacpClient::RacpClient(const Clock& clock, RacpTimeouts timeouts)
    : m_clock(clock)
    , m_timeouts(timeouts) {}

bool RacpClient::busy() const noexcept {
    return m_state == SyncState::Counting || m_state == SyncState::Reporting ||
           m_state == SyncState::AwaitingConfirmation || m_state == SyncState::Deleting ||
           m_state == SyncState::Aborting;
}

FrameCounters RacpClient::counters() const noexcept {
    FrameCounters total = m_counters;
    total += m_assembler.counters();
    return total;
}

std::vector<SyncAction> RacpClient::takeActions() {
    return std::exchange(m_actions, {});
}

void RacpClient::touch() noexcept {
    m_lastActivity = m_clock.monotonic();
}

void RacpClient::write(const RacpRequest& request) {
    auto frame = buildRacpRequest(request);
    // The client only builds the four requests of 6.5.2 with operands it checked: a failure
    // here is a bug, and the sync fails rather than sending something wrong.
    if (!frame) {
        fail(SyncFailure::WriteFailed);
        return;
    }
    m_actions.emplace_back(SyncWrite{std::move(frame).value()});
    touch();
}

Status<SyncError> RacpClient::start(std::uint16_t lastPersisted) {
    if (busy()) {
        return syncError(SyncErrorCode::WrongState, "A sync is already running.");
    }
    if (pendingDecisions()) {
        return syncError(SyncErrorCode::PendingDecisions,
                         "Confirm or decline every delivered record before syncing again.");
    }
    m_last = lastPersisted;
    m_ledger.clear();
    m_losses.clear();
    m_lossOpen = false;
    m_confirmedAbove.erase(m_confirmedAbove.begin(), m_confirmedAbove.upper_bound(m_last));
    m_failure = SyncFailure::None;
    m_abortFailure = SyncFailure::None;
    m_deviceCode.reset();
    m_attError = 0;
    m_count.reset();
    m_assembler.beginProcedure();
    if (m_last == kLastPossibleSequence) {
        // 6.5.5 step 1: nothing can follow 65535; only the delete is left to do.
        beginDelete();
        return Done{};
    }
    m_state = SyncState::Counting;
    write(RacpRequest::reportNumberFrom(static_cast<std::uint16_t>(m_last + 1)));
    return Done{};
}

void RacpClient::beginDelete() {
    if (m_last == 0) {
        m_state = SyncState::Done;
        return;
    }
    m_state = SyncState::Deleting;
    write(RacpRequest::deleteUpTo(m_last));
}

void RacpClient::afterReport() {
    if (const auto open = m_assembler.openSequence(); m_assembler.discard()) {
        noteLoss(ErrorKind::IncompleteRecord, open);
    }
    if (pendingDecisions()) {
        m_state = SyncState::AwaitingConfirmation;
        return;
    }
    beginDelete();
}

void RacpClient::abortWith(SyncFailure failure) {
    if (const auto open = m_assembler.openSequence(); m_assembler.discard()) {
        noteLoss(ErrorKind::IncompleteRecord, open);
    }
    m_abortFailure = failure;
    m_state = SyncState::Aborting;
    write(RacpRequest::abort());
}

void RacpClient::fail(SyncFailure failure) {
    if (const auto open = m_assembler.openSequence(); m_assembler.discard()) {
        noteLoss(ErrorKind::IncompleteRecord, open);
    }
    m_failure = failure;
    m_state = SyncState::Failed;
}

void RacpClient::noteLoss(ErrorKind reason, std::optional<std::uint16_t> sequence) {
    m_ledger.push_back(Entry{0, Decision::Lost});
    if (!m_lossOpen) {
        m_losses.push_back(RecordLoss{sequence.value_or(0), reason});
        m_lossOpen = true;
    } else if (m_losses.back().sequence == 0 && sequence) {
        m_losses.back().sequence = *sequence;
    }
}

bool RacpClient::pendingDecisions() const noexcept {
    return std::any_of(m_ledger.begin(), m_ledger.end(),
                       [](const Entry& e) { return e.decision == Decision::Pending; });
}

void RacpClient::advance() {
    while (!m_ledger.empty() && m_ledger.front().decision == Decision::Confirmed) {
        m_last = std::max(m_last, m_ledger.front().sequence);
        m_ledger.pop_front();
    }
    m_confirmedAbove.erase(m_confirmedAbove.begin(), m_confirmedAbove.upper_bound(m_last));
}

void RacpClient::checkFlood() {
    if (counters().flooded() && m_state != SyncState::Failed) {
        m_actions.emplace_back(SyncDisconnect{});
        fail(SyncFailure::Flooded);
    }
}

void RacpClient::onIndication(ByteView racp) {
    auto parsed = parseRacpResponse(racp);
    const bool waiting = m_state == SyncState::Counting || m_state == SyncState::Reporting ||
                         m_state == SyncState::Deleting || m_state == SyncState::Aborting;
    if (!parsed) {
        m_counters.reject(parsed.error().kind);
        // Section 10: a rejected indication fails the procedure, as a timeout would.
        if (waiting && m_state != SyncState::Aborting) {
            abortWith(SyncFailure::BadIndication);
        }
        checkFlood();
        return;
    }
    const RacpResponse r = parsed.value();
    m_counters.reservedFallback += r.reservedFallbacks;
    if (!waiting) {
        ++m_counters.contextViolations;
        return;
    }
    touch();
    const bool isCode = r.opcode == RacpOpcode::ResponseCode;
    const auto answers = [&](RacpOpcode request) {
        return isCode && r.requestOpcode == static_cast<std::uint8_t>(request);
    };
    const bool done =
        r.code == RacpResponseCode::Success || r.code == RacpResponseCode::NoRecordsFound;
    ++m_counters.accepted;
    switch (m_state) {
    case SyncState::Counting:
        if (r.opcode == RacpOpcode::NumberResponse) {
            m_count = r.count;
            if (r.count == 0) {
                beginDelete(); // 6.5.5: step 3 runs even when nothing is new
            } else {
                m_state = SyncState::Reporting;
                m_assembler.beginProcedure();
                write(RacpRequest::reportFrom(static_cast<std::uint16_t>(m_last + 1)));
            }
        } else if (answers(RacpOpcode::ReportNumber)) {
            m_deviceCode = r.code;
            fail(SyncFailure::DeviceRefused);
        } else {
            abortWith(SyncFailure::UnexpectedIndication);
        }
        return;
    case SyncState::Reporting:
        if (answers(RacpOpcode::ReportRecords)) {
            if (done) {
                afterReport();
            } else {
                m_deviceCode = r.code;
                fail(SyncFailure::DeviceRefused);
            }
        } else {
            abortWith(SyncFailure::UnexpectedIndication);
        }
        return;
    case SyncState::Deleting:
        if (answers(RacpOpcode::DeleteRecords)) {
            // 6.5.5: "no records found" on Delete means they were already gone.
            if (done) {
                m_state = SyncState::Done;
            } else {
                m_deviceCode = r.code;
                fail(SyncFailure::DeviceRefused);
            }
        } else {
            abortWith(SyncFailure::UnexpectedIndication);
        }
        return;
    case SyncState::Aborting:
        // The interrupted procedure may still answer before the Abort does (6.5.2): wait.
        if (answers(RacpOpcode::Abort)) {
            if (m_abortFailure == SyncFailure::None) {
                m_state = SyncState::Aborted;
            } else {
                fail(m_abortFailure);
            }
        }
        return;
    default:
        return;
    }
}

void RacpClient::onStoredRecord(ByteView fragment) {
    if (m_state == SyncState::Aborting) {
        return; // 6.5.2: a fragment already handed to the stack may still arrive
    }
    if (m_state != SyncState::Reporting) {
        ++m_counters.contextViolations;
        checkFlood();
        return;
    }
    touch();
    const auto open = m_assembler.openSequence();
    AssemblyStep step = m_assembler.feed(fragment);
    if (step.recordLost) {
        noteLoss(step.error ? step.error->kind : ErrorKind::IncompleteRecord, open);
    }
    if (m_assembler.assembling() || step.complete) {
        m_lossOpen = false; // a new record started: the next loss is another record's
    }
    if (step.complete) {
        const std::uint16_t sequence = step.complete->sequence;
        if (sequence <= m_last) {
            // Not asked for (the report was >= L+1): never delivered, never counted toward L.
            ++m_counters.contextViolations;
        } else if (m_confirmedAbove.contains(sequence)) {
            // Persisted in an earlier sync of this client: do not deliver it twice.
            ++m_counters.duplicate;
            m_ledger.push_back(Entry{sequence, Decision::Confirmed});
            advance();
        } else {
            SyncRecord delivery;
            delivery.sequence = sequence;
            auto parsed = parseRecordBody(step.complete->body, sequence);
            if (parsed) {
                delivery.record = std::move(parsed).value();
            } else {
                m_counters.reject(parsed.error().kind);
                delivery.error = parsed.error();
            }
            delivery.body = std::move(step.complete->body);
            m_ledger.push_back(Entry{sequence, Decision::Pending});
            m_actions.emplace_back(std::move(delivery));
        }
    }
    checkFlood();
}

void RacpClient::onWriteFailed(std::uint8_t attError) {
    if (busy() && m_state != SyncState::AwaitingConfirmation) {
        m_attError = attError;
        fail(SyncFailure::WriteFailed);
    }
}

void RacpClient::onLinkLost() {
    if (busy()) {
        fail(SyncFailure::LinkLost);
    }
}

Status<SyncError> RacpClient::decide(std::uint16_t sequence, Decision decision) {
    const auto it = std::find_if(m_ledger.begin(), m_ledger.end(), [&](const Entry& e) {
        return e.sequence == sequence && e.decision == Decision::Pending;
    });
    if (sequence == 0 || it == m_ledger.end()) {
        return syncError(SyncErrorCode::UnknownRecord,
                         "That record was not delivered, or was already decided.");
    }
    it->decision = decision;
    if (decision == Decision::Confirmed) {
        m_confirmedAbove.insert(sequence);
    }
    advance();
    if (m_state == SyncState::AwaitingConfirmation && !pendingDecisions()) {
        beginDelete();
    }
    return Done{};
}

Status<SyncError> RacpClient::confirm(std::uint16_t sequence) {
    return decide(sequence, Decision::Confirmed);
}

Status<SyncError> RacpClient::decline(std::uint16_t sequence) {
    return decide(sequence, Decision::Declined);
}

void RacpClient::abort() {
    switch (m_state) {
    case SyncState::Counting:
    case SyncState::Reporting:
    case SyncState::Deleting:
        abortWith(SyncFailure::None);
        return;
    case SyncState::AwaitingConfirmation:
        m_state = SyncState::Aborted;
        return;
    default:
        return;
    }
}

void RacpClient::tick() {
    const auto silent = m_clock.monotonic() - m_lastActivity;
    switch (m_state) {
    case SyncState::Counting:
    case SyncState::Reporting:
    case SyncState::Deleting:
        if (silent >= m_timeouts.silence) {
            abortWith(SyncFailure::Timeout);
        }
        return;
    case SyncState::Aborting:
        if (silent >= m_timeouts.abortAnswer) {
            m_actions.emplace_back(SyncDisconnect{});
            fail(m_abortFailure == SyncFailure::None ? SyncFailure::Timeout : m_abortFailure);
        }
        return;
    default:
        return;
    }
}

} // namespace rollwise::protocol
