#include "reminders_controller.h"

#include "services/reminder_manager.h"

#include <rollwise/core/zone.h>
#include <rollwise/platform/text.h>

#include <QLocale>
#include <QTime>

#include <localizer.h>

namespace rollwise::app {

using Kind = ReminderManager::Kind;

RemindersController::RemindersController(QObject* parent)
    : QObject(parent) {}

void RemindersController::setReminders(ReminderManager* reminders) {
    if (m_reminders) {
        disconnect(m_reminders, nullptr, this, nullptr);
    }
    m_reminders = reminders;
    if (m_reminders) {
        connect(m_reminders, &ReminderManager::changed, this, &RemindersController::textChanged);
        connect(m_reminders, &ReminderManager::scheduleChanged, this,
                &RemindersController::textChanged);
    }
    emit remindersChanged();
    emit textChanged();
}

QString RemindersController::statusText() const {
    if (!m_reminders || !m_reminders->available()) {
        return tr("Unlock your journal to see and set your reminders: they follow from it.");
    }
    switch (m_reminders->problem()) {
    case ReminderManager::Problem::None:
        break;
    case ReminderManager::Problem::JournalLocked:
        return tr("Unlock your journal first.");
    case ReminderManager::Problem::ReadFailed:
        return tr("Your reminders could not be worked out from the journal. No reminder invites "
                  "a session until they can; restart Rollwise if it keeps happening.");
    case ReminderManager::Problem::WriteFailed:
        return tr("That setting could not be saved. Try again; nothing else changed.");
    case ReminderManager::Problem::TimerFailed:
        return tr("Reminders while Rollwise is closed could not be switched. Nothing else "
                  "changed; try again, or use: systemctl --user enable --now "
                  "rollwise-reminders.timer");
    case ReminderManager::Problem::ExportFailed:
        return tr("The calendar file could not be written there. Choose another folder; any "
                  "earlier file was left as it was.");
    }
    if (!m_reminders->canNotify()) {
        return tr("This system shows no notifications, so reminders only appear here.");
    }
    return tr("Reminders never invite a session the guard would block, and stay quiet in your "
              "quiet hours. Notifications show only \"Rollwise\" and the kind of reminder.");
}

QString RemindersController::nextText() const {
    if (!m_reminders || !m_reminders->nextReminder().isValid()) {
        return tr("Nothing is coming up.");
    }
    return tr("Next: %1").arg(when(m_reminders->nextReminder(), false));
}

QList<int> RemindersController::kinds() const {
    return {static_cast<int>(Kind::ZoneOpen),        static_cast<int>(Kind::CourseSession),
            static_cast<int>(Kind::Preparation),     static_cast<int>(Kind::Aftercare24h),
            static_cast<int>(Kind::AftercareDay2),   static_cast<int>(Kind::AftercareDays3To7),
            static_cast<int>(Kind::ReactionCheckIn), static_cast<int>(Kind::ReplaceHead),
            static_cast<int>(Kind::Hygiene),         static_cast<int>(Kind::PlaceDeviceSession)};
}

QString RemindersController::kindTitle(int kind) const {
    switch (static_cast<Kind>(kind)) {
    case Kind::ZoneOpen:
        return tr("Zones ready again");
    case Kind::CourseSession:
        return tr("Next session of your course");
    case Kind::Preparation:
        return tr("Prepare for a session");
    case Kind::Aftercare24h:
        return tr("Aftercare: the first day");
    case Kind::AftercareDay2:
        return tr("Aftercare: day 2");
    case Kind::AftercareDays3To7:
        return tr("Aftercare: days 3 to 7");
    case Kind::ReactionCheckIn:
        return tr("How did your skin react?");
    case Kind::ReplaceHead:
        return tr("Replace the head or cartridge");
    case Kind::Hygiene:
        return tr("Disinfect the head");
    case Kind::PlaceDeviceSession:
        return tr("Say where a device session went");
    }
    return {};
}

QString RemindersController::kindDetail(int kind) const {
    switch (static_cast<Kind>(kind)) {
    case Kind::ZoneOpen:
        return tr("When the zones of your last session have rested long enough.");
    case Kind::CourseSession:
        return tr("For a course you planned, for example one session a month.");
    case Kind::Preparation:
        return tr("A few days before: pause retinoids and strong exfoliants.");
    case Kind::Aftercare24h:
    case Kind::AftercareDay2:
    case Kind::AftercareDays3To7:
        return tr("Gentle care after a session: what to use and what to leave out.");
    case Kind::ReactionCheckIn:
        return tr("The day after, a quick check-in that can lengthen the next rest.");
    case Kind::ReplaceHead:
        return tr("When its use reaches the limit.");
    case Kind::Hygiene:
        return tr("When it was used and not disinfected since.");
    case Kind::PlaceDeviceSession:
        return tr("A session from your smart device keeps every zone closed until you do.");
    }
    return {};
}

QString RemindersController::upcomingTitle(int kind, const QString& zoneKey) const {
    const auto zone = zoneFromKey(zoneKey.toStdString());
    if (!zone) {
        return kindTitle(kind);
    }
    return tr("%1: %2").arg(text::Localizer::zoneName(*zone), kindTitle(kind));
}

QString RemindersController::when(const QDateTime& due, bool snoozed) const {
    const QString text = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
    return snoozed ? tr("%1 (snoozed)").arg(text) : text;
}

QString RemindersController::timeText(int minutes) const {
    const QLocale locale;
    // Hours and minutes as the locale writes them (some short formats carry seconds).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(QTime(0, 0).addSecs(minutes * 60), format);
}

QStringList RemindersController::halfHours() const {
    QStringList times;
    for (int i = 0; i < 48; ++i) {
        times << timeText(i * 30);
    }
    return times;
}

} // namespace rollwise::app
