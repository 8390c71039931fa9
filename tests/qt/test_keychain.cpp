// QtKeychain against a real Secret Service (gnome-keyring on a private D-Bus session, see
// tests/support/with-keyring.sh), and without one.
#include "temp_dir.h"

#include <rollwise/core/journal.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>

#include <QUuid>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;

namespace {
// A service name per run, so runs never see each other's entries.
QString testService() {
    return QStringLiteral("org.rollwise.test.") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

TEST_CASE("Keys round-trip through the system keychain as binary data",
          "[keychain][with-keyring]") {
    platform::KeychainSecretStore store(testService());
    const SecretKey key = platform::generateKey();
    REQUIRE(store.writeKey("database-key", key).ok());
    auto read = store.readKey("database-key");
    REQUIRE(read.ok());
    CHECK(
        std::equal(read.value().bytes().begin(), read.value().bytes().end(), key.bytes().begin()));
    REQUIRE(store.removeKey("database-key").ok());
    auto gone = store.readKey("database-key");
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == SecretStoreErrorCode::NotFound);
    CHECK(store.removeKey("database-key").ok()); // removing twice is fine

    std::string text = "backup passphrase with ümlauts";
    REQUIRE(store.writePassphrase("backup-passphrase", Passphrase::adopt(text)).ok());
    auto passphrase = store.readPassphrase("backup-passphrase");
    REQUIRE(passphrase.ok());
    CHECK(passphrase.value().text() == "backup passphrase with ümlauts");
    REQUIRE(store.removeKey("backup-passphrase").ok());
}

TEST_CASE("The journal opens with its key from the system keychain", "[keychain][with-keyring]") {
    rollwise::test::TempDir dir;
    platform::KeychainSecretStore store(testService());
    {
        auto db = openWithKeychain(dir.file("journal.db"), store, platform::generateKey);
        REQUIRE(db.ok());
        REQUIRE(db.value().settings().set("hello", "world").ok());
    }
    auto db = openWithKeychain(dir.file("journal.db"), store, platform::generateKey);
    REQUIRE(db.ok());
    CHECK(db.value().settings().get("hello").value() == "world");
    REQUIRE(store.removeKey(kDatabaseKeyEntry).ok());
}

TEST_CASE("Without a keychain service the error says so", "[keychain][without-keyring]") {
    platform::KeychainSecretStore store(testService());
    auto read = store.readKey("database-key");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == SecretStoreErrorCode::Unavailable);
    rollwise::test::TempDir dir;
    auto db = openWithKeychain(dir.file("journal.db"), store, platform::generateKey);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == JournalErrorCode::KeychainUnavailable);
    CHECK_FALSE(std::filesystem::exists(dir.file("journal.db")));
}
