#include <rollwise/platform/dbus_notifier.h>
#include <rollwise/platform/reminder_text.h>
#include <rollwise/platform/text.h>

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace rollwise::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kCallTimeoutMs = 5000;

} // namespace

DbusNotifier::DbusNotifier(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus)) {
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(quint32, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(quint32, quint32)));
}

DbusNotifier::~DbusNotifier() = default;

bool DbusNotifier::available() const {
    if (!m_bus.isConnected() || m_bus.interface() == nullptr) {
        return false;
    }
    const QDBusReply<bool> registered = m_bus.interface()->isServiceRegistered(kService);
    return registered.isValid() && registered.value();
}

QString DbusNotifier::bodyFor(ReminderKind kind) {
    return reminderBody(kind);
}

bool DbusNotifier::show(const ReminderNotice& notice) {
    if (!m_bus.isConnected()) {
        return false;
    }
    const QString uid = QString::fromStdString(notice.uid);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const quint32 replaces = notificationId(notice.uid);
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("rollwise"));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-rollwise.reminder"));
    hints.insert(QStringLiteral("x-rollwise-kind"), toQString(toString(notice.kind)));
    call << QStringLiteral("Rollwise") << replaces << QStringLiteral("rollwise")
         << QStringLiteral("Rollwise") << bodyFor(notice.kind)
         << QStringList{QStringLiteral("default"), tr("Open"),
                        QStringLiteral("snooze"),  tr("Snooze"),
                        QStringLiteral("done"),    tr("Done")}
         << hints << qint32(-1);
    const QDBusReply<quint32> reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid() || reply.value() == 0) {
        return false;
    }
    m_uids.insert(reply.value(), uid);
    return true;
}

void DbusNotifier::withdraw(const std::string& uid) {
    const quint32 id = notificationId(uid);
    if (id == 0) {
        return;
    }
    m_uids.remove(id);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.call(call, QDBus::Block, kCallTimeoutMs);
}

quint32 DbusNotifier::notificationId(const std::string& uid) const {
    const QString key = QString::fromStdString(uid);
    for (auto it = m_uids.cbegin(); it != m_uids.cend(); ++it) {
        if (it.value() == key) {
            return it.key();
        }
    }
    return 0;
}

void DbusNotifier::onActionInvoked(quint32 id, const QString& actionKey) {
    const auto it = m_uids.constFind(id);
    if (it == m_uids.cend() || !onAction) {
        return; // another program's notification, or one this process did not show
    }
    const std::string uid = it.value().toStdString();
    if (actionKey == QStringLiteral("snooze")) {
        onAction(uid, ReminderAction::Snooze);
    } else if (actionKey == QStringLiteral("done")) {
        onAction(uid, ReminderAction::Done);
    } else if (actionKey == QStringLiteral("default")) {
        onAction(uid, ReminderAction::Open);
    }
}

void DbusNotifier::onNotificationClosed(quint32 id, quint32 /*reason*/) {
    const QString uid = m_uids.take(id);
    if (!uid.isEmpty() && onClosed) {
        onClosed(uid.toStdString());
    }
}

} // namespace rollwise::platform
