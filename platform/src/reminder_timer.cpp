#include <rollwise/platform/reminder_timer.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace rollwise::platform {

ReminderTimer::ReminderTimer(QString systemctl)
    : m_program(std::move(systemctl)) {}

bool ReminderTimer::available() const {
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    // Inside a Flatpak the host's systemd is out of reach.
    if (qEnvironmentVariableIsSet("FLATPAK_ID")) {
        return false;
    }
    return !QStandardPaths::findExecutable(m_program).isEmpty() ||
           (m_program.startsWith(QLatin1Char('/')) && QFile::exists(m_program));
#else
    return false;
#endif
}

int ReminderTimer::run(const QStringList& arguments) const {
    QProcess process;
    process.start(m_program, QStringList{QStringLiteral("--user")} + arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        return -1;
    }
    return process.exitCode();
}

bool ReminderTimer::enabled() const {
    return available() && run({QStringLiteral("is-enabled"), QStringLiteral("--quiet"),
                               QLatin1String(kUnit)}) == 0;
}

bool ReminderTimer::setEnabled(bool enabled) {
    if (!available()) {
        return false;
    }
    const QString verb = enabled ? QStringLiteral("enable") : QStringLiteral("disable");
    return run({verb, QStringLiteral("--now"), QLatin1String(kUnit)}) == 0;
}

} // namespace rollwise::platform
