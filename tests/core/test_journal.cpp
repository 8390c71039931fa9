#include "../support/files.h"
#include "../support/temp_dir.h"
#include "store_fixtures.h"

#include <rollwise/core/journal.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {
SecretKey fixedKey(char digit) {
    return *SecretKey::fromHex(std::string(64, digit));
}
} // namespace

TEST_CASE("A new journal gets a key in the keychain before the database exists",
          "[journal][keys]") {
    TempDir dir;
    MemorySecretStore store;
    int generated = 0;
    const auto generate = [&] {
        ++generated;
        return fixedKey('4');
    };
    {
        auto db = openWithKeychain(dir.file("journal.db"), store, generate);
        REQUIRE(db.ok());
        REQUIRE(db.value().settings().set("k", "v").ok());
    }
    CHECK(generated == 1);
    REQUIRE(store.readKey(kDatabaseKeyEntry).ok());
    CHECK(store.readKey(kDatabaseKeyEntry).value().bytes()[0] == 0x44);
    // Reopening uses the stored key and generates none.
    auto again = openWithKeychain(dir.file("journal.db"), store, generate);
    REQUIRE(again.ok());
    CHECK(generated == 1);
    CHECK(again.value().settings().get("k").value() == "v");
}

TEST_CASE("A lost keychain entry is explained with the way back, and changes nothing",
          "[journal][keys]") {
    TempDir dir;
    MemorySecretStore store;
    const auto path = dir.file("journal.db");
    {
        auto db = openWithKeychain(path, store, [] { return fixedKey('5'); });
        REQUIRE(db.ok());
    }
    const auto before = readAll(path);
    REQUIRE(store.removeKey(kDatabaseKeyEntry).ok());
    auto lost = openWithKeychain(path, store, [] { return fixedKey('6'); });
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == JournalErrorCode::KeyMissing);
    CHECK(lost.error().message.find("passphrase") != std::string::npos);
    CHECK(lost.error().message.find("backup") != std::string::npos);
    CHECK(readAll(path) == before);
    // No new key was made up for the existing journal.
    CHECK_FALSE(store.readKey(kDatabaseKeyEntry).ok());
}

TEST_CASE("An unavailable keychain creates nothing", "[journal][keys]") {
    TempDir dir;
    MemorySecretStore store;
    store.setUnavailable(true);
    auto db = openWithKeychain(dir.file("journal.db"), store, [] { return fixedKey('7'); });
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == JournalErrorCode::KeychainUnavailable);
    CHECK(db.error().message.find("passphrase instead") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("journal.db")));
}

TEST_CASE("Switching between keychain key and passphrase", "[journal][keys]") {
    TempDir dir;
    MemorySecretStore store;
    const auto path = dir.file("journal.db");
    {
        auto db = openWithKeychain(path, store, [] { return fixedKey('8'); });
        REQUIRE(db.ok());
        std::string shortOne = "short";
        CHECK_FALSE(switchToPassphrase(db.value(), store, Passphrase::adopt(shortOne)).ok());
        std::string text = "a long enough passphrase";
        REQUIRE(switchToPassphrase(db.value(), store, Passphrase::adopt(text)).ok());
        CHECK(text.empty()); // the caller's copy is wiped
    }
    CHECK_FALSE(store.readKey(kDatabaseKeyEntry).ok());
    std::string wrong = "not the passphrase";
    auto refused = openWithPassphrase(path, Passphrase::adopt(wrong));
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().database);
    CHECK(refused.error().database->code == DatabaseErrorCode::WrongKey);
    {
        std::string text = "a long enough passphrase";
        auto db = openWithPassphrase(path, Passphrase::adopt(text));
        REQUIRE(db.ok());
        REQUIRE(switchToKeychain(db.value(), store, [] { return fixedKey('9'); }).ok());
    }
    CHECK(openWithKeychain(path, store, [] { return fixedKey('a'); }).ok());
}

TEST_CASE("A failed switch to a new keychain key puts the old key back", "[journal][keys]") {
    TempDir dir;
    MemorySecretStore store;
    const auto path = dir.file("journal.db");
    auto db = openWithKeychain(path, store, [] { return fixedKey('1'); });
    REQUIRE(db.ok());
    {
        // Another program holds the write lock: the rekey cannot happen.
        sqlite3* writer = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &writer) == SQLITE_OK);
        const std::string key = "x'" + std::string(64, '1') + "'";
        REQUIRE(sqlite3_key(writer, key.data(), static_cast<int>(key.size())) == SQLITE_OK);
        REQUIRE(sqlite3_exec(writer, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
        CHECK_FALSE(switchToKeychain(db.value(), store, [] { return fixedKey('2'); }).ok());
        sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(writer);
    }
    auto kept = store.readKey(kDatabaseKeyEntry);
    REQUIRE(kept.ok());
    CHECK(std::equal(kept.value().bytes().begin(), kept.value().bytes().end(),
                     fixedKey('1').bytes().begin()));
    CHECK(openWithKeychain(path, store, [] { return fixedKey('4'); }).ok());
}

TEST_CASE("Recovery codes round-trip and reject typos", "[journal][keys]") {
    const SecretKey key = fixedKey('c');
    const std::string code = formatRecoveryCode(key);
    CHECK(code.size() == 79);
    CHECK(code.substr(0, 10) == "CCCC-CCCC-");
    const auto parsed = parseRecoveryCode(code);
    REQUIRE(parsed);
    CHECK(std::equal(parsed->bytes().begin(), parsed->bytes().end(), key.bytes().begin()));
    CHECK(parseRecoveryCode("cccc cccc " + code.substr(10)));
    CHECK_FALSE(parseRecoveryCode(code.substr(1)));
    CHECK_FALSE(parseRecoveryCode("O" + code.substr(1)));
}
