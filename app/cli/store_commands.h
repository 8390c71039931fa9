#pragma once

// rollwise-cli's store commands: init, sessions, export, import, backup, restore, verify, rekey.
// Keys and passphrases come from a file descriptor (--passphrase-fd N, --key-fd N; 0 is
// standard input, one line each) or the system keychain, never from the command line.

#include <QStringList>
#include <QTextStream>

namespace rollwise::cli {

// Exit codes (also in docs/cli.md).
enum ExitCode : int {
    kOk = 0,
    kFailed = 1,            // the operation failed (disk full, read-only folder, I/O)
    kUsage = 2,             // bad usage or input
    kFileError = 3,         // a file is missing or cannot be read
    kKeyError = 4,          // wrong key or passphrase, or the key is missing from the keychain
    kDamaged = 5,           // a damaged file, or not a Rollwise database or backup
    kTooNew = 6,            // written by a newer Rollwise
    kPassphraseJournal = 7, // reminders deliver: the journal needs its passphrase
};

[[nodiscard]] bool isStoreCommand(const QString& command);
[[nodiscard]] int runStoreCommand(const QString& command, const QStringList& args, QTextStream& out,
                                  QTextStream& err);
[[nodiscard]] QString storeUsage();
// `check --db FILE [KEY] ...`: the guard on a real journal (docs/cli.md).
[[nodiscard]] int checkJournal(const QStringList& args, QTextStream& out, QTextStream& err);
[[nodiscard]] QString checkUsage();

} // namespace rollwise::cli
