#include <rollwise/core/session.h>

#include <algorithm>

namespace rollwise {
namespace {

std::string name(Zone zone) {
    return std::string(zoneInfo(zone).displayName);
}

constexpr int kPressureWarningsPerZone = 3; // the third warning-level pass ends the zone

} // namespace

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

void SessionEngine::cue(CueKind kind, std::string text) {
    m_cues.push_back(Cue{kind, currentZone(), std::move(text)});
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
            m_record.zones.push_back(
                ZoneRecord{zone.zone, {}, true, decision.explain(zone.zone), false});
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
    m_blockReason.clear();
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
    cue(CueKind::ZoneStart, name(zone.zone) + ": " + std::to_string(zone.totalPasses()) +
                                " passes, " + std::string(describe(zone.directions.front())) +
                                " first. Hold the skin taut and lift the roller between passes.");
    beginPass();
}

void SessionEngine::beginPass() {
    const ZonePlan& zone = m_plan.zones[m_zoneIndex];
    m_passStartedMono = m_clock.monotonic();
    m_passTimeUpSent = false;
    m_pressureStage = 0;
    const Direction direction = zone.directionOfPass(m_passIndex);
    if (m_passIndex > 0 && zone.directionOfPass(m_passIndex - 1) != direction) {
        cue(CueKind::DirectionChange, "Now " + std::string(describe(direction)) + ".");
    }
    cue(CueKind::PassStart, "Pass " + std::to_string(m_passIndex + 1) + " of " +
                                std::to_string(zone.totalPasses()) + ", " +
                                std::string(describe(direction)) + ".");
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
            cue(CueKind::IgnoredPass, "The session is over: put the roller down.");
        }
        return Failure{EngineError{EngineErrorCode::NothingToDo, "No zone is in progress."}};
    }
    const Direction expected = *expectedDirection();
    if (reported.direction != expected) {
        cue(CueKind::DirectionMismatch, "That pass went " +
                                            std::string(describe(reported.direction)) +
                                            "; the guide says " + std::string(describe(expected)) +
                                            ". It counts; follow the guide for the next one.");
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
        cue(CueKind::PressureStop, "Too much pressure: " + name(m_plan.zones[m_zoneIndex].zone) +
                                       " ends here. Let the roller's weight do the work.");
        finishZone(false, "stopped for pressure");
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
        cue(CueKind::PressureEaseOff, "Ease off a little.");
    } else if (stage == 2) {
        cue(CueKind::PressureWarning, "Too much pressure: lighten your hand.");
    } else if (!endOfPass) {
        // The zone ends when the device reports the end of this pass.
        cue(CueKind::PressureWarning, "Far too much pressure: lift the roller now.");
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
        cue(CueKind::ZoneSkipped, name(zone.zone) + " skipped.");
    } else if (!zone.stoppedForPressure) {
        cue(CueKind::ZoneDone, name(zone.zone) + " done.");
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
    cue(CueKind::Aftercare,
        "Aftercare: a gentle serum now; no makeup or actives for 24 hours; mineral sunscreen "
        "from day 2; no sauna or swimming for 24 - 72 hours. See a doctor for spreading redness, "
        "pus or fever.");
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
        cue(CueKind::SessionLengthStop, "That is the longest a session may last: time for "
                                        "aftercare.");
        if (!m_record.zones.empty() &&
            m_record.zones.back().passes.size() <
                static_cast<std::size_t>(m_plan.zones[m_zoneIndex].totalPasses())) {
            m_record.zones.back().skipReason = "session length cap";
        }
        enterAftercare(SessionOutcome::StoppedEarly);
        return;
    }
    if (active >= m_limits.sessionWarnLength && !m_lengthWarningSent) {
        m_lengthWarningSent = true;
        cue(CueKind::SessionLengthWarning, "Sessions usually take at most 30 minutes: finish "
                                           "this zone and move to aftercare.");
    }
    if (m_paced && !m_passTimeUpSent &&
        m_clock.monotonic() - m_passStartedMono >= m_plan.zones[m_zoneIndex].secondsPerPass) {
        m_passTimeUpSent = true;
        cue(CueKind::PassTimeUp, "Lift the roller and confirm the pass.");
    }
}

Status<EngineError> SessionEngine::skipZone(std::string reason) {
    if (m_state != SessionState::InZone) {
        return Failure{EngineError{EngineErrorCode::WrongState, "No zone is in progress."}};
    }
    finishZone(true, reason.empty() ? "skipped by the user" : std::move(reason));
    return Done{};
}

Status<EngineError> SessionEngine::pause() {
    if (m_state != SessionState::InZone) {
        return Failure{
            EngineError{EngineErrorCode::WrongState, "Only a running session can pause."}};
    }
    m_state = SessionState::Paused;
    m_pausedAt = m_clock.monotonic();
    cue(CueKind::Paused, "Paused.");
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
    cue(CueKind::Resumed, m_paced && reportsPasses(m_plan.family)
                              ? "Resumed: Rollwise paces the passes now; confirm each one."
                              : "Resumed.");
    return Done{};
}

void SessionEngine::deviceLost() {
    if (m_state == SessionState::InZone) {
        (void)pause();
    }
    if (m_state == SessionState::Paused && !m_paced) {
        m_paced = true;
        cue(CueKind::DeviceLost, "The device disconnected. Resume to go on with Rollwise pacing "
                                 "each pass, or stop the session.");
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
            m_record.zones.back().skipReason = "session stopped early";
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
