#pragma once

// The app's services with the journal open and the real QML loaded offscreen, for the guided
// session's UI tests: AppRig with the checks, taps and screenshots of a test.
#include "app_rig.h"
#include "services/preferences.h"

#include <QDir>
#include <QImage>

#include <catch2/catch_test_macros.hpp>

#include <memory>
#include <optional>
#include <utility>

namespace rollwise::app::test {

// The app's services with the journal open (required), for the UI tests.
struct Rig : AppRig {
    Rig() { REQUIRE(db != nullptr); }

    // Every pre-session question answered "no", `age` ago (but `except`).
    void answerAll(Seconds age, std::optional<Question> except = std::nullopt) {
        REQUIRE(saveAnswers(age, except));
    }
    void load(QSize size = {390, 844}) { REQUIRE(loadUi(size)); }
    // A tap: the button's own clicked signal, as the QML handlers see it.
    void click(const QString& name) {
        QQuickItem* button = item(name);
        INFO("button " << name.toStdString());
        REQUIRE(button != nullptr);
        REQUIRE(button->isEnabled());
        REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
        settle();
    }
    // The screen at phone and desktop size, light and dark, into the screenshot folder (then
    // back to a light phone).
    void shoot(const char* page) {
        const QDir out(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
        REQUIRE(out.mkpath(QStringLiteral(".")));
        for (const auto& [theme, themeName] : {std::pair{Preferences::Theme::Light, "light"},
                                               std::pair{Preferences::Theme::Dark, "dark"}}) {
            services->preferences->setTheme(theme);
            for (const auto& [form, size] :
                 {std::pair{"phone", QSize(390, 844)}, std::pair{"desktop", QSize(1280, 800)}}) {
                const QString path = out.filePath(
                    QStringLiteral("%1-%2-%3.png")
                        .arg(QLatin1String(page), QLatin1String(form), QLatin1String(themeName)));
                REQUIRE(saveScreenshot(*ui.window, size, path));
                CHECK(QImage(path).size() == size);
            }
        }
        services->preferences->setTheme(Preferences::Theme::Light);
        ui.window->resize(390, 844);
        settle();
    }
    // Before you start: every warning acknowledged, the preparation ticked, then Start.
    void acknowledgeAndStart() {
        for (int i = 0; item(QStringLiteral("acknowledge_%1").arg(i)) != nullptr; ++i) {
            click(QStringLiteral("acknowledge_%1").arg(i));
        }
        check(QStringLiteral("prepClean"));
        check(QStringLiteral("prepActives"));
        check(QStringLiteral("prepNumbing"));
        click(QStringLiteral("startButton"));
        REQUIRE(runner().state() == SessionRunner::State::InZone);
    }
    void check(const QString& name) {
        QQuickItem* box = item(name);
        REQUIRE(box != nullptr);
        box->setProperty("checked", true);
        settle();
    }
};

} // namespace rollwise::app::test
