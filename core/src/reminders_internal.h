#pragma once

// Shared by the reminder schedule and the runner (core/src only).

#include <rollwise/core/reminders.h>

namespace rollwise {

// `t`, or the end of the quiet hours when `t` falls inside them.
[[nodiscard]] TimePoint outOfQuietHours(const ReminderSettings& s, const TimeZone& zone,
                                        TimePoint t);

} // namespace rollwise
