#include "database_files.h"
#include "sqlite_support.h"

#include <rollwise/core/database.h>

#include <array>
#include <cerrno>
#include <fstream>
#include <optional>
#include <random>
#include <system_error>
#include <utility>

namespace rollwise {
namespace {

constexpr std::array<char, 16> kPlainSqliteHeader{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                  'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

struct Closer {
    sqlite3* db = nullptr;
    ~Closer() { sqlite3_close_v2(db); }
    sqlite3* release() noexcept { return std::exchange(db, nullptr); }
};

// Schema migrations, one per version, each applied in its own transaction. Never edit a
// released step: add a new one (and a fixture of the version before it to tests/fixtures).
struct Migration {
    int version = 0;
    const char* sql = nullptr;
};

constexpr std::array kMigrations{
    Migration{1, R"sql(
        CREATE TABLE zones (
            key TEXT PRIMARY KEY NOT NULL,
            display_order INTEGER NOT NULL,
            needling_allowed INTEGER NOT NULL CHECK (needling_allowed IN (0, 1))
        ) STRICT;
    )sql"},
    Migration{2, R"sql(
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
        CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
        CREATE TABLE devices (
            uid TEXT PRIMARY KEY NOT NULL,
            family TEXT NOT NULL,
            name TEXT,
            paired_at INTEGER
        ) STRICT;
        CREATE TABLE heads (
            uid TEXT PRIMARY KEY NOT NULL,
            device_uid TEXT,
            family TEXT NOT NULL,
            needle_um INTEGER NOT NULL,
            needle_count INTEGER NOT NULL DEFAULT 0,
            first_use INTEGER,
            last_use INTEGER,
            last_disinfected INTEGER,
            sessions INTEGER NOT NULL DEFAULT 0,
            passes INTEGER NOT NULL DEFAULT 0,
            high_pressure_passes INTEGER NOT NULL DEFAULT 0,
            deep_sessions INTEGER NOT NULL DEFAULT 0,
            damage_reported INTEGER NOT NULL DEFAULT 0,
            retired_at INTEGER
        ) STRICT;
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uid TEXT UNIQUE NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER,
            goal TEXT NOT NULL,
            family TEXT NOT NULL,
            head_uid TEXT NOT NULL DEFAULT '',
            needle_um INTEGER NOT NULL,
            outcome TEXT,
            high_pressure_passes INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX sessions_by_start ON sessions (start);
        CREATE TABLE session_zones (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            zone TEXT NOT NULL,
            position INTEGER NOT NULL,
            passes INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            skip_reason TEXT NOT NULL DEFAULT '',
            stopped_for_pressure INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, zone)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE zone_passes (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            zone TEXT NOT NULL,
            seq INTEGER NOT NULL,
            direction TEXT NOT NULL,
            start INTEGER NOT NULL,
            duration_ms INTEGER NOT NULL,
            source TEXT NOT NULL,
            distance_mm INTEGER,
            speed_mm_s INTEGER,
            mean_pressure_cn INTEGER,
            peak_pressure_cn INTEGER,
            depth_um INTEGER,
            PRIMARY KEY (session_id, zone, seq)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE session_findings (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('acknowledged', 'override')),
            rule TEXT NOT NULL,
            zone TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            override_reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, kind, rule, zone)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE device_records (
            device_uid TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            payload BLOB NOT NULL,
            PRIMARY KEY (device_uid, sequence)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE answers (
            question TEXT NOT NULL,
            answered_at INTEGER NOT NULL,
            yes INTEGER NOT NULL,
            since INTEGER,
            zones TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (question, answered_at)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE reactions (
            session_uid TEXT NOT NULL,
            zone TEXT NOT NULL,
            logged_at INTEGER NOT NULL,
            reaction TEXT NOT NULL,
            healed_at INTEGER,
            PRIMARY KEY (session_uid, zone, logged_at)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE reminders (
            uid TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            due INTEGER NOT NULL,
            zone TEXT NOT NULL DEFAULT '',
            snoozed_until INTEGER,
            done_at INTEGER
        ) STRICT;
    )sql"},
    // 3: device records become journal sessions (docs/device-sync.md); the records already
    // held are converted by convertDeviceRecords() in the same transaction.
    Migration{3, R"sql(
        ALTER TABLE sessions ADD COLUMN zones_pending INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN reported_passes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN device_record_key TEXT;
        ALTER TABLE sessions ADD COLUMN device_sequence INTEGER;
        ALTER TABLE sessions ADD COLUMN device_time INTEGER;
        ALTER TABLE sessions ADD COLUMN time_trusted INTEGER NOT NULL DEFAULT 1;
        CREATE UNIQUE INDEX sessions_by_device_record ON sessions (device_record_key, device_sequence)
            WHERE device_record_key IS NOT NULL;
    )sql"},
};

static_assert(kMigrations.back().version == Database::kSchemaVersion);

// Runs the first read, which decrypts page 1: this is where a wrong key shows.
int probe(sqlite3* db) {
    sql::Statement probe(db, "SELECT count(*) FROM sqlite_master");
    return probe.step();
}

// SQLCipher's log stays off: it would print to stderr. The first key in a process resets the
// level, so this runs before and after keying.
void quietCipherLog(sqlite3* db) {
    (void)sql::exec(db, "PRAGMA cipher_log = off");
    (void)sql::exec(db, "PRAGMA cipher_log_level = NONE");
}

int openHandle(const std::filesystem::path& path, const OpenOptions& options, bool immutable,
               Closer& handle) {
    int flags = (options.readOnly || immutable
                     ? SQLITE_OPEN_READONLY
                     : SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0)) |
                SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    // Always a URI built here from the path: a path that looks like a URI ("file:x?mode=memory")
    // is still a path.
    const std::string name = detail::sqliteUri(path, immutable ? "immutable=1" : "");
    const int rc = sqlite3_open_v2(name.c_str(), &handle.db, flags, nullptr);
    sqlite3_extended_result_codes(handle.db, 1);

    if (rc == SQLITE_OK) {
        quietCipherLog(handle.db);
        // Wipe SQLCipher's memory on free, so decrypted pages and keys do not linger.
        (void)sql::exec(handle.db, "PRAGMA cipher_memory_security = ON");
    }
    return rc;
}

int applyKey(sqlite3* db, const DatabaseKey& key, const OpenOptions& options) {
    if (options.unencryptedForBenchmark) {
        return SQLITE_OK;
    }
    const sql::KeyText text(key);
    const int rc = sqlite3_key(db, text.data(), text.size());
    quietCipherLog(db);
    return rc;
}

std::string wrongKeyMessage(const DatabaseKey& key) {
    return key.kind() == DatabaseKey::Kind::Passphrase
               ? "The passphrase does not open this database. Check it and try again; nothing "
                 "was changed."
               : "The key does not open this database: it is the wrong key, or the file is not a "
                 "Rollwise database. Nothing was changed.";
}

// Whether `key` opens what the database at `path` holds, WAL included, proven on a private copy
// so that a wrong key changes none of its files (SQLite would otherwise recover and checkpoint
// the WAL, and delete it, before the key is known to be wrong). Only the answer "wrong key" is
// given; anything else is left to the real open to report.
bool wrongKeyForSnapshot(const std::filesystem::path& path, const DatabaseKey& key,
                         const OpenOptions& options) {
    auto snapshot = detail::Snapshot::take(path);
    if (!snapshot) {
        return false;
    }
    Closer handle;
    OpenOptions copyOptions;
    copyOptions.create = false;
    if (openHandle(snapshot.value().file(), copyOptions, false, handle) != SQLITE_OK ||
        applyKey(handle.db, key, options) != SQLITE_OK) {
        return false;
    }
    return (probe(handle.db) & 0xff) == SQLITE_NOTADB;
}

Result<Done, DatabaseError> checkPlainFile(const std::filesystem::path& path, bool exists) {
    std::error_code ec;
    if (exists && !std::filesystem::is_regular_file(path, ec)) {
        return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                     "The database path is not a regular file: " + path.string()}};
    }
    if (!exists) {
        return Done{};
    }
    std::array<char, kPlainSqliteHeader.size()> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                     "The file cannot be read: check its permissions (" +
                                         path.string() + ")."}};
    }
    in.read(header.data(), header.size());
    if (in.gcount() == static_cast<std::streamsize>(header.size()) &&
        header == kPlainSqliteHeader) {
        return Failure{DatabaseError{DatabaseErrorCode::NotEncrypted,
                                     "This is an unencrypted SQLite file, not a Rollwise database; "
                                     "it was left untouched."}};
    }
    return Done{};
}

} // namespace

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
    if (!key.isSet() && !options.unencryptedForBenchmark) {
        return Failure{
            DatabaseError{DatabaseErrorCode::NoKey, "No key was given for the database."}};
    }
    std::error_code ec;
    const bool exists =
        std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0;
    if (options.immutable) {
        options.readOnly = true;
    }
    if (!options.unencryptedForBenchmark) {
        if (auto plain = checkPlainFile(path, std::filesystem::exists(path, ec)); !plain) {
            return Failure{plain.error()};
        }
    }
    if (!exists && (options.readOnly || !options.create)) {
        return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                     "There is no database at " + path.string()}};
    }
    if (!exists && detail::nameTooLong(path)) {
        return Failure{detail::nameTooLongError("The database cannot be created")};
    }
    if (!exists && key.kind() == DatabaseKey::Kind::Passphrase &&
        detail::looksLikeRawKeyText(key.passphraseText())) {
        return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                     "A passphrase of the form x'<hex digits>' would be used as a "
                                     "raw key, without stretching: choose another passphrase. "
                                     "Nothing was created."}};
    }
    // Every SQLite file is a whole number of pages (512 bytes at least): anything else is a
    // damaged or incomplete copy, which SQLite would read as an empty database.
    if (exists && !options.unencryptedForBenchmark &&
        std::filesystem::file_size(path, ec) % 512 != 0) {
        return Failure{DatabaseError{DatabaseErrorCode::Corrupt,
                                     "The file is damaged or incomplete (its size is not a whole "
                                     "number of pages; was it copied completely?). It was left "
                                     "as it was; use another copy or a backup."}};
    }
    if (!exists && !path.parent_path().empty() &&
        !std::filesystem::is_directory(path.parent_path(), ec)) {
        return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                     "The folder for the database does not exist: " +
                                         path.parent_path().string()}};
    }

    // A WAL left beside the file (a crash, or another program has it open): the key is proven
    // on a private copy first, so that a wrong key changes none of the files.
    if (exists && !options.immutable && !options.unencryptedForBenchmark &&
        std::filesystem::exists(path.string() + "-wal", ec) &&
        wrongKeyForSnapshot(path, key, options)) {
        return Failure{DatabaseError{DatabaseErrorCode::WrongKey, wrongKeyMessage(key)}};
    }

    Closer handle;
    const std::string pathText = path.string();
    int rc = openHandle(path, options, options.immutable, handle);
    if (rc != SQLITE_OK) {
        return Failure{
            sql::error(rc, "The database cannot be opened (" + pathText + ")", handle.db)};
    }

    // SQLCipher answers PRAGMA cipher_version; plain SQLite ignores it and returns no row.
    std::string cipher;
    {
        sql::Statement version(handle.db, "PRAGMA cipher_version");
        if (version.step() == SQLITE_ROW) {
            cipher = version.columnText(0);
        }
    }
    if (cipher.empty()) {
        return Failure{
            DatabaseError{DatabaseErrorCode::CipherMissing,
                          "The SQLite library in use is not SQLCipher; refusing to store "
                          "data unencrypted."}};
    }
    rc = applyKey(handle.db, key, options);
    if (rc != SQLITE_OK) {
        return Failure{
            sql::error(DatabaseErrorCode::CannotOpen, "The key could not be applied", handle.db)};
    }
    rc = probe(handle.db);
    if (options.readOnly && (rc & 0xff) == SQLITE_CANTOPEN) {
        // A WAL database on read-only media: SQLite cannot create its shared-memory file there.
        // Nothing can be writing to read-only media, so read it as immutable.
        sqlite3_close_v2(handle.release());
        rc = openHandle(path, options, true, handle);
        if (rc == SQLITE_OK) {
            rc = applyKey(handle.db, key, options);
        }
        if (rc == SQLITE_OK) {
            rc = probe(handle.db);
        }
    }
    if ((rc & 0xff) == SQLITE_NOTADB) {
        return Failure{DatabaseError{DatabaseErrorCode::WrongKey, wrongKeyMessage(key)}};
    }
    if (rc != SQLITE_ROW) {
        return Failure{sql::error(rc, "The database cannot be read", handle.db)};
    }

    // Temporary tables and indices stay in memory, never in (unencrypted) temporary files.
    (void)sql::exec(handle.db, "PRAGMA temp_store = MEMORY");
    (void)sql::exec(handle.db, "PRAGMA foreign_keys = ON");
    {
        sql::Statement version(handle.db, "PRAGMA user_version");
        if (version.step() == SQLITE_ROW && version.columnInt(0) > kSchemaVersion) {
            return Failure{DatabaseError{DatabaseErrorCode::NewerThanApp,
                                         "This database was written by a newer version of "
                                         "Rollwise: update the app to open it. Nothing was "
                                         "changed."}};
        }
    }
    if (options.integrityCheck) {
        sql::Statement check(handle.db, "PRAGMA quick_check");
        rc = check.step();
        if (rc != SQLITE_ROW || check.columnText(0) != "ok") {
            return Failure{DatabaseError{DatabaseErrorCode::Corrupt,
                                         "The database is damaged and was not opened. Restore your "
                                         "data from a backup; the damaged file was left as it "
                                         "was."}};
        }
    }
    if (!options.readOnly) {
        // WAL: a crash loses at most the transaction in flight; synchronous FULL makes every
        // committed transaction durable (one per recorded pass in a live session).
        rc = sql::exec(handle.db, "PRAGMA journal_mode = WAL");
        if (rc != SQLITE_OK) {
            return Failure{
                sql::error(rc, "The database cannot be prepared for writing", handle.db)};
        }
        (void)sql::exec(handle.db, "PRAGMA synchronous = FULL");
    }

    Database db(handle.release(), path);
    db.m_key = detail::copyKey(key);
    if (options.migrate && !options.readOnly) {
        if (auto migrated = db.migrate(); !migrated) {
            return Failure{migrated.error()};
        }
    }
    return db;
}

Status<DatabaseError> Database::migrate() {
    const int current = schemaVersion();
    for (const auto& step : kMigrations) {
        if (step.version <= current) {
            continue;
        }
        sql::Transaction tx(m_db);
        if (!tx.begun()) {
            return Failure{sql::error(tx.beginCode(), "Could not update the database", m_db)};
        }
        int rc = sql::exec(m_db, step.sql);
        if (rc == SQLITE_OK && step.version == 2) {
            sql::Statement uid(m_db, "INSERT INTO meta (key, value) VALUES ('database_uid', ?1)");
            uid.bind(1, newUid());
            rc = uid.step() == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_db);
        }
        if (rc == SQLITE_OK && step.version == 3) {
            rc = detail::convertDeviceRecords(*this);
        }
        if (rc == SQLITE_OK) {
            const std::string bump = "PRAGMA user_version = " + std::to_string(step.version);
            rc = sql::exec(m_db, bump.c_str());
        }
        if (rc == SQLITE_OK) {
            rc = tx.commit();
        }
        if (rc != SQLITE_OK) {
            return Failure{sql::error(rc,
                                      "Could not update the database to version " +
                                          std::to_string(step.version) +
                                          "; it was left at version " + std::to_string(current),
                                      m_db)};
        }
    }
    return Done{};
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
    sqlite3* h = db.value().m_db;
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
    if (!newKey.isSet()) {
        return Failure{DatabaseError{DatabaseErrorCode::NoKey, "No new key was given."}};
    }
    if (newKey.kind() == DatabaseKey::Kind::Passphrase &&
        detail::looksLikeRawKeyText(newKey.passphraseText())) {
        return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                     "A passphrase of the form x'<hex digits>' would be used as a "
                                     "raw key, without stretching: choose another passphrase. The "
                                     "key was not changed."}};
    }
    {
        const sql::KeyText text(newKey);
        const int rc = sqlite3_rekey(m_db, text.data(), text.size());
        if (rc != SQLITE_OK) {
            return Failure{sql::error(rc,
                                      "The key could not be changed; the old key still opens the "
                                      "database",
                                      m_db)};
        }
    }
    // SQLCipher reports success even when the rekey's transaction could not start (another
    // connection is writing) or its commit failed (a full disk). Only a new connection that
    // opens the file with the new key proves it.
    const auto opensWith = [this](const DatabaseKey& key) {
        Closer check;
        OpenOptions options;
        options.readOnly = true;
        return openHandle(m_path, options, false, check) == SQLITE_OK &&
               applyKey(check.db, key, options) == SQLITE_OK && probe(check.db) == SQLITE_ROW;
    };
    if (opensWith(newKey)) {
        m_key = detail::copyKey(newKey);
        return Done{};
    }
    std::error_code ec;
    const auto room =
        std::filesystem::space(std::filesystem::absolute(m_path, ec).parent_path(), ec);
    const bool diskFull = sqlite3_system_errno(m_db) == ENOSPC ||
                          (!ec && room.available < std::filesystem::file_size(m_path, ec));
    // The failed rekey leaves this connection with the new key for writing and the old one in
    // the file: any later write would mix them. It is replaced by one opened with the old key.
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.integrityCheck = false;
    auto reopened = open(m_path, m_key, options);
    if (!reopened) {
        return Failure{DatabaseError{DatabaseErrorCode::WriteFailed,
                                     "The key change did not complete, and the journal could not "
                                     "be opened again with the old key (" +
                                         reopened.error().message +
                                         ") Close Rollwise, then open it with the old key; if "
                                         "that fails, restore from a backup."}};
    }
    *this = std::move(reopened).value();
    if (diskFull) {
        return Failure{DatabaseError{DatabaseErrorCode::DiskFull,
                                     "The key was not changed: the disk is full. The old key "
                                     "still opens the database. Free some space and try again."}};
    }
    return Failure{DatabaseError{DatabaseErrorCode::WriteFailed,
                                 "The key was not changed: the database is in use by another "
                                 "program (or could not be written). The old key still opens it. "
                                 "Close other programs using it and try again."}};
}

Database::Database(sqlite3* handle, std::filesystem::path path)
    : m_db(handle)
    , m_path(std::move(path))
    , m_statements(new detail::StatementCache) {}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements))
    , m_key(std::move(other.m_key)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
        m_key = std::move(other.m_key);
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() noexcept {
    m_statements.reset(); // finalizes the cached statements before the connection closes
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

int Database::schemaVersion() const {
    sql::Statement version(m_db, "PRAGMA user_version");
    return version.step() == SQLITE_ROW ? static_cast<int>(version.columnInt(0)) : -1;
}

std::string Database::cipherVersion() const {
    sql::Statement version(m_db, "PRAGMA cipher_version");
    return version.step() == SQLITE_ROW ? version.columnText(0) : std::string();
}

std::string Database::databaseUid() const {
    sql::Statement uid(m_db, "SELECT value FROM meta WHERE key = 'database_uid'");
    return uid.step() == SQLITE_ROW ? uid.columnText(0) : std::string();
}

Status<DatabaseError> Database::storeZones(std::span<const ZoneInfo> zones) {
    sql::Transaction tx(m_db);
    if (!tx.begun()) {
        return Failure{sql::error(tx.beginCode(), "Could not store the zones", m_db)};
    }
    sql::Statement insert(m_db, R"sql(
        INSERT INTO zones (key, display_order, needling_allowed) VALUES (?1, ?2, ?3)
        ON CONFLICT (key) DO UPDATE SET display_order = excluded.display_order,
                                        needling_allowed = excluded.needling_allowed)sql");
    std::int64_t order = 0;
    for (const auto& zone : zones) {
        insert.bind(1, zone.key);
        insert.bind(2, order++);
        insert.bind(3, std::int64_t{zone.needlingAllowed ? 1 : 0});
        if (const int rc = insert.step(); rc != SQLITE_DONE) {
            return Failure{sql::error(rc, "Could not store the zones", m_db)};
        }
        insert.reset();
    }
    if (const int rc = tx.commit(); rc != SQLITE_OK) {
        return Failure{sql::error(rc, "Could not store the zones", m_db)};
    }
    return Done{};
}

Result<std::vector<Zone>, DatabaseError> Database::loadZones() const {
    sql::Statement select(m_db, "SELECT key FROM zones ORDER BY display_order");
    std::vector<Zone> zones;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const std::string key = select.columnText(0);
        const auto zone = zoneFromKey(key);
        if (!zone) {
            return Failure{
                DatabaseError{DatabaseErrorCode::ReadFailed,
                              "The database names a zone this version does not know: " + key}};
        }
        zones.push_back(*zone);
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the zones", m_db)};
    }
    return zones;
}

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
