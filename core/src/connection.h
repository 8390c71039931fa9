#pragma once

// The SQLCipher connection the stores share, private to core (and to the tests that need raw
// SQL: they add core/src to their include path). The transaction and statement-cache machinery
// lives in sqlite_support.h.

#include <rollwise/core/database.h>

#include <filesystem>
#include <memory>
#include <string>

struct sqlite3;

namespace rollwise::detail {

struct StatementCache;
struct StatementCacheDeleter {
    void operator()(StatementCache* cache) const noexcept;
};

class Connection {
public:
    Connection(sqlite3* handle, std::filesystem::path path, DatabaseKey key);
    // Takes over the other's handle (the old one is closed): how a failed rekey swaps in a
    // connection opened again with the old key while the stores keep pointing here.
    Connection& operator=(Connection&& other) noexcept;
    Connection(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    [[nodiscard]] sqlite3* handle() const noexcept { return m_db; }
    // Prepared statements kept for the hot paths (every allocation is expensive with
    // cipher_memory_security on: SQLCipher locks and wipes it).
    [[nodiscard]] StatementCache& statements() const noexcept { return *m_statements; }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }
    // The key the connection was opened with (wiped on destruction): after a failed rekey the
    // connection is opened again with it, as SQLCipher leaves the failed one unusable.
    [[nodiscard]] const DatabaseKey& key() const noexcept { return m_key; }
    void setKey(DatabaseKey key) noexcept { m_key = std::move(key); }

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] std::string cipherVersion() const;
    [[nodiscard]] std::string databaseUid() const;

private:
    void close() noexcept;

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    std::unique_ptr<StatementCache, StatementCacheDeleter> m_statements;
    DatabaseKey m_key;
};

// Opens the connection as Database::open describes (everything but the migration).
[[nodiscard]] Result<std::unique_ptr<Connection>, DatabaseError>
openConnection(const std::filesystem::path& path, const DatabaseKey& key, OpenOptions options);
// Another connection to `of`'s file with its key, for a writer on another thread (one thread
// per connection: they are opened without SQLite's own mutex).
[[nodiscard]] Result<std::unique_ptr<Connection>, DatabaseError> openSibling(const Connection& of);
// How long a connection waits for another one's write transaction before SQLITE_BUSY.
inline constexpr int kBusyTimeoutMs = 5000;
// Changes the key; see Database::rekey. After a failure the connection is one opened again with
// the old key.
[[nodiscard]] Status<DatabaseError> rekey(Connection& connection, const DatabaseKey& newKey);

// The connection behind a Database. For core's own code and for tests that need raw SQL (a
// schema downgrade, a damaged row) or a store on its own: nothing outside core/src sees it.
struct ConnectionAccess {
    [[nodiscard]] static Connection& of(Database& db) noexcept;
    [[nodiscard]] static const Connection& of(const Database& db) noexcept;
};

// The raw handle behind a Database, for tests that need raw SQL.
[[nodiscard]] inline sqlite3* rawHandle(const Database& db) noexcept {
    return ConnectionAccess::of(db).handle();
}

} // namespace rollwise::detail
