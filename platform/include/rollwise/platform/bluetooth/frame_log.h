#pragma once

// Device diagnostics in the log (docs/bluetooth.md): what DeviceSync rejected, as the
// characteristic, the frame, the error kind and the value's length; never a byte of the value
// (health-adjacent data, docs/device-protocol.md 5.2). Category rollwise.platform.bluetooth.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/sync.h>

namespace rollwise::platform::bluetooth {

// One line per rejected frame, at info level.
void logRejectedFrame(const FrameRejection& rejection);
// A connection's counters in one line (e.g. when it ends), at info level.
void logLinkCounters(const protocol::FrameCounters& counters);

} // namespace rollwise::platform::bluetooth
