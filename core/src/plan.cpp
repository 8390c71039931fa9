#include <rollwise/core/plan.h>

#include <algorithm>
#include <array>

namespace rollwise {
namespace {

constexpr std::array kAllDirections{Direction::Horizontal, Direction::Vertical,
                                    Direction::DiagonalUp, Direction::DiagonalDown};

struct GoalRecipe {
    Goal goal;
    std::string_view key;
    std::vector<Direction> directions;
    int passesPerDirection;
};

// Home guidance from the product brief: 4 directions, a few passes each, lifting between passes;
// at most 16 passes per zone (docs/safety-rules.md, zone-pass-cap).
const std::array<GoalRecipe, 6>& recipes() {
    static const std::array<GoalRecipe, 6> table{{
        {Goal::TextureAndFineLines, "texture", {kAllDirections.begin(), kAllDirections.end()}, 2},
        {Goal::LookOfScars, "look-of-scars", {kAllDirections.begin(), kAllDirections.end()}, 3},
        {Goal::Tone, "tone", {kAllDirections.begin(), kAllDirections.end()}, 2},
        {Goal::Pores, "pores", {Direction::Horizontal, Direction::Vertical}, 3},
        {Goal::StretchMarks, "stretch-marks", {kAllDirections.begin(), kAllDirections.end()}, 3},
        {Goal::Scalp,
         "scalp",
         {Direction::Vertical, Direction::Horizontal, Direction::DiagonalUp,
          Direction::DiagonalDown},
         2},
    }};
    return table;
}

const GoalRecipe& recipe(Goal goal) {
    return *std::find_if(recipes().begin(), recipes().end(),
                         [goal](const GoalRecipe& r) { return r.goal == goal; });
}

// Zones the goal covers by default.
bool coveredByDefault(Goal goal, Zone zone) {
    if (goal == Goal::Pores) {
        return zone == Zone::Forehead || zone == Zone::Nose || zone == Zone::LeftCheek ||
               zone == Zone::RightCheek || zone == Zone::Chin;
    }
    return true;
}

// A pen glides slower than a roller; body zones are larger than face zones.
Seconds baseSecondsPerPass(DeviceFamily family, Region region) {
    const Seconds device = family == DeviceFamily::Pen ? Seconds(8) : Seconds(4);
    return region == Region::Body ? device * 2 : device;
}

constexpr Seconds kMinSecondsPerPass{3};
constexpr Seconds kMaxSecondsPerPass{30};

} // namespace

std::string_view toString(Goal goal) noexcept {
    return recipe(goal).key;
}

std::optional<Goal> goalFromString(std::string_view text) noexcept {
    for (const auto& r : recipes()) {
        if (r.key == text) {
            return r.goal;
        }
    }
    return std::nullopt;
}

std::string_view toString(Direction direction) noexcept {
    switch (direction) {
    case Direction::Horizontal:
        return "horizontal";
    case Direction::Vertical:
        return "vertical";
    case Direction::DiagonalUp:
        return "diagonal-up";
    case Direction::DiagonalDown:
        return "diagonal-down";
    }
    return "horizontal";
}

std::optional<Direction> directionFromString(std::string_view text) noexcept {
    for (const auto d : {Direction::Horizontal, Direction::Vertical, Direction::DiagonalUp,
                         Direction::DiagonalDown}) {
        if (toString(d) == text) {
            return d;
        }
    }
    return std::nullopt;
}

Region regionFor(Goal goal) noexcept {
    switch (goal) {
    case Goal::StretchMarks:
        return Region::Body;
    case Goal::Scalp:
        return Region::Scalp;
    default:
        return Region::Face;
    }
}

Direction ZonePlan::directionOfPass(int passIndex) const noexcept {
    if (directions.empty() || passesPerDirection <= 0) {
        return Direction::Horizontal;
    }
    const auto index = static_cast<std::size_t>(
        std::clamp(passIndex / passesPerDirection, 0, static_cast<int>(directions.size()) - 1));
    return directions[index];
}

Seconds SessionPlan::totalDuration() const noexcept {
    Seconds total{};
    for (const auto& zone : zones) {
        total += zone.duration() + zoneTransition;
    }
    return total;
}

int SessionPlan::maxPassesPerZone() const noexcept {
    int most = 0;
    for (const auto& zone : zones) {
        most = std::max(most, zone.totalPasses());
    }
    return most;
}

PlannedSession SessionPlan::forGuard(std::vector<std::string> products) const {
    PlannedSession planned;
    for (const auto& zone : zones) {
        planned.zones.push_back(zone.zone);
    }
    planned.needleLengthUm = needleLengthUm;
    planned.passesPerZone = maxPassesPerZone();
    planned.duration = std::chrono::ceil<Minutes>(totalDuration());
    planned.products = std::move(products);
    return planned;
}

SessionPlan SessionPlan::without(std::span<const Zone> removed) const {
    SessionPlan copy = *this;
    std::erase_if(copy.zones, [&](const ZonePlan& z) {
        return std::find(removed.begin(), removed.end(), z.zone) != removed.end();
    });
    return copy;
}

Result<SessionPlan, PlanError> makePlan(Goal goal, DeviceFamily family, int needleLengthUm,
                                        std::span<const Zone> selection) {
    const Region region = regionFor(goal);
    const GoalRecipe& r = recipe(goal);
    SessionPlan plan;
    plan.goal = goal;
    plan.family = family;
    plan.needleLengthUm = needleLengthUm;

    for (const Zone zone : selection) {
        if (zoneInfo(zone).region != region) {
            return Failure{PlanError{PlanErrorCode::WrongRegion,
                                     std::string(zoneInfo(zone).displayName) +
                                         " is not part of a " + std::string(r.key) + " session.",
                                     zone,
                                     goal,
                                     {}}};
        }
    }
    for (const auto& info : zonesOf(region)) {
        const bool chosen = selection.empty() ? coveredByDefault(goal, info.zone)
                                              : std::find(selection.begin(), selection.end(),
                                                          info.zone) != selection.end();
        if (!chosen || !info.needlingAllowed) {
            continue; // the eye area is never planned
        }
        plan.zones.push_back(ZonePlan{info.zone, r.directions, r.passesPerDirection,
                                      baseSecondsPerPass(family, region)});
    }
    if (plan.zones.empty()) {
        return Failure{
            PlanError{PlanErrorCode::NoZones, "Choose at least one zone to needle.", {}, goal, {}}};
    }

    // Stretch or shorten the passes so the session lands in 10 - 30 minutes where it can.
    const auto passes = [&] {
        int total = 0;
        for (const auto& z : plan.zones) {
            total += z.totalPasses();
        }
        return total;
    }();
    const Seconds transitions = plan.zoneTransition * static_cast<int>(plan.zones.size());
    // Every zone of a plan is in one region, so one pace fits all its passes.
    if (plan.totalDuration() < kShortestPlannedSession) {
        const auto perPass =
            (Seconds(kShortestPlannedSession) - transitions + Seconds(passes - 1)) / passes;
        for (auto& z : plan.zones) {
            z.secondsPerPass = std::clamp(perPass, kMinSecondsPerPass, kMaxSecondsPerPass);
        }
    } else if (plan.totalDuration() > kLongestPlannedSession) {
        const auto perPass = (Seconds(kLongestPlannedSession) - transitions) / passes;
        for (auto& z : plan.zones) {
            z.secondsPerPass = std::clamp(perPass, kMinSecondsPerPass, kMaxSecondsPerPass);
        }
    }
    if (plan.totalDuration() > kLongestPlannedSession) {
        return Failure{PlanError{PlanErrorCode::TooLong,
                                 "These zones do not fit in a 30-minute session: choose fewer.",
                                 {},
                                 goal,
                                 kLongestPlannedSession}};
    }
    return plan;
}

} // namespace rollwise
