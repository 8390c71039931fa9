// Simulated devices: the device's own world on the injected clock (time, battery, live events,
// sessions and passes, heads, faults, the record store; docs/device-protocol.md 6.3, 8.1).
#include <rollwise/core/protocol/simulator.h>

#include <algorithm>

namespace rollwise::protocol {

namespace {

using namespace std::chrono_literals;
using Mono = std::chrono::steady_clock::duration;

constexpr Mono kSampleInterval = 100ms;             // 6.3.3: Pressure Sample at most every 100 ms
constexpr std::chrono::milliseconds kMaxPass = 60s; // 6.3.5
constexpr Mono kIdleTimeout = 120s;                 // 6.3.6
constexpr Mono kMaxSession = 3600s;                 // 6.3.6
constexpr Mono kBatteryEventInterval = 60s;         // 6.3.3
constexpr std::uint8_t kBatteryWarnPercent = 20;    // 6.3.3 thresholds
constexpr std::uint8_t kBatteryLowPercent = 10;     // Fault low battery
constexpr std::uint8_t kBatteryStartPercent = 5;    // Start refused below (6.4.2)
constexpr std::uint8_t kBatteryCriticalPercent = 2; // session ends, reason 7

std::uint32_t ms(Mono d) {
    return static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(d).count());
}

} // namespace

// ---- The device's own time -------------------------------------------------------------------

void SimulatedDevice::advanceWorld() {
    const Mono now = mono();
    if (m_misbehave.floodNotifications > 0) {
        flood();
    }
    while (m_pass) {
        Pass& p = *m_pass;
        if (m_profile.features.has(sensor::kPressure) && p.nextSample < p.end &&
            p.nextSample <= now) {
            const Mono at = p.nextSample;
            p.nextSample += kSampleInterval;
            // A deterministic wobble around the mean that touches the peak every third sample.
            const std::uint32_t phase = p.samples++ % 3;
            const std::uint16_t mean = p.motion.meanPressureCn;
            const std::uint16_t peak = p.motion.peakPressureCn;
            const auto low =
                static_cast<std::uint16_t>(mean > (peak - mean) ? mean - (peak - mean) : 0);
            const std::uint16_t value = phase == 0 ? mean : phase == 1 ? peak : low;
            if (m_link == LinkState::Connected && subscribed(uuid::kLiveEvents)) {
                if (m_misbehave.skipSequence > 0) {
                    m_liveSequence =
                        static_cast<std::uint16_t>(m_liveSequence + m_misbehave.skipSequence);
                    m_misbehave.skipSequence = 0;
                }
                LiveEvent event{m_liveSequence++, offsetMs(at), PressureSample{value}, 0};
                if (p.heldSample) {
                    // 6.3.1: two Pressure Samples may share one notification.
                    const LiveEvent pair[] = {*p.heldSample, event};
                    p.heldSample.reset();
                    sendLive(buildNotification(pair).value());
                } else {
                    p.heldSample = event;
                }
            }
            continue;
        }
        if (p.end <= now) {
            finishPass(p.end);
            continue;
        }
        break;
    }
    drainBattery(now);
    batteryEvents();
    if (m_session && !m_pass && now - m_session->lastActivity >= kIdleTimeout) {
        endSession(EndReason::IdleTimeout, m_session->lastActivity + kIdleTimeout);
    }
    if (m_session && now - m_session->startMono >= kMaxSession) {
        endSession(EndReason::MaximumDuration, m_session->startMono + kMaxSession);
    }
}

void SimulatedDevice::drainBattery(Mono until) {
    if (until <= m_drainedUntil) {
        return;
    }
    const std::uint64_t elapsed = ms(until - m_drainedUntil);
    m_drainedUntil = until;
    if (m_charging) {
        const std::uint64_t gain = (m_profile.chargeRate * elapsed + m_drainRemainder) / 60000;
        m_drainRemainder = (m_profile.chargeRate * elapsed + m_drainRemainder) % 60000;
        m_batteryMilli =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(100'000, m_batteryMilli + gain));
        return;
    }
    std::uint64_t rate = m_profile.drainIdle;
    if (m_session) {
        rate += m_profile.drainSession;
    }
    if (m_pass && m_profile.features.has(sensor::kStamping)) {
        rate += m_profile.drainMotor;
    }
    const std::uint64_t total = rate * elapsed + m_drainRemainder;
    const std::uint64_t loss = total / 60000;
    m_drainRemainder = total % 60000;
    m_batteryMilli = loss >= m_batteryMilli ? 0 : static_cast<std::uint32_t>(m_batteryMilli - loss);
}

void SimulatedDevice::batteryEvents() {
    const std::uint8_t level = batteryLevel();
    const Mono now = mono();
    const bool changed = level != m_reportedLevel;
    const bool crossed = (m_reportedLevel > kBatteryWarnPercent && level <= kBatteryWarnPercent) ||
                         (m_reportedLevel > kBatteryLowPercent && level <= kBatteryLowPercent);
    const bool chargingChanged = m_charging != m_reportedCharging;
    const bool due = !m_lastBatteryEvent || now - *m_lastBatteryEvent >= kBatteryEventInterval;
    if ((changed && due) || crossed || chargingChanged) {
        m_reportedLevel = level;
        m_reportedCharging = m_charging;
        m_lastBatteryEvent = now;
        m_gatt[uuid::kBatteryLevel].value = {level};
        notify(uuid::kBatteryLevel, {level});
        emitLive(BatteryStatus{level, static_cast<std::uint8_t>(m_charging ? power::kCharging : 0)},
                 m_session ? std::optional(offsetMs(now)) : std::nullopt);
    }
    if (level <= kBatteryLowPercent && !m_faults.contains(fault::kLowBattery)) {
        setFault(fault::kLowBattery, true, 0);
    } else if (level > kBatteryLowPercent && m_faults.contains(fault::kLowBattery)) {
        setFault(fault::kLowBattery, false, 0);
    }
    if (level <= kBatteryCriticalPercent && m_session) {
        endSession(EndReason::BatteryCritical, now);
    }
}

void SimulatedDevice::flood() {
    const int count = std::exchange(m_misbehave.floodNotifications, 0);
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0) {
            // A whole event of reserved type 0x00: rejected, but its sequence is in order.
            const std::uint16_t seq = m_liveSequence++;
            Bytes junk{0x00,
                       0x00,
                       static_cast<std::uint8_t>(seq & 0xFF),
                       static_cast<std::uint8_t>(seq >> 8),
                       0xFF,
                       0xFF,
                       0xFF};
            sendLive(std::move(junk));
        } else {
            sendLive(Bytes{0x03, 0x0D, 0x00}); // a header cut short: Truncated
        }
    }
}

std::optional<TimePoint> SimulatedDevice::deviceTime() const {
    if (!m_clockOffset) {
        return std::nullopt;
    }
    return std::chrono::floor<Seconds>(m_clock.now() + *m_clockOffset);
}

void SimulatedDevice::setDeviceTime(std::optional<TimePoint> utc) {
    if (!utc) {
        m_clockOffset.reset();
        return;
    }
    m_clockOffset = std::chrono::system_clock::time_point{*utc} - m_clock.now();
}

std::optional<std::uint32_t> SimulatedDevice::nowTimestamp() const {
    const auto time = deviceTime();
    return time ? toTimestamp(*time) : std::nullopt;
}

std::uint32_t SimulatedDevice::offsetMs(Mono at) const {
    if (!m_session || at < m_session->startMono) {
        return 0;
    }
    return std::min(kOffsetMax, ms(at - m_session->startMono));
}

// ---- Live events and sessions ----------------------------------------------------------------

void SimulatedDevice::emitLive(EventPayload payload, std::optional<std::uint32_t> timeMs) {
    flushHeldSample();
    if (m_link != LinkState::Connected || !subscribed(uuid::kLiveEvents)) {
        return;
    }
    if (m_misbehave.skipSequence > 0) {
        // Events the device "had to drop": the counter moves on without them (6.3.2).
        m_liveSequence = static_cast<std::uint16_t>(m_liveSequence + m_misbehave.skipSequence);
        m_misbehave.skipSequence = 0;
    }
    const LiveEvent event{m_liveSequence++, timeMs, std::move(payload), 0};
    auto bytes = buildEvent(event);
    if (!bytes) {
        return; // the simulator only builds valid values; nothing to send otherwise
    }
    sendLive(std::move(bytes).value());
}

void SimulatedDevice::sendLive(Bytes bytes) {
    if (m_misbehave.malformedEvents > 0) {
        --m_misbehave.malformedEvents;
        bytes[0] = kEventTypeReservedLow;
    }
    if (m_misbehave.oversizedNotifications > 0) {
        --m_misbehave.oversizedNotifications;
        bytes.resize(kMaxFrameSize + 4, 0x00);
    }
    if (m_misbehave.duplicateEvents > 0) {
        --m_misbehave.duplicateEvents;
        notify(uuid::kLiveEvents, bytes);
    }
    notify(uuid::kLiveEvents, std::move(bytes));
}

void SimulatedDevice::flushHeldSample() {
    if (!m_pass || !m_pass->heldSample) {
        return;
    }
    const LiveEvent held = *m_pass->heldSample;
    m_pass->heldSample.reset();
    if (auto bytes = buildEvent(held)) {
        sendLive(std::move(bytes).value());
    }
}

std::uint16_t SimulatedDevice::passDepth() const noexcept {
    if (m_profile.features.has(sensor::kDepth)) {
        return m_depth;
    }
    return m_head.present() ? m_head.needleLength : m_depth;
}

std::uint16_t SimulatedDevice::reserveSessionId() {
    // 6.5.1: one number per session, never reused; 0 when it will not be stored.
    const auto capacity = m_profile.features.recordCapacity;
    if (capacity == 0 || m_records.size() >= capacity || m_nextSequence == 0) {
        return 0;
    }
    const std::uint16_t id = m_nextSequence;
    m_nextSequence = id == 0xFFFF ? std::uint16_t{0} : static_cast<std::uint16_t>(id + 1);
    return id;
}

void SimulatedDevice::startSession(SessionOrigin origin, std::uint16_t id) {
    Session s;
    s.id = id;
    s.startMono = mono();
    s.lastActivity = s.startMono;
    s.startTime = nowTimestamp().value_or(kTimestampUnknown);
    if (s.startTime == kTimestampUnknown) {
        s.flags |= recordflag::kClockUnset;
    }
    if (m_link == LinkState::Connected && subscribed(uuid::kLiveEvents)) {
        s.flags |= recordflag::kLive;
    }
    s.depthAtStart = passDepth();
    s.maxDepth = s.depthAtStart;
    m_session = s;
    m_sessionHead = m_head;
    emitLive(SessionStarted{s.id, s.startTime, origin, s.depthAtStart, 0}, 0);
    const auto capacity = m_profile.features.recordCapacity;
    if (capacity > 0 && m_records.size() >= capacity && !m_faults.contains(fault::kStorageFull)) {
        setFault(fault::kStorageFull, true, 0); // 6.3.4: the app should sync
    }
}

void SimulatedDevice::endSession(EndReason reason, Mono at) {
    if (!m_session) {
        return;
    }
    if (m_pass) {
        m_pass->remaining = {};
        m_pass->end =
            std::max(m_pass->start + std::chrono::milliseconds{1}, std::min(m_pass->end, at));
        finishPass(m_pass->end);
    }
    const Session s = *m_session;
    const auto contact =
        static_cast<std::uint16_t>(std::min<std::uint32_t>(kTenthsMax, (s.contactMs + 50) / 100));
    emitLive(SessionEnded{s.id, reason, s.passCount, contact}, offsetMs(at));
    m_session.reset();
    if (s.passCount == 0) {
        return; // 6.3.6: discarded; its session id is never used
    }
    if (m_head.present()) {
        m_head.useCount = static_cast<std::uint16_t>(std::min(0xFFFF, m_head.useCount + 1));
        if (m_head.firstUse == kTimestampUnknown) {
            m_head.firstUse = s.startTime;
        }
        notifyHead();
    }
    if (s.id == 0) {
        return;
    }
    StoredRecord r;
    r.sequence = s.id;
    r.flags = s.flags;
    r.endReason = reason;
    r.startTime = s.startTime;
    r.durationS = static_cast<std::uint16_t>(std::min<std::int64_t>(
        kRecordDurationMax, std::chrono::duration_cast<Seconds>(at - s.startMono).count()));
    if (m_sessionHead.hasId()) {
        r.headId = m_sessionHead.id;
    }
    r.depthAtStart = s.depthAtStart;
    r.maxDepth = s.maxDepth;
    r.passCount = s.passCount;
    r.contactTenths = contact;
    r.peakPressureCn = s.peak;
    r.passesByDirection = s.directions;
    r.strokeRate = m_profile.features.has(sensor::kStamping) ? m_strokeRate : std::uint8_t{0};
    r.passes = s.passes;
    m_records[r.sequence] = std::move(r);
}

void SimulatedDevice::pressButton() {
    if (m_session) {
        endSession(EndReason::DeviceControl, mono());
        return;
    }
    const bool headMissing = !m_head.present() || m_faults.contains(fault::kHeadMissing);
    if (headMissing || m_faults.contains(fault::kMotorStall) ||
        m_faults.contains(fault::kOverheat) || batteryLevel() < kBatteryStartPercent) {
        return; // the device refuses to start: nothing happens
    }
    startSession(SessionOrigin::DeviceControl, reserveSessionId());
}

Status<SimError> SimulatedDevice::performPass(const PassMotion& motion) {
    if (!m_session) {
        return Failure{SimError{SimErrorCode::NoSession, "No session is running."}};
    }
    if (m_pass) {
        return Failure{SimError{SimErrorCode::PassRunning, "A pass is running."}};
    }
    if (motion.duration.count() < 1 || !validSpeed(motion.speedMmPerS) ||
        !validPressure(motion.meanPressureCn) || !validPressure(motion.peakPressureCn) ||
        motion.peakPressureCn < motion.meanPressureCn) {
        return Failure{SimError{SimErrorCode::NotAllowed, "That motion is not physical."}};
    }
    const auto first = std::min(motion.duration, kMaxPass);
    beginPass(motion, first, mono());
    m_pass->remaining = motion.duration - first;
    return Done{};
}

void SimulatedDevice::beginPass(const PassMotion& motion, std::chrono::milliseconds duration,
                                Mono at) {
    Pass p;
    p.motion = motion;
    p.start = at;
    p.end = at + duration;
    p.nextSample = at + kSampleInterval;
    m_pass = p;
    const StrokeDirection direction =
        m_profile.features.has(sensor::kMotion) ? motion.direction : StrokeDirection::Unknown;
    emitLive(PassStart{direction, static_cast<std::uint16_t>(m_session->passCount + 1)},
             offsetMs(at));
}

void SimulatedDevice::finishPass(Mono at) {
    flushHeldSample();
    const Pass p = *m_pass;
    m_pass.reset();
    const auto& f = m_profile.features;
    const auto durationMs = static_cast<std::uint16_t>(
        std::clamp<std::uint32_t>(ms(at - p.start), kPassDurationMin, kPassDurationMax));
    PassSummary s;
    s.direction = f.has(sensor::kMotion) ? p.motion.direction : StrokeDirection::Unknown;
    s.durationMs = durationMs;
    if (f.has(sensor::kMotion) || f.has(sensor::kSpeed)) {
        s.distanceMm = static_cast<std::uint16_t>(std::min<std::uint32_t>(
            kDistanceMax, std::uint32_t{p.motion.speedMmPerS} * durationMs / 1000));
    }
    if (f.has(sensor::kSpeed)) {
        s.speedMmPerS = p.motion.speedMmPerS;
    }
    if (f.has(sensor::kPressure)) {
        s.meanPressureCn = p.motion.meanPressureCn;
        s.peakPressureCn = p.motion.peakPressureCn;
    }
    s.depth = passDepth();
    emitLive(s, offsetMs(at));
    Session& session = *m_session;
    const auto startTenths = static_cast<std::uint16_t>(
        std::min<std::uint32_t>(kTenthsMax, ms(p.start - session.startMono) / 100));
    if (session.passes.size() < kPassEntriesMax) {
        session.passes.push_back(StoredPass{startTenths, s});
    } else {
        session.flags |= recordflag::kTruncated;
    }
    session.passCount = static_cast<std::uint16_t>(std::min(0xFFFF, session.passCount + 1));
    session.contactMs += durationMs;
    if (s.peakPressureCn) {
        session.peak = std::max(session.peak.value_or(0), *s.peakPressureCn);
    }
    if (s.direction != StrokeDirection::Unknown) {
        auto& count = session.directions[static_cast<std::size_t>(s.direction) - 1];
        count = static_cast<std::uint8_t>(std::min(255, count + 1));
    }
    session.lastActivity = at;
    if (p.remaining.count() > 0) {
        // 6.3.5: at 60 s the pass ends and, with contact continuing, the next one starts.
        const auto next = std::min(p.remaining, kMaxPass);
        beginPass(p.motion, next, at);
        m_pass->remaining = p.remaining - next;
    }
}

Status<SimError> SimulatedDevice::turnDepthDial(std::uint16_t depth) {
    if (!m_profile.features.has(sensor::kDepth) || !m_profile.features.depthAllowed(depth)) {
        return Failure{SimError{SimErrorCode::NotAllowed, "The dial has no such setting."}};
    }
    if (m_pass) {
        return Failure{SimError{SimErrorCode::PassRunning, "Not during a pass."}};
    }
    m_depth = depth;
    if (m_session) {
        m_session->maxDepth = std::max(m_session->maxDepth, depth);
    }
    emitLive(DepthChanged{depth, ChangeOrigin::DeviceControl},
             m_session ? std::optional(offsetMs(mono())) : std::nullopt);
    return Done{};
}

Status<SimError> SimulatedDevice::setStrokeRate(std::uint8_t rate) {
    if (!m_profile.features.has(sensor::kStamping) || !validStrokeRate(rate)) {
        return Failure{SimError{SimErrorCode::NotAllowed, "The motor has no such setting."}};
    }
    m_strokeRate = rate;
    emitLive(StrokeRateChanged{rate, ChangeOrigin::DeviceControl},
             m_session ? std::optional(offsetMs(mono())) : std::nullopt);
    return Done{};
}

void SimulatedDevice::notifyHead() {
    Bytes value = buildHeadIdentity(m_head).value();
    m_gatt[uuid::kHeadIdentity].value = value;
    notify(uuid::kHeadIdentity, std::move(value));
}

void SimulatedDevice::replaceHead(const HeadIdentity& head) {
    if (m_session) {
        m_session->flags |= recordflag::kHeadChanged;
    }
    m_head = head;
    if (m_head.present() && m_faults.contains(fault::kHeadMissing)) {
        setFault(fault::kHeadMissing, false, 0);
    }
    notifyHead();
}

void SimulatedDevice::removeHead() {
    if (m_session) {
        m_session->flags |= recordflag::kHeadChanged;
        endSession(EndReason::HeadRemoved, mono());
    }
    m_head = HeadIdentity{};
    notifyHead();
    setFault(fault::kHeadMissing, true, 0);
}

void SimulatedDevice::markHeadDamaged() {
    m_head.flags |= headflag::kDamaged;
    if (m_session) {
        m_session->flags |= recordflag::kDamage;
    }
    notifyHead();
}

void SimulatedDevice::setFault(std::uint8_t code, bool raised, std::uint8_t detail) {
    if (raised) {
        m_faults.insert(code);
        m_faultDetail[code] = detail;
    } else {
        m_faults.erase(code);
        m_faultDetail.erase(code);
    }
    const std::optional<std::uint32_t> time =
        m_session ? std::optional(offsetMs(mono())) : std::nullopt;
    emitLive(FaultEvent{code, raised, code == fault::kSensorError ? detail : std::uint8_t{0}},
             time);
    // 6.3.4: these stop the motor at once; a running session ends with reason 5 (fault).
    const bool stops = code == fault::kMotorStall || code == fault::kOverheat;
    if (raised && stops && m_session) {
        endSession(EndReason::Fault, mono());
    }
}

void SimulatedDevice::raiseFault(std::uint8_t code, std::uint8_t detail) {
    setFault(code, true, detail);
}

void SimulatedDevice::clearFault(std::uint8_t code) {
    if (m_faults.contains(code)) {
        setFault(code, false, 0);
    }
}

void SimulatedDevice::setBatteryLevel(std::uint8_t percent) {
    m_batteryMilli = std::uint32_t{std::min(percent, kPercentMax)} * 1000;
    m_drainRemainder = 0;
}

void SimulatedDevice::setCharging(bool charging) {
    m_charging = charging;
}

Bytes SimulatedDevice::scanResponse() const {
    const std::uint8_t status = m_records.empty() ? 0 : advstatus::kRecordsPending;
    return buildScanResponse(status, m_profile.features.protocolMajor, m_profile.model).value();
}

void SimulatedDevice::injectRecord(const StoredRecord& record) {
    m_records[record.sequence] = record;
    if (m_nextSequence != 0 && record.sequence >= m_nextSequence) {
        m_nextSequence = record.sequence == 0xFFFF
                             ? std::uint16_t{0}
                             : static_cast<std::uint16_t>(record.sequence + 1);
    }
}

} // namespace rollwise::protocol
