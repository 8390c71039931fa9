// Home and History through the real QML on real journals: the zone map's states from the guard,
// failing closed, the start button; ten years of history paged while scrolling, the calendar,
// the charts, a session's detail and a logged reaction that lengthens a zone's rest.
#include "controllers/history_controller.h"
#include "history_seed.h"
#include "models/history_list_model.h"
#include "navigation.h"
#include "root/application.h"
#include "services/device_manager.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "ui_helpers.h"

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

#include <algorithm>
#include <cmath>

using namespace rollwise;
using namespace rollwise::app;

namespace {

using rollwise::test::findItem;
void settle(QQuickWindow& window, QSize size) {
    rollwise::test::settleWindow(window, size);
}

// The state ZoneMap shows for `key` (what the page handed it).
QString mapState(QQuickItem* map, const QString& key) {
    const QVariantList zones = map->property("zones").toList();
    for (const QVariant& zone : zones) {
        const QVariantMap entry = zone.toMap();
        if (entry.value(QStringLiteral("key")).toString() == key) {
            return entry.value(QStringLiteral("state")).toString();
        }
    }
    return {};
}

QString screenshotPath(const QString& name) {
    return QDir(QStringLiteral(ROLLWISE_SCREENSHOT_DIR)).filePath(name);
}

void screenshots(QQuickWindow& window, Services& services, const QString& page) {
    REQUIRE(QDir().mkpath(QStringLiteral(ROLLWISE_SCREENSHOT_DIR)));
    for (const auto& [theme, look] : {std::pair{Preferences::Theme::Light, "light"},
                                      std::pair{Preferences::Theme::Dark, "dark"}}) {
        services.preferences->setTheme(theme);
        for (const auto& [form, size] :
             {std::pair{"phone", QSize(390, 844)}, std::pair{"desktop", QSize(1280, 800)}}) {
            const QString path = screenshotPath(
                QStringLiteral("%1-%2-%3.png").arg(page, QLatin1String(form), QLatin1String(look)));
            REQUIRE(saveScreenshot(window, size, path));
            CHECK(QImage(path).size() == size);
        }
    }
    services.preferences->setTheme(Preferences::Theme::Light);
}

} // namespace

TEST_CASE("Home shows each zone's state from the guard and explains a tapped zone", "[ui][home]") {
    WarningCollector collector;
    auto journal = test::openServices();
    REQUIRE(journal.db != nullptr);
    const TimePoint now = test::nowSeconds();
    Database& db = *journal.db;
    // The forehead yesterday at 0.5 mm: healing for a week. The chin ten days ago with signs of
    // infection not yet healed: blocked. The left cheek eight days ago at 0.5 mm: ready.
    REQUIRE(db.sessions().save("forehead", test::rolled(now - Days(1), {Zone::Forehead}, 500)));
    REQUIRE(db.sessions().save("chin", test::rolled(now - Days(10), {Zone::Chin})));
    REQUIRE(db.answers().logReaction(
        {"chin", Zone::Chin, now - Days(9), Reaction::SignsOfInfection, std::nullopt}));
    REQUIRE(db.sessions().save("cheek", test::rolled(now - Days(8), {Zone::LeftCheek}, 500)));
    journal.services->journal->merged();

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("home")));
    settle(*ui.window, {390, 844});
    QQuickItem* root = ui.window->contentItem();
    auto* map = findItem(root, QStringLiteral("homeZoneMap"));
    REQUIRE(map != nullptr);
    CHECK(mapState(map, QStringLiteral("forehead")) == QStringLiteral("healing"));
    CHECK(mapState(map, QStringLiteral("chin")) == QStringLiteral("blocked"));
    CHECK(mapState(map, QStringLiteral("left-cheek")) == QStringLiteral("ready"));
    CHECK(mapState(map, QStringLiteral("right-cheek")) == QStringLiteral("ready"));
    CHECK(mapState(map, QStringLiteral("eye-area")) == QStringLiteral("never"));
    // "N zones ready" counts the zones on the maps Home shows (the face only: the body and the
    // scalp were never used), not every zone of the body.
    auto* homePage = findItem(root, QStringLiteral("homePage"));
    REQUIRE(homePage != nullptr);
    auto* home = homePage->findChild<QObject*>(QStringLiteral("homeController"));
    REQUIRE(home != nullptr);
    const QVariantList shown = map->property("zones").toList();
    const auto readyOnMap = std::count_if(shown.begin(), shown.end(), [](const QVariant& zone) {
        return zone.toMap().value(QStringLiteral("state")).toString() == QStringLiteral("ready");
    });
    CHECK(readyOnMap > 0);
    CHECK(home->property("readyCount").toInt() == readyOnMap);

    // A tap explains the zone in one sentence, with the date it opens.
    auto* explanation = findItem(root, QStringLiteral("zoneExplanation"));
    REQUIRE(explanation != nullptr);
    const QString hint = explanation->property("text").toString();
    REQUIRE(QMetaObject::invokeMethod(map, "zoneActivated", Q_ARG(QString, "forehead")));
    settle(*ui.window, {390, 844});
    const QString forehead = explanation->property("text").toString();
    CHECK(forehead != hint);
    REQUIRE(QMetaObject::invokeMethod(map, "zoneActivated", Q_ARG(QString, "left-cheek")));
    settle(*ui.window, {390, 844});
    CHECK(explanation->property("text").toString() != forehead);

    // The next session: zones are ready now; the last session and the streak are shown.
    auto* last = findItem(root, QStringLiteral("lastSession"));
    auto* streak = findItem(root, QStringLiteral("streak"));
    REQUIRE(last != nullptr);
    REQUIRE(streak != nullptr);
    CHECK_FALSE(last->property("text").toString().isEmpty());
    CHECK_FALSE(streak->property("text").toString().isEmpty());
    auto* problem = findItem(root, QStringLiteral("homeProblem"));
    REQUIRE(problem != nullptr);
    CHECK_FALSE(problem->isVisible());

    screenshots(*ui.window, *journal.services, QStringLiteral("home"));

    // Start a session: the one prominent action opens what comes next.
    auto* start = findItem(root, QStringLiteral("startSessionButton"));
    REQUIRE(start != nullptr);
    CHECK(start->property("enabled").toBool());
    REQUIRE(QMetaObject::invokeMethod(start, "clicked"));
    settle(*ui.window, {390, 844});
    // The plan opens on top of Home.
    CHECK(findItem(ui.window->contentItem(), QStringLiteral("sessionPlanPage")) != nullptr);
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Home fails closed: a locked journal shows no zone ready and no start", "[ui][home]") {
    WarningCollector collector;
    ServiceOptions options;
    options.ephemeral = true;
    auto secrets = std::make_unique<MemorySecretStore>();
    secrets->setUnavailable(true);
    options.secrets = std::move(secrets);
    const auto services = makeServices(std::move(options));
    REQUIRE_FALSE(services->access->unlocked());

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("home")));
    settle(*ui.window, {1280, 800});
    QQuickItem* root = ui.window->contentItem();
    auto* map = findItem(root, QStringLiteral("homeZoneMap"));
    REQUIRE(map != nullptr);
    const QVariantList zones = map->property("zones").toList();
    REQUIRE(zones.size() == 9);
    for (const QVariant& zone : zones) {
        const QVariantMap entry = zone.toMap();
        const QString state = entry.value(QStringLiteral("state")).toString();
        INFO(entry.value(QStringLiteral("key")).toString().toStdString());
        CHECK((state == QStringLiteral("blocked") || state == QStringLiteral("never")));
    }
    auto* problem = findItem(root, QStringLiteral("homeProblem"));
    REQUIRE(problem != nullptr);
    CHECK(problem->isVisible());
    auto* start = findItem(root, QStringLiteral("startSessionButton"));
    REQUIRE(start != nullptr);
    CHECK_FALSE(start->property("enabled").toBool());
    REQUIRE(saveScreenshot(*ui.window, {390, 844}, screenshotPath("home-locked-phone.png")));
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Home asks where a device session went, and keeps its zones closed until then",
          "[ui][home][device]") {
    WarningCollector collector;
    auto journal = test::openServices();
    REQUIRE(journal.db != nullptr);
    DeviceManager& devices = *journal.services->devices;
    REQUIRE(devices.seedSimulatedSessions(1, 1, 10) == 1);
    devices.connectAndSync();
    QElapsedTimer timer;
    timer.start();
    while (devices.state() != DeviceManager::LinkState::UpToDate && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    REQUIRE(journal.services->journal->pendingDeviceSessionCount() == 1);

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("home")));
    settle(*ui.window, {390, 844});
    QQuickItem* root = ui.window->contentItem();
    auto* map = findItem(root, QStringLiteral("homeZoneMap"));
    REQUIRE(map != nullptr);
    // Yesterday's session could have been anywhere on the face: every zone rests.
    CHECK(mapState(map, QStringLiteral("chin")) == QStringLiteral("healing"));
    CHECK(mapState(map, QStringLiteral("forehead")) == QStringLiteral("healing"));
    REQUIRE(findItem(root, QStringLiteral("deviceSessionQuestion")) != nullptr);
    REQUIRE(saveScreenshot(*ui.window, {390, 844}, screenshotPath("home-device-phone.png")));

    // Placed on the chin: only the chin keeps resting.
    auto* chin = findItem(root, QStringLiteral("placeZone_chin"));
    auto* save = findItem(root, QStringLiteral("placeDeviceSessionButton"));
    REQUIRE(chin != nullptr);
    REQUIRE(save != nullptr);
    chin->setProperty("checked", true);
    REQUIRE(QMetaObject::invokeMethod(chin, "toggled"));
    REQUIRE(QMetaObject::invokeMethod(save, "clicked"));
    settle(*ui.window, {390, 844});
    CHECK(journal.services->journal->pendingDeviceSessionCount() == 0);
    CHECK(mapState(map, QStringLiteral("chin")) == QStringLiteral("healing"));
    CHECK(mapState(map, QStringLiteral("forehead")) == QStringLiteral("ready"));
    CHECK(findItem(root, QStringLiteral("deviceSessionQuestion")) == nullptr);
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("History pages through ten years as it scrolls; a session's detail logs a reaction "
          "that lengthens the zone's rest",
          "[ui][history]") {
    WarningCollector collector;
    auto journal = test::openServices();
    REQUIRE(journal.db != nullptr);
    const TimePoint now = test::nowSeconds();
    REQUIRE(test::seedDailyHistory(*journal.db, 3650, now) == 3650);
    journal.services->journal->merged();
    JournalManager& manager = *journal.services->journal;
    REQUIRE(manager.sessionCount() == 3650);

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("history")));
    settle(*ui.window, {390, 844});
    QQuickItem* root = ui.window->contentItem();
    auto* list = findItem(root, QStringLiteral("historyList"));
    REQUIRE(list != nullptr);
    // Opening read one page, not ten years.
    const int firstPage = list->property("count").toInt();
    CHECK(firstPage >= HistoryListModel::kPageSize);
    CHECK(firstPage <= 2 * HistoryListModel::kPageSize);

    // Scrolling to the end loads the next pages, a page at a time (the desktop shows the list
    // beside the calendar).
    settle(*ui.window, {1280, 800});
    int previous = firstPage;
    for (int step = 0; step < 6; ++step) {
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        settle(*ui.window, {1280, 800});
        const int count = list->property("count").toInt();
        CHECK(count >= previous);
        CHECK(count - previous <= HistoryListModel::kPageSize);
        previous = count;
    }
    CHECK(previous > firstPage);
    CHECK(previous < 3650);

    // The calendar opens on the newest session's month and marks the days with sessions.
    // The newest session, day-1, started a day and two hours ago.
    const QDate yesterday =
        QDateTime::fromSecsSinceEpoch((now - Days(1) - Hours(2)).time_since_epoch().count()).date();
    auto* day = findItem(root, QStringLiteral("day_%1").arg(yesterday.day()));
    REQUIRE(day != nullptr);
    CHECK(day->property("marked").toBool());

    // Sessions per week: seven in each full week; reactions every 20th day.
    auto* chart = findItem(root, QStringLiteral("sessionsChart"));
    REQUIRE(chart != nullptr);
    const QVariantList weekly = chart->property("values").toList();
    REQUIRE(weekly.size() == 12);
    CHECK(weekly[5].toInt() == 7);
    int reactions = 0;
    auto* reactionChart = findItem(root, QStringLiteral("reactionsChart"));
    REQUIRE(reactionChart != nullptr);
    for (const QVariant& v : reactionChart->property("values").toList()) {
        reactions += v.toInt();
    }
    CHECK(reactions >= 3);
    CHECK(reactions <= 5);
    screenshots(*ui.window, *journal.services, QStringLiteral("history"));
    // The phone shows the list instead of the calendar when asked.
    settle(*ui.window, {390, 844});
    auto* showList = findItem(root, QStringLiteral("showList"));
    REQUIRE(showList != nullptr);
    REQUIRE(QMetaObject::invokeMethod(showList, "clicked"));
    settle(*ui.window, {390, 844});
    CHECK(list->isVisible());
    REQUIRE(saveScreenshot(*ui.window, {390, 844}, screenshotPath("history-list-phone.png")));

    // A day in the calendar lists its session; it opens the detail.
    auto* page = findItem(root, QStringLiteral("historyPage"));
    REQUIRE(page != nullptr);
    auto* calendar = page->findChild<HistoryController*>();
    REQUIRE(calendar != nullptr);
    calendar->setSelectedDay(yesterday.day());
    settle(*ui.window, {1280, 800});
    REQUIRE(calendar->daySessions().size() == 1);
    // One zone over time: the left cheek's latest sessions, eight days apart, newest first.
    calendar->setTimelineZone(QStringLiteral("left-cheek"));
    const QVariantList timeline = calendar->timeline();
    REQUIRE(timeline.size() == HistoryController::kTimelineLength);
    CHECK(timeline[0].toMap().value(QStringLiteral("uid")).toString() == QStringLiteral("day-1"));
    CHECK(timeline[1].toMap().value(QStringLiteral("uid")).toString() == QStringLiteral("day-9"));
    CHECK(findItem(root, QStringLiteral("timelineEntry")) != nullptr);
    auto* daySession = findItem(root, QStringLiteral("daySession"));
    REQUIRE(daySession != nullptr);
    REQUIRE(QMetaObject::invokeMethod(daySession, "clicked"));
    settle(*ui.window, {1280, 800});
    auto* detailTitle = findItem(root, QStringLiteral("sessionTitle"));
    REQUIRE(detailTitle != nullptr);
    CHECK_FALSE(detailTitle->property("text").toString().isEmpty());
    // day-1 rolled the zone (1 % 8) = the left cheek, four passes in two directions.
    auto* zoneCard = findItem(root, QStringLiteral("zone_left-cheek"));
    REQUIRE(zoneCard != nullptr);

    SituationRequest request;
    request.now = now;
    request.plan.zones = {Zone::LeftCheek};
    request.plan.needleLengthUm = 250;
    request.plan.passesPerZone = 4;
    request.plan.duration = Minutes(10);
    const auto before = manager.decide(request).zoneDecision(Zone::LeftCheek)->window;
    CHECK(before.reactionExtension == Seconds::zero());

    auto* zoneChoice = findItem(root, QStringLiteral("reactionZone_left-cheek"));
    auto* irritation = findItem(root, QStringLiteral("reaction_3"));
    auto* save = findItem(root, QStringLiteral("logReactionButton"));
    auto* result = findItem(root, QStringLiteral("reactionResult"));
    REQUIRE(zoneChoice != nullptr);
    REQUIRE(irritation != nullptr);
    REQUIRE(save != nullptr);
    REQUIRE(result != nullptr);
    CHECK_FALSE(save->property("enabled").toBool());
    REQUIRE(QMetaObject::invokeMethod(zoneChoice, "clicked"));
    REQUIRE(QMetaObject::invokeMethod(irritation, "clicked"));
    settle(*ui.window, {1280, 800});
    CHECK(save->property("enabled").toBool());
    REQUIRE(QMetaObject::invokeMethod(save, "clicked"));
    settle(*ui.window, {1280, 800});
    // Irritation doubles the 48-hour interval: the cheek rests two days longer.
    const auto after = manager.decide(request).zoneDecision(Zone::LeftCheek)->window;
    CHECK(after.reactionExtension == Hours(48));
    REQUIRE(after.notBefore.has_value());
    REQUIRE(before.notBefore.has_value());
    CHECK(*after.notBefore == *before.notBefore + Hours(48));
    CHECK(result->isVisible());
    // The zone cards were made again from the journal: the reaction shows on the cheek's.
    zoneCard = findItem(root, QStringLiteral("zone_left-cheek"));
    REQUIRE(zoneCard != nullptr);
    auto* reactionsLabel = findItem(zoneCard, QStringLiteral("zoneReactions"));
    REQUIRE(reactionsLabel != nullptr);
    CHECK(reactionsLabel->isVisible());
    REQUIRE(saveScreenshot(*ui.window, {390, 844}, screenshotPath("session-detail-phone.png")));
    REQUIRE(saveScreenshot(*ui.window, {1280, 800}, screenshotPath("session-detail-desktop.png")));
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("BarChart draws one bar per value, in proportion, and none for zero", "[ui][chart]") {
    WarningCollector collector;
    auto journal = test::openServices();
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Rollwise.Ui\n"
                      "BarChart { width: 300; height: 200; title: \"t\"; "
                      "values: [0, 4, 2]; labels: [\"a\", \"b\", \"c\"] }",
                      QUrl(QStringLiteral("qrc:/test/BarChartTest.qml")));
    std::unique_ptr<QObject> object(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(object != nullptr);
    auto* chart = qobject_cast<QQuickItem*>(object.get());
    REQUIRE(chart != nullptr);
    auto* zero = findItem(chart, QStringLiteral("bar_0"));
    auto* four = findItem(chart, QStringLiteral("bar_1"));
    auto* two = findItem(chart, QStringLiteral("bar_2"));
    REQUIRE(zero != nullptr);
    REQUIRE(four != nullptr);
    REQUIRE(two != nullptr);
    CHECK_FALSE(zero->isVisible());
    CHECK(four->height() > 0);
    CHECK(std::abs(four->height() - two->height() * 2) < 0.5);
    CHECK(four->mapToItem(chart, QPointF()).x() < two->mapToItem(chart, QPointF()).x());
    INFO(collector.warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(collector.warnings().isEmpty());
}
