// The composition root: builds the services, wires them, and publishes them to QML.
#include "application.h"
#include "services/backup_manager.h"
#include "services/device_manager.h"
#include "services/device_session_link.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/journal_writer.h"
#include "services/preferences.h"
#include "services/reminder_manager.h"
#include "services/session_runner.h"

#include <rollwise/core/secret_store.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/notifier_factory.h>
#include <rollwise/platform/qt_time_zone.h>
#include <rollwise/platform/reminder_timer.h>
#include <rollwise/platform/system_clock.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rollwise::app {

Services::Services() = default;

Services::~Services() {
    PreferencesForeign::setInstance(nullptr);
    ReminderManagerForeign::setInstance(nullptr);
    DeviceSessionLinkForeign::setInstance(nullptr);
    sessionDevice.reset();
    SessionRunnerForeign::setInstance(nullptr);
    sessions.reset();
    DeviceManagerForeign::setInstance(nullptr);
    BackupManagerForeign::setInstance(nullptr);
    JournalManagerForeign::setInstance(nullptr);
    JournalAccessForeign::setInstance(nullptr);
    // Those that use the connection go before the one that owns it.
    reminders.reset();
    reminderTimer.reset();
    notifier.reset();
    devices.reset();
    backups.reset();
    journal.reset();
    access.reset();
}

std::unique_ptr<Services> makeServices(ServiceOptions options) {
    auto services = std::make_unique<Services>();
    QString folder = options.folder;
    if (options.ephemeral) {
        services->scratch = std::make_unique<QTemporaryDir>();
        folder = services->scratch->path();
        services->secrets = std::make_unique<MemorySecretStore>();
    }
    if (options.secrets) {
        services->secrets = std::move(options.secrets);
    } else if (!services->secrets) {
        services->secrets = std::make_unique<platform::KeychainSecretStore>();
    }
    services->clock = std::make_unique<platform::SystemClock>();
    const Clock& clock = *services->clock;
    const QString settingsFile = QDir(folder).filePath(QStringLiteral("rollwise.ini"));

    services->preferences = std::make_unique<Preferences>(settingsFile);

    JournalAccess::Config access;
    access.databasePath = QDir(folder).filePath(QStringLiteral("journal.db")).toStdString();
    access.settingsFile = settingsFile;
    services->access =
        std::make_unique<JournalAccess>(access, *services->secrets, clock, platform::generateKey);
    services->journal = std::make_unique<JournalManager>(clock);
    services->journal->setOnboardingOffered(options.offerOnboarding.value_or(!options.ephemeral));
    BackupManager::Config backups;
    backups.settingsFile = settingsFile;
    backups.appVersion = QCoreApplication::applicationVersion();
    services->backups = std::make_unique<BackupManager>(backups, *services->secrets, clock);
    // A scratch run picks the simulator by itself: it says so, not "--simulate".
    services->devices = std::make_unique<DeviceManager>(
        clock, options.simulate    ? DeviceManager::Preference::Simulator
               : options.ephemeral ? DeviceManager::Preference::Scratch
                                   : DeviceManager::Preference::Automatic);
    services->devices->usePairedDevices(settingsFile);

    services->timeZone = std::make_unique<platform::QtTimeZone>(platform::QtTimeZone::system());
    if (!options.ephemeral) {
        // A scratch run (self-test, demo, tests) never shows notifications on the desktop.
        // The portal inside a Flatpak, freedesktop notifications otherwise (one factory).
        auto notifier = platform::makeNotifier();
        if (notifier && notifier->available()) {
            services->notifier = std::move(notifier);
        }
    }
    services->reminders =
        std::make_unique<ReminderManager>(clock, *services->timeZone, services->notifier.get());

    services->sessions = std::make_unique<SessionRunner>(clock, *services->journal);
    if (!options.ephemeral) {
        services->sessions->keepScreenOnDuringSessions();
    }

    // The connection goes, once open, to the services that work on the journal.
    JournalManager* journal = services->journal.get();
    BackupManager* backupManager = services->backups.get();
    DeviceManager* devices = services->devices.get();
    ReminderManager* reminders = services->reminders.get();
    QObject::connect(services->access.get(), &JournalAccess::opened, journal,
                     [journal, backupManager, devices, reminders](Database& db) {
                         journal->attach(db);
                         backupManager->attach(db);
                         devices->attach(db);
                         reminders->attach(db);
                     });
    // What the reminders follow from changed: the schedule is worked out again.
    for (const auto signal :
         {&JournalManager::sessionsChanged, &JournalManager::pendingDeviceSessionsChanged,
          &JournalManager::headsChanged}) {
        QObject::connect(journal, signal, reminders, &ReminderManager::journalChanged);
    }
    // Guided sessions: unfinished ones are recovered when the journal opens (after the
    // services above have it), and an ended or recovered session changes the journal's lists.
    SessionRunner* sessions = services->sessions.get();
    QObject::connect(services->access.get(), &JournalAccess::opened, sessions,
                     [sessions](Database& db) { sessions->attach(db); });
    // Its passes are written on the writer's thread; a key change closes that connection first.
    services->writer = std::make_unique<JournalWriter>();
    JournalWriter* writer = services->writer.get();
    sessions->useWriter(writer);
    QObject::connect(services->access.get(), &JournalAccess::opened, writer,
                     [writer](Database& db) { writer->open(db); });
    QObject::connect(services->access.get(), &JournalAccess::keyChanging, writer,
                     [writer] { writer->close(); });
    QObject::connect(services->access.get(), &JournalAccess::keyChanged, writer,
                     [writer](Database& db) { writer->open(db); });
    QObject::connect(sessions, &SessionRunner::sessionsChanged, journal, &JournalManager::merged);
    QObject::connect(devices, &DeviceManager::sessionsStored, journal,
                     &JournalManager::deviceSessionsStored);
    QObject::connect(backupManager, &BackupManager::journalMerged, journal,
                     &JournalManager::merged);
    // A session planned for a smart device connects it on demand and takes its live passes.
    services->sessionDevice = std::make_unique<DeviceSessionLink>(*sessions, *devices);

    PreferencesForeign::setInstance(services->preferences.get());
    JournalAccessForeign::setInstance(services->access.get());
    JournalManagerForeign::setInstance(journal);
    BackupManagerForeign::setInstance(backupManager);
    DeviceManagerForeign::setInstance(devices);
    ReminderManagerForeign::setInstance(reminders);
    SessionRunnerForeign::setInstance(sessions);
    DeviceSessionLinkForeign::setInstance(services->sessionDevice.get());

    if (!options.openLater) {
        services->access->open();
    }
    return services;
}

std::unique_ptr<Services> makeServices(bool simulate) {
    ServiceOptions options;
    options.folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.simulate = simulate;
    return makeServices(std::move(options));
}

std::unique_ptr<Services> makeEphemeralServices() {
    ServiceOptions options;
    options.ephemeral = true;
    return makeServices(std::move(options));
}

} // namespace rollwise::app
