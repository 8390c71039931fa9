#include "session_runner.h"

#include "journal_manager.h"
#include "logging.h"
#include "screen_awake.h"

#include <rollwise/core/database.h>
#include <rollwise/core/situation.h>

#include <QUuid>

#include <algorithm>

namespace rollwise::app {

namespace {

QString key(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString findingKey(const Finding& finding) {
    return QStringLiteral("%1/%2")
        .arg(static_cast<int>(finding.rule))
        .arg(finding.zone ? key(zoneInfo(*finding.zone).key) : QString());
}

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

void SessionRunner::attach(Database& db) {
    m_db = &db;
    auto unfinished = db.sessions().unfinished();
    if (!unfinished) {
        qCWarning(lcApp) << "unfinished sessions unreadable:"
                         << static_cast<int>(unfinished.error().code);
        return;
    }
    for (const auto& uid : unfinished.value()) {
        auto loaded = db.sessions().load(uid);
        if (!loaded) {
            continue;
        }
        SessionRecord recovered = SessionEngine::recover(std::move(loaded.value()));
        if (!db.sessions().save(uid, recovered)) {
            setProblem(Problem::WriteFailed);
            continue;
        }
        m_interrupted.push_back({uid, std::move(recovered)});
    }
    if (!m_interrupted.empty()) {
        qCInfo(lcApp) << "recovered" << m_interrupted.size() << "interrupted session(s)";
        emit interruptedChanged();
        emit sessionsChanged();
    }
    if (m_plan) {
        decide();
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

// ---- Planning ---------------------------------------------------------------------------------

bool SessionRunner::plan(const QString& goal, const QString& family, int needleLengthUm,
                         const QStringList& zones) {
    if (m_engine && (m_state == State::InZone || m_state == State::Paused)) {
        setProblem(Problem::WrongState);
        return false;
    }
    m_engine.reset();
    m_uid.clear();
    const auto g = goalFromString(goal.toStdString());
    const auto f = deviceFamilyFromString(family.toStdString());
    std::vector<Zone> selection;
    for (const auto& k : zones) {
        if (const auto zone = zoneFromKey(k.toStdString())) {
            selection.push_back(*zone);
        }
    }
    m_plan.reset();
    m_planError.reset();
    m_acknowledged.clear();
    m_overrides.clear();
    m_mismatch.clear();
    m_deviceDropped = false;
    if (!g || !f) {
        m_planError =
            PlanError{.code = PlanErrorCode::NoZones, .message = "unknown goal or device"};
    } else {
        auto made = makePlan(*g, *f, needleLengthUm, selection);
        if (made) {
            m_plan = std::move(made.value());
        } else {
            m_planError = made.error();
        }
    }
    setState(State::None);
    if (!m_plan) {
        m_decision = {};
        setProblem(Problem::NoPlan);
        emit planChanged();
        return false;
    }
    setState(State::Planned);
    decide();
    return true;
}

void SessionRunner::setProducts(const QStringList& products) {
    m_products.clear();
    for (const auto& product : products) {
        m_products.push_back(product.toStdString());
    }
    decide();
}

void SessionRunner::decide() {
    if (!m_plan) {
        return;
    }
    SituationRequest request;
    request.plan = m_plan->forGuard(m_products);
    if (!m_headUid.empty()) {
        request.headUid = m_headUid;
    }
    request.now = now();
    request.overrides = m_overrides;
    // JournalManager fails closed: no journal, or one it cannot read, blocks.
    m_decision = m_journal.decide(request);
    setProblem(m_db == nullptr                        ? Problem::JournalLocked
               : m_decision.session == Verdict::Block ? Problem::Blocked
                                                      : Problem::None);
    emit planChanged();
}

std::vector<Finding> SessionRunner::warnings() const {
    return m_decision.warningsToAcknowledge();
}

bool SessionRunner::acknowledged(const Finding& finding) const {
    return m_acknowledged.contains(findingKey(finding));
}

int SessionRunner::pendingWarnings() const {
    const auto all = warnings();
    return static_cast<int>(std::count_if(all.begin(), all.end(),
                                          [this](const Finding& f) { return !acknowledged(f); }));
}

std::vector<Finding> SessionRunner::blocks() const {
    std::vector<Finding> found;
    for (const auto& finding : m_decision.sessionFindings) {
        if (finding.verdict == Verdict::Block) {
            found.push_back(finding);
        }
    }
    for (const auto& zone : m_decision.zones) {
        for (const auto& finding : zone.findings) {
            if (finding.verdict == Verdict::Block) {
                found.push_back(finding);
            }
        }
    }
    return found;
}

bool SessionRunner::canStart() const {
    if (!m_plan || m_db == nullptr || m_decision.session == Verdict::Block) {
        return false;
    }
    const bool anyOpen =
        std::any_of(m_plan->zones.begin(), m_plan->zones.end(), [this](const ZonePlan& z) {
            return m_decision.verdictFor(z.zone) != Verdict::Block;
        });
    return anyOpen && pendingWarnings() == 0;
}

std::vector<SessionRunner::OpenQuestion> SessionRunner::openQuestions() const {
    std::vector<OpenQuestion> open;
    std::vector<Answer> answers;
    if (m_db != nullptr) {
        if (auto all = m_db->answers().all()) {
            answers = std::move(all.value());
        }
    }
    for (const auto& finding : m_decision.sessionFindings) {
        if ((finding.why.code != ReasonCode::QuestionUnanswered &&
             finding.why.code != ReasonCode::AnswerExpired) ||
            !finding.why.question) {
            continue;
        }
        OpenQuestion q{.question = *finding.why.question};
        for (const auto& a : answers) {
            if (a.question == q.question && (!q.lastAnswered || a.answeredAt > *q.lastAnswered)) {
                q.lastAnswered = a.answeredAt;
            }
        }
        open.push_back(q);
    }
    return open;
}

bool SessionRunner::answer(const QString& questionKey, bool yes) {
    const auto question = questionFromKey(questionKey.toStdString());
    if (m_db == nullptr || !question) {
        setProblem(m_db == nullptr ? Problem::JournalLocked : Problem::WrongState);
        return false;
    }
    Answer a;
    a.question = *question;
    a.yes = yes;
    a.answeredAt = now();
    if (!m_db->answers().save(a)) {
        setProblem(Problem::WriteFailed);
        return false;
    }
    decide();
    return true;
}

void SessionRunner::useHead(const QString& uid) {
    m_headUid = uid.toStdString();
    decide();
}

bool SessionRunner::addPlainHead(int needleLengthUm, int needleCount) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked);
        return false;
    }
    StoredHead stored;
    stored.uid = "head-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    stored.head.id = stored.uid;
    stored.head.family = DeviceFamily::PlainRoller;
    stored.head.needleLengthUm = needleLengthUm;
    stored.head.needleCount = needleCount;
    if (!m_db->heads().save(stored) || !m_db->settings().set(kCurrentHeadSetting, stored.uid)) {
        setProblem(Problem::WriteFailed);
        return false;
    }
    emit m_journal.headsChanged();
    useHead(QString::fromStdString(stored.uid));
    return true;
}

bool SessionRunner::confirmDisinfected() {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked);
        return false;
    }
    std::string uid = m_headUid;
    if (uid.empty()) {
        if (auto current = m_db->settings().get(kCurrentHeadSetting); current && current.value()) {
            uid = *current.value();
        }
    }
    auto heads = m_db->heads().all();
    if (!heads) {
        setProblem(Problem::WriteFailed);
        return false;
    }
    for (auto& stored : heads.value()) {
        if (stored.uid == uid) {
            stored.head.lastDisinfected = now();
            if (!m_db->heads().save(stored)) {
                setProblem(Problem::WriteFailed);
                return false;
            }
            emit m_journal.headsChanged();
            decide();
            return true;
        }
    }
    setProblem(Problem::WrongState);
    return false;
}

void SessionRunner::acknowledge(int index) {
    const auto all = warnings();
    if (index >= 0 && index < static_cast<int>(all.size())) {
        m_acknowledged.insert(findingKey(all[static_cast<std::size_t>(index)]));
        emit planChanged();
    }
}

bool SessionRunner::overrideBlock(int index, const QString& reason) {
    const auto all = blocks();
    if (index < 0 || index >= static_cast<int>(all.size())) {
        setProblem(Problem::WrongState);
        return false;
    }
    const Finding& finding = all[static_cast<std::size_t>(index)];
    if (!ruleInfo(finding.rule).overridable) {
        setProblem(Problem::NotOverridable);
        return false;
    }
    if (isBlank(reason.toStdString())) {
        setProblem(Problem::NeedsReason);
        return false;
    }
    m_overrides.push_back(
        Override{.rule = finding.rule, .zone = finding.zone, .reason = reason.toStdString()});
    decide();
    return true;
}

void SessionRunner::discard() {
    if (m_state == State::InZone || m_state == State::Paused) {
        return; // a running session ends with stopEarly, never silently
    }
    m_engine.reset();
    m_plan.reset();
    m_uid.clear();
    m_decision = {};
    setState(State::None);
    emit planChanged();
    emit progressChanged();
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
            m_mismatch = c.direction ? key(toString(*c.direction)) : QString();
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
    commit();
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

// Every change is written before the screen moves on: a killed app loses at most the pass in
// flight.
void SessionRunner::commit() {
    if (!m_engine || m_uid.empty() || m_db == nullptr) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto saved = m_db->sessions().save(m_uid, m_engine->record());
    const qint64 took = timer.nsecsElapsed();
    if (!saved) {
        qCWarning(lcApp) << "session commit failed:" << static_cast<int>(saved.error().code);
        setProblem(saved.error().code == DatabaseErrorCode::DiskFull ? Problem::DiskFull
                                                                     : Problem::WriteFailed);
        return;
    }
    const int total = m_engine->record().totalPasses();
    if (total != m_committedPasses) {
        m_commitNs.push_back(took);
        m_committedPasses = total;
    }
    if (m_problem == Problem::WriteFailed || m_problem == Problem::DiskFull) {
        setProblem(Problem::None);
    }
}

// ---- Values for the screen --------------------------------------------------------------------

const SessionRecord* SessionRunner::record() const {
    return m_engine ? &m_engine->record() : nullptr;
}

QString SessionRunner::family() const {
    return m_plan ? key(toString(m_plan->family)) : QString();
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
    return zone ? key(zoneInfo(*zone).key) : QString();
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
    return d ? key(toString(*d)) : QString();
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
