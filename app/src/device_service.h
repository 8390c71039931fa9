#pragma once

// The smart roller or pen as the app sees it: which link is in use (Bluetooth, or the
// simulator, visibly labelled), the connection, and syncing its stored sessions into the
// journal. Published to QML as the singleton Device.
//
// The C++20 protocol headers stay out of this header (Qt 6.4's moc cannot parse them).

#include "existing_singleton.h"

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

#include <memory>

namespace rollwise {
class Clock;
}

namespace rollwise::app {

class JournalService;

class DeviceService : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool simulated READ simulated CONSTANT)
    Q_PROPERTY(QString linkLabel READ linkLabel CONSTANT)
    Q_PROPERTY(QString linkNote READ linkNote CONSTANT)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    enum class Preference { Automatic, Simulator };

    DeviceService(JournalService& journal, const Clock& clock, Preference preference,
                  QObject* parent = nullptr);
    ~DeviceService() override;

    [[nodiscard]] bool simulated() const;
    [[nodiscard]] QString linkLabel() const;
    [[nodiscard]] QString linkNote() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] bool connected() const;
    [[nodiscard]] bool busy() const;

    // Connects, then syncs the device's stored sessions into the journal (which must be
    // unlocked). Says in stateText what happened.
    Q_INVOKABLE void connectAndSync();
    Q_INVOKABLE void disconnectDevice();
    // The simulated roller comes back from a trip: it stores `sessions` sessions, one a day up to
    // `lastDaysAgo` days ago, `passes` passes each, at its head's needle length. For the demo
    // and the tests; does nothing on a real device. Returns how many it now holds.
    int seedSimulatedSessions(int sessions, int lastDaysAgo = 1, int passes = 12);

signals:
    void changed();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct DeviceForeign : ExistingSingleton<DeviceService> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::DeviceService)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Device)
};

} // namespace rollwise::app
