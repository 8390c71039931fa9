// The Qt-side Bluetooth pieces that need no bus: the errors and their sentences, the paired
// list in memory and in QSettings, the simulated link driving DeviceSync through the event
// loop, and the link factory's simulator choice.
#include "sync_rig.h"

#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/paired_devices.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/bluetooth/simulated_link.h>
#include <rollwise/platform/system_clock.h>

#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::platform::bluetooth;
using namespace std::chrono_literals;
namespace uuid = rollwise::protocol::uuid;

namespace {

constexpr BluetoothError kAllErrors[] = {
    BluetoothError::None,
    BluetoothError::NoAdapter,
    BluetoothError::BluetoothOff,
    BluetoothError::PermissionDenied,
    BluetoothError::DeviceNotFound,
    BluetoothError::PairingRefused,
    BluetoothError::NotAuthenticated,
    BluetoothError::NotRollwiseDevice,
    BluetoothError::ConnectionFailed,
    BluetoothError::ConnectionLost,
    BluetoothError::Unknown,
};

// Counts events and notes any that arrive while a request call is still running.
class GuardedSink final : public protocol::GattEventSink {
public:
    void onGattEvent(const protocol::GattEvent& event) override {
        if (insideRequest) {
            ++reentrant;
        }
        events.push_back(event);
    }
    bool insideRequest = false;
    int reentrant = 0;
    std::vector<protocol::GattEvent> events;
};

} // namespace

TEST_CASE("errors map from Qt's and say what to do", "[bluetooth][errors]") {
    CHECK(fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::PoweredOffError) ==
          BluetoothError::BluetoothOff);
    CHECK(fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError) ==
          BluetoothError::NoAdapter);
    CHECK(fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::MissingPermissionsError) ==
          BluetoothError::PermissionDenied);
    CHECK(fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError) ==
          BluetoothError::PermissionDenied);
    CHECK(fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::InputOutputError) ==
          BluetoothError::Unknown);
    CHECK(fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::NoError) == BluetoothError::None);
    CHECK(fromControllerError(QLowEnergyController::MissingPermissionsError) ==
          BluetoothError::PermissionDenied);
    CHECK(fromControllerError(QLowEnergyController::AuthorizationError) ==
          BluetoothError::NotAuthenticated);
    CHECK(fromControllerError(QLowEnergyController::UnknownRemoteDeviceError) ==
          BluetoothError::DeviceNotFound);
    CHECK(fromControllerError(QLowEnergyController::InvalidBluetoothAdapterError) ==
          BluetoothError::NoAdapter);
    CHECK(fromControllerError(QLowEnergyController::RemoteHostClosedError) ==
          BluetoothError::ConnectionLost);
    CHECK(fromControllerError(QLowEnergyController::ConnectionError) ==
          BluetoothError::ConnectionFailed);
    CHECK(fromLocalDeviceError(QBluetoothLocalDevice::PairingError) ==
          BluetoothError::PairingRefused);
    CHECK(fromLocalDeviceError(QBluetoothLocalDevice::MissingPermissionsError) ==
          BluetoothError::PermissionDenied);

    QSet<QString> sentences;
    std::set<std::string_view> names;
    for (const auto error : kAllErrors) {
        names.insert(toString(error));
        const QString message = userMessage(error);
        if (error == BluetoothError::None) {
            CHECK(message.isEmpty());
            continue;
        }
        INFO(toString(error));
        CHECK(message.endsWith(QLatin1Char('.')));
        sentences.insert(message);
    }
    CHECK(names.size() == std::size(kAllErrors));
    CHECK(sentences.size() == std::size(kAllErrors) - 1);
    // The five the user must act on, each with what to do.
    CHECK(userMessage(BluetoothError::NoAdapter).contains(QStringLiteral("plain roller")));
    CHECK(userMessage(BluetoothError::BluetoothOff).contains(QStringLiteral("Turn it on")));
    CHECK(
        userMessage(BluetoothError::PermissionDenied).contains(QStringLiteral("Allow Bluetooth")));
    CHECK(userMessage(BluetoothError::DeviceNotFound).contains(QStringLiteral("Wake it")));
    CHECK(userMessage(BluetoothError::PairingRefused).contains(QStringLiteral("pairing mode")));
    CHECK(userMessage(BluetoothError::NotAuthenticated).contains(QStringLiteral("pair it again")));
    CHECK(needsUser(BluetoothError::NotAuthenticated));
    CHECK(needsUser(BluetoothError::BluetoothOff));
    CHECK(!needsUser(BluetoothError::ConnectionLost));
    CHECK(!needsUser(BluetoothError::DeviceNotFound));
}

TEST_CASE("the paired list in memory and in settings", "[bluetooth][paired]") {
    MemoryPairedDeviceStore memory;
    memory.add(PairedDevice{QStringLiteral("C0:FF:EE:00:05:40"), QStringLiteral("RW-R540")});
    memory.add(PairedDevice{QString(), QStringLiteral("no id")}); // ignored
    memory.add(PairedDevice{QStringLiteral("C0:FF:EE:00:05:40"), QStringLiteral("renamed")});
    REQUIRE(memory.devices().size() == 1);
    CHECK(memory.devices().front().name == QStringLiteral("renamed"));
    CHECK(memory.contains(QStringLiteral("C0:FF:EE:00:05:40")));
    CHECK(!memory.contains(QString()));
    memory.remove(QStringLiteral("C0:FF:EE:00:05:40"));
    CHECK(memory.devices().isEmpty());

    test::TempDir dir;
    const QString file = QString::fromStdString(dir.file("settings.ini").string());
    {
        QSettings settings(file, QSettings::IniFormat);
        SettingsPairedDeviceStore store(settings);
        store.add(PairedDevice{QStringLiteral("AA:BB:CC:DD:EE:01"), QStringLiteral("RW-P11")});
        store.add(PairedDevice{QStringLiteral("AA:BB:CC:DD:EE:02"), QStringLiteral("RW-H03")});
        store.add(PairedDevice{QStringLiteral("AA:BB:CC:DD:EE:03"), QStringLiteral("RW-R540")});
        store.remove(QStringLiteral("AA:BB:CC:DD:EE:02"));
    }
    // A new process reads what the last one wrote.
    QSettings settings(file, QSettings::IniFormat);
    SettingsPairedDeviceStore store(settings);
    const auto devices = store.devices();
    REQUIRE(devices.size() == 2);
    CHECK(devices[0] ==
          PairedDevice{QStringLiteral("AA:BB:CC:DD:EE:01"), QStringLiteral("RW-P11")});
    CHECK(devices[1].id == QStringLiteral("AA:BB:CC:DD:EE:03"));
    CHECK(!store.contains(QStringLiteral("AA:BB:CC:DD:EE:02")));
}

TEST_CASE("the simulated link serves requests from the event loop only", "[bluetooth][sim]") {
    platform::SystemClock clock;
    SimulatedLink link(protocol::SimProfile::smartRoller(), clock);
    GuardedSink sink;
    link.setSink(&sink);
    auto refused = link.read(uuid::kDeviceFeatures);
    REQUIRE(!refused);
    CHECK(refused.error().code == protocol::GattErrorCode::NotConnected);

    sink.insideRequest = true;
    link.connect();
    sink.insideRequest = false;
    CHECK(sink.events.empty());
    REQUIRE(QTest::qWaitFor([&] { return link.state() == protocol::LinkState::Connected; }, 5000));
    sink.insideRequest = true;
    REQUIRE(link.read(uuid::kModelNumber));
    sink.insideRequest = false;
    REQUIRE(QTest::qWaitFor([&] { return sink.events.size() >= 2; }, 5000));
    CHECK(sink.reentrant == 0);
    const auto& done = sink.events.back();
    CHECK(done.kind == protocol::GattEvent::Kind::ReadDone);
    CHECK(std::string(done.value.begin(), done.value.end()) == "RW-R540");
    link.setSink(nullptr);
}

TEST_CASE("DeviceSync over the simulated link syncs through the event loop",
          "[bluetooth][sim][sync]") {
    platform::SystemClock clock;
    SimulatedLink link(protocol::SimProfile::pen(), clock);
    for (std::uint16_t s = 1; s <= 4; ++s) {
        link.device().injectRecord(synctest::makeRecord(s));
    }
    test::TempDir dir;
    auto opened = Database::open(dir.file("journal.db"), synctest::testKey());
    REQUIRE(opened);
    Database db = std::move(opened).value();
    synctest::Recorder recorder;
    DeviceSync sync(link, db, "Rollwise Sim/RW-P11/P11-0001", clock);
    sync.setObserver(&recorder);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { sync.tick(); });
    ticker.start(100);
    link.connect();
    REQUIRE(QTest::qWaitFor([&] { return sync.phase() == SyncPhase::UpToDate; }, 10000));
    CHECK(synctest::journalRows(db, sync.storeKey()).size() == 4);
    CHECK(link.device().records().empty());
    CHECK(sync.storeKey() == "Rollwise Sim/RW-P11/P11-0001#9e04b722");

    // Live: a pass on the pen reaches the observer.
    link.device().pressButton();
    protocol::PassMotion motion;
    motion.duration = 300ms;
    REQUIRE(link.device().performPass(motion));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return std::any_of(recorder.live.begin(), recorder.live.end(),
                               [](const protocol::LiveEvent& e) {
                                   return e.type() == protocol::EventType::PassEnd;
                               });
        },
        5000));
    ticker.stop();
}

TEST_CASE("the link factory gives the simulator when asked", "[bluetooth][factory]") {
    platform::SystemClock clock;
    DeviceLinkOptions options;
    options.preference = LinkPreference::Simulator;
    options.simulatedFamily = DeviceFamily::HomeTool;
    CHECK(!makeDeviceLink(options).peer); // no clock: nothing to drive a link with
    options.clock = &clock;
    const DeviceLink link = makeDeviceLink(options);
    REQUIRE(link.peer);
    CHECK(link.kind == LinkKind::Simulator);
    CHECK(link.fallbackReason == BluetoothError::None);
    auto* simulated = dynamic_cast<SimulatedLink*>(link.peer.get());
    REQUIRE(simulated != nullptr);
    CHECK(simulated->device().profile().model == "RW-H03");

    // Ids: the address where the platform shows it.
    const QBluetoothDeviceInfo info(QBluetoothAddress(QStringLiteral("C0:FF:EE:00:05:40")),
                                    QStringLiteral("RW-R540"), 0);
    if (!platformTraits().addressesHidden) {
        CHECK(deviceId(info) == QStringLiteral("C0:FF:EE:00:05:40"));
    }
}

TEST_CASE("a Qt link that was never connected refuses requests", "[bluetooth]") {
    platform::SystemClock clock;
    QtGattPeer peer(QStringLiteral("C0:FF:EE:00:05:40"), clock, nullptr);
    CHECK(peer.state() == protocol::LinkState::Disconnected);
    CHECK(peer.connectionState() == ConnectionState::Idle);
    auto read = peer.read(uuid::kDeviceFeatures);
    REQUIRE(!read);
    CHECK(read.error().code == protocol::GattErrorCode::NotConnected);
    auto write =
        peer.write(uuid::kControlPoint, protocol::Bytes(21, 0), protocol::WriteMode::WithResponse);
    REQUIRE(!write);
    CHECK(write.error().code == protocol::GattErrorCode::TooLong);
    CHECK(toString(ConnectionState::WaitingToReconnect) == "waiting-to-reconnect");
    peer.disconnect(); // nothing to end: stays idle
    CHECK(peer.connectionState() == ConnectionState::Idle);
}
