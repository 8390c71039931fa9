#include "home_controller.h"

#include "services/journal_manager.h"

#include <rollwise/core/situation.h>

#include <algorithm>
#include <cmath>
#include <guard_text.h>
#include <localizer.h>

namespace rollwise::app {

namespace {

using text::GuardText;
using text::Localizer;

// What Home asks the guard about: every zone that may be needled, with the head in use, so each
// zone's window and blocks show; the plan itself is never started from here.
constexpr int kPlannedPasses = 8;
constexpr int kFallbackNeedleUm = 250;
constexpr Minutes kPlannedLength{15};

QString regionKey(Region region) {
    switch (region) {
    case Region::Face:
        return QStringLiteral("face");
    case Region::Body:
        return QStringLiteral("body");
    case Region::Scalp:
        return QStringLiteral("scalp");
    }
    return QStringLiteral("face");
}

bool journalUnreadable(const GuardDecision& decision) {
    return std::any_of(decision.sessionFindings.begin(), decision.sessionFindings.end(),
                       [](const Finding& f) { return f.rule == RuleId::JournalUnreadable; });
}

const Finding* firstBlock(const std::vector<Finding>& findings) {
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.verdict == Verdict::Block; });
    return it == findings.end() ? nullptr : &*it;
}

// The head in use: the one not retired that was used (or started) last.
const JournalManager::HeadState* headInUse(const std::vector<JournalManager::HeadState>& heads) {
    const JournalManager::HeadState* best = nullptr;
    TimePoint bestAt{};
    for (const auto& state : heads) {
        if (state.stored.retiredAt) {
            continue;
        }
        const Head& h = state.stored.head;
        const TimePoint used = h.lastUse.value_or(h.firstUse.value_or(TimePoint{}));
        if (best == nullptr || used >= bestAt) {
            best = &state;
            bestAt = used;
        }
    }
    return best;
}

} // namespace

HomeController::HomeController(QObject* parent)
    : QObject(parent) {
    reload();
}

void HomeController::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        for (const auto signal :
             {&JournalManager::availableChanged, &JournalManager::sessionsChanged,
              &JournalManager::headsChanged, &JournalManager::pendingDeviceSessionsChanged,
              &JournalManager::reactionsChanged}) {
            connect(m_journal, signal, this, &HomeController::reload);
        }
    }
    reload();
    emit journalChanged();
}

void HomeController::setArea(const QString& area) {
    if (area == m_area || !m_areas.contains(area)) {
        return;
    }
    m_area = area;
    emit changed();
}

QStringList HomeController::areaNames() const {
    QStringList names;
    for (const auto& area : m_areas) {
        names << (area == QLatin1String("body")    ? Localizer::regionName(Region::Body)
                  : area == QLatin1String("scalp") ? Localizer::regionName(Region::Scalp)
                                                   : Localizer::regionName(Region::Face));
    }
    return names;
}

QVariantList HomeController::mapZones() const {
    QVariantList zones;
    for (const auto& view : m_zones) {
        if (regionKey(zoneInfo(view.zone).region) != m_area) {
            continue;
        }
        zones.append(QVariantMap{
            {QStringLiteral("key"),
             QString::fromUtf8(zoneInfo(view.zone).key.data(), zoneInfo(view.zone).key.size())},
            {QStringLiteral("state"), view.state},
            {QStringLiteral("label"), Localizer::zoneName(view.zone)},
            {QStringLiteral("description"), view.description},
        });
    }
    return zones;
}

const HomeController::ZoneView* HomeController::find(const QString& key) const {
    const auto zone = zoneFromKey(key.toStdString());
    if (!zone) {
        return nullptr;
    }
    const auto it = std::find_if(m_zones.begin(), m_zones.end(),
                                 [&](const ZoneView& v) { return v.zone == *zone; });
    return it == m_zones.end() ? nullptr : &*it;
}

QString HomeController::explainZone(const QString& key) const {
    const ZoneView* view = find(key);
    return view != nullptr ? view->description : QString();
}

QString HomeController::zoneState(const QString& key) const {
    const ZoneView* view = find(key);
    return view != nullptr ? view->state : QString();
}

QString HomeController::problemText() const {
    if (m_readable) {
        return {};
    }
    if (m_locked) {
        return tr("Your journal is locked, so Rollwise cannot tell which zones have healed. "
                  "Every zone stays closed until you unlock it on the Journal page.");
    }
    return tr("Your journal could not be read, so Rollwise cannot tell which zones have healed. "
              "Every zone stays closed; restart Rollwise, or restore a backup if it keeps "
              "happening.");
}

QString HomeController::streakText() const {
    if (!m_readable) {
        return {};
    }
    if (m_streak == 0) {
        return tr("No streak yet: each session inside its window adds one. Sessions too early "
                  "never count.");
    }
    return tr("%n session(s) in a row inside their window. Sessions too early never count.",
              nullptr, m_streak);
}

void HomeController::reload() {
    m_zones.clear();
    m_readyCount = 0;
    m_streak = 0;
    m_headTitle.clear();
    m_headDetail.clear();
    m_headWearPercent = 0;
    m_lastSession.clear();
    m_nextTitle.clear();
    m_nextDetail.clear();
    m_locked = !m_journal || !m_journal->available();

    GuardDecision decision;
    Situation situation;
    bool unreadable = true;
    if (!m_locked) {
        const auto heads = m_journal->heads();
        const JournalManager::HeadState* head = headInUse(heads);
        const auto last = m_journal->historyPage(std::nullopt, 1);
        SituationRequest request;
        request.now = m_journal->now();
        for (const auto& info : allZones()) {
            if (info.needlingAllowed) {
                request.plan.zones.push_back(info.zone);
            }
        }
        request.plan.needleLengthUm = head != nullptr          ? head->stored.head.needleLengthUm
                                      : last && !last->empty() ? last->front().needleLengthUm
                                                               : kFallbackNeedleUm;
        request.plan.passesPerZone = kPlannedPasses;
        request.plan.duration = kPlannedLength;
        decision = m_journal->decide(request, &situation);
        unreadable = journalUnreadable(decision) || !last;
        if (head != nullptr) {
            const Head& h = head->stored.head;
            m_headWearPercent = static_cast<int>(std::floor(head->wear.fraction * 100.0));
            m_headTitle = usesSingleUseCartridges(h.family)
                              ? tr("Cartridge, %1").arg(Localizer::millimetres(h.needleLengthUm))
                              : tr("Roller head, %1").arg(Localizer::millimetres(h.needleLengthUm));
            m_headDetail = tr("%1% worn after %2.")
                               .arg(m_headWearPercent)
                               .arg(Localizer::sessions(h.sessions));
            if (head->needsDisinfection) {
                m_headDetail += QLatin1Char(' ') + tr("Disinfect it before the next session.");
            }
        }
        if (last && !last->empty()) {
            const SessionSummary& s = last->front();
            m_lastSession =
                tr("Last session: %1, %n zone(s), %2.", nullptr,
                   static_cast<int>(s.zonePasses.size()))
                    .arg(Localizer::dateTime(s.start), Localizer::passes(s.totalPasses));
        } else if (last) {
            m_lastSession = tr("No session yet.");
        }
    }
    m_readable = !m_locked && !unreadable;

    std::optional<TimePoint> nextOpening;
    std::optional<Zone> nextZone;
    for (const auto& info : allZones()) {
        ZoneView view;
        view.zone = info.zone;
        const QString name = Localizer::zoneName(info.zone);
        const ZoneDecision* zd = m_readable ? decision.zoneDecision(info.zone) : nullptr;
        if (!info.needlingAllowed) {
            view.state = QStringLiteral("never");
            view.description = tr("%1: never needled; the skin there is too thin.").arg(name);
        } else if (zd == nullptr) {
            // Fail closed: without the journal no zone is shown as ready.
            view.state = QStringLiteral("blocked");
            view.description =
                m_locked ? tr("%1: closed until you unlock your journal.").arg(name)
                         : tr("%1: closed, because your journal could not be read.").arg(name);
        } else if (const Finding* block = firstBlock(zd->findings);
                   block != nullptr || zd->window.blockedUntilHealed) {
            const Reason why = block != nullptr ? block->why : Reason{};
            view.state = zd->window.blockedUntilHealed || block == nullptr
                             ? QStringLiteral("blocked")
                         : why.code == ReasonCode::StillHealing ? QStringLiteral("healing")
                         : why.until                            ? QStringLiteral("opens")
                                                                : QStringLiteral("blocked");
            view.description = block != nullptr
                                   ? GuardText::reason(why)
                                   : tr("%1: closed until the skin has healed.").arg(name);
            if (why.until && !zd->window.blockedUntilHealed &&
                (!nextOpening || *why.until < *nextOpening)) {
                nextOpening = why.until;
                nextZone = info.zone;
            }
        } else {
            view.state = QStringLiteral("ready");
            view.description = tr("%1: ready.").arg(name);
        }
        m_zones.push_back(view);
    }

    // The face always; the body and the scalp once a session reached them.
    QStringList areas{QStringLiteral("face")};
    if (m_readable) {
        for (const Region region : {Region::Body, Region::Scalp}) {
            const bool used = std::any_of(
                situation.history.begin(), situation.history.end(), [&](const PastSession& s) {
                    return std::any_of(s.zones.begin(), s.zones.end(), [&](const PastZone& z) {
                        return z.passes > 0 && zoneInfo(z.zone).region == region;
                    });
                });
            if (used) {
                areas << regionKey(region);
            }
        }
        m_streak =
            currentStreak(situation.history, decision.effectiveNow, situation.profile.limits);
    }
    m_areas = areas;
    if (!m_areas.contains(m_area)) {
        m_area = QStringLiteral("face");
    }
    // Ready zones of the areas Home shows (the body and the scalp only once used), so the count
    // matches the maps.
    m_readyCount =
        static_cast<int>(std::count_if(m_zones.begin(), m_zones.end(), [&](const ZoneView& v) {
            return v.state == QStringLiteral("ready") &&
                   m_areas.contains(regionKey(zoneInfo(v.zone).region));
        }));

    if (!m_readable) {
        m_nextTitle = tr("No session until your journal can be read");
    } else {
        if (m_readyCount > 0) {
            m_nextTitle = tr("A session is possible now: %n zone(s) ready", nullptr, m_readyCount);
        } else if (nextOpening && nextZone) {
            m_nextTitle =
                tr("Next session: from %1 (%2)")
                    .arg(Localizer::dateTime(*nextOpening), Localizer::zoneName(*nextZone));
        } else {
            m_nextTitle = tr("No zone can be needled at the moment");
        }
        if (const Finding* block = firstBlock(decision.sessionFindings)) {
            m_nextDetail = tr("Before you start: %1").arg(GuardText::reason(block->why));
        }
    }
    emit changed();
}

} // namespace rollwise::app
