#include "history_controller.h"

#include "models/history_list_model.h"
#include "services/journal_manager.h"

#include <QLocale>
#include <QTimeZone>

#include <localizer.h>
#include <span>
#include <vector>

namespace rollwise::app {

namespace {

TimePoint startOf(QDate day) {
    return TimePoint{Seconds{day.startOfDay().toSecsSinceEpoch()}};
}

QDate localDay(TimePoint time) {
    return text::Localizer::toDateTime(time).toLocalTime().date();
}

// The first day of the week `day` falls in, by the locale's first day of the week.
QDate weekStart(QDate day) {
    const int first = static_cast<int>(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

} // namespace

HistoryController::HistoryController(QObject* parent)
    : QObject(parent) {
    const QDate today = QDate::currentDate();
    m_month = QDate(today.year(), today.month(), 1);
}

void HistoryController::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::sessionsChanged, this, &HistoryController::reloadAll);
        connect(m_journal, &JournalManager::availableChanged, this, &HistoryController::reloadAll);
        connect(m_journal, &JournalManager::reactionsChanged, this,
                &HistoryController::reloadCharts);
        connect(m_journal, &JournalManager::reactionsChanged, this,
                &HistoryController::reloadTimeline);
    }
    reloadAll();
    emit journalChanged();
}

void HistoryController::reloadAll() {
    if (m_journal && m_journal->available()) {
        // Open on the month of the newest session, so an old journal never opens on a blank one.
        const auto newest = m_journal->historyPage(std::nullopt, 1);
        const QDate today = QDate::currentDate();
        const QDate shown = newest && !newest->empty() ? localDay(newest->front().start) : today;
        m_month = QDate(shown.year(), shown.month(), 1);
    }
    m_selectedDay = 0;
    reloadMonth();
    reloadDay();
    reloadCharts();
    reloadTimeline();
}

QString HistoryController::monthTitle() const {
    return QLocale().standaloneMonthName(m_month.month()) + QLatin1Char(' ') +
           QString::number(m_month.year());
}

int HistoryController::firstDayOffset() const {
    const int first = static_cast<int>(QLocale().firstDayOfWeek());
    return (m_month.dayOfWeek() - first + 7) % 7;
}

QStringList HistoryController::weekdayNames() const {
    QStringList names;
    const int first = static_cast<int>(QLocale().firstDayOfWeek());
    for (int i = 0; i < 7; ++i) {
        names << QLocale().standaloneDayName((first - 1 + i) % 7 + 1, QLocale::NarrowFormat);
    }
    return names;
}

bool HistoryController::canGoForward() const {
    const QDate today = QDate::currentDate();
    return m_month < QDate(today.year(), today.month(), 1);
}

void HistoryController::previousMonth() {
    m_month = m_month.addMonths(-1);
    m_selectedDay = 0;
    reloadMonth();
    reloadDay();
}

void HistoryController::nextMonth() {
    if (!canGoForward()) {
        return;
    }
    m_month = m_month.addMonths(1);
    m_selectedDay = 0;
    reloadMonth();
    reloadDay();
}

void HistoryController::showMonth(int year, int month) {
    const QDate first(year, month, 1);
    if (!first.isValid()) {
        return;
    }
    m_month = first;
    m_selectedDay = 0;
    reloadMonth();
    reloadDay();
}

void HistoryController::setSelectedDay(int day) {
    if (day < 0 || day > daysInMonth() || day == m_selectedDay) {
        return;
    }
    m_selectedDay = day;
    reloadDay();
}

void HistoryController::reloadMonth() {
    std::vector<int> counts(static_cast<std::size_t>(m_month.daysInMonth()), 0);
    m_sessionsInMonth = 0;
    if (m_journal && m_journal->available()) {
        const auto starts =
            m_journal->sessionStarts(startOf(m_month), startOf(m_month.addMonths(1)));
        if (!starts) {
            m_failed = true;
        } else {
            for (const TimePoint start : *starts) {
                const QDate day = localDay(start);
                if (day.year() == m_month.year() && day.month() == m_month.month()) {
                    ++counts[static_cast<std::size_t>(day.day() - 1)];
                    ++m_sessionsInMonth;
                }
            }
        }
    }
    m_dayCounts.clear();
    for (const int count : counts) {
        m_dayCounts.append(count);
    }
    emit monthChanged();
}

void HistoryController::reloadDay() {
    m_daySessions.clear();
    if (m_selectedDay > 0 && m_journal && m_journal->available()) {
        const QDate day(m_month.year(), m_month.month(), m_selectedDay);
        // The sessions of one day: a page that starts at the day's end, cut at its start.
        const auto page = m_journal->historyPage(HistoryCursor{startOf(day.addDays(1)), 0}, 20);
        if (!page) {
            m_failed = true;
        } else {
            for (auto it = page->rbegin(); it != page->rend(); ++it) {
                if (it->start < startOf(day)) {
                    continue;
                }
                m_daySessions.append(QVariantMap{
                    {QStringLiteral("uid"), QString::fromStdString(it->uid)},
                    {QStringLiteral("dateText"), text::Localizer::dateTime(it->start)},
                    {QStringLiteral("zonesText"), HistoryListModel::zonesText(*it)},
                    {QStringLiteral("detail"), HistoryListModel::detailText(*it)},
                });
            }
        }
    }
    emit dayChanged();
}

void HistoryController::reloadCharts() {
    m_weeklySessions.clear();
    m_weeklyReactions.clear();
    m_weekLabels.clear();
    const QDate thisWeek = weekStart(QDate::currentDate());
    const QDate from = thisWeek.addDays(-7 * (kWeeks - 1));
    std::vector<int> sessions(kWeeks, 0);
    std::vector<int> reactions(kWeeks, 0);
    if (m_journal && m_journal->available()) {
        const auto starts = m_journal->sessionStarts(startOf(from), startOf(thisWeek.addDays(7)));
        const auto logged =
            m_journal->reactionsBetween(startOf(from), startOf(thisWeek.addDays(7)));
        m_failed = !starts || !logged;
        const auto weekOf = [&](TimePoint t) {
            return static_cast<int>(from.daysTo(localDay(t)) / 7);
        };
        for (const TimePoint t : starts.value_or(std::vector<TimePoint>{})) {
            if (const int w = weekOf(t); w >= 0 && w < kWeeks) {
                ++sessions[static_cast<std::size_t>(w)];
            }
        }
        for (const auto& r : logged.value_or(std::vector<ReactionEntry>{})) {
            if (r.reaction == Reaction::None) {
                continue;
            }
            if (const int w = weekOf(r.loggedAt); w >= 0 && w < kWeeks) {
                ++reactions[static_cast<std::size_t>(w)];
            }
        }
    }
    for (int w = 0; w < kWeeks; ++w) {
        m_weeklySessions.append(sessions[static_cast<std::size_t>(w)]);
        m_weeklyReactions.append(reactions[static_cast<std::size_t>(w)]);
        m_weekLabels << QLocale().toString(from.addDays(7 * w), QStringLiteral("d MMM"));
    }
    emit chartsChanged();
}

QVariantList HistoryController::timelineZones() const {
    QVariantList zones;
    for (const ZoneInfo& info : allZones()) {
        if (!info.needlingAllowed) {
            continue;
        }
        zones.append(QVariantMap{
            {QStringLiteral("key"),
             QString::fromUtf8(info.key.data(), static_cast<int>(info.key.size()))},
            {QStringLiteral("name"), text::Localizer::zoneName(info.zone)},
        });
    }
    return zones;
}

void HistoryController::setTimelineZone(const QString& key) {
    if (key == m_timelineZone || !zoneFromKey(key.toStdString())) {
        return;
    }
    m_timelineZone = key;
    reloadTimeline();
}

void HistoryController::reloadTimeline() {
    m_timeline.clear();
    const auto zone = zoneFromKey(m_timelineZone.toStdString());
    if (zone && m_journal && m_journal->available()) {
        const auto entries = m_journal->zoneHistory(*zone, kTimelineLength);
        if (!entries) {
            m_failed = true;
        }
        for (const auto& entry : entries.value_or(std::vector<ZoneSessionEntry>{})) {
            // This session alone: the rest it asked of the zone, with any reaction logged on it.
            PastSession past;
            past.start = entry.start;
            past.needleLengthUm = entry.needleLengthUm;
            PastZone pastZone{*zone, entry.passes, Reaction::None, std::nullopt};
            QString reaction;
            const QString uid = QString::fromStdString(entry.uid);
            for (const auto& logged :
                 m_journal->reactionsFor(uid).value_or(std::vector<ReactionEntry>{})) {
                if (logged.zone == *zone && logged.reaction != Reaction::None) {
                    pastZone.reaction = logged.reaction;
                    pastZone.healedAt = logged.healedAt;
                    reaction = tr("skin reaction logged");
                }
            }
            past.zones.push_back(pastZone);
            const ZoneWindow window = healingWindow(*zone, std::span(&past, 1), Limits{});
            const QString rest =
                window.blockedUntilHealed ? tr("closed until it has healed")
                : window.notBefore
                    ? (window.reactionExtension > Seconds::zero()
                           ? tr("rested until %1 (%2 longer after the reaction)")
                                 .arg(text::Localizer::date(*window.notBefore),
                                      text::Localizer::duration(window.reactionExtension))
                           : tr("rested until %1").arg(text::Localizer::date(*window.notBefore)))
                    : QString();
            m_timeline.append(QVariantMap{
                {QStringLiteral("uid"), uid},
                {QStringLiteral("dateText"), text::Localizer::dateTime(entry.start)},
                {QStringLiteral("detail"),
                 QStringLiteral("%1 · %2").arg(text::Localizer::passes(entry.passes),
                                               text::Localizer::millimetres(entry.needleLengthUm))},
                {QStringLiteral("reaction"), reaction},
                {QStringLiteral("restText"), rest},
            });
        }
    }
    emit timelineChanged();
}

} // namespace rollwise::app
