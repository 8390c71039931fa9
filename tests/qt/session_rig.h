#pragma once

// The app's services with the journal open and the real QML loaded offscreen, for the guided
// session's UI tests.
#include "root/application.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "services/session_runner.h"

#include <rollwise/core/database.h>

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <catch2/catch_test_macros.hpp>

#include <memory>
#include <optional>
#include <utility>

namespace rollwise::app::test {

inline Answer answer(Question question, TimePoint at) {
    Answer a;
    a.question = question;
    a.answeredAt = at;
    return a;
}

// The app's services with the journal open, and the connection kept for seeding.
struct Rig {
    std::unique_ptr<Services> services;
    Database* db = nullptr;
    LoadedUi ui;

    Rig() {
        ServiceOptions options;
        options.ephemeral = true;
        options.openLater = true;
        services = makeServices(std::move(options));
        QObject::connect(services->access.get(), &JournalAccess::opened,
                         [this](Database& opened) { db = &opened; });
        services->access->open();
        REQUIRE(db != nullptr);
    }
    SessionRunner& runner() { return *services->sessions; }
    TimePoint now() const { return services->journal->now(); }

    // Every pre-session question answered "no", `age` ago (but `except`).
    void answerAll(Seconds age, std::optional<Question> except = std::nullopt) {
        for (const auto& info : allQuestions()) {
            if (info.question != except) {
                REQUIRE(db->answers().save(answer(info.question, now() - age)));
            }
        }
    }
    void load(QSize size = {390, 844}) {
        ui = loadMainUi();
        REQUIRE(ui.window != nullptr);
        ui.window->resize(size);
        ui.window->show();
        settle();
    }
    void settle() {
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }
    QQuickItem* item(const QString& name) { return find(ui.window->contentItem(), name); }
    static QQuickItem* find(QQuickItem* root, const QString& name) {
        if (root->objectName() == name && root->isVisible()) {
            return root;
        }
        for (QQuickItem* child : root->childItems()) {
            if (QQuickItem* found = find(child, name)) {
                return found;
            }
        }
        return nullptr;
    }
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
