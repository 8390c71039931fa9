// The Database: opens the connection, checks and rekeys it, and hands out the stores on it.
#include "connection.h"
#include "database_files.h"
#include "schema.h"
#include "sqlite_support.h"

#include <rollwise/core/database.h>

#include <array>
#include <optional>
#include <random>
#include <system_error>
#include <utility>

namespace rollwise {

struct Database::Parts {
    explicit Parts(std::unique_ptr<detail::Connection> opened)
        : connection(std::move(*opened)) {}
    detail::Connection connection;
    SessionStore sessions{connection};
    HeadStore heads{connection};
    AnswerStore answers{connection};
    DeviceRecordStore deviceRecords{connection};
    SettingsStore settings{connection};
    ReminderStore reminders{connection};
    BackupStore backups{connection};
};

std::string newUid() {
    // Random version-4 UUID. Identifiers are not secrets; std::random_device suffices.
    static thread_local std::mt19937_64 generator{[] {
        std::random_device device;
        return (static_cast<std::uint64_t>(device()) << 32) ^ device();
    }()};
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        const std::uint64_t word = generator();
        for (std::size_t j = 0; j < 8; ++j) {
            bytes[i + j] = static_cast<std::uint8_t>(word >> (8 * j));
        }
    }
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);
    constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.push_back('-');
        }
        text.push_back(kDigits[bytes[i] >> 4]);
        text.push_back(kDigits[bytes[i] & 0x0f]);
    }
    return text;
}

Result<Database, DatabaseError> Database::open(const std::filesystem::path& path,
                                               const SecretKey& key) {
    return open(path, DatabaseKey::raw(key.copy()));
}

Result<Database, DatabaseError> Database::open(const std::filesystem::path& path,
                                               const DatabaseKey& key, OpenOptions options) {
    auto connection = detail::openConnection(path, key, options);
    if (!connection) {
        return Failure{connection.error()};
    }
    if (options.migrate && !options.readOnly && !options.immutable) {
        if (auto migrated = detail::migrate(*connection.value()); !migrated) {
            return Failure{migrated.error()};
        }
    }
    return Database(std::make_unique<Parts>(std::move(connection).value()));
}

Result<Database, DatabaseError> Database::openAnother() const {
    auto connection = detail::openSibling(m_parts->connection);
    if (!connection) {
        return Failure{connection.error()};
    }
    return Database(std::make_unique<Parts>(std::move(connection).value()));
}

Result<VerifyReport, DatabaseError> Database::verify(const std::filesystem::path& path,
                                                     const DatabaseKey& key) {
    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    std::error_code ec;
    std::optional<detail::Snapshot> snapshot;
    std::filesystem::path file = path;
    if (std::filesystem::exists(path.string() + "-wal", ec)) {
        // The WAL is part of what the database holds (e.g. a rekey committed while another
        // program had it open, or a crash right after a commit): the check runs on a private
        // copy with the WAL checkpointed into it, so every page is authenticated as it is read
        // and the original files stay as they were.
        auto taken = detail::Snapshot::take(path);
        if (!taken) {
            return Failure{taken.error()};
        }
        snapshot.emplace(std::move(taken).value());
        file = snapshot->file();
        options.readOnly = false;
        options.create = false;
        options.migrate = false;
    } else {
        // Nothing has it open: read it without locks, so no -wal or -shm file is left behind.
        options.immutable = true;
    }
    auto db = open(file, key, options);
    if (!db) {
        return Failure{db.error()};
    }
    sqlite3* h = db.value().m_parts->connection.handle();
    if (snapshot) {
        if (const int rc = sql::exec(h, "PRAGMA wal_checkpoint(TRUNCATE)"); rc != SQLITE_OK) {
            return Failure{sql::error(rc, "The file could not be checked", h)};
        }
    }
    {
        // Checks the HMAC of every page: any flipped bit anywhere in the file shows here.
        sql::Statement cipherCheck(h, "PRAGMA cipher_integrity_check");
        const int rc = cipherCheck.step();
        if (rc == SQLITE_ROW) {
            return Failure{DatabaseError{DatabaseErrorCode::Corrupt,
                                         "The file is damaged: some pages fail their "
                                         "authentication check. Use another backup."}};
        }
        if (rc != SQLITE_DONE) {
            return Failure{sql::error(rc, "The file could not be checked", h)};
        }
    }
    {
        sql::Statement check(h, "PRAGMA integrity_check");
        const int rc = check.step();
        if (rc != SQLITE_ROW || check.columnText(0) != "ok") {
            return Failure{DatabaseError{DatabaseErrorCode::Corrupt,
                                         "The file's structure is damaged. Use another backup."}};
        }
    }
    VerifyReport report;
    report.cipherVersion = db.value().cipherVersion();
    report.schemaVersion = db.value().schemaVersion();
    {
        sql::Statement backup(h, "SELECT 1 FROM sqlite_master WHERE name = 'backup_info'");
        report.isBackup = backup.step() == SQLITE_ROW;
    }
    if (report.schemaVersion >= 2) {
        sql::Statement count(h, "SELECT count(*) FROM sessions");
        if (count.step() == SQLITE_ROW) {
            report.sessions = static_cast<int>(count.columnInt(0));
        }
    }
    return report;
}

Status<DatabaseError> Database::rekey(const DatabaseKey& newKey) {
    return detail::rekey(m_parts->connection, newKey);
}

Database::Database(std::unique_ptr<Parts> parts) noexcept
    : m_parts(std::move(parts)) {}
Database::Database(Database&& other) noexcept = default;
Database& Database::operator=(Database&& other) noexcept = default;
Database::~Database() = default;

int Database::schemaVersion() const {
    return m_parts->connection.schemaVersion();
}
std::string Database::cipherVersion() const {
    return m_parts->connection.cipherVersion();
}
std::string Database::databaseUid() const {
    return m_parts->connection.databaseUid();
}
const std::filesystem::path& Database::path() const noexcept {
    return m_parts->connection.path();
}

SessionStore& Database::sessions() noexcept {
    return m_parts->sessions;
}
const SessionStore& Database::sessions() const noexcept {
    return m_parts->sessions;
}
HeadStore& Database::heads() noexcept {
    return m_parts->heads;
}
const HeadStore& Database::heads() const noexcept {
    return m_parts->heads;
}
AnswerStore& Database::answers() noexcept {
    return m_parts->answers;
}
const AnswerStore& Database::answers() const noexcept {
    return m_parts->answers;
}
DeviceRecordStore& Database::deviceRecords() noexcept {
    return m_parts->deviceRecords;
}
const DeviceRecordStore& Database::deviceRecords() const noexcept {
    return m_parts->deviceRecords;
}
SettingsStore& Database::settings() noexcept {
    return m_parts->settings;
}
const SettingsStore& Database::settings() const noexcept {
    return m_parts->settings;
}
ReminderStore& Database::reminders() noexcept {
    return m_parts->reminders;
}
const ReminderStore& Database::reminders() const noexcept {
    return m_parts->reminders;
}
BackupStore& Database::backups() noexcept {
    return m_parts->backups;
}
const BackupStore& Database::backups() const noexcept {
    return m_parts->backups;
}

namespace detail {
Connection& ConnectionAccess::of(Database& db) noexcept {
    return db.m_parts->connection;
}
const Connection& ConnectionAccess::of(const Database& db) noexcept {
    return db.m_parts->connection;
}
} // namespace detail

std::string_view toString(DatabaseErrorCode code) noexcept {
    switch (code) {
    case DatabaseErrorCode::NoKey:
        return "no-key";
    case DatabaseErrorCode::WrongKey:
        return "wrong-key";
    case DatabaseErrorCode::NotEncrypted:
        return "not-encrypted";
    case DatabaseErrorCode::NewerThanApp:
        return "newer-than-app";
    case DatabaseErrorCode::CannotOpen:
        return "cannot-open";
    case DatabaseErrorCode::CipherMissing:
        return "cipher-missing";
    case DatabaseErrorCode::WriteFailed:
        return "write-failed";
    case DatabaseErrorCode::DiskFull:
        return "disk-full";
    case DatabaseErrorCode::ReadOnly:
        return "read-only";
    case DatabaseErrorCode::ReadFailed:
        return "read-failed";
    case DatabaseErrorCode::Corrupt:
        return "corrupt";
    case DatabaseErrorCode::NotABackup:
        return "not-a-backup";
    case DatabaseErrorCode::NotFound:
        return "not-found";
    case DatabaseErrorCode::InvalidArgument:
        return "invalid-argument";
    }
    return "unknown";
}

} // namespace rollwise
