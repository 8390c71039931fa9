// Settings and its pages through the real QML with a real (ephemeral) journal: limits, backups
// with chosen folders and files, restore (corrupt, wrong passphrase, real), export (and a full
// disk), the journal's key, the language.
#include "root/application.h"
#include "services/backup_manager.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "store_fixtures.h"
#include "temp_dir.h"
#include "ui_helpers.h"

#include <rollwise/core/journal.h>
#include <rollwise/core/secret_store.h>
#include <rollwise/core/session_store.h>

#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

#include <fstream>

using namespace rollwise::app;
using rollwise::test::click;
using rollwise::test::findItem;
using rollwise::test::findVisible;
using rollwise::test::settleWindow;
using rollwise::test::waitUntil;

namespace {

constexpr QSize kPhone{390, 844};

QString textOf(QQuickItem* item) {
    return item != nullptr ? item->property("text").toString() : QString();
}

int backupFiles(const std::filesystem::path& folder) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        count += entry.path().extension() == ".rwbackup" ? 1 : 0;
    }
    return count;
}

// Whether `text` opens the journal file (a connection of its own).
bool opens(const std::filesystem::path& file, std::string text) {
    return rollwise::openWithPassphrase(file, rollwise::Passphrase::adopt(text)).ok();
}

} // namespace

TEST_CASE("Limits are made stricter from Settings, never looser, and kept in the journal",
          "[ui][settings][limits]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    REQUIRE(services->journal->available());
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("settings")));
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();
    // Reached from Settings, as a person would.
    REQUIRE(click(findVisible(root, QStringLiteral("limitsLink"))));
    settleWindow(*ui.window, kPhone);
    REQUIRE(findVisible(root, QStringLiteral("limitsPage")) != nullptr);

    // Row 0 is the interval multiplier (higher is stricter), row 1 the passes per zone.
    REQUIRE(click(
        findItem(findVisible(root, QStringLiteral("limit0")), QStringLiteral("looserButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(services->journal->profile()->limits.intervalMultiplier == 1.0);
    CHECK_FALSE(textOf(findVisible(root, QStringLiteral("limitsMessage"))).isEmpty());

    REQUIRE(click(
        findItem(findVisible(root, QStringLiteral("limit0")), QStringLiteral("stricterButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(services->journal->profile()->limits.intervalMultiplier == 1.5);
    CHECK(findVisible(root, QStringLiteral("limitsMessage")) == nullptr); // the refusal is gone

    REQUIRE(click(
        findItem(findVisible(root, QStringLiteral("limit1")), QStringLiteral("stricterButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(services->journal->profile()->limits.zonePassCap == 15);
    // Looser again is allowed down to the floor, not past it.
    REQUIRE(click(
        findItem(findVisible(root, QStringLiteral("limit1")), QStringLiteral("looserButton"))));
    REQUIRE(click(
        findItem(findVisible(root, QStringLiteral("limit1")), QStringLiteral("looserButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(services->journal->profile()->limits.zonePassCap == 16);
    CHECK_FALSE(textOf(findVisible(root, QStringLiteral("limitsMessage"))).isEmpty());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Backups go into a chosen folder; a corrupt backup and a wrong passphrase are refused; "
          "a real one is restored with its preview",
          "[ui][settings][backup]") {
    WarningCollector collector;
    rollwise::test::TempDir dir;
    const auto services = makeEphemeralServices();
    BackupManager& backups = *services->backups;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("data")));
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();
    QQuickItem* page = findVisible(root, QStringLiteral("dataPage"));
    REQUIRE(page != nullptr);

    // The folder comes from the folder dialog (its accepted URL), never typed.
    const auto folder = dir.path() / "backups";
    std::filesystem::create_directories(folder);
    page->setProperty("backupFolder", QUrl::fromLocalFile(QString::fromStdString(folder.string())));
    settleWindow(*ui.window, kPhone);
    CHECK(textOf(findVisible(root, QStringLiteral("chosenBackupFolder")))
              .endsWith(QStringLiteral("backups")));
    findVisible(root, QStringLiteral("backupPassphraseField"))
        ->setProperty("text", QStringLiteral("backup passphrase 1"));
    REQUIRE(click(findVisible(root, QStringLiteral("enableBackupsButton"))));
    // Long work says it is running before it starts.
    CHECK(findItem(root, QStringLiteral("work"))->property("busy").toBool());
    REQUIRE(waitUntil([&] { return backups.backupOutcome() != BackupManager::Outcome::None; }));
    CHECK(backups.backupOutcome() == BackupManager::Outcome::Written);
    CHECK(backups.enabled());
    CHECK(backupFiles(folder) == 1);
    settleWindow(*ui.window, kPhone);
    CHECK_FALSE(textOf(findVisible(root, QStringLiteral("lastBackup"))).isEmpty());

    // A corrupt backup (the one just made, with bytes flipped past its first page): refused
    // with the right passphrase, and the page says so.
    const auto made = std::filesystem::directory_iterator(folder)->path();
    const auto corrupt = dir.path() / "corrupt.rwbackup";
    std::filesystem::copy_file(made, corrupt);
    {
        const auto size = std::filesystem::file_size(corrupt);
        REQUIRE(size > 8192);
        std::fstream file(corrupt, std::ios::binary | std::ios::in | std::ios::out);
        file.seekp(static_cast<std::streamoff>(size / 2));
        file << std::string(64, '\x5a');
    }
    page->setProperty("restoreFile", QUrl::fromLocalFile(QString::fromStdString(corrupt.string())));
    settleWindow(*ui.window, kPhone);
    findVisible(root, QStringLiteral("restorePassphraseField"))
        ->setProperty("text", QStringLiteral("backup passphrase 1"));
    REQUIRE(click(findVisible(root, QStringLiteral("restorePreviewButton"))));
    REQUIRE(waitUntil([&] { return backups.restoreStep() != BackupManager::RestoreStep::None; }));
    CHECK(backups.restoreStep() == BackupManager::RestoreStep::Failed);
    CHECK(backups.restoreProblem() == BackupManager::Problem::Corrupt);
    settleWindow(*ui.window, kPhone);
    CHECK(findVisible(root, QStringLiteral("restoreMessage"))->property("problem").toBool());
    CHECK_FALSE(textOf(findVisible(root, QStringLiteral("restoreMessage"))).isEmpty());

    // Another journal's backup with two sessions.
    const auto other = dir.path() / "other.rwbackup";
    {
        auto db = rollwise::Database::open(dir.path() / "other.db",
                                           rollwise::test::passphraseKey("other journal pass"));
        REQUIRE(db);
        const auto start = std::chrono::floor<std::chrono::seconds>(
            std::chrono::system_clock::now() - std::chrono::hours(24 * 30));
        REQUIRE(db.value().sessions().save("s-1", rollwise::test::sampleSession(start)));
        REQUIRE(db.value().sessions().save(
            "s-2", rollwise::test::sampleSession(start + std::chrono::hours(24 * 7))));
        REQUIRE(db.value().backups().write(other,
                                           rollwise::test::passphraseKey("other backup pass"),
                                           "test", start + std::chrono::hours(24 * 8)));
    }
    page->setProperty("restoreFile", QUrl::fromLocalFile(QString::fromStdString(other.string())));
    settleWindow(*ui.window, kPhone);
    findVisible(root, QStringLiteral("restorePassphraseField"))
        ->setProperty("text", QStringLiteral("not the passphrase"));
    REQUIRE(click(findVisible(root, QStringLiteral("restorePreviewButton"))));
    REQUIRE(waitUntil([&] {
        return backups.restoreStep() == BackupManager::RestoreStep::Failed &&
               backups.restoreProblem() == BackupManager::Problem::WrongPassphrase;
    }));
    CHECK(services->journal->sessionCount() == 0);

    findVisible(root, QStringLiteral("restorePassphraseField"))
        ->setProperty("text", QStringLiteral("other backup pass"));
    REQUIRE(click(findVisible(root, QStringLiteral("restorePreviewButton"))));
    REQUIRE(
        waitUntil([&] { return backups.restoreStep() == BackupManager::RestoreStep::Previewed; }));
    CHECK(backups.newSessions() == 2);
    CHECK(services->journal->sessionCount() == 0); // a preview changes nothing
    settleWindow(*ui.window, kPhone);
    CHECK_FALSE(textOf(findVisible(root, QStringLiteral("restoreMessage"))).isEmpty());
    REQUIRE(click(findVisible(root, QStringLiteral("restoreConfirmButton"))));
    REQUIRE(
        waitUntil([&] { return backups.restoreStep() == BackupManager::RestoreStep::Restored; }));
    CHECK(services->journal->sessionCount() == 2);
    REQUIRE(saveScreenshot(*ui.window, kPhone,
                           rollwise::test::screenshotPath("data-restored-phone.png")));
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Export writes where the user chose and says where; a full disk says so and loses "
          "nothing",
          "[ui][settings][export]") {
    WarningCollector collector;
    rollwise::test::TempDir dir;
    const auto services = makeEphemeralServices();
    BackupManager& backups = *services->backups;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("data")));
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();
    QQuickItem* page = findVisible(root, QStringLiteral("dataPage"));
    REQUIRE(page != nullptr);

    // What the save dialog accepted.
    const auto csv = dir.path() / "journal.csv";
    REQUIRE(QMetaObject::invokeMethod(
        page, "exportTo", Q_ARG(QUrl, QUrl::fromLocalFile(QString::fromStdString(csv.string())))));
    REQUIRE(waitUntil([&] { return backups.exportOutcome() != BackupManager::Outcome::None; }));
    CHECK(backups.exportOutcome() == BackupManager::Outcome::Written);
    REQUIRE(std::filesystem::exists(csv));
    settleWindow(*ui.window, kPhone);
    CHECK(textOf(findVisible(root, QStringLiteral("exportMessage")))
              .contains(QString::fromStdString(csv.string())));

    // JSON, chosen on the page.
    page->setProperty("exportJson", true);
    const auto json = dir.path() / "journal.json";
    REQUIRE(QMetaObject::invokeMethod(
        page, "exportTo", Q_ARG(QUrl, QUrl::fromLocalFile(QString::fromStdString(json.string())))));
    REQUIRE(waitUntil([&] { return std::filesystem::exists(json); }));
    {
        std::ifstream in(json);
        std::string first;
        in >> first;
        CHECK(first.front() == '{');
    }

    // The disk fills up while the export is written: the writer fails as core's atomic writer
    // does on ENOSPC (it never leaves a partial file).
    backups.setExporter(
        [](const rollwise::Database&, const std::filesystem::path&,
           BackupManager::ExportFormat) -> rollwise::Status<rollwise::DatabaseError> {
            return rollwise::Failure{
                rollwise::DatabaseError{rollwise::DatabaseErrorCode::DiskFull, "the disk is full"}};
        });
    const int sessionsBefore = services->journal->sessionCount();
    const auto full = dir.path() / "full.csv";
    REQUIRE(QMetaObject::invokeMethod(
        page, "exportTo", Q_ARG(QUrl, QUrl::fromLocalFile(QString::fromStdString(full.string())))));
    REQUIRE(waitUntil([&] { return backups.exportOutcome() == BackupManager::Outcome::Failed; }));
    CHECK(backups.exportProblem() == BackupManager::Problem::DiskFull);
    CHECK_FALSE(std::filesystem::exists(full));
    CHECK(services->journal->sessionCount() == sessionsBefore);
    settleWindow(*ui.window, kPhone);
    auto* message = findVisible(root, QStringLiteral("exportMessage"));
    REQUIRE(message != nullptr);
    CHECK(message->property("problem").toBool());
    CHECK_FALSE(textOf(message).contains(QString::fromStdString(full.string())));
    REQUIRE(saveScreenshot(*ui.window, kPhone,
                           rollwise::test::screenshotPath("data-disk-full-phone.png")));
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The journal's passphrase is changed (a wrong one refused) and the key goes back to "
          "the keychain with its recovery code",
          "[ui][settings][key]") {
    WarningCollector collector;
    ServiceOptions options;
    options.ephemeral = true;
    auto secrets = std::make_unique<rollwise::MemorySecretStore>();
    auto* store = secrets.get();
    store->setUnavailable(true);
    options.secrets = std::move(secrets);
    const auto services = makeServices(std::move(options));
    JournalAccess& access = *services->access;
    REQUIRE(access.usePassphraseInstead(QStringLiteral("first passphrase")));
    REQUIRE(access.keyMode() == JournalAccess::KeyMode::Passphrase);
    const auto journalFile =
        std::filesystem::path(services->scratch->path().toStdString()) / "journal.db";

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("key")));
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();

    // A wrong current passphrase: refused, and the page says so.
    findVisible(root, QStringLiteral("currentPassphraseField"))
        ->setProperty("text", QStringLiteral("not my passphrase"));
    findVisible(root, QStringLiteral("newPassphraseField"))
        ->setProperty("text", QStringLiteral("second passphrase"));
    REQUIRE(click(findVisible(root, QStringLiteral("changePassphraseButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(access.problem() == JournalAccess::Problem::WrongPassphrase);
    CHECK_FALSE(textOf(findVisible(root, QStringLiteral("keyMessage"))).isEmpty());
    CHECK(opens(journalFile, "first passphrase"));

    findVisible(root, QStringLiteral("currentPassphraseField"))
        ->setProperty("text", QStringLiteral("first passphrase"));
    findVisible(root, QStringLiteral("newPassphraseField"))
        ->setProperty("text", QStringLiteral("second passphrase"));
    REQUIRE(click(findVisible(root, QStringLiteral("changePassphraseButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(access.problem() == JournalAccess::Problem::None);
    CHECK(opens(journalFile, "second passphrase"));
    CHECK_FALSE(opens(journalFile, "first passphrase"));
    CHECK(textOf(findVisible(root, QStringLiteral("currentPassphraseField"))).isEmpty());

    // Back to the keychain: a fresh key there opens the journal, and its code is shown.
    store->setUnavailable(false);
    findVisible(root, QStringLiteral("currentPassphraseField"))
        ->setProperty("text", QStringLiteral("second passphrase"));
    REQUIRE(click(findVisible(root, QStringLiteral("useKeychainButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(access.keyMode() == JournalAccess::KeyMode::Keychain);
    const QString code = textOf(findVisible(root, QStringLiteral("recoveryCode")));
    CHECK(code.size() == 79);
    CHECK(code == access.recoveryCode());
    CHECK_FALSE(opens(journalFile, "second passphrase"));
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The language chosen in Settings is kept for the next start", "[ui][settings]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("settings")));
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();
    // Every language Rollwise speaks is offered in its own words.
    QQuickItem* german = findVisible(root, QStringLiteral("choice_de"));
    REQUIRE(german != nullptr);
    CHECK(german->property("text").toString() == QStringLiteral("Deutsch"));
    REQUIRE(findVisible(root, QStringLiteral("choice_en")) != nullptr);
    CHECK(findVisible(root, QStringLiteral("choice_en"))->property("text").toString() ==
          QStringLiteral("English"));
    REQUIRE(click(german));
    settleWindow(*ui.window, kPhone);
    CHECK(services->preferences->language() == QStringLiteral("de"));
    // A language Rollwise does not speak is never kept.
    services->preferences->setLanguage(QStringLiteral("xx"));
    CHECK(services->preferences->language() == QStringLiteral("de"));
    CHECK(Preferences::storedLanguage(
              QDir(services->scratch->path()).filePath(QStringLiteral("rollwise.ini"))) ==
          QStringLiteral("de"));
    // Reminders moved under Settings: opened from there, with a way back.
    REQUIRE(click(findVisible(root, QStringLiteral("remindersLink"))));
    settleWindow(*ui.window, kPhone);
    CHECK(findVisible(root, QStringLiteral("remindersPage")) != nullptr);
    CHECK(collector.warnings().isEmpty());
}
