#pragma once

// Automatic backups: when one is due, what it is called, and which old ones to remove. The
// backup itself is BackupStore::write (encrypted with its own key).

#include <rollwise/core/database.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rollwise {

struct BackupPolicy {
    Days interval{1}; // at most one automatic backup a day
    int keep = 14;    // the newest backups kept; older automatic ones are removed
};

inline constexpr std::string_view kBackupExtension = ".rwbackup";
inline constexpr std::string_view kLastBackupSetting = "backup.last";

// "rollwise-20261121T100000Z.rwbackup": sorts by time as text.
[[nodiscard]] std::string backupFileName(TimePoint when);
// When the file name is one Rollwise gave an automatic backup, the time in it.
[[nodiscard]] std::optional<TimePoint> backupTime(const std::filesystem::path& file);
// Due when there is none yet, or the last is `interval` old. A last backup in the future (a
// clock that was set back) makes one due too, so backups never stop.
[[nodiscard]] bool backupDue(std::optional<TimePoint> last, TimePoint now,
                             const BackupPolicy& policy);
// Automatic backups in `folder` beyond the newest `keep`; other files are never touched.
[[nodiscard]] std::vector<std::filesystem::path>
backupsToRemove(const std::filesystem::path& folder, const BackupPolicy& policy);

struct BackupRun {
    bool written = false;
    std::filesystem::path file;
    std::vector<std::filesystem::path> removed;
};

// Writes a backup into `folder` if one is due, records when, then removes the oldest beyond
// the policy. A failed backup removes nothing.
[[nodiscard]] Result<BackupRun, DatabaseError>
runScheduledBackup(Database& db, const std::filesystem::path& folder, const DatabaseKey& backupKey,
                   const BackupPolicy& policy, TimePoint now, std::string_view appVersion,
                   bool force = false);

} // namespace rollwise
