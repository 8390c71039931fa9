// The encrypted store: migrations, keys, sessions and the rest of the journal, backups and
// their merge, exports, damaged files, and what is (not) readable at rest.
#include "../support/files.h"
#include "../support/temp_dir.h"
#include "connection.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <fstream>
#include <sys/stat.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const TimePoint kT0 = at("2026-10-01T08:00:00Z");

Database openOrFail(const std::filesystem::path& path, const DatabaseKey& key) {
    auto db = Database::open(path, key);
    if (!db) {
        FAIL(db.error().message);
    }
    return std::move(db).value();
}

bool contains(const std::vector<char>& haystack, std::string_view needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) !=
           haystack.end();
}

int rawExec(const std::filesystem::path& path, const std::string& keyHex, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path.string().c_str(), &db);
    const std::string key = "x'" + keyHex + "'";
    sqlite3_key(db, key.data(), static_cast<int>(key.size()));
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

std::filesystem::path fixture(const char* name) {
    return std::filesystem::path(ROLLWISE_FIXTURES) / name;
}

void flipByte(const std::filesystem::path& path, std::streamoff offset) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(offset);
    char c = 0;
    f.get(c);
    f.seekp(offset);
    f.put(static_cast<char>(c ^ 0x5a));
}

} // namespace

TEST_CASE("Migration 1 -> 3 from a version-1 fixture keeps the data", "[store][migration]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    std::filesystem::copy_file(fixture("schema-v1.db"), path);
    auto db = openOrFail(path, rawKey('1'));
    CHECK(db.schemaVersion() == Database::kSchemaVersion);
    CHECK(db.databaseUid().size() == 36);
    auto zones = db.settings().loadZones();
    REQUIRE(zones.ok());
    CHECK(zones.value().size() == 9);
    REQUIRE(db.sessions().save("s1", sampleSession(kT0)).ok());
}

TEST_CASE("A failing migration rolls back and leaves the previous version", "[store][migration]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    std::filesystem::copy_file(fixture("schema-v1.db"), path);
    // A table in the way makes migration 2 fail half-way.
    REQUIRE(rawExec(path, std::string(64, '1'), "CREATE TABLE reminders (x)") == SQLITE_OK);
    auto failed = Database::open(path, rawKey('1'));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.find("left at version 1") != std::string::npos);
    OpenOptions noMigration;
    noMigration.migrate = false;
    auto db = Database::open(path, rawKey('1'), noMigration);
    REQUIRE(db.ok());
    CHECK(db.value().schemaVersion() == 1);
    CHECK(db.value().settings().loadZones().value().size() == 9);
    sqlite3* raw = detail::rawHandle(db.value());
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'sessions')",
                       -1, &stmt, nullptr);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == 0);
    sqlite3_finalize(stmt);
}

TEST_CASE("A passphrase opens its database; a wrong one is refused and changes nothing",
          "[store][keys]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = openOrFail(path, passphraseKey("correct horse battery staple"));
        REQUIRE(db.sessions().save("s1", sampleSession(kT0)).ok());
    }
    const auto before = readAll(path);
    auto wrong = Database::open(path, passphraseKey("correct horse battery stapler"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == DatabaseErrorCode::WrongKey);
    CHECK(wrong.error().message.find("passphrase does not open") != std::string::npos);
    CHECK(readAll(path) == before);
    auto right = openOrFail(path, passphraseKey("correct horse battery staple"));
    CHECK(right.sessions().history(10).value().size() == 1);
}

TEST_CASE("Rekey: key to passphrase and back; the old key no longer opens it", "[store][keys]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = openOrFail(path, rawKey('a'));
        REQUIRE(db.sessions().save("s1", sampleSession(kT0)).ok());
        REQUIRE(db.rekey(passphraseKey("new passphrase")).ok());
        REQUIRE(db.sessions().save("s2", sampleSession(kT0 + Days(8))).ok());
    }
    CHECK(Database::open(path, rawKey('a')).error().code == DatabaseErrorCode::WrongKey);
    {
        auto db = openOrFail(path, passphraseKey("new passphrase"));
        CHECK(db.sessions().history(10).value().size() == 2);
        REQUIRE(db.rekey(rawKey('b')).ok());
    }
    CHECK_FALSE(Database::open(path, passphraseKey("new passphrase")).ok());
    CHECK(openOrFail(path, rawKey('b')).sessions().history(10).value().size() == 2);
}

TEST_CASE("Sessions round-trip with zones, passes and findings", "[store][sessions]") {
    TempDir dir;
    auto db = openOrFail(dir.file("rollwise.db"), rawKey('c'));
    const SessionRecord original = sampleSession(kT0);
    REQUIRE(db.sessions().save("s1", original).ok());
    auto loaded = db.sessions().load("s1");
    REQUIRE(loaded.ok());
    const SessionRecord& r = loaded.value();
    CHECK(r.start == original.start);
    CHECK(r.end == original.end);
    CHECK(r.goal == Goal::LookOfScars);
    CHECK(r.family == DeviceFamily::SmartRoller);
    CHECK(r.headId == original.headId);
    CHECK(r.outcome == SessionOutcome::Completed);
    REQUIRE(r.zones.size() == 2);
    REQUIRE(r.zones[0].passes.size() == 3);
    CHECK(r.zones[0].passes[2].peakPressureCn == 242);
    CHECK(r.zones[0].passes[1].direction == Direction::Vertical);
    CHECK(r.zones[1].zone == Zone::Chin);
    REQUIRE(r.acknowledged.size() == 1);
    CHECK(r.acknowledged[0].rule == RuleId::VitaminC);
    CHECK(db.sessions().load("nope").error().code == DatabaseErrorCode::NotFound);
}

TEST_CASE("A live session saved after every pass keeps each pass once", "[store][sessions]") {
    TempDir dir;
    auto db = openOrFail(dir.file("rollwise.db"), rawKey('d'));
    SessionRecord live = sampleSession(kT0, {Zone::Forehead}, 0);
    live.outcome.reset();
    live.end.reset();
    for (int i = 0; i < 5; ++i) {
        PassRecord p;
        p.start = kT0 + Seconds(5 * i);
        p.duration = Seconds(4);
        live.zones[0].passes.push_back(p);
        REQUIRE(db.sessions().save("live", live).ok());
    }
    CHECK(db.sessions().load("live").value().zones[0].passes.size() == 5);
    REQUIRE(db.sessions().unfinished().value() == std::vector<std::string>{"live"});
    // After a crash the app recovers it as interrupted.
    REQUIRE(db.sessions()
                .save("live", SessionEngine::recover(db.sessions().load("live").value()))
                .ok());
    CHECK(db.sessions().unfinished().value().empty());
    CHECK(db.sessions().load("live").value().outcome == SessionOutcome::Interrupted);
}

TEST_CASE("History lists the newest sessions with passes per zone", "[store][history]") {
    TempDir dir;
    auto db = openOrFail(dir.file("rollwise.db"), rawKey('e'));
    for (int i = 0; i < 5; ++i) {
        REQUIRE(db.sessions().save("s" + std::to_string(i), sampleSession(kT0 + Days(8 * i))).ok());
    }
    CHECK(db.sessions().count().value() == 5);
    auto history = db.sessions().history(3);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 3);
    CHECK(history.value()[0].uid == "s4");
    CHECK(history.value()[2].uid == "s2");
    CHECK(history.value()[0].totalPasses == 6);
    CHECK(history.value()[0].zonePasses ==
          std::vector<std::pair<Zone, int>>{{Zone::Forehead, 3}, {Zone::Chin, 3}});
}

TEST_CASE("Guard history carries reactions; the most serious one counts",
          "[store][history][reaction-journal]") {
    TempDir dir;
    auto db = openOrFail(dir.file("rollwise.db"), rawKey('f'));
    REQUIRE(db.sessions().save("s1", sampleSession(kT0)).ok());
    REQUIRE(
        db.answers()
            .logReaction({"s1", Zone::Forehead, kT0 + Days(1), Reaction::MildRedness, std::nullopt})
            .ok());
    REQUIRE(db.answers()
                .logReaction(
                    {"s1", Zone::Forehead, kT0 + Days(3), Reaction::LastingRedness, std::nullopt})
                .ok());
    REQUIRE(
        db.answers()
            .logReaction({"s1", Zone::Forehead, kT0 + Days(4), Reaction::MildRedness, std::nullopt})
            .ok());
    auto history = db.sessions().guardHistory();
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 1);
    const auto& forehead = history.value()[0].zones[0];
    CHECK(forehead.zone == Zone::Forehead);
    CHECK(forehead.passes == 3);
    CHECK(forehead.reaction == Reaction::LastingRedness);
    CHECK(healingWindow(Zone::Forehead, history.value(), Limits{}).notBefore == kT0 + Days(14));
    CHECK(history.value()[0].zones[1].reaction == Reaction::None);
}

TEST_CASE("Answers, heads, reminders, settings and the clock mark are kept", "[store][journal]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = openOrFail(path, rawKey('1'));
        REQUIRE(
            db.answers()
                .save({Question::SkinCondition, true, kT0, std::nullopt, {Zone::Chin, Zone::Nose}})
                .ok());
        REQUIRE(
            db.answers().save({Question::IsotretinoinStopped, true, kT0, kT0 - Days(40), {}}).ok());
        StoredHead head{"head-1", "dev-1", {}, std::nullopt};
        head.head.family = DeviceFamily::Pen;
        head.head.needleLengthUm = 1000;
        head.head.sessions = 1;
        head.head.lastDisinfected = kT0;
        REQUIRE(db.heads().save(head).ok());
        REQUIRE(db.reminders()
                    .save({"r1", "next-session", kT0 + Days(7), Zone::Forehead, std::nullopt,
                           std::nullopt})
                    .ok());
        REQUIRE(db.settings().set("backup.folder", "/backups").ok());
        REQUIRE(db.settings().noteClock(kT0 + Days(2)).ok());
        REQUIRE(db.settings().noteClock(kT0).ok()); // never moves back
    }
    auto db = openOrFail(path, rawKey('1'));
    const auto answers = db.answers().all().value();
    REQUIRE(answers.size() == 2);
    CHECK(answers[1].zones == std::vector<Zone>{Zone::Chin, Zone::Nose});
    CHECK(answers[0].since == kT0 - Days(40));
    const auto heads = db.heads().all().value();
    REQUIRE(heads.size() == 1);
    CHECK(heads[0].head.family == DeviceFamily::Pen);
    CHECK(heads[0].head.lastDisinfected == kT0);
    CHECK(db.reminders().all().value().at(0).zone == Zone::Forehead);
    CHECK(db.settings().get("backup.folder").value() == "/backups");
    CHECK_FALSE(db.settings().get("missing").value().has_value());
    CHECK(db.settings().clockHighWater().value() == kT0 + Days(2));
}

TEST_CASE("Device records are kept once per (device, sequence)", "[store][sync]") {
    TempDir dir;
    auto db = openOrFail(dir.file("rollwise.db"), rawKey('2'));
    CHECK(db.deviceRecords().lastSequence("dev").value() == 0);
    std::vector<DeviceRecord> batch;
    for (int i = 1; i <= 5; ++i) {
        batch.push_back({"dev", i, kT0, {1, 2, static_cast<std::uint8_t>(i)}, {}});
    }
    CHECK(db.deviceRecords().store(batch).value() == 5);
    // A resumed transfer repeats 4 and 5 and brings 6: only 6 is new.
    std::vector<DeviceRecord> again{
        {"dev", 4, kT0, {9}, {}}, {"dev", 5, kT0, {9}, {}}, {"dev", 6, kT0, {6}, {}}};
    CHECK(db.deviceRecords().store(again).value() == 1);
    CHECK(db.deviceRecords().lastSequence("dev").value() == 6);
    CHECK(db.deviceRecords().lastSequence("other").value() == 0);
}

TEST_CASE("Backups: verified, previewed and merged without duplicates, never overwriting",
          "[store][backup]") {
    TempDir dir;
    const auto backupFile = dir.file("2026-11-21.rollwise-backup");
    {
        auto source = openOrFail(dir.file("phone.db"), rawKey('3'));
        REQUIRE(source.sessions().save("shared", sampleSession(kT0)).ok());
        REQUIRE(source.sessions().save("only-in-backup", sampleSession(kT0 + Days(8))).ok());
        REQUIRE(source.answers().save({Question::Pregnancy, false, kT0, std::nullopt, {}}).ok());
        REQUIRE(
            source.deviceRecords().store(std::vector<DeviceRecord>{{"dev", 1, kT0, {1}, {}}}).ok());
        REQUIRE(source.backups()
                    .write(backupFile, passphraseKey("backup pass"), "0.1.0", kT0 + Days(9))
                    .ok());
        // An existing file is never replaced.
        auto again = source.backups().write(backupFile, passphraseKey("backup pass"), "0.1.0", kT0);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.find("already exists") != std::string::npos);
    }
    const auto verified = Database::verify(backupFile, passphraseKey("backup pass"));
    REQUIRE(verified.ok());
    CHECK(verified.value().isBackup);
    // The device record is a session too (an unreadable one, counted everywhere).
    CHECK(verified.value().sessions == 3);

    auto target = openOrFail(dir.file("desktop.db"), rawKey('4'));
    SessionRecord local = sampleSession(kT0);
    local.headId = "kept-local";
    REQUIRE(target.sessions().save("shared", local).ok());
    REQUIRE(target.sessions().save("only-local", sampleSession(kT0 + Days(20))).ok());

    const auto preview = target.backups().preview(backupFile, passphraseKey("backup pass"));
    REQUIRE(preview.ok());
    CHECK(preview.value().sessions == 3);
    CHECK(preview.value().newSessions == 2);
    CHECK(preview.value().newAnswers == 1);
    CHECK(preview.value().newDeviceRecords == 1);
    CHECK(preview.value().createdAt == "2026-10-10T08:00:00Z");
    CHECK(preview.value().appVersion == "0.1.0");
    CHECK(target.sessions().history(10).value().size() == 2); // a preview changes nothing

    const auto merged = target.backups().merge(backupFile, passphraseKey("backup pass"));
    REQUIRE(merged.ok());
    CHECK(merged.value().sessionsAdded == 2);
    CHECK(merged.value().passesAdded == 6);
    CHECK(merged.value().answersAdded == 1);
    CHECK(merged.value().deviceRecordsAdded == 1);
    CHECK(target.sessions().history(10).value().size() == 4);
    CHECK(target.sessions().load("shared").value().headId == "kept-local"); // not overwritten
    CHECK(target.sessions().load("only-in-backup").value().zones[1].passes.size() == 3);

    // Merging again adds nothing.
    const auto again = target.backups().merge(backupFile, passphraseKey("backup pass"));
    REQUIRE(again.ok());
    CHECK(again.value().sessionsAdded == 0);
    CHECK(again.value().passesAdded == 0);
    CHECK(target.sessions().history(10).value().size() == 4);
}

TEST_CASE("Bad backups get a specific error and change nothing", "[store][backup]") {
    TempDir dir;
    const auto backupFile = dir.file("backup.rwb");
    {
        auto source = openOrFail(dir.file("source.db"), rawKey('5'));
        for (int i = 0; i < 40; ++i) {
            REQUIRE(source.sessions()
                        .save("s" + std::to_string(i),
                              sampleSession(kT0 + Days(i), {Zone::Forehead, Zone::Chin, Zone::Nose},
                                            10))
                        .ok());
        }
        REQUIRE(source.backups().write(backupFile, rawKey('6'), "0.1.0", kT0).ok());
    }
    const auto targetPath = dir.file("target.db");
    {
        auto target = openOrFail(targetPath, rawKey('7'));
        REQUIRE(target.sessions().save("mine", sampleSession(kT0)).ok());
    }
    const auto check = [&](const std::filesystem::path& file, const DatabaseKey& key,
                           DatabaseErrorCode code) {
        auto target = openOrFail(targetPath, rawKey('7'));
        auto preview = target.backups().preview(file, key);
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().code == code);
        auto merged = target.backups().merge(file, key);
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.error().code == code);
        CHECK(merged.error().message.find("othing was changed") != std::string::npos);
        CHECK(target.sessions().history(10).value().size() == 1);
    };
    SECTION("another user's key") {
        check(backupFile, rawKey('8'), DatabaseErrorCode::WrongKey);
    }
    SECTION("a truncated copy") {
        const auto truncated = dir.file("truncated.rwb");
        const auto bytes = readAll(backupFile);
        writeAll(truncated,
                 std::string(bytes.begin(), bytes.begin() + static_cast<long>(bytes.size() / 2)));
        check(truncated, rawKey('6'), DatabaseErrorCode::Corrupt);
    }
    SECTION("a damaged byte") {
        const auto damaged = dir.file("damaged.rwb");
        std::filesystem::copy_file(backupFile, damaged);
        flipByte(damaged, 3 * 4096 + 100);
        check(damaged, rawKey('6'), DatabaseErrorCode::Corrupt);
    }
    SECTION("a database that is not a backup") {
        check(dir.file("source.db"), rawKey('5'), DatabaseErrorCode::NotABackup);
    }
    SECTION("a plain SQLite file") {
        const auto plain = dir.file("plain.db");
        sqlite3* raw = nullptr;
        sqlite3_open(plain.string().c_str(), &raw);
        sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        check(plain, rawKey('6'), DatabaseErrorCode::NotABackup);
    }
    SECTION("a missing file") {
        check(dir.file("missing.rwb"), rawKey('6'), DatabaseErrorCode::CannotOpen);
    }
}

TEST_CASE("A damaged database is refused on open and left as it was", "[store][corruption]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = openOrFail(path, rawKey('9'));
        for (int i = 0; i < 30; ++i) {
            REQUIRE(db.sessions()
                        .save("s" + std::to_string(i),
                              sampleSession(kT0 + Days(i), {Zone::Forehead, Zone::Chin}, 10))
                        .ok());
        }
    }
    flipByte(path, 5 * 4096 + 200);
    const auto before = readAll(path);
    auto db = Database::open(path, rawKey('9'));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == DatabaseErrorCode::Corrupt);
    CHECK(db.error().message.find("backup") != std::string::npos);
    CHECK(readAll(path) == before);
    CHECK(Database::verify(path, rawKey('9')).error().code == DatabaseErrorCode::Corrupt);
}

TEST_CASE("Exports are written atomically, readable by the owner only", "[store][export]") {
    TempDir dir;
    auto db = openOrFail(dir.file("rollwise.db"), rawKey('a'));
    REQUIRE(db.sessions().save("s1", sampleSession(kT0)).ok());
    REQUIRE(db.answers().save({Question::Keloid, false, kT0, std::nullopt, {}}).ok());
    REQUIRE(db.backups().exportCsv(dir.file("sessions.csv")).ok());
    REQUIRE(db.backups().exportJson(dir.file("journal.json")).ok());
    const auto csv = readAll(dir.file("sessions.csv"));
    const std::string csvText(csv.begin(), csv.end());
    CHECK(csvText.rfind("session_uid,session_start,goal", 0) == 0);
    CHECK(std::count(csvText.begin(), csvText.end(), '\n') == 7); // header + 6 passes
    CHECK(csvText.find("s1,2026-10-01T08:00:00Z,look-of-scars,smart-roller,0.5,completed,forehead,"
                       "no,1,horizontal") != std::string::npos);
    const auto json = readAll(dir.file("journal.json"));
    const std::string jsonText(json.begin(), json.end());
    CHECK(jsonText.find("\"format\": \"rollwise-export\"") != std::string::npos);
    CHECK(jsonText.find("\"question\": \"keloid\"") != std::string::npos);
    CHECK(jsonText.find("\"peakPressureCn\": 242") != std::string::npos);
    struct stat info {};
    REQUIRE(::stat(dir.file("journal.json").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    // No temporary file is left behind.
    CHECK(listDir(dir.path()).size() == 5); // db, -wal, -shm, csv, json
    // Into a folder that does not exist: a clear error.
    auto missing = db.backups().exportCsv(dir.path() / "nowhere" / "x.csv");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == DatabaseErrorCode::CannotOpen);
}

TEST_CASE("No plaintext at rest: database, WAL and backup hold none of the recorded values",
          "[store][security]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    auto db = openOrFail(path, rawKey('b'));
    SessionRecord r = sampleSession(kT0);
    r.zones[0].skipReason = "SKIP-MARKER-9042";
    REQUIRE(db.sessions().save("SESSION-MARKER-3310", r).ok());
    REQUIRE(db.settings().set("note", "SETTING-MARKER-6604").ok());
    REQUIRE(db.backups().write(dir.file("b.rwb"), rawKey('c'), "0.1.0", kT0).ok());
    const std::array markers{
        "HEAD-MARKER-7731",    "ACK-MARKER-5521", "SKIP-MARKER-9042", "SESSION-MARKER-3310",
        "SETTING-MARKER-6604", "look-of-scars",   "forehead",         "smart-roller",
        "SQLite format 3"};
    // While open, the WAL holds the latest writes.
    REQUIRE(std::filesystem::exists(path.string() + "-wal"));
    for (const auto& file : listDir(dir.path())) {
        const auto bytes = readAll(dir.path() / file);
        for (const auto* marker : markers) {
            CAPTURE(file, marker);
            CHECK_FALSE(contains(bytes, marker));
        }
    }
}
