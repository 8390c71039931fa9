#pragma once

// Reminders through the XDG desktop portal (org.freedesktop.portal.Notification), the way an app
// inside a Flatpak sandbox shows notifications: AddNotification with buttons snooze and done and
// the default action open, RemoveNotification, and the ActionInvoked signal. The same privacy
// as DbusNotifier: title "Rollwise", a body naming only the kind, and notification ids that are
// counters, not reminder uids.

#include <rollwise/core/reminders.h>
#include <rollwise/platform/notifier_factory.h>

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <memory>

namespace rollwise::platform {

class PortalNotifier final : public QObject, public Notifier {
    Q_OBJECT
public:
    explicit PortalNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                            QObject* parent = nullptr);
    ~PortalNotifier() override;

    [[nodiscard]] bool available() const override;
    [[nodiscard]] bool show(const ReminderNotice& notice) override;
    void withdraw(const std::string& uid) override;
    // The portal notification id of a shown reminder (empty: not shown).
    [[nodiscard]] QString notificationId(const std::string& uid) const;

private Q_SLOTS:
    void onActionInvoked(const QString& id, const QString& action, const QVariantList& parameter);

private:
    QDBusConnection m_bus;
    QHash<QString, QString> m_uids; // portal id -> reminder uid
    quint64 m_next = 1;
};

} // namespace rollwise::platform
