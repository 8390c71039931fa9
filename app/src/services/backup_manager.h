#pragma once

// Backups and restore: daily encrypted backups into a folder the user chose, a backup on
// demand, and a restore in two steps (a preview that changes nothing, then a merge that only
// adds). Published to QML as the singleton Backups; its state is typed, the page words it.

#include "existing_singleton.h"

#include <rollwise/core/backup_policy.h>
#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/secret_store.h>

#include <QDateTime>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimer>
#include <QtQml/qqml.h>

#include <filesystem>
#include <functional>
#include <optional>

namespace rollwise::app {

class BackupManager : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(int keep READ keep CONSTANT)
    Q_PROPERTY(QString folder READ folder NOTIFY changed)
    Q_PROPERTY(QDateTime lastBackup READ lastBackup NOTIFY changed)
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY changed)
    Q_PROPERTY(Outcome backupOutcome READ backupOutcome NOTIFY changed)
    Q_PROPERTY(Problem backupProblem READ backupProblem NOTIFY changed)
    Q_PROPERTY(RestoreStep restoreStep READ restoreStep NOTIFY changed)
    Q_PROPERTY(Problem restoreProblem READ restoreProblem NOTIFY changed)
    Q_PROPERTY(QDateTime previewCreated READ previewCreated NOTIFY changed)
    Q_PROPERTY(int previewSessions READ previewSessions NOTIFY changed)
    Q_PROPERTY(QDateTime previewFirstSession READ previewFirstSession NOTIFY changed)
    Q_PROPERTY(QDateTime previewLastSession READ previewLastSession NOTIFY changed)
    Q_PROPERTY(int newSessions READ newSessions NOTIFY changed)
    Q_PROPERTY(int newAnswers READ newAnswers NOTIFY changed)
    Q_PROPERTY(int newReactions READ newReactions NOTIFY changed)
    Q_PROPERTY(int sessionsAdded READ sessionsAdded NOTIFY changed)
    Q_PROPERTY(Outcome exportOutcome READ exportOutcome NOTIFY changed)
    Q_PROPERTY(Problem exportProblem READ exportProblem NOTIFY changed)
    Q_PROPERTY(QString exportedFile READ exportedFile NOTIFY changed)

public:
    enum class Outcome { None, Written, Failed };
    Q_ENUM(Outcome)
    // None --previewRestore--> Previewed --confirmRestore--> Restored | Failed
    //      --previewRestore(bad)--> Failed;   cancelRestore --> None
    enum class RestoreStep { None, Previewed, Restored, Failed };
    Q_ENUM(RestoreStep)
    enum class Problem {
        None,
        JournalLocked,
        FolderMissing,
        PassphraseTooShort,
        KeychainNeeded,    // automatic backups keep their passphrase in the keychain
        PassphraseMissing, // it is gone from the keychain: turn backups on again
        WrongPassphrase,
        NotABackup,
        Corrupt,
        NewerThanApp,
        CannotOpen,
        DiskFull,
        ReadOnly,
        Other,
    };
    Q_ENUM(Problem)

    enum class ExportFormat { Csv, Json };
    Q_ENUM(ExportFormat)
    // Writes the plain-text export (core's exportCsv/exportJson unless a test injects a failure).
    using Exporter = std::function<Status<DatabaseError>(
        const Database&, const std::filesystem::path&, ExportFormat)>;

    struct Config {
        QString settingsFile; // the chosen folder is kept there (not a secret)
        QString appVersion;
        BackupPolicy policy;
    };

    BackupManager(Config config, SecretStore& secrets, const Clock& clock,
                  QObject* parent = nullptr);
    ~BackupManager() override;

    // The journal opened: backups run from now on (the first due one at once).
    void attach(Database& db);

    [[nodiscard]] bool available() const noexcept { return m_db != nullptr; }
    [[nodiscard]] bool enabled() const;
    // How many automatic backups are kept (from the policy, its one owner).
    [[nodiscard]] int keep() const noexcept { return m_config.policy.keep; }
    [[nodiscard]] QString folder() const;
    [[nodiscard]] QDateTime lastBackup() const;
    [[nodiscard]] QString lastFile() const { return m_lastFile; }
    [[nodiscard]] Outcome backupOutcome() const noexcept { return m_outcome; }
    [[nodiscard]] Problem backupProblem() const noexcept { return m_backupProblem; }
    [[nodiscard]] RestoreStep restoreStep() const noexcept { return m_restoreStep; }
    [[nodiscard]] Problem restoreProblem() const noexcept { return m_restoreProblem; }
    [[nodiscard]] QDateTime previewCreated() const { return m_previewCreated; }
    [[nodiscard]] int previewSessions() const noexcept { return m_preview.sessions; }
    [[nodiscard]] QDateTime previewFirstSession() const;
    [[nodiscard]] QDateTime previewLastSession() const;
    [[nodiscard]] int newSessions() const noexcept { return m_preview.newSessions; }
    [[nodiscard]] int newAnswers() const noexcept { return m_preview.newAnswers; }
    [[nodiscard]] int newReactions() const noexcept { return m_preview.newReactions; }
    [[nodiscard]] int sessionsAdded() const noexcept { return m_sessionsAdded; }
    [[nodiscard]] Outcome exportOutcome() const noexcept { return m_exportOutcome; }
    [[nodiscard]] Problem exportProblem() const noexcept { return m_exportProblem; }
    [[nodiscard]] QString exportedFile() const { return m_exportedFile; }
    void setExporter(Exporter exporter) { m_exporter = std::move(exporter); }

    // Turns on daily backups into `folder`, encrypted with `passphrase` (kept in the keychain
    // for the automatic runs; needed to restore on another device).
    Q_INVOKABLE bool enable(const QString& folder, const QString& passphrase);
    Q_INVOKABLE bool backupNow();
    // Restore, in two steps: what the backup holds and what is new (nothing changes), then the
    // merge, which adds only what is missing. The passphrase is held until then, then wiped.
    Q_INVOKABLE bool previewRestore(const QString& file, const QString& passphrase);
    Q_INVOKABLE bool confirmRestore();
    Q_INVOKABLE void cancelRestore();
    // A plain-text export of the whole journal into `file`, only on the user's request. A
    // failure (a full disk) leaves no partial file and changes nothing in the journal.
    Q_INVOKABLE bool exportTo(const QString& file,
                              rollwise::app::BackupManager::ExportFormat format);
    // Runs a backup if one is due; called on a timer.
    void runDueBackup();

signals:
    void changed();
    // A restore added to the journal: what shows its contents reads again.
    void journalMerged();

private:
    bool runBackup(bool force);
    void failBackup(Problem problem);
    [[nodiscard]] TimePoint now() const;

    Config m_config;
    SecretStore& m_secrets;
    const Clock& m_clock;
    QSettings m_settings;
    Database* m_db = nullptr;
    QTimer m_timer;
    Outcome m_outcome = Outcome::None;
    Problem m_backupProblem = Problem::None;
    QString m_lastFile;
    RestoreStep m_restoreStep = RestoreStep::None;
    Problem m_restoreProblem = Problem::None;
    BackupPreview m_preview;
    QDateTime m_previewCreated;
    int m_sessionsAdded = 0;
    Outcome m_exportOutcome = Outcome::None;
    Problem m_exportProblem = Problem::None;
    QString m_exportedFile;
    Exporter m_exporter;
    std::filesystem::path m_restoreFile;
    std::optional<DatabaseKey> m_restoreKey;
};

struct BackupManagerForeign : ExistingSingleton<BackupManager> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::BackupManager)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Backups)
};

} // namespace rollwise::app
