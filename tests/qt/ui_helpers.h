#pragma once

// Small helpers for driving the real QML in the UI tests.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>

#include <functional>

namespace rollwise::test {

// Items made by a Repeater are found through the visual tree, not QObject children.
inline QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (root == nullptr) {
        return nullptr;
    }
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

// The visible item called `name` (pages kept below the top one are hidden).
inline QQuickItem* findVisible(QQuickItem* root, const QString& name) {
    if (root == nullptr || !root->isVisible()) {
        return nullptr;
    }
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findVisible(child, name)) {
            return found;
        }
    }
    return nullptr;
}

inline void settleWindow(QQuickWindow& window, QSize size) {
    window.resize(size);
    window.show();
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
    }
}

// Processes events until `done` (bounded): for work the pages start after a frame.
inline bool waitUntil(const std::function<bool()>& done, int milliseconds = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

// The folder the UI tests leave their screenshots in (made if missing).
inline QString screenshotPath(const char* name) {
    const QDir dir(QStringLiteral(ROLLWISE_SCREENSHOT_DIR));
    QDir().mkpath(dir.path());
    return dir.filePath(QString::fromLatin1(name));
}

inline bool click(QQuickItem* button) {
    return button != nullptr && QMetaObject::invokeMethod(button, "clicked");
}

} // namespace rollwise::test
