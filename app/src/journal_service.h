#pragma once

// The user's journal as the app sees it: opens it (keychain key, or passphrase), says in words
// what state it is in and what to do, and runs automatic backups. Published to QML as the
// singleton Journal; screens get what they show from Main.qml as properties.

#include "existing_singleton.h"

#include <rollwise/core/backup_policy.h>
#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/secret_store.h>

#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimer>
#include <QtQml/qqml.h>

#include <filesystem>
#include <functional>
#include <optional>

namespace rollwise::app {

class JournalService : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString statusTitle READ statusTitle NOTIFY changed)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY changed)
    Q_PROPERTY(bool usesPassphrase READ usesPassphrase NOTIFY changed)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY changed)
    Q_PROPERTY(QString backupFolder READ backupFolder NOTIFY changed)
    Q_PROPERTY(QString lastBackup READ lastBackup NOTIFY changed)
    Q_PROPERTY(QString backupMessage READ backupMessage NOTIFY changed)
    Q_PROPERTY(bool backupsEnabled READ backupsEnabled NOTIFY changed)
    Q_PROPERTY(QString restoreMessage READ restoreMessage NOTIFY changed)
    Q_PROPERTY(bool restorePending READ restorePending NOTIFY changed)

public:
    // Opening --> Unlocked                (keychain key or passphrase worked)
    //         --> NeedsPassphrase         (the journal uses a passphrase: ask for it)
    //         --> KeychainUnavailable     (offer a passphrase instead)
    //         --> KeyMissing | Failed     (explain; offer passphrase / backup)
    // NeedsPassphrase --unlock(right)--> Unlocked; --unlock(wrong)--> NeedsPassphrase (message)
    enum class State {
        Opening,
        Unlocked,
        NeedsPassphrase,
        KeychainUnavailable,
        KeyMissing,
        Failed
    };
    Q_ENUM(State)

    struct Config {
        std::filesystem::path databasePath;
        QString settingsFile; // where the (non-secret) key mode and backup folder are kept
        QString appVersion;
        BackupPolicy backupPolicy;
    };

    JournalService(Config config, SecretStore& secrets, const Clock& clock,
                   std::function<SecretKey()> generateKey, QObject* parent = nullptr);
    ~JournalService() override;

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] QString statusTitle() const;
    [[nodiscard]] QString statusMessage() const { return m_message; }
    [[nodiscard]] bool usesPassphrase() const;
    [[nodiscard]] int sessionCount() const;
    [[nodiscard]] QString backupFolder() const;
    [[nodiscard]] QString lastBackup() const;
    [[nodiscard]] QString backupMessage() const { return m_backupMessage; }
    [[nodiscard]] bool backupsEnabled() const;
    [[nodiscard]] QString restoreMessage() const { return m_restoreMessage; }
    [[nodiscard]] bool restorePending() const { return m_restoreKey.has_value(); }
    [[nodiscard]] Database* database() noexcept { return m_db ? &*m_db : nullptr; }

    // Opens the journal the configured way (keychain by default).
    Q_INVOKABLE void open();
    // For a journal that uses a passphrase. Returns whether it opened.
    Q_INVOKABLE bool unlock(const QString& passphrase);
    // When the keychain cannot be used: create (or open) the journal with a passphrase instead.
    // When the journal is unlocked with the keychain's key, it is rekeyed to the passphrase; the
    // key leaves the keychain only once the passphrase is proven to open the journal.
    Q_INVOKABLE bool usePassphraseInstead(const QString& passphrase);
    // Turns on daily backups into `folder`, encrypted with `passphrase` (kept in the keychain
    // for the automatic runs; needed to restore on another device).
    Q_INVOKABLE bool enableBackups(const QString& folder, const QString& passphrase);
    Q_INVOKABLE bool backupNow();
    // Restore, in two steps: what the backup holds and what is new (nothing changes), then the
    // merge, which adds only what is missing. The passphrase is held until then, then wiped.
    Q_INVOKABLE bool previewRestore(const QString& file, const QString& passphrase);
    Q_INVOKABLE bool confirmRestore();
    Q_INVOKABLE void cancelRestore();
    // Runs a backup if one is due; the app calls this on a timer.
    void runDueBackup();
    // Something wrote to the journal (a device sync, a placed session): views read it again.
    void contentsChanged() { emit changed(); }

signals:
    void changed();

private:
    void setState(State state, QString message);
    // A switch to a passphrase was started and not recorded as finished.
    [[nodiscard]] bool switchingToPassphrase() const;
    bool runBackup(bool force);
    [[nodiscard]] TimePoint now() const;

    Config m_config;
    SecretStore& m_secrets;
    const Clock& m_clock;
    std::function<SecretKey()> m_generateKey;
    QSettings m_settings;
    std::optional<Database> m_db;
    State m_state = State::Opening;
    QString m_message;
    QString m_backupMessage;
    QString m_restoreMessage;
    std::filesystem::path m_restoreFile;
    std::optional<DatabaseKey> m_restoreKey;
    QTimer m_backupTimer;
};

// The composition root's instance, for QML (QML_FOREIGN + QML_SINGLETON; C++ keeps ownership).
struct JournalForeign : ExistingSingleton<JournalService> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::JournalService)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Journal)
};

} // namespace rollwise::app
