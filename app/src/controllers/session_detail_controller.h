#pragma once

// The view model of one session's detail: its zones (passes per direction, pressure, depth,
// skipped and why), the warnings acknowledged and the overrides, the outcome, the skin reactions
// logged, and logging a new one with what it does to the zone's rest (the guard's extension).

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration>

namespace rollwise::app {

class JournalManager;

class SessionDetailController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(QString sessionUid READ sessionUid WRITE setSessionUid NOTIFY changed)
    // False: no such session, or it could not be read (the page says so).
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString outcomeText READ outcomeText NOTIFY changed)
    // [{key, name, passes, directions, pressure, depth, skipped, reactions}]
    Q_PROPERTY(QVariantList zones READ zones NOTIFY changed)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY changed)
    Q_PROPERTY(QStringList overrides READ overrides NOTIFY changed)
    // The reactions one can log, in Reaction's order, and what the last logging did.
    Q_PROPERTY(QStringList reactionNames READ reactionNames CONSTANT)
    Q_PROPERTY(QString reactionResult READ reactionResult NOTIFY changed)
    Q_PROPERTY(bool reactionFailed READ reactionFailed NOTIFY changed)

public:
    explicit SessionDetailController(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] QString sessionUid() const { return m_uid; }
    void setSessionUid(const QString& uid);

    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString outcomeText() const { return m_outcome; }
    [[nodiscard]] QVariantList zones() const { return m_zones; }
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] QStringList overrides() const { return m_overrides; }
    [[nodiscard]] QStringList reactionNames() const;
    [[nodiscard]] QString reactionResult() const { return m_reactionResult; }
    [[nodiscard]] bool reactionFailed() const { return m_reactionFailed; }

    // Logs reaction number `reaction` (reactionNames' order) on the zone `zoneKey` of this
    // session, then says how much longer the zone now rests. False if it was not saved.
    Q_INVOKABLE bool logReaction(const QString& zoneKey, int reaction);

signals:
    void journalChanged();
    void changed();

private:
    void reload();

    QPointer<JournalManager> m_journal;
    QString m_uid;
    bool m_found = false;
    QString m_title;
    QString m_summary;
    QString m_outcome;
    QVariantList m_zones;
    QStringList m_warnings;
    QStringList m_overrides;
    QString m_reactionResult;
    bool m_reactionFailed = false;
};

} // namespace rollwise::app
