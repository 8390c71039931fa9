#pragma once

// Small values the journal keeps beside the sessions: settings by key, the clock's high-water
// mark, the zone table.

#include <rollwise/core/database_error.h>
#include <rollwise/core/time.h>
#include <rollwise/core/zone.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

class SettingsStore {
public:
    explicit SettingsStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    SettingsStore(const SettingsStore&) = delete;
    SettingsStore& operator=(const SettingsStore&) = delete;

    [[nodiscard]] Status<DatabaseError> set(std::string_view key, std::string_view value);
    // nullopt when the key was never set.
    [[nodiscard]] Result<std::optional<std::string>, DatabaseError> get(std::string_view key) const;
    // The latest wall time seen (see docs/safety-rules.md, "The clock"): only ever moves forward.
    [[nodiscard]] Status<DatabaseError> noteClock(TimePoint seen);
    [[nodiscard]] Result<std::optional<TimePoint>, DatabaseError> clockHighWater() const;
    // The zone table (the first slice of the schema), in display order.
    [[nodiscard]] Status<DatabaseError> storeZones(std::span<const ZoneInfo> zones);
    [[nodiscard]] Result<std::vector<Zone>, DatabaseError> loadZones() const;

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
