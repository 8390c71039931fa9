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
#include <string>

namespace rollwise {
class Clock;
class Database;
} // namespace rollwise

namespace rollwise::platform::bluetooth {
class PairedDeviceStore;
} // namespace rollwise::platform::bluetooth

namespace rollwise::app {

class DeviceLiveFeed;
class SessionRunner;

class DeviceManager : public QObject {
    Q_OBJECT
    // The link in use: the simulator (always labelled) or Bluetooth; it changes with useDevice().
    Q_PROPERTY(bool simulated READ simulated NOTIFY changed)
    Q_PROPERTY(QString model READ model NOTIFY changed)
    Q_PROPERTY(int needleCount READ needleCount NOTIFY changed)
    Q_PROPERTY(int needleLengthUm READ needleLengthUm NOTIFY changed)
    Q_PROPERTY(Fallback fallback READ fallback NOTIFY changed)
    Q_PROPERTY(LinkState state READ state NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(int copied READ copied NOTIFY changed)
    Q_PROPERTY(int newlyStored READ newlyStored NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // The device in use (devices screen): kSimulatedId, a Bluetooth id, or empty (none).
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(bool scratchRun READ scratchRun CONSTANT)
    // Sync progress of the run in flight or the last one: `syncDone` of `syncTotal` (-1 while
    // the device has not said), and how it ended.
    Q_PROPERTY(int syncDone READ syncDone NOTIFY changed)
    Q_PROPERTY(int syncTotal READ syncTotal NOTIFY changed)
    Q_PROPERTY(int syncDeclined READ syncDeclined NOTIFY changed)
    Q_PROPERTY(SyncOutcome syncOutcome READ syncOutcome NOTIFY changed)
    Q_PROPERTY(BluetoothProblem bluetoothProblem READ bluetoothProblem NOTIFY changed)
    // What the device said on its last connection (-1 / empty when not known).
    Q_PROPERTY(int battery READ battery NOTIFY changed)
    Q_PROPERTY(QString firmware READ firmware NOTIFY changed)
    // A guided session (or anything else) holds the link: syncs leave it up.
    Q_PROPERTY(bool keepConnected READ keepConnected WRITE setKeepConnected NOTIFY changed)

public:
    // Scratch: the simulator for a run with keys in memory (self-test, demo, screenshots).
    enum class Preference { Automatic, Simulator, Scratch };

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
    // Chosen: picked on the devices screen; Scratch: a run that never uses a real device.
    enum class Fallback {
        None,
        AskedFor,
        NoAdapter,
        BluetoothOff,
        PermissionDenied,
        Other,
        Chosen,
        Scratch
    };
    Q_ENUM(Fallback)

    // How an on-demand sync ended (platform::bluetooth::SyncOutcome).
    enum class SyncOutcome { None, Complete, Partial, Cancelled, Failed };
    Q_ENUM(SyncOutcome)

    // What the Bluetooth link said last (platform::bluetooth::BluetoothError).
    enum class BluetoothProblem {
        None,
        NoAdapter,
        BluetoothOff,
        PermissionDenied,
        DeviceNotFound,
        PairingRefused,
        NotAuthenticated,
        NotRollwiseDevice,
        ConnectionFailed,
        ConnectionLost,
        Unknown
    };
    Q_ENUM(BluetoothProblem)

    static constexpr const char* kSimulatedId = "simulated";

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

    [[nodiscard]] QString deviceId() const;
    // A run with keys in memory (self-test, demo, screenshots): Bluetooth is never asked.
    [[nodiscard]] bool scratchRun() const;
    [[nodiscard]] int syncDone() const;
    [[nodiscard]] int syncTotal() const;
    [[nodiscard]] int syncDeclined() const;
    [[nodiscard]] SyncOutcome syncOutcome() const;
    [[nodiscard]] BluetoothProblem bluetoothProblem() const;
    [[nodiscard]] int battery() const;
    [[nodiscard]] QString firmware() const;
    [[nodiscard]] bool keepConnected() const;
    void setKeepConnected(bool keep);
    // The uid the device's records and heads are kept under in the journal (its prefix).
    [[nodiscard]] QString journalUid() const;
    // Device Features and Head Identity of the last connection (C++ only: core types).
    [[nodiscard]] bool hasFeatures() const;
    [[nodiscard]] int featureFamily() const;       // protocol::Family
    [[nodiscard]] int featureSensors() const;      // protocol::sensor bits
    [[nodiscard]] int featureCapabilities() const; // protocol::capability bits
    [[nodiscard]] int headNeedleUm() const;        // 0: no head known
    [[nodiscard]] int headNeedleCount() const;
    [[nodiscard]] int headUseCount() const;

    // The devices paired from the app, the ones connected automatically. In memory until
    // usePairedDevices() names the settings file that keeps them.
    [[nodiscard]] platform::bluetooth::PairedDeviceStore& pairedDevices();
    void usePairedDevices(const QString& settingsFile);

    // The device to talk to from now on: kSimulatedId, or a paired device's Bluetooth id. The
    // link is made again (nothing is connected until a sync or a session asks).
    Q_INVOKABLE void useDevice(const QString& id);
    // Stops the sync in flight; what was committed stays, the next sync resumes.
    Q_INVOKABLE void cancelSync();

    // Connects, then syncs the device's stored sessions into the journal; the link goes again
    // afterwards unless keepConnected.
    Q_INVOKABLE void connectAndSync();
    Q_INVOKABLE void disconnectDevice();
    // The simulated roller comes back from a trip: it stores `sessions` sessions, one a day up to
    // `lastDaysAgo` days ago, `passes` passes each, at its head's needle length. For the demo
    // and the tests; does nothing on a real device. Returns how many it now holds.
    int seedSimulatedSessions(int sessions, int lastDaysAgo = 1, int passes = 12);

    // ---- A guided session on the link (DeviceSessionLink; C++ only) -------------------------
    // The link is up, prepared and up to date: a live session can run on it.
    [[nodiscard]] bool liveReady() const;
    // The device's family as core names it (DeviceFamily), once its features are known; -1
    // before.
    [[nodiscard]] int liveFamily() const;
    // The journal uid of the head in the device ("head-<id>", or the device's own head slot);
    // empty when no head is known.
    [[nodiscard]] std::string headJournalUid() const;
    // A feed from this link into `runner` (attached: its passes will come from the device), kept
    // by the manager with the link; the link stays up (no idle disconnect) while it exists.
    // nullptr without a ready link.
    DeviceLiveFeed* startLiveFeed(SessionRunner& runner);
    [[nodiscard]] DeviceLiveFeed* liveFeed() const;
    // Ends the device's session and the feed; the link goes when it is idle again.
    void stopLiveFeed();
    // The simulated device makes one pass in `direction` (protocol::StrokeDirection) at
    // `peakPressureCn` (the demo's and the tests' hand). False on a real device or when the
    // device has no session running.
    bool simulatePass(int direction, int peakPressureCn = 200, int durationMs = 1500);

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
