// Every page's controls have an accessible name and role, and the desktop works from the
// keyboard: walked through QAccessible as a screen reader sees them.
#include "navigation.h"
#include "root/application.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise::app;

namespace {

void settle(QQuickWindow& window, QSize size) {
    window.resize(size);
    window.show();
    for (int i = 0; i < 30; ++i) {
        QCoreApplication::processEvents();
    }
}

bool interactive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

struct Walk {
    int controls = 0;
    QStringList nameless;
};

void walk(QAccessibleInterface* node, Walk& out, int depth = 0) {
    if (node == nullptr || depth > 60) {
        return;
    }
    const QAccessible::State state = node->state();
    if (state.invisible) { // scrolled out of view still counts
        return;
    }
    if (interactive(node->role())) {
        ++out.controls;
        if (node->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject* object = node->object();
            out.nameless << QStringLiteral("%1 (role %2)")
                                .arg(object ? object->objectName() : QString())
                                .arg(static_cast<int>(node->role()));
        }
    }
    for (int i = 0; i < node->childCount(); ++i) {
        walk(node->child(i), out, depth + 1);
    }
}

} // namespace

TEST_CASE("Every control on every page has an accessible name", "[ui][accessibility]") {
    QAccessible::setActive(true);
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    const QMetaEnum pages = QMetaEnum::fromType<AppPage::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const QString page = QString::fromLatin1(pages.key(i));
        REQUIRE(showPage(*ui.window, page));
        for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
            settle(*ui.window, size);
            Walk result;
            walk(QAccessible::queryAccessibleInterface(ui.window), result);
            INFO(page.toStdString() << " at " << size.width() << " px: "
                                    << result.nameless.join(QStringLiteral(", ")).toStdString());
            CHECK(result.controls >= 2); // at least the navigation
            CHECK(result.nameless.isEmpty());
        }
    }
    CHECK(collector.warnings().isEmpty());
    QAccessible::setActive(false);
}

TEST_CASE("The desktop navigation works from the keyboard", "[ui][accessibility]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    settle(*ui.window, {1280, 800});
    ui.window->requestActivate();
    REQUIRE(ui.window->property("currentPage").toInt() == AppPage::Home);
    // Tab moves the focus through the controls in order; Space on the History destination opens it.
    QQuickItem* focused = nullptr;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(ui.window, Qt::Key_Tab);
        focused = ui.window->activeFocusItem();
        if (focused != nullptr && focused->objectName() == QStringLiteral("navigateHistory")) {
            break;
        }
    }
    REQUIRE(focused != nullptr);
    REQUIRE(focused->objectName() == QStringLiteral("navigateHistory"));
    QTest::keyClick(ui.window, Qt::Key_Space);
    settle(*ui.window, {1280, 800});
    CHECK(ui.window->property("currentPage").toInt() == AppPage::History);
    CHECK(collector.warnings().isEmpty());
}
