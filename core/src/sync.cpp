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

[[nodiscard]] bool securityError(std::uint8_t attError) noexcept {
    return attError == att::kInsufficientAuthentication ||
           attError == att::kInsufficientEncryption ||
           attError == att::kInsufficientEncryptionKeySize;
}

} // namespace

// ---- DeviceSync ------------------------------------------------------------------------------

DeviceSync::DeviceSync(protocol::GattPeer& peer, SyncStore& store, std::string deviceUid,
                       const Clock& clock, DeviceSyncOptions options)
    : m_peer(peer)
    , m_store(store)
    , m_deviceUid(std::move(deviceUid))
    , m_clock(clock)
    , m_options(options) {
    init();
}

DeviceSync::DeviceSync(protocol::GattPeer& peer, Database& db, std::string deviceUid,
                       const Clock& clock, DeviceSyncOptions options)
    : m_peer(peer)
    , m_ownedStore(std::make_unique<DatabaseSyncStore>(db))
    , m_store(*m_ownedStore)
    , m_deviceUid(std::move(deviceUid))
    , m_clock(clock)
    , m_options(options) {
    init();
}

DeviceSync::DeviceSync(protocol::GattPeer& peer, SyncStore& store, const Clock& clock,
                       DeviceSyncOptions options)
    : DeviceSync(peer, store, std::string(), clock, options) {}

DeviceSync::DeviceSync(protocol::GattPeer& peer, Database& db, const Clock& clock,
                       DeviceSyncOptions options)
    : DeviceSync(peer, db, std::string(), clock, options) {}

void DeviceSync::init() {
    m_options.batchSize = std::max<std::size_t>(m_options.batchSize, 1);
    m_options.unreadableAfter = std::max(m_options.unreadableAfter, 1);
    m_wallMark = std::chrono::floor<Seconds>(m_clock.now());
    m_monotonicMark = std::chrono::floor<Seconds>(m_clock.monotonic());
    m_lastActivity = m_clock.monotonic();
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
    m_lastActivity = m_clock.monotonic();
    const bool valueEvent =
        event.kind == GattEvent::Kind::Notification || event.kind == GattEvent::Kind::Indication;
    if (valueEvent && m_flooded) {
        // Section 10: after a flood nothing the device sends is read until the link is gone.
        ++m_linkCounters.dropped;
        return;
    }
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
            const auto before = m_racp->counters();
            m_racp->onStoredRecord(event.value);
            countRejections(m_racp->counters().since(before), event,
                            protocol::FrameKind::RecordFragment);
            pump();
        } else if (event.characteristic == uuid::kLiveEvents && m_options.liveEvents) {
            onLive(event);
        } else if (event.characteristic == uuid::kHeadIdentity) {
            onHeadValue(event);
        } else if (event.characteristic == uuid::kBatteryLevel) {
            onBatteryValue(event);
        }
        break;
    case GattEvent::Kind::Indication:
        if (event.characteristic == uuid::kRecordAccessControl && m_racp) {
            const auto before = m_racp->counters();
            m_racp->onIndication(event.value);
            countRejections(m_racp->counters().since(before), event,
                            protocol::FrameKind::RacpResponse);
            pump();
        }
        break;
    }
    checkFlood();
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
    checkIdle();
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
    m_lastActivity = m_clock.monotonic();
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

void DeviceSync::setSessionActive(bool active) noexcept {
    m_sessionActive = active;
    m_lastActivity = m_clock.monotonic();
}

// ---- Connection and preparation --------------------------------------------------------------

void DeviceSync::linkUp() {
    m_connected = true;
    m_prepared = false;
    m_flooded = false;
    m_idleDisconnected = false;
    m_linkCounters = {};
    m_battery.reset();
    m_lastActivity = m_clock.monotonic();
    m_awaited.clear();
    m_live.resetSequence();
    m_syncAgain = false;
    m_progress.reported.reset();
    m_progress.received = 0;
    m_progress.stored = 0;
    m_progress.declined = 0;
    m_progress.keptBack = 0;
    m_progress.keptBackRecords.clear();
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

void DeviceSync::checkIdle() {
    const auto now = m_clock.monotonic();
    const bool busy = m_sessionActive || m_liveSession || !m_awaited.empty() ||
                      (m_racp && m_racp->busy()) || m_progress.phase == SyncPhase::Preparing ||
                      m_progress.phase == SyncPhase::Syncing;
    if (!m_connected || busy || m_options.idleDisconnect.count() <= 0) {
        m_lastActivity = now; // the idle time starts when the last of these ends
        return;
    }
    if (!m_idleDisconnected && now - m_lastActivity >= m_options.idleDisconnect) {
        m_idleDisconnected = true;
        m_peer.disconnect(); // 5.3 step 11: connect on demand, never hold the link for nothing
    }
}

void DeviceSync::request(Step step) {
    Awaited awaited;
    awaited.step = step;
    awaited.kind = GattEvent::Kind::SubscribeDone;
    Status<protocol::GattError> status = Done{};
    const auto read = [&](const protocol::Uuid& characteristic) {
        awaited.kind = GattEvent::Kind::ReadDone;
        awaited.characteristic = characteristic;
        status = m_peer.read(characteristic);
    };
    const auto subscribe = [&](const protocol::Uuid& characteristic) {
        awaited.characteristic = characteristic;
        status = m_peer.setNotifications(characteristic, true);
    };
    switch (step) {
    case Step::None:
        return;
    case Step::Features:
        read(uuid::kDeviceFeatures);
        break;
    case Step::Manufacturer:
        read(uuid::kManufacturerName);
        break;
    case Step::Model:
        read(uuid::kModelNumber);
        break;
    case Step::Serial:
        read(uuid::kSerialNumber);
        break;
    case Step::Head:
        read(uuid::kHeadIdentity);
        break;
    case Step::HeadNotify:
        subscribe(uuid::kHeadIdentity);
        break;
    case Step::Live:
        m_live.resetSequence(); // 6.3.2: a (re)enabled CCCD starts a new baseline
        subscribe(uuid::kLiveEvents);
        break;
    case Step::StoredRecord:
        subscribe(uuid::kStoredRecord);
        break;
    case Step::Racp:
        subscribe(uuid::kRecordAccessControl);
        break;
    case Step::Battery:
        subscribe(uuid::kBatteryLevel);
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
    case Step::Serial:
        fail(SyncProblem::FeaturesUnreadable);
        return;
    case Step::Manufacturer:
    case Step::Model:
    case Step::Head:
    case Step::HeadNotify:
    case Step::Live:
    case Step::Battery:
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
            reject(parsed.error(), event);
            fail(parsed.error().kind == protocol::ErrorKind::UnsupportedVersion
                     ? SyncProblem::UnsupportedDevice
                     : SyncProblem::FeaturesUnreadable);
            return;
        }
        m_features = parsed.value();
        nextStep(step);
        return;
    }
    case Step::Manufacturer:
    case Step::Model:
    case Step::Serial:
        onIdentityRead(step, event);
        return;
    case Step::Head:
        if (event.attError == att::kSuccess) {
            onHeadValue(event);
        }
        nextStep(step); // the head is shown, not needed to sync
        return;
    case Step::HeadNotify:
    case Step::Live:
    case Step::Battery:
        nextStep(step); // 5.3 step 8: refused means no such view on this link, sync goes on
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

void DeviceSync::onIdentityRead(Step step, const GattEvent& event) {
    const auto index =
        static_cast<std::size_t>(step) - static_cast<std::size_t>(Step::Manufacturer);
    if (event.attError == att::kSuccess) {
        auto text = step == Step::Serial ? protocol::parseSerialNumber(event.value)
                                         : protocol::parseInformationString(event.value);
        if (text) {
            m_identity[index] = text.value();
        } else {
            reject(text.error(), event);
        }
    }
    if (step != Step::Serial) {
        nextStep(step); // 5.5: a missing name is shown as "unknown"
        return;
    }
    // The serial is what tells two devices of one model apart: without it there is no
    // identity to keep records under.
    if (m_identity[2].empty()) {
        fail(securityError(event.attError) ? SyncProblem::NotPaired
                                           : SyncProblem::FeaturesUnreadable);
        return;
    }
    m_deviceUid = m_identity[0] + '/' + m_identity[1] + '/' + m_identity[2];
    nextStep(step);
}

void DeviceSync::nextStep(Step done) {
    switch (done) {
    case Step::None:
        return;
    case Step::Features:
        if (m_deviceUid.empty()) {
            for (auto& part : m_identity) {
                part.clear();
            }
            request(Step::Manufacturer); // 5.3 step 5
            return;
        }
        [[fallthrough]];
    case Step::Serial: {
        std::string key = deviceRecordKey(m_deviceUid, m_features->storeId);
        if (key != m_storeKey || !m_racp) {
            // A new record store (or the first): its numbering has nothing to do with the
            // previous one, so neither has the client's memory of it.
            m_storeKey = std::move(key);
            m_racp = std::make_unique<protocol::RacpClient>(m_clock, m_options.timeouts);
            m_checkFailures.clear();
        }
        request(Step::Head);
        return;
    }
    case Step::Manufacturer:
        request(Step::Model);
        return;
    case Step::Model:
        request(Step::Serial);
        return;
    case Step::Head:
        request(Step::HeadNotify);
        return;
    case Step::HeadNotify:
        if (m_options.liveEvents) {
            request(Step::Live);
            return;
        }
        [[fallthrough]];
    case Step::Live:
        if (m_features && m_features->recordCapacity == 0) {
            request(Step::Battery);
            return;
        }
        request(Step::StoredRecord);
        return;
    case Step::StoredRecord:
        request(Step::Racp);
        return;
    case Step::Racp:
        request(Step::Battery);
        return;
    case Step::Battery:
        m_prepared = true;
        if (m_features && m_features->recordCapacity == 0) {
            setPhase(SyncPhase::UpToDate); // no offline storage: nothing to sync, live only
            return;
        }
        beginSync();
        return;
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
