#pragma once

// The smart roller or pen as the app sees it: which link is in use (Bluetooth, or the
// simulator, always labelled), the connection, and syncing its stored sessions into the
// journal. State and problems are typed; pages word them. Published to QML as the singleton
// Devices.
//
// The C++20 protocol headers stay out of this header (Qt 6.4's moc cannot parse them).

#include "existing_singleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

#include <functional>
#include <memory>

namespace rollwise {
class Clock;
class Database;
} // namespace rollwise

namespace rollwise::app {

class DeviceManager : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool simulated READ simulated CONSTANT)
    Q_PROPERTY(QString model READ model CONSTANT)
    Q_PROPERTY(int needleCount READ needleCount CONSTANT)
    Q_PROPERTY(int needleLengthUm READ needleLengthUm CONSTANT)
    Q_PROPERTY(Fallback fallback READ fallback CONSTANT)
    Q_PROPERTY(LinkState state READ state NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(int copied READ copied NOTIFY changed)
    Q_PROPERTY(int newlyStored READ newlyStored NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    enum class Preference { Automatic, Simulator };

    // NotPaired: no device to talk to (Bluetooth without a paired device).
    // Disconnected --connectAndSync--> Connecting --> Connected --> Preparing --> Syncing
    //   --> UpToDate | Failed (problem);  any --link lost--> Disconnected
    enum class LinkState {
        NotPaired,
        Disconnected,
        Connecting,
        Connected,
        Preparing,
        Syncing,
        UpToDate,
        Failed
    };
    Q_ENUM(LinkState)

    enum class Problem {
        None,
        NoLink,
        NotPaired,
        JournalLocked,
        LinkLost,
        NotAuthenticated,
        FeaturesUnreadable,
        UnsupportedDevice,
        NotificationRefused,
        StoreFailed,
        DeviceRefused,
        Timeout,
        ProtocolError,
        WriteFailed,
        Aborted,
    };
    Q_ENUM(Problem)

    // Why the simulator stands in for Bluetooth.
    enum class Fallback { None, AskedFor, NoAdapter, BluetoothOff, PermissionDenied, Other };
    Q_ENUM(Fallback)

    DeviceManager(const Clock& clock, Preference preference, QObject* parent = nullptr);
    ~DeviceManager() override;

    // The journal opened: synced sessions are stored there from now on.
    void attach(Database& db);

    [[nodiscard]] bool simulated() const;
    [[nodiscard]] QString model() const;
    [[nodiscard]] int needleCount() const;
    [[nodiscard]] int needleLengthUm() const;
    [[nodiscard]] Fallback fallback() const;
    [[nodiscard]] LinkState state() const;
    [[nodiscard]] Problem problem() const;
    [[nodiscard]] int copied() const;
    [[nodiscard]] int newlyStored() const;
    [[nodiscard]] bool connected() const;
    [[nodiscard]] bool busy() const;

    // Connects, then syncs the device's stored sessions into the journal.
    Q_INVOKABLE void connectAndSync();
    Q_INVOKABLE void disconnectDevice();
    // The simulated roller comes back from a trip: it stores `sessions` sessions, one a day up to
    // `lastDaysAgo` days ago, `passes` passes each, at its head's needle length. For the demo
    // and the tests; does nothing on a real device. Returns how many it now holds.
    int seedSimulatedSessions(int sessions, int lastDaysAgo = 1, int passes = 12);

signals:
    void changed();
    // Sessions from the device were committed to the journal (`newlyStored` of them new).
    void sessionsStored(int newlyStored);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct DeviceManagerForeign : ExistingSingleton<DeviceManager> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::DeviceManager)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Devices)
};

} // namespace rollwise::app
