#pragma once

// Reminders while the app runs: the schedule the journal implies (core's scheduler, checked
// with the guard), delivered through the platform's notifier when due, and the user's reminder
// settings (which kinds, the time of day, quiet hours, one reminder per zone). With the window
// closed the reminder timer delivers them (docs/reminders.md). Published to QML as Reminders.
//
// The C++20 core headers stay out of this header (Qt 6.4's moc cannot parse them).

#include "existing_singleton.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqml.h>

#include <memory>

namespace rollwise {
class Clock;
class Database;
class Notifier;
class TimeZone;
namespace platform {
class ReminderTimer;
}
} // namespace rollwise

namespace rollwise::app {

class ReminderManager : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool canNotify READ canNotify CONSTANT)
    Q_PROPERTY(int timeOfDay READ timeOfDay WRITE setTimeOfDay NOTIFY changed)
    Q_PROPERTY(bool perZone READ perZone WRITE setPerZone NOTIFY changed)
    Q_PROPERTY(bool quietHours READ quietHours WRITE setQuietHours NOTIFY changed)
    Q_PROPERTY(int quietStart READ quietStart WRITE setQuietStart NOTIFY changed)
    Q_PROPERTY(int quietEnd READ quietEnd WRITE setQuietEnd NOTIFY changed)
    Q_PROPERTY(QDateTime nextReminder READ nextReminder NOTIFY scheduleChanged)
    // Reminders also while Rollwise is closed (the systemd user timer, where there is one).
    Q_PROPERTY(bool canRunWhileClosed READ canRunWhileClosed CONSTANT)
    Q_PROPERTY(bool whileClosed READ whileClosed WRITE setWhileClosed NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)

public:
    // Mirrors core's ReminderKind, in its order.
    enum class Kind {
        ZoneOpen,
        CourseSession,
        Preparation,
        Aftercare24h,
        AftercareDay2,
        AftercareDays3To7,
        ReactionCheckIn,
        ReplaceHead,
        Hygiene,
        PlaceDeviceSession,
    };
    Q_ENUM(Kind)
    enum class Problem { None, JournalLocked, ReadFailed, WriteFailed, ExportFailed, TimerFailed };
    Q_ENUM(Problem)

    // `notifier` may be null (no notification service): the schedule still shows in the app.
    // `timer` may be null (no background delivery on this platform).
    ReminderManager(const Clock& clock, const TimeZone& zone, Notifier* notifier,
                    platform::ReminderTimer* timer = nullptr, QObject* parent = nullptr);
    ~ReminderManager() override;

    void attach(Database& db);
    // The journal changed (a session, a sync, a placed session): the schedule is read again.
    void journalChanged();

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool canNotify() const;
    [[nodiscard]] int timeOfDay() const; // minutes after local midnight
    void setTimeOfDay(int minutes);
    [[nodiscard]] bool perZone() const;
    void setPerZone(bool perZone);
    [[nodiscard]] bool quietHours() const;
    void setQuietHours(bool on);
    [[nodiscard]] int quietStart() const;
    void setQuietStart(int minutes);
    [[nodiscard]] int quietEnd() const;
    void setQuietEnd(int minutes);
    [[nodiscard]] QDateTime nextReminder() const;
    [[nodiscard]] bool canRunWhileClosed() const;
    [[nodiscard]] bool whileClosed() const;
    void setWhileClosed(bool on);
    [[nodiscard]] Problem problem() const;

    Q_INVOKABLE bool kindEnabled(rollwise::app::ReminderManager::Kind kind) const;
    Q_INVOKABLE void setKindEnabled(rollwise::app::ReminderManager::Kind kind, bool enabled);
    // Delivers what is due now; the timer calls it at the next due time.
    Q_INVOKABLE int deliverDue();
    // Writes the coming reminders as an iCalendar file (RFC 5545) to `file` (a local file URL or
    // path). Unless `details`, every event says only "Rollwise": a calendar is often synced to a
    // server. Returns how many reminders it holds, or -1 (problem says why).
    Q_INVOKABLE int exportCalendar(const QUrl& file, bool details = false);

    // The schedule as the list model shows it.
    struct Upcoming {
        Kind kind = Kind::ZoneOpen;
        QString zoneKey; // empty: all zones / not about a zone
        QDateTime due;
        bool snoozed = false;
    };
    [[nodiscard]] std::vector<Upcoming> upcoming() const;

signals:
    void changed();
    void scheduleChanged();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct ReminderManagerForeign : ExistingSingleton<ReminderManager> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::ReminderManager)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Reminders)
};

} // namespace rollwise::app
