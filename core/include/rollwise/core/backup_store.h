#pragma once

// Backups (encrypted SQLCipher files with their own key), their preview and merge, and the
// plain-text exports the user asks for explicitly.

#include <rollwise/core/database_error.h>
#include <rollwise/core/secret_key.h>
#include <rollwise/core/time.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rollwise {

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

class BackupStore {
public:
    explicit BackupStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    BackupStore(const BackupStore&) = delete;
    BackupStore& operator=(const BackupStore&) = delete;

    // Writes an encrypted backup with its own key, atomically (a temporary encrypted file in the
    // same folder, renamed when complete). An existing file is never replaced.
    [[nodiscard]] Status<DatabaseError> write(const std::filesystem::path& file,
                                              const DatabaseKey& backupKey,
                                              std::string_view appVersion, TimePoint now);
    // What merging the backup would add; changes nothing.
    [[nodiscard]] Result<BackupPreview, DatabaseError> preview(const std::filesystem::path& file,
                                                               const DatabaseKey& backupKey);
    // Adds what the backup holds and this database lacks, in one transaction; never overwrites.
    [[nodiscard]] Result<MergeReport, DatabaseError> merge(const std::filesystem::path& file,
                                                           const DatabaseKey& backupKey);
    // Plain-text exports, only on the user's explicit request; written atomically, mode 0600.
    [[nodiscard]] Status<DatabaseError> exportCsv(const std::filesystem::path& file) const;
    [[nodiscard]] Status<DatabaseError> exportJson(const std::filesystem::path& file) const;

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
