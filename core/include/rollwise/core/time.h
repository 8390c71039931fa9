#pragma once

// Time as core handles it: UTC, to the second. Formatting for messages, with no locale.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rollwise {

using TimePoint = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;
using Minutes = std::chrono::minutes;
using Hours = std::chrono::hours;
using Days = std::chrono::days;

// "2026-11-21T10:00:00Z"
[[nodiscard]] std::string formatIso(TimePoint time);
// "2026-11-21"
[[nodiscard]] std::string formatDate(TimePoint time);
// "2026-11-21 10:00 UTC"
[[nodiscard]] std::string formatDateTime(TimePoint time);
// Parses "YYYY-MM-DDTHH:MM:SSZ" (also "+00:00" or no zone, read as UTC) or "YYYY-MM-DD".
[[nodiscard]] std::optional<TimePoint> parseIso(std::string_view text);
// "3 days", "1 day", "36 hours", "45 minutes": for reasons shown to people.
[[nodiscard]] std::string formatDuration(Seconds duration);

} // namespace rollwise
