#include "session_controller.h"

#include "services/journal_manager.h"
#include "services/session_runner.h"

#include <rollwise/core/rules.h>

#include <QFileInfo>
#include <QVariantMap>

#include <algorithm>
#include <guard_text.h>
#include <localizer.h>
#include <session_text.h>

namespace rollwise::app {

using text::GuardText;
using text::Localizer;

namespace {

QString key(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString verdictKey(Verdict verdict) {
    switch (verdict) {
    case Verdict::Allow:
        return QStringLiteral("ready");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Block:
        return QStringLiteral("blocked");
    }
    return QStringLiteral("blocked");
}

// The zones of `region` the list does not have yet, drawn as not in this session (the eye area
// as never), so every zone on the map has a name for screen readers.
void appendOthers(QVariantList& list, Region region) {
    for (const ZoneInfo& info : zonesOf(region)) {
        const QString k = key(info.key);
        const bool listed = std::any_of(list.begin(), list.end(), [&](const QVariant& v) {
            return v.toMap().value(QStringLiteral("key")).toString() == k;
        });
        if (listed) {
            continue;
        }
        const bool never = !isNeedlingAllowed(info.zone);
        const QString name = Localizer::zoneName(info.zone);
        list.append(QVariantMap{
            {QStringLiteral("key"), k},
            {QStringLiteral("label"), name},
            {QStringLiteral("state"), never ? QStringLiteral("never") : QStringLiteral("none")},
            {QStringLiteral("description"),
             never ? SessionController::tr("%1: never needled").arg(name)
                   : SessionController::tr("%1: not in this session").arg(name)},
        });
    }
}

QString capitalised(QString text) {
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace

SessionController::SessionController(QObject* parent)
    : QObject(parent) {}

void SessionController::setSessions(SessionRunner* sessions) {
    if (sessions == m_sessions) {
        return;
    }
    if (m_sessions) {
        disconnect(m_sessions, nullptr, this, nullptr);
    }
    m_sessions = sessions;
    if (sessions != nullptr) {
        connect(sessions, &SessionRunner::planChanged, this, &SessionController::planChanged);
        connect(sessions, &SessionRunner::progressChanged, this,
                &SessionController::progressChanged);
        connect(sessions, &SessionRunner::stateChanged, this, &SessionController::progressChanged);
        connect(sessions, &SessionRunner::cued, this, &SessionController::cueChanged);
        connect(sessions, &SessionRunner::problemChanged, this, &SessionController::problemChanged);
        connect(sessions, &SessionRunner::interruptedChanged, this,
                &SessionController::interruptedChanged);
        connect(sessions, &SessionRunner::checkInChanged, this, &SessionController::checkInChanged);
    }
    emit sessionsChanged();
    emit planChanged();
    emit progressChanged();
    emit cueChanged();
    emit problemChanged();
    emit interruptedChanged();
    emit checkInChanged();
}

QVariantList SessionController::goals() const {
    QVariantList list;
    for (const Goal goal : {Goal::TextureAndFineLines, Goal::LookOfScars, Goal::Tone, Goal::Pores,
                            Goal::StretchMarks, Goal::Scalp}) {
        const QString label = capitalised(Localizer::goal(goal));
        const QString area = Localizer::regionName(regionFor(goal));
        list.append(
            QVariantMap{{QStringLiteral("value"), key(toString(goal))},
                        {QStringLiteral("text"), label.compare(area, Qt::CaseInsensitive) == 0
                                                     ? label
                                                     : tr("%1 (%2)").arg(label, area)}});
    }
    return list;
}

QVariantList SessionController::families() const {
    return {
        QVariantMap{{QStringLiteral("value"), QStringLiteral("plain-roller")},
                    {QStringLiteral("text"), tr("Plain roller")}},
        QVariantMap{{QStringLiteral("value"), QStringLiteral("smart-roller")},
                    {QStringLiteral("text"), tr("Smart roller")}},
        QVariantMap{{QStringLiteral("value"), QStringLiteral("pen")},
                    {QStringLiteral("text"), tr("Smart pen")}},
    };
}

QVariantList SessionController::planZones() const {
    QVariantList list;
    if (!m_sessions || !m_sessions->currentPlan()) {
        return list;
    }
    const auto& decision = m_sessions->decision();
    for (const ZonePlan& z : m_sessions->currentPlan()->zones) {
        const Verdict verdict = decision.verdictFor(z.zone);
        QStringList directions;
        for (const Direction d : z.directions) {
            directions.append(Localizer::direction(d));
        }
        const QString name = Localizer::zoneName(z.zone);
        const QString why = GuardText::explanation(decision.explain(z.zone));
        list.append(QVariantMap{
            {QStringLiteral("key"), key(zoneInfo(z.zone).key)},
            {QStringLiteral("label"), name},
            {QStringLiteral("state"),
             verdict == Verdict::Block ? QStringLiteral("blocked") : QStringLiteral("planned")},
            {QStringLiteral("verdict"), verdictKey(verdict)},
            {QStringLiteral("description"), tr("%1: %2").arg(name, why)},
            {QStringLiteral("reason"), why},
            {QStringLiteral("passes"), z.totalPasses()},
            {QStringLiteral("detail"),
             tr("%1, %2 each way: %3")
                 .arg(Localizer::passes(z.totalPasses()), Localizer::number(z.passesPerDirection),
                      directions.join(QStringLiteral(", ")))},
        });
    }
    return list;
}

QVariantList SessionController::planMap() const {
    QVariantList list = planZones();
    Region region = Region::Face;
    if (m_sessions && m_sessions->currentPlan()) {
        region = regionFor(m_sessions->currentPlan()->goal);
    }
    appendOthers(list, region);
    return list;
}

QString SessionController::estimatedTime() const {
    if (!m_sessions || !m_sessions->currentPlan()) {
        return {};
    }
    const auto minutes = std::chrono::ceil<Minutes>(m_sessions->currentPlan()->totalDuration());
    return tr("About %1").arg(Localizer::minutes(minutes.count()));
}

QString SessionController::guardSummary() const {
    if (!m_sessions || !m_sessions->currentPlan()) {
        return {};
    }
    return GuardText::explanation(m_sessions->decision().explain());
}

QString SessionController::planProblem() const {
    if (!m_sessions || !m_sessions->planError()) {
        return {};
    }
    return text::SessionText::planError(*m_sessions->planError());
}

QVariantList SessionController::questions() const {
    QVariantList list;
    if (!m_sessions) {
        return list;
    }
    for (const auto& q : m_sessions->openQuestions()) {
        list.append(QVariantMap{
            {QStringLiteral("key"), key(questionInfo(q.question).key)},
            {QStringLiteral("text"), Localizer::question(q.question)},
            {QStringLiteral("last"), q.lastAnswered
                                         ? tr("Last answered on %1; asked again because answers "
                                              "expire.")
                                               .arg(Localizer::date(*q.lastAnswered))
                                         : tr("Not answered yet.")},
        });
    }
    return list;
}

QVariantList SessionController::heads() const {
    QVariantList list;
    if (!m_sessions) {
        return list;
    }
    JournalManager* journal = &m_sessions->journal();
    for (const auto& state : journal->heads()) {
        if (state.stored.retiredAt) {
            continue;
        }
        const Head& h = state.stored.head;
        list.append(QVariantMap{
            {QStringLiteral("uid"), QString::fromStdString(state.stored.uid)},
            {QStringLiteral("label"),
             tr("%1, %2 needles")
                 .arg(Localizer::millimetres(h.needleLengthUm), Localizer::number(h.needleCount))},
            {QStringLiteral("wear"), static_cast<int>(state.wear.fraction * 100.0 + 0.5)},
            {QStringLiteral("needsDisinfection"), state.needsDisinfection},
            {QStringLiteral("selected"),
             QString::fromStdString(state.stored.uid) == m_sessions->headUid()},
        });
    }
    return list;
}

QVariantList SessionController::warnings() const {
    QVariantList list;
    if (!m_sessions) {
        return list;
    }
    const auto all = m_sessions->warnings();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Finding& f = all[i];
        list.append(QVariantMap{
            {QStringLiteral("index"), static_cast<int>(i)},
            {QStringLiteral("title"), Localizer::ruleTitle(f.rule)},
            {QStringLiteral("reason"), GuardText::reason(f.why)},
            {QStringLiteral("source"), key(ruleInfo(f.rule).source)},
            {QStringLiteral("acknowledged"), m_sessions->acknowledged(f)},
        });
    }
    return list;
}

QVariantList SessionController::blocks() const {
    QVariantList list;
    if (!m_sessions) {
        return list;
    }
    const auto all = m_sessions->blocks();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Finding& f = all[i];
        if (f.why.code == ReasonCode::QuestionUnanswered ||
            f.why.code == ReasonCode::AnswerExpired) {
            continue; // asked again in the questions above
        }
        list.append(QVariantMap{
            {QStringLiteral("index"), static_cast<int>(i)},
            {QStringLiteral("title"), Localizer::ruleTitle(f.rule)},
            {QStringLiteral("reason"), GuardText::reason(f.why)},
            {QStringLiteral("overridable"), ruleInfo(f.rule).overridable},
        });
    }
    return list;
}

QVariantList SessionController::sessionZones() const {
    QVariantList list;
    const SessionRecord* record = m_sessions ? m_sessions->record() : nullptr;
    if (record == nullptr) {
        return planMap();
    }
    const QString current = m_sessions->currentZone();
    for (const ZonePlan& z : m_sessions->currentPlan()->zones) {
        QString state = QStringLiteral("planned");
        for (const ZoneRecord& done : record->zones) {
            if (done.zone == z.zone) {
                state = done.skipped ? QStringLiteral("skipped")
                        : static_cast<int>(done.passes.size()) >= z.totalPasses()
                            ? QStringLiteral("done")
                            : QStringLiteral("planned");
            }
        }
        const QString name = Localizer::zoneName(z.zone);
        list.append(QVariantMap{{QStringLiteral("key"), key(zoneInfo(z.zone).key)},
                                {QStringLiteral("label"), name},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("description"), name}});
    }
    Q_UNUSED(current)
    appendOthers(list, regionFor(m_sessions->currentPlan()->goal));
    return list;
}

QString SessionController::zoneName() const {
    if (!m_sessions) {
        return {};
    }
    const auto zone = zoneFromKey(m_sessions->currentZone().toStdString());
    return zone ? Localizer::zoneName(*zone) : QString();
}

QString SessionController::directionText() const {
    return m_sessions ? directionName(m_sessions->direction()) : QString();
}

QString SessionController::directionName(const QString& directionKey) const {
    const auto d = directionFromString(directionKey.toStdString());
    return d ? capitalised(Localizer::direction(*d)) : QString();
}

QString SessionController::cueText() const {
    if (!m_sessions || m_sessions->cueSerial() == 0) {
        return {};
    }
    return text::SessionText::cue(m_sessions->lastCue());
}

QString SessionController::cueSound() const {
    if (!m_sessions || m_sessions->cueSerial() == 0) {
        return {};
    }
    switch (m_sessions->lastCue().kind) {
    case CueKind::ZoneStart:
        return QStringLiteral("zone");
    case CueKind::PassStart:
    case CueKind::PassTimeUp:
        return QStringLiteral("pass");
    case CueKind::DirectionChange:
    case CueKind::DirectionMismatch:
        return QStringLiteral("direction");
    case CueKind::ZoneDone:
    case CueKind::ZoneSkipped:
    case CueKind::Aftercare:
        return QStringLiteral("done");
    case CueKind::PressureEaseOff:
    case CueKind::PressureWarning:
    case CueKind::SessionLengthWarning:
        return QStringLiteral("pressure");
    case CueKind::PressureStop:
    case CueKind::SessionLengthStop:
    case CueKind::DeviceLost:
        return QStringLiteral("stop");
    case CueKind::Paused:
    case CueKind::Resumed:
    case CueKind::IgnoredPass:
        break;
    }
    return {};
}

// Qt Multimedia warns when it finds no sound server, so the guided page creates its sounds only
// where one runs (PulseAudio, or PipeWire's PulseAudio socket, on Linux).
bool SessionController::soundAvailable() const {
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsSet("PULSE_SERVER")) {
        return true;
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/pulse/native"));
#else
    return true;
#endif
}

QString SessionController::problemText() const {
    if (!m_sessions) {
        return {};
    }
    switch (m_sessions->problem()) {
    case SessionRunner::Problem::None:
        return {};
    case SessionRunner::Problem::JournalLocked:
        return tr("Open your journal first: sessions are kept there.");
    case SessionRunner::Problem::NoPlan:
        return planProblem();
    case SessionRunner::Problem::Blocked:
        return guardSummary();
    case SessionRunner::Problem::Unacknowledged:
        return tr("Read and accept each warning before you start.");
    case SessionRunner::Problem::WrongState:
        return tr("That is not possible right now.");
    case SessionRunner::Problem::WriteFailed:
        return tr("The last pass could not be saved. Keep going: Rollwise saves it again with the "
                  "next one.");
    case SessionRunner::Problem::DiskFull:
        return tr("The disk is full, so the last pass could not be saved. Free some space; "
                  "Rollwise saves it again with the next one.");
    case SessionRunner::Problem::NeedsReason:
        return tr("Say why you lift this block; the reason is kept with the session.");
    case SessionRunner::Problem::NotOverridable:
        return tr("This block cannot be lifted.");
    }
    return {};
}

QString SessionController::countdown(int seconds) const {
    const int s = std::max(seconds, 0);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariantList SessionController::aftercare() const {
    return {
        QVariantMap{
            {QStringLiteral("title"), tr("First 24 hours")},
            {QStringLiteral("text"),
             tr("Rinse with lukewarm water only. A gentle, fragrance-free serum; no makeup, "
                "acids, retinoids or vitamin C. Expect redness like a mild sunburn.")}},
        QVariantMap{{QStringLiteral("title"), tr("Day 2")},
                    {QStringLiteral("text"),
                     tr("Mineral sunscreen outdoors. No sauna, swimming pool or workout that "
                        "makes you sweat.")}},
        QVariantMap{{QStringLiteral("title"), tr("Days 3 - 7")},
                    {QStringLiteral("text"),
                     tr("Back to your usual routine, actives last. Tell Rollwise tomorrow how "
                        "your skin reacted.")}},
    };
}

QVariantList SessionController::reopening() const {
    QVariantList list;
    const SessionRecord* record = m_sessions ? m_sessions->record() : nullptr;
    if (record == nullptr) {
        return list;
    }
    JournalManager* journal = &m_sessions->journal();
    SituationRequest request;
    for (const ZoneRecord& z : record->zones) {
        if (!z.passes.empty()) {
            request.plan.zones.push_back(z.zone);
        }
    }
    if (request.plan.zones.empty()) {
        return list;
    }
    request.plan.needleLengthUm = record->needleLengthUm;
    request.now = m_sessions->now();
    const GuardDecision decision = journal->decide(request);
    for (const Zone zone : request.plan.zones) {
        const ZoneDecision* d = decision.zoneDecision(zone);
        const QString name = Localizer::zoneName(zone);
        list.append(QVariantMap{
            {QStringLiteral("key"), key(zoneInfo(zone).key)},
            {QStringLiteral("text"),
             d != nullptr && d->window.notBefore
                 ? tr("%1: ready again on %2").arg(name, Localizer::date(*d->window.notBefore))
                 : tr("%1: healing").arg(name)},
        });
    }
    return list;
}

QString SessionController::outcomeText() const {
    const SessionRecord* record = m_sessions ? m_sessions->record() : nullptr;
    if (record == nullptr) {
        return {};
    }
    const int passes = record->totalPasses();
    int zones = 0;
    for (const ZoneRecord& z : record->zones) {
        zones += z.passes.empty() ? 0 : 1;
    }
    const bool early = record->outcome == SessionOutcome::StoppedEarly;
    return (early ? tr("Stopped early after %1. Zones needled: %2. It is in your journal.")
                  : tr("Done: %1. Zones needled: %2. It is in your journal."))
        .arg(Localizer::passes(passes), Localizer::number(zones));
}

QString SessionController::interruptedText() const {
    if (!m_sessions || m_sessions->interrupted().empty()) {
        return {};
    }
    const auto& last = m_sessions->interrupted().back();
    int zones = 0;
    for (const ZoneRecord& z : last.record.zones) {
        zones += z.passes.empty() ? 0 : 1;
    }
    return tr("The session of %1 was interrupted after %2 (zones needled: %3). Everything done "
              "so far is in your journal, and those zones are healing.")
        .arg(Localizer::dateTime(last.record.start), Localizer::passes(last.record.totalPasses()),
             Localizer::number(zones));
}

} // namespace rollwise::app

namespace rollwise::app {

QString SessionController::checkInText() const {
    if (!m_sessions || !m_sessions->checkInDue()) {
        return {};
    }
    return tr("How does your skin look since your last session? Your answer sets when the zones "
              "may be needled again.");
}

QVariantList SessionController::reactions() const {
    const auto item = [](const char* value, const QString& text) {
        return QVariant(QVariantMap{{QStringLiteral("value"), QString::fromLatin1(value)},
                                    {QStringLiteral("text"), text}});
    };
    return {
        item("none", tr("Calm")),
        item("mild-redness", tr("Mild redness")),
        item("lasting-redness", tr("Redness that lasts")),
        item("irritation", tr("Irritated")),
        item("signs-of-infection", tr("Warm, swollen or pus")),
    };
}

} // namespace rollwise::app
