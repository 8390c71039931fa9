// Device sync: the device's record store into the journal, loss-proof (docs/device-sync.md).
#include <rollwise/core/sync.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace rollwise {

using protocol::GattEvent;
namespace uuid = protocol::uuid;
namespace att = protocol::att;

namespace {

constexpr std::string_view kLastSettingPrefix = "device-sync.last.";

[[nodiscard]] bool securityError(std::uint8_t attError) noexcept {
    return attError == att::kInsufficientAuthentication ||
           attError == att::kInsufficientEncryption ||
           attError == att::kInsufficientEncryptionKeySize;
}

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

std::string_view toString(SyncPhase phase) noexcept {
    switch (phase) {
    case SyncPhase::Idle:
        return "idle";
    case SyncPhase::Preparing:
        return "preparing";
    case SyncPhase::Syncing:
        return "syncing";
    case SyncPhase::UpToDate:
        return "up-to-date";
    case SyncPhase::Failed:
        return "failed";
    }
    return "failed";
}

std::string_view toString(SyncProblem problem) noexcept {
    switch (problem) {
    case SyncProblem::None:
        return "none";
    case SyncProblem::LinkLost:
        return "link-lost";
    case SyncProblem::NotPaired:
        return "not-paired";
    case SyncProblem::FeaturesUnreadable:
        return "features-unreadable";
    case SyncProblem::UnsupportedDevice:
        return "unsupported-device";
    case SyncProblem::NotificationRefused:
        return "notification-refused";
    case SyncProblem::StoreFailed:
        return "store-failed";
    case SyncProblem::DeviceRefused:
        return "device-refused";
    case SyncProblem::Timeout:
        return "timeout";
    case SyncProblem::ProtocolError:
        return "protocol-error";
    case SyncProblem::WriteFailed:
        return "write-failed";
    case SyncProblem::Aborted:
        return "aborted";
    }
    return "none";
}

std::string deviceRecordKey(std::string_view deviceUid, std::uint32_t storeId) {
    char hex[9] = {};
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(storeId));
    std::string key(deviceUid);
    key += '#';
    key += hex;
    return key;
}

// ---- DatabaseSyncStore -----------------------------------------------------------------------

std::string DatabaseSyncStore::settingKey(std::string_view key) {
    std::string out(kLastSettingPrefix);
    out += key;
    return out;
}

Result<std::uint16_t, DatabaseError> DatabaseSyncStore::lastCommitted(std::string_view key) {
    auto held = m_records.lastSequence(key);
    if (!held) {
        return Failure{held.error()};
    }
    auto setting = m_settings.get(settingKey(key));
    if (!setting) {
        return Failure{setting.error()};
    }
    if (!setting.value()) {
        return std::uint16_t{0}; // never synced: start from the beginning of the store
    }
    const std::string& text = *setting.value();
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value > 0xFFFF) {
        // A damaged setting: fetching everything again is safe (the store de-duplicates).
        return std::uint16_t{0};
    }
    // L can never be above what the journal holds; if it is, the journal lost records since,
    // and the lower value fetches them again.
    const auto cap = static_cast<std::int64_t>(value);
    return static_cast<std::uint16_t>(std::min(cap, std::max<std::int64_t>(held.value(), 0)));
}

Result<int, DatabaseError> DatabaseSyncStore::commit(std::span<const DeviceRecord> records) {
    return m_records.store(records);
}

Status<DatabaseError> DatabaseSyncStore::setLastCommitted(std::string_view key,
                                                          std::uint16_t last) {
    return m_settings.set(settingKey(key), std::to_string(last));
}

// ---- DeviceSync ------------------------------------------------------------------------------

DeviceSync::DeviceSync(protocol::GattPeer& peer, SyncStore& store, std::string deviceUid,
                       const Clock& clock, DeviceSyncOptions options)
    : m_peer(peer)
    , m_store(store)
    , m_deviceUid(std::move(deviceUid))
    , m_clock(clock)
    , m_options(options) {
    m_options.batchSize = std::max<std::size_t>(m_options.batchSize, 1);
    m_options.unreadableAfter = std::max(m_options.unreadableAfter, 1);
    m_wallMark = std::chrono::floor<Seconds>(m_clock.now());
    m_monotonicMark = std::chrono::floor<Seconds>(m_clock.monotonic());
    m_peer.setSink(this);
}

DeviceSync::DeviceSync(protocol::GattPeer& peer, Database& db, std::string deviceUid,
                       const Clock& clock, DeviceSyncOptions options)
    : m_peer(peer)
    , m_ownedStore(std::make_unique<DatabaseSyncStore>(db))
    , m_store(*m_ownedStore)
    , m_deviceUid(std::move(deviceUid))
    , m_clock(clock)
    , m_options(options) {
    m_options.batchSize = std::max<std::size_t>(m_options.batchSize, 1);
    m_options.unreadableAfter = std::max(m_options.unreadableAfter, 1);
    m_wallMark = std::chrono::floor<Seconds>(m_clock.now());
    m_monotonicMark = std::chrono::floor<Seconds>(m_clock.monotonic());
    m_peer.setSink(this);
}

DeviceSync::~DeviceSync() {
    // Records still in the batch were neither committed nor confirmed: the device keeps them
    // and sends them again at the next sync.
    m_peer.setSink(nullptr);
}

protocol::SyncState DeviceSync::racpState() const noexcept {
    return m_racp ? m_racp->state() : protocol::SyncState::Idle;
}

void DeviceSync::onGattEvent(const GattEvent& event) {
    switch (event.kind) {
    case GattEvent::Kind::StateChanged:
        if (event.state == protocol::LinkState::Connected && !m_connected) {
            linkUp();
        } else if (event.state == protocol::LinkState::Disconnected && m_connected) {
            linkDown();
        }
        break;
    case GattEvent::Kind::ReadDone:
    case GattEvent::Kind::SubscribeDone:
        onCompletion(event);
        break;
    case GattEvent::Kind::WriteDone:
        if (event.characteristic == uuid::kRecordAccessControl && m_racp &&
            event.attError != att::kSuccess) {
            m_racp->onWriteFailed(event.attError);
            pump();
        }
        break;
    case GattEvent::Kind::Notification:
        if (event.characteristic == uuid::kStoredRecord && m_racp) {
            m_racp->onStoredRecord(event.value);
            pump();
        } else if (event.characteristic == uuid::kLiveEvents && m_options.liveEvents) {
            onLive(event.value);
        } else if (event.characteristic == uuid::kHeadIdentity) {
            if (auto head = protocol::parseHeadIdentity(event.value)) {
                m_head = head.value();
            }
        }
        break;
    case GattEvent::Kind::Indication:
        if (event.characteristic == uuid::kRecordAccessControl && m_racp) {
            m_racp->onIndication(event.value);
            pump();
        }
        break;
    }
    if (m_forward != nullptr) {
        m_forward->onGattEvent(event);
    }
}

void DeviceSync::tick() {
    if (!m_connected && m_peer.state() == protocol::LinkState::Connected) {
        linkUp(); // the link was up before this object existed
        return;
    }
    if (m_racp) {
        m_racp->tick();
        pump();
    }
}

Status<SyncRequestFailure> DeviceSync::syncNow() {
    if (!m_connected) {
        return Failure{SyncRequestFailure{SyncRequestError::NotConnected,
                                          "Connect the device before syncing."}};
    }
    if (m_progress.phase == SyncPhase::Preparing) {
        return Failure{SyncRequestFailure{SyncRequestError::NotReady,
                                          "The device is still being set up; try again."}};
    }
    if (m_progress.phase == SyncPhase::Syncing) {
        return Failure{SyncRequestFailure{SyncRequestError::Busy, "A sync is already running."}};
    }
    if (!m_prepared) {
        // Preparation failed on this link (e.g. not paired then): try it again from the start.
        m_awaited.clear();
        setPhase(SyncPhase::Preparing);
        request(Step::Features);
        return Done{};
    }
    if (m_features && m_features->recordCapacity == 0) {
        setPhase(SyncPhase::UpToDate);
        return Done{};
    }
    beginSync();
    return Done{};
}

void DeviceSync::abort() {
    if (m_progress.phase == SyncPhase::Syncing && m_racp && m_racp->busy()) {
        m_abortReason = SyncProblem::Aborted;
        m_racp->abort();
        pump();
    }
}

// ---- Connection and preparation --------------------------------------------------------------

void DeviceSync::linkUp() {
    m_connected = true;
    m_prepared = false;
    m_awaited.clear();
    m_live.resetSequence();
    m_syncAgain = false;
    m_progress.reported.reset();
    m_progress.received = 0;
    m_progress.stored = 0;
    m_progress.declined = 0;
    setPhase(SyncPhase::Preparing);
    request(Step::Features);
}

void DeviceSync::linkDown() {
    m_connected = false;
    m_prepared = false;
    m_awaited.clear();
    if (m_liveSession) {
        // The session goes on without us (6.3.6): what happens now is only in its record.
        markPartial();
        m_gapSessions.insert(m_liveSession->id);
    }
    if (m_racp) {
        m_racp->onLinkLost();
        pump(); // commits what arrived whole, so L is exact for the next connection
    }
    switch (m_progress.phase) {
    case SyncPhase::Preparing:
    case SyncPhase::Syncing:
        fail(SyncProblem::LinkLost);
        break;
    case SyncPhase::Idle:
    case SyncPhase::UpToDate:
        setPhase(SyncPhase::Idle);
        break;
    case SyncPhase::Failed:
        break;
    }
}

void DeviceSync::request(Step step) {
    Awaited awaited;
    awaited.step = step;
    Status<protocol::GattError> status = Done{};
    switch (step) {
    case Step::None:
        return;
    case Step::Features:
        awaited.kind = GattEvent::Kind::ReadDone;
        awaited.characteristic = uuid::kDeviceFeatures;
        status = m_peer.read(uuid::kDeviceFeatures);
        break;
    case Step::Head:
        awaited.kind = GattEvent::Kind::ReadDone;
        awaited.characteristic = uuid::kHeadIdentity;
        status = m_peer.read(uuid::kHeadIdentity);
        break;
    case Step::Live:
        awaited.kind = GattEvent::Kind::SubscribeDone;
        awaited.characteristic = uuid::kLiveEvents;
        m_live.resetSequence(); // 6.3.2: a (re)enabled CCCD starts a new baseline
        status = m_peer.setNotifications(uuid::kLiveEvents, true);
        break;
    case Step::StoredRecord:
        awaited.kind = GattEvent::Kind::SubscribeDone;
        awaited.characteristic = uuid::kStoredRecord;
        status = m_peer.setNotifications(uuid::kStoredRecord, true);
        break;
    case Step::Racp:
        awaited.kind = GattEvent::Kind::SubscribeDone;
        awaited.characteristic = uuid::kRecordAccessControl;
        status = m_peer.setNotifications(uuid::kRecordAccessControl, true);
        break;
    }
    if (status) {
        m_awaited.push_back(awaited);
        return;
    }
    if (status.error().code == protocol::GattErrorCode::NotConnected) {
        return; // the Disconnected event follows
    }
    // The peer lacks the characteristic or the property: not a Rollwise device as we know it.
    switch (step) {
    case Step::Features:
        fail(SyncProblem::FeaturesUnreadable);
        return;
    case Step::Head:
    case Step::Live:
        nextStep(step); // optional for a sync
        return;
    case Step::StoredRecord:
    case Step::Racp:
    case Step::None:
        fail(SyncProblem::NotificationRefused);
        return;
    }
}

void DeviceSync::onCompletion(const GattEvent& event) {
    // Requests are answered in order (gatt.h); a completion that is not the oldest awaited one
    // answers someone else's request on the same link.
    if (m_awaited.empty() || m_awaited.front().kind != event.kind ||
        m_awaited.front().characteristic != event.characteristic) {
        return;
    }
    const Step step = m_awaited.front().step;
    m_awaited.pop_front();
    switch (step) {
    case Step::None:
        return;
    case Step::Features: {
        if (event.attError != att::kSuccess) {
            fail(securityError(event.attError) ? SyncProblem::NotPaired
                                               : SyncProblem::FeaturesUnreadable);
            return;
        }
        auto parsed = protocol::parseDeviceFeatures(event.value);
        if (!parsed) {
            fail(parsed.error().kind == protocol::ErrorKind::UnsupportedVersion
                     ? SyncProblem::UnsupportedDevice
                     : SyncProblem::FeaturesUnreadable);
            return;
        }
        m_features = parsed.value();
        std::string key = deviceRecordKey(m_deviceUid, m_features->storeId);
        if (key != m_storeKey || !m_racp) {
            // A new record store (or the first): its numbering has nothing to do with the
            // previous one, so neither has the client's memory of it.
            m_storeKey = std::move(key);
            m_racp = std::make_unique<protocol::RacpClient>(m_clock, m_options.timeouts);
            m_checkFailures.clear();
        }
        nextStep(step);
        return;
    }
    case Step::Head:
        if (event.attError == att::kSuccess) {
            if (auto head = protocol::parseHeadIdentity(event.value)) {
                m_head = head.value();
            }
        }
        nextStep(step); // the head is shown, not needed to sync
        return;
    case Step::Live:
        nextStep(step); // 5.3 step 8: refused means no live view on this link, sync goes on
        return;
    case Step::StoredRecord:
    case Step::Racp:
        if (event.attError != att::kSuccess) {
            fail(securityError(event.attError) ? SyncProblem::NotPaired
                                               : SyncProblem::NotificationRefused);
            return;
        }
        nextStep(step);
        return;
    }
}

void DeviceSync::nextStep(Step done) {
    switch (done) {
    case Step::None:
        return;
    case Step::Features:
        request(Step::Head);
        return;
    case Step::Head:
        if (m_options.liveEvents) {
            request(Step::Live);
            return;
        }
        [[fallthrough]];
    case Step::Live:
        if (m_features && m_features->recordCapacity == 0) {
            m_prepared = true; // no offline storage: nothing to sync, live events only
            setPhase(SyncPhase::UpToDate);
            return;
        }
        request(Step::StoredRecord);
        return;
    case Step::StoredRecord:
        request(Step::Racp);
        return;
    case Step::Racp:
        m_prepared = true;
        beginSync();
        return;
    }
}

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
            if (m_checkFailures[p.sequence] < m_options.unreadableAfter) {
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

// ---- Live events -----------------------------------------------------------------------------

void DeviceSync::onLive(protocol::ByteView value) {
    const auto events = m_live.receive(value);
    const std::uint32_t lost = m_live.counters().lost;
    if (lost > m_lostSeen && m_liveSession) {
        markPartial();
    }
    m_lostSeen = lost;
    if (m_observer != nullptr && !events.empty()) {
        m_observer->onLiveEvents(events);
    }
    for (const auto& event : events) {
        if (const auto* started = std::get_if<protocol::SessionStarted>(&event.payload)) {
            if (started->sessionId == 0) {
                m_liveSession.reset(); // 6.3.4: it will not be stored; nothing to fill from
                continue;
            }
            const bool rejoined = m_liveSession && m_liveSession->id == started->sessionId;
            if (!rejoined) {
                m_liveSession = LiveSession{started->sessionId, false, false};
                // Joined a running session that already had passes: they are not in the
                // live stream we saw.
                if (started->origin == protocol::SessionOrigin::Resent &&
                    started->passesSoFar > 0) {
                    markPartial();
                }
            }
        } else if (const auto* ended = std::get_if<protocol::SessionEnded>(&event.payload)) {
            const bool partial = m_liveSession && m_liveSession->partial;
            const std::uint16_t id = ended->sessionId;
            m_liveSession.reset();
            if (!partial || id == 0) {
                m_gapSessions.erase(id);
                continue;
            }
            m_gapSessions.insert(id);
            // 6.5.8: the stored record fills the gap; fetch it now if the link allows.
            if (m_progress.phase == SyncPhase::Syncing) {
                m_syncAgain = true;
            } else if (m_connected && m_prepared && m_features && m_features->recordCapacity > 0) {
                beginSync();
            }
        }
    }
}

void DeviceSync::markPartial() {
    if (!m_liveSession) {
        return;
    }
    m_liveSession->partial = true;
    if (!m_liveSession->reported) {
        m_liveSession->reported = true;
        if (m_observer != nullptr) {
            m_observer->onLiveGap(m_liveSession->id);
        }
    }
}

// ---- Reporting -------------------------------------------------------------------------------

void DeviceSync::setPhase(SyncPhase phase, SyncProblem problem) {
    const bool changed = phase != m_progress.phase || problem != m_problem;
    m_progress.phase = phase;
    m_problem = problem;
    if (changed && m_observer != nullptr) {
        m_observer->onSyncPhase(phase, problem);
    }
    progressChanged();
}

void DeviceSync::progressChanged() {
    if (m_observer != nullptr && (!m_progressSent || m_progress != m_sentProgress)) {
        m_progressSent = true;
        m_sentProgress = m_progress;
        m_observer->onSyncProgress(m_progress);
    }
}

void DeviceSync::fail(SyncProblem problem) {
    setPhase(SyncPhase::Failed, problem);
}

} // namespace rollwise
