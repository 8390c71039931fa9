#pragma once

// The encrypted local store (SQLCipher 4 through its C API). Everything the user records lives
// here, in stores split by concern (session_store.h, head_store.h, answer_store.h,
// device_record_store.h, settings_store.h, reminder_store.h, backup_store.h). Every file it
// writes (database, WAL, backups) is encrypted; a wrong key is refused without touching the
// file; a failed write changes nothing that was there.

#include <rollwise/core/answer_store.h>
#include <rollwise/core/backup_store.h>
#include <rollwise/core/database_error.h>
#include <rollwise/core/device_record_store.h>
#include <rollwise/core/head_store.h>
#include <rollwise/core/reminder_store.h>
#include <rollwise/core/result.h>
#include <rollwise/core/secret_key.h>
#include <rollwise/core/session_store.h>
#include <rollwise/core/settings_store.h>

#include <filesystem>
#include <memory>
#include <string>

namespace rollwise {

struct OpenOptions {
    bool readOnly = false;      // never writes; a missing file is an error
    bool create = true;         // create the file if it does not exist (ignored when read-only)
    bool migrate = true;        // bring an older schema up to date
    bool integrityCheck = true; // PRAGMA quick_check on open
    // Read-only without locks, never creating -wal or -shm files: only for a file nothing else
    // has open (no -wal beside it) or on read-only media. A WAL is not read.
    bool immutable = false;
    // Benchmarks only: the same code on an unencrypted file, to measure the cost of encryption.
    bool unencryptedForBenchmark = false;
};

struct VerifyReport {
    std::string cipherVersion;
    int schemaVersion = 0;
    bool isBackup = false;
    int sessions = 0;
};

namespace detail {
struct ConnectionAccess; // core/src/connection.h: the raw connection, for core and its tests
} // namespace detail

// The connection to the journal, and the stores on it, one per concern. Code that needs one
// concern takes that store (`SettingsStore&`, ...), not the Database. The stores live as long
// as the Database (moving it keeps them where they are) and stay valid across rekey().
class Database {
public:
    static constexpr int kSchemaVersion = 3;

    // Opens the database at `path` with `key`, creating it (and its schema) if the file does not
    // exist. On any error the file is left as it was.
    [[nodiscard]] static Result<Database, DatabaseError>
    open(const std::filesystem::path& path, const DatabaseKey& key, OpenOptions options = {});
    // Convenience for a raw key.
    [[nodiscard]] static Result<Database, DatabaseError> open(const std::filesystem::path& path,
                                                              const SecretKey& key);
    // Decrypts every page, checks its authentication code and the database structure; never
    // writes. Works on databases and backups.
    [[nodiscard]] static Result<VerifyReport, DatabaseError>
    verify(const std::filesystem::path& path, const DatabaseKey& key);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // A second connection to the same file with the same key, for a writer on another thread
    // (a Database is used by one thread at a time). Both see each other's committed writes; a
    // write waits for the other's transaction to end. No migration or check: this one did them.
    [[nodiscard]] Result<Database, DatabaseError> openAnother() const;

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] std::string cipherVersion() const;
    [[nodiscard]] std::string databaseUid() const;
    [[nodiscard]] const std::filesystem::path& path() const noexcept;

    // Changes the key (raw key or passphrase, in either direction). The database stays open.
    // Succeeds only once a new connection has opened the file with the new key; otherwise the
    // old key still opens it (another program writing to it, a full disk), and this says so.
    // A passphrase of the form x'<hex>' (which SQLCipher would take as a raw key) is refused.
    [[nodiscard]] Status<DatabaseError> rekey(const DatabaseKey& newKey);

    [[nodiscard]] SessionStore& sessions() noexcept;
    [[nodiscard]] const SessionStore& sessions() const noexcept;
    [[nodiscard]] HeadStore& heads() noexcept;
    [[nodiscard]] const HeadStore& heads() const noexcept;
    [[nodiscard]] AnswerStore& answers() noexcept;
    [[nodiscard]] const AnswerStore& answers() const noexcept;
    [[nodiscard]] DeviceRecordStore& deviceRecords() noexcept;
    [[nodiscard]] const DeviceRecordStore& deviceRecords() const noexcept;
    [[nodiscard]] SettingsStore& settings() noexcept;
    [[nodiscard]] const SettingsStore& settings() const noexcept;
    [[nodiscard]] ReminderStore& reminders() noexcept;
    [[nodiscard]] const ReminderStore& reminders() const noexcept;
    [[nodiscard]] BackupStore& backups() noexcept;
    [[nodiscard]] const BackupStore& backups() const noexcept;

private:
    friend struct detail::ConnectionAccess;
    struct Parts; // the connection and its stores, on the heap so references to them stay put
    explicit Database(std::unique_ptr<Parts> parts) noexcept;

    std::unique_ptr<Parts> m_parts;
};

// A new random identifier for sessions, heads and reminders (not a secret).
[[nodiscard]] std::string newUid();

} // namespace rollwise
