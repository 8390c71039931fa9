#include "application.h"
#include "device_service.h"
#include "device_sessions_service.h"
#include "heads_service.h"
#include "journal_service.h"
#include "temp_dir.h"

#include <rollwise/core/secret_store.h>
#include <rollwise/core/situation.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise::app;

namespace {
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

// Items made by a Repeater are found through the visual tree, not QObject children.
QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

void settle(QQuickWindow& window, QSize size) {
    window.resize(size);
    window.show();
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
    }
}

} // namespace

TEST_CASE("The main window loads without warnings and lists every zone", "[ui]") {
    WarningCollector collector;
    WithServices services;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    settle(*ui.window, {390, 844});

    auto* list = ui.window->findChild<QQuickItem*>(QStringLiteral("zoneList"));
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
    auto* list = ui.window->findChild<QQuickItem*>(QStringLiteral("zoneList"));
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

TEST_CASE("Screens render at phone and desktop size", "[ui][screenshot]") {
    WithServices services;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    const QDir out(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
    REQUIRE(QDir().mkpath(out.path()));
    for (const auto& [name, size] : {std::pair{"zones-phone.png", QSize(390, 844)},
                                     std::pair{"zones-desktop.png", QSize(1280, 800)}}) {
        const QString path = out.filePath(QString::fromLatin1(name));
        REQUIRE(saveScreenshot(*ui.window, size, path));
        const QImage image(path);
        REQUIRE(image.size() == size);
        // Not a blank frame: the header colour and the background colour both appear.
        CHECK(image.pixelColor(5, 5) == QColor(QStringLiteral("#2f7d73")));
        CHECK(image.pixelColor(size.width() - 5, size.height() - 5) ==
              QColor(QStringLiteral("#f7f5f2")));
    }
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
    rollwise::test::TempDir dir;
    rollwise::MemorySecretStore secrets;
    secrets.setUnavailable(true);
    rollwise::ManualClock clock(rollwise::TimePoint(rollwise::Seconds(1'790'000'000)));
    JournalService::Config config;
    config.databasePath = dir.path() / "journal.db";
    config.settingsFile = QString::fromStdString((dir.path() / "rollwise.ini").string());
    JournalService journal(config, secrets, clock,
                           [] { return *rollwise::SecretKey::fromHex(std::string(64, 'f')); });
    rollwise::app::JournalForeign::setInstance(&journal);
    journal.open();
    rollwise::app::DeviceService device(journal, clock,
                                        rollwise::app::DeviceService::Preference::Simulator);
    rollwise::app::DeviceForeign::setInstance(&device);
    rollwise::app::DeviceSessionsService deviceSessions(journal);
    rollwise::app::DeviceSessionsForeign::setInstance(&deviceSessions);
    rollwise::app::HeadsService heads(journal, clock);
    rollwise::app::HeadsForeign::setInstance(&heads);

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    ui.window->setProperty("currentPage", QStringLiteral("journal"));
    settle(*ui.window, {390, 844});
    auto* title = ui.window->findChild<QQuickItem*>(QStringLiteral("journalStatusTitle"));
    REQUIRE(title != nullptr);
    CHECK(title->property("text").toString() == QStringLiteral("Choose how to lock your journal"));
    REQUIRE(
        saveScreenshot(*ui.window, {390, 844},
                       QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-no-keychain-phone.png")));

    auto* field = ui.window->findChild<QQuickItem*>(QStringLiteral("passphraseField"));
    auto* button = ui.window->findChild<QQuickItem*>(QStringLiteral("unlockButton"));
    REQUIRE(field != nullptr);
    REQUIRE(button != nullptr);
    CHECK(field->isVisible());
    field->setProperty("text", QStringLiteral("a long passphrase"));
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
    settle(*ui.window, {390, 844});
    CHECK(journal.state() == JournalService::State::Unlocked);
    CHECK(title->property("text").toString() ==
          QStringLiteral("Your journal is encrypted and unlocked"));
    CHECK(field->property("text").toString().isEmpty()); // the passphrase does not linger
    CHECK_FALSE(field->isVisible());
    REQUIRE(saveScreenshot(*ui.window, {1280, 800},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-desktop.png")));
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
    ui = LoadedUi{};
    rollwise::app::HeadsForeign::setInstance(nullptr);
    rollwise::app::DeviceSessionsForeign::setInstance(nullptr);
    rollwise::app::DeviceForeign::setInstance(nullptr);
    rollwise::app::JournalForeign::setInstance(nullptr);
}

TEST_CASE("The simulated device is labelled as such and syncs into the journal", "[ui][device]") {
    WarningCollector collector;
    WithServices services;
    // The roller comes back from a trip with three sessions it stored, the last yesterday.
    REQUIRE(services.services->device->seedSimulatedSessions(3, 1, 12) == 3);
    auto* db = services.services->journal->database();
    REQUIRE(db != nullptr);
    REQUIRE(db->sessions().count().value() == 0);
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    ui.window->setProperty("currentPage", QStringLiteral("journal"));
    settle(*ui.window, {390, 844});
    auto* badge = ui.window->findChild<QQuickItem*>(QStringLiteral("simulatedBadge"));
    auto* state = ui.window->findChild<QQuickItem*>(QStringLiteral("deviceState"));
    auto* button = ui.window->findChild<QQuickItem*>(QStringLiteral("deviceSyncButton"));
    REQUIRE(badge != nullptr);
    REQUIRE(state != nullptr);
    REQUIRE(button != nullptr);
    CHECK(badge->isVisible());
    CHECK(state->property("text").toString() == QStringLiteral("Not connected."));
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
    // The simulated link runs on the app's clock: wait (bounded) for the real sync to finish.
    QElapsedTimer timer;
    timer.start();
    while (!state->property("text").toString().startsWith(QStringLiteral("Up to date")) &&
           timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    CHECK(state->property("text").toString() ==
          QStringLiteral("Up to date: every session the device stored is in your journal."));
    CHECK(button->property("text").toString() == QStringLiteral("Sync now"));
    settle(*ui.window, {390, 844});

    // The sessions are in the journal, counted, and on the head.
    CHECK(db->sessions().count().value() == 3);
    CHECK(services.services->journal->sessionCount() == 3);
    const auto heads = services.services->heads->heads();
    REQUIRE(heads.size() == 1);
    CHECK(heads[0].toMap().value(QStringLiteral("sessions")).toInt() == 3);
    CHECK(heads[0].toMap().value(QStringLiteral("passes")).toInt() == 36);
    CHECK(heads[0].toMap().value(QStringLiteral("wearPercent")).toInt() == 30);
    auto* wear = findItem(ui.window->contentItem(), QStringLiteral("headWear"));
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
    auto decision = rollwise::decideFromJournal(*db, request);
    for (const auto zone : request.plan.zones) {
        const auto* z = decision.zoneDecision(zone);
        REQUIRE(z != nullptr);
        CHECK(z->verdict == rollwise::Verdict::Block);
    }

    // Each waits for its zones; the first is placed on the chin from the card.
    REQUIRE(services.services->deviceSessions->pendingCount() == 3);
    auto* question = findItem(ui.window->contentItem(), QStringLiteral("deviceSessionQuestion"));
    REQUIRE(question != nullptr);
    CHECK(
        question->property("text").toString().startsWith(QStringLiteral("Where did you roll on")));
    REQUIRE(saveScreenshot(*ui.window, {390, 844},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-device-phone.png")));
    REQUIRE(saveScreenshot(*ui.window, {1280, 800},
                           QStringLiteral(ROLLWISE_SCREENSHOT_DIR "/journal-device-desktop.png")));
    for (const auto& uid : [&] {
             QStringList uids;
             for (const auto& entry : services.services->deviceSessions->pending()) {
                 uids << entry.toMap().value(QStringLiteral("uid")).toString();
             }
             return uids;
         }()) {
        auto* chin = findItem(ui.window->contentItem(), QStringLiteral("placeZone_chin"));
        auto* save = findItem(ui.window->contentItem(), QStringLiteral("placeDeviceSessionButton"));
        REQUIRE(chin != nullptr);
        REQUIRE(save != nullptr);
        CHECK_FALSE(save->property("enabled").toBool());
        chin->setProperty("checked", true);
        REQUIRE(QMetaObject::invokeMethod(chin, "toggled"));
        CHECK(save->property("enabled").toBool());
        REQUIRE(QMetaObject::invokeMethod(save, "clicked"));
        settle(*ui.window, {390, 844});
        CHECK(db->sessions().load(uid.toStdString()).value().zonesPending == false);
    }
    CHECK(services.services->deviceSessions->pendingCount() == 0);
    // Placed on the chin: the chin stays closed, the forehead and the abdomen open.
    decision = rollwise::decideFromJournal(*db, request);
    CHECK(decision.zoneDecision(rollwise::Zone::Chin)->verdict == rollwise::Verdict::Block);
    CHECK(decision.zoneDecision(rollwise::Zone::Forehead)->window.notBefore == std::nullopt);
    CHECK(decision.zoneDecision(rollwise::Zone::Abdomen)->window.notBefore == std::nullopt);
    CHECK(collector.warnings().isEmpty());
}
