#include "sqlite_support.h"

#include <rollwise/core/database.h>

#include <array>
#include <cstring>
#include <fstream>
#include <system_error>
#include <utility>

namespace rollwise {
namespace {

constexpr std::array<char, 16> kPlainSqliteHeader{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                  'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

// Raw-key form understood by SQLCipher: x'<64 hex digits>' skips the passphrase KDF.
class RawKeyLiteral {
public:
    explicit RawKeyLiteral(const SecretKey& key) noexcept {
        constexpr char kDigits[] = "0123456789abcdef";
        std::size_t pos = 0;
        m_text[pos++] = 'x';
        m_text[pos++] = '\'';
        for (const auto byte : key.bytes()) {
            m_text[pos++] = kDigits[byte >> 4];
            m_text[pos++] = kDigits[byte & 0x0f];
        }
        m_text[pos++] = '\'';
    }
    RawKeyLiteral(const RawKeyLiteral&) = delete;
    RawKeyLiteral& operator=(const RawKeyLiteral&) = delete;
    ~RawKeyLiteral() { secureWipe(m_text.data(), m_text.size()); }
    [[nodiscard]] const char* data() const noexcept { return m_text.data(); }
    [[nodiscard]] int size() const noexcept { return static_cast<int>(m_text.size()); }

private:
    std::array<char, 3 + 2 * SecretKey::kSize> m_text{};
};

struct Closer {
    sqlite3* db = nullptr;
    ~Closer() { sqlite3_close_v2(db); }
    sqlite3* release() noexcept { return std::exchange(db, nullptr); }
};

DatabaseErrorCode writeErrorCode(int rc) noexcept {
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return DatabaseErrorCode::WrongKey;
    case SQLITE_CORRUPT:
        return DatabaseErrorCode::ReadFailed;
    default:
        return DatabaseErrorCode::WriteFailed;
    }
}

std::string_view writeAdvice(int rc) noexcept {
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return "The disk is full: free some space and try again.";
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return "The folder cannot be written to: check its permissions.";
    default:
        return "Could not write to the database.";
    }
}

} // namespace

Result<Database, DatabaseError> Database::open(const std::filesystem::path& path,
                                               const SecretKey& key) {
    if (!key.isSet()) {
        return Failure{
            DatabaseError{DatabaseErrorCode::NoKey, "No key was given for the database."}};
    }

    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (exists && !std::filesystem::is_regular_file(path, ec)) {
        return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                     "The database path is not a regular file: " + path.string()}};
    }
    if (exists) {
        // A plain SQLite file would otherwise show up as a "wrong key".
        std::array<char, kPlainSqliteHeader.size()> header{};
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                         "The database file cannot be read: check its "
                                         "permissions (" +
                                             path.string() + ")."}};
        }
        in.read(header.data(), header.size());
        if (in.gcount() == static_cast<std::streamsize>(header.size()) &&
            header == kPlainSqliteHeader) {
            return Failure{DatabaseError{DatabaseErrorCode::NotEncrypted,
                                         "This is an unencrypted SQLite file, not a Rollwise "
                                         "database; it was left untouched."}};
        }
    } else if (!path.parent_path().empty() &&
               !std::filesystem::is_directory(path.parent_path(), ec)) {
        return Failure{DatabaseError{DatabaseErrorCode::CannotOpen,
                                     "The folder for the database does not exist: " +
                                         path.parent_path().string()}};
    }

    Closer handle;
    const std::string pathText = path.string();
    int rc =
        sqlite3_open_v2(pathText.c_str(), &handle.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return Failure{sql::error(DatabaseErrorCode::CannotOpen,
                                  "The database cannot be opened: " + pathText, handle.db)};
    }
    sqlite3_extended_result_codes(handle.db, 1);

    // SQLCipher answers PRAGMA cipher_version; plain SQLite ignores it and returns no row.
    std::string cipher;
    {
        sql::Statement version(handle.db, "PRAGMA cipher_version");
        if (version.step() == SQLITE_ROW) {
            cipher = version.columnText(0);
        }
    }
    if (cipher.empty()) {
        return Failure{DatabaseError{DatabaseErrorCode::CipherMissing,
                                     "The SQLite library in use is not SQLCipher; refusing to "
                                     "store data unencrypted."}};
    }
    (void)sql::exec(handle.db, "PRAGMA cipher_log_level = NONE");

    {
        const RawKeyLiteral literal(key);
        rc = sqlite3_key(handle.db, literal.data(), literal.size());
    }
    if (rc != SQLITE_OK) {
        return Failure{
            sql::error(DatabaseErrorCode::CannotOpen, "The key could not be applied", handle.db)};
    }

    // The first read decrypts page 1: this is where a wrong key shows, before anything is written.
    {
        sql::Statement probe(handle.db, "SELECT count(*) FROM sqlite_master");
        rc = probe.step();
    }
    if ((rc & 0xff) == SQLITE_NOTADB) {
        return Failure{DatabaseError{DatabaseErrorCode::WrongKey,
                                     "The key does not open this database: it is the wrong key, "
                                     "or the file is not a Rollwise database. Nothing was "
                                     "changed."}};
    }
    if (rc != SQLITE_ROW) {
        return Failure{sql::error(DatabaseErrorCode::ReadFailed,
                                  "The database cannot be read; it may be damaged", handle.db)};
    }

    // Temporary tables and indices stay in memory, never in unencrypted temporary files.
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
    rc = sql::exec(handle.db, "PRAGMA journal_mode = WAL");
    if (rc != SQLITE_OK) {
        return Failure{sql::error(writeErrorCode(rc), writeAdvice(rc), handle.db)};
    }

    Database db(handle.release());
    if (auto migrated = db.migrate(); !migrated) {
        return Failure{migrated.error()};
    }
    return db;
}

Status<DatabaseError> Database::migrate() {
    if (schemaVersion() == kSchemaVersion) {
        return Done{};
    }
    sql::Transaction tx(m_db);
    if (!tx.begun()) {
        return Failure{
            sql::error(DatabaseErrorCode::WriteFailed, "Could not start a transaction", m_db)};
    }
    const int rc = sql::exec(m_db, R"sql(
        CREATE TABLE zones (
            key TEXT PRIMARY KEY NOT NULL,
            display_order INTEGER NOT NULL,
            needling_allowed INTEGER NOT NULL CHECK (needling_allowed IN (0, 1))
        ) STRICT;
        PRAGMA user_version = 1;
    )sql");
    if (rc != SQLITE_OK) {
        return Failure{sql::error(writeErrorCode(rc), writeAdvice(rc), m_db)};
    }
    if (const int commitRc = tx.commit(); commitRc != SQLITE_OK) {
        return Failure{sql::error(writeErrorCode(commitRc), writeAdvice(commitRc), m_db)};
    }
    return Done{};
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

int Database::schemaVersion() const {
    sql::Statement version(m_db, "PRAGMA user_version");
    return version.step() == SQLITE_ROW ? static_cast<int>(version.columnInt(0)) : -1;
}

std::string Database::cipherVersion() const {
    sql::Statement version(m_db, "PRAGMA cipher_version");
    return version.step() == SQLITE_ROW ? version.columnText(0) : std::string();
}

Status<DatabaseError> Database::storeZones(std::span<const ZoneInfo> zones) {
    sql::Transaction tx(m_db);
    if (!tx.begun()) {
        return Failure{
            sql::error(DatabaseErrorCode::WriteFailed, "Could not start a transaction", m_db)};
    }
    sql::Statement insert(m_db, R"sql(
        INSERT INTO zones (key, display_order, needling_allowed) VALUES (?1, ?2, ?3)
        ON CONFLICT (key) DO UPDATE SET display_order = excluded.display_order,
                                        needling_allowed = excluded.needling_allowed)sql");
    if (!insert.prepared()) {
        return Failure{
            sql::error(DatabaseErrorCode::WriteFailed, "Could not prepare the zone update", m_db)};
    }
    std::int64_t order = 0;
    for (const auto& zone : zones) {
        insert.bind(1, zone.key);
        insert.bind(2, order++);
        insert.bind(3, std::int64_t{zone.needlingAllowed ? 1 : 0});
        if (const int rc = insert.step(); rc != SQLITE_DONE) {
            return Failure{sql::error(writeErrorCode(rc), writeAdvice(rc), m_db)};
        }
        insert.reset();
    }
    if (const int rc = tx.commit(); rc != SQLITE_OK) {
        return Failure{sql::error(writeErrorCode(rc), writeAdvice(rc), m_db)};
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
        return Failure{sql::error(DatabaseErrorCode::ReadFailed, "Could not read the zones", m_db)};
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
    case DatabaseErrorCode::ReadFailed:
        return "read-failed";
    }
    return "unknown";
}

} // namespace rollwise
