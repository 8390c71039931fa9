// Qt Quick Test for the reusable QML components (qml/components): each tst_*.qml file here loads
// components from the real Rollwise.Ui module, statically linked, with the services the shared
// Theme reads (Preferences) standing by, and checks what they draw and emit.
#include "services/preferences.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

namespace {

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        m_preferences = std::make_unique<rollwise::app::Preferences>(
            m_folder.filePath(QStringLiteral("rollwise.ini")));
        rollwise::app::PreferencesForeign::setInstance(m_preferences.get());
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        // Qt 6.4 does not search the qrc:/qt/qml prefix by default; newer Qt does.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase() {
        rollwise::app::PreferencesForeign::setInstance(nullptr);
        m_preferences.reset();
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<rollwise::app::Preferences> m_preferences;
};

} // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    QGuiApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "components", ROLLWISE_QML_TEST_DIR, &setup);
}

#include "quick_test_main.moc"
