#pragma once

// The Qt Bluetooth link to one Rollwise device: core's GattPeer over QLowEnergyController and
// QLowEnergyService (docs/bluetooth.md).
//
// What it does on its own: finds the device with a short scan when the stack has not seen it
// (BlueZ needs a Device1 object before it can connect), connects, discovers the services and
// their characteristics (values are not read during discovery: most need a bond), reads Device
// Features (5.3 step 4: the first encrypted access), then Device Information and Battery, and
// (for a protocol major 1 device) writes Local Time Information and Current Time, then reports
// Connected. Requests (read, write with response, CCCD) run one at a time, so every answer
// and every error is matched to its request; each has a timeout, after which the link is
// dropped and made again. After a link loss it reconnects with exponential back-off, but only
// to a device in the paired list, only while the user wants the link, and never after an error
// that needs the user. Everything taken from a QLowEnergyService is rebuilt on every
// connection.
//
// ConnectionState transitions:
//   Idle | Failed      --connect()-->                      Scanning | Connecting
//   Scanning           --device seen-->                    Connecting
//   Scanning           --scan over, not seen-->            WaitingToReconnect | Failed
//                                                          (DeviceNotFound)
//   Connecting         --link up-->                        Discovering
//   Discovering        --details of every service known--> Preparing
//   Discovering        --no Rollwise service-->            Failed (NotRollwiseDevice)
//   Preparing          --information read, time written--> Connected
//   Connecting | Discovering | Preparing | Connected
//                      --link lost or failed-->            WaitingToReconnect | Failed
//   WaitingToReconnect --back-off elapsed-->               Scanning
//   any but Idle       --disconnect()-->                   Disconnecting --> Idle
//   any                --no adapter, Bluetooth off, permission denied-->  Failed
//   Failed (Bluetooth off) --the adapter is powered on-->  Scanning (if still wanted)
// "WaitingToReconnect" needs: the user still wants the link, the device is paired (in the
// PairedDeviceStore), and the last error does not need the user (needsUser()). Otherwise the
// link goes to Failed, and lastError() says why.
//
// GattPeer's LinkState: Scanning, Connecting, Discovering, Preparing -> Connecting; Connected
// -> Connected; Disconnecting -> Disconnecting; the rest -> Disconnected. Each change of
// LinkState is one StateChanged event to the sink.

// moc (Qt 6.4) cannot parse the C++20 <compare> these bring in, and needs none of it.
#ifndef Q_MOC_RUN
#include <rollwise/core/clock.h>
#include <rollwise/core/protocol/gatt.h>
#endif
#include <rollwise/platform/bluetooth/errors.h>
#include <rollwise/platform/bluetooth/paired_devices.h>

#include <QBluetoothDeviceInfo>
#include <QLowEnergyCharacteristic>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothLocalDevice;

namespace rollwise::platform::bluetooth {

enum class ConnectionState : std::uint8_t {
    Idle,
    Scanning,
    Connecting,
    Discovering,
    Preparing,
    Connected,
    Disconnecting,
    WaitingToReconnect,
    Failed,
};

[[nodiscard]] std::string_view toString(ConnectionState state) noexcept;

// 1 s, doubling to 60 s; back to the first delay after a successful connection.
struct ReconnectPolicy {
    std::chrono::milliseconds first{1000};
    std::chrono::milliseconds max{60000};
};

struct QtGattPeerOptions {
    ReconnectPolicy reconnect;
    std::chrono::milliseconds scanTimeout{10000};      // 5.3 step 1
    std::chrono::milliseconds connectTimeout{20000};   // link up and services discovered
    std::chrono::milliseconds operationTimeout{10000}; // one read, write or CCCD write
    bool readInformation = true;                       // DIS strings and Battery Level
    bool writeTime = true;                             // Local Time Information, Current Time
};

// What the link read on connecting. Strings the device would not give are empty.
struct DeviceInformation {
    QString manufacturer;
    QString model;
    QString serial;
    QString hardwareRevision;
    QString firmwareRevision;
    std::optional<std::uint8_t> battery;       // percent
    std::optional<std::uint8_t> protocolMajor; // Device Features byte 0, when it could be read
    bool timeWritten = false;                  // Local Time Information and Current Time accepted
};

// ATT 0x0E "Unlikely Error" (Core Vol 3 Part F 3.4.1.1): what the sink gets when Qt reports a
// failed request without its ATT error code, which it does not expose.
inline constexpr std::uint8_t kAttUnlikelyError = 0x0E;

class QtGattPeer final : public QObject, public protocol::GattPeer {
    Q_OBJECT
public:
    // `deviceId` as deviceId() gives it. `paired` may be null: then nothing is reconnected
    // automatically. `clock` and `paired` must outlive the peer.
    QtGattPeer(QString deviceId, const Clock& clock, PairedDeviceStore* paired,
               QtGattPeerOptions options = {}, QObject* parent = nullptr);
    ~QtGattPeer() override;

    // A fresh scan result for the device: the first connection needs no scan of its own.
    void setDeviceInfo(const QBluetoothDeviceInfo& info);

    // ---- GattPeer ----
    void setSink(protocol::GattEventSink* sink) override { m_sink = sink; }
    [[nodiscard]] protocol::LinkState state() const override { return m_linkState; }
    // The user wants the link: connect now, and keep reconnecting (paired devices).
    void connect() override;
    // The user ends the link: no reconnection until connect() again.
    void disconnect() override;
    Status<protocol::GattError> read(const protocol::Uuid& characteristic) override;
    Status<protocol::GattError> write(const protocol::Uuid& characteristic,
                                      protocol::ByteView value, protocol::WriteMode mode) override;
    Status<protocol::GattError> setNotifications(const protocol::Uuid& characteristic,
                                                 bool enable) override;

    [[nodiscard]] ConnectionState connectionState() const noexcept { return m_state; }
    [[nodiscard]] BluetoothError lastError() const noexcept { return m_lastError; }
    [[nodiscard]] const DeviceInformation& information() const noexcept { return m_information; }
    [[nodiscard]] const QString& deviceId() const noexcept { return m_deviceId; }
    // The wait of the reconnection in progress (or the last one), the wait the next one will
    // get, and how many were made in a row.
    [[nodiscard]] std::chrono::milliseconds reconnectDelay() const noexcept { return m_delay; }
    [[nodiscard]] std::chrono::milliseconds nextReconnectDelay() const noexcept {
        return m_backoff;
    }
    [[nodiscard]] int reconnectAttempts() const noexcept { return m_attempts; }

signals:
    void connectionStateChanged(rollwise::platform::bluetooth::ConnectionState state);
    void errorOccurred(rollwise::platform::bluetooth::BluetoothError error, const QString& message);
    void informationChanged();

private:
    struct Operation {
        enum class Kind : std::uint8_t { Read, Write, Subscribe };
        Kind kind = Kind::Read;
        protocol::Uuid characteristic;
        QByteArray value;
        protocol::WriteMode mode = protocol::WriteMode::WithResponse;
        bool enable = false;
        bool internal = false; // the link's own preparation: not reported to the sink
    };
    struct Characteristic {
        QPointer<QLowEnergyService> service;
        QLowEnergyCharacteristic characteristic;
    };

    void setState(ConnectionState state);
    void reportError(BluetoothError error);
    void attempt();
    void startScan();
    void onScanned(const QBluetoothDeviceInfo& info);
    void onScanOver();
    void connectController();
    void onControllerState(QLowEnergyController::ControllerState state);
    void onControllerError(QLowEnergyController::Error error);
    void onDiscoveryFinished();
    void onServiceState(QLowEnergyService::ServiceState state);
    void prepare();
    void prepareAfterFeatures(bool rollwiseV1);
    void linkDown();
    void afterLinkDown();
    void teardown();
    void scheduleReconnect();
    [[nodiscard]] bool mayReconnect() const;

    Status<protocol::GattError> enqueue(Operation operation);
    [[nodiscard]] Status<protocol::GattError> check(const protocol::Uuid& characteristic,
                                                    Operation::Kind kind, bool internal) const;
    void startNext();
    void finish(std::uint8_t attError, const QByteArray& value = {});
    void onInternalDone(const Operation& operation, std::uint8_t attError, const QByteArray& value);
    void onOperationTimeout();
    void onServiceError(QLowEnergyService::ServiceError error);
    void onCharacteristicChanged(const QLowEnergyCharacteristic& c, const QByteArray& value);
    [[nodiscard]] std::uint8_t failureCode();
    void emitEvent(const protocol::GattEvent& event);
    [[nodiscard]] QByteArray currentTimeValue(QByteArray* localTimeInformation) const;

    QString m_deviceId;
    const Clock& m_clock;
    PairedDeviceStore* m_paired = nullptr;
    QtGattPeerOptions m_options;
    protocol::GattEventSink* m_sink = nullptr;

    ConnectionState m_state = ConnectionState::Idle;
    protocol::LinkState m_linkState = protocol::LinkState::Disconnected;
    BluetoothError m_lastError = BluetoothError::None;
    bool m_wanted = false;       // the user wants the link
    bool m_needScan = true;      // the next attempt scans first
    bool m_handlingDown = false; // linkDown() runs once per link
    std::chrono::milliseconds m_backoff{};
    std::chrono::milliseconds m_delay{};
    int m_attempts = 0;

    QBluetoothDeviceInfo m_info;
    QPointer<QBluetoothDeviceDiscoveryAgent> m_agent;
    QPointer<QLowEnergyController> m_controller;
    QPointer<QBluetoothLocalDevice> m_local;
    std::vector<QPointer<QLowEnergyService>> m_services;
    int m_servicesPending = 0;
    std::map<protocol::Uuid, Characteristic> m_characteristics;
    DeviceInformation m_information;

    std::deque<Operation> m_queue;
    std::optional<Operation> m_current;
    QTimer m_operationTimer;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
};

} // namespace rollwise::platform::bluetooth

Q_DECLARE_METATYPE(rollwise::platform::bluetooth::ConnectionState)
