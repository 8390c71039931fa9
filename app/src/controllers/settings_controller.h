#pragma once

// The view model of Settings and its sub-pages (data, key, about): the words for what the
// export and the key change did, and the bridges between file dialogs (URLs) and the services
// (paths). Created by a page and given its services.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQmlIntegration>

namespace rollwise::app {

class BackupManager;
class JournalAccess;

class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/backup_manager.h")
    Q_MOC_INCLUDE("services/journal_access.h")
    Q_PROPERTY(
        rollwise::app::JournalAccess* access READ access WRITE setAccess NOTIFY servicesChanged)
    Q_PROPERTY(
        rollwise::app::BackupManager* backups READ backups WRITE setBackups NOTIFY servicesChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY backupsChanged)
    Q_PROPERTY(bool exportFailed READ exportFailed NOTIFY backupsChanged)
    Q_PROPERTY(QString keyMessage READ keyMessage NOTIFY accessChanged)
    Q_PROPERTY(bool keyFailed READ keyFailed NOTIFY accessChanged)
    Q_PROPERTY(bool usesPassphrase READ usesPassphrase NOTIFY accessChanged)

public:
    explicit SettingsController(QObject* parent = nullptr);

    [[nodiscard]] JournalAccess* access() const { return m_access; }
    [[nodiscard]] BackupManager* backups() const { return m_backups; }
    void setAccess(JournalAccess* access);
    void setBackups(BackupManager* backups);

    [[nodiscard]] QString exportMessage() const;
    [[nodiscard]] bool exportFailed() const;
    [[nodiscard]] QString keyMessage() const;
    [[nodiscard]] bool keyFailed() const;
    [[nodiscard]] bool usesPassphrase() const;

    // The local path of a file or folder a dialog chose (empty for anything else).
    Q_INVOKABLE QString localPath(const QUrl& url) const;
    // "rollwise-export-2026-11-30.csv": what the save dialog proposes.
    Q_INVOKABLE QString exportFileName(bool json) const;
    // Records that the last key action was a success the page should confirm.
    Q_INVOKABLE void noteKeyChanged() {
        m_keyChanged = true;
        emit accessChanged();
    }

signals:
    void servicesChanged();
    void backupsChanged();
    void accessChanged();

private:
    QPointer<JournalAccess> m_access;
    QPointer<BackupManager> m_backups;
    bool m_keyChanged = false;
};

} // namespace rollwise::app
