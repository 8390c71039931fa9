#include "application.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise::app;

namespace {

bool showsText(QQuickItem* root, const QString& text) {
    if (root->property("text").toString() == text && root->isVisible()) {
        return true;
    }
    const auto children = root->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&](QQuickItem* child) { return showsText(child, text); });
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
