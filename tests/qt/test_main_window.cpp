#include "models/head_list_model.h"
#include "navigation.h"
#include "root/application.h"
#include "services/device_manager.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "services/reminder_manager.h"
#include "temp_dir.h"
#include "ui_helpers.h"

#include <rollwise/core/secret_store.h>
#include <rollwise/core/situation.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise::app;

namespace {

using rollwise::test::findItem;
void settle(QQuickWindow& window, QSize size) {
    rollwise::test::settleWindow(window, size);
}
// Every UI test needs the app's services, as the composition root provides them.
struct WithServices {
    std::unique_ptr<Services> services = makeEphemeralServices();
};
} // namespace

namespace {

bool showsText(QQuickItem* root, const QString& text) {
    if (root->property("text").toString() == text && root->isVisible()) {
        return true;
    }
    const auto children = root->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&](QQuickItem* child) { return showsText(child, text); });
}

} // namespace

TEST_CASE("The main window loads without warnings and lists every zone", "[ui]") {
    WarningCollector collector;
    WithServices services;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    settle(*ui.window, {390, 844});
    // Home first; the zones a session covers are a page of their own.
    CHECK(ui.window->property("currentPage").toInt() == AppPage::Home);
    REQUIRE(showPage(*ui.window, QStringLiteral("zones")));
    settle(*ui.window, {390, 844});

    auto* list = findItem(ui.window->contentItem(), QStringLiteral("zoneList"));
    REQUIRE(list != nullptr);
    CHECK(list->property("count").toInt() == 9);
    CHECK(showsText(ui.window->contentItem(), QStringLiteral("Never needled")));
    CHECK(showsText(ui.window->contentItem(), QStringLiteral("Eye area")));
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The layout adapts between phone and desktop", "[ui]") {
    WarningCollector collector;
    WithServices services;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("zones")));
    auto* list = findItem(ui.window->contentItem(), QStringLiteral("zoneList"));
    REQUIRE(list != nullptr);

    settle(*ui.window, {390, 844});
    CHECK(ui.window->property("compact").toBool());
    CHECK(list->property("cellWidth").toReal() >= list->width() - 1);

    settle(*ui.window, {1280, 800});
    CHECK_FALSE(ui.window->property("compact").toBool());
    // Several zone cards side by side on a desktop.
    CHECK(list->property("cellWidth").toReal() < list->width() / 2);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Screens render at phone and desktop size, light and dark", "[ui][screenshot]") {
    WarningCollector collector;
    WithServices services;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    const QDir out(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
    REQUIRE(QDir().mkpath(out.path()));
    struct Look {
        Preferences::Theme theme;
        const char* name;
        QColor header;
        QColor background;
    };
    for (const Look& look :
         {Look{Preferences::Theme::Light, "light", QColor("#2f7d73"), QColor("#f7f5f2")},
          Look{Preferences::Theme::Dark, "dark", QColor("#1c3531"), QColor("#161817")}}) {
        services.services->preferences->setTheme(look.theme);
        for (const char* page : {"zones", "journal"}) {
            REQUIRE(showPage(*ui.window, QString::fromLatin1(page)));
            for (const auto& [form, size] :
                 {std::pair{"phone", QSize(390, 844)}, std::pair{"desktop", QSize(1280, 800)}}) {
                const QString path = out.filePath(
                    QStringLiteral("%1-%2-%3.png")
                        .arg(QLatin1String(page), QLatin1String(form), QLatin1String(look.name)));
                REQUIRE(saveScreenshot(*ui.window, size, path));
                const QImage image(path);
                REQUIRE(image.size() == size);
                // Not a blank frame: the theme's header and background colours both appear.
                CHECK(image.pixelColor(5, 5) == look.header);
                CHECK(image.pixelColor(size.width() - 5, size.height() / 2) == look.background);
            }
        }
    }
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The warning collector catches QML errors, so the self-test can fail", "[ui]") {
    WarningCollector collector;
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nItem { width: undefinedThing.width }", QUrl());
    std::unique_ptr<QObject> object(component.create());
    REQUIRE(object != nullptr);
    REQUIRE_FALSE(collector.warnings().isEmpty());
    CHECK(collector.warnings().join('\n').contains(QStringLiteral("undefinedThing")));
}

TEST_CASE("The journal page shows the journal's state and unlocks with a passphrase",
          "[ui][journal]") {
    WarningCollector collector;
    ServiceOptions options;
    options.ephemeral = true;
    auto secrets = std::make_unique<rollwise::MemorySecretStore>();
    secrets->setUnavailable(true);
    options.secrets = std::move(secrets);
    const auto services = makeServices(std::move(options));
    JournalAccess& access = *services->access;
    REQUIRE(access.state() == JournalAccess::State::KeychainUnavailable);

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("journal")));
    settle(*ui.window, {390, 844});
    QQuickItem* root = ui.window->contentItem();
    auto* title = findItem(root, QStringLiteral("journalStatusTitle"));
    REQUIRE(title != nullptr);
    CHECK(title->property("text").toString().endsWith(
        QStringLiteral("Choose how to lock your journal")));
    REQUIRE(
        saveScreenshot(*ui.window, {390, 844},
                       QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-no-keychain-phone.png")));

    auto* field = findItem(root, QStringLiteral("passphraseField"));
    auto* button = findItem(root, QStringLiteral("unlockButton"));
    REQUIRE(field != nullptr);
    REQUIRE(button != nullptr);
    CHECK(field->isVisible());
    // Too short: refused, and the page says why.
    field->setProperty("text", QStringLiteral("short"));
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
    settle(*ui.window, {390, 844});
    CHECK(access.problem() == JournalAccess::Problem::PassphraseTooShort);
    CHECK(access.state() == JournalAccess::State::KeychainUnavailable);
    auto* message = findItem(root, QStringLiteral("journalStatusMessage"));
    REQUIRE(message != nullptr);
    CHECK_FALSE(message->property("text").toString().isEmpty());

    field->setProperty("text", QStringLiteral("a long passphrase"));
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
    settle(*ui.window, {390, 844});
    CHECK(access.state() == JournalAccess::State::Unlocked);
    CHECK(access.keyMode() == JournalAccess::KeyMode::Passphrase);
    CHECK(services->journal->available());
    CHECK(field->property("text").toString().isEmpty()); // the passphrase does not linger
    CHECK_FALSE(field->isVisible());
    REQUIRE(saveScreenshot(*ui.window, {1280, 800},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-desktop.png")));
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The simulated device is labelled as such and syncs into the journal", "[ui][device]") {
    WarningCollector collector;
    WithServices services;
    DeviceManager& devices = *services.services->devices;
    JournalManager& journal = *services.services->journal;
    // The roller comes back from a trip with three sessions it stored, the last yesterday.
    REQUIRE(devices.seedSimulatedSessions(3, 1, 12) == 3);
    REQUIRE(journal.sessionCount() == 0);
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("journal")));
    settle(*ui.window, {390, 844});
    QQuickItem* root = ui.window->contentItem();
    auto* badge = findItem(root, QStringLiteral("simulatedBadge"));
    auto* state = findItem(root, QStringLiteral("deviceState"));
    auto* button = findItem(root, QStringLiteral("deviceSyncButton"));
    REQUIRE(badge != nullptr);
    REQUIRE(state != nullptr);
    REQUIRE(button != nullptr);
    CHECK(badge->isVisible());
    CHECK(devices.simulated());
    CHECK(devices.state() == DeviceManager::LinkState::Disconnected);
    const QString before = state->property("text").toString();
    CHECK_FALSE(before.isEmpty());
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
    // The simulated link runs on the app's clock: wait (bounded) for the real sync to finish.
    QElapsedTimer timer;
    timer.start();
    while (devices.state() != DeviceManager::LinkState::UpToDate &&
           devices.state() != DeviceManager::LinkState::Failed && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    REQUIRE(devices.state() == DeviceManager::LinkState::UpToDate);
    CHECK(devices.problem() == DeviceManager::Problem::None);
    CHECK(devices.newlyStored() == 3);
    CHECK(devices.connected());
    settle(*ui.window, {390, 844});
    CHECK(state->property("text").toString() != before); // the page says it is done

    // The sessions are in the journal, counted, and on the head.
    CHECK(journal.sessionCount() == 3);
    HeadListModel heads;
    QAbstractItemModelTester tester(&heads, QAbstractItemModelTester::FailureReportingMode::Fatal);
    heads.setJournal(&journal);
    REQUIRE(heads.rowCount() == 1);
    const QModelIndex head = heads.index(0);
    CHECK(heads.data(head, HeadListModel::SessionsRole).toInt() == 3);
    CHECK(heads.data(head, HeadListModel::PassesRole).toInt() == 36);
    CHECK(heads.data(head, HeadListModel::WearPercentRole).toInt() == 30);
    auto* wear = findItem(root, QStringLiteral("headWear"));
    REQUIRE(wear != nullptr);
    CHECK(wear->isVisible());
    CHECK(wear->property("value").toReal() == 30.0);

    // The guard's answer for the next session: every zone they could have reached is closed.
    rollwise::SituationRequest request;
    request.now = std::chrono::floor<rollwise::Seconds>(std::chrono::system_clock::now());
    request.plan.zones = {rollwise::Zone::Forehead, rollwise::Zone::Chin, rollwise::Zone::Abdomen};
    request.plan.needleLengthUm = 250;
    request.plan.passesPerZone = 8;
    request.plan.duration = rollwise::Minutes(15);
    auto decision = journal.decide(request);
    for (const auto zone : request.plan.zones) {
        const auto* z = decision.zoneDecision(zone);
        REQUIRE(z != nullptr);
        CHECK(z->verdict == rollwise::Verdict::Block);
    }

    // Each waits for its zones; each is placed on the chin from its card.
    REQUIRE(journal.pendingDeviceSessionCount() == 3);
    auto* question = findItem(root, QStringLiteral("deviceSessionQuestion"));
    REQUIRE(question != nullptr);
    CHECK_FALSE(question->property("text").toString().isEmpty());
    REQUIRE(saveScreenshot(*ui.window, {390, 844},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-device-phone.png")));
    REQUIRE(saveScreenshot(*ui.window, {1280, 800},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-device-desktop.png")));
    for (int left = 3; left > 0; --left) {
        auto* chin = findItem(root, QStringLiteral("placeZone_chin"));
        auto* save = findItem(root, QStringLiteral("placeDeviceSessionButton"));
        REQUIRE(chin != nullptr);
        REQUIRE(save != nullptr);
        CHECK_FALSE(save->property("enabled").toBool());
        chin->setProperty("checked", true);
        REQUIRE(QMetaObject::invokeMethod(chin, "toggled"));
        CHECK(save->property("enabled").toBool());
        REQUIRE(QMetaObject::invokeMethod(save, "clicked"));
        settle(*ui.window, {390, 844});
        CHECK(journal.lastOutcome() == JournalManager::Outcome::Placed);
        CHECK(journal.pendingDeviceSessionCount() == left - 1);
    }
    // Placed on the chin: the chin stays closed, the forehead and the abdomen open.
    decision = journal.decide(request);
    CHECK(decision.zoneDecision(rollwise::Zone::Chin)->verdict == rollwise::Verdict::Block);
    CHECK(decision.zoneDecision(rollwise::Zone::Forehead)->window.notBefore == std::nullopt);
    CHECK(decision.zoneDecision(rollwise::Zone::Abdomen)->window.notBefore == std::nullopt);
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("A device session put off with Not now keeps its zones closed", "[ui][device]") {
    WarningCollector collector;
    WithServices services;
    DeviceManager& devices = *services.services->devices;
    JournalManager& journal = *services.services->journal;
    REQUIRE(devices.seedSimulatedSessions(1, 1, 10) == 1);
    devices.connectAndSync();
    QElapsedTimer timer;
    timer.start();
    while (devices.state() != DeviceManager::LinkState::UpToDate && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    REQUIRE(journal.pendingDeviceSessionCount() == 1);
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("journal")));
    settle(*ui.window, {1280, 800});
    auto* skip = findItem(ui.window->contentItem(), QStringLiteral("skipDeviceSessionButton"));
    REQUIRE(skip != nullptr);
    REQUIRE(QMetaObject::invokeMethod(skip, "clicked"));
    settle(*ui.window, {1280, 800});
    CHECK(journal.lastOutcome() == JournalManager::Outcome::Skipped);
    CHECK(journal.pendingDeviceSessionCount() == 0);
    CHECK(findItem(ui.window->contentItem(), QStringLiteral("deviceSessionQuestion")) == nullptr);
    rollwise::SituationRequest request;
    request.now = std::chrono::floor<rollwise::Seconds>(std::chrono::system_clock::now());
    request.plan.zones = {rollwise::Zone::Forehead};
    request.plan.needleLengthUm = 250;
    request.plan.passesPerZone = 8;
    request.plan.duration = rollwise::Minutes(15);
    CHECK(journal.decide(request).zoneDecision(rollwise::Zone::Forehead)->verdict ==
          rollwise::Verdict::Block);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Text follows the system font size", "[ui]") {
    WarningCollector collector;
    WithServices services;
    const QFont original = QGuiApplication::font();
    const auto titleSize = [] {
        LoadedUi ui = loadMainUi();
        REQUIRE(ui.window != nullptr);
        REQUIRE(showPage(*ui.window, QStringLiteral("journal")));
        settle(*ui.window, {1280, 800});
        auto* title = findItem(ui.window->contentItem(), QStringLiteral("journalStatusTitle"));
        REQUIRE(title != nullptr);
        return title->property("font").value<QFont>().pixelSize();
    };
    QFont small = original;
    small.setPixelSize(12);
    QGuiApplication::setFont(small);
    const int normal = titleSize();
    QFont large = original;
    large.setPixelSize(24);
    QGuiApplication::setFont(large);
    const int doubled = titleSize();
    QGuiApplication::setFont(original);
    CHECK(normal >= 18);
    CHECK(doubled >= normal * 2 - 1);
    CHECK(collector.warnings().isEmpty());
}

namespace {
QQuickItem* findItemPrefixed(QQuickItem* root, const QString& prefix) {
    if (root->objectName().startsWith(prefix)) {
        return root;
    }
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItemPrefixed(child, prefix)) {
            return found;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("The reminders page changes the reminder settings in the journal", "[ui][reminders]") {
    WarningCollector collector;
    WithServices services;
    ReminderManager& reminders = *services.services->reminders;
    REQUIRE(reminders.available());
    REQUIRE(reminders.kindEnabled(ReminderManager::Kind::Hygiene));
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("reminders")));
    settle(*ui.window, {390, 844});
    QQuickItem* root = ui.window->contentItem();

    const auto hygieneRow = findItem(
        root, QStringLiteral("kind_%1").arg(static_cast<int>(ReminderManager::Kind::Hygiene)));
    REQUIRE(hygieneRow != nullptr);
    auto* toggle = findItemPrefixed(hygieneRow, QStringLiteral("switch_"));
    REQUIRE(toggle != nullptr);
    CHECK(toggle->property("checked").toBool());
    toggle->setProperty("checked", false);
    REQUIRE(QMetaObject::invokeMethod(toggle, "toggled"));
    settle(*ui.window, {390, 844});
    CHECK_FALSE(reminders.kindEnabled(ReminderManager::Kind::Hygiene));
    CHECK(reminders.problem() == ReminderManager::Problem::None);

    auto* time = findItemPrefixed(root, QStringLiteral("time_"));
    REQUIRE(time != nullptr);
    REQUIRE(QMetaObject::invokeMethod(time, "activated", Q_ARG(int, 40)));
    settle(*ui.window, {390, 844});
    CHECK(reminders.timeOfDay() == 20 * 60);
    CHECK(time->property("currentIndex").toInt() == 40);
    // A calendar file, through the page's file dialog.
    rollwise::test::TempDir folder;
    const QString ics = QString::fromStdString((folder.path() / "rollwise.ics").string());
    auto* dialog = ui.window->findChild<QObject*>(QStringLiteral("calendarDialog"));
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->setProperty("selectedFile", QUrl::fromLocalFile(ics)));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    settle(*ui.window, {390, 844});
    CHECK(QFile::exists(ics));
    auto* exported = findItem(root, QStringLiteral("calendarExportMessage"));
    REQUIRE(exported != nullptr);
    CHECK(exported->isVisible());
    REQUIRE(saveScreenshot(*ui.window, {390, 844},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/reminders-phone.png")));
    REQUIRE(saveScreenshot(*ui.window, {1280, 800},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/reminders-desktop.png")));
    CHECK(collector.warnings().isEmpty());
}
