#include "journal_manager.h"

#include "logging.h"

namespace rollwise::app {

JournalManager::JournalManager(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    // Connected before anyone else, so a binding woken by the signal reads the journal again.
    connect(this, &JournalManager::sessionsChanged, this, [this] { m_sessionCount.reset(); });
    connect(this, &JournalManager::pendingDeviceSessionsChanged, this,
            [this] { m_pendingCount.reset(); });
    connect(this, &JournalManager::availableChanged, this, [this] {
        m_sessionCount.reset();
        m_pendingCount.reset();
    });
}

JournalManager::~JournalManager() {
    JournalManagerForeign::forget(this);
}

TimePoint JournalManager::now() const {
    return std::chrono::floor<Seconds>(m_clock.now());
}

void JournalManager::attach(Database& db) {
    m_db = &db;
    emit availableChanged();
    merged();
    emit onboardingChanged();
}

void JournalManager::deviceSessionsStored(int newlyStored) {
    if (newlyStored <= 0) {
        return;
    }
    emit sessionsChanged();
    emit pendingDeviceSessionsChanged();
    emit headsChanged();
}

void JournalManager::merged() {
    emit sessionsChanged();
    emit pendingDeviceSessionsChanged();
    emit headsChanged();
}

void JournalManager::setProblem(Problem problem, Outcome outcome) const {
    if (problem == m_problem && outcome == m_outcome) {
        return;
    }
    m_problem = problem;
    m_outcome = outcome;
    emit const_cast<JournalManager*>(this)->problemChanged();
}

int JournalManager::sessionCount() const {
    if (m_db == nullptr) {
        return 0;
    }
    if (m_sessionCount) {
        return *m_sessionCount;
    }
    auto count = m_db->sessions().count();
    if (!count) {
        setProblem(Problem::ReadFailed);
        return 0; // not kept: the next read tries again
    }
    m_sessionCount = count.value();
    return *m_sessionCount;
}

std::vector<PendingDeviceSession> JournalManager::pendingDeviceSessions() const {
    return readPending().value_or(std::vector<PendingDeviceSession>{});
}

std::optional<std::vector<PendingDeviceSession>> JournalManager::readPending() const {
    if (m_db == nullptr) {
        return std::vector<PendingDeviceSession>{};
    }
    auto pending = m_db->sessions().pendingDeviceSessions();
    if (!pending) {
        qCInfo(lcApp) << "waiting device sessions unreadable:"
                      << static_cast<int>(pending.error().code);
        setProblem(Problem::ReadFailed);
        return std::nullopt;
    }
    std::vector<PendingDeviceSession> shown;
    for (auto& session : pending.value()) {
        if (!m_skipped.contains(QString::fromStdString(session.uid))) {
            shown.push_back(std::move(session));
        }
    }
    return shown;
}

int JournalManager::pendingDeviceSessionCount() const {
    if (m_pendingCount) {
        return *m_pendingCount;
    }
    const auto pending = readPending();
    if (!pending) {
        return 0; // not kept: the next read tries again
    }
    m_pendingCount = static_cast<int>(pending->size());
    return *m_pendingCount;
}

std::vector<JournalManager::HeadState> JournalManager::heads() const {
    if (m_db == nullptr) {
        return {};
    }
    auto heads = m_db->heads().all();
    auto profile = loadProfile(m_db->settings());
    if (!heads || !profile) {
        setProblem(Problem::ReadFailed);
        return {};
    }
    const TimePoint at = now();
    std::vector<HeadState> states;
    for (auto& stored : heads.value()) {
        const Head& h = stored.head;
        const bool used = h.sessions > 0 || h.passes > 0 || h.firstUse || h.lastUse;
        const auto lastUse = h.lastUse ? h.lastUse : h.firstUse;
        const bool clean = h.lastDisinfected && (!lastUse || *h.lastDisinfected >= *lastUse);
        HeadState state;
        state.wear = headWear(h, profile.value().limits, at);
        state.needsDisinfection = used && !clean;
        state.stored = std::move(stored);
        states.push_back(std::move(state));
    }
    return states;
}

bool JournalManager::placeDeviceSession(const QString& uid, const QStringList& zoneKeys) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return false;
    }
    std::vector<Zone> zones;
    for (const auto& key : zoneKeys) {
        if (const auto zone = zoneFromKey(key.toStdString())) {
            zones.push_back(*zone);
        }
    }
    if (zones.empty()) {
        setProblem(Problem::NoZoneChosen, Outcome::Failed);
        return false;
    }
    const auto placed = m_db->sessions().placeDeviceSession(uid.toStdString(), zones);
    if (!placed) {
        setProblem(placed.error().code == DatabaseErrorCode::DiskFull ? Problem::DiskFull
                                                                      : Problem::WriteFailed,
                   Outcome::Failed);
        return false;
    }
    setProblem(Problem::None, Outcome::Placed);
    emit pendingDeviceSessionsChanged();
    emit sessionsChanged();
    return true;
}

void JournalManager::skipDeviceSession(const QString& uid) {
    m_skipped.insert(uid);
    setProblem(Problem::None, Outcome::Skipped);
    emit pendingDeviceSessionsChanged();
}

GuardDecision JournalManager::decide(const SituationRequest& request, Situation* situation) const {
    if (m_db == nullptr) {
        // Fails closed like the builder: no journal, no history, no session.
        GuardDecision decision;
        decision.session = Verdict::Block;
        decision.effectiveNow = request.now;
        Finding finding;
        finding.rule = RuleId::JournalUnreadable;
        finding.verdict = Verdict::Block;
        finding.why = Reason{.code = ReasonCode::HistoryUnreadable};
        finding.reason = std::string(reasonKey(ReasonCode::HistoryUnreadable));
        decision.sessionFindings.push_back(finding);
        return decision;
    }
    return decideFromJournal(*m_db, request, situation);
}

} // namespace rollwise::app
