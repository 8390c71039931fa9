#pragma once

// rollwise-cli devices scan|pair|forget|info|sync: the app's Bluetooth classes
// (BluetoothCentral, the device link, SyncRun over DeviceSync) from a terminal. Progress goes
// to standard error, results to standard output (docs/cli.md).

#include <QStringList>
#include <QTextStream>

namespace rollwise::cli {

// Exit codes of the devices commands (after those in store_commands.h; docs/cli.md).
enum DeviceExitCode : int {
    kNoAdapter = 10,        // no Bluetooth adapter
    kBluetoothOff = 11,     // the adapter is off
    kNotFound = 12,         // the device was not seen (asleep, out of range), or not paired
    kRefused = 13,          // the device refused pairing or access (not in pairing mode, no bond)
    kPartialSync = 14,      // the sync ended with fewer sessions kept than the device reported
    kPermissionDenied = 15, // the system refused Bluetooth to this program
};

[[nodiscard]] bool isDevicesCommand(const QString& command);
[[nodiscard]] int runDevicesCommand(const QStringList& args, QTextStream& out, QTextStream& err);
[[nodiscard]] QString devicesUsage();
// `rollwise-cli devices [SUBCOMMAND] --help`.
[[nodiscard]] int devicesHelp(const QStringList& args, QTextStream& out);

} // namespace rollwise::cli
