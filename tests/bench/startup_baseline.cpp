// The startup benchmark's baseline: a bare Qt Quick window in the same style (Material, the same
// software rendering offscreen), started the same way as `rollwise --startup-probe`. It prints
// the same line: the time to its first frame and its peak memory.
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>

namespace {
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
} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer startup;
    startup.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(R"qml(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
ApplicationWindow {
    width: 390; height: 844; visible: true
    header: ToolBar { Label { anchors.centerIn: parent; text: "Baseline" } }
    Column {
        anchors.centerIn: parent
        Label { text: "A bare window in the same style" }
        Button { text: "A button" }
    }
}
)qml");
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    QTextStream out(stdout);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&] {
            out << "first frame: " << startup.elapsed() << " ms; peak memory: " << peakMemoryKiB()
                << " KiB\n";
            out.flush();
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
