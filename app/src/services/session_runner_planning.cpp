// The session service before a session starts: the plan, the guard's decision on it, the
// questions whose answers expired, the head, warnings acknowledged one by one and overrides.
#include "journal_manager.h"
#include "logging.h"
#include "session_runner.h"

#include <rollwise/core/database.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/text.h>

#include <QUuid>

#include <algorithm>

namespace rollwise::app {

namespace {

// A warning as the acknowledgements remember it: its rule and zone.
QString findingKey(const Finding& finding) {
    return QStringLiteral("%1/%2")
        .arg(static_cast<int>(finding.rule))
        .arg(finding.zone ? platform::toQString(zoneInfo(*finding.zone).key) : QString());
}

} // namespace

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

bool SessionRunner::useDeviceHead(const std::string& uid, DeviceFamily family, int needleLengthUm,
                                  int needleCount) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked);
        return false;
    }
    const auto heads = m_db->heads().all();
    if (!heads) {
        setProblem(Problem::WriteFailed);
        return false;
    }
    const bool known = std::any_of(heads.value().begin(), heads.value().end(),
                                   [&](const StoredHead& h) { return h.uid == uid; });
    if (!known) {
        StoredHead stored;
        stored.uid = uid;
        stored.head.id = uid;
        stored.head.family = family;
        stored.head.needleLengthUm = needleLengthUm;
        stored.head.needleCount = needleCount;
        if (!m_db->heads().save(stored)) {
            setProblem(Problem::WriteFailed);
            return false;
        }
        emit m_journal.headsChanged();
    }
    useHead(QString::fromStdString(uid));
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

} // namespace rollwise::app
