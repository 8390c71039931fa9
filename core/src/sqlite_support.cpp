#include "sqlite_support.h"

namespace rollwise::sql {

Statement::Statement(sqlite3* db, std::string_view sql) noexcept {
    m_prepareCode =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
}

void Statement::bind(int index, std::string_view text) noexcept {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, std::int64_t value) noexcept {
    sqlite3_bind_int64(m_stmt, index, value);
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

std::string Statement::columnText(int index) const {
    const auto* text = sqlite3_column_text(m_stmt, index);
    const int size = sqlite3_column_bytes(m_stmt, index);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string();
}

Transaction::Transaction(sqlite3* db) noexcept
    : m_db(db)
    , m_begun(exec(db, "BEGIN IMMEDIATE") == SQLITE_OK) {}

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

int exec(sqlite3* db, const char* sql) noexcept {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
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
