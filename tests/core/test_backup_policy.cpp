#include "../support/files.h"
#include "../support/temp_dir.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"

#include <rollwise/core/backup_policy.h>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::test;

TEST_CASE("Backup names carry their time and sort by it", "[backup][policy]") {
    const TimePoint t = at("2026-11-21T10:05:09Z");
    CHECK(backupFileName(t) == "rollwise-20261121T100509Z.rwbackup");
    CHECK(backupTime(backupFileName(t)) == t);
    CHECK_FALSE(backupTime("notes.rwbackup"));
    CHECK_FALSE(backupTime("rollwise-20261121T100509Z.db"));
    CHECK_FALSE(backupTime("rollwise-2026112XT100509Z.rwbackup"));
}

TEST_CASE("A backup is due daily, at once the first time, and after a clock set back",
          "[backup][policy]") {
    const BackupPolicy policy;
    const TimePoint now = at("2026-11-21T10:00:00Z");
    CHECK(backupDue(std::nullopt, now, policy));
    CHECK_FALSE(backupDue(now - Hours(23), now, policy));
    CHECK(backupDue(now - Hours(24), now, policy));
    CHECK(backupDue(now + Days(3), now, policy));
}

TEST_CASE("Scheduled backups are written, recorded and pruned; other files are left alone",
          "[backup][policy]") {
    TempDir dir;
    const auto folder = dir.path() / "backups";
    std::filesystem::create_directory(folder);
    writeAll(folder / "my-notes.txt", "mine");
    writeAll(folder / "rollwise-manual.rwbackup", "a backup the user named");
    auto db = Database::open(dir.file("journal.db"), rawKey('1'));
    REQUIRE(db.ok());
    REQUIRE(db.value().sessions().save("s1", sampleSession(at("2026-11-01T08:00:00Z"))).ok());
    BackupPolicy policy;
    policy.keep = 3;
    TimePoint now = at("2026-11-21T10:00:00Z");
    for (int day = 0; day < 5; ++day) {
        auto run = runScheduledBackup(db.value(), folder, rawKey('9'), policy, now, "0.1.0");
        REQUIRE(run.ok());
        CHECK(run.value().written);
        // Not due again the same day.
        auto again =
            runScheduledBackup(db.value(), folder, rawKey('9'), policy, now + Hours(2), "0.1.0");
        REQUIRE(again.ok());
        CHECK_FALSE(again.value().written);
        now += Days(1);
    }
    const auto files = listDir(folder);
    CHECK(files == std::vector<std::string>{"my-notes.txt", "rollwise-20261123T100000Z.rwbackup",
                                            "rollwise-20261124T100000Z.rwbackup",
                                            "rollwise-20261125T100000Z.rwbackup",
                                            "rollwise-manual.rwbackup"});
    CHECK(db.value().settings().get(kLastBackupSetting).value() == "2026-11-25T10:00:00Z");
    // The newest backup restores.
    CHECK(Database::verify(folder / "rollwise-20261125T100000Z.rwbackup", rawKey('9'))
              .value()
              .sessions == 1);
}

TEST_CASE("A failed scheduled backup removes nothing and records nothing", "[backup][policy]") {
    TempDir dir;
    auto db = Database::open(dir.file("journal.db"), rawKey('1'));
    REQUIRE(db.ok());
    auto run = runScheduledBackup(db.value(), dir.path() / "missing", rawKey('9'), BackupPolicy{},
                                  at("2026-11-21T10:00:00Z"), "0.1.0");
    REQUIRE_FALSE(run.ok());
    CHECK(run.error().code == DatabaseErrorCode::CannotOpen);
    CHECK_FALSE(db.value().settings().get(kLastBackupSetting).value().has_value());
}
