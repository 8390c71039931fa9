#pragma once

// Session plans: from a goal, the device and its needle length, which zones in which order,
// which directions, how many passes and how long each pass takes.

#include <rollwise/core/device.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/result.h>
#include <rollwise/core/time.h>
#include <rollwise/core/zone.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rollwise {

enum class Goal : std::uint8_t {
    TextureAndFineLines,
    LookOfScars,
    Tone,
    Pores,
    StretchMarks, // body
    Scalp,
};

enum class Direction : std::uint8_t { Horizontal, Vertical, DiagonalUp, DiagonalDown };

[[nodiscard]] std::string_view toString(Goal goal) noexcept;
[[nodiscard]] std::optional<Goal> goalFromString(std::string_view text) noexcept;
[[nodiscard]] std::string_view toString(Direction direction) noexcept;
[[nodiscard]] std::optional<Direction> directionFromString(std::string_view text) noexcept;
[[nodiscard]] Region regionFor(Goal goal) noexcept;

struct ZonePlan {
    Zone zone = Zone::Forehead;
    std::vector<Direction> directions;
    int passesPerDirection = 0;
    Seconds secondsPerPass{};

    [[nodiscard]] int totalPasses() const noexcept {
        return static_cast<int>(directions.size()) * passesPerDirection;
    }
    [[nodiscard]] Direction directionOfPass(int passIndex) const noexcept;
    [[nodiscard]] Seconds duration() const noexcept { return secondsPerPass * totalPasses(); }
};

struct SessionPlan {
    Goal goal = Goal::TextureAndFineLines;
    DeviceFamily family = DeviceFamily::PlainRoller;
    int needleLengthUm = 0;
    std::vector<ZonePlan> zones;
    Seconds zoneTransition{30}; // repositioning and the zone's introduction

    [[nodiscard]] Seconds totalDuration() const noexcept;
    [[nodiscard]] int maxPassesPerZone() const noexcept;
    // What the guard needs to judge this plan.
    [[nodiscard]] PlannedSession forGuard(std::vector<std::string> products = {}) const;
    // The same plan without the zones the guard blocked.
    [[nodiscard]] SessionPlan without(std::span<const Zone> zones) const;
};

inline constexpr Minutes kShortestPlannedSession{10};
inline constexpr Minutes kLongestPlannedSession{30};

enum class PlanErrorCode { NoZones, WrongRegion, TooLong };
struct PlanError {
    PlanErrorCode code = PlanErrorCode::NoZones;
    std::string message;        // English, for logs; the app words the code
    std::optional<Zone> zone{}; // WrongRegion: the zone that does not belong
    Goal goal = Goal::TextureAndFineLines;
    Minutes limit{}; // TooLong: the longest planned session
};

// A plan for `goal` with the device and needle length. `selection` narrows the zones (empty:
// every zone the goal covers). The eye area is never planned. Seconds per pass are chosen so a
// full plan lasts 10 - 30 minutes.
[[nodiscard]] Result<SessionPlan, PlanError>
makePlan(Goal goal, DeviceFamily family, int needleLengthUm, std::span<const Zone> selection = {});

} // namespace rollwise
