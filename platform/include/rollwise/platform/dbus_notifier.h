#pragma once

// Reminders as freedesktop notifications (org.freedesktop.Notifications over the session bus),
// with the actions open (the default action), snooze and done. ActionInvoked reports the
// user's choice through Notifier::onAction; NotificationClosed forgets the notification.
//
// Privacy: the summary is "Rollwise" and the body names only the kind of reminder, never a
// zone, a depth or a reaction (a lock screen may show it).

#include <rollwise/core/reminders.h>

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace rollwise::platform {

class DbusNotifier final : public QObject, public Notifier {
    Q_OBJECT
public:
    explicit DbusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                          QObject* parent = nullptr);
    ~DbusNotifier() override;

    // Whether a notification service answers on the bus.
    [[nodiscard]] bool available() const override;
    [[nodiscard]] bool show(const ReminderNotice& notice) override;
    void withdraw(const std::string& uid) override;
    // The notification id the service gave a reminder (0: not shown).
    [[nodiscard]] quint32 notificationId(const std::string& uid) const;

    // The words for a kind (the platform words reminders; core speaks in types).
    [[nodiscard]] static QString bodyFor(ReminderKind kind);

private Q_SLOTS:
    void onActionInvoked(quint32 id, const QString& actionKey);
    void onNotificationClosed(quint32 id, quint32 reason);

private:
    QDBusConnection m_bus;
    QHash<quint32, QString> m_uids; // notification id -> reminder uid
};

} // namespace rollwise::platform
