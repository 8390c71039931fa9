#pragma once

// The encrypted local store (SQLCipher 4 through its C API). Every file it writes is encrypted
// with a raw 256-bit key; a wrong key is refused without touching the file.

#include <rollwise/core/result.h>
#include <rollwise/core/secret_key.h>
#include <rollwise/core/zone.h>

#include <filesystem>
#include <string>
#include <vector>

struct sqlite3;

namespace rollwise {

enum class DatabaseErrorCode {
    NoKey,         // no key was given
    WrongKey,      // the key does not decrypt the file (or it is not a Rollwise database)
    NotEncrypted,  // the file is a plain, unencrypted SQLite database
    NewerThanApp,  // written by a newer Rollwise: refused rather than misread
    CannotOpen,    // missing folder, no permission, not a regular file ...
    CipherMissing, // the SQLite library linked in is not SQLCipher
    WriteFailed,   // disk full, read-only folder, I/O error
    ReadFailed,    // corrupt content or I/O error
};

struct DatabaseError {
    DatabaseErrorCode code = DatabaseErrorCode::CannotOpen;
    // For people: what happened and what to do. Never contains keys or health data.
    std::string message;
};

class Database {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens the database at `path` with `key`, creating it (and its schema) if the file does not
    // exist. On any error the file is left as it was.
    [[nodiscard]] static Result<Database, DatabaseError> open(const std::filesystem::path& path,
                                                              const SecretKey& key);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] std::string cipherVersion() const;

    // Stores the zone list (insert or update by key), in one transaction.
    [[nodiscard]] Status<DatabaseError> storeZones(std::span<const ZoneInfo> zones);
    // The stored zones, in their stored order.
    [[nodiscard]] Result<std::vector<Zone>, DatabaseError> loadZones() const;

private:
    explicit Database(sqlite3* handle) noexcept
        : m_db(handle) {}
    [[nodiscard]] Status<DatabaseError> migrate();

    sqlite3* m_db = nullptr;
};

[[nodiscard]] std::string_view toString(DatabaseErrorCode code) noexcept;

} // namespace rollwise
