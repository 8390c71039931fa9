// The only #if of the system-settings link.
#include <rollwise/platform/bluetooth/system_settings.h>

#include <QtGlobal>

namespace rollwise::platform::bluetooth {

QUrl systemSettingsUrl() {
#if defined(Q_OS_WIN)
    return QUrl(QStringLiteral("ms-settings:bluetooth"));
#elif defined(Q_OS_IOS)
    return QUrl(QStringLiteral("app-settings:")); // UIApplicationOpenSettingsURLString
#elif defined(Q_OS_MACOS)
    return QUrl(QStringLiteral("x-apple.systempreferences:com.apple.preferences.Bluetooth"));
#else
    return {};
#endif
}

} // namespace rollwise::platform::bluetooth
