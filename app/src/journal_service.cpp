#include "journal_service.h"

#include "logging.h"

#include <rollwise/core/journal.h>
#include <rollwise/platform/text.h>

#include <QDir>

namespace rollwise::app {
namespace {

constexpr auto kKeyModeSetting = "journal/keyMode";
constexpr auto kBackupFolderSetting = "backup/folder";
constexpr std::string_view kBackupPassphraseEntry = "backup-passphrase";

// A passphrase from the UI: UTF-8 bytes that wipe themselves. The QString is the UI's own.
Passphrase fromUi(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    std::string bytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return Passphrase::adopt(bytes);
}

} // namespace

JournalService::JournalService(Config config, SecretStore& secrets, const Clock& clock,
                               std::function<SecretKey()> generateKey, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_generateKey(std::move(generateKey))
    , m_settings(m_config.settingsFile, QSettings::IniFormat) {
    m_backupTimer.setInterval(std::chrono::hours(1));
    connect(&m_backupTimer, &QTimer::timeout, this, &JournalService::runDueBackup);
}

JournalService::~JournalService() {
    JournalForeign::forget(this);
}

TimePoint JournalService::now() const {
    return std::chrono::floor<Seconds>(m_clock.now());
}

void JournalService::setState(State state, QString message) {
    m_state = state;
    m_message = std::move(message);
    if (m_state == State::Unlocked) {
        m_backupTimer.start();
    }
    emit changed();
}

QString JournalService::statusTitle() const {
    switch (m_state) {
    case State::Opening:
        return tr("Opening your journal…");
    case State::Unlocked:
        return tr("Your journal is encrypted and unlocked");
    case State::NeedsPassphrase:
        return tr("Enter your passphrase");
    case State::KeychainUnavailable:
        return tr("Choose how to lock your journal");
    case State::KeyMissing:
        return tr("The key to your journal is missing");
    case State::Failed:
        return tr("Your journal could not be opened");
    }
    return {};
}

bool JournalService::switchingToPassphrase() const {
    return m_settings.value(kKeyModeSetting).toString() ==
           QStringLiteral("switching-to-passphrase");
}

bool JournalService::usesPassphrase() const {
    return m_settings.value(kKeyModeSetting).toString() == QStringLiteral("passphrase");
}

void JournalService::open() {
    std::error_code ec;
    std::filesystem::create_directories(m_config.databasePath.parent_path(), ec);
    std::filesystem::permissions(m_config.databasePath.parent_path(),
                                 std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ec);
    if (usesPassphrase()) {
        setState(State::NeedsPassphrase, tr("Your journal is protected by a passphrase."));
        return;
    }
    const bool switching = switchingToPassphrase();
    auto db = openWithKeychain(m_config.databasePath, m_secrets, m_generateKey);
    if (!db && switching) {
        // Rollwise stopped while it switched to a passphrase. The keychain's key did not open
        // the journal, so the passphrase did (the switch is proven before anything else): ask
        // for it; unlocking finishes the switch.
        setState(State::NeedsPassphrase,
                 tr("Rollwise was stopped while it switched your journal to a passphrase. Enter "
                    "your new passphrase to finish."));
        return;
    }
    if (db && switching) {
        // The switch did not happen: the journal still uses the keychain's key.
        m_settings.setValue(kKeyModeSetting, QStringLiteral("keychain"));
        m_settings.sync();
    }
    if (!db) {
        const JournalError& error = db.error();
        const State state = error.code == JournalErrorCode::KeychainUnavailable ||
                                    error.code == JournalErrorCode::KeychainDenied
                                ? State::KeychainUnavailable
                            : error.code == JournalErrorCode::KeyMissing ? State::KeyMissing
                                                                         : State::Failed;
        qCInfo(lcApp) << "The journal did not open:" << static_cast<int>(error.code);
        setState(state, platform::toQString(error.message));
        return;
    }
    m_db.emplace(std::move(db).value());
    (void)m_db->settings().noteClock(now());
    setState(State::Unlocked, tr("Only this device can read it."));
}

bool JournalService::unlock(const QString& passphrase) {
    auto db = openWithPassphrase(m_config.databasePath, fromUi(passphrase));
    if (!db) {
        setState(State::NeedsPassphrase, platform::toQString(db.error().message));
        return false;
    }
    m_db.emplace(std::move(db).value());
    (void)m_db->settings().noteClock(now());
    if (switchingToPassphrase()) {
        // Finishing a switch that was cut short: the passphrase is proven, the key can go.
        (void)m_secrets.removeKey(kDatabaseKeyEntry);
        m_settings.setValue(kKeyModeSetting, QStringLiteral("passphrase"));
        m_settings.sync();
    }
    setState(State::Unlocked, tr("Only someone with your passphrase can read it."));
    return true;
}

bool JournalService::usePassphraseInstead(const QString& passphrase) {
    if (passphraseProblem(fromUi(passphrase).text()) == PassphraseProblem::TooShort) {
        setState(m_state, tr("Choose a passphrase of at least 8 characters."));
        return false;
    }
    if (m_db) {
        // Unlocked with the keychain's key: the journal is rekeyed to the passphrase. The key
        // leaves the keychain only once the passphrase is proven to open the journal. The mark
        // lets the next start finish (or forget) a switch that was cut short.
        m_settings.setValue(kKeyModeSetting, QStringLiteral("switching-to-passphrase"));
        m_settings.sync();
        if (auto switched = switchToPassphrase(*m_db, m_secrets, fromUi(passphrase)); !switched) {
            m_settings.setValue(kKeyModeSetting, QStringLiteral("keychain"));
            m_settings.sync();
            setState(m_state, tr("Your journal still uses the key in the system keychain: %1")
                                  .arg(platform::toQString(switched.error().message)));
            return false;
        }
        setState(State::Unlocked, tr("Only someone with your passphrase can read it."));
    } else if (!unlock(passphrase)) {
        return false;
    }
    m_settings.setValue(kKeyModeSetting, QStringLiteral("passphrase"));
    m_settings.sync();
    return true;
}

int JournalService::sessionCount() const {
    if (!m_db) {
        return 0;
    }
    return m_db->sessions().count().value_or(0);
}

QString JournalService::backupFolder() const {
    return m_settings.value(kBackupFolderSetting).toString();
}

bool JournalService::backupsEnabled() const {
    return !backupFolder().isEmpty();
}

QString JournalService::lastBackup() const {
    if (!m_db) {
        return {};
    }
    const auto last = m_db->settings().get(kLastBackupSetting);
    const auto when = last && last.value() ? parseIso(*last.value()) : std::nullopt;
    return when ? platform::toQString(formatDateTime(*when)) : QString();
}

bool JournalService::enableBackups(const QString& folder, const QString& passphrase) {
    if (!m_db) {
        m_backupMessage = tr("Unlock your journal first.");
        emit changed();
        return false;
    }
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        m_backupMessage = tr("That folder does not exist: choose an existing folder.");
        emit changed();
        return false;
    }
    if (passphraseProblem(fromUi(passphrase).text()) == PassphraseProblem::TooShort) {
        m_backupMessage = tr("Choose a backup passphrase of at least 8 characters. You need it to "
                             "restore a backup on another device.");
        emit changed();
        return false;
    }
    if (auto stored = m_secrets.writePassphrase(kBackupPassphraseEntry, fromUi(passphrase));
        !stored) {
        m_backupMessage = tr("Automatic backups need the system keychain to keep the backup "
                             "passphrase: %1")
                              .arg(platform::toQString(stored.error().message));
        emit changed();
        return false;
    }
    m_settings.setValue(kBackupFolderSetting, dir.absolutePath());
    m_settings.sync();
    return runBackup(true);
}

bool JournalService::backupNow() {
    return runBackup(true);
}

void JournalService::runDueBackup() {
    (void)runBackup(false);
}

bool JournalService::runBackup(bool force) {
    if (!m_db || !backupsEnabled()) {
        return false;
    }
    auto passphrase = m_secrets.readPassphrase(kBackupPassphraseEntry);
    if (!passphrase) {
        m_backupMessage = tr("The backup passphrase is missing from the system keychain: turn "
                             "automatic backups on again.");
        emit changed();
        return false;
    }
    const auto run = runScheduledBackup(
        *m_db, backupFolder().toStdString(), DatabaseKey::passphrase(std::move(passphrase).value()),
        m_config.backupPolicy, now(), m_config.appVersion.toStdString(), force);
    if (!run) {
        m_backupMessage =
            tr("The last backup failed: %1").arg(platform::toQString(run.error().message));
        emit changed();
        return false;
    }
    if (run.value().written) {
        m_backupMessage = tr("Backed up to %1.")
                              .arg(QString::fromStdString(run.value().file.filename().string()));
        emit changed();
    }
    return true;
}

bool JournalService::previewRestore(const QString& file, const QString& passphrase) {
    cancelRestore();
    if (!m_db) {
        m_restoreMessage = tr("Unlock your journal first.");
        emit changed();
        return false;
    }
    DatabaseKey key = DatabaseKey::passphrase(fromUi(passphrase));
    const std::filesystem::path path = file.toStdString();
    auto preview = m_db->backups().preview(path, key);
    if (!preview) {
        m_restoreMessage = platform::toQString(preview.error().message);
        emit changed();
        return false;
    }
    const BackupPreview& p = preview.value();
    m_restoreMessage =
        tr("This backup was made on %1 and holds %2 sessions%3. New to this journal: %4 sessions, "
           "%5 pre-session answers, %6 skin reactions. Nothing here will be overwritten.")
            .arg(platform::toQString(p.createdAt).left(10))
            .arg(p.sessions)
            .arg(p.firstSession ? tr(" from %1 to %2")
                                      .arg(platform::toQString(formatDate(*p.firstSession)),
                                           platform::toQString(formatDate(*p.lastSession)))
                                : QString())
            .arg(p.newSessions)
            .arg(p.newAnswers)
            .arg(p.newReactions);
    m_restoreFile = path;
    m_restoreKey.emplace(std::move(key));
    emit changed();
    return true;
}

bool JournalService::confirmRestore() {
    if (!m_db || !m_restoreKey) {
        return false;
    }
    auto merged = m_db->backups().merge(m_restoreFile, *m_restoreKey);
    m_restoreKey.reset();
    if (!merged) {
        m_restoreMessage = platform::toQString(merged.error().message);
        emit changed();
        return false;
    }
    m_restoreMessage = tr("Restored: %1 sessions added; nothing was overwritten.")
                           .arg(merged.value().sessionsAdded);
    emit changed();
    return true;
}

void JournalService::cancelRestore() {
    const bool had = m_restoreKey.has_value();
    m_restoreKey.reset(); // wipes the passphrase
    m_restoreFile.clear();
    if (had) {
        m_restoreMessage.clear();
        emit changed();
    }
}

} // namespace rollwise::app
