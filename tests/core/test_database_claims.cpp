// The store never claims what it did not do (issue 9): a rekey is reported only once the new key
// opens the file, the journal's own files are never an export or backup target, verify sees the
// WAL, a wrong key changes no file, and each failure names its real cause.
#include "../support/files.h"
#include "../support/temp_dir.h"
#include "other_connection.h"
#include "store_fixtures.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <map>
#include <string>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const TimePoint kT0 = TimePoint(Seconds(1'780'000'000));

std::filesystem::path makeJournal(const TempDir& dir, const char* name, char keyDigit,
                                  int sessions) {
    const auto path = dir.file(name);
    auto db = Database::open(path, rawKey(keyDigit));
    REQUIRE(db.ok());
    for (int i = 0; i < sessions; ++i) {
        REQUIRE(
            db.value().sessions().save("s" + std::to_string(i), sampleSession(kT0 + Days(i))).ok());
    }
    return path;
}

// Every file in a folder with its bytes.
std::map<std::string, std::vector<char>> snapshotOf(const std::filesystem::path& folder) {
    std::map<std::string, std::vector<char>> files;
    for (const auto& name : listDir(folder)) {
        if (std::filesystem::is_regular_file(folder / name)) {
            files[name] = readAll(folder / name);
        }
    }
    return files;
}

bool opens(const std::filesystem::path& path, const DatabaseKey& key) {
    OpenOptions options;
    options.readOnly = true;
    return Database::open(path, key, options).ok();
}

} // namespace

TEST_CASE("A rekey while another program writes is refused; the old key still opens",
          "[database][rekey]") {
    TempDir dir;
    const auto path = makeJournal(dir, "journal.db", '1', 3);
    auto db = Database::open(path, rawKey('1'));
    REQUIRE(db.ok());
    {
        OtherConnection writer(path, '1');
        REQUIRE(writer.exec("BEGIN IMMEDIATE") == SQLITE_OK);
        auto rekeyed = db.value().rekey(rawKey('2'));
        REQUIRE_FALSE(rekeyed.ok());
        CHECK(rekeyed.error().code == DatabaseErrorCode::WriteFailed);
        CHECK(rekeyed.error().message.find("old key still opens") != std::string::npos);
        CHECK(opens(path, rawKey('1')));
        CHECK_FALSE(opens(path, rawKey('2')));
        REQUIRE(writer.exec("ROLLBACK") == SQLITE_OK);
    }
    // The connection is still sound: what it writes now is readable with the old key.
    REQUIRE(db.value().sessions().save("after", sampleSession(kT0 + Days(30))).ok());
    db = Database::open(dir.file("unused.db"), rawKey('9')); // closes the journal
    CHECK(Database::verify(path, rawKey('1')).ok());
    {
        auto reopened = Database::open(path, rawKey('1'));
        REQUIRE(reopened.ok());
        CHECK(reopened.value().sessions().count().value() == 4);
        // Without a competing writer the same rekey happens, and is proven.
        REQUIRE(reopened.value().rekey(rawKey('2')).ok());
        CHECK(opens(path, rawKey('2')));
        CHECK_FALSE(opens(path, rawKey('1')));
        REQUIRE(reopened.value().sessions().save("later", sampleSession(kT0 + Days(40))).ok());
    }
    CHECK(Database::verify(path, rawKey('2')).ok());
}

TEST_CASE("A passphrase SQLCipher would take as a raw key is refused", "[database][rekey]") {
    TempDir dir;
    const auto path = makeJournal(dir, "journal.db", '1', 1);
    const std::string rawLooking = "x'" + std::string(64, 'a') + "'";
    {
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        auto rekeyed = db.value().rekey(passphraseKey(rawLooking));
        REQUIRE_FALSE(rekeyed.ok());
        CHECK(rekeyed.error().code == DatabaseErrorCode::InvalidArgument);
    }
    CHECK(opens(path, rawKey('1')));
    CHECK_FALSE(opens(path, rawKey('a')));

    auto created =
        Database::open(dir.file("new.db"), passphraseKey("X'" + std::string(64, 'b') + "'"));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == DatabaseErrorCode::InvalidArgument);
    CHECK_FALSE(std::filesystem::exists(dir.file("new.db")));
    {
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        auto backup = db.value().backups().write(dir.file("j.rwbackup"), passphraseKey(rawLooking),
                                                 "0.1.0", kT0);
        REQUIRE_FALSE(backup.ok());
        CHECK(backup.error().code == DatabaseErrorCode::InvalidArgument);
        CHECK_FALSE(std::filesystem::exists(dir.file("j.rwbackup")));
    }
    // Anything else is an ordinary, stretched passphrase.
    CHECK(Database::open(dir.file("ok.db"), passphraseKey("x'not hex at all'")).ok());
}

TEST_CASE("A wrong key leaves a crashed journal's files byte for byte as they were",
          "[database][security]") {
    TempDir dir;
    const auto crashed = dir.path() / "crashed";
    std::filesystem::create_directory(crashed);
    {
        // The files as a killed app leaves them: the database, its WAL and shared memory.
        auto db = Database::open(dir.file("journal.db"), passphraseKey("the passphrase"));
        REQUIRE(db.ok());
        for (int i = 0; i < 3; ++i) {
            REQUIRE(db.value().sessions().save("s" + std::to_string(i), sampleSession(kT0)).ok());
        }
        for (const char* name : {"journal.db", "journal.db-wal", "journal.db-shm"}) {
            REQUIRE(std::filesystem::exists(dir.file(name)));
            std::filesystem::copy_file(dir.file(name), crashed / name);
        }
    }
    const auto before = snapshotOf(crashed);
    REQUIRE(before.size() == 3);
    for (auto* key : {"wrong passphrase", "another one"}) {
        auto wrong = Database::open(crashed / "journal.db", passphraseKey(key));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == DatabaseErrorCode::WrongKey);
        CHECK(snapshotOf(crashed) == before);
    }
    auto wrongRaw = Database::open(crashed / "journal.db", rawKey('7'));
    REQUIRE_FALSE(wrongRaw.ok());
    CHECK(snapshotOf(crashed) == before);
    // The right passphrase opens everything the WAL held.
    auto right = Database::open(crashed / "journal.db", passphraseKey("the passphrase"));
    REQUIRE(right.ok());
    CHECK(right.value().sessions().count().value() == 3);
}

TEST_CASE("verify reads what the WAL holds and leaves no file behind", "[database][verify]") {
    TempDir dir;
    const auto copy = dir.path() / "copy";
    std::filesystem::create_directory(copy);
    const auto path = makeJournal(dir, "journal.db", '1', 5);
    {
        // A rekey committed to the WAL and not checkpointed: the app was killed right after it
        // (or another program had the journal open). The files are copied in that state.
        auto db = Database::open(path, rawKey('1'));
        REQUIRE(db.ok());
        OtherConnection reader(path, '1');
        REQUIRE(db.value().rekey(rawKey('2')).ok());
        for (const char* name : {"journal.db", "journal.db-wal"}) {
            std::filesystem::copy_file(dir.file(name), copy / name);
        }
    }
    const auto before = snapshotOf(copy);
    auto report = Database::verify(copy / "journal.db", rawKey('2'));
    REQUIRE(report.ok());
    CHECK(report.value().sessions == 5);
    CHECK_FALSE(report.value().isBackup);
    CHECK(snapshotOf(copy) == before);

    // A closed journal: verify creates no -wal or -shm file.
    const auto filesBefore = listDir(dir.path());
    REQUIRE(Database::verify(path, rawKey('2')).ok());
    CHECK(listDir(dir.path()) == filesBefore);
}

TEST_CASE("Exports, backups and restores never use the journal's own files, however named",
          "[database][export]") {
    TempDir dir;
    const auto path = makeJournal(dir, "journal.db", '1', 2);
    auto db = Database::open(path, rawKey('1'));
    REQUIRE(db.ok());
    REQUIRE(db.value().sessions().save("open", sampleSession(kT0 + Days(9))).ok());
    REQUIRE(std::filesystem::exists(dir.file("journal.db-wal")));
    std::filesystem::create_directory(dir.path() / "sub");
    std::filesystem::create_symlink(path, dir.file("link.db"));
    std::filesystem::create_symlink(dir.file("journal.db-wal"), dir.file("link.db-wal"));
    std::filesystem::create_symlink(dir.file("journal.db-journal"), dir.file("dangling"));
    std::filesystem::create_directory_symlink(dir.path(), dir.file("alias"));
    std::filesystem::create_hard_link(path, dir.file("hard.db"));
    const std::vector<std::filesystem::path> spellings{
        path,
        dir.path() / "." / "journal.db",
        dir.path() / "sub" / ".." / "journal.db",
        dir.file("link.db"),
        dir.file("hard.db"),
        dir.file("alias") / "journal.db",
        dir.file("journal.db-wal"),
        dir.file("journal.db-shm"),
        dir.file("journal.db-journal"),
        dir.file("link.db-wal"),
        dir.file("dangling"),
        dir.path() / "sub" / ".." / "journal.db-journal",
        dir.file("alias") / "journal.db-shm",
    };
    const auto before = snapshotOf(dir.path());
    for (const auto& target : spellings) {
        CAPTURE(target.string());
        auto csv = db.value().backups().exportCsv(target);
        REQUIRE_FALSE(csv.ok());
        CHECK(csv.error().code == DatabaseErrorCode::InvalidArgument);
        CHECK(csv.error().message.find("journal itself") != std::string::npos);
        CHECK_FALSE(db.value().backups().exportJson(target).ok());
        auto backup = db.value().backups().write(target, rawKey('2'), "0.1.0", kT0);
        REQUIRE_FALSE(backup.ok());
        CHECK(backup.error().code == DatabaseErrorCode::InvalidArgument);
        auto preview = db.value().backups().preview(target, rawKey('1'));
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().code == DatabaseErrorCode::InvalidArgument);
        auto merge = db.value().backups().merge(target, rawKey('1'));
        REQUIRE_FALSE(merge.ok());
        CHECK(merge.error().code == DatabaseErrorCode::InvalidArgument);
        CHECK(snapshotOf(dir.path()) == before);
    }
    // Another file is fine.
    CHECK(db.value().backups().exportCsv(dir.file("journal.csv")).ok());
    CHECK(db.value().sessions().count().value() == 3);
}

TEST_CASE("Temporaries an interrupted backup left are cleaned; nothing else is",
          "[database][backup]") {
    TempDir dir;
    const auto path = makeJournal(dir, "journal.db", '1', 1);
    const auto backups = dir.path() / "backups";
    std::filesystem::create_directory(backups);
    const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(3);
    const std::vector<std::string> stale{".rollwise-1.rwbackup.part-0123abcd",
                                         ".rollwise-1.rwbackup.part-0123abcd-journal"};
    const std::vector<std::string> kept{".rollwise-2.rwbackup.part-89abcdef", // being written
                                        ".notes.part-xyz", ".notes.part-0123abcdX", "notes.txt"};
    for (const auto& name : stale) {
        writeAll(backups / name, "partial");
        std::filesystem::last_write_time(backups / name, old);
    }
    for (const auto& name : kept) {
        writeAll(backups / name, "keep");
        if (name != kept.front()) {
            std::filesystem::last_write_time(backups / name, old);
        }
    }
    auto db = Database::open(path, rawKey('1'));
    REQUIRE(db.ok());
    REQUIRE(db.value().backups().write(backups / "new.rwbackup", rawKey('2'), "0.1.0", kT0).ok());
    for (const auto& name : stale) {
        CHECK_FALSE(std::filesystem::exists(backups / name));
    }
    for (const auto& name : kept) {
        CHECK(std::filesystem::exists(backups / name));
    }
}

TEST_CASE("Failures name their real cause", "[database][backup]") {
    TempDir dir;
    const auto path = makeJournal(dir, "journal.db", '1', 2);
    auto db = Database::open(path, rawKey('1'));
    REQUIRE(db.ok());

    SECTION("a one-byte file is damaged, not a database") {
        writeAll(dir.file("tiny.rwbackup"), "x");
        auto preview = db.value().backups().preview(dir.file("tiny.rwbackup"), rawKey('2'));
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().code == DatabaseErrorCode::Corrupt);
        CHECK(preview.error().message.find("not a backup") == std::string::npos);
        auto verified = Database::verify(dir.file("tiny.rwbackup"), rawKey('2'));
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().code == DatabaseErrorCode::Corrupt);
    }
    SECTION("a backup of a newer schema says to update the app to restore it") {
        const auto backup = dir.file("newer.rwbackup");
        REQUIRE(db.value().backups().write(backup, rawKey('2'), "9.0.0", kT0).ok());
        {
            OtherConnection raw(backup, '2');
            REQUIRE(raw.exec("PRAGMA user_version = 99") == SQLITE_OK);
        }
        auto preview = db.value().backups().preview(backup, rawKey('2'));
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().code == DatabaseErrorCode::NewerThanApp);
        CHECK(preview.error().message.find("to restore it") != std::string::npos);
    }
    SECTION("a file name that is too long says so") {
        const auto longName = dir.path() / (std::string(300, 'n') + ".rwbackup");
        auto backup = db.value().backups().write(longName, rawKey('2'), "0.1.0", kT0);
        REQUIRE_FALSE(backup.ok());
        CHECK(backup.error().code == DatabaseErrorCode::InvalidArgument);
        CHECK(backup.error().message.find("too long") != std::string::npos);
        CHECK(backup.error().message.find("permissions") == std::string::npos);
        auto exported =
            db.value().backups().exportCsv(dir.path() / (std::string(300, 'n') + ".csv"));
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.error().message.find("too long") != std::string::npos);
    }
}
