#include <rollwise/core/session.h>

#include <algorithm>
#include <array>
#include <utility>

namespace rollwise {
namespace {

constexpr int kPressureWarningsPerZone = 3; // the third warning-level pass ends the zone

constexpr std::array<std::pair<SkipCause, std::string_view>, 4> kSkipCauses{{
    {SkipCause::ByUser, "skipped-by-user"},
    {SkipCause::Pressure, "stopped-for-pressure"},
    {SkipCause::LengthCap, "session-length-cap"},
    {SkipCause::StoppedEarly, "session-stopped-early"},
}};

} // namespace

std::string_view skipCauseKey(SkipCause cause) noexcept {
    for (const auto& [c, key] : kSkipCauses) {
        if (c == cause) {
            return key;
        }
    }
    return {};
}

std::optional<SkipCause> skipCauseFromKey(std::string_view key) noexcept {
    for (const auto& [c, k] : kSkipCauses) {
        if (k == key) {
            return c;
        }
    }
    return std::nullopt;
}

std::string_view toString(SessionState state) noexcept {
    switch (state) {
    case SessionState::Preparing:
        return "preparing";
    case SessionState::PreSessionCheck:
        return "pre-session-check";
    case SessionState::Blocked:
        return "blocked";
    case SessionState::Ready:
        return "ready";
    case SessionState::InZone:
        return "in-zone";
    case SessionState::Paused:
        return "paused";
    case SessionState::Aftercare:
        return "aftercare";
    case SessionState::Completed:
        return "completed";
    case SessionState::StoppedEarly:
        return "stopped-early";
    case SessionState::Interrupted:
        return "interrupted";
    }
    return "interrupted";
}

int SessionRecord::totalPasses() const noexcept {
    int total = static_cast<int>(unassignedPasses.size());
    for (const auto& zone : zones) {
        total += static_cast<int>(zone.passes.size());
    }
    return std::max(total, reportedPasses);
}

PastSession SessionRecord::toPastSession() const {
    PastSession past;
    past.start = start;
    past.needleLengthUm = needleLengthUm;
    past.outcome = outcome.value_or(SessionOutcome::Interrupted);
    if (zonesPending) {
        // Fail closed: until the user says where it went, it went everywhere it could.
        const int passes = std::max(totalPasses(), 1);
        for (const Zone zone : zonesReachableBy(family)) {
            past.zones.push_back(PastZone{zone, passes, Reaction::None, std::nullopt});
        }
        return past;
    }
    for (const auto& zone : zones) {
        int passes = static_cast<int>(zone.passes.size());
        if (device && passes == 0 && !zone.skipped) {
            passes = 1; // a zone the user named for a device session was needled
        }
        past.zones.push_back(PastZone{zone.zone, passes, Reaction::None, std::nullopt});
    }
    return past;
}

SessionEngine::SessionEngine(SessionPlan plan, std::string headId, const Clock& clock,
                             Limits limits)
    : m_plan(std::move(plan))
    , m_clock(clock)
    , m_limits(clampToFloor(limits).limits)
    , m_paced(!reportsPasses(m_plan.family)) {
    m_record.goal = m_plan.goal;
    m_record.family = m_plan.family;
    m_record.headId = std::move(headId);
    m_record.needleLengthUm = m_plan.needleLengthUm;
}

TimePoint SessionEngine::now() const {
    return std::chrono::floor<Seconds>(m_clock.now());
}

bool SessionEngine::active() const noexcept {
    return m_state == SessionState::InZone || m_state == SessionState::Paused;
}

std::optional<Zone> SessionEngine::currentZone() const {
    if (!active() || m_zoneIndex >= m_plan.zones.size()) {
        return std::nullopt;
    }
    return m_plan.zones[m_zoneIndex].zone;
}

std::optional<Direction> SessionEngine::expectedDirection() const {
    if (!currentZone()) {
        return std::nullopt;
    }
    return m_plan.zones[m_zoneIndex].directionOfPass(m_passIndex);
}

std::vector<Finding> SessionEngine::pendingWarnings() const {
    return m_warnings;
}

std::vector<Cue> SessionEngine::takeCues() {
    return std::exchange(m_cues, {});
}

void SessionEngine::cue(Cue cue) {
    if (!cue.zone) {
        cue.zone = currentZone();
    }
    m_cues.push_back(cue);
}

Status<EngineError> SessionEngine::confirmPrepared() {
    if (m_state != SessionState::Preparing) {
        return Failure{EngineError{EngineErrorCode::WrongState, "Preparation is already done."}};
    }
    m_state = SessionState::PreSessionCheck;
    return Done{};
}

Status<EngineError> SessionEngine::submitCheck(const GuardDecision& decision) {
    if (m_state != SessionState::PreSessionCheck && m_state != SessionState::Blocked) {
        return Failure{EngineError{EngineErrorCode::WrongState,
                                   "The pre-session check comes after preparation."}};
    }
    if (decision.session == Verdict::Block) {
        m_state = SessionState::Blocked;
        m_blockReason = decision.explain();
        return Done{};
    }
    std::vector<Zone> blocked;
    for (const auto& zone : m_plan.zones) {
        if (decision.verdictFor(zone.zone) == Verdict::Block) {
            blocked.push_back(zone.zone);
            const Explanation why = decision.explain(zone.zone);
            m_record.zones.push_back(ZoneRecord{
                zone.zone,
                {},
                true,
                std::string(why.reason ? reasonKey(why.reason->code) : std::string_view{}),
                false});
        }
    }
    m_plan = m_plan.without(blocked);
    if (m_plan.zones.empty()) {
        m_state = SessionState::Blocked;
        m_blockReason = decision.explain();
        return Done{};
    }
    m_warnings = decision.warningsToAcknowledge();
    m_record.overrides = decision.appliedOverrides;
    m_blockReason.reset();
    m_state = SessionState::Ready;
    return Done{};
}

Status<EngineError> SessionEngine::acknowledge(RuleId rule, std::optional<Zone> zone) {
    if (m_state != SessionState::Ready) {
        return Failure{
            EngineError{EngineErrorCode::WrongState, "There is nothing to acknowledge now."}};
    }
    const auto it = std::find_if(m_warnings.begin(), m_warnings.end(), [&](const Finding& f) {
        return f.rule == rule && f.zone == zone;
    });
    if (it == m_warnings.end()) {
        return Failure{EngineError{EngineErrorCode::UnknownWarning, "No such warning is waiting."}};
    }
    m_record.acknowledged.push_back(*it);
    m_warnings.erase(it);
    return Done{};
}

Status<EngineError> SessionEngine::start() {
    if (m_state != SessionState::Ready) {
        return Failure{EngineError{EngineErrorCode::WrongState,
                                   "The session can start once the pre-session check allows it."}};
    }
    if (!m_warnings.empty()) {
        return Failure{EngineError{EngineErrorCode::UnacknowledgedWarnings,
                                   "Read and acknowledge every warning first."}};
    }
    m_state = SessionState::InZone;
    m_record.start = now();
    m_startedMono = m_clock.monotonic();
    m_zoneIndex = 0;
    enterZone();
    return Done{};
}

void SessionEngine::enterZone() {
    const ZonePlan& zone = m_plan.zones[m_zoneIndex];
    m_passIndex = 0;
    m_zoneWarnings = 0;
    m_record.zones.push_back(ZoneRecord{zone.zone, {}, false, {}, false});
    cue(Cue{.kind = CueKind::ZoneStart,
            .zone = zone.zone,
            .passes = zone.totalPasses(),
            .direction = zone.directions.front()});
    beginPass();
}

void SessionEngine::beginPass() {
    const ZonePlan& zone = m_plan.zones[m_zoneIndex];
    m_passStartedMono = m_clock.monotonic();
    m_passTimeUpSent = false;
    m_pressureStage = 0;
    const Direction direction = zone.directionOfPass(m_passIndex);
    if (m_passIndex > 0 && zone.directionOfPass(m_passIndex - 1) != direction) {
        cue(Cue{.kind = CueKind::DirectionChange, .direction = direction});
    }
    cue(Cue{.kind = CueKind::PassStart,
            .pass = m_passIndex + 1,
            .passes = zone.totalPasses(),
            .direction = direction});
}

Status<EngineError> SessionEngine::confirmPass() {
    if (m_state != SessionState::InZone) {
        return Failure{EngineError{EngineErrorCode::WrongState, "No pass is in progress."}};
    }
    if (!m_paced) {
        return Failure{EngineError{EngineErrorCode::WrongState,
                                   "The device counts the passes in this session."}};
    }
    const auto elapsed = std::chrono::floor<Seconds>(m_clock.monotonic() - m_passStartedMono);
    PassRecord pass;
    pass.direction = *expectedDirection();
    pass.duration = elapsed;
    pass.start = now() - elapsed;
    pass.source = PassSource::Manual;
    recordPass(pass);
    return Done{};
}

Status<EngineError> SessionEngine::devicePass(const DevicePass& reported) {
    if (m_state != SessionState::InZone) {
        if (m_state == SessionState::Aftercare || m_state == SessionState::Completed ||
            m_state == SessionState::StoppedEarly) {
            cue(Cue{.kind = CueKind::IgnoredPass});
        }
        return Failure{EngineError{EngineErrorCode::NothingToDo, "No zone is in progress."}};
    }
    const Direction expected = *expectedDirection();
    if (reported.direction != expected) {
        cue(Cue{.kind = CueKind::DirectionMismatch,
                .direction = reported.direction,
                .expected = expected});
    }
    PassRecord pass;
    pass.direction = reported.direction;
    pass.duration = reported.duration;
    pass.start = now() - reported.duration;
    pass.source = PassSource::Device;
    pass.distanceMm = reported.distanceMm;
    pass.speedMmPerS = reported.speedMmPerS;
    pass.meanPressureCn = reported.meanPressureCn;
    pass.peakPressureCn = reported.peakPressureCn;
    pass.depthUm = reported.depthUm;
    const bool highPressure =
        reported.peakPressureCn && *reported.peakPressureCn >= m_limits.pressureWarnCn;
    const bool stopPressure =
        reported.peakPressureCn && *reported.peakPressureCn >= m_limits.pressureStopCn;
    if (reported.peakPressureCn) {
        applyPressure(*reported.peakPressureCn, true);
    }
    if (highPressure) {
        ++m_record.highPressurePasses;
        ++m_zoneWarnings;
    }
    if (stopPressure || m_zoneWarnings >= kPressureWarningsPerZone) {
        m_record.zones.back().passes.push_back(pass);
        m_record.zones.back().stoppedForPressure = true;
        cue(Cue{.kind = CueKind::PressureStop});
        finishZone(false, std::string(skipCauseKey(SkipCause::Pressure)));
        return Done{};
    }
    recordPass(pass);
    return Done{};
}

Status<EngineError> SessionEngine::pressureSample(int centinewtons) {
    if (m_state != SessionState::InZone) {
        return Failure{EngineError{EngineErrorCode::NothingToDo, "No zone is in progress."}};
    }
    applyPressure(centinewtons, false);
    return Done{};
}

void SessionEngine::applyPressure(int centinewtons, bool endOfPass) {
    const int stage = centinewtons >= m_limits.pressureStopCn    ? 3
                      : centinewtons >= m_limits.pressureWarnCn  ? 2
                      : centinewtons >= m_limits.pressureLightCn ? 1
                                                                 : 0;
    if (stage <= m_pressureStage) {
        return;
    }
    m_pressureStage = stage;
    if (stage == 1) {
        cue(Cue{.kind = CueKind::PressureEaseOff});
    } else if (stage == 2) {
        cue(Cue{.kind = CueKind::PressureWarning});
    } else if (!endOfPass) {
        // The zone ends when the device reports the end of this pass.
        cue(Cue{.kind = CueKind::PressureWarning, .urgent = true});
    }
}

void SessionEngine::recordPass(PassRecord pass) {
    m_record.zones.back().passes.push_back(pass);
    ++m_passIndex;
    if (m_passIndex >= m_plan.zones[m_zoneIndex].totalPasses()) {
        finishZone(false, {});
    } else {
        beginPass();
    }
}

void SessionEngine::finishZone(bool skipped, std::string reason) {
    ZoneRecord& zone = m_record.zones.back();
    if (skipped) {
        zone.skipped = true;
        zone.skipReason = std::move(reason);
        cue(Cue{.kind = CueKind::ZoneSkipped, .zone = zone.zone});
    } else if (!zone.stoppedForPressure) {
        cue(Cue{.kind = CueKind::ZoneDone, .zone = zone.zone});
    }
    ++m_zoneIndex;
    if (m_zoneIndex < m_plan.zones.size()) {
        enterZone();
    } else {
        enterAftercare(SessionOutcome::Completed);
    }
}

void SessionEngine::enterAftercare(SessionOutcome outcome) {
    m_state = SessionState::Aftercare;
    m_record.end = now();
    // The needling is over: the outcome is known now, so a crash in aftercare loses nothing.
    m_record.outcome = outcome;
    m_pendingOutcome = outcome;
    cue(Cue{.kind = CueKind::Aftercare});
}

Seconds SessionEngine::activeTime() const {
    auto paused = m_pausedTotal;
    if (m_state == SessionState::Paused) {
        paused += m_clock.monotonic() - m_pausedAt;
    }
    return std::chrono::floor<Seconds>(m_clock.monotonic() - m_startedMono - paused);
}

void SessionEngine::tick() {
    if (m_state != SessionState::InZone) {
        return;
    }
    const Seconds active = activeTime();
    if (active >= m_limits.sessionMaxLength) {
        cue(Cue{.kind = CueKind::SessionLengthStop, .minutes = m_limits.sessionMaxLength});
        if (!m_record.zones.empty() &&
            m_record.zones.back().passes.size() <
                static_cast<std::size_t>(m_plan.zones[m_zoneIndex].totalPasses())) {
            m_record.zones.back().skipReason = std::string(skipCauseKey(SkipCause::LengthCap));
        }
        enterAftercare(SessionOutcome::StoppedEarly);
        return;
    }
    if (active >= m_limits.sessionWarnLength && !m_lengthWarningSent) {
        m_lengthWarningSent = true;
        cue(Cue{.kind = CueKind::SessionLengthWarning, .minutes = m_limits.sessionWarnLength});
    }
    if (m_paced && !m_passTimeUpSent &&
        m_clock.monotonic() - m_passStartedMono >= m_plan.zones[m_zoneIndex].secondsPerPass) {
        m_passTimeUpSent = true;
        cue(Cue{.kind = CueKind::PassTimeUp});
    }
}

Status<EngineError> SessionEngine::skipZone(std::string reason) {
    if (m_state != SessionState::InZone) {
        return Failure{EngineError{EngineErrorCode::WrongState, "No zone is in progress."}};
    }
    finishZone(true,
               reason.empty() ? std::string(skipCauseKey(SkipCause::ByUser)) : std::move(reason));
    return Done{};
}

Status<EngineError> SessionEngine::pause() {
    if (m_state != SessionState::InZone) {
        return Failure{
            EngineError{EngineErrorCode::WrongState, "Only a running session can pause."}};
    }
    m_state = SessionState::Paused;
    m_pausedAt = m_clock.monotonic();
    cue(Cue{.kind = CueKind::Paused});
    return Done{};
}

Status<EngineError> SessionEngine::resume() {
    if (m_state != SessionState::Paused) {
        return Failure{EngineError{EngineErrorCode::WrongState, "The session is not paused."}};
    }
    m_pausedTotal += m_clock.monotonic() - m_pausedAt;
    m_state = SessionState::InZone;
    // The interrupted pass starts again.
    m_passStartedMono = m_clock.monotonic();
    m_passTimeUpSent = false;
    cue(Cue{.kind = CueKind::Resumed, .pacedByApp = m_paced && reportsPasses(m_plan.family)});
    return Done{};
}

void SessionEngine::deviceLost() {
    if (m_state == SessionState::InZone) {
        (void)pause();
    }
    if (m_state == SessionState::Paused && !m_paced) {
        m_paced = true;
        cue(Cue{.kind = CueKind::DeviceLost});
    }
}

Status<EngineError> SessionEngine::stopEarly() {
    switch (m_state) {
    case SessionState::InZone:
    case SessionState::Paused:
        if (m_state == SessionState::Paused) {
            m_pausedTotal += m_clock.monotonic() - m_pausedAt;
        }
        if (!m_record.zones.empty()) {
            m_record.zones.back().skipReason = std::string(skipCauseKey(SkipCause::StoppedEarly));
        }
        enterAftercare(SessionOutcome::StoppedEarly);
        return Done{};
    case SessionState::Preparing:
    case SessionState::PreSessionCheck:
    case SessionState::Ready:
    case SessionState::Blocked:
        // Nothing was needled: the session ends without aftercare.
        m_state = SessionState::StoppedEarly;
        m_record.start = now();
        m_record.end = now();
        m_record.outcome = SessionOutcome::StoppedEarly;
        return Done{};
    default:
        return Failure{EngineError{EngineErrorCode::WrongState, "The session has already ended."}};
    }
}

Status<EngineError> SessionEngine::finish() {
    if (m_state != SessionState::Aftercare) {
        return Failure{EngineError{EngineErrorCode::WrongState, "Aftercare comes first."}};
    }
    m_state = m_pendingOutcome == SessionOutcome::Completed ? SessionState::Completed
                                                            : SessionState::StoppedEarly;
    return Done{};
}

SessionRecord SessionEngine::recover(SessionRecord snapshot) {
    if (!snapshot.outcome) {
        snapshot.outcome = SessionOutcome::Interrupted;
        TimePoint last = snapshot.start;
        for (const auto& zone : snapshot.zones) {
            for (const auto& pass : zone.passes) {
                last = std::max(last, pass.start + pass.duration);
            }
        }
        snapshot.end = last;
    }
    return snapshot;
}

} // namespace rollwise
