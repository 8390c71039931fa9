#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class QTextStream;

namespace rollwise::app {

// The composition root: reads the command line, builds the services, loads the UI.
[[nodiscard]] int run(int argc, char* argv[]);

// Collects every warning and error Qt reports while it lives (QML errors, binding and type
// errors, console.warn), so the self-test and the UI tests can fail on them.
class WarningCollector {
public:
    WarningCollector();
    WarningCollector(const WarningCollector&) = delete;
    WarningCollector& operator=(const WarningCollector&) = delete;
    ~WarningCollector();
    [[nodiscard]] const QStringList& warnings() const noexcept { return m_warnings; }
    void add(const QString& warning) { m_warnings.append(warning); }

private:
    QStringList m_warnings;
};

// The main window, loaded from the Rollwise.Ui module.
struct LoadedUi {
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow* window = nullptr;
};
[[nodiscard]] LoadedUi loadMainUi();

// Resizes the window, lets the layout settle and renders it.
[[nodiscard]] bool saveScreenshot(QQuickWindow& window, QSize size, const QString& path);

// What `rollwise` does when there is no display: a short tour of the real stack.
[[nodiscard]] int runHeadlessDemo(QTextStream& out);

// Loads the UI at phone and desktop sizes and fails on any warning.
[[nodiscard]] int runSelfTest(QTextStream& out);

} // namespace rollwise::app
