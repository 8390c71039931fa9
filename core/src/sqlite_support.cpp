#include "sqlite_support.h"

#include <cerrno>

namespace rollwise::detail {
StatementCache::~StatementCache() {
    for (auto& [sql, stmt] : statements) {
        sqlite3_finalize(stmt);
    }
}
void StatementCacheDeleter::operator()(StatementCache* cache) const noexcept {
    delete cache;
}
} // namespace rollwise::detail

namespace rollwise::sql {
namespace {
// SQLite's detailed message for the last failed step on this thread: finalizing the statement
// replaces the connection's message with a generic one.
struct LastFailure {
    int rc = SQLITE_OK;
    std::string message;
};
thread_local LastFailure g_lastFailure;
} // namespace

Statement::Statement(const detail::Connection& connection, std::string_view sql) noexcept
    : m_db(connection.handle())
    , m_cached(true) {
    auto& cache = connection.statements().statements;
    if (const auto it = cache.find(sql); it != cache.end()) {
        m_stmt = it->second;
        return;
    }
    m_prepareCode = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                       SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_stmt != nullptr) {
        try {
            cache.emplace(std::string(sql), m_stmt);
        } catch (...) { // out of memory: use it once
            m_cached = false;
        }
    }
}

Statement::~Statement() {
    if (m_cached) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) noexcept
    : m_db(db) {
    m_prepareCode =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
}

void Statement::bind(int index, std::string_view text) noexcept {
    // A default string_view has no data pointer, which SQLite would store as NULL.
    sqlite3_bind_text(m_stmt, index, text.data() != nullptr ? text.data() : "",
                      static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::bindStatic(int index, std::string_view text) noexcept {
    sqlite3_bind_text(m_stmt, index, text.data() != nullptr ? text.data() : "",
                      static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bind(int index, std::int64_t value) noexcept {
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, std::span<const std::uint8_t> blob) noexcept {
    sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index) noexcept {
    sqlite3_bind_null(m_stmt, index);
}

int Statement::step() noexcept {
    return m_stmt ? sqlite3_step(m_stmt) : m_prepareCode;
}

void Statement::reset() noexcept {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int index) const noexcept {
    return sqlite3_column_int64(m_stmt, index);
}

std::optional<std::int64_t> Statement::columnOptionalInt(int index) const noexcept {
    if (columnIsNull(index)) {
        return std::nullopt;
    }
    return columnInt(index);
}

bool Statement::columnIsNull(int index) const noexcept {
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

std::string Statement::columnText(int index) const {
    const auto* text = sqlite3_column_text(m_stmt, index);
    const int size = sqlite3_column_bytes(m_stmt, index);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string();
}

std::vector<std::uint8_t> Statement::columnBlob(int index) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, index));
    const int size = sqlite3_column_bytes(m_stmt, index);
    return data ? std::vector<std::uint8_t>(data, data + size) : std::vector<std::uint8_t>();
}

Transaction::Transaction(sqlite3* db) noexcept
    : m_db(db)
    , m_beginCode(exec(db, "BEGIN IMMEDIATE"))
    , m_begun(m_beginCode == SQLITE_OK) {}

Transaction::~Transaction() {
    if (m_begun && !m_done) {
        (void)exec(m_db, "ROLLBACK");
    }
}

int Transaction::commit() noexcept {
    const int rc = exec(m_db, "COMMIT");
    m_done = rc == SQLITE_OK;
    return rc;
}

KeyText::KeyText(const DatabaseKey& key) {
    if (key.kind() == DatabaseKey::Kind::Raw) {
        constexpr char kDigits[] = "0123456789abcdef";
        m_text.reserve(3 + 2 * SecretKey::kSize);
        m_text.push_back('x');
        m_text.push_back('\'');
        for (const auto byte : key.rawKey().bytes()) {
            m_text.push_back(kDigits[byte >> 4]);
            m_text.push_back(kDigits[byte & 0x0f]);
        }
        m_text.push_back('\'');
    } else {
        m_text.reserve(key.passphraseText().size());
        m_text.assign(key.passphraseText());
    }
}

KeyText::~KeyText() {
    secureWipe(m_text.data(), m_text.capacity());
}

int exec(sqlite3* db, const char* sql) noexcept {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

DatabaseError error(int rc, std::string_view what, sqlite3* db) {
    DatabaseErrorCode code = DatabaseErrorCode::WriteFailed;
    std::string advice;
    // What the operating system said decides when SQLite's own code is generic (a full disk
    // while creating a file surfaces as SQLITE_CANTOPEN).
    const int systemError = db != nullptr ? sqlite3_system_errno(db) : 0;
    int primary = rc & 0xff;
    if (primary == SQLITE_ERROR || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) {
        if (systemError == ENAMETOOLONG) {
            std::string message(what);
            message += message.empty() ? "" : ": ";
            message += "the file name is too long. Choose a shorter name or folder; nothing was "
                       "changed.";
            return DatabaseError{DatabaseErrorCode::InvalidArgument, std::move(message)};
        }
        if (systemError == ENOSPC) {
            primary = SQLITE_FULL;
        } else if (systemError == EROFS || systemError == EACCES || systemError == EPERM) {
            primary = SQLITE_READONLY;
        }
    }
    switch (primary) {
    case SQLITE_FULL:
        code = DatabaseErrorCode::DiskFull;
        advice = "The disk is full: free some space and try again. Nothing was changed.";
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        code = DatabaseErrorCode::ReadOnly;
        advice = "The file or its folder cannot be written: check where it is stored and its "
                 "permissions. Nothing was changed.";
        break;
    case SQLITE_NOTADB:
        code = DatabaseErrorCode::WrongKey;
        advice = "The key does not open this file: it is the wrong key, or not a Rollwise file.";
        break;
    case SQLITE_CORRUPT:
        code = DatabaseErrorCode::Corrupt;
        advice = "The file is damaged. Restore your data from a backup.";
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = DatabaseErrorCode::WriteFailed;
        advice = "The database is in use by another program: close it and try again.";
        break;
    default:
        advice = "A read or write failed.";
        break;
    }
    std::string message(what);
    if (!message.empty()) {
        message += ": ";
    }
    message += advice;
    // SQLite's messages name tables and columns, never the values in them.
    message += " (SQLite: ";
    message += g_lastFailure.rc == rc                       ? g_lastFailure.message
               : db != nullptr && sqlite3_errcode(db) == rc ? std::string(sqlite3_errmsg(db))
                                                            : std::string(sqlite3_errstr(rc));
    message += ")";
    return DatabaseError{code, std::move(message)};
}

DatabaseError error(DatabaseErrorCode code, std::string_view what, sqlite3* db) {
    std::string message(what);
    if (db != nullptr) {
        message += " (SQLite: ";
        message += sqlite3_errmsg(db);
        message += ")";
    }
    return DatabaseError{code, std::move(message)};
}

} // namespace rollwise::sql
