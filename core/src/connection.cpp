// The SQLCipher connection: opening it (the key proven before anything is written), changing
// its key, and what it says of itself.
#include "connection.h"

#include "database_files.h"
#include "sqlite_support.h"

#include <array>
#include <cerrno>
#include <fstream>
#include <optional>
#include <system_error>
#include <utility>

namespace rollwise::detail {
namespace {

constexpr std::array<char, 16> kPlainSqliteHeader{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                  'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

struct Closer {
    sqlite3* db = nullptr;
    ~Closer() { sqlite3_close_v2(db); }
    sqlite3* release() noexcept { return std::exchange(db, nullptr); }
};

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
    const std::string name = sqliteUri(path, immutable ? "immutable=1" : "");
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
    auto snapshot = Snapshot::take(path);
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

namespace {

// What every connection gets once the key is proven.
void prepareConnection(sqlite3* db) {
    // Temporary tables and indices stay in memory, never in (unencrypted) temporary files.
    (void)sql::exec(db, "PRAGMA temp_store = MEMORY");
    (void)sql::exec(db, "PRAGMA foreign_keys = ON");
    // Two connections may write (the session writer's and the app's): one waits for the
    // other's transaction instead of failing with SQLITE_BUSY. Transactions here take
    // milliseconds; a lock held longer than this is another program's, and fails as before.
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
}

} // namespace

Result<std::unique_ptr<Connection>, DatabaseError>
openConnection(const std::filesystem::path& path, const DatabaseKey& key, OpenOptions options) {
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
    if (!exists && nameTooLong(path)) {
        return Failure{nameTooLongError("The database cannot be created")};
    }
    if (!exists && key.kind() == DatabaseKey::Kind::Passphrase &&
        looksLikeRawKeyText(key.passphraseText())) {
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

    prepareConnection(handle.db);
    {
        sql::Statement version(handle.db, "PRAGMA user_version");
        if (version.step() == SQLITE_ROW && version.columnInt(0) > Database::kSchemaVersion) {
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

    return std::make_unique<Connection>(handle.release(), path, copyKey(key));
}

Result<std::unique_ptr<Connection>, DatabaseError> openSibling(const Connection& of) {
    // The key is proven (`of` opened with it) and the schema current: no snapshot, no
    // migration, no integrity check. WAL mode is the file's already.
    OpenOptions options;
    options.create = false;
    Closer handle;
    int rc = openHandle(of.path(), options, false, handle);
    if (rc == SQLITE_OK) {
        rc = applyKey(handle.db, of.key(), options);
    }
    if (rc == SQLITE_OK) {
        rc = probe(handle.db);
    }
    if (rc != SQLITE_ROW) {
        return Failure{sql::error(rc == SQLITE_OK ? SQLITE_ERROR : rc,
                                  "A second connection to the database could not be opened",
                                  handle.db)};
    }
    prepareConnection(handle.db);
    (void)sql::exec(handle.db, "PRAGMA synchronous = FULL");
    return std::make_unique<Connection>(handle.release(), of.path(), copyKey(of.key()));
}

Status<DatabaseError> rekey(Connection& connection, const DatabaseKey& newKey) {
    sqlite3* const m_db = connection.handle();
    const std::filesystem::path& m_path = connection.path();
    if (!newKey.isSet()) {
        return Failure{DatabaseError{DatabaseErrorCode::NoKey, "No new key was given."}};
    }
    if (newKey.kind() == DatabaseKey::Kind::Passphrase &&
        looksLikeRawKeyText(newKey.passphraseText())) {
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
    const auto opensWith = [&](const DatabaseKey& key) {
        Closer check;
        OpenOptions options;
        options.readOnly = true;
        return openHandle(m_path, options, false, check) == SQLITE_OK &&
               applyKey(check.db, key, options) == SQLITE_OK && probe(check.db) == SQLITE_ROW;
    };
    if (opensWith(newKey)) {
        connection.setKey(copyKey(newKey));
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
    auto reopened = openConnection(m_path, connection.key(), options);
    if (!reopened) {
        return Failure{DatabaseError{DatabaseErrorCode::WriteFailed,
                                     "The key change did not complete, and the journal could not "
                                     "be opened again with the old key (" +
                                         reopened.error().message +
                                         ") Close Rollwise, then open it with the old key; if "
                                         "that fails, restore from a backup."}};
    }
    connection = std::move(*reopened.value());
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

Connection::Connection(sqlite3* handle, std::filesystem::path path, DatabaseKey key)
    : m_db(handle)
    , m_path(std::move(path))
    , m_statements(new StatementCache)
    , m_key(std::move(key)) {}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements))
    , m_key(std::move(other.m_key)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
        m_key = std::move(other.m_key);
    }
    return *this;
}

Connection::~Connection() {
    close();
}

void Connection::close() noexcept {
    m_statements.reset(); // finalizes the cached statements before the connection closes
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

int Connection::schemaVersion() const {
    sql::Statement version(m_db, "PRAGMA user_version");
    return version.step() == SQLITE_ROW ? static_cast<int>(version.columnInt(0)) : -1;
}

std::string Connection::cipherVersion() const {
    sql::Statement version(m_db, "PRAGMA cipher_version");
    return version.step() == SQLITE_ROW ? version.columnText(0) : std::string();
}

std::string Connection::databaseUid() const {
    sql::Statement uid(m_db, "SELECT value FROM meta WHERE key = 'database_uid'");
    return uid.step() == SQLITE_ROW ? uid.columnText(0) : std::string();
}

} // namespace rollwise::detail
