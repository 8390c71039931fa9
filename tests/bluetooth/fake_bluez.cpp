#include "fake_bluez.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <memory>
#include <stdexcept>
#include <string>
#include <sys/prctl.h>

namespace rollwise::bttest {

namespace {

constexpr int kStartTimeoutMs = 20000;
constexpr int kAnswerTimeoutMs = 15000;

std::unique_ptr<FakeBluez>& holder() {
    static std::unique_ptr<FakeBluez> fixture;
    return fixture;
}

} // namespace

FakeBluez& FakeBluez::instance() {
    auto& fixture = holder();
    if (!fixture) {
        fixture.reset(new FakeBluez());
    }
    return *fixture;
}

void FakeBluez::shutdown(bool keepLogs) {
    auto& fixture = holder();
    if (!fixture) {
        return;
    }
    const QString log = fixture->m_log;
    fixture.reset();
    if (!keepLogs) {
        QFile::remove(log);
        QFile::remove(log + QStringLiteral(".bus"));
    }
}

FakeBluez::FakeBluez() {
    m_log =
        QDir(QStringLiteral(ROLLWISE_BT_LOG_DIR))
            .filePath(QStringLiteral("fake-bluez-%1.log").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(QStringLiteral(ROLLWISE_BT_LOG_DIR));
    m_process.setProgram(QStringLiteral(ROLLWISE_PYTHON));
    m_process.setArguments({QStringLiteral(ROLLWISE_FAKE_BLUEZ), QStringLiteral("--helper"),
                            QStringLiteral(ROLLWISE_FAKE_DEVICE), QStringLiteral("--log"), m_log});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If this process dies without cleaning up, the fixture gets SIGTERM and ends its bus.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        throw std::runtime_error("the fake BlueZ did not start: " +
                                 m_process.errorString().toStdString());
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && timer.elapsed() < kStartTimeoutMs) {
        m_process.waitForReadyRead(200);
        if (m_process.state() != QProcess::Running) {
            break;
        }
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QStringLiteral("READY "))) {
        stop();
        throw std::runtime_error("the fake BlueZ did not become ready: " + line.toStdString());
    }
    // Before anything opens the system bus: Qt reads these once.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", line.mid(6).toUtf8());
    qputenv("BLUETOOTH_FORCE_DBUS_LE_VERSION", "5.66");
}

FakeBluez::~FakeBluez() {
    stop();
}

void FakeBluez::stop() {
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.write("quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QString FakeBluez::tryCommand(const QString& line) {
    m_process.write((line + QLatin1Char('\n')).toUtf8());
    m_process.waitForBytesWritten(kAnswerTimeoutMs);
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && timer.elapsed() < kAnswerTimeoutMs &&
           m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
    }
    if (!m_process.canReadLine()) {
        return QStringLiteral("err no answer to: ") + line;
    }
    return QString::fromUtf8(m_process.readLine()).trimmed();
}

QString FakeBluez::command(const QString& line) {
    const QString answer = tryCommand(line);
    if (!answer.startsWith(QStringLiteral("ok"))) {
        throw std::runtime_error("fake BlueZ: " + line.toStdString() + " -> " +
                                 answer.toStdString());
    }
    return answer.mid(3);
}

void FakeBluez::reset(const QString& options) {
    command(QStringLiteral("reset ") + options);
}

int FakeBluez::calls(const QString& method) {
    return command(QStringLiteral("calls ") + method).toInt();
}

} // namespace rollwise::bttest
