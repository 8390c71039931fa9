#pragma once

// Shared by the composition root's runs (app, self-test, demo, screenshots).

#include <QSize>

namespace rollwise::app {

inline constexpr QSize kPhoneSize{390, 844};
inline constexpr QSize kDesktopSize{1280, 800};

// Processes events for `milliseconds` so layouts and bindings settle.
void settle(int milliseconds);

} // namespace rollwise::app
