#pragma once

// The encrypted local store (SQLCipher 4 through its C API). Everything the user records lives
// here. Every file it writes (database, WAL, backups) is encrypted; a wrong key is refused
// without touching the file; a failed write changes nothing that was there.

#include <rollwise/core/device_import.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/result.h>
#include <rollwise/core/secret_key.h>
#include <rollwise/core/session.h>
#include <rollwise/core/zone.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace rollwise {

namespace detail {
struct StatementCache;
struct StatementCacheDeleter {
    void operator()(StatementCache* cache) const noexcept;
};
} // namespace detail

enum class DatabaseErrorCode {
    NoKey,         // no key was given
    WrongKey,      // the key does not decrypt the file (or it is not a Rollwise database)
    NotEncrypted,  // the file is a plain, unencrypted SQLite database
    NewerThanApp,  // written by a newer Rollwise: refused rather than misread
    CannotOpen,    // missing folder, no permission, not a regular file ...
    CipherMissing, // the SQLite library linked in is not SQLCipher
    WriteFailed,   // I/O error while writing
    DiskFull,      // no space left: nothing was changed
    ReadOnly,      // the file or folder cannot be written
    ReadFailed,    // I/O error while reading
    Corrupt,       // the file is damaged (failed integrity or authentication check)
    NotABackup,    // a backup was expected and this is not one
    NotFound,      // the record asked for does not exist
    InvalidArgument,
};

struct DatabaseError {
    DatabaseErrorCode code = DatabaseErrorCode::CannotOpen;
    // For people: what happened and what to do. Never contains keys or health data.
    std::string message;
};

[[nodiscard]] std::string_view toString(DatabaseErrorCode code) noexcept;

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

// A session as the journal lists it.
struct SessionSummary {
    std::string uid;
    TimePoint start{};
    std::optional<TimePoint> end;
    Goal goal = Goal::TextureAndFineLines;
    DeviceFamily family = DeviceFamily::PlainRoller;
    int needleLengthUm = 0;
    std::optional<SessionOutcome> outcome;
    std::vector<std::pair<Zone, int>> zonePasses; // passes per zone, in session order
    int totalPasses = 0;
    bool fromDevice = false;   // synced from a device's store
    bool zonesPending = false; // a device session the user has not placed yet
};

// A device session waiting for the user to say where it went ("Where did you roll?").
struct PendingDeviceSession {
    std::string uid;
    TimePoint start{};
    bool timeTrusted = true; // false: dated when it was synced (the device's clock was not set)
    DeviceFamily family = DeviceFamily::SmartRoller;
    int needleLengthUm = 0;
    int passes = 0;
    std::vector<Zone> reachable; // what the zone picker offers
};

// A record read from a device's store, kept as received; the journal session made from it
// (importDeviceRecord) is written in the same transaction.
struct DeviceRecord {
    std::string deviceUid; // the record key: deviceRecordKey(device, store id)
    std::int64_t sequence = 0;
    TimePoint receivedAt{};
    std::vector<std::uint8_t> payload;
    DeviceContext context; // what the device said of itself when the record was read
};

struct ReactionEntry {
    std::string sessionUid;
    Zone zone = Zone::Forehead;
    TimePoint loggedAt{};
    Reaction reaction = Reaction::None;
    std::optional<TimePoint> healedAt;
};

struct StoredHead {
    std::string uid;
    std::string deviceUid;
    Head head;
    std::optional<TimePoint> retiredAt;
};

struct Reminder {
    std::string uid;
    std::string kind; // "next-session", "aftercare", "replace-head", ...
    TimePoint due{};
    std::optional<Zone> zone;
    std::optional<TimePoint> snoozedUntil;
    std::optional<TimePoint> doneAt;
};

// What a backup holds, and what merging it would add.
struct BackupPreview {
    std::string createdAt;  // ISO time the backup was made
    std::string appVersion; // the Rollwise version that made it
    int schemaVersion = 0;
    int sessions = 0;    // sessions in the backup
    int newSessions = 0; // of which not in this database
    int newDeviceRecords = 0;
    int newAnswers = 0;
    int newReactions = 0;
    int newHeads = 0;
    std::optional<TimePoint> firstSession;
    std::optional<TimePoint> lastSession;
};

struct MergeReport {
    int sessionsAdded = 0;
    int passesAdded = 0;
    int deviceRecordsAdded = 0;
    int answersAdded = 0;
    int reactionsAdded = 0;
    int headsAdded = 0;
    int remindersAdded = 0;
};

struct VerifyReport {
    std::string cipherVersion;
    int schemaVersion = 0;
    bool isBackup = false;
    int sessions = 0;
};

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

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] std::string cipherVersion() const;
    [[nodiscard]] std::string databaseUid() const;
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }

    // Changes the key (raw key or passphrase, in either direction). The database stays open.
    // Succeeds only once a new connection has opened the file with the new key; otherwise the
    // old key still opens it (another program writing to it, a full disk), and this says so.
    // A passphrase of the form x'<hex>' (which SQLCipher would take as a raw key) is refused.
    [[nodiscard]] Status<DatabaseError> rekey(const DatabaseKey& newKey);

    // ---- Zones (the first slice) ----
    [[nodiscard]] Status<DatabaseError> storeZones(std::span<const ZoneInfo> zones);
    [[nodiscard]] Result<std::vector<Zone>, DatabaseError> loadZones() const;

    // ---- Sessions ----
    // Inserts or updates the session and every zone and pass in it, in one transaction. Passes
    // already stored are kept; call after every pass for a live session (durable on return).
    [[nodiscard]] Status<DatabaseError> saveSession(std::string_view uid,
                                                    const SessionRecord& record);
    // Many sessions in one transaction (device sync, import).
    [[nodiscard]] Status<DatabaseError>
    saveSessions(std::span<const std::pair<std::string, SessionRecord>> sessions);
    [[nodiscard]] Result<SessionRecord, DatabaseError> loadSession(std::string_view uid) const;
    // Sessions without an outcome: left by an app that was killed. recover() them.
    [[nodiscard]] Result<std::vector<std::string>, DatabaseError> unfinishedSessions() const;
    [[nodiscard]] Result<int, DatabaseError> sessionCount() const;
    // The newest sessions first, with passes per zone.
    [[nodiscard]] Result<std::vector<SessionSummary>, DatabaseError> history(int limit) const;
    // Every session with its reactions, as the guard reads history. A device session whose
    // zones are not known yet covers every zone its family reaches. Any value that cannot be
    // read is an error, never a shorter history.
    [[nodiscard]] Result<std::vector<PastSession>, DatabaseError> guardHistory() const;
    // Device sessions the user has not placed yet, oldest first.
    [[nodiscard]] Result<std::vector<PendingDeviceSession>, DatabaseError>
    pendingDeviceSessions() const;
    // The user says where a device session went: its clocks narrow to these zones. Only zones
    // the device reaches and where needling is allowed; at least one.
    [[nodiscard]] Status<DatabaseError> placeDeviceSession(std::string_view uid,
                                                           std::span<const Zone> zones);

    // ---- Pre-session answers, reactions, heads, device records, reminders, settings ----
    [[nodiscard]] Status<DatabaseError> saveAnswer(const Answer& answer);
    [[nodiscard]] Result<std::vector<Answer>, DatabaseError> answers() const;
    [[nodiscard]] Status<DatabaseError> logReaction(const ReactionEntry& entry);
    [[nodiscard]] Status<DatabaseError> saveHead(const StoredHead& head);
    [[nodiscard]] Result<std::vector<StoredHead>, DatabaseError> heads() const;
    // Persists records of one device in one transaction, each with the journal session made
    // from it and its head's counts; existing (device, sequence) pairs are kept as they were.
    // Returns how many were new.
    [[nodiscard]] Result<int, DatabaseError>
    storeDeviceRecords(std::span<const DeviceRecord> records);
    // The highest sequence held for a device (0 if none): sync resumes after it.
    [[nodiscard]] Result<std::int64_t, DatabaseError>
    lastDeviceSequence(std::string_view deviceUid) const;
    [[nodiscard]] Status<DatabaseError> saveReminder(const Reminder& reminder);
    [[nodiscard]] Result<std::vector<Reminder>, DatabaseError> reminders() const;
    [[nodiscard]] Status<DatabaseError> setSetting(std::string_view key, std::string_view value);
    [[nodiscard]] Result<std::optional<std::string>, DatabaseError>
    setting(std::string_view key) const;
    // The latest wall time seen (see docs/safety-rules.md, "The clock"): only ever moves forward.
    [[nodiscard]] Status<DatabaseError> noteClock(TimePoint seen);
    [[nodiscard]] Result<std::optional<TimePoint>, DatabaseError> clockHighWater() const;

    // ---- Backups and export (backup.cpp) ----
    // Writes an encrypted backup with its own key, atomically (a temporary encrypted file in the
    // same folder, renamed when complete).
    // An existing file is never replaced.
    [[nodiscard]] Status<DatabaseError> writeBackup(const std::filesystem::path& file,
                                                    const DatabaseKey& backupKey,
                                                    std::string_view appVersion, TimePoint now);
    // What merging the backup would add; changes nothing.
    [[nodiscard]] Result<BackupPreview, DatabaseError>
    previewBackup(const std::filesystem::path& file, const DatabaseKey& backupKey);
    // Adds what the backup holds and this database lacks, in one transaction; never overwrites.
    [[nodiscard]] Result<MergeReport, DatabaseError> mergeBackup(const std::filesystem::path& file,
                                                                 const DatabaseKey& backupKey);
    // Plain-text exports, only on the user's explicit request; written atomically, mode 0600.
    [[nodiscard]] Status<DatabaseError> exportCsv(const std::filesystem::path& file) const;
    [[nodiscard]] Status<DatabaseError> exportJson(const std::filesystem::path& file) const;

    // For the store's own helpers.
    [[nodiscard]] sqlite3* handle() const noexcept { return m_db; }
    // Prepared statements kept for the hot paths (every allocation is expensive with
    // cipher_memory_security on: SQLCipher locks and wipes it).
    [[nodiscard]] detail::StatementCache& statements() const noexcept { return *m_statements; }

private:
    Database(sqlite3* handle, std::filesystem::path path);
    [[nodiscard]] Status<DatabaseError> migrate();
    void close() noexcept;

    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    std::unique_ptr<detail::StatementCache, detail::StatementCacheDeleter> m_statements;
    // The key the connection was opened with (wiped on destruction): after a failed rekey the
    // connection is opened again with it, as SQLCipher leaves the failed one unusable.
    DatabaseKey m_key;
};

// A new random identifier for sessions, heads and reminders (not a secret).
[[nodiscard]] std::string newUid();

} // namespace rollwise
