#include "session_detail_controller.h"

#include "services/journal_manager.h"

#include <rollwise/core/situation.h>

#include <QLocale>

#include <array>
#include <localizer.h>
#include <map>

namespace rollwise::app {

namespace {

using text::Localizer;

constexpr std::array kReactions{Reaction::None, Reaction::MildRedness, Reaction::LastingRedness,
                                Reaction::Irritation, Reaction::SignsOfInfection};

QString reactionName(Reaction reaction) {
    switch (reaction) {
    case Reaction::None:
        return SessionDetailController::tr("No reaction");
    case Reaction::MildRedness:
        return SessionDetailController::tr("Mild redness");
    case Reaction::LastingRedness:
        return SessionDetailController::tr("Redness that lasted");
    case Reaction::Irritation:
        return SessionDetailController::tr("Irritation");
    case Reaction::SignsOfInfection:
        return SessionDetailController::tr("Signs of infection");
    }
    return {};
}

QString newtons(int centinewtons) {
    return SessionDetailController::tr("%1 N").arg(
        QLocale().toString(centinewtons / 100.0, 'f', 1));
}

} // namespace

SessionDetailController::SessionDetailController(QObject* parent)
    : QObject(parent) {}

void SessionDetailController::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::sessionsChanged, this,
                &SessionDetailController::reload);
        connect(m_journal, &JournalManager::reactionsChanged, this,
                &SessionDetailController::reload);
    }
    reload();
    emit journalChanged();
}

void SessionDetailController::setSessionUid(const QString& uid) {
    if (uid == m_uid) {
        return;
    }
    m_uid = uid;
    m_reactionResult.clear();
    m_reactionFailed = false;
    reload();
}

QStringList SessionDetailController::reactionNames() const {
    QStringList names;
    for (const Reaction r : kReactions) {
        names << reactionName(r);
    }
    return names;
}

void SessionDetailController::reload() {
    m_found = false;
    m_title.clear();
    m_summary.clear();
    m_outcome.clear();
    m_zones.clear();
    m_warnings.clear();
    m_overrides.clear();
    const auto record =
        m_journal && !m_uid.isEmpty() ? m_journal->session(m_uid) : std::optional<SessionRecord>{};
    const auto reactions = m_journal && !m_uid.isEmpty()
                               ? m_journal->reactionsFor(m_uid)
                               : std::optional<std::vector<ReactionEntry>>{};
    if (!record || !reactions) {
        m_title = m_uid.isEmpty() ? tr("No session chosen") : tr("This session could not be read");
        m_summary = m_uid.isEmpty() ? tr("Choose a session in History to see it here.")
                                    : tr("Go back and try again; if it keeps happening, restart "
                                         "Rollwise. Nothing was changed.");
        emit changed();
        return;
    }
    const SessionRecord& r = *record;
    m_found = true;
    m_title = Localizer::dateTime(r.start);
    QStringList summary;
    summary << Localizer::goal(r.goal) << Localizer::millimetres(r.needleLengthUm)
            << Localizer::passes(r.totalPasses());
    if (r.end) {
        summary << Localizer::minutes(
            std::chrono::duration_cast<Minutes>(*r.end - r.start).count());
    }
    if (r.device) {
        summary << tr("from your smart device");
    }
    m_summary = summary.join(QStringLiteral(" · "));
    m_outcome = r.outcome ? Localizer::outcome(*r.outcome)
                          : tr("Not finished: Rollwise was closed during this session.");
    for (const ZoneRecord& z : r.zones) {
        std::map<Direction, int> byDirection;
        int meanSum = 0;
        int meanCount = 0;
        int peak = 0;
        int depth = 0;
        for (const PassRecord& p : z.passes) {
            ++byDirection[p.direction];
            if (p.meanPressureCn) {
                meanSum += *p.meanPressureCn;
                ++meanCount;
            }
            peak = std::max(peak, p.peakPressureCn.value_or(0));
            depth = std::max(depth, p.depthUm.value_or(0));
        }
        QStringList directions;
        for (const auto& [direction, count] : byDirection) {
            directions << tr("%1 × %2").arg(count).arg(Localizer::direction(direction));
        }
        QStringList zoneReactions;
        for (const auto& reaction : *reactions) {
            if (reaction.zone == z.zone) {
                zoneReactions << tr("%1 (logged %2)")
                                     .arg(reactionName(reaction.reaction),
                                          Localizer::date(reaction.loggedAt));
            }
        }
        const auto key = zoneInfo(z.zone).key;
        m_zones.append(QVariantMap{
            {QStringLiteral("key"), QString::fromUtf8(key.data(), static_cast<int>(key.size()))},
            {QStringLiteral("name"), Localizer::zoneName(z.zone)},
            {QStringLiteral("passes"), static_cast<int>(z.passes.size())},
            {QStringLiteral("directions"), directions.join(QStringLiteral(", "))},
            {QStringLiteral("pressure"),
             meanCount > 0
                 ? tr("pressure: mean %1, peak %2").arg(newtons(meanSum / meanCount), newtons(peak))
                 : QString()},
            {QStringLiteral("depth"),
             depth > 0 ? tr("depth %1").arg(Localizer::millimetres(depth)) : QString()},
            {QStringLiteral("skipped"),
             z.skipped ? tr("Left out: %1").arg(Localizer::skipReason(z.skipReason)) : QString()},
            {QStringLiteral("reactions"), zoneReactions.join(QStringLiteral("; "))},
        });
    }
    for (const Finding& f : r.acknowledged) {
        m_warnings << Localizer::ruleTitle(f.rule) +
                          (f.zone ? QStringLiteral(" (%1)").arg(Localizer::zoneName(*f.zone))
                                  : QString());
    }
    for (const Finding& f : r.overrides) {
        m_overrides << tr("%1: \"%2\"")
                           .arg(Localizer::ruleTitle(f.rule),
                                Localizer::fromUtf8(f.overrideReason));
    }
    emit changed();
}

bool SessionDetailController::logReaction(const QString& zoneKey, int reaction) {
    const auto zone = zoneFromKey(zoneKey.toStdString());
    if (!m_journal || !m_found || !zone || reaction < 0 ||
        reaction >= static_cast<int>(kReactions.size())) {
        return false;
    }
    const Reaction chosen = kReactions[static_cast<std::size_t>(reaction)];
    if (!m_journal->logReaction(m_uid, *zone, chosen)) {
        m_reactionFailed = true;
        m_reactionResult = tr("The reaction could not be saved. Try again; nothing was lost.");
        emit changed();
        return false;
    }
    // What the guard now makes of the zone: its window after every session and reaction.
    const auto record = m_journal->session(m_uid);
    SituationRequest request;
    request.now = m_journal->now();
    request.plan.zones = {*zone};
    request.plan.needleLengthUm = record ? record->needleLengthUm : 250;
    request.plan.passesPerZone = 1;
    request.plan.duration = Minutes(5);
    const GuardDecision decision = m_journal->decide(request);
    const ZoneDecision* zd = decision.zoneDecision(*zone);
    const QString name = Localizer::zoneName(*zone);
    m_reactionFailed = false;
    if (zd == nullptr) {
        m_reactionResult = tr("Saved. Rollwise could not read your journal to say what it "
                              "changes, so every zone stays closed.");
    } else if (zd->window.blockedUntilHealed) {
        m_reactionResult = tr("Saved. %1 stays closed until you log that it has healed; see a "
                              "professional if it gets worse.")
                               .arg(name);
    } else if (zd->window.reactionExtension > Seconds::zero() && zd->window.notBefore && record &&
               zd->window.basisStart == record->start) {
        m_reactionResult = tr("Saved. %1 now rests %2 longer: ready from %3.")
                               .arg(name, Localizer::duration(zd->window.reactionExtension),
                                    Localizer::dateTime(*zd->window.notBefore));
    } else {
        m_reactionResult = tr("Saved. This does not lengthen the rest of %1.").arg(name);
    }
    emit changed();
    return true;
}

} // namespace rollwise::app
