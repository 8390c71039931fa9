#pragma once

// Reminders on Android (docs/reminders.md): the Notifier over the Java class
// org.rollwise.reminders.ReminderNotifier (platform/android/java), through JNI. Built only for
// Android (platform/reminders.cmake); chosen in notifier_factory.cpp. Not compiled on the Linux
// build machine: tests/reminders/check_phone_sources.py checks the JNI names and signatures on
// both sides and the manifest.
//
// - show(): a notification now. scheduleAhead(): inexact alarms for what is not due yet, so
//   reminders fire with the app closed (AlarmManager.setWindow; set again after a reboot).
// - Notifications and alarms are keyed by a hash of the reminder's uid, so no zone or kind is
//   stored in Android's unencrypted preferences; the words are the generic ones of
//   reminder_text.h.
// - Actions arrive through nativeOnAction while the app runs; those taken while it did not are
//   handed over by applyPendingActions() once the schedule is known again.

#include <rollwise/core/reminders.h>

#include <QHash>
#include <QString>

#include <vector>

namespace rollwise::platform {

class AndroidNotifier final : public Notifier {
public:
    AndroidNotifier();
    ~AndroidNotifier() override;

    [[nodiscard]] bool available() const override;
    [[nodiscard]] bool show(const ReminderNotice& notice) override;
    void withdraw(const std::string& uid) override;

    // Asks for POST_NOTIFICATIONS (Android 13+); the answer shows in available().
    void requestPermission();
    // Inexact alarms for the reminders of `schedule` not shown yet (replacing earlier ones).
    void scheduleAhead(const std::vector<ScheduledReminder>& schedule, Minutes snoozeFor);
    // Snooze and done chosen while the app was closed, for reminders of the last schedule.
    void applyPendingActions();

    // The opaque key a reminder is known by on the Java side.
    [[nodiscard]] static QString keyFor(const std::string& uid);
    // Called from the JNI function on the app's thread.
    void deliverAction(const QString& key, const QString& action);

private:
    QHash<QString, std::string> m_uids;   // key -> reminder uid
    std::vector<QString> m_scheduledKeys; // alarms set by the last scheduleAhead()
};

} // namespace rollwise::platform
