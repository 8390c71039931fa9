// The app's journal service: every state the user can meet, with what the UI is told.
#include "journal_service.h"
#include "temp_dir.h"

#include <rollwise/core/journal.h>

#include <QDir>
#include <QSettings>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <sqlcipher/sqlite3.h>

using namespace rollwise;
using rollwise::app::JournalService;

namespace {

struct Fixture {
    rollwise::test::TempDir dir;
    MemorySecretStore secrets;
    ManualClock clock{TimePoint(Seconds(1'790'000'000))};
    int keysMade = 0;

    JournalService::Config config() const {
        JournalService::Config c;
        c.databasePath = dir.path() / "data" / "journal.db";
        c.settingsFile = QString::fromStdString((dir.path() / "rollwise.ini").string());
        c.appVersion = QStringLiteral("0.1.0");
        return c;
    }
    std::unique_ptr<JournalService> service() {
        return std::make_unique<JournalService>(config(), secrets, clock, [this] {
            ++keysMade;
            return *SecretKey::fromHex(std::string(64, 'e'));
        });
    }
};

} // namespace

TEST_CASE("A first start creates the journal with a key in the keychain", "[app][journal]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    CHECK(journal->state() == JournalService::State::Unlocked);
    CHECK(journal->statusTitle() == QStringLiteral("Your journal is encrypted and unlocked"));
    CHECK(journal->database() != nullptr);
    CHECK(journal->sessionCount() == 0);
    CHECK(f.keysMade == 1);
    CHECK(std::filesystem::exists(f.dir.path() / "data" / "journal.db"));
    // The data folder is private.
    CHECK((std::filesystem::status(f.dir.path() / "data").permissions() &
           std::filesystem::perms::others_all) == std::filesystem::perms::none);
    // The clock's high-water mark is noted for the guard.
    CHECK(journal->database()->settings().clockHighWater().value() == f.clock.now());
}

TEST_CASE("Without a keychain the user is told, and can use a passphrase instead",
          "[app][journal]") {
    Fixture f;
    f.secrets.setUnavailable(true);
    {
        auto journal = f.service();
        journal->open();
        CHECK(journal->state() == JournalService::State::KeychainUnavailable);
        CHECK(journal->statusMessage().contains(QStringLiteral("passphrase instead")));
        CHECK(journal->database() == nullptr);
        CHECK_FALSE(journal->usePassphraseInstead(QStringLiteral("short")));
        CHECK(journal->statusMessage().contains(QStringLiteral("at least 8")));
        CHECK(journal->usePassphraseInstead(QStringLiteral("long enough passphrase")));
        CHECK(journal->state() == JournalService::State::Unlocked);
        CHECK(journal->usesPassphrase());
    }
    // Next start: the passphrase is asked for; a wrong one is refused with a reason.
    auto journal = f.service();
    journal->open();
    CHECK(journal->state() == JournalService::State::NeedsPassphrase);
    CHECK_FALSE(journal->unlock(QStringLiteral("wrong passphrase")));
    CHECK(journal->state() == JournalService::State::NeedsPassphrase);
    CHECK(journal->statusMessage().contains(QStringLiteral("passphrase does not open")));
    CHECK(journal->unlock(QStringLiteral("long enough passphrase")));
    CHECK(journal->state() == JournalService::State::Unlocked);
}

TEST_CASE("Switching to a passphrase keeps the keychain's key until the passphrase opens the "
          "journal",
          "[app][journal]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    REQUIRE(journal->state() == JournalService::State::Unlocked);
    REQUIRE(journal->database()->sessions().save("s1", SessionRecord{}).ok());
    const auto path = f.dir.path() / "data" / "journal.db";
    const auto opensWith = [&](DatabaseKey key) {
        OpenOptions options;
        options.readOnly = true;
        return Database::open(path, key, options).ok();
    };
    const auto passphrase = [](std::string text) {
        return DatabaseKey::passphrase(Passphrase::adopt(text));
    };
    {
        // Another program holds the write lock: the rekey cannot happen.
        sqlite3* writer = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &writer) == SQLITE_OK);
        const std::string key = "x'" + std::string(64, 'e') + "'";
        REQUIRE(sqlite3_key(writer, key.data(), static_cast<int>(key.size())) == SQLITE_OK);
        REQUIRE(sqlite3_exec(writer, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
        CHECK_FALSE(journal->usePassphraseInstead(QStringLiteral("long enough passphrase")));
        sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(writer);
    }
    CHECK(journal->statusMessage().contains(QStringLiteral("old key still opens")));
    CHECK_FALSE(journal->usesPassphrase());
    auto kept = f.secrets.readKey(kDatabaseKeyEntry);
    REQUIRE(kept.ok());
    CHECK(opensWith(DatabaseKey::raw(std::move(kept).value())));
    CHECK_FALSE(opensWith(passphrase("long enough passphrase")));
    // Still usable, and still with the keychain's key.
    REQUIRE(journal->database()->sessions().save("s2", SessionRecord{}).ok());
    CHECK(journal->sessionCount() == 2);

    // Without the other program, the switch happens; the key goes only then.
    CHECK(journal->usePassphraseInstead(QStringLiteral("long enough passphrase")));
    CHECK(journal->usesPassphrase());
    CHECK(opensWith(passphrase("long enough passphrase")));
    CHECK_FALSE(f.secrets.readKey(kDatabaseKeyEntry).ok());
    CHECK(journal->sessionCount() == 2);
}

TEST_CASE("A switch to a passphrase cut short at any point is finished or forgotten on the next "
          "start",
          "[app][journal][crash]") {
    enum class CutAt { BeforeRekey, AfterRekey, AfterKeyRemoved };
    const auto cut = GENERATE(CutAt::BeforeRekey, CutAt::AfterRekey, CutAt::AfterKeyRemoved);
    CAPTURE(static_cast<int>(cut));
    Fixture f;
    const auto path = f.dir.path() / "data" / "journal.db";
    {
        auto journal = f.service();
        journal->open();
        REQUIRE(journal->state() == JournalService::State::Unlocked);
        REQUIRE(journal->database()->sessions().save("s1", SessionRecord{}).ok());
    }
    // The state the app left when it was killed: the mark written, and the journal, the
    // keychain and the settings as they were at that moment.
    {
        QSettings settings(f.config().settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("journal/keyMode"),
                          QStringLiteral("switching-to-passphrase"));
    }
    if (cut != CutAt::BeforeRekey) {
        auto key = f.secrets.readKey(kDatabaseKeyEntry);
        REQUIRE(key.ok());
        auto db = Database::open(path, DatabaseKey::raw(std::move(key).value()));
        REQUIRE(db.ok());
        std::string text = "long enough passphrase";
        REQUIRE(db.value().rekey(DatabaseKey::passphrase(Passphrase::adopt(text))).ok());
    }
    if (cut == CutAt::AfterKeyRemoved) {
        REQUIRE(f.secrets.removeKey(kDatabaseKeyEntry).ok());
    }

    auto journal = f.service();
    journal->open();
    if (cut == CutAt::BeforeRekey) {
        // Nothing had changed: the keychain's key still opens it, and the mark is forgotten.
        CHECK(journal->state() == JournalService::State::Unlocked);
        CHECK_FALSE(journal->usesPassphrase());
        CHECK(journal->sessionCount() == 1);
        auto again = f.service();
        again->open();
        CHECK(again->state() == JournalService::State::Unlocked);
        return;
    }
    // The passphrase is what opens it now: asked for, never a new key made up.
    CHECK(journal->state() == JournalService::State::NeedsPassphrase);
    CHECK(journal->statusMessage().contains(QStringLiteral("switched your journal")));
    CHECK(f.keysMade == 1);
    CHECK_FALSE(journal->unlock(QStringLiteral("not the passphrase")));
    CHECK(journal->unlock(QStringLiteral("long enough passphrase")));
    CHECK(journal->state() == JournalService::State::Unlocked);
    CHECK(journal->sessionCount() == 1);
    // The switch is finished: the key left the keychain, and the next start asks for the
    // passphrase at once.
    CHECK_FALSE(f.secrets.readKey(kDatabaseKeyEntry).ok());
    CHECK(journal->usesPassphrase());
    auto next = f.service();
    next->open();
    CHECK(next->state() == JournalService::State::NeedsPassphrase);
}

TEST_CASE("A key lost from the keychain is explained, and nothing is made up", "[app][journal]") {
    Fixture f;
    {
        auto journal = f.service();
        journal->open();
        REQUIRE(journal->state() == JournalService::State::Unlocked);
    }
    REQUIRE(f.secrets.removeKey(kDatabaseKeyEntry).ok());
    auto journal = f.service();
    journal->open();
    CHECK(journal->state() == JournalService::State::KeyMissing);
    CHECK(journal->statusMessage().contains(QStringLiteral("backup")));
    CHECK(f.keysMade == 1);
}

TEST_CASE("Automatic backups: checked settings, a first backup at once, then daily",
          "[app][journal][backup]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    const QString folder = QString::fromStdString((f.dir.path() / "backups").string());
    CHECK_FALSE(journal->enableBackups(folder, QStringLiteral("backup passphrase")));
    CHECK(journal->backupMessage().contains(QStringLiteral("does not exist")));
    REQUIRE(QDir().mkpath(folder));
    CHECK_FALSE(journal->enableBackups(folder, QStringLiteral("short")));
    CHECK(journal->backupMessage().contains(QStringLiteral("at least 8")));
    REQUIRE(journal->enableBackups(folder, QStringLiteral("backup passphrase")));
    CHECK(journal->backupsEnabled());
    CHECK(journal->backupMessage().startsWith(QStringLiteral("Backed up to rollwise-")));
    CHECK_FALSE(journal->lastBackup().isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);

    f.clock.advance(Hours(2));
    journal->runDueBackup(); // not due yet
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);
    f.clock.advance(Days(1));
    journal->runDueBackup();
    const auto files = QDir(folder).entryList(QDir::Files);
    REQUIRE(files.size() == 2);
    // The backups open with the backup passphrase, and only with it.
    std::string passphrase = "backup passphrase";
    const auto file = std::filesystem::path(folder.toStdString()) / files.last().toStdString();
    CHECK(Database::verify(file, DatabaseKey::passphrase(Passphrase::adopt(passphrase))).ok());
    CHECK_FALSE(
        Database::verify(file, DatabaseKey::raw(*SecretKey::fromHex(std::string(64, 'e')))).ok());
}

TEST_CASE("Restore in the app: a preview that changes nothing, then a merge",
          "[app][journal][restore]") {
    Fixture f;
    // A backup made elsewhere, with two sessions.
    const auto backupFile = f.dir.path() / "other.rwbackup";
    {
        auto other =
            Database::open(f.dir.path() / "other.db", *SecretKey::fromHex(std::string(64, '2')));
        REQUIRE(other.ok());
        for (int i = 0; i < 2; ++i) {
            SessionRecord r;
            r.start = TimePoint(Seconds(1'780'000'000 + i * 86400 * 8));
            r.needleLengthUm = 250;
            r.outcome = SessionOutcome::Completed;
            r.zones.push_back(ZoneRecord{Zone::Chin, {PassRecord{}}, false, {}, false});
            REQUIRE(other.value().sessions().save("other-" + std::to_string(i), r).ok());
        }
        std::string passphrase = "the backup passphrase";
        REQUIRE(other.value()
                    .backups()
                    .write(backupFile, DatabaseKey::passphrase(Passphrase::adopt(passphrase)),
                           "0.1.0", TimePoint(Seconds(1'790'000'000)))
                    .ok());
    }
    auto journal = f.service();
    journal->open();
    const QString file = QString::fromStdString(backupFile.string());

    CHECK_FALSE(journal->previewRestore(file, QStringLiteral("wrong passphrase")));
    CHECK(journal->restoreMessage().contains(QStringLiteral("does not open this backup")));
    CHECK_FALSE(journal->restorePending());

    REQUIRE(journal->previewRestore(file, QStringLiteral("the backup passphrase")));
    CHECK(journal->restorePending());
    CHECK(journal->restoreMessage().contains(QStringLiteral("holds 2 sessions")));
    CHECK(journal->restoreMessage().contains(QStringLiteral("New to this journal: 2 sessions")));
    CHECK(journal->sessionCount() == 0); // the preview changed nothing

    REQUIRE(journal->confirmRestore());
    CHECK_FALSE(journal->restorePending());
    CHECK(journal->sessionCount() == 2);
    CHECK(journal->restoreMessage() ==
          QStringLiteral("Restored: 2 sessions added; nothing was overwritten."));

    // Again: nothing new, nothing doubled.
    REQUIRE(journal->previewRestore(file, QStringLiteral("the backup passphrase")));
    CHECK(journal->restoreMessage().contains(QStringLiteral("New to this journal: 0 sessions")));
    journal->cancelRestore();
    CHECK_FALSE(journal->restorePending());
    CHECK(journal->sessionCount() == 2);
}
