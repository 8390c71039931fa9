#pragma once

// The words of a reminder notification, shared by every notifier (D-Bus, portal, Android, iOS).
// Core speaks in types; the platform words them. Privacy: the words name only the kind of
// reminder, never a zone, a depth or a reaction, since a lock screen may show them. There is no
// setting that puts health details into a notification.

#include <rollwise/core/reminders.h>

#include <QString>

namespace rollwise::platform {

[[nodiscard]] QString reminderTitle();
[[nodiscard]] QString reminderBody(ReminderKind kind);

} // namespace rollwise::platform
