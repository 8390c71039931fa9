#pragma once

// The view model of the journal page: the journal's lock, its backups and restore, the smart
// device and its sync, in the words the page shows. Created by the page and given its services;
// the services stay typed, this is where their state becomes sentences.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

namespace rollwise::app {

class BackupManager;
class DeviceManager;
class JournalAccess;
class JournalManager;

class JournalController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/backup_manager.h")
    Q_MOC_INCLUDE("services/device_manager.h")
    Q_MOC_INCLUDE("services/journal_access.h")
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalAccess* access READ access WRITE setAccess NOTIFY servicesChanged)
    Q_PROPERTY(
        rollwise::app::BackupManager* backups READ backups WRITE setBackups NOTIFY servicesChanged)
    Q_PROPERTY(
        rollwise::app::DeviceManager* devices READ devices WRITE setDevices NOTIFY servicesChanged)
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY servicesChanged)

    Q_PROPERTY(bool unlocked READ unlocked NOTIFY accessChanged)
    Q_PROPERTY(bool asksPassphrase READ asksPassphrase NOTIFY accessChanged)
    Q_PROPERTY(bool offersPassphrase READ offersPassphrase NOTIFY accessChanged)
    Q_PROPERTY(QString statusTitle READ statusTitle NOTIFY accessChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY accessChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY journalChanged)
    // The fewest characters a passphrase may have (core's rule).
    Q_PROPERTY(int passphraseMinimum READ passphraseMinimum CONSTANT)

    Q_PROPERTY(QString lastBackupText READ lastBackupText NOTIFY backupsChanged)
    Q_PROPERTY(QString backupMessage READ backupMessage NOTIFY backupsChanged)
    Q_PROPERTY(bool backupFailed READ backupFailed NOTIFY backupsChanged)
    Q_PROPERTY(QString restoreMessage READ restoreMessage NOTIFY backupsChanged)
    Q_PROPERTY(bool restoreFailed READ restoreFailed NOTIFY backupsChanged)

    Q_PROPERTY(QString deviceLabel READ deviceLabel NOTIFY servicesChanged)
    Q_PROPERTY(QString deviceNote READ deviceNote NOTIFY servicesChanged)
    Q_PROPERTY(QString deviceStateText READ deviceStateText NOTIFY deviceChanged)
    Q_PROPERTY(QString deviceSessionsMessage READ deviceSessionsMessage NOTIFY journalChanged)

public:
    explicit JournalController(QObject* parent = nullptr);

    [[nodiscard]] JournalAccess* access() const { return m_access; }
    [[nodiscard]] BackupManager* backups() const { return m_backups; }
    [[nodiscard]] DeviceManager* devices() const { return m_devices; }
    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setAccess(JournalAccess* access);
    void setBackups(BackupManager* backups);
    void setDevices(DeviceManager* devices);
    void setJournal(JournalManager* journal);

    [[nodiscard]] bool unlocked() const;
    [[nodiscard]] bool asksPassphrase() const;
    [[nodiscard]] bool offersPassphrase() const;
    [[nodiscard]] QString statusTitle() const;
    [[nodiscard]] QString statusMessage() const;
    [[nodiscard]] int sessionCount() const;
    [[nodiscard]] int passphraseMinimum() const;
    [[nodiscard]] QString lastBackupText() const;
    [[nodiscard]] QString backupMessage() const;
    [[nodiscard]] bool backupFailed() const;
    [[nodiscard]] QString restoreMessage() const;
    [[nodiscard]] bool restoreFailed() const;
    [[nodiscard]] QString deviceLabel() const;
    [[nodiscard]] QString deviceNote() const;
    [[nodiscard]] QString deviceStateText() const;
    [[nodiscard]] QString deviceSessionsMessage() const;

    // A zone's name for people, from its key ("left-cheek").
    Q_INVOKABLE QString zoneName(const QString& key) const;
    // "Where did you roll on Fri 10:13?" and what the card says under it.
    Q_INVOKABLE QString deviceSessionQuestion(const QDateTime& start) const;
    Q_INVOKABLE QString deviceSessionDetail(int passes, bool timeTrusted) const;
    // "Roller head, 0.25 mm" and "3 sessions, 36 passes".
    Q_INVOKABLE QString headTitle(bool cartridge, int needleLengthUm) const;
    Q_INVOKABLE QString headUsage(int sessions, int passes) const;

signals:
    void servicesChanged();
    void accessChanged();
    void backupsChanged();
    void deviceChanged();
    void journalChanged();

private:
    QPointer<JournalAccess> m_access;
    QPointer<BackupManager> m_backups;
    QPointer<DeviceManager> m_devices;
    QPointer<JournalManager> m_journal;
};

} // namespace rollwise::app
