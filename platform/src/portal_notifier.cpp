#include <rollwise/platform/dbus_notifier.h>
#include <rollwise/platform/portal_notifier.h>
#include <rollwise/platform/reminder_text.h>

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QFileInfo>
#include <QList>
#include <QVariantMap>

namespace rollwise::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Notification");
constexpr int kCallTimeoutMs = 5000;

QVariantMap button(const QString& label, const QString& action) {
    return QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("action"), action}};
}

} // namespace

PortalNotifier::PortalNotifier(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus)) {
    qDBusRegisterMetaType<QList<QVariantMap>>();
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(QString, QString, QVariantList)));
}

PortalNotifier::~PortalNotifier() = default;

bool PortalNotifier::available() const {
    if (!m_bus.isConnected() || m_bus.interface() == nullptr) {
        return false;
    }
    const auto registered = m_bus.interface()->isServiceRegistered(kService);
    return registered.isValid() && registered.value();
}

bool PortalNotifier::show(const ReminderNotice& notice) {
    if (!m_bus.isConnected()) {
        return false;
    }
    QString id = notificationId(notice.uid);
    if (id.isEmpty()) {
        id = QStringLiteral("rollwise-reminder-%1").arg(m_next++);
    }
    QVariantMap notification;
    notification.insert(QStringLiteral("title"), QStringLiteral("Rollwise"));
    notification.insert(QStringLiteral("body"), reminderBody(notice.kind));
    notification.insert(QStringLiteral("priority"), QStringLiteral("normal"));
    notification.insert(QStringLiteral("default-action"), QStringLiteral("open"));
    notification.insert(
        QStringLiteral("buttons"),
        QVariant::fromValue(QList<QVariantMap>{button(tr("Snooze"), QStringLiteral("snooze")),
                                               button(tr("Done"), QStringLiteral("done"))}));
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("AddNotification"));
    call << id << notification;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        return false;
    }
    m_uids.insert(id, QString::fromStdString(notice.uid));
    return true;
}

void PortalNotifier::withdraw(const std::string& uid) {
    const QString id = notificationId(uid);
    if (id.isEmpty()) {
        return;
    }
    m_uids.remove(id);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("RemoveNotification"));
    call << id;
    m_bus.call(call, QDBus::Block, kCallTimeoutMs);
}

QString PortalNotifier::notificationId(const std::string& uid) const {
    const QString key = QString::fromStdString(uid);
    for (auto it = m_uids.cbegin(); it != m_uids.cend(); ++it) {
        if (it.value() == key) {
            return it.key();
        }
    }
    return {};
}

void PortalNotifier::onActionInvoked(const QString& id, const QString& action,
                                     const QVariantList& /*parameter*/) {
    const auto it = m_uids.constFind(id);
    if (it == m_uids.cend() || !onAction) {
        return;
    }
    const std::string uid = it.value().toStdString();
    if (action == QStringLiteral("snooze")) {
        onAction(uid, ReminderAction::Snooze);
    } else if (action == QStringLiteral("done")) {
        onAction(uid, ReminderAction::Done);
    } else if (action == QStringLiteral("open")) {
        onAction(uid, ReminderAction::Open);
    }
}

} // namespace rollwise::platform
