#pragma once

// The view model of History beside its list (HistoryListModel): a month calendar with the days
// that had a session, the sessions of a chosen day, and the charts (sessions per week, skin
// reactions per week). Every read is bounded by a date range, never the whole journal.

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration>

namespace rollwise::app {

class JournalManager;

class HistoryController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    // The month shown: its title, its days, the weekday its first day falls on (0 = the
    // locale's first day of the week) and how many sessions each day had (index 0: the 1st).
    Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY monthChanged)
    Q_PROPERTY(int daysInMonth READ daysInMonth NOTIFY monthChanged)
    Q_PROPERTY(int firstDayOffset READ firstDayOffset NOTIFY monthChanged)
    Q_PROPERTY(QStringList weekdayNames READ weekdayNames CONSTANT)
    Q_PROPERTY(QVariantList dayCounts READ dayCounts NOTIFY monthChanged)
    Q_PROPERTY(int sessionsInMonth READ sessionsInMonth NOTIFY monthChanged)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY monthChanged)
    // The day chosen in the calendar (0: none) and its sessions: [{uid, dateText, zonesText}].
    Q_PROPERTY(int selectedDay READ selectedDay WRITE setSelectedDay NOTIFY dayChanged)
    Q_PROPERTY(QVariantList daySessions READ daySessions NOTIFY dayChanged)
    // The last `weeks` weeks, oldest first.
    Q_PROPERTY(QVariantList weeklySessions READ weeklySessions NOTIFY chartsChanged)
    Q_PROPERTY(QVariantList weeklyReactions READ weeklyReactions NOTIFY chartsChanged)
    Q_PROPERTY(QStringList weekLabels READ weekLabels NOTIFY chartsChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY chartsChanged)
    // One zone over time: the zones to choose from [{key, name}], the zone chosen (a key) and its
    // latest sessions [{uid, dateText, detail, reaction, restText}], newest first.
    Q_PROPERTY(QVariantList timelineZones READ timelineZones CONSTANT)
    Q_PROPERTY(QString timelineZone READ timelineZone WRITE setTimelineZone NOTIFY timelineChanged)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY timelineChanged)

public:
    static constexpr int kWeeks = 12;
    static constexpr int kTimelineLength = 12;

    explicit HistoryController(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);

    [[nodiscard]] QString monthTitle() const;
    [[nodiscard]] int daysInMonth() const { return m_month.daysInMonth(); }
    [[nodiscard]] int firstDayOffset() const;
    [[nodiscard]] QStringList weekdayNames() const;
    [[nodiscard]] QVariantList dayCounts() const { return m_dayCounts; }
    [[nodiscard]] int sessionsInMonth() const { return m_sessionsInMonth; }
    [[nodiscard]] bool canGoForward() const;
    [[nodiscard]] int selectedDay() const { return m_selectedDay; }
    void setSelectedDay(int day);
    [[nodiscard]] QVariantList daySessions() const { return m_daySessions; }
    [[nodiscard]] QVariantList weeklySessions() const { return m_weeklySessions; }
    [[nodiscard]] QVariantList weeklyReactions() const { return m_weeklyReactions; }
    [[nodiscard]] QStringList weekLabels() const { return m_weekLabels; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QVariantList timelineZones() const;
    [[nodiscard]] QString timelineZone() const { return m_timelineZone; }
    void setTimelineZone(const QString& key);
    [[nodiscard]] QVariantList timeline() const { return m_timeline; }

    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    // Shows the month of `date` (tests, and a tap on a list entry).
    Q_INVOKABLE void showMonth(int year, int month);

signals:
    void journalChanged();
    void monthChanged();
    void dayChanged();
    void chartsChanged();
    void timelineChanged();

private:
    void reloadMonth();
    void reloadDay();
    void reloadCharts();
    void reloadAll();
    void reloadTimeline();

    QPointer<JournalManager> m_journal;
    QDate m_month; // the first day of the month shown
    QVariantList m_dayCounts;
    int m_sessionsInMonth = 0;
    int m_selectedDay = 0;
    QVariantList m_daySessions;
    QVariantList m_weeklySessions;
    QVariantList m_weeklyReactions;
    QStringList m_weekLabels;
    bool m_failed = false;
    QString m_timelineZone = QStringLiteral("forehead");
    QVariantList m_timeline;
};

} // namespace rollwise::app
