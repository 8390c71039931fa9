#pragma once

// Where the system's Bluetooth settings open from an app, on the platforms that have a way
// (Windows, macOS, iOS's app settings; Android through an intent the app has not got yet).
// Empty where there is none (Linux desktops differ): the app says what to do instead.

#include <QUrl>

namespace rollwise::platform::bluetooth {

[[nodiscard]] QUrl systemSettingsUrl();

} // namespace rollwise::platform::bluetooth
