#pragma once

// Small RAII helpers over the SQLCipher C API, private to core.

#include "connection.h"

#include <rollwise/core/database.h>

#include <sqlcipher/sqlite3.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace rollwise::detail {
// Prepared statements by SQL text, finalized when the connection closes.
struct StatementCache {
    std::map<std::string, sqlite3_stmt*, std::less<>> statements;
    ~StatementCache();
};
// Turns every device record that has no journal session yet into one (session_writer.cpp),
// inside the caller's transaction: the schema 3 migration and the merge of an older backup.
// SQLITE_OK or the error code.
int convertDeviceRecords(const Connection& connection);
} // namespace rollwise::detail

namespace rollwise::sql {

class Statement {
public:
    // A statement of its own, finalized on destruction.
    Statement(sqlite3* db, std::string_view sql) noexcept;
    // A statement kept in the connection's cache (for hot paths); reset on destruction.
    Statement(const detail::Connection& connection, std::string_view sql) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    [[nodiscard]] bool prepared() const noexcept { return m_stmt != nullptr; }
    [[nodiscard]] int prepareCode() const noexcept { return m_prepareCode; }
    void bind(int index, std::string_view text) noexcept;
    // Text that outlives the statement's use (string literals, the zone table): not copied.
    void bindStatic(int index, std::string_view text) noexcept;
    void bind(int index, std::int64_t value) noexcept;
    void bind(int index, int value) noexcept { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, std::span<const std::uint8_t> blob) noexcept;
    void bindNull(int index) noexcept;
    template <typename T> void bind(int index, const std::optional<T>& value) noexcept {
        if (value) {
            bind(index, *value);
        } else {
            bindNull(index);
        }
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    [[nodiscard]] int step() noexcept;
    void reset() noexcept;
    [[nodiscard]] std::int64_t columnInt(int index) const noexcept;
    [[nodiscard]] std::optional<std::int64_t> columnOptionalInt(int index) const noexcept;
    [[nodiscard]] std::string columnText(int index) const;
    [[nodiscard]] std::vector<std::uint8_t> columnBlob(int index) const;
    [[nodiscard]] bool columnIsNull(int index) const noexcept;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareCode = SQLITE_OK;
    bool m_cached = false;
};

// Rolls back unless committed.
class Transaction {
public:
    explicit Transaction(sqlite3* db) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    [[nodiscard]] bool begun() const noexcept { return m_begun; }
    [[nodiscard]] int beginCode() const noexcept { return m_beginCode; }
    [[nodiscard]] int commit() noexcept;

private:
    sqlite3* m_db = nullptr;
    int m_beginCode = SQLITE_OK;
    bool m_begun = false;
    bool m_done = false;
};

// The text SQLCipher takes as a key: x'<64 hex digits>' for a raw key (no KDF), or the
// passphrase itself. Wiped on destruction.
class KeyText {
public:
    explicit KeyText(const DatabaseKey& key);
    KeyText(const KeyText&) = delete;
    KeyText& operator=(const KeyText&) = delete;
    ~KeyText();
    [[nodiscard]] const char* data() const noexcept { return m_text.data(); }
    [[nodiscard]] int size() const noexcept { return static_cast<int>(m_text.size()); }
    [[nodiscard]] std::string_view view() const noexcept { return m_text; }

private:
    std::string m_text;
};

// Runs statements that return no rows; returns the SQLite result code.
[[nodiscard]] int exec(sqlite3* db, const char* sql) noexcept;

// An error for a failed SQLite call, with advice that fits the result code.
[[nodiscard]] DatabaseError error(int rc, std::string_view what, sqlite3* db);
// An error with a fixed code.
[[nodiscard]] DatabaseError error(DatabaseErrorCode code, std::string_view what, sqlite3* db);

} // namespace rollwise::sql
