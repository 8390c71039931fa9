// Device diagnostics in the log: kinds and lengths, never bytes.
#include "gatt_names.h"
#include "logging.h"

#include <rollwise/platform/bluetooth/frame_log.h>

namespace rollwise::platform::bluetooth {

void logRejectedFrame(const FrameRejection& rejection) {
    qCInfo(lcBluetooth).nospace() << "rejected " << toString(rejection.frame).data() << " on "
                                  << characteristicName(rejection.characteristic) << ": "
                                  << toString(rejection.kind).data() << ", length "
                                  << rejection.length;
}

void logLinkCounters(const protocol::FrameCounters& counters) {
    qCInfo(lcBluetooth).nospace() << "link counters: accepted " << counters.accepted
                                  << ", rejected " << counters.totalRejected() << ", duplicate "
                                  << counters.duplicate << ", stale " << counters.stale << ", lost "
                                  << counters.lost << ", unknown types " << counters.unknownType
                                  << ", context violations " << counters.contextViolations
                                  << ", dropped " << counters.dropped;
}

} // namespace rollwise::platform::bluetooth
