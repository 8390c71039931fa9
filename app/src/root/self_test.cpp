// `rollwise --self-test`: compiles every QML file of the UI module, then shows every page at
// phone and desktop size in both themes, and fails on any QML warning.
#include "application.h"
#include "navigation.h"
#include "services/preferences.h"
#include "ui_support.h"

#include <QDirIterator>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTextStream>

namespace rollwise::app {

int runSelfTest(QTextStream& out) {
    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    if (ui.window == nullptr) {
        out << "self-test: FAILED: the main QML did not load\n";
        return 1;
    }
    // Every file, whether or not a page shows it now: a component only some screen loads later
    // must compile too.
    int compiled = 0;
    QStringList broken;
    QDirIterator files(QStringLiteral(":/qt/qml/Rollwise"), {QStringLiteral("*.qml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QQmlComponent component(ui.engine.get(), QUrl(QStringLiteral("qrc") + file),
                                QQmlComponent::PreferSynchronous);
        if (component.isError()) {
            broken << file + QStringLiteral(": ") + component.errorString();
        }
        ++compiled;
    }
    const QMetaEnum pages = QMetaEnum::fromType<AppPage::Page>();
    for (const auto theme : {Preferences::Theme::Light, Preferences::Theme::Dark}) {
        services->preferences->setTheme(theme);
        for (int i = 0; i < pages.keyCount(); ++i) {
            if (!showPage(*ui.window, QString::fromLatin1(pages.key(i)))) {
                broken << QStringLiteral("page %1 could not be shown").arg(pages.key(i));
            }
            for (const QSize size : {kPhoneSize, kDesktopSize}) {
                ui.window->resize(size);
                ui.window->show();
                settle(60);
                (void)ui.window->grabWindow(); // renders every visible item once
            }
        }
    }
    if (compiled == 0) {
        broken << QStringLiteral("no QML file found in the resources");
    }
    if (!broken.isEmpty() || !collector.warnings().isEmpty()) {
        out << "self-test: FAILED:\n";
        for (const auto& problem : broken + collector.warnings()) {
            out << "  " << problem << '\n';
        }
        return 1;
    }
    out << "self-test: passed (" << compiled << " QML files compiled; " << pages.keyCount()
        << " pages shown at phone and desktop size in both themes; no warnings)\n";
    return 0;
}

} // namespace rollwise::app
