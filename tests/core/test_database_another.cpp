// A second connection to the journal (Database::openAnother), as the session writer thread
// uses it: both write at the same time without SQLITE_BUSY, each sees the other's commits, and
// it needs no key of its own.
#include "../support/temp_dir.h"
#include "store_fixtures.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <atomic>
#include <string>
#include <thread>

using namespace rollwise;
using rollwise::test::TempDir;

TEST_CASE("A second connection writes on another thread while the first one writes too",
          "[database][writer]") {
    TempDir dir;
    const auto path = dir.file("journal.db");
    for (const bool passphrase : {false, true}) {
        INFO("passphrase " << passphrase);
        std::filesystem::remove(path);
        auto opened = Database::open(path, passphrase ? test::passphraseKey("correct horse 42")
                                                      : test::rawKey('7'));
        REQUIRE(opened);
        Database db = std::move(opened).value();
        const TimePoint start = TimePoint{} + Hours(24 * 20000);
        constexpr int kSessions = 40;
        std::atomic<int> failed{0};
        std::thread writer([&] {
            // Opened on the writer's thread, as the app does (a passphrase is stretched there).
            auto another = db.openAnother();
            if (!another) {
                failed = -1;
                return;
            }
            for (int i = 0; i < kSessions; ++i) {
                // The same session grows pass by pass, as a guided session is committed.
                const auto record = test::sampleSession(start, {Zone::Forehead, Zone::Chin}, i + 1);
                if (!another.value().sessions().save("session-" + std::to_string(i % 4), record)) {
                    ++failed;
                }
            }
        });
        // Meanwhile the first connection writes heads (the app's own writes go on).
        int headFailures = 0;
        for (int i = 0; i < kSessions; ++i) {
            StoredHead head;
            head.uid = "head-" + std::to_string(i);
            head.head.id = head.uid;
            head.head.family = DeviceFamily::PlainRoller;
            head.head.needleLengthUm = 250;
            head.head.needleCount = 192;
            if (!db.heads().save(head)) {
                ++headFailures;
            }
        }
        writer.join();
        CHECK(failed == 0);
        CHECK(headFailures == 0);
        // Each sees what the other committed.
        CHECK(db.sessions().count().value() == 4);
        CHECK(db.sessions().load("session-3").value().totalPasses() == 2 * kSessions);
        CHECK(db.heads().all().value().size() == static_cast<std::size_t>(kSessions));
    }
}

TEST_CASE("A second connection needs no key and fails clearly when the file is gone",
          "[database][writer]") {
    TempDir dir;
    const auto path = dir.file("journal.db");
    auto opened = Database::open(path, test::rawKey('3'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    {
        auto another = db.openAnother();
        REQUIRE(another);
        CHECK(another.value().schemaVersion() == Database::kSchemaVersion);
        CHECK(another.value().databaseUid() == db.databaseUid());
    }
    // The file is moved away: another connection cannot be opened, and says so.
    std::filesystem::rename(path, dir.file("moved.db"));
    auto another = db.openAnother();
    REQUIRE_FALSE(another);
    CHECK_FALSE(another.error().message.empty());
}
