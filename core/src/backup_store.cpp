// Backups: encrypted SQLCipher files with their own key, written atomically, previewed and
// merged without overwriting anything.
#include "atomic_file.h"
#include "database_files.h"
#include "sqlite_support.h"

#include <rollwise/core/backup_store.h>
#include <rollwise/core/database.h>

#include <array>
#include <cstdlib>
#include <system_error>

namespace rollwise {
namespace {

constexpr std::string_view kBackupFormat = "rollwise-backup";
constexpr int kBackupFormatVersion = 1;
// A temporary of ours not written to for this long was left by an interrupted backup.
constexpr std::chrono::minutes kStaleTemporaryAge{60};

// Attaches a backup file to a connection under the name `src`; detaches on destruction.
class Attached {
public:
    Attached(sqlite3* db, const std::filesystem::path& file, const DatabaseKey& key,
             std::string_view name)
        : m_db(db)
        , m_name(name) {
        sql::Statement attach(db, "ATTACH DATABASE ?1 AS " + m_name + " KEY ?2");
        const sql::KeyText text(key);
        // A URI built from the path: SQLite never reads the name as a URI of its own.
        attach.bind(1, detail::sqliteUri(file));
        attach.bind(2, text.view());
        m_rc = attach.step();
        m_attached = m_rc == SQLITE_DONE;
    }
    Attached(const Attached&) = delete;
    Attached& operator=(const Attached&) = delete;
    ~Attached() {
        if (m_attached) {
            (void)sql::exec(m_db, ("DETACH DATABASE " + m_name).c_str());
        }
    }
    [[nodiscard]] bool ok() const noexcept { return m_attached; }
    [[nodiscard]] int code() const noexcept { return m_rc; }

private:
    sqlite3* m_db = nullptr;
    std::string m_name;
    int m_rc = SQLITE_OK;
    bool m_attached = false;
};

// Opens and fully verifies a backup, and reads its description.
Result<BackupPreview, DatabaseError> describeBackup(const std::filesystem::path& file,
                                                    const DatabaseKey& key) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        return Failure{
            DatabaseError{DatabaseErrorCode::CannotOpen,
                          "There is no backup at " + file.string() + ". Nothing was changed."}};
    }
    auto verified = Database::verify(file, key);
    if (!verified) {
        auto error = verified.error();
        switch (error.code) {
        case DatabaseErrorCode::WrongKey:
            error.message = "The key or passphrase does not open this backup: it was made with "
                            "another key, or it is not a Rollwise backup. Nothing was changed.";
            break;
        case DatabaseErrorCode::NotEncrypted:
            error.code = DatabaseErrorCode::NotABackup;
            error.message =
                "This is an unencrypted SQLite file, not a Rollwise backup. Nothing was "
                "changed.";
            break;
        case DatabaseErrorCode::NewerThanApp:
            error.message = "This backup was made by a newer version of Rollwise: update the app "
                            "to restore it. Nothing was changed.";
            break;
        case DatabaseErrorCode::Corrupt:
        case DatabaseErrorCode::ReadFailed:
            error.code = DatabaseErrorCode::Corrupt;
            error.message = "The backup is damaged or incomplete (was it copied completely?). "
                            "Nothing was changed; try another backup.";
            break;
        default:
            break;
        }
        return Failure{error};
    }
    if (!verified.value().isBackup && verified.value().schemaVersion == 0) {
        return Failure{DatabaseError{DatabaseErrorCode::NotABackup,
                                     "This file is not a Rollwise backup (it holds no Rollwise "
                                     "data). Nothing was changed."}};
    }
    if (!verified.value().isBackup) {
        return Failure{DatabaseError{DatabaseErrorCode::NotABackup,
                                     "This file is a Rollwise database, not a backup. Nothing was "
                                     "changed."}};
    }
    if (verified.value().schemaVersion > Database::kSchemaVersion) {
        return Failure{DatabaseError{DatabaseErrorCode::NewerThanApp,
                                     "This backup was made by a newer version of Rollwise: update "
                                     "the app to restore it. Nothing was changed."}};
    }
    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    auto backup = Database::open(file, key, options);
    if (!backup) {
        return Failure{backup.error()};
    }
    BackupPreview preview;
    preview.schemaVersion = verified.value().schemaVersion;
    preview.sessions = verified.value().sessions;
    sql::Statement info(detail::ConnectionAccess::of(backup.value()).handle(),
                        "SELECT key, value FROM backup_info");
    std::string format;
    int formatVersion = 0;
    while (info.step() == SQLITE_ROW) {
        const std::string k = info.columnText(0);
        const std::string v = info.columnText(1);
        if (k == "format") {
            format = v;
        } else if (k == "format_version") {
            formatVersion = std::atoi(v.c_str());
        } else if (k == "created_at") {
            preview.createdAt = v;
        } else if (k == "app_version") {
            preview.appVersion = v;
        }
    }
    if (format != kBackupFormat || formatVersion < 1) {
        return Failure{
            DatabaseError{DatabaseErrorCode::NotABackup, "This file is not a Rollwise backup."}};
    }
    if (formatVersion > kBackupFormatVersion) {
        return Failure{DatabaseError{DatabaseErrorCode::NewerThanApp,
                                     "This backup was made by a newer version of Rollwise: update "
                                     "the app to restore it. Nothing was changed."}};
    }
    return preview;
}

} // namespace

Status<DatabaseError> BackupStore::write(const std::filesystem::path& file,
                                         const DatabaseKey& backupKey, std::string_view appVersion,
                                         TimePoint now) {
    sqlite3* const db = m_connection->handle();
    if (!backupKey.isSet()) {
        return Failure{
            DatabaseError{DatabaseErrorCode::NoKey, "A backup needs its own key or passphrase."}};
    }
    if (backupKey.kind() == DatabaseKey::Kind::Passphrase &&
        detail::looksLikeRawKeyText(backupKey.passphraseText())) {
        return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                     "A backup passphrase of the form x'<hex digits>' would be "
                                     "used as a raw key, without stretching: choose another "
                                     "passphrase. Nothing was written."}};
    }
    if (auto refused = detail::refuseDatabaseFile(m_connection->path(), file, "The backup file")) {
        return Failure{*refused};
    }
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) {
        return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                     "A file already exists at " + file.string() +
                                         "; choose another name. Nothing was changed."}};
    }
    if (!file.parent_path().empty() && !std::filesystem::is_directory(file.parent_path(), ec)) {
        return Failure{
            DatabaseError{DatabaseErrorCode::CannotOpen,
                          "The backup folder does not exist: " + file.parent_path().string()}};
    }
    // What an interrupted backup left in this folder (ours by name, and not written to for an
    // hour) goes.
    detail::removeStaleTemporaries(file.parent_path(), kStaleTemporaryAge);
    const auto temporary = detail::siblingTemporary(file);
    if (detail::nameTooLong(temporary)) {
        return Failure{detail::nameTooLongError("Could not write the backup")};
    }
    const auto cleanUp = [&] {
        std::filesystem::remove(temporary, ec);
        std::filesystem::remove(temporary.string() + "-journal", ec);
    };
    int rc = SQLITE_OK;
    std::optional<DatabaseError> failure;
    {
        Attached backup(db, temporary, backupKey, "backup");
        rc = backup.code();
        if (backup.ok()) {
            // sqlcipher_export copies schema and data into the attached, separately keyed file.
            sql::Statement exportAll(db, "SELECT sqlcipher_export('backup')");
            rc = exportAll.step();
            if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
                const std::string version =
                    "PRAGMA backup.user_version = " + std::to_string(m_connection->schemaVersion());
                rc = sql::exec(db, version.c_str());
            }
            if (rc == SQLITE_OK) {
                rc =
                    sql::exec(db, "CREATE TABLE backup.backup_info (key TEXT PRIMARY KEY NOT NULL, "
                                  "value TEXT NOT NULL) STRICT");
            }
            if (rc == SQLITE_OK) {
                sql::Statement insert(
                    db, "INSERT INTO backup.backup_info (key, value) VALUES (?1, ?2)");
                const std::array<std::pair<std::string, std::string>, 6> rows{{
                    {"format", std::string(kBackupFormat)},
                    {"format_version", std::to_string(kBackupFormatVersion)},
                    {"created_at", formatIso(now)},
                    {"app_version", std::string(appVersion)},
                    {"schema_version", std::to_string(m_connection->schemaVersion())},
                    {"source_database_uid", m_connection->databaseUid()},
                }};
                for (const auto& [k, v] : rows) {
                    insert.bind(1, std::string_view(k));
                    insert.bind(2, std::string_view(v));
                    if ((rc = insert.step()) != SQLITE_DONE) {
                        break;
                    }
                    insert.reset();
                    rc = SQLITE_OK;
                }
            }
        }
        // Before the detach, which resets what the system reported (e.g. a full disk).
        if (rc != SQLITE_OK) {
            failure = sql::error(rc, "Could not write the backup", db);
            // sqlcipher_export reports every failure inside it as a generic error: a backup
            // folder without room for a copy of the database is a full disk.
            const auto room = std::filesystem::space(temporary.parent_path(), ec);
            const auto needed = std::filesystem::file_size(m_connection->path(), ec);
            if (!ec && failure->code == DatabaseErrorCode::WriteFailed && room.available < needed) {
                failure = DatabaseError{DatabaseErrorCode::DiskFull,
                                        "Could not write the backup: the disk is full. Free some "
                                        "space or choose another folder; nothing was changed."};
            }
        }
    }
    if (failure) {
        cleanUp();
        return Failure{*failure};
    }
    std::filesystem::rename(temporary, file, ec);
    if (ec) {
        cleanUp();
        return Failure{detail::fileError(ec.value(), "Could not write the backup")};
    }
    return Done{};
}

Result<BackupPreview, DatabaseError> BackupStore::preview(const std::filesystem::path& file,
                                                          const DatabaseKey& backupKey) {
    sqlite3* const db = m_connection->handle();
    if (auto refused =
            detail::refuseDatabaseFile(m_connection->path(), file, "The backup to restore")) {
        return Failure{*refused};
    }
    auto described = describeBackup(file, backupKey);
    if (!described) {
        return Failure{described.error()};
    }
    BackupPreview preview = std::move(described).value();
    Attached src(db, file, backupKey, "src");
    if (!src.ok()) {
        return Failure{sql::error(src.code(), "Could not read the backup", db)};
    }
    const auto count = [&](const char* sqlText) {
        sql::Statement s(db, sqlText);
        return s.step() == SQLITE_ROW ? static_cast<int>(s.columnInt(0)) : 0;
    };
    preview.newSessions =
        count("SELECT count(*) FROM src.sessions WHERE uid NOT IN (SELECT uid FROM main.sessions)");
    preview.newDeviceRecords = count("SELECT count(*) FROM src.device_records r WHERE NOT EXISTS "
                                     "(SELECT 1 FROM main.device_records m WHERE m.device_uid = "
                                     "r.device_uid AND m.sequence = r.sequence)");
    preview.newAnswers = count("SELECT count(*) FROM src.answers a WHERE NOT EXISTS (SELECT 1 FROM "
                               "main.answers m WHERE m.question = a.question AND m.answered_at = "
                               "a.answered_at)");
    preview.newReactions = count("SELECT count(*) FROM src.reactions r WHERE NOT EXISTS (SELECT 1 "
                                 "FROM main.reactions m WHERE m.session_uid = r.session_uid AND "
                                 "m.zone = r.zone AND m.logged_at = r.logged_at)");
    preview.newHeads =
        count("SELECT count(*) FROM src.heads WHERE uid NOT IN (SELECT uid FROM main.heads)");
    sql::Statement range(db, "SELECT min(start), max(start) FROM src.sessions");
    if (range.step() == SQLITE_ROW && !range.columnIsNull(0)) {
        preview.firstSession = TimePoint(Seconds(range.columnInt(0)));
        preview.lastSession = TimePoint(Seconds(range.columnInt(1)));
    }
    return preview;
}

Result<MergeReport, DatabaseError> BackupStore::merge(const std::filesystem::path& file,
                                                      const DatabaseKey& backupKey) {
    sqlite3* const db = m_connection->handle();
    if (auto refused =
            detail::refuseDatabaseFile(m_connection->path(), file, "The backup to restore")) {
        return Failure{*refused};
    }
    auto described = describeBackup(file, backupKey);
    if (!described) {
        return Failure{described.error()};
    }
    // A backup of schema 3 or later carries its device sessions (and the zones the user named
    // for them); from an older one they are made from its device records after the merge.
    const bool deviceSessions = described.value().schemaVersion >= 3;
    Attached src(db, file, backupKey, "src");
    if (!src.ok()) {
        return Failure{sql::error(src.code(), "Could not read the backup", db)};
    }
    const std::string sessionColumns =
        deviceSessions ? "uid, start, end, goal, family, head_uid, needle_um, outcome, "
                         "high_pressure_passes, zones_pending, reported_passes, "
                         "device_record_key, device_sequence, device_time, time_trusted"
                       : "uid, start, end, goal, family, head_uid, needle_um, outcome, "
                         "high_pressure_passes";
    const std::string insertSessions =
        "INSERT INTO main.sessions (" + sessionColumns + ") SELECT " + sessionColumns +
        " FROM src.sessions WHERE uid IN (SELECT uid FROM temp.merge_new)";
    MergeReport report;
    sql::Transaction tx(db);
    if (!tx.begun()) {
        return Failure{sql::error(tx.beginCode(), "Could not restore the backup", db)};
    }
    // Only what this database lacks is added; nothing here is ever overwritten. Sessions are
    // matched by their uid, device records by (device, sequence), answers by (question, time),
    // reactions by (session, zone, time), heads and reminders by uid.
    const std::array<std::pair<const char*, int*>, 11> steps{{
        {"CREATE TEMP TABLE merge_new AS SELECT uid FROM src.sessions WHERE uid NOT IN "
         "(SELECT uid FROM main.sessions)",
         nullptr},
        {insertSessions.c_str(), &report.sessionsAdded},
        {"INSERT INTO main.session_zones SELECT m.id, z.zone, z.position, z.passes, z.skipped, "
         "z.skip_reason, z.stopped_for_pressure FROM src.session_zones z JOIN src.sessions s ON "
         "s.id = z.session_id JOIN main.sessions m ON m.uid = s.uid WHERE s.uid IN (SELECT uid "
         "FROM "
         "temp.merge_new)",
         nullptr},
        {"INSERT INTO main.zone_passes SELECT m.id, p.zone, p.seq, p.direction, p.start, "
         "p.duration_ms, p.source, p.distance_mm, p.speed_mm_s, p.mean_pressure_cn, "
         "p.peak_pressure_cn, p.depth_um FROM src.zone_passes p JOIN src.sessions s ON s.id = "
         "p.session_id JOIN main.sessions m ON m.uid = s.uid WHERE s.uid IN (SELECT uid FROM "
         "temp.merge_new)",
         &report.passesAdded},
        {"INSERT INTO main.session_findings SELECT m.id, f.kind, f.rule, f.zone, f.reason, "
         "f.override_reason FROM src.session_findings f JOIN src.sessions s ON s.id = f.session_id "
         "JOIN main.sessions m ON m.uid = s.uid WHERE s.uid IN (SELECT uid FROM temp.merge_new)",
         nullptr},
        {"INSERT INTO main.device_records SELECT * FROM src.device_records WHERE true ON CONFLICT "
         "DO NOTHING",
         &report.deviceRecordsAdded},
        {"INSERT INTO main.answers SELECT * FROM src.answers WHERE true ON CONFLICT DO NOTHING",
         &report.answersAdded},
        {"INSERT INTO main.reactions SELECT * FROM src.reactions WHERE true ON CONFLICT DO NOTHING",
         &report.reactionsAdded},
        {"INSERT INTO main.heads SELECT * FROM src.heads WHERE true ON CONFLICT DO NOTHING",
         &report.headsAdded},
        {"INSERT INTO main.reminders SELECT * FROM src.reminders WHERE true ON CONFLICT DO NOTHING",
         &report.remindersAdded},
        {"INSERT INTO main.devices SELECT * FROM src.devices WHERE true ON CONFLICT DO NOTHING",
         nullptr},
    }};
    for (const auto& [statement, counter] : steps) {
        if (const int rc = sql::exec(db, statement); rc != SQLITE_OK) {
            (void)sql::exec(db, "DROP TABLE IF EXISTS temp.merge_new");
            return Failure{sql::error(rc, "Could not restore the backup", db)};
        }
        if (counter != nullptr) {
            *counter = sqlite3_changes(db);
        }
    }
    (void)sql::exec(db, "DROP TABLE temp.merge_new");
    // Every device record, merged or held before, has its journal session.
    if (const int rc = detail::convertDeviceRecords(*m_connection); rc != SQLITE_OK) {
        return Failure{sql::error(rc, "Could not restore the backup", db)};
    }
    if (const int rc = tx.commit(); rc != SQLITE_OK) {
        return Failure{sql::error(rc, "Could not restore the backup", db)};
    }
    return report;
}

} // namespace rollwise
