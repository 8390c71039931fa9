#include "screen_awake.h"

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace rollwise::app {

namespace {
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");

bool screenSaverPresent() {
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() != nullptr &&
           bus.interface()->isServiceRegistered(kService).value();
}
#endif
} // namespace

void ScreenAwake::set(bool awake) {
    if (awake == m_awake) {
        return;
    }
    m_awake = awake;
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (!screenSaverPresent()) {
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (awake) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Inhibit"));
        call << QStringLiteral("Rollwise") << QStringLiteral("A guided session is running");
        // Asynchronous: the session's screen never waits for the bus.
        auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call));
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, this,
                         [this](QDBusPendingCallWatcher* w) {
                             const QDBusPendingReply<quint32> reply = *w;
                             if (reply.isValid()) {
                                 m_cookie = reply.value();
                             }
                             w->deleteLater();
                         });
    } else if (m_cookie != 0) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("UnInhibit"));
        call << m_cookie;
        bus.asyncCall(call);
        m_cookie = 0;
    }
#endif
}

} // namespace rollwise::app
