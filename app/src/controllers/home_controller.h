#pragma once

// The view model of Home: each zone's state from the guard's windows (for the zone map), the
// next session the guard allows, the head in use and its wear, the last session and the streak.
// Created by the page and given the journal; reads it again when sessions, heads or reactions
// change. Fails closed: a journal that cannot be read shows every zone blocked, and says why.

#include <rollwise/core/zone.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration>

namespace rollwise::app {

class JournalManager;

class HomeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    // The map shown: "face", "body" or "scalp"; `areas` lists those worth showing (the face, and
    // the body or the scalp once a session reached them).
    Q_PROPERTY(QString area READ area WRITE setArea NOTIFY changed)
    Q_PROPERTY(QStringList areas READ areas NOTIFY changed)
    Q_PROPERTY(QStringList areaNames READ areaNames NOTIFY changed)
    // [{key, state, label, description}] for ZoneMap; state: ready, opens, healing, blocked, never.
    Q_PROPERTY(QVariantList mapZones READ mapZones NOTIFY changed)
    // False: the journal is locked or could not be read; every zone shows blocked.
    Q_PROPERTY(bool readable READ readable NOTIFY changed)
    Q_PROPERTY(QString problemText READ problemText NOTIFY changed)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY changed)
    Q_PROPERTY(QString nextSessionTitle READ nextSessionTitle NOTIFY changed)
    Q_PROPERTY(QString nextSessionDetail READ nextSessionDetail NOTIFY changed)
    Q_PROPERTY(bool hasHead READ hasHead NOTIFY changed)
    Q_PROPERTY(QString headTitle READ headTitle NOTIFY changed)
    Q_PROPERTY(QString headDetail READ headDetail NOTIFY changed)
    Q_PROPERTY(int headWearPercent READ headWearPercent NOTIFY changed)
    Q_PROPERTY(QString lastSessionText READ lastSessionText NOTIFY changed)
    Q_PROPERTY(int streak READ streak NOTIFY changed)
    Q_PROPERTY(QString streakText READ streakText NOTIFY changed)

public:
    explicit HomeController(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] QString area() const { return m_area; }
    void setArea(const QString& area);
    [[nodiscard]] QStringList areas() const { return m_areas; }
    [[nodiscard]] QStringList areaNames() const;
    [[nodiscard]] QVariantList mapZones() const;
    [[nodiscard]] bool readable() const { return m_readable; }
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] int readyCount() const { return m_readyCount; }
    [[nodiscard]] QString nextSessionTitle() const { return m_nextTitle; }
    [[nodiscard]] QString nextSessionDetail() const { return m_nextDetail; }
    [[nodiscard]] bool hasHead() const { return !m_headTitle.isEmpty(); }
    [[nodiscard]] QString headTitle() const { return m_headTitle; }
    [[nodiscard]] QString headDetail() const { return m_headDetail; }
    [[nodiscard]] int headWearPercent() const { return m_headWearPercent; }
    [[nodiscard]] QString lastSessionText() const { return m_lastSession; }
    [[nodiscard]] int streak() const { return m_streak; }
    [[nodiscard]] QString streakText() const;

    // The one sentence that explains a zone's state (a tap on the map), from its key.
    Q_INVOKABLE QString explainZone(const QString& key) const;
    // A zone's state ("ready", "healing" ...) from its key, for tests and accessibility.
    Q_INVOKABLE QString zoneState(const QString& key) const;

    // Reads the journal again (also after the clock passed a zone's opening).
    Q_INVOKABLE void reload();

signals:
    void journalChanged();
    void changed();

private:
    struct ZoneView {
        Zone zone = Zone::Forehead;
        QString state;
        QString description;
    };
    [[nodiscard]] const ZoneView* find(const QString& key) const;

    QPointer<JournalManager> m_journal;
    QString m_area = QStringLiteral("face");
    QStringList m_areas{QStringLiteral("face")};
    std::vector<ZoneView> m_zones; // every zone of every region
    bool m_readable = false;
    bool m_locked = true;
    int m_readyCount = 0;
    QString m_nextTitle;
    QString m_nextDetail;
    QString m_headTitle;
    QString m_headDetail;
    int m_headWearPercent = 0;
    QString m_lastSession;
    int m_streak = 0;
};

} // namespace rollwise::app
