// The Heads & cartridges page through the real QML with a real journal, the wear gauge on its
// own, and screenshots of every Settings and Heads screen.
#include "models/head_list_model.h"
#include "root/application.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "ui_helpers.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>

#include <catch2/catch_test_macros.hpp>

#include <cmath>

using namespace rollwise::app;
using rollwise::test::click;
using rollwise::test::findItem;
using rollwise::test::findVisible;
using rollwise::test::settleWindow;

namespace {

constexpr QSize kPhone{390, 844};

// The one head in use, as the journal has it.
std::optional<JournalManager::HeadState> headInUse(const JournalManager& journal) {
    for (auto& head : journal.heads()) {
        if (!head.stored.retiredAt) {
            return head;
        }
    }
    return std::nullopt;
}

QQuickItem* headCard(QQuickItem* root, const JournalManager& journal) {
    const auto head = headInUse(journal);
    return head ? findVisible(root,
                              QStringLiteral("head_") + QString::fromStdString(head->stored.uid))
                : nullptr;
}

} // namespace

TEST_CASE("Heads are added, disinfected with a confirmation, reported damaged and retired with "
          "a reason",
          "[ui][heads]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    JournalManager& journal = *services->journal;
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    REQUIRE(showPage(*ui.window, QStringLiteral("heads")));
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();
    CHECK(findVisible(root, QStringLiteral("noHead")) != nullptr);

    // A plain roller head, 0.5 mm, 540 needles.
    REQUIRE(click(findVisible(root, QStringLiteral("choice_500"))));
    findVisible(root, QStringLiteral("needleCount"))->setProperty("value", 540);
    REQUIRE(click(findVisible(root, QStringLiteral("addHeadButton"))));
    settleWindow(*ui.window, kPhone);
    auto head = headInUse(journal);
    REQUIRE(head);
    CHECK(head->stored.head.needleLengthUm == 500);
    CHECK(head->stored.head.needleCount == 540);
    CHECK(head->stored.head.family == rollwise::DeviceFamily::PlainRoller);
    CHECK(findVisible(root, QStringLiteral("noHead")) == nullptr);
    QQuickItem* card = headCard(root, journal);
    REQUIRE(card != nullptr);
    CHECK(findItem(card, QStringLiteral("wearLevel"))
              ->property("text")
              .toString()
              .startsWith(QStringLiteral("✓")));

    // Disinfect: asked first; Cancel changes nothing, Yes adds to the hygiene log.
    const QString uid = QString::fromStdString(head->stored.uid);
    REQUIRE(click(findItem(card, QStringLiteral("disinfectButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(findVisible(card, QStringLiteral("question")) != nullptr);
    REQUIRE(click(findVisible(card, QStringLiteral("cancelButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(journal.hygieneLog(uid).empty());
    REQUIRE(click(findItem(card, QStringLiteral("disinfectButton"))));
    settleWindow(*ui.window, kPhone);
    REQUIRE(click(findVisible(card, QStringLiteral("confirmButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(journal.hygieneLog(uid).size() == 1u);
    CHECK(headInUse(journal)->stored.head.lastDisinfected.has_value());

    // Damage: reported after the confirmation; the guard then blocks the head.
    card = headCard(root, journal);
    REQUIRE(card != nullptr);
    REQUIRE(click(findItem(card, QStringLiteral("damageButton"))));
    settleWindow(*ui.window, kPhone);
    REQUIRE(click(findVisible(card, QStringLiteral("confirmButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(headInUse(journal)->stored.head.damageReported);
    REQUIRE(saveScreenshot(*ui.window, kPhone,
                           rollwise::test::screenshotPath("heads-damaged-phone.png")));

    // Replace it, with a reason; it moves to the history of heads.
    card = headCard(root, journal);
    REQUIRE(card != nullptr);
    REQUIRE(click(findItem(card, QStringLiteral("retireButton"))));
    settleWindow(*ui.window, kPhone);
    REQUIRE(click(findVisible(card, QStringLiteral("choice_damaged"))));
    REQUIRE(click(findVisible(card, QStringLiteral("confirmButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK_FALSE(headInUse(journal));
    CHECK(journal.retireReason(uid) == QStringLiteral("damaged"));
    CHECK(findVisible(root, QStringLiteral("headHistory")) != nullptr);
    CHECK(findVisible(root, QStringLiteral("noHead")) != nullptr);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("The wear gauge shows each measure against its limit and the worst decides",
          "[ui][heads][component]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices(); // Theme reads Preferences
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Rollwise.Ui\nWearGauge { width: 300; measures: [] }",
                      QUrl());
    std::unique_ptr<QObject> object(component.create());
    REQUIRE(object != nullptr);
    auto* gauge = qobject_cast<QQuickItem*>(object.get());
    REQUIRE(gauge != nullptr);

    const auto measures = [](int a, int b, int c) {
        QVariantList list;
        for (const int percent : {a, b, c}) {
            list << QVariantMap{{QStringLiteral("label"), QStringLiteral("m")},
                                {QStringLiteral("detail"), QStringLiteral("d")},
                                {QStringLiteral("percent"), percent}};
        }
        return list;
    };
    gauge->setProperty("measures", measures(10, 30, 20));
    CHECK(gauge->property("level").toInt() == 0);
    CHECK(gauge->property("worstPercent").toInt() == 30);
    gauge->setProperty("measures", measures(10, 85, 20));
    CHECK(gauge->property("level").toInt() == 1);
    gauge->setProperty("measures", measures(120, 85, 20));
    CHECK(gauge->property("level").toInt() == 2);
    // Each bar is as long as its share of the limit, and never longer than the track (laid out
    // in a window, as on a page).
    QQuickWindow window;
    gauge->setParentItem(window.contentItem());
    settleWindow(window, {400, 400});
    auto* first =
        findItem(findItem(gauge, QStringLiteral("wearMeasure0")), QStringLiteral("wearFill"));
    auto* second =
        findItem(findItem(gauge, QStringLiteral("wearMeasure1")), QStringLiteral("wearFill"));
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    REQUIRE(first->parentItem()->width() > 100);
    CHECK(first->width() == first->parentItem()->width());
    CHECK(std::abs(second->width() - second->parentItem()->width() * 0.85) < 0.5);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Settings and Heads screens render at phone and desktop size, light and dark",
          "[ui][screenshot][settings]") {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    REQUIRE(services->journal->addHead(rollwise::DeviceFamily::PlainRoller, 500, 192));
    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    const QDir out(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
    REQUIRE(QDir().mkpath(out.path()));
    for (const auto& [theme, name] : {std::pair{Preferences::Theme::Light, "light"},
                                      std::pair{Preferences::Theme::Dark, "dark"}}) {
        services->preferences->setTheme(theme);
        for (const char* page : {"settings", "limits", "data", "key", "about", "heads"}) {
            for (const auto& [form, size] :
                 {std::pair{"phone", QSize(390, 844)}, std::pair{"desktop", QSize(1280, 800)}}) {
                REQUIRE(showPage(*ui.window, QString::fromLatin1(page)));
                const QString path = out.filePath(
                    QStringLiteral("%1-%2-%3.png")
                        .arg(QLatin1String(page), QLatin1String(form), QLatin1String(name)));
                REQUIRE(saveScreenshot(*ui.window, size, path));
                CHECK(QImage(path).size() == size);
            }
        }
    }
    CHECK(collector.warnings().isEmpty());
}
