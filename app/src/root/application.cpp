#include "application.h"

#include "logging.h"
#include "navigation.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "ui_support.h"

#include <rollwise/platform/process_hardening.h>
#include <rollwise/version.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <cstring>
#include <language.h>

namespace rollwise::app {
namespace {

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
// The most memory the process has held (VmHWM), in KiB; -1 where the system does not say.
long peakMemoryKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    // /proc files report no size: read them whole rather than testing atEnd().
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

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

} // namespace

WarningCollector::WarningCollector() {
    g_collector = this;
    g_previousHandler = qInstallMessageHandler(collectingHandler);
}

WarningCollector::~WarningCollector() {
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    g_collector = nullptr;
}

void settle(int milliseconds) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

LoadedUi loadMainUi() {
    // Material, light or dark (Main.qml follows the Preferences); set before any control loads.
    if (QQuickStyle::name() != QStringLiteral("Material")) {
        QQuickStyle::setStyle(QStringLiteral("Material")); // once per process, before any QML
    }
    LoadedUi ui;
    ui.engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 does not search the qrc:/qt/qml prefix by default; newer Qt does.
    ui.engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    ui.engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Rollwise/Ui/Main.qml")));
    const auto roots = ui.engine->rootObjects();
    ui.window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.constFirst());
    return ui;
}

bool showPage(QQuickWindow& window, const QString& page) {
    const QMetaEnum pages = QMetaEnum::fromType<AppPage::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const QString key = QString::fromLatin1(pages.key(i));
        if (key.compare(page, Qt::CaseInsensitive) == 0) {
            // Main.qml's showPage(page, properties): the same path as a tap on the navigation.
            bool shown = false;
            return QMetaObject::invokeMethod(&window, "showPage", Q_RETURN_ARG(bool, shown),
                                             Q_ARG(int, pages.value(i)),
                                             Q_ARG(QVariant, QVariantMap{})) &&
                   shown;
        }
    }
    return false;
}

bool saveScreenshot(QQuickWindow& window, QSize size, const QString& path) {
    window.resize(size);
    window.show();
    settle(150);
    const QImage image = window.grabWindow();
    return !image.isNull() && image.save(path);
}

int run(int argc, char* argv[]) {
    QElapsedTimer startup;
    startup.start();
    const bool hardened = platform::hardenProcess();
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    const bool demo = hasArgument(argc, argv, "--demo");
    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    const bool probe = hasArgument(argc, argv, "--startup-probe");
    const bool headless = !displayAvailable();
    if ((selfTest || demo || screenshot || probe || headless) &&
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
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the journal and settings in <folder> instead of the app's data "
                       "folder."),
        QStringLiteral("folder"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QStringLiteral("Start as usual, print the time to the first frame and the peak memory, "
                       "and exit (for the startup benchmark)."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("The language: en or de (default: the system's)."),
        QStringLiteral("language"));
    parser.addOptions({selfTestOption, demoOption, screenshotOption, sizeOption, pageOption,
                       simulateOption, dataOption, probeOption, languageOption});
    parser.process(application);
    QString language = parser.value(languageOption);
    if (!parser.isSet(languageOption) && !selfTest && !demo && !screenshot) {
        // The language chosen in Settings, from the settings file of the real run.
        const QString folder =
            parser.isSet(dataOption)
                ? parser.value(dataOption)
                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString stored =
            Preferences::storedLanguage(QDir(folder).filePath(QStringLiteral("rollwise.ini")));
        if (text::availableLanguages().contains(stored)) {
            language = stored;
        }
    }
    if (!language.isEmpty() && !text::availableLanguages().contains(language)) {
        QTextStream(stderr) << "rollwise: --language wants one of "
                            << text::availableLanguages().join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    if (!text::useLanguage(text::localeFor(language))) {
        qCInfo(lcApp) << "No translation for" << QLocale().name() << "- the texts stay English.";
    }
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
        if (ui.window != nullptr && parser.isSet(pageOption) &&
            !showPage(*ui.window, parser.value(pageOption))) {
            out << "rollwise: no page called " << parser.value(pageOption) << '\n';
            return 2;
        }
        if (ui.window == nullptr ||
            !saveScreenshot(*ui.window, size, parser.value(screenshotOption))) {
            out << "rollwise: could not render the window to " << parser.value(screenshotOption)
                << '\n';
            return 1;
        }
        return 0;
    }
    if (demo || (headless && !probe)) {
        if (headless) {
            out << "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so Rollwise "
                   "cannot open its window.\nRunning the headless demo instead.\n\n";
        }
        return runHeadlessDemo(out);
    }

    ServiceOptions options;
    options.folder = parser.isSet(dataOption)
                         ? parser.value(dataOption)
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.simulate = parser.isSet(simulateOption);
    options.openLater = true;
    const auto services = makeServices(std::move(options));
    LoadedUi ui = loadMainUi();
    if (ui.window == nullptr) {
        qCCritical(lcApp) << "The user interface could not be loaded.";
        return 1;
    }
    // The window first ("Opening your journal…"), then the keychain and the journal's
    // integrity check, which take a few hundred milliseconds on a ten-year journal.
    QObject::connect(
        ui.window, &QQuickWindow::frameSwapped, services->access.get(),
        [access = services->access.get()] {
            QMetaObject::invokeMethod(access, &JournalAccess::open, Qt::QueuedConnection);
        },
        Qt::SingleShotConnection);
    if (parser.isSet(probeOption)) {
        // The first frame's time and memory; then the run goes on until the journal is open
        // (the probe checks it opened the right one) and exits.
        QObject::connect(
            ui.window, &QQuickWindow::frameSwapped, &application,
            [&out, &startup] {
                out << "first frame: " << startup.elapsed()
                    << " ms; peak memory: " << peakMemoryKiB() << " KiB\n";
                out.flush();
            },
            Qt::SingleShotConnection);
        QObject::connect(
            services->access.get(), &JournalAccess::stateChanged, &application,
            [&out, &startup, access = services->access.get(), journal = services->journal.get()] {
                out << "opened after: " << startup.elapsed()
                    << " ms; peak memory: " << peakMemoryKiB() << " KiB; journal: "
                    << QMetaEnum::fromType<JournalAccess::State>().valueToKey(
                           static_cast<int>(access->state()))
                    << "; sessions: " << journal->sessionCount() << '\n';
                out.flush();
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}

} // namespace rollwise::app
