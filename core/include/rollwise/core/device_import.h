#pragma once

// A record from a device's store becomes a journal session (docs/device-sync.md, "Records
// become sessions"). Pure: the store calls it in the same transaction as it keeps the raw
// record, and the guard's property test calls it directly.

#include <rollwise/core/device.h>
#include <rollwise/core/session.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rollwise {

// What the device said of itself when the record was read (Device Features, Head Identity).
struct DeviceContext {
    DeviceFamily family = DeviceFamily::SmartRoller;
    int maxDepthUm = 0;      // the deepest the device can needle; 0: not known
    int headNeedleUm = 0;    // the fitted head's needle length; 0: not known
    int headNeedleCount = 0; // 0: not known
};

struct ImportedSession {
    std::string uid; // stable: the same record always gives the same session
    SessionRecord record;
    // The head the session is counted on: "head-<id>" for a head with an id chip, otherwise
    // "<record key>/head" (the device's own head slot).
    std::string headUid;
};

// The journal uid of the session made from a record.
[[nodiscard]] std::string deviceSessionUid(std::string_view recordKey, std::int64_t sequence);

// Turns one stored record body (CRC included, as kept in device_records) into a session.
// - Its zones are not known: zonesPending, passes unassigned.
// - Its time is trusted only when the device's clock was set, the time is not ahead of the
//   moment it was synced, and not earlier than `latestDeviceTime` (the latest start that
//   device ever reported, trusted or not: a clock that went back is not believed): otherwise
//   it is dated when it was synced: `receivedAt`, or the latest wall time Rollwise has seen
//   (`clockHighWater`) if that is later (the phone's own clock may have been set back).
// - A body that cannot be read still becomes a session (dated when it was synced, at the
//   device's deepest depth or unknown depth) so the guard never misses it.
[[nodiscard]] ImportedSession importDeviceRecord(std::string_view recordKey, std::int64_t sequence,
                                                 TimePoint receivedAt,
                                                 std::span<const std::uint8_t> payload,
                                                 const DeviceContext& context,
                                                 std::optional<TimePoint> latestDeviceTime,
                                                 std::optional<TimePoint> clockHighWater);

} // namespace rollwise
