// The journal's services as the app wires them: access (keychain, passphrase, switching,
// recovery), the journal's contents, and backups with restore. Every state the user can meet,
// asserted as the typed state the UI is given.
#include "services/backup_manager.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "temp_dir.h"

#include <rollwise/core/journal.h>

#include <QDir>
#include <QFile>
#include <QSettings>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <sqlcipher/sqlite3.h>

using namespace rollwise;
using rollwise::app::BackupManager;
using rollwise::app::JournalAccess;
using rollwise::app::JournalManager;
using State = rollwise::app::JournalAccess::State;
using Problem = rollwise::app::JournalAccess::Problem;

namespace {

// The services wired as the composition root wires them.
struct Services {
    std::unique_ptr<JournalAccess> access;
    std::unique_ptr<JournalManager> journal;
    std::unique_ptr<BackupManager> backups;
    Database* db = nullptr; // what `opened` handed out, for the test's own writes

    void open() { access->open(); }
    [[nodiscard]] State state() const { return access->state(); }
    [[nodiscard]] Problem problem() const { return access->problem(); }
    [[nodiscard]] bool usesPassphrase() const {
        return access->keyMode() == JournalAccess::KeyMode::Passphrase;
    }
    [[nodiscard]] int sessionCount() const { return journal->sessionCount(); }
};

struct Fixture {
    rollwise::test::TempDir dir;
    MemorySecretStore secrets;
    ManualClock clock{TimePoint(Seconds(1'790'000'000))};
    int keysMade = 0;

    QString settingsFile() const {
        return QString::fromStdString((dir.path() / "rollwise.ini").string());
    }
    std::unique_ptr<Services> service() {
        auto s = std::make_unique<Services>();
        JournalAccess::Config config;
        config.databasePath = dir.path() / "data" / "journal.db";
        config.settingsFile = settingsFile();
        s->access = std::make_unique<JournalAccess>(config, secrets, clock, [this] {
            ++keysMade;
            return *SecretKey::fromHex(std::string(64, 'e'));
        });
        s->journal = std::make_unique<JournalManager>(clock);
        BackupManager::Config backups;
        backups.settingsFile = settingsFile();
        backups.appVersion = QStringLiteral("0.1.0");
        s->backups = std::make_unique<BackupManager>(backups, secrets, clock);
        Services* raw = s.get();
        QObject::connect(s->access.get(), &JournalAccess::opened, s->journal.get(),
                         [raw](Database& db) {
                             raw->db = &db;
                             raw->journal->attach(db);
                             raw->backups->attach(db);
                         });
        QObject::connect(s->backups.get(), &BackupManager::journalMerged, s->journal.get(),
                         &JournalManager::merged);
        return s;
    }
};

} // namespace

TEST_CASE("A first start creates the journal with a key in the keychain", "[app][journal]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    CHECK(journal->state() == State::Unlocked);
    CHECK(journal->db != nullptr);
    CHECK(journal->sessionCount() == 0);
    CHECK(f.keysMade == 1);
    CHECK(std::filesystem::exists(f.dir.path() / "data" / "journal.db"));
    // The data folder is private.
    CHECK((std::filesystem::status(f.dir.path() / "data").permissions() &
           std::filesystem::perms::others_all) == std::filesystem::perms::none);
    // The clock's high-water mark is noted for the guard.
    CHECK(journal->db->settings().clockHighWater().value() == f.clock.now());
    CHECK(journal->journal->available());
}

TEST_CASE("The recovery code is the keychain's key, and opens the journal without it",
          "[app][journal]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    REQUIRE(journal->state() == State::Unlocked);
    const QString code = journal->access->recoveryCode();
    REQUIRE_FALSE(code.isEmpty());
    auto key = parseRecoveryCode(code.toStdString());
    REQUIRE(key.has_value());
    OpenOptions options;
    options.readOnly = true;
    CHECK(Database::open(f.dir.path() / "data" / "journal.db", DatabaseKey::raw(std::move(*key)),
                         options)
              .ok());
    // With a passphrase there is no key to show.
    REQUIRE(journal->access->usePassphraseInstead(QStringLiteral("long enough passphrase")));
    CHECK(journal->access->recoveryCode().isEmpty());
}

TEST_CASE("Without a keychain the user is told, and can use a passphrase instead",
          "[app][journal]") {
    Fixture f;
    f.secrets.setUnavailable(true);
    {
        auto journal = f.service();
        journal->open();
        CHECK(journal->state() == State::KeychainUnavailable);
        CHECK(journal->problem() == Problem::KeychainUnavailable);
        CHECK(journal->db == nullptr);
        CHECK_FALSE(journal->access->usePassphraseInstead(QStringLiteral("short")));
        CHECK(journal->problem() == Problem::PassphraseTooShort);
        // Eight characters, counted as people count them (not as UTF-8 bytes).
        CHECK_FALSE(journal->access->usePassphraseInstead(QStringLiteral("ééééééé")));
        CHECK(journal->access->usePassphraseInstead(QStringLiteral("long enough passphrase")));
        CHECK(journal->state() == State::Unlocked);
        CHECK(journal->usesPassphrase());
    }
    // Next start: the passphrase is asked for; a wrong one is refused with a reason.
    auto journal = f.service();
    journal->open();
    CHECK(journal->state() == State::NeedsPassphrase);
    CHECK_FALSE(journal->access->unlock(QStringLiteral("wrong passphrase")));
    CHECK(journal->state() == State::NeedsPassphrase);
    CHECK(journal->problem() == Problem::WrongPassphrase);
    CHECK(journal->access->unlock(QStringLiteral("long enough passphrase")));
    CHECK(journal->state() == State::Unlocked);
}

TEST_CASE("Switching to a passphrase keeps the keychain's key until the passphrase opens the "
          "journal",
          "[app][journal]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    REQUIRE(journal->state() == State::Unlocked);
    REQUIRE(journal->db->sessions().save("s1", SessionRecord{}).ok());
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
        CHECK_FALSE(
            journal->access->usePassphraseInstead(QStringLiteral("long enough passphrase")));
        sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(writer);
    }
    CHECK(journal->problem() == Problem::SwitchFailed);
    CHECK_FALSE(journal->usesPassphrase());
    auto kept = f.secrets.readKey(kDatabaseKeyEntry);
    REQUIRE(kept.ok());
    CHECK(opensWith(DatabaseKey::raw(std::move(kept).value())));
    CHECK_FALSE(opensWith(passphrase("long enough passphrase")));
    // Still usable, and still with the keychain's key.
    REQUIRE(journal->db->sessions().save("s2", SessionRecord{}).ok());
    CHECK(journal->sessionCount() == 2);

    // Without the other program, the switch happens; the key goes only then.
    CHECK(journal->access->usePassphraseInstead(QStringLiteral("long enough passphrase")));
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
        REQUIRE(journal->state() == State::Unlocked);
        REQUIRE(journal->db->sessions().save("s1", SessionRecord{}).ok());
    }
    // The state the app left when it was killed: the mark written, and the journal, the
    // keychain and the settings as they were at that moment.
    {
        QSettings settings(f.settingsFile(), QSettings::IniFormat);
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
        CHECK(journal->state() == State::Unlocked);
        CHECK_FALSE(journal->usesPassphrase());
        CHECK(journal->sessionCount() == 1);
        auto again = f.service();
        again->open();
        CHECK(again->state() == State::Unlocked);
        return;
    }
    // The passphrase is what opens it now: asked for, never a new key made up.
    CHECK(journal->state() == State::NeedsPassphrase);
    CHECK(journal->problem() == Problem::SwitchInterrupted);
    CHECK(f.keysMade == 1);
    CHECK_FALSE(journal->access->unlock(QStringLiteral("not the passphrase")));
    CHECK(journal->access->unlock(QStringLiteral("long enough passphrase")));
    CHECK(journal->state() == State::Unlocked);
    CHECK(journal->sessionCount() == 1);
    // The switch is finished: the key left the keychain, and the next start asks for the
    // passphrase at once.
    CHECK_FALSE(f.secrets.readKey(kDatabaseKeyEntry).ok());
    CHECK(journal->usesPassphrase());
    auto next = f.service();
    next->open();
    CHECK(next->state() == State::NeedsPassphrase);
}

TEST_CASE("A key lost from the keychain is explained, and nothing is made up", "[app][journal]") {
    Fixture f;
    {
        auto journal = f.service();
        journal->open();
        REQUIRE(journal->state() == State::Unlocked);
    }
    REQUIRE(f.secrets.removeKey(kDatabaseKeyEntry).ok());
    auto journal = f.service();
    journal->open();
    CHECK(journal->state() == State::KeyMissing);
    CHECK(journal->problem() == Problem::KeyMissing);
    CHECK(journal->journal->available() == false);
    CHECK(f.keysMade == 1);
}

TEST_CASE("Automatic backups: checked settings, a first backup at once, then daily",
          "[app][journal][backup]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    const QString folder = QString::fromStdString((f.dir.path() / "backups").string());
    auto& backups = *journal->backups;
    CHECK_FALSE(backups.enable(folder, QStringLiteral("backup passphrase")));
    CHECK(backups.backupProblem() == BackupManager::Problem::FolderMissing);
    REQUIRE(QDir().mkpath(folder));
    CHECK_FALSE(backups.enable(folder, QStringLiteral("short")));
    CHECK(backups.backupProblem() == BackupManager::Problem::PassphraseTooShort);
    CHECK_FALSE(backups.enabled());
    REQUIRE(backups.enable(folder, QStringLiteral("backup passphrase")));
    CHECK(backups.enabled());
    CHECK(backups.backupOutcome() == BackupManager::Outcome::Written);
    CHECK(backups.backupProblem() == BackupManager::Problem::None);
    CHECK(backups.lastFile().startsWith(QStringLiteral("rollwise-")));
    CHECK(backups.lastBackup() == QDateTime::fromSecsSinceEpoch(1'790'000'000));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{backups.lastFile()});
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);

    f.clock.advance(Hours(2));
    backups.runDueBackup(); // not due yet
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);
    f.clock.advance(Days(1));
    backups.runDueBackup();
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

    auto& backups = *journal->backups;
    int mergedSignals = 0;
    QObject::connect(journal->journal.get(), &JournalManager::sessionsChanged,
                     [&] { ++mergedSignals; });
    CHECK_FALSE(backups.previewRestore(file, QStringLiteral("wrong passphrase")));
    CHECK(backups.restoreStep() == BackupManager::RestoreStep::Failed);
    CHECK(backups.restoreProblem() == BackupManager::Problem::WrongPassphrase);

    const QString notABackup = QString::fromStdString((f.dir.path() / "notes.txt").string());
    {
        QFile text(notABackup);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("not a backup at all, just some words that are long enough to be a header");
    }
    CHECK_FALSE(backups.previewRestore(notABackup, QStringLiteral("the backup passphrase")));
    CHECK(backups.restoreStep() == BackupManager::RestoreStep::Failed);
    CHECK(backups.restoreProblem() != BackupManager::Problem::None);

    REQUIRE(backups.previewRestore(file, QStringLiteral("the backup passphrase")));
    CHECK(backups.restoreStep() == BackupManager::RestoreStep::Previewed);
    CHECK(backups.previewSessions() == 2);
    CHECK(backups.newSessions() == 2);
    CHECK(backups.previewFirstSession() == QDateTime::fromSecsSinceEpoch(1'780'000'000));
    CHECK(backups.previewLastSession() == QDateTime::fromSecsSinceEpoch(1'780'000'000 + 86400 * 8));
    CHECK(journal->sessionCount() == 0); // the preview changed nothing

    CHECK(mergedSignals == 0);
    REQUIRE(backups.confirmRestore());
    CHECK(backups.restoreStep() == BackupManager::RestoreStep::Restored);
    CHECK(backups.sessionsAdded() == 2);
    CHECK(journal->sessionCount() == 2);
    CHECK(mergedSignals == 1); // the journal's views are told

    // Again: nothing new, nothing doubled.
    REQUIRE(backups.previewRestore(file, QStringLiteral("the backup passphrase")));
    CHECK(backups.newSessions() == 0);
    backups.cancelRestore();
    CHECK(backups.restoreStep() == BackupManager::RestoreStep::None);
    CHECK_FALSE(backups.confirmRestore()); // nothing held after a cancel
    CHECK(journal->sessionCount() == 2);
}

TEST_CASE("The journal's counts are read once per change, then again after it", "[app][journal]") {
    Fixture f;
    auto journal = f.service();
    journal->open();
    REQUIRE(journal->state() == State::Unlocked);
    CHECK(journal->sessionCount() == 0);
    CHECK(journal->journal->pendingDeviceSessionCount() == 0);
    // A write nobody announced: the badge's bindings keep the value they read.
    REQUIRE(journal->db->sessions().save("s1", SessionRecord{}).ok());
    CHECK(journal->sessionCount() == 0);
    // The services announce every write they make; the next read sees it.
    emit journal->journal->sessionsChanged();
    CHECK(journal->sessionCount() == 1);
}
