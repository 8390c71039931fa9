// Each store of the journal on its own: constructed alone on a real SQLCipher connection (no
// Database facade in between), seeded, and held to the contract its header states.
#include "../support/temp_dir.h"
#include "connection.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <array>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const TimePoint kT0 = at("2026-10-01T08:00:00Z");

// A fresh encrypted journal; each test builds only the store it checks on its connection.
struct Journal {
    TempDir dir;
    Database db = open(dir.file("journal.db"));
    detail::Connection& connection = detail::ConnectionAccess::of(db);

    static Database open(const std::filesystem::path& path) {
        auto db = Database::open(path, rawKey('4'));
        if (!db) {
            FAIL(db.error().message);
        }
        return std::move(db).value();
    }
    int exec(const char* sql) const {
        return sqlite3_exec(connection.handle(), sql, nullptr, nullptr, nullptr);
    }
    long long count(const char* sql) const {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(connection.handle(), sql, -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
        const long long value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }
};

} // namespace

TEST_CASE("SettingsStore: values by key, a clock mark that never goes back, the zone table",
          "[stores][settings]") {
    Journal j;
    SettingsStore settings(j.connection);
    CHECK_FALSE(settings.get("missing").value().has_value());
    REQUIRE(settings.set("k", "one"));
    REQUIRE(settings.set("k", "two"));
    CHECK(settings.get("k").value() == std::optional<std::string>("two"));
    CHECK(j.count("SELECT count(*) FROM settings WHERE key = 'k'") == 1);

    CHECK_FALSE(settings.clockHighWater().value().has_value());
    REQUIRE(settings.noteClock(kT0 + Hours(5)));
    REQUIRE(settings.noteClock(kT0)); // an earlier time never lowers the mark
    CHECK(settings.clockHighWater().value() == kT0 + Hours(5));

    const std::array zones{zoneInfo(Zone::Chin), zoneInfo(Zone::Forehead)};
    REQUIRE(settings.storeZones(zones));
    CHECK(settings.loadZones().value() == std::vector<Zone>{Zone::Chin, Zone::Forehead});
    REQUIRE(j.exec("INSERT INTO zones VALUES ('elbow', 9, 1)") == SQLITE_OK);
    CHECK_FALSE(settings.loadZones()); // a zone this version does not know is an error
}

TEST_CASE("HeadStore: saved heads come back first used first; saving again replaces the counts",
          "[stores][heads]") {
    Journal j;
    HeadStore heads(j.connection);
    CHECK(heads.all().value().empty());
    StoredHead later{"h2", "dev", Head{}, std::nullopt};
    later.head.family = DeviceFamily::SmartRoller;
    later.head.needleLengthUm = 500;
    later.head.firstUse = kT0 + Days(3);
    StoredHead earlier{"h1", "", Head{}, kT0 + Days(9)};
    earlier.head.family = DeviceFamily::PlainRoller;
    earlier.head.needleLengthUm = 250;
    earlier.head.firstUse = kT0;
    earlier.head.sessions = 4;
    REQUIRE(heads.save(later));
    REQUIRE(heads.save(earlier));
    auto all = heads.all().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].uid == "h1");
    CHECK(all[0].retiredAt == kT0 + Days(9));
    CHECK(all[0].head.sessions == 4);
    CHECK(all[1].head.needleLengthUm == 500);

    earlier.head.sessions = 5;
    earlier.head.lastDisinfected = kT0 + Days(1);
    REQUIRE(heads.save(earlier));
    all = heads.all().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].head.sessions == 5);
    CHECK(all[0].head.lastDisinfected == kT0 + Days(1));
    REQUIRE(j.exec("UPDATE heads SET family = 'toaster' WHERE uid = 'h2'") == SQLITE_OK);
    CHECK_FALSE(heads.all()); // fails closed, never a shorter list
}

TEST_CASE("AnswerStore: one answer per question and time, oldest first; reactions kept once",
          "[stores][answers]") {
    Journal j;
    AnswerStore answers(j.connection);
    REQUIRE(answers.save(Answer{
        Question::SkinCondition, true, kT0 + Days(1), std::nullopt, {Zone::Chin, Zone::Forehead}}));
    REQUIRE(answers.save(Answer{Question::Pregnancy, true, kT0, std::nullopt, {}}));
    REQUIRE(answers.save(Answer{Question::Pregnancy, false, kT0, std::nullopt, {}})); // replaces
    const auto all = answers.all().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].question == Question::Pregnancy);
    CHECK_FALSE(all[0].yes);
    CHECK(all[1].zones == std::vector<Zone>{Zone::Chin, Zone::Forehead});

    const ReactionEntry reaction{"s1", Zone::Chin, kT0, Reaction::MildRedness, std::nullopt};
    REQUIRE(answers.logReaction(reaction));
    REQUIRE(answers.logReaction(reaction));
    CHECK(j.count("SELECT count(*) FROM reactions") == 1);

    REQUIRE(j.exec("UPDATE answers SET question = 'unknown' WHERE yes = 0") == SQLITE_OK);
    CHECK_FALSE(answers.all()); // a question this version does not know is an error
}

TEST_CASE("ReminderStore: soonest first; saving again moves the times, never the kind",
          "[stores][reminders]") {
    Journal j;
    ReminderStore reminders(j.connection);
    REQUIRE(reminders.save(Reminder{"r2", "aftercare", kT0 + Days(2), Zone::Chin, {}, {}}));
    REQUIRE(reminders.save(Reminder{"r1", "next-session", kT0 + Days(1), {}, {}, {}}));
    REQUIRE(reminders.save(Reminder{"r2", "replace-head", kT0 + Hours(1), Zone::Forehead,
                                    kT0 + Hours(2), kT0 + Hours(3)}));
    const auto all = reminders.all().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].uid == "r2");
    CHECK(all[0].kind == "aftercare");
    CHECK(all[0].zone == Zone::Chin);
    CHECK(all[0].snoozedUntil == kT0 + Hours(2));
    CHECK(all[0].doneAt == kT0 + Hours(3));
    CHECK(all[1].uid == "r1");
    CHECK_FALSE(all[1].zone.has_value());
}

TEST_CASE("DeviceRecordStore: each (device, sequence) once, with its journal session",
          "[stores][device-records]") {
    Journal j;
    DeviceRecordStore records(j.connection);
    CHECK(records.lastSequence("dev-a").value() == 0);
    const std::vector<DeviceRecord> batch{
        DeviceRecord{"dev-a", 1, kT0, {1, 2, 3}, {}},
        DeviceRecord{"dev-a", 2, kT0, {4, 5, 6}, {}},
        DeviceRecord{"dev-b", 7, kT0, {7}, {}},
    };
    CHECK(records.store(batch).value() == 3);
    CHECK(records.store(batch).value() == 0); // held already: nothing new, nothing doubled
    CHECK(records.lastSequence("dev-a").value() == 2);
    CHECK(records.lastSequence("dev-b").value() == 7);
    CHECK(j.count("SELECT count(*) FROM device_records") == 3);
    CHECK(j.count("SELECT count(*) FROM sessions WHERE device_record_key IS NOT NULL") == 3);
}

TEST_CASE("SessionStore: saved, loaded, counted, listed; unfinished ones named",
          "[stores][sessions]") {
    Journal j;
    SessionStore sessions(j.connection);
    CHECK(sessions.count().value() == 0);
    CHECK(sessions.load("nope").error().code == DatabaseErrorCode::NotFound);
    auto done = sampleSession(kT0);
    auto open = sampleSession(kT0 + Days(2), {Zone::Chin}, 1);
    open.outcome.reset();
    REQUIRE(sessions.save("done", done));
    REQUIRE(sessions.save("open", open));
    CHECK(sessions.count().value() == 2);
    CHECK(sessions.unfinished().value() == std::vector<std::string>{"open"});
    const auto loaded = sessions.load("done").value();
    REQUIRE(loaded.zones.size() == 2);
    CHECK(loaded.zones[0].passes.size() == 3);
    CHECK(loaded.acknowledged.size() == 1);
    const auto history = sessions.history(1).value();
    REQUIRE(history.size() == 1);
    CHECK(history[0].uid == "open");
    CHECK(sessions.guardHistory().value().size() == 2);
    CHECK(sessions.pendingDeviceSessions().value().empty());
    const std::array zones{Zone::Chin};
    CHECK(sessions.placeDeviceSession("done", zones).error().code ==
          DatabaseErrorCode::InvalidArgument); // not a device session waiting for its zones
}

TEST_CASE("BackupStore: a backup of this journal previews what it would add; exports refuse "
          "the journal's own file",
          "[stores][backups]") {
    Journal j;
    SessionStore sessions(j.connection);
    BackupStore backups(j.connection);
    REQUIRE(sessions.save("s1", sampleSession(kT0)));
    const auto file = j.dir.file("b.rwb");
    REQUIRE(backups.write(file, rawKey('9'), "0.1.0", kT0));
    CHECK(backups.write(file, rawKey('9'), "0.1.0", kT0).error().code ==
          DatabaseErrorCode::InvalidArgument); // never replaces a file
    const auto preview = backups.preview(file, rawKey('9')).value();
    CHECK(preview.sessions == 1);
    CHECK(preview.newSessions == 0);
    CHECK(preview.appVersion == "0.1.0");
    CHECK(backups.merge(file, rawKey('9')).value().sessionsAdded == 0);
    CHECK_FALSE(backups.exportCsv(j.dir.file("journal.db")));
    REQUIRE(backups.exportJson(j.dir.file("out.json")));
    CHECK(std::filesystem::file_size(j.dir.file("out.json")) > 0);
}

TEST_CASE("A store handed out by the Database stays valid when the Database moves",
          "[stores][database]") {
    TempDir dir;
    auto opened = Database::open(dir.file("j.db"), rawKey('4'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    SettingsStore& settings = db.settings();
    Database moved = std::move(db);
    REQUIRE(settings.set("k", "v"));
    CHECK(moved.settings().get("k").value() == std::optional<std::string>("v"));
    CHECK(&moved.settings() == &settings);
}

TEST_CASE("passphraseProblem counts code points, not bytes", "[stores][passphrase]") {
    CHECK(passphraseProblem("") == PassphraseProblem::TooShort);
    CHECK(passphraseProblem("1234567") == PassphraseProblem::TooShort);
    CHECK(passphraseProblem("12345678") == PassphraseProblem::None);
    // Seven characters of two bytes each: 14 bytes, still too short.
    CHECK(passphraseProblem("\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f\xc3\xa9\xc3\xa8\xc3\xa0") ==
          PassphraseProblem::TooShort);
    // Eight characters outside the BMP (four bytes, two UTF-16 units each) are enough.
    CHECK(passphraseProblem("\xf0\x9f\x94\x91\xf0\x9f\x94\x91\xf0\x9f\x94\x91\xf0\x9f\x94\x91"
                            "\xf0\x9f\x94\x91\xf0\x9f\x94\x91\xf0\x9f\x94\x91\xf0\x9f\x94\x91") ==
          PassphraseProblem::None);
    CHECK(passphraseProblem("x'" + std::string(64, 'a') + "'") == PassphraseProblem::RawKeyForm);
    CHECK(codePointCount("a\xc3\xa4\xf0\x9f\x94\x91") == 3);
}
