#pragma once

// Reminders on iOS (docs/reminders.md): the Notifier over UNUserNotificationCenter
// (UserNotifications framework), in Objective-C++ (ios_notifier.mm). Built only for iOS
// (platform/reminders.cmake); chosen in notifier_factory.cpp. Not compiled on the Linux build
// machine.
//
// - requestAuthorization() asks for alerts and sounds once; available() reflects the answer.
// - show(): a notification now (a request without a trigger). scheduleAhead(): calendar
//   triggers in the user's local wall time for the reminders not shown yet. iOS keeps at most
//   64 pending requests per app, so only the nearest 64 are scheduled; the rest are scheduled
//   when the app next computes the schedule.
// - Identifiers are a hash of the reminder's uid (no zone or kind leaves the journal); the words
//   are the generic ones of reminder_text.h. Snooze and done are actions of the category
//   "rollwise.reminder"; tapping the notification opens the app.

#include <rollwise/core/reminders.h>

#include <QHash>
#include <QString>

#include <vector>

namespace rollwise::platform {

class IosNotifier final : public Notifier {
public:
    // iOS's limit on pending notification requests per app.
    static constexpr int kMaxPending = 64;

    IosNotifier();
    ~IosNotifier() override;

    [[nodiscard]] bool available() const override;
    [[nodiscard]] bool show(const ReminderNotice& notice) override;
    void withdraw(const std::string& uid) override;

    void requestAuthorization();
    // Replaces the pending requests with the nearest kMaxPending reminders not shown yet.
    void scheduleAhead(const std::vector<ScheduledReminder>& schedule);

    [[nodiscard]] static QString keyFor(const std::string& uid);
    // Called by the notification centre's delegate on the main thread.
    void deliverAction(const QString& key, ReminderAction action);
    void setAuthorized(bool authorized) { m_authorized = authorized; }

private:
    QHash<QString, std::string> m_uids; // identifier -> reminder uid
    bool m_authorized = false;
    void* m_delegate = nullptr; // RollwiseNotificationDelegate*, retained
};

} // namespace rollwise::platform
