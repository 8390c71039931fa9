#pragma once

// The app's services with an ephemeral journal open, and the real QML loaded offscreen: what the
// guided session's UI tests (session_rig.h) and its benchmark share. No test framework here.
#include "root/application.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/session_runner.h"

#include <rollwise/core/database.h>

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

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

// The app's services with the journal open (`db` is null if it did not open), and the
// connection kept for seeding.
struct AppRig {
    std::unique_ptr<Services> services;
    Database* db = nullptr;
    LoadedUi ui;

    AppRig() {
        ServiceOptions options;
        options.ephemeral = true;
        options.openLater = true;
        services = makeServices(std::move(options));
        QObject::connect(services->access.get(), &JournalAccess::opened,
                         [this](Database& opened) { db = &opened; });
        services->access->open();
    }
    SessionRunner& runner() { return *services->sessions; }
    TimePoint now() const { return services->journal->now(); }

    // Every pre-session question answered "no", `age` ago (but `except`). False if one was not
    // saved.
    bool saveAnswers(Seconds age, std::optional<Question> except = std::nullopt) {
        for (const auto& info : allQuestions()) {
            if (info.question != except &&
                !db->answers().save(answer(info.question, now() - age))) {
                return false;
            }
        }
        return true;
    }
    // The main window at `size`, shown offscreen; false if the QML did not load.
    bool loadUi(QSize size = {390, 844}) {
        ui = loadMainUi();
        if (ui.window == nullptr) {
            return false;
        }
        ui.window->resize(size);
        ui.window->show();
        settle();
        return true;
    }
    // Events processed, and every pass handed to the session writer durable (its confirmation
    // delivered), so what the test reads next is what a person would see a moment later.
    void settle() {
        services->sessions->flushWrites();
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
};

} // namespace rollwise::app::test
