#include "../support/files.h"
#include "../support/temp_dir.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <string>

using namespace rollwise;
using rollwise::test::TempDir;

namespace {

SecretKey keyOf(char digit) {
    return *SecretKey::fromHex(std::string(64, digit));
}

std::vector<Zone> faceZoneIds() {
    std::vector<Zone> zones;
    for (const auto& info : faceZones()) {
        zones.push_back(info.zone);
    }
    return zones;
}

bool contains(const std::vector<char>& haystack, std::string_view needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) !=
           haystack.end();
}

// Runs SQL on a file through the library without a key, i.e. as plain SQLite would.
int execWithoutKey(const std::filesystem::path& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path.string().c_str(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

TEST_CASE("A new database is created encrypted, with the schema", "[database]") {
    TempDir dir;
    auto db = Database::open(dir.file("rollwise.db"), keyOf('1'));
    REQUIRE(db.ok());
    CHECK(db.value().schemaVersion() == Database::kSchemaVersion);
    CHECK(db.value().cipherVersion().rfind("4.", 0) == 0);
}

TEST_CASE("Zones survive closing and reopening with the same key", "[database]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = Database::open(path, keyOf('2'));
        REQUIRE(db.ok());
        REQUIRE(db.value().settings().storeZones(faceZones()).ok());
        // Storing twice updates instead of duplicating.
        REQUIRE(db.value().settings().storeZones(faceZones()).ok());
    }
    auto db = Database::open(path, keyOf('2'));
    REQUIRE(db.ok());
    auto zones = db.value().settings().loadZones();
    REQUIRE(zones.ok());
    CHECK(zones.value() == faceZoneIds());
}

TEST_CASE("The file starts with random bytes and holds no readable content",
          "[database][security]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = Database::open(path, keyOf('3'));
        REQUIRE(db.ok());
        REQUIRE(db.value().settings().storeZones(faceZones()).ok());
    }
    const auto bytes = rollwise::test::readAll(path);
    REQUIRE(bytes.size() >= 4096);
    CHECK(std::string(bytes.begin(), bytes.begin() + 15) != "SQLite format 3");
    CHECK_FALSE(contains(bytes, "SQLite format"));
    CHECK_FALSE(contains(bytes, "forehead"));
    CHECK_FALSE(contains(bytes, "CREATE TABLE"));
    // Two databases with the same key differ from the first byte: a random salt.
    {
        auto other = Database::open(dir.file("other.db"), keyOf('3'));
        REQUIRE(other.ok());
        REQUIRE(other.value().settings().storeZones(faceZones()).ok());
    }
    const auto otherBytes = rollwise::test::readAll(dir.file("other.db"));
    CHECK_FALSE(std::equal(bytes.begin(), bytes.begin() + 16, otherBytes.begin()));
}

TEST_CASE("The library without a key, as plain SQLite, cannot read the file",
          "[database][security]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = Database::open(path, keyOf('4'));
        REQUIRE(db.ok());
        REQUIRE(db.value().settings().storeZones(faceZones()).ok());
    }
    CHECK(execWithoutKey(path, "SELECT * FROM zones") == SQLITE_NOTADB);
}

TEST_CASE("A wrong key is a typed error and leaves the file byte for byte as it was",
          "[database][security]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = Database::open(path, keyOf('5'));
        REQUIRE(db.ok());
        REQUIRE(db.value().settings().storeZones(faceZones()).ok());
    }
    const auto before = rollwise::test::readAll(path);
    const auto filesBefore = rollwise::test::listDir(dir.path());

    auto wrong = Database::open(path, keyOf('6'));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == DatabaseErrorCode::WrongKey);
    CHECK(wrong.error().message.find("wrong key") != std::string::npos);
    CHECK(rollwise::test::readAll(path) == before);
    CHECK(rollwise::test::listDir(dir.path()) == filesBefore);

    // And the right key still opens it afterwards.
    auto right = Database::open(path, keyOf('5'));
    REQUIRE(right.ok());
    CHECK(right.value().settings().loadZones().value().size() == faceZones().size());
}

TEST_CASE("A file that is not a database is refused and left alone", "[database]") {
    TempDir dir;
    const auto path = dir.file("notes.db");
    std::string garbage(8192, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 7919u + 13u) & 0xffu);
    }
    rollwise::test::writeAll(path, garbage);
    auto db = Database::open(path, keyOf('7'));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == DatabaseErrorCode::WrongKey);
    const auto after = rollwise::test::readAll(path);
    CHECK(std::string(after.begin(), after.end()) == garbage);
}

TEST_CASE("An unencrypted SQLite file is named as such and left alone", "[database]") {
    TempDir dir;
    const auto path = dir.file("plain.db");
    REQUIRE(execWithoutKey(path, "CREATE TABLE t(x); INSERT INTO t VALUES (42);") == SQLITE_OK);
    const auto before = rollwise::test::readAll(path);
    auto db = Database::open(path, keyOf('8'));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == DatabaseErrorCode::NotEncrypted);
    CHECK(rollwise::test::readAll(path) == before);
}

TEST_CASE("A database from a newer app is refused, unchanged", "[database][migration]") {
    TempDir dir;
    const auto path = dir.file("rollwise.db");
    {
        auto db = Database::open(path, keyOf('9'));
        REQUIRE(db.ok());
    }
    {
        // Bump the schema version as a future release would.
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &raw) == SQLITE_OK);
        const std::string key = "x'" + std::string(64, '9') + "'";
        REQUIRE(sqlite3_key(raw, key.data(), static_cast<int>(key.size())) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(raw);
    }
    const auto before = rollwise::test::readAll(path);
    auto db = Database::open(path, keyOf('9'));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == DatabaseErrorCode::NewerThanApp);
    CHECK(rollwise::test::readAll(path) == before);
}

TEST_CASE("Opening fails clearly without a key or without a folder", "[database]") {
    TempDir dir;
    auto noKey = Database::open(dir.file("rollwise.db"), SecretKey{});
    REQUIRE_FALSE(noKey.ok());
    CHECK(noKey.error().code == DatabaseErrorCode::NoKey);
    CHECK_FALSE(std::filesystem::exists(dir.file("rollwise.db")));

    auto noFolder = Database::open(dir.path() / "missing" / "rollwise.db", keyOf('a'));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().code == DatabaseErrorCode::CannotOpen);

    auto aFolder = Database::open(dir.path(), keyOf('a'));
    REQUIRE_FALSE(aFolder.ok());
    CHECK(aFolder.error().code == DatabaseErrorCode::CannotOpen);
}
