#include "backup_manager.h"

#include "logging.h"
#include "ui_passphrase.h"

#include <QDir>

namespace rollwise::app {
namespace {

constexpr auto kFolderSetting = "backup/folder";
constexpr std::string_view kBackupPassphraseEntry = "backup-passphrase";

BackupManager::Problem problemFor(const DatabaseError& error) noexcept {
    using P = BackupManager::Problem;
    switch (error.code) {
    case DatabaseErrorCode::WrongKey:
    case DatabaseErrorCode::NoKey:
        return P::WrongPassphrase;
    case DatabaseErrorCode::NotABackup:
    case DatabaseErrorCode::NotEncrypted:
        return P::NotABackup;
    case DatabaseErrorCode::Corrupt:
        return P::Corrupt;
    case DatabaseErrorCode::NewerThanApp:
        return P::NewerThanApp;
    case DatabaseErrorCode::CannotOpen:
    case DatabaseErrorCode::NotFound:
        return P::CannotOpen;
    case DatabaseErrorCode::DiskFull:
        return P::DiskFull;
    case DatabaseErrorCode::ReadOnly:
        return P::ReadOnly;
    case DatabaseErrorCode::CipherMissing:
    case DatabaseErrorCode::WriteFailed:
    case DatabaseErrorCode::ReadFailed:
    case DatabaseErrorCode::InvalidArgument:
        break;
    }
    return P::Other;
}

QDateTime toDateTime(std::optional<TimePoint> when) {
    return when ? QDateTime::fromSecsSinceEpoch(
                      std::chrono::floor<Seconds>(*when).time_since_epoch().count())
                : QDateTime();
}

} // namespace

BackupManager::BackupManager(Config config, SecretStore& secrets, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_settings(m_config.settingsFile, QSettings::IniFormat) {
    m_exporter = [](const Database& db, const std::filesystem::path& file, ExportFormat format) {
        return format == ExportFormat::Json ? db.backups().exportJson(file)
                                            : db.backups().exportCsv(file);
    };
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &BackupManager::runDueBackup);
}

BackupManager::~BackupManager() {
    BackupManagerForeign::forget(this);
}

TimePoint BackupManager::now() const {
    return std::chrono::floor<Seconds>(m_clock.now());
}

void BackupManager::attach(Database& db) {
    m_db = &db;
    m_timer.start();
    emit changed();
}

bool BackupManager::enabled() const {
    return !folder().isEmpty();
}

QString BackupManager::folder() const {
    return m_settings.value(kFolderSetting).toString();
}

QDateTime BackupManager::lastBackup() const {
    if (m_db == nullptr) {
        return {};
    }
    const auto last = m_db->settings().get(kLastBackupSetting);
    return toDateTime(last && last.value() ? parseIso(*last.value()) : std::nullopt);
}

QDateTime BackupManager::previewFirstSession() const {
    return toDateTime(m_preview.firstSession);
}

QDateTime BackupManager::previewLastSession() const {
    return toDateTime(m_preview.lastSession);
}

void BackupManager::failBackup(Problem problem) {
    m_outcome = Outcome::Failed;
    m_backupProblem = problem;
    emit changed();
}

bool BackupManager::enable(const QString& folder, const QString& passphrase) {
    if (m_db == nullptr) {
        failBackup(Problem::JournalLocked);
        return false;
    }
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        failBackup(Problem::FolderMissing);
        return false;
    }
    if (passphraseProblemOf(passphrase) != PassphraseProblem::None) {
        failBackup(Problem::PassphraseTooShort);
        return false;
    }
    if (auto stored =
            m_secrets.writePassphrase(kBackupPassphraseEntry, passphraseFromUi(passphrase));
        !stored) {
        failBackup(Problem::KeychainNeeded);
        return false;
    }
    m_settings.setValue(kFolderSetting, dir.absolutePath());
    m_settings.sync();
    return runBackup(true);
}

bool BackupManager::backupNow() {
    return runBackup(true);
}

void BackupManager::runDueBackup() {
    (void)runBackup(false);
}

bool BackupManager::runBackup(bool force) {
    if (m_db == nullptr) {
        if (force) {
            failBackup(Problem::JournalLocked);
        }
        return false;
    }
    if (!enabled()) {
        return false;
    }
    auto passphrase = m_secrets.readPassphrase(kBackupPassphraseEntry);
    if (!passphrase) {
        failBackup(Problem::PassphraseMissing);
        return false;
    }
    const auto run = runScheduledBackup(
        *m_db, folder().toStdString(), DatabaseKey::passphrase(std::move(passphrase).value()),
        m_config.policy, now(), m_config.appVersion.toStdString(), force);
    if (!run) {
        qCInfo(lcApp) << "backup failed:" << static_cast<int>(run.error().code);
        failBackup(problemFor(run.error()));
        return false;
    }
    if (run.value().written) {
        m_outcome = Outcome::Written;
        m_backupProblem = Problem::None;
        m_lastFile = QString::fromStdString(run.value().file.filename().string());
        emit changed();
    }
    return true;
}

bool BackupManager::previewRestore(const QString& file, const QString& passphrase) {
    cancelRestore();
    if (m_db == nullptr) {
        m_restoreStep = RestoreStep::Failed;
        m_restoreProblem = Problem::JournalLocked;
        emit changed();
        return false;
    }
    DatabaseKey key = DatabaseKey::passphrase(passphraseFromUi(passphrase));
    const std::filesystem::path path = file.toStdString();
    auto preview = m_db->backups().preview(path, key);
    if (!preview) {
        m_restoreStep = RestoreStep::Failed;
        m_restoreProblem = problemFor(preview.error());
        emit changed();
        return false;
    }
    m_preview = preview.value();
    m_previewCreated =
        QDateTime::fromString(QString::fromStdString(m_preview.createdAt), Qt::ISODate);
    m_restoreFile = path;
    m_restoreKey.emplace(std::move(key));
    m_restoreStep = RestoreStep::Previewed;
    m_restoreProblem = Problem::None;
    emit changed();
    return true;
}

bool BackupManager::confirmRestore() {
    if (m_db == nullptr || !m_restoreKey) {
        return false;
    }
    auto merged = m_db->backups().merge(m_restoreFile, *m_restoreKey);
    m_restoreKey.reset(); // wipes the passphrase
    if (!merged) {
        m_restoreStep = RestoreStep::Failed;
        m_restoreProblem = problemFor(merged.error());
        emit changed();
        return false;
    }
    m_sessionsAdded = merged.value().sessionsAdded;
    m_restoreStep = RestoreStep::Restored;
    m_restoreProblem = Problem::None;
    emit changed();
    emit journalMerged();
    return true;
}

bool BackupManager::exportTo(const QString& file, ExportFormat format) {
    m_exportedFile.clear();
    if (m_db == nullptr || file.isEmpty()) {
        m_exportOutcome = Outcome::Failed;
        m_exportProblem = m_db == nullptr ? Problem::JournalLocked : Problem::CannotOpen;
        emit changed();
        return false;
    }
    const auto written = m_exporter(*m_db, std::filesystem::path(file.toStdString()), format);
    if (!written) {
        qCInfo(lcApp) << "export failed:" << static_cast<int>(written.error().code);
        m_exportOutcome = Outcome::Failed;
        m_exportProblem = problemFor(written.error());
        emit changed();
        return false;
    }
    m_exportOutcome = Outcome::Written;
    m_exportProblem = Problem::None;
    m_exportedFile = QDir::toNativeSeparators(file);
    emit changed();
    return true;
}

void BackupManager::cancelRestore() {
    const bool had = m_restoreStep != RestoreStep::None;
    m_restoreKey.reset(); // wipes the passphrase
    m_restoreFile.clear();
    m_preview = {};
    m_previewCreated = {};
    m_restoreStep = RestoreStep::None;
    m_restoreProblem = Problem::None;
    if (had) {
        emit changed();
    }
}

} // namespace rollwise::app
