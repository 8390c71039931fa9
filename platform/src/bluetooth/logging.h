#pragma once

// The one logging category of the Bluetooth code. Lines name states, characteristics by
// their role, lengths and error kinds; never the bytes of a value (health-adjacent data).

#include <QLoggingCategory>

namespace rollwise::platform::bluetooth {
Q_DECLARE_LOGGING_CATEGORY(lcBluetooth)
} // namespace rollwise::platform::bluetooth
