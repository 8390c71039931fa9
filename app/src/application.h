#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlApplicationEngine;
class QTemporaryDir;

namespace rollwise {
class SecretStore;
namespace platform {
class SystemClock;
}
} // namespace rollwise
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

class JournalService;
class DeviceService;
class DeviceSessionsService;
class HeadsService;

// The services the UI works with, built by the composition root.
struct Services {
    Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;
    ~Services();
    std::unique_ptr<QTemporaryDir> scratch; // for in-memory runs (self-test, demo, screenshots)
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<platform::SystemClock> clock;
    std::unique_ptr<JournalService> journal;
    std::unique_ptr<DeviceService> device;
    std::unique_ptr<DeviceSessionsService> deviceSessions;
    std::unique_ptr<HeadsService> heads;
};

// Real services: the system keychain, the journal in the app's data folder, the Bluetooth link
// (or the simulator when `simulate` is set or there is no adapter).
[[nodiscard]] std::unique_ptr<Services> makeServices(bool simulate);
// Services for runs that must not touch the user's data: keys in memory, a private temporary
// folder that is removed afterwards, and the simulated device.
[[nodiscard]] std::unique_ptr<Services> makeEphemeralServices();

// The main window, loaded from the Rollwise.Ui module. The services must exist first.
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
