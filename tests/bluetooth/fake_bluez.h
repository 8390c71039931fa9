#pragma once

// The fake BlueZ (fake_bluez.py) seen from a test: started once per process, on first use,
// before anything in the process touches the system bus; controlled line by line. It points
// DBUS_SYSTEM_BUS_ADDRESS at its private bus and sets BLUETOOTH_FORCE_DBUS_LE_VERSION so Qt
// Bluetooth uses its BlueZ D-Bus backend. Everything it started ends with it: on stop(), when
// this process exits, or (through stdin closing and PR_SET_PDEATHSIG) when it is killed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace rollwise::bttest {

class FakeBluez {
public:
    // The process-wide instance, started on first call. Failures throw std::runtime_error
    // (a test reports it as an unexpected exception, with the message).
    static FakeBluez& instance();
    // Ends the fixture (called at exit by the test main); its logs are kept when asked (a run
    // that failed), removed otherwise.
    static void shutdown(bool keepLogs);

    // One control line; the answer without its "ok " prefix. Throws on "err".
    QString command(const QString& line);
    // The same, but returns the raw answer line ("ok ..." or "err ...").
    QString tryCommand(const QString& line);
    // A fresh world (see fake_bluez.py): e.g. reset("adapter=1 paired=0").
    void reset(const QString& options = QString());
    // A command for the simulated device; the answer without "ok".
    QString sim(const QString& line) { return command(QStringLiteral("sim ") + line); }
    [[nodiscard]] int calls(const QString& method);
    [[nodiscard]] QString logPath() const { return m_log; }

    static constexpr const char* kDeviceAddress = "C0:FF:EE:00:05:40";
    static constexpr const char* kDecoyAddress = "C0:FF:EE:00:00:01";

    ~FakeBluez();

private:
    FakeBluez();
    void stop();

    QProcess m_process;
    QString m_log;
};

} // namespace rollwise::bttest
