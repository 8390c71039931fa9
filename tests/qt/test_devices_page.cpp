// The devices page in the real QML, offscreen: the simulated roller listed and labelled, a sync
// started from the page with its progress, the journal card's honest note, and screenshots at
// phone and desktop size in both themes.
#include "root/application.h"
#include "services/device_manager.h"
#include "services/journal_access.h"
#include "services/preferences.h"
#include "ui_helpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QMetaObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise::app;

namespace {

using rollwise::test::findItem;

bool showsTextContaining(QQuickItem* root, const QString& text) {
    if (root->isVisible() && root->property("text").toString().contains(text)) {
        return true;
    }
    const auto children = root->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&](QQuickItem* child) { return showsTextContaining(child, text); });
}

} // namespace

TEST_CASE("The devices page lists the simulated roller and syncs it with progress",
          "[ui][devices]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    DeviceManager& devices = *services->devices;
    REQUIRE(QTest::qWaitFor(
        [&] { return services->access->state() == JournalAccess::State::Unlocked; }, 10000));
    // A trial run says it is one, never "started with --simulate".
    CHECK(devices.fallback() == DeviceManager::Fallback::Scratch);
    REQUIRE(devices.seedSimulatedSessions(5) == 5);

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("devices")));
    ui.window->resize(390, 844);
    ui.window->show();
    QCoreApplication::processEvents();
    QQuickItem* root = ui.window->contentItem();
    REQUIRE(findItem(root, QStringLiteral("devicesPage")) != nullptr);
    CHECK(showsTextContaining(root, QStringLiteral("SIMULATED")));
    CHECK(showsTextContaining(root, QStringLiteral("trial run")));

    auto* sync = findItem(root, QStringLiteral("syncButton"));
    REQUIRE(sync != nullptr);
    CHECK(sync->isEnabled());
    QMetaObject::invokeMethod(sync, "clicked");
    REQUIRE(QTest::qWaitFor(
        [&] { return devices.syncOutcome() == DeviceManager::SyncOutcome::Complete; }, 15000));
    CHECK(devices.syncDone() == 5);
    CHECK(devices.syncTotal() == 5);
    auto* text = findItem(root, QStringLiteral("syncText"));
    REQUIRE(text != nullptr);
    CHECK(text->property("text").toString().contains(QStringLiteral("5")));
    // On demand: the simulated link goes again after the sync.
    REQUIRE(QTest::qWaitFor([&] { return !devices.connected(); }, 5000));
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The devices page renders at phone and desktop size, light and dark",
          "[ui][devices][screenshot]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("devices")));
    const QDir out(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
    REQUIRE(QDir().mkpath(out.path()));
    for (const auto& [theme, name] : {std::pair{Preferences::Theme::Light, "light"},
                                      std::pair{Preferences::Theme::Dark, "dark"}}) {
        services->preferences->setTheme(theme);
        for (const auto& [form, size] :
             {std::pair{"phone", QSize(390, 844)}, std::pair{"desktop", QSize(1280, 800)}}) {
            const QString path = out.filePath(
                QStringLiteral("devices-%1-%2.png").arg(QLatin1String(form), QLatin1String(name)));
            REQUIRE(saveScreenshot(*ui.window, size, path));
            CHECK(QImage(path).size() == size);
        }
    }
    CHECK(collector.warnings().isEmpty());
}
