#pragma once

// The journal's and the database's errors in words, by code: their `message` stays English for
// the CLI and logs.

#include <rollwise/core/database.h>
#include <rollwise/core/journal.h>
#include <rollwise/core/sync.h>

#include <QCoreApplication>
#include <QString>

namespace rollwise::text {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    [[nodiscard]] static QString database(DatabaseErrorCode code);
    [[nodiscard]] static QString journal(const JournalError& error);
    [[nodiscard]] static QString journal(JournalErrorCode code);
    // Opening or merging a backup file: a wrong key means the backup's passphrase.
    [[nodiscard]] static QString backup(DatabaseErrorCode code);
    // Changing the journal's key (keychain to passphrase and back) failed: nothing changed.
    [[nodiscard]] static QString rekey(const JournalError& error);
    // Why a device sync stopped, and what to do. No device data in it.
    [[nodiscard]] static QString sync(SyncProblem problem);
};

} // namespace rollwise::text
