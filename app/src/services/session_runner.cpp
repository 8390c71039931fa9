#include "session_runner.h"

#include "journal_manager.h"
#include "logging.h"
#include "screen_awake.h"

#include <rollwise/core/database.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/text.h>

#include <QUuid>

#include <algorithm>

namespace rollwise::app {

namespace {

// The cues a smart device should also make felt.
bool felt(CueKind kind) {
    switch (kind) {
    case CueKind::ZoneStart:
    case CueKind::PassStart:
    case CueKind::DirectionChange:
    case CueKind::ZoneDone:
    case CueKind::PressureEaseOff:
    case CueKind::PressureWarning:
    case CueKind::PressureStop:
        return true;
    default:
        return false;
    }
}

constexpr int kTickMs = 200;
// The setting that names the session whose check-in is still open.
constexpr std::string_view kCheckInSetting = "session.check-in";
constexpr Hours kCheckInAfter{12};

} // namespace

SessionRunner::SessionRunner(const Clock& clock, JournalManager& journal, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_journal(journal) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &SessionRunner::tick);
}

SessionRunner::~SessionRunner() {
    SessionRunnerForeign::forget(this);
}

TimePoint SessionRunner::now() const {
    return std::chrono::floor<Seconds>(m_clock.now());
}

void SessionRunner::keepScreenOnDuringSessions() {
    if (!m_screenAwake) {
        m_screenAwake = std::make_unique<ScreenAwake>();
    }
}

std::string SessionRunner::checkInSession() const {
    if (m_db == nullptr) {
        return {};
    }
    auto uid = m_db->settings().get(kCheckInSetting);
    return uid && uid.value() ? *uid.value() : std::string();
}

bool SessionRunner::checkInDue() const {
    const std::string uid = checkInSession();
    if (uid.empty()) {
        return false;
    }
    auto session = m_db->sessions().load(uid);
    return session && session.value().start + kCheckInAfter <= now();
}

bool SessionRunner::checkIn(const QString& reaction) {
    const auto value = reactionFromString(reaction.toStdString());
    const std::string uid = checkInSession();
    if (!value || uid.empty()) {
        setProblem(Problem::WrongState);
        return false;
    }
    auto session = m_db->sessions().load(uid);
    if (!session) {
        setProblem(Problem::WriteFailed);
        return false;
    }
    for (const ZoneRecord& zone : session.value().zones) {
        if (zone.passes.empty()) {
            continue;
        }
        ReactionEntry entry;
        entry.sessionUid = uid;
        entry.zone = zone.zone;
        entry.loggedAt = now();
        entry.reaction = *value;
        if (!m_db->answers().logReaction(entry)) {
            setProblem(Problem::WriteFailed);
            return false;
        }
    }
    if (!m_db->settings().set(kCheckInSetting, "")) {
        setProblem(Problem::WriteFailed);
        return false;
    }
    emit checkInChanged();
    emit sessionsChanged();
    return true;
}

void SessionRunner::dismissInterrupted() {
    m_interrupted.clear();
    emit interruptedChanged();
}

void SessionRunner::setProblem(Problem problem) {
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged();
    }
}

void SessionRunner::setState(State state) {
    if (state != m_state) {
        m_state = state;
        const bool running = state == State::InZone || state == State::Paused;
        if (running) {
            m_ticker.start();
        } else {
            m_ticker.stop();
        }
        if (m_screenAwake) {
            m_screenAwake->set(running);
        }
        emit stateChanged();
    }
}

// ---- The session ------------------------------------------------------------------------------

bool SessionRunner::ok(const Status<EngineError>& status) {
    if (status) {
        return true;
    }
    setProblem(status.error().code == EngineErrorCode::UnacknowledgedWarnings
                   ? Problem::Unacknowledged
                   : Problem::WrongState);
    return false;
}

bool SessionRunner::start() {
    if (!m_plan || m_db == nullptr) {
        setProblem(m_db == nullptr ? Problem::JournalLocked : Problem::NoPlan);
        return false;
    }
    decide(); // the journal may have changed since the plan was shown
    auto profile = loadProfile(m_db->settings());
    if (!profile) {
        setProblem(Problem::Blocked); // limits unreadable: fail closed
        return false;
    }
    std::string head = m_headUid;
    if (head.empty()) {
        if (auto current = m_db->settings().get(kCurrentHeadSetting); current && current.value()) {
            head = *current.value();
        }
    }
    m_limits = profile.value().limits;
    auto engine = std::make_unique<SessionEngine>(*m_plan, head, m_clock, m_limits);
    if (!ok(engine->confirmPrepared()) || !ok(engine->submitCheck(m_decision))) {
        return false;
    }
    if (engine->state() == SessionState::Blocked) {
        setProblem(Problem::Blocked);
        setState(State::Blocked);
        return false;
    }
    for (const auto& warning : engine->pendingWarnings()) {
        if (!acknowledged(warning)) {
            setProblem(Problem::Unacknowledged);
            return false;
        }
        if (!ok(engine->acknowledge(warning.rule, warning.zone))) {
            return false;
        }
    }
    if (!ok(engine->start())) {
        return false;
    }
    m_deviceDropped = false;
    if (!engine->pacedByApp() && !m_deviceLive) {
        // A smart device that is not connected: Rollwise paces the passes, and says so.
        engine->deviceLost();
        (void)engine->resume();
        m_deviceDropped = true;
    }
    m_engine = std::move(engine);
    m_uid = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    m_committedPasses = 0;
    m_passStarted = m_clock.monotonic();
    setProblem(Problem::None);
    afterEngine();
    return true;
}

bool SessionRunner::confirmPass() {
    m_mismatch.clear(); // shown until the next pass
    if (!m_engine || !ok(m_engine->confirmPass())) {
        return false;
    }
    afterEngine();
    return true;
}

bool SessionRunner::devicePass(const DevicePass& pass) {
    m_mismatch.clear(); // shown until the next pass
    if (!m_engine || !ok(m_engine->devicePass(pass))) {
        return false;
    }
    if (pass.depthUm) {
        m_depthUm = *pass.depthUm;
        emit pressureChanged();
    }
    afterEngine();
    return true;
}

void SessionRunner::pressureSample(int centinewtons) {
    m_pressureCn = centinewtons;
    // The gauge follows the hand; the engine's cues below can only raise it.
    m_pressureStage = centinewtons >= m_limits.pressureStopCn    ? 3
                      : centinewtons >= m_limits.pressureWarnCn  ? 2
                      : centinewtons >= m_limits.pressureLightCn ? 1
                                                                 : 0;
    if (m_engine && m_engine->state() == SessionState::InZone) {
        (void)m_engine->pressureSample(centinewtons);
        afterEngine();
    }
    emit pressureChanged();
}

void SessionRunner::depthSample(int micrometres) {
    if (micrometres != m_depthUm) {
        m_depthUm = micrometres;
        emit pressureChanged();
    }
}

void SessionRunner::setDeviceLive(bool live) {
    if (live != m_deviceLive) {
        m_deviceLive = live;
        emit progressChanged();
    }
}

void SessionRunner::setDeviceOrigin(const std::string& recordKey, int sequence) {
    if (!m_engine || (m_state != State::InZone && m_state != State::Paused)) {
        return;
    }
    m_engine->setDeviceOrigin(
        DeviceOrigin{recordKey, sequence, m_engine->record().start, /*timeTrusted=*/true});
    commit();
}

void SessionRunner::deviceLost() {
    const bool wasLive = m_deviceLive;
    m_deviceLive = false;
    if (m_engine && (m_state == State::InZone || m_state == State::Paused) && wasLive) {
        m_deviceDropped = true;
        m_engine->deviceLost();
        afterEngine();
    }
    emit progressChanged();
}

bool SessionRunner::skipZone(const QString& reason) {
    if (!m_engine || !ok(m_engine->skipZone(reason.toStdString()))) {
        return false;
    }
    afterEngine();
    return true;
}

bool SessionRunner::pause() {
    if (!m_engine || !ok(m_engine->pause())) {
        return false;
    }
    afterEngine();
    return true;
}

bool SessionRunner::resume() {
    if (!m_engine || !ok(m_engine->resume())) {
        return false;
    }
    afterEngine();
    return true;
}

bool SessionRunner::stopEarly() {
    if (!m_engine || !ok(m_engine->stopEarly())) {
        return false;
    }
    afterEngine();
    return true;
}

bool SessionRunner::finish() {
    if (!m_engine || !ok(m_engine->finish())) {
        return false;
    }
    afterEngine();
    return true;
}

void SessionRunner::tick() {
    if (!m_engine) {
        return;
    }
    const SessionState before = m_engine->state();
    m_engine->tick();
    takeCues();
    if (m_engine->state() != before) {
        afterEngine();
    }
    emit clockChanged();
}

void SessionRunner::takeCues() {
    for (const Cue& c : m_engine->takeCues()) {
        const auto mono = m_clock.monotonic();
        switch (c.kind) {
        case CueKind::ZoneStart:
            m_pressureStage = 0;
            emit pressureChanged();
            [[fallthrough]];
        case CueKind::PassStart:
            m_passStarted = mono;
            break;
        case CueKind::DirectionMismatch:
            m_mismatch = c.direction ? platform::toQString(toString(*c.direction)) : QString();
            break;
        case CueKind::PressureEaseOff:
            m_pressureStage = std::max(m_pressureStage, 1);
            emit pressureChanged();
            break;
        case CueKind::PressureWarning:
            m_pressureStage = std::max(m_pressureStage, 2);
            emit pressureChanged();
            break;
        case CueKind::PressureStop:
            m_pressureStage = 3;
            emit pressureChanged();
            break;
        case CueKind::Paused:
            m_pausedAt = mono;
            break;
        case CueKind::Resumed:
            // Pause time does not count towards the pass timer.
            m_passStarted += mono - m_pausedAt;
            break;
        default:
            break;
        }
        m_lastCue = c;
        ++m_cueSerial;
        emit cued();
        if (m_deviceLive && felt(c.kind)) {
            emit vibrate(static_cast<int>(c.kind));
        }
    }
}

void SessionRunner::afterEngine() {
    takeCues();
    // Written before anyone hears of the new state: an ended session is durable (and flushed
    // from the writer) when the aftercare screen and the history read it.
    commit();
    switch (m_engine->state()) {
    case SessionState::InZone:
        setState(State::InZone);
        break;
    case SessionState::Paused:
        setState(State::Paused);
        break;
    case SessionState::Aftercare:
        setState(State::Aftercare);
        break;
    case SessionState::Completed:
        setState(State::Completed);
        break;
    case SessionState::StoppedEarly:
        setState(State::StoppedEarly);
        break;
    case SessionState::Blocked:
        setState(State::Blocked);
        break;
    default:
        break;
    }
    emit progressChanged();
    emit clockChanged();
    if (m_state == State::Aftercare || m_state == State::Completed ||
        m_state == State::StoppedEarly) {
        if (m_db != nullptr && m_engine->record().totalPasses() > 0 && checkInSession() != m_uid) {
            (void)m_db->settings().set(kCheckInSetting, m_uid);
            emit checkInChanged();
        }
        emit sessionsChanged();
    }
}

// ---- Values for the screen --------------------------------------------------------------------

const SessionRecord* SessionRunner::record() const {
    return m_engine ? &m_engine->record() : nullptr;
}

QString SessionRunner::family() const {
    return m_plan ? platform::toQString(toString(m_plan->family)) : QString();
}

QString SessionRunner::area() const {
    if (!m_plan) {
        return QStringLiteral("face");
    }
    switch (regionFor(m_plan->goal)) {
    case Region::Body:
        return QStringLiteral("body");
    case Region::Scalp:
        return QStringLiteral("scalp");
    case Region::Face:
        break;
    }
    return QStringLiteral("face");
}

QString SessionRunner::currentZone() const {
    if (!m_engine) {
        return {};
    }
    const auto zone = m_engine->currentZone();
    return zone ? platform::toQString(zoneInfo(*zone).key) : QString();
}

int SessionRunner::zoneNumber() const {
    if (!m_engine) {
        return 0;
    }
    const auto zone = m_engine->currentZone();
    const auto& zones = m_engine->plan().zones;
    for (std::size_t i = 0; zone && i < zones.size(); ++i) {
        if (zones[i].zone == *zone) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

int SessionRunner::zoneCount() const {
    return m_engine ? static_cast<int>(m_engine->plan().zones.size()) : 0;
}

int SessionRunner::pass() const {
    return m_engine && m_engine->currentZone() ? m_engine->currentPass() + 1 : 0;
}

int SessionRunner::passes() const {
    if (!m_engine) {
        return 0;
    }
    const auto zone = m_engine->currentZone();
    for (const auto& z : m_engine->plan().zones) {
        if (zone && z.zone == *zone) {
            return z.totalPasses();
        }
    }
    return 0;
}

QString SessionRunner::direction() const {
    if (!m_engine) {
        return {};
    }
    const auto d = m_engine->expectedDirection();
    return d ? platform::toQString(toString(*d)) : QString();
}

bool SessionRunner::pacedByApp() const {
    return m_engine ? m_engine->pacedByApp() : true;
}

int SessionRunner::passSecondsLeft() const {
    if (!m_engine || !m_engine->currentZone()) {
        return 0;
    }
    const auto zone = *m_engine->currentZone();
    for (const auto& z : m_engine->plan().zones) {
        if (z.zone == zone) {
            auto elapsed = m_clock.monotonic() - m_passStarted;
            if (m_state == State::Paused) {
                elapsed = m_pausedAt - m_passStarted;
            }
            const auto left = z.secondsPerPass - std::chrono::duration_cast<Seconds>(elapsed);
            return static_cast<int>(std::max<Seconds::rep>(left.count(), 0));
        }
    }
    return 0;
}

int SessionRunner::zoneSecondsLeft() const {
    if (!m_engine || !m_engine->currentZone()) {
        return 0;
    }
    const auto zone = *m_engine->currentZone();
    for (const auto& z : m_engine->plan().zones) {
        if (z.zone == zone) {
            const int after = std::max(z.totalPasses() - m_engine->currentPass() - 1, 0);
            return passSecondsLeft() + after * static_cast<int>(z.secondsPerPass.count());
        }
    }
    return 0;
}

} // namespace rollwise::app
