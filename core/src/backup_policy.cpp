#include <rollwise/core/backup_policy.h>

#include <algorithm>
#include <cstdio>
#include <system_error>

namespace rollwise {

std::string backupFileName(TimePoint when) {
    const std::string iso = formatIso(when); // 2026-11-21T10:00:00Z
    std::string compact;
    for (const char c : iso) {
        if (c != '-' && c != ':') {
            compact.push_back(c);
        }
    }
    return "rollwise-" + compact + std::string(kBackupExtension);
}

std::optional<TimePoint> backupTime(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const std::string prefix = "rollwise-";
    if (name.size() != prefix.size() + 16 + kBackupExtension.size() || name.rfind(prefix, 0) != 0 ||
        name.substr(name.size() - kBackupExtension.size()) != kBackupExtension) {
        return std::nullopt;
    }
    const std::string stamp = name.substr(prefix.size(), 16); // 20261121T100000Z
    const std::string iso = stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" +
                            stamp.substr(6, 2) + "T" + stamp.substr(9, 2) + ":" +
                            stamp.substr(11, 2) + ":" + stamp.substr(13, 2) + "Z";
    return parseIso(iso);
}

bool backupDue(std::optional<TimePoint> last, TimePoint now, const BackupPolicy& policy) {
    return !last || *last > now || now - *last >= policy.interval;
}

std::vector<std::filesystem::path> backupsToRemove(const std::filesystem::path& folder,
                                                   const BackupPolicy& policy) {
    std::vector<std::pair<TimePoint, std::filesystem::path>> backups;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (const auto when = backupTime(entry.path()); when && entry.is_regular_file(ec)) {
            backups.emplace_back(*when, entry.path());
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::filesystem::path> remove;
    for (std::size_t i = static_cast<std::size_t>(std::max(policy.keep, 1)); i < backups.size();
         ++i) {
        remove.push_back(backups[i].second);
    }
    return remove;
}

Result<BackupRun, DatabaseError> runScheduledBackup(Database& db,
                                                    const std::filesystem::path& folder,
                                                    const DatabaseKey& backupKey,
                                                    const BackupPolicy& policy, TimePoint now,
                                                    std::string_view appVersion, bool force) {
    auto lastText = db.settings().get(kLastBackupSetting);
    if (!lastText) {
        return Failure{lastText.error()};
    }
    const auto last = lastText.value() ? parseIso(*lastText.value()) : std::nullopt;
    BackupRun run;
    if (!force && !backupDue(last, now, policy)) {
        return run;
    }
    run.file = folder / backupFileName(now);
    if (auto written = db.backups().write(run.file, backupKey, appVersion, now); !written) {
        return Failure{written.error()};
    }
    run.written = true;
    if (auto noted = db.settings().set(kLastBackupSetting, formatIso(now)); !noted) {
        return Failure{noted.error()};
    }
    for (const auto& old : backupsToRemove(folder, policy)) {
        std::error_code ec;
        if (std::filesystem::remove(old, ec)) {
            run.removed.push_back(old);
        }
    }
    return run;
}

} // namespace rollwise
