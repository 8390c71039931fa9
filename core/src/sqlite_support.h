#pragma once

// Small RAII helpers over the SQLCipher C API, private to core.

#include <rollwise/core/database.h>

#include <sqlcipher/sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace rollwise::sql {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    [[nodiscard]] bool prepared() const noexcept { return m_stmt != nullptr; }
    [[nodiscard]] int prepareCode() const noexcept { return m_prepareCode; }
    void bind(int index, std::string_view text) noexcept;
    void bind(int index, std::int64_t value) noexcept;
    // SQLITE_ROW, SQLITE_DONE or an error code.
    [[nodiscard]] int step() noexcept;
    void reset() noexcept;
    [[nodiscard]] std::int64_t columnInt(int index) const noexcept;
    [[nodiscard]] std::string columnText(int index) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareCode = SQLITE_OK;
};

// Rolls back unless committed.
class Transaction {
public:
    explicit Transaction(sqlite3* db) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    [[nodiscard]] bool begun() const noexcept { return m_begun; }
    [[nodiscard]] int commit() noexcept;

private:
    sqlite3* m_db = nullptr;
    bool m_begun = false;
    bool m_done = false;
};

// Runs statements that return no rows; returns the SQLite result code.
[[nodiscard]] int exec(sqlite3* db, const char* sql) noexcept;

[[nodiscard]] DatabaseError error(DatabaseErrorCode code, std::string_view what, sqlite3* db);

} // namespace rollwise::sql
