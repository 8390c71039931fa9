// The first start's onboarding through the real QML with a real journal.
#include "root/application.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "ui_helpers.h"

#include <rollwise/core/answer_store.h>
#include <rollwise/core/journal.h>
#include <rollwise/core/secret_store.h>

#include <QQmlApplicationEngine>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise::app;
using rollwise::test::click;
using rollwise::test::findItem;
using rollwise::test::findVisible;
using rollwise::test::settleWindow;

namespace {
constexpr QSize kPhone{390, 844};
} // namespace

TEST_CASE("The first start onboards once: the recovery code checked, a plain roller added, "
          "dated answers",
          "[ui][onboarding]") {
    WarningCollector collector;
    ServiceOptions options;
    options.ephemeral = true;
    options.offerOnboarding = true;
    const auto services = makeServices(std::move(options));
    REQUIRE(services->access->unlocked());
    CHECK_FALSE(services->journal->onboardingDone());

    LoadedUi ui = loadMainUi();
    REQUIRE(ui.window != nullptr);
    settleWindow(*ui.window, kPhone);
    QQuickItem* root = ui.window->contentItem();
    QQuickItem* page = findVisible(root, QStringLiteral("onboardingPage"));
    REQUIRE(page != nullptr);
    REQUIRE(
        saveScreenshot(*ui.window, kPhone, rollwise::test::screenshotPath("onboarding-phone.png")));

    REQUIRE(click(findVisible(root, QStringLiteral("onboardingNextButton"))));
    REQUIRE(click(findVisible(root, QStringLiteral("onboardingNextButton"))));
    settleWindow(*ui.window, kPhone);

    // The recovery code, shown once, and two of its groups typed back.
    const QString code =
        findVisible(root, QStringLiteral("onboardingRecoveryCode"))->property("text").toString();
    CHECK(code == services->access->recoveryCode());
    const QStringList parts = code.split(QLatin1Char('-'));
    const QVariantList groups = page->property("groups").toList();
    REQUIRE(groups.size() == 2);
    const int first = groups[0].toInt();
    const int second = groups[1].toInt();
    CHECK(first != second);
    auto* firstField = findVisible(root, QStringLiteral("firstGroupField"));
    auto* secondField = findVisible(root, QStringLiteral("secondGroupField"));
    REQUIRE(firstField != nullptr);
    REQUIRE(secondField != nullptr);
    firstField->setProperty("text", parts[first - 1] == QStringLiteral("0000")
                                        ? QStringLiteral("1111")
                                        : QStringLiteral("0000"));
    secondField->setProperty("text", parts[second - 1]);
    REQUIRE(click(findVisible(root, QStringLiteral("checkCodeButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(page->property("codeWrong").toBool());
    CHECK(findVisible(root, QStringLiteral("codeCheckMessage"))->property("problem").toBool());
    firstField->setProperty("text", parts[first - 1].toLower());
    REQUIRE(click(findVisible(root, QStringLiteral("checkCodeButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(page->property("codeChecked").toBool());

    // A plain roller, 0.5 mm with 540 needles: it becomes the head in use.
    REQUIRE(click(findVisible(root, QStringLiteral("onboardingNextButton"))));
    settleWindow(*ui.window, kPhone);
    REQUIRE(click(findVisible(root, QStringLiteral("choice_500"))));
    findVisible(root, QStringLiteral("onboardingNeedleCount"))->setProperty("value", 540);
    REQUIRE(click(findVisible(root, QStringLiteral("addRollerButton"))));
    const auto heads = services->journal->heads();
    REQUIRE(heads.size() == 1u);
    CHECK(heads.front().stored.head.needleLengthUm == 500);
    CHECK(heads.front().stored.head.needleCount == 540);

    // The first questions, answered and dated.
    REQUIRE(click(findVisible(root, QStringLiteral("onboardingNextButton"))));
    settleWindow(*ui.window, kPhone);
    REQUIRE(click(findItem(findVisible(root, QStringLiteral("question_pregnancy")),
                           QStringLiteral("choice_no"))));
    REQUIRE(click(findItem(findVisible(root, QStringLiteral("question_keloid")),
                           QStringLiteral("choice_yes"))));
    REQUIRE(saveScreenshot(*ui.window, kPhone,
                           rollwise::test::screenshotPath("onboarding-questions-phone.png")));
    REQUIRE(click(findVisible(root, QStringLiteral("onboardingNextButton"))));
    settleWindow(*ui.window, kPhone);
    CHECK(services->journal->onboardingDone());
    CHECK(findVisible(root, QStringLiteral("onboardingPage")) == nullptr);

    // The answers are in the journal (read through a connection of its own), dated now.
    auto key = services->secrets->readKey(rollwise::kDatabaseKeyEntry);
    REQUIRE(key);
    auto db = rollwise::Database::open(
        std::filesystem::path(services->scratch->path().toStdString()) / "journal.db", key.value());
    REQUIRE(db);
    auto answers = db.value().answers().all();
    REQUIRE(answers);
    REQUIRE(answers.value().size() == 2u);
    const auto now = services->journal->now();
    for (const auto& answer : answers.value()) {
        CHECK(now - answer.answeredAt < std::chrono::minutes(1));
        CHECK(answer.yes == (answer.question == rollwise::Question::Keloid));
    }

    // Not offered again.
    LoadedUi again = loadMainUi();
    REQUIRE(again.window != nullptr);
    settleWindow(*again.window, kPhone);
    CHECK(findVisible(again.window->contentItem(), QStringLiteral("onboardingPage")) == nullptr);
    CHECK(collector.warnings().isEmpty());
}
