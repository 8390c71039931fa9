#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QQmlApplicationEngine;
class QTemporaryDir;

namespace rollwise {
class SecretStore;
class Notifier;
class TimeZone;
namespace platform {
class ReminderTimer;
class SystemClock;
} // namespace platform
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

class JournalAccess;
class JournalWriter;
class BackupManager;
class JournalManager;
class DeviceManager;
class DeviceSessionLink;
class Preferences;
class ReminderManager;
class SessionRunner;

// The services the UI works with, built by the composition root and published to QML as
// existing-object singletons.
struct Services {
    Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;
    ~Services();
    std::unique_ptr<QTemporaryDir> scratch; // for in-memory runs (self-test, demo, screenshots)
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<platform::SystemClock> clock;
    std::unique_ptr<Preferences> preferences;
    std::unique_ptr<JournalAccess> access; // owns the connection; destroyed last
    // A running session's passes, written on a thread of its own over a second connection
    // (destroyed before `access`: what it has queued is written first).
    std::unique_ptr<JournalWriter> writer;
    std::unique_ptr<JournalManager> journal;
    std::unique_ptr<BackupManager> backups;
    std::unique_ptr<DeviceManager> devices;
    std::unique_ptr<TimeZone> timeZone;
    std::unique_ptr<Notifier> notifier; // null: no notification service (or a scratch run)
    std::unique_ptr<platform::ReminderTimer> reminderTimer; // null in a scratch run
    std::unique_ptr<ReminderManager> reminders;
    std::unique_ptr<SessionRunner> sessions;
    std::unique_ptr<DeviceSessionLink> sessionDevice; // a session's use of the device link
};

// Where a run keeps its files and which device link it uses.
struct ServiceOptions {
    QString folder; // the journal and the settings file
    bool simulate = false;
    bool ephemeral = false; // keys in memory, a private temporary folder removed afterwards
    std::unique_ptr<SecretStore> secrets; // instead of the system keychain (tests)
    // The caller opens the journal (services->access->open()) when it wants: the app does it
    // after the first frame, so the keychain and the integrity check never delay the window.
    bool openLater = false;
    // Whether the first start's onboarding is offered (default: not in ephemeral runs).
    std::optional<bool> offerOnboarding;
};
[[nodiscard]] std::unique_ptr<Services> makeServices(ServiceOptions options);

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
// Shows a page (an AppPage key such as "Journal", or its lower-case form). False if unknown.
bool showPage(QQuickWindow& window, const QString& page);

// Resizes the window, lets the layout settle and renders it.
[[nodiscard]] bool saveScreenshot(QQuickWindow& window, QSize size, const QString& path);

// What `rollwise` does when there is no display: a short tour of the real stack.
[[nodiscard]] int runHeadlessDemo(QTextStream& out);

// Loads the UI at phone and desktop sizes and fails on any warning.
[[nodiscard]] int runSelfTest(QTextStream& out);

} // namespace rollwise::app
