#pragma once

// `rollwise-cli calendar`: the reminders as an iCalendar file (RFC 5545, written with libical),
// for any calendar app. Events with a display alarm at their time, stable UIDs (the same
// reminder keeps its UID from one export to the next), the rest of a course as one event with
// an RRULE in the user's time zone (09:00 stays 09:00 across DST). By default nothing about the
// user's skin leaves the journal: every summary is "Rollwise" and the UIDs are hashed.

#include <rollwise/core/reminders.h>

#include <string>

namespace rollwise::cli {

struct CalendarOptions {
    bool details = false;   // summaries name the kind and zone ("Rollwise: zone-open (chin)")
    std::string journalUid; // mixed into the hashed UIDs, so two journals never collide
};

// The iCalendar text for a schedule (from scheduleReminders) computed at `now` in `zone`.
[[nodiscard]] std::string calendarText(const std::vector<ScheduledReminder>& schedule,
                                       const ReminderSettings& settings, const TimeZone& zone,
                                       TimePoint now, const CalendarOptions& options);

// The stable UID of a reminder in the calendar.
[[nodiscard]] std::string calendarUid(const std::string& reminderUid,
                                      const CalendarOptions& options);

} // namespace rollwise::cli
