#include <rollwise/platform/notifier_factory.h>

#include <QFileInfo>
#include <QtGlobal>

#if defined(Q_OS_ANDROID)
#include "../android/android_notifier.h"
#elif defined(Q_OS_IOS)
#include "../ios/ios_notifier.h"
#else
#include <rollwise/platform/dbus_notifier.h>
#include <rollwise/platform/portal_notifier.h>
#endif

namespace rollwise::platform {

bool insideFlatpak() {
    return QFileInfo::exists(QStringLiteral("/.flatpak-info"));
}

std::unique_ptr<Notifier> makeNotifier(QObject* parent) {
#if defined(Q_OS_ANDROID)
    Q_UNUSED(parent)
    return std::make_unique<AndroidNotifier>();
#elif defined(Q_OS_IOS)
    Q_UNUSED(parent)
    return std::make_unique<IosNotifier>();
#else
    if (insideFlatpak()) {
        return std::make_unique<PortalNotifier>(QDBusConnection::sessionBus(), parent);
    }
    return std::make_unique<DbusNotifier>(QDBusConnection::sessionBus(), parent);
#endif
}

} // namespace rollwise::platform
