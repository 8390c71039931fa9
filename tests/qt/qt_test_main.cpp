// Catch2 main for tests that need Qt: a QGuiApplication (offscreen unless told otherwise) lives
// for the whole run, so QSignalSpy::wait() and Qt Quick work inside test cases.
#include <QGuiApplication>
#include <QQuickWindow>

#include <catch2/catch_session.hpp>

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
