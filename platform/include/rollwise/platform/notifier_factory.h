#pragma once

// The one place that picks how reminders reach the user on this platform (docs/reminders.md):
// Android's NotificationManager and AlarmManager, iOS's UNUserNotificationCenter, the XDG
// desktop portal inside a Flatpak, freedesktop notifications over D-Bus elsewhere.

#include <rollwise/core/reminders.h>

#include <QObject>

#include <memory>

namespace rollwise::platform {

// Whether this process runs inside a Flatpak sandbox (/.flatpak-info exists).
[[nodiscard]] bool insideFlatpak();

// The notifier for this platform. Never null; check Notifier::available() before relying on it.
[[nodiscard]] std::unique_ptr<Notifier> makeNotifier(QObject* parent = nullptr);

} // namespace rollwise::platform
