#pragma once

// `rollwise-cli reminders deliver [--db FILE] [--wait SECONDS]`: one delivery run with the app
// closed (docs/reminders.md). Started by the systemd user timer rollwise-reminders.timer: it
// opens the journal with the key in the system keychain, shows every reminder that is due
// (including those missed while the machine was off, if still valid) through the platform's
// Notifier, records them, handles open, snooze and done while it waits (at most SECONDS) for the
// user, and exits.
//
// For tests only: ROLLWISE_REMINDERS_NOW (a UTC time like 2026-06-11T09:00:00Z) moves the clock
// the run sees; it then runs on from that instant.

#include <QStringList>
#include <QTextStream>

namespace rollwise::cli {

[[nodiscard]] bool isRemindersCommand(const QString& command);
[[nodiscard]] int runRemindersCommand(const QStringList& args, QTextStream& out, QTextStream& err);
[[nodiscard]] QString remindersUsage();

} // namespace rollwise::cli
