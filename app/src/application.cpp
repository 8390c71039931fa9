#include "application.h"

#include "device_service.h"
#include "device_sessions_service.h"
#include "heads_service.h"
#include "journal_service.h"
#include "logging.h"
#include "zone_list_model.h"

#include <rollwise/core/database.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/plan.h>
#include <rollwise/core/situation.h>
#include <rollwise/core/zone.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/process_hardening.h>
#include <rollwise/platform/system_clock.h>
#include <rollwise/platform/text.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstring>

namespace rollwise::app {
namespace {

constexpr QSize kPhoneSize{390, 844};
constexpr QSize kDesktopSize{1280, 800};

WarningCollector* g_collector = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (g_collector != nullptr && type != QtDebugMsg && type != QtInfoMsg) {
        g_collector->add(message);
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

bool hasArgument(int argc, char* argv[], const char* name) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

// Whether a window can be shown at all; decided before QGuiApplication exists.
bool displayAvailable() {
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        return qgetenv("QT_QPA_PLATFORM") != "offscreen" && qgetenv("QT_QPA_PLATFORM") != "minimal";
    }
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

void settle(int milliseconds) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

QString hexPrefix(const QString& path, int bytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("(unreadable)");
    }
    return QString::fromLatin1(file.read(bytes).toHex(' '));
}

} // namespace

Services::Services() = default;
Services::~Services() {
    HeadsForeign::setInstance(nullptr);
    DeviceSessionsForeign::setInstance(nullptr);
    DeviceForeign::setInstance(nullptr);
    JournalForeign::setInstance(nullptr);
    device.reset(); // before the journal it writes into
}

namespace {
std::unique_ptr<Services> build(std::unique_ptr<SecretStore> store, const QString& folder,
                                std::unique_ptr<QTemporaryDir> scratch,
                                DeviceService::Preference device) {
    auto services = std::make_unique<Services>();
    services->scratch = std::move(scratch);
    services->secrets = std::move(store);
    services->clock = std::make_unique<platform::SystemClock>();
    JournalService::Config config;
    config.databasePath = QDir(folder).filePath(QStringLiteral("journal.db")).toStdString();
    config.settingsFile = QDir(folder).filePath(QStringLiteral("rollwise.ini"));
    config.appVersion = QCoreApplication::applicationVersion();
    services->journal = std::make_unique<JournalService>(config, *services->secrets,
                                                         *services->clock, platform::generateKey);
    JournalForeign::setInstance(services->journal.get());
    services->journal->open();
    services->device =
        std::make_unique<DeviceService>(*services->journal, *services->clock, device);
    DeviceForeign::setInstance(services->device.get());
    services->deviceSessions = std::make_unique<DeviceSessionsService>(*services->journal);
    DeviceSessionsForeign::setInstance(services->deviceSessions.get());
    services->heads = std::make_unique<HeadsService>(*services->journal, *services->clock);
    HeadsForeign::setInstance(services->heads.get());
    return services;
}
} // namespace

std::unique_ptr<Services> makeServices(bool simulate) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return build(std::make_unique<platform::KeychainSecretStore>(), folder, nullptr,
                 simulate ? DeviceService::Preference::Simulator
                          : DeviceService::Preference::Automatic);
}

std::unique_ptr<Services> makeEphemeralServices() {
    auto scratch = std::make_unique<QTemporaryDir>();
    const QString folder = scratch->path();
    return build(std::make_unique<MemorySecretStore>(), folder, std::move(scratch),
                 DeviceService::Preference::Simulator);
}

WarningCollector::WarningCollector() {
    g_collector = this;
    g_previousHandler = qInstallMessageHandler(collectingHandler);
}

WarningCollector::~WarningCollector() {
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    g_collector = nullptr;
}

LoadedUi loadMainUi() {
    LoadedUi ui;
    ui.engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 does not search the qrc:/qt/qml prefix by default; newer Qt does.
    ui.engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    ui.engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Rollwise/Ui/Main.qml")));
    const auto roots = ui.engine->rootObjects();
    ui.window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.constFirst());
    return ui;
}

bool saveScreenshot(QQuickWindow& window, QSize size, const QString& path) {
    window.resize(size);
    window.show();
    settle(150);
    const QImage image = window.grabWindow();
    return !image.isNull() && image.save(path);
}

int runSelfTest(QTextStream& out) {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    if (ui.window == nullptr) {
        out << "self-test: FAILED: the main QML did not load\n";
        return 1;
    }
    for (const QSize size : {kPhoneSize, kDesktopSize}) {
        ui.window->resize(size);
        ui.window->show();
        settle(100);
        (void)ui.window->grabWindow(); // renders every visible item once
    }
    if (!collector.warnings().isEmpty()) {
        out << "self-test: FAILED: " << collector.warnings().size() << " QML warning(s):\n";
        for (const auto& warning : collector.warnings()) {
            out << "  " << warning << '\n';
        }
        return 1;
    }
    out << "self-test: passed (main QML loaded at phone and desktop size, no warnings)\n";
    return 0;
}

int runHeadlessDemo(QTextStream& out) {
    out << "Rollwise " << QCoreApplication::applicationVersion() << ": headless demo\n";

    const auto zones = faceZones();
    int needled = 0;
    for (const auto& zone : zones) {
        needled += zone.needlingAllowed ? 1 : 0;
    }
    out << "1. Core: " << zones.size() << " face zones, " << needled
        << " of them needled in a session; left out:";
    for (const auto& zone : zones) {
        if (!zone.needlingAllowed) {
            out << ' ' << platform::toQString(zone.displayName) << " ("
                << platform::toQString(zone.exclusionReason) << ')';
        }
    }
    out << '\n';

    // Zone data is not health data, but the demo still keeps its database in a private folder
    // and removes it afterwards.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        out << "   Could not create a private folder for the demo database: "
            << folder.errorString() << '\n';
        return 1;
    }
    const QString path = folder.filePath(QStringLiteral("demo.db"));
    {
        const SecretKey key = platform::generateKey();
        auto db = Database::open(path.toStdString(), key);
        if (!db) {
            out << "2. Encrypted store: could not create it: "
                << platform::toQString(db.error().message) << '\n';
            return 1;
        }
        if (auto stored = db.value().settings().storeZones(zones); !stored) {
            out << "2. Encrypted store: could not store the zones: "
                << platform::toQString(stored.error().message) << '\n';
            return 1;
        }
        out << "2. Encrypted store: created a SQLCipher "
            << platform::toQString(db.value().cipherVersion())
            << " database with a fresh random 256-bit key (held in memory for this demo only)\n"
            << "   and stored the zone list in it.\n";
    }
    out << "   The file starts with " << hexPrefix(path, 16)
        << " (random salt, not \"SQLite format 3\").\n";
    {
        const SecretKey wrongKey = platform::generateKey();
        auto wrong = Database::open(path.toStdString(), wrongKey);
        out << "   Opening it with another key: "
            << (wrong ? QStringLiteral("opened (unexpected!)")
                      : platform::toQString(wrong.error().message))
            << '\n';
        if (wrong) {
            return 1;
        }
    }

    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    if (ui.window == nullptr) {
        out << "3. UI: the main QML did not load\n";
        return 1;
    }
    ui.window->resize(kPhoneSize);
    settle(100);
    auto* list = ui.window->findChild<QObject*>(QStringLiteral("zoneList"));
    out << "3. UI: loaded the main window offscreen; its zone list shows "
        << (list ? list->property("count").toInt() : -1) << " zones"
        << (collector.warnings().isEmpty() ? QStringLiteral(", with no QML warnings.")
                                           : QStringLiteral(", with QML warnings!"))
        << '\n';

    // The simulated smart roller, through the same link and sync code as a real device. It
    // comes back from a trip with two sessions it stored while the phone was away.
    (void)services->device->seedSimulatedSessions(2, 1);
    services->device->connectAndSync();
    QElapsedTimer waited;
    waited.start();
    while (!services->device->stateText().startsWith(QStringLiteral("Up to date")) &&
           waited.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    out << "4. Device: " << services->device->linkLabel() << ": " << services->device->stateText()
        << '\n'
        << "   The journal now holds " << services->journal->sessionCount()
        << " sessions; waiting for their zones: " << services->deviceSessions->pendingCount()
        << ".\n";
    services->device->disconnectDevice();

    // The overuse guard on a first session, with the history and answers in the journal.
    const auto plan = makePlan(Goal::TextureAndFineLines, DeviceFamily::SmartRoller, 200);
    if (plan && services->journal->database() != nullptr) {
        // Through the one builder of the guard's situation: a journal it cannot read blocks.
        SituationRequest request;
        request.now = std::chrono::floor<Seconds>(std::chrono::system_clock::now());
        request.plan = plan.value().forGuard();
        const GuardDecision decision = decideFromJournal(*services->journal->database(), request);
        int closed = 0;
        for (const auto& zone : decision.zones) {
            closed += zone.window.notBefore && decision.effectiveNow < *zone.window.notBefore;
        }
        out << "5. Guard: a texture session over " << plan.value().zones.size()
            << " zones at 0.2 mm: " << platform::toQString(toString(decision.session)) << ". "
            << platform::toQString(decision.explain()) << '\n'
            << "   Zones still healing from the synced sessions: " << closed << " of "
            << decision.zones.size() << ".\n";
    }
    out << "Demo finished. Run it on a machine with a display to see the window.\n";
    return collector.warnings().isEmpty() ? 0 : 1;
}

int run(int argc, char* argv[]) {
    const bool hardened = platform::hardenProcess();
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    const bool demo = hasArgument(argc, argv, "--demo");
    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    const bool headless = !displayAvailable();
    if ((selfTest || demo || screenshot || headless) &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        // There is no GPU context offscreen: render with Qt Quick's software backend.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Rollwise"));
    QGuiApplication::setOrganizationName(QStringLiteral("Rollwise"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ROLLWISE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rollwise.Rollwise"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rollwise, the home microneedling companion."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load the user interface offscreen, fail on any QML warning, and exit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Run the headless demo even when a display is available."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window offscreen into <file> (PNG) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("window-size"),
        QStringLiteral("Window size for --screenshot, as WIDTHxHEIGHT (default 1280x800)."),
        QStringLiteral("size"), QStringLiteral("1280x800"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("The page for --screenshot: zones or journal."),
        QStringLiteral("page"));
    const QCommandLineOption simulateOption(
        QStringLiteral("simulate"),
        QStringLiteral(
            "Use a simulated smart roller instead of Bluetooth (also chosen when there is no "
            "Bluetooth adapter)."));
    parser.addOptions(
        {selfTestOption, demoOption, screenshotOption, sizeOption, pageOption, simulateOption});
    parser.process(application);
    if (!hardened) {
        qCWarning(lcApp) << "Could not turn off crash dumps for this process.";
    }

    QTextStream out(stdout);
    if (parser.isSet(selfTestOption)) {
        return runSelfTest(out);
    }
    if (parser.isSet(screenshotOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (!size.isValid() || size.isEmpty()) {
            out << "rollwise: --window-size wants WIDTHxHEIGHT, e.g. 390x844\n";
            return 2;
        }
        const auto services = makeEphemeralServices();
        LoadedUi ui = loadMainUi();
        if (ui.window != nullptr && parser.isSet(pageOption)) {
            ui.window->setProperty("currentPage", parser.value(pageOption));
        }
        if (ui.window == nullptr ||
            !saveScreenshot(*ui.window, size, parser.value(screenshotOption))) {
            out << "rollwise: could not render the window to " << parser.value(screenshotOption)
                << '\n';
            return 1;
        }
        return 0;
    }
    if (demo || headless) {
        if (headless) {
            out << "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so Rollwise "
                   "cannot open its window.\nRunning the headless demo instead.\n\n";
        }
        return runHeadlessDemo(out);
    }

    const auto services = makeServices(parser.isSet(simulateOption));
    LoadedUi ui = loadMainUi();
    if (ui.window == nullptr) {
        qCCritical(lcApp) << "The user interface could not be loaded.";
        return 1;
    }
    return QGuiApplication::exec();
}

} // namespace rollwise::app
