#include <rollwise/platform/reminder_text.h>

#include <QCoreApplication>

namespace rollwise::platform {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Reminders", text);
}
} // namespace

QString reminderTitle() {
    return QStringLiteral("Rollwise");
}

QString reminderBody(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::ZoneOpen:
        return tr("Your next session can be planned.");
    case ReminderKind::CourseSession:
        return tr("The next session of your course is due.");
    case ReminderKind::Preparation:
        return tr("A session is coming up: time to prepare.");
    case ReminderKind::Aftercare24h:
    case ReminderKind::AftercareDay2:
    case ReminderKind::AftercareDays3To7:
        return tr("Time for your aftercare.");
    case ReminderKind::ReactionCheckIn:
        return tr("How is your skin today?");
    case ReminderKind::ReplaceHead:
        return tr("Time for a new head.");
    case ReminderKind::Hygiene:
        return tr("Clean your head.");
    case ReminderKind::PlaceDeviceSession:
        return tr("A synced session is waiting for you.");
    }
    return tr("A reminder from Rollwise.");
}

} // namespace rollwise::platform
