#pragma once

// Reminders between sessions (docs/reminders.md): derived from the journal, never stored as
// a plan of their own. Pure: the time and the time zone are given. Reminders speak in types
// (a kind, a zone, times); the platform words them.
//
// What is stored (ReminderStore::save) is only what the user or the delivery did to a
// reminder: fired (a row), snoozed (snoozed_until), done (done_at). A reminder's uid is derived
// from what it is about (its kind, zone and the instant or record it follows from), so
// recomputing the schedule finds the same reminder again and nothing fires twice.

#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/result.h>
#include <rollwise/core/time_zone.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

enum class ReminderKind : std::uint8_t {
    ZoneOpen,           // the plan's zones (or one zone) may be needled again
    CourseSession,      // the next session of a course (e.g. monthly, 3 - 6 sessions)
    Preparation,        // a few days before a planned session: stop retinoids and actives
    Aftercare24h,       // 24 hours after a session
    AftercareDay2,      // the second day after it
    AftercareDays3To7,  // days 3 to 7
    ReactionCheckIn,    // the next day: how did the skin react?
    ReplaceHead,        // the head or cartridge reached its limit
    Hygiene,            // the head was used and not disinfected since
    PlaceDeviceSession, // a device session waits for its zones
};

[[nodiscard]] std::string_view toString(ReminderKind kind) noexcept;
[[nodiscard]] std::optional<ReminderKind> reminderKindFromString(std::string_view text) noexcept;
// Whether a reminder of this kind invites a session (it is then checked with the guard).
[[nodiscard]] bool invitesSession(ReminderKind kind) noexcept;

enum class QuietPolicy : std::uint8_t {
    Defer, // a reminder due in quiet hours fires when they end (the default)
    Drop,  // it does not fire at all
};

struct CoursePlan {
    int sessions = 0;    // 0: no course
    int everyMonths = 1; // monthly by default; when 0, everyDays
    int everyDays = 0;
    TimePoint start{}; // the course's first session
};

struct ReminderSettings {
    Minutes timeOfDay{9 * 60}; // day-level reminders fire at this local wall time
    bool perZone = false;      // one zone-open reminder per zone, not one when all are open
    std::optional<Minutes> quietStart{Minutes{22 * 60}}; // local; may wrap past midnight
    std::optional<Minutes> quietEnd{Minutes{8 * 60}};
    QuietPolicy quiet = QuietPolicy::Defer;
    Days preparationDays{3};
    Minutes snoozeFor{60};
    CoursePlan course;
    std::vector<ReminderKind> off; // kinds the user turned off
};

// Settings kept in the journal ("reminders.*"); an unreadable value is an error.
[[nodiscard]] Result<ReminderSettings, DatabaseError>
loadReminderSettings(const SettingsStore& store);
[[nodiscard]] Status<DatabaseError> saveReminderSettings(SettingsStore& store,
                                                         const ReminderSettings& settings);

struct ReminderInput {
    TimePoint now{};
    // The journal as the guard sees it: profile, answers, history, head, clock high-water mark.
    // Its plan is the session the reminders invite (empty: the zones and depth of the latest
    // session).
    Situation situation;
    std::vector<PendingDeviceSession> pending;
    std::vector<Reminder> stored; // what was fired, snoozed, done
    ReminderSettings settings;
};

struct ScheduledReminder {
    std::string uid;
    ReminderKind kind = ReminderKind::ZoneOpen;
    std::optional<Zone> zone;
    TimePoint basis{};   // what it follows from: a window opening, a session's start ...
    TimePoint due{};     // when it fires (after quiet hours and any snooze)
    TimePoint expires{}; // not fired after this
    bool snoozed = false;
    bool fired = false;    // fired already and waiting for the user
    std::string record;    // the device session or head it is about, if any
    int courseSession = 0; // CourseSession: 2 for the second session ...
};

// Every reminder the journal implies, not done, soonest first. Dropped: a reminder whose
// invited session the guard would block, a kind turned off, one already done, one whose event
// is past, one in quiet hours under QuietPolicy::Drop.
[[nodiscard]] std::vector<ScheduledReminder> scheduleReminders(const ReminderInput& input,
                                                               const TimeZone& zone);

// The reminders to deliver now: due, not expired, never fired (or snoozed and the snooze is
// over).
[[nodiscard]] std::vector<ScheduledReminder>
remindersToFire(const std::vector<ScheduledReminder>& schedule, TimePoint now);

// The plan a reminder invites, and the guard's decision on it at the reminder's time. Blocks the
// user clears in the pre-session steps (answering the check, disinfecting the head) do not
// count: `blocksInvitation` is false for them.
[[nodiscard]] PlannedSession invitedPlan(const ReminderInput& input,
                                         const ScheduledReminder& reminder);
[[nodiscard]] bool blocksInvitation(const GuardDecision& decision,
                                    const PlannedSession& plan) noexcept;
[[nodiscard]] Situation invitedSituation(const ReminderInput& input,
                                         const ScheduledReminder& reminder);

// ---- Delivery ---------------------------------------------------------------------------

enum class ReminderAction : std::uint8_t { Open, Snooze, Done };

struct ReminderNotice {
    std::string uid;
    ReminderKind kind = ReminderKind::ZoneOpen;
    std::optional<Zone> zone;
    TimePoint due{};
};

// Shows reminders to the user (freedesktop notifications, a portal, a phone's own API) and
// reports what the user did with them.
class Notifier {
public:
    virtual ~Notifier() = default;
    // Whether anything can be shown at all (a notification service answers, the permission is
    // granted). A delivery run that finds none delivers nothing and records nothing.
    [[nodiscard]] virtual bool available() const { return true; }
    // False when it could not be shown (no notification service): the reminder is not marked
    // fired and is tried again.
    [[nodiscard]] virtual bool show(const ReminderNotice& notice) = 0;
    virtual void withdraw(const std::string& uid) = 0;
    // Set by the owner: called when the user picks an action on a shown reminder.
    std::function<void(const std::string& uid, ReminderAction action)> onAction;
    // Set by the owner: a shown reminder's notification went away without an action (the user
    // dismissed it, it expired). A short-lived delivery run stops waiting for it.
    std::function<void(const std::string& uid)> onClosed;
};

// Ties the schedule to the journal and a Notifier: tick() delivers what is due and records it;
// an action snoozes (to now + snoozeFor, out of quiet hours) or marks done, in the journal, so
// it survives a restart.
class ReminderRunner {
public:
    ReminderRunner(Database& db, const Clock& clock, const TimeZone& zone, Notifier& notifier);

    // Delivers every reminder due now; returns how many were shown.
    [[nodiscard]] Result<int, DatabaseError> tick();
    // The schedule as it stands (for a calendar, a timer, a screen).
    [[nodiscard]] Result<std::vector<ScheduledReminder>, DatabaseError> schedule() const;
    // When tick() should run next (the soonest due reminder not yet delivered).
    [[nodiscard]] Result<std::optional<TimePoint>, DatabaseError> nextWake() const;
    [[nodiscard]] Status<DatabaseError> act(const std::string& uid, ReminderAction action);
    // Called for ReminderAction::Open (the app opens the reminder's page).
    std::function<void(const std::string& uid)> onOpen;

private:
    [[nodiscard]] Result<ReminderInput, DatabaseError> input() const;
    Database& m_db;
    const Clock& m_clock;
    const TimeZone& m_zone;
    Notifier& m_notifier;
};

} // namespace rollwise
