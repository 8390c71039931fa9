#pragma once

// Local wall time, for what happens "at 09:00" (reminders). GCC 12 has no std::chrono tzdb, so
// the rules come from outside: platform implements TimeZone with QTimeZone, tests with fixed
// rules. Core stores and compares instants (UTC) only; a local time is resolved when needed, so
// a reminder at 09:00 stays at 09:00 local across DST and a change of time zone.

#include <rollwise/core/time.h>

#include <chrono>
#include <optional>
#include <string>

namespace rollwise {

using LocalTime = std::chrono::local_seconds;

class TimeZone {
public:
    virtual ~TimeZone() = default;
    // The IANA name ("Europe/Berlin"), or "UTC+01:00" for a fixed offset.
    [[nodiscard]] virtual std::string id() const = 0;
    // Local minus UTC at this instant.
    [[nodiscard]] virtual Seconds offsetAt(TimePoint instant) const = 0;

    // The wall time at an instant.
    [[nodiscard]] LocalTime toLocal(TimePoint instant) const;

    // What a wall time means in this zone. Transitions are assumed to be more than a day apart
    // (true of every zone in the IANA database today).
    struct Resolution {
        std::optional<TimePoint> earlier; // the only instant, or the first of a repeated hour
        std::optional<TimePoint> later;   // the second instant of a repeated hour
        // In a DST gap (the wall time does not exist): the instant the clock reads it would
        // have had with the offset before the gap, i.e. the wall time pushed forward by the gap.
        std::optional<TimePoint> gapShifted;
    };
    [[nodiscard]] virtual Resolution resolve(LocalTime local) const;

    // One instant for a wall time: the earlier of a repeated hour, and a time in a gap moved
    // forward by the gap's length (02:30 on a spring-forward night in Berlin is 03:30 CEST).
    [[nodiscard]] TimePoint toInstant(LocalTime local) const;
};

// A zone that never changes its offset (UTC by default).
class FixedOffsetTimeZone final : public TimeZone {
public:
    explicit FixedOffsetTimeZone(Seconds offset = Seconds{0})
        : m_offset(offset) {}
    [[nodiscard]] std::string id() const override;
    [[nodiscard]] Seconds offsetAt(TimePoint) const override { return m_offset; }

private:
    Seconds m_offset;
};

// The local calendar date of an instant, and the instant of a date's wall time.
[[nodiscard]] std::chrono::year_month_day localDate(const TimeZone& zone, TimePoint instant);
[[nodiscard]] TimePoint atLocal(const TimeZone& zone, std::chrono::year_month_day date,
                                Minutes timeOfDay);
// The first instant at or after `from` whose wall time is `timeOfDay`.
[[nodiscard]] TimePoint nextLocalTime(const TimeZone& zone, TimePoint from, Minutes timeOfDay);

} // namespace rollwise
