// rollwise-cli devices: scan, pair, forget, info and sync through the same classes as the app.
#include "device_commands.h"

#include "command_support.h"

#include <rollwise/core/sync.h>
#include <rollwise/platform/bluetooth/central.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/paired_devices.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/bluetooth/sync_run.h>
#include <rollwise/platform/system_clock.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace rollwise::cli {
namespace {

using platform::bluetooth::BluetoothError;

int exitFor(BluetoothError error) {
    switch (error) {
    case BluetoothError::None:
        return kOk;
    case BluetoothError::NoAdapter:
        return kNoAdapter;
    case BluetoothError::BluetoothOff:
        return kBluetoothOff;
    case BluetoothError::DeviceNotFound:
        return kNotFound;
    case BluetoothError::PairingRefused:
    case BluetoothError::NotAuthenticated:
    case BluetoothError::NotRollwiseDevice:
        return kRefused;
    case BluetoothError::PermissionDenied:
        return kPermissionDenied;
    default:
        return kFailed;
    }
}

int fail(QTextStream& err, BluetoothError error) {
    err << "rollwise-cli devices: " << platform::bluetooth::userMessage(error) << '\n';
    return exitFor(error);
}

// The paired list the app keeps, in its settings file (--data DIR for another folder).
struct PairedList {
    explicit PairedList(Args& args) {
        QString folder = args.take(QStringLiteral("--data")).value_or(QString());
        if (folder.isEmpty()) {
            QCoreApplication::setOrganizationName(QStringLiteral("Rollwise"));
            QCoreApplication::setApplicationName(QStringLiteral("Rollwise"));
            folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        }
        QDir().mkpath(folder);
        settings = std::make_unique<QSettings>(
            QDir(folder).filePath(QStringLiteral("rollwise.ini")), QSettings::IniFormat);
        store = std::make_unique<platform::bluetooth::SettingsPairedDeviceStore>(*settings);
    }
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<platform::bluetooth::SettingsPairedDeviceStore> store;
};

std::chrono::milliseconds seconds(Args& args, const QString& name, int fallback) {
    const auto value = args.take(name);
    if (!value) {
        return std::chrono::seconds(fallback);
    }
    bool ok = false;
    const int s = value->toInt(&ok);
    if (!ok || s < 1 || s > 3600) {
        throw UsageError{name + QStringLiteral(" wants seconds, 1 - 3600")};
    }
    return std::chrono::seconds(s);
}

// Runs the event loop until `done` says so, or the time is up (false).
template <typename Done> bool runUntil(Done done, std::chrono::milliseconds limit) {
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    poll.start(20);
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    if (!done()) {
        loop.exec();
    }
    return done();
}

QString statusWords(const platform::bluetooth::DiscoveredDevice& device) {
    if (!device.status) {
        return QStringLiteral("status-unknown");
    }
    QStringList words;
    words << ((*device.status & 0x01) != 0 ? QStringLiteral("pairing-mode")
                                           : QStringLiteral("not-pairing"));
    words << ((*device.status & 0x02) != 0 ? QStringLiteral("records-pending")
                                           : QStringLiteral("no-records"));
    return words.join(u',');
}

int scan(Args& args, QTextStream& out, QTextStream& err) {
    PairedList paired(args);
    const auto timeout = seconds(args, QStringLiteral("--timeout"), 10);
    args.done();
    platform::bluetooth::BluetoothCentral central(*paired.store, {timeout});
    QObject::connect(&central, &platform::bluetooth::BluetoothCentral::deviceDiscovered,
                     [&](const QString& id) { err << "found " << id << '\n'
                                                  << Qt::flush; });
    bool over = false;
    QObject::connect(&central, &platform::bluetooth::BluetoothCentral::scanFinished,
                     [&] { over = true; });
    err << "scanning for Rollwise devices (" << timeout.count() / 1000 << " s)\n" << Qt::flush;
    if (!central.startScan()) {
        return fail(err, central.lastError());
    }
    runUntil([&] { return over; }, timeout + std::chrono::seconds(5));
    central.stopScan();
    if (central.lastError() != BluetoothError::None) {
        return fail(err, central.lastError());
    }
    // One line each: id, name, RSSI, advertised status, in the app's paired list.
    for (const auto& device : central.devices()) {
        out << device.id << '\t' << device.name << '\t' << device.rssi << " dBm\t"
            << statusWords(device) << '\t'
            << (paired.store->contains(device.id) ? "paired" : "not-paired") << '\n';
    }
    if (central.devices().isEmpty()) {
        err << "rollwise-cli devices: no Rollwise device found; wake it (press its button) and "
               "scan again\n";
        return kNotFound;
    }
    return kOk;
}

int pair(Args& args, QTextStream& out, QTextStream& err) {
    PairedList paired(args);
    const auto timeout = seconds(args, QStringLiteral("--timeout"), 10);
    const QString id = args.positional();
    if (id.isEmpty()) {
        throw UsageError{QStringLiteral("pair needs a device ID (from devices scan)")};
    }
    args.done();
    platform::bluetooth::BluetoothCentral central(*paired.store, {timeout});
    bool over = false;
    bool paired_ = false;
    bool failed = false;
    QObject::connect(&central, &platform::bluetooth::BluetoothCentral::scanFinished,
                     [&] { over = true; });
    QObject::connect(&central, &platform::bluetooth::BluetoothCentral::pairingFinished,
                     [&](const QString&) { paired_ = true; });
    QObject::connect(&central, &platform::bluetooth::BluetoothCentral::errorOccurred,
                     [&](BluetoothError, const QString&) { failed = true; });
    err << "looking for " << id << '\n' << Qt::flush;
    if (!central.startScan()) {
        return fail(err, central.lastError());
    }
    // The device must be seen before it can be paired (BlueZ needs its object).
    runUntil([&] { return over || failed || central.device(id).has_value(); },
             timeout + std::chrono::seconds(5));
    if (failed) {
        return fail(err, central.lastError());
    }
    if (!central.device(id)) {
        central.stopScan();
        return fail(err, BluetoothError::DeviceNotFound);
    }
    err << "pairing with " << id << '\n' << Qt::flush;
    central.pair(id);
    runUntil([&] { return paired_ || failed; }, std::chrono::seconds(60));
    if (!paired_) {
        return fail(err, failed ? central.lastError() : BluetoothError::PairingRefused);
    }
    out << "paired " << id << '\n';
    return kOk;
}

int forget(Args& args, QTextStream& out, QTextStream& err) {
    PairedList paired(args);
    const QString id = args.positional();
    if (id.isEmpty()) {
        throw UsageError{QStringLiteral("forget needs a device ID")};
    }
    args.done();
    if (!paired.store->contains(id)) {
        err << "rollwise-cli devices: " << id << " is not a paired device\n";
        return kNotFound;
    }
    paired.store->remove(id);
    out << "forgot " << id
        << " (the system's Bluetooth bond stays; remove it in the system settings)\n";
    return kOk;
}

// A link to one device, for info and sync: reconnected only when paired (for a sync).
std::unique_ptr<protocol::GattPeer> makeLink(const QString& id, const Clock& clock,
                                             platform::bluetooth::PairedDeviceStore* paired,
                                             std::chrono::milliseconds scanTimeout) {
    platform::bluetooth::DeviceLinkOptions options;
    options.preference = platform::bluetooth::LinkPreference::Bluetooth;
    options.deviceId = id;
    options.clock = &clock;
    options.paired = paired;
    options.bluetooth.scanTimeout = scanTimeout;
    return platform::bluetooth::makeDeviceLink(options).peer;
}

int info(Args& args, QTextStream& out, QTextStream& err) {
    PairedList paired(args);
    const auto timeout = seconds(args, QStringLiteral("--timeout"), 10);
    const QString id = args.positional();
    if (id.isEmpty()) {
        throw UsageError{QStringLiteral("info needs a device ID")};
    }
    args.done();
    if (const auto adapter = platform::bluetooth::adapterAvailability();
        adapter != BluetoothError::None) {
        return fail(err, adapter);
    }
    platform::SystemClock clock;
    auto link = makeLink(id, clock, nullptr, timeout);
    auto* peer = dynamic_cast<platform::bluetooth::QtGattPeer*>(link.get());
    if (peer == nullptr) {
        return fail(err, BluetoothError::Unknown);
    }
    using platform::bluetooth::ConnectionState;
    err << "connecting to " << id << '\n' << Qt::flush;
    peer->connect();
    runUntil(
        [&] {
            return peer->connectionState() == ConnectionState::Connected ||
                   peer->connectionState() == ConnectionState::Failed;
        },
        timeout + std::chrono::seconds(30));
    if (peer->connectionState() != ConnectionState::Connected) {
        const auto error = peer->lastError();
        peer->disconnect();
        return fail(err, error == BluetoothError::None ? BluetoothError::ConnectionFailed : error);
    }
    const auto& i = peer->information();
    out << "id: " << id << '\n'
        << "paired: " << (paired.store->contains(id) ? "yes" : "no") << '\n'
        << "manufacturer: " << i.manufacturer << '\n'
        << "model: " << i.model << '\n'
        << "serial: " << i.serial << '\n'
        << "hardware: " << i.hardwareRevision << '\n'
        << "firmware: " << i.firmwareRevision << '\n'
        << "battery: " << (i.battery ? QString::number(*i.battery) + u'%' : QStringLiteral("-"))
        << '\n';
    peer->disconnect(); // on demand: the link goes again at once
    runUntil([&] { return peer->connectionState() == ConnectionState::Idle; },
             std::chrono::seconds(5));
    return kOk;
}

int sync(Args& args, QTextStream& out, QTextStream& err) {
    PairedList paired(args);
    const auto timeout = seconds(args, QStringLiteral("--timeout"), 300);
    const QString id = args.positional();
    if (id.isEmpty()) {
        throw UsageError{QStringLiteral("sync needs a device ID")};
    }
    SecretReader reader;
    int code = kOk;
    auto db = openDatabase(args, reader, err, code);
    if (!db) {
        return code;
    }
    args.done();
    if (const auto adapter = platform::bluetooth::adapterAvailability();
        adapter != BluetoothError::None) {
        return fail(err, adapter);
    }
    if (!paired.store->contains(id)) {
        err << "rollwise-cli devices: " << id << " is not paired; run devices pair " << id
            << " first\n";
        return kNotFound;
    }
    platform::SystemClock clock;
    auto peer = makeLink(id, clock, paired.store.get(), std::chrono::seconds(10));
    DeviceSync deviceSync(*peer, *db, platform::bluetooth::bluetoothSyncUid(id), clock);
    platform::bluetooth::SyncRun run(*peer, deviceSync);
    QString last;
    QObject::connect(&run, &platform::bluetooth::SyncRun::progressChanged, [&] {
        const QString line =
            run.total() < 0 ? QStringLiteral("connecting")
                            : QStringLiteral("%1 of %2 sessions").arg(run.done()).arg(run.total());
        if (line != last) {
            err << line << '\n' << Qt::flush;
            last = line;
        }
    });
    run.start();
    if (!runUntil([&] { return !run.running(); }, timeout)) {
        run.cancel();
        err << "rollwise-cli devices: the sync took longer than " << timeout.count() / 1000
            << " s; what was copied stays, the next sync goes on from there\n";
        return kFailed;
    }
    // Let the link go cleanly before the journal closes.
    runUntil([&] { return peer->state() == protocol::LinkState::Disconnected; },
             std::chrono::seconds(5));
    switch (run.outcome()) {
    case platform::bluetooth::SyncOutcome::Complete:
        out << "copied " << run.done() << " sessions (" << run.newlyStored() << " new)\n";
        return kOk;
    case platform::bluetooth::SyncOutcome::Partial:
        out << "copied " << run.done() << " of " << run.total() << " sessions ("
            << run.newlyStored() << " new); " << run.declined()
            << " failed their checks and stay on the device\n";
        return kPartialSync;
    default:
        break;
    }
    if (run.linkError() != BluetoothError::None) {
        return fail(err, run.linkError());
    }
    err << "rollwise-cli devices: the sync failed (" << toString(run.problem()).data()
        << "); copied " << run.done() << " sessions, the next sync goes on from there\n";
    return kFailed;
}

} // namespace

bool isDevicesCommand(const QString& command) {
    return command == QStringLiteral("devices");
}

QString devicesUsage() {
    return QStringLiteral(
        "       rollwise-cli devices scan   [--timeout S] [--data DIR]\n"
        "       rollwise-cli devices pair   ID [--timeout S] [--data DIR]\n"
        "       rollwise-cli devices forget ID [--data DIR]\n"
        "       rollwise-cli devices info   ID [--timeout S] [--data DIR]\n"
        "       rollwise-cli devices sync   ID --db FILE [KEY] [--timeout S] [--data DIR]\n"
        "  DIR:        the app's data folder (its paired devices); default: the app's own\n");
}

int devicesHelp(const QStringList& args, QTextStream& out) {
    const QString sub = args.isEmpty() || args.first().startsWith(u'-') ? QString() : args.first();
    out << "usage:\n";
    for (const auto& line : devicesUsage().split(u'\n', Qt::SkipEmptyParts)) {
        const bool match = sub.isEmpty() || line.contains(QStringLiteral("devices ") + sub + u' ');
        if (match || line.trimmed().startsWith(QStringLiteral("DIR:"))) {
            out << line << '\n';
        }
    }
    if (sub == QStringLiteral("sync")) {
        out << "  KEY:        --passphrase-fd N | --key-fd N   (default: the system keychain; 0 "
               "is stdin)\n";
    }
    out << "Exit codes: 10 no adapter, 11 Bluetooth off, 12 not found or not paired, 13 refused, "
           "14 partial sync, 15 permission denied. See docs/cli.md.\n";
    return kOk;
}

int runDevicesCommand(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    if (arguments.isEmpty()) {
        err << "usage:\n" << devicesUsage();
        return kUsage;
    }
    const QString sub = arguments.first();
    Args args(arguments.mid(1));
    try {
        if (sub == QStringLiteral("scan")) {
            return scan(args, out, err);
        }
        if (sub == QStringLiteral("pair")) {
            return pair(args, out, err);
        }
        if (sub == QStringLiteral("forget")) {
            return forget(args, out, err);
        }
        if (sub == QStringLiteral("info")) {
            return info(args, out, err);
        }
        if (sub == QStringLiteral("sync")) {
            return sync(args, out, err);
        }
        err << "rollwise-cli devices: unknown command " << sub << "\nusage:\n" << devicesUsage();
        return kUsage;
    } catch (const UsageError& usage) {
        err << "rollwise-cli devices " << sub << ": " << usage.message << "\nusage:\n"
            << devicesUsage();
        return kUsage;
    }
}

} // namespace rollwise::cli
