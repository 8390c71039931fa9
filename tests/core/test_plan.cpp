#include <rollwise/core/plan.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace rollwise;

TEST_CASE("Every goal and device gets a plan of 10 - 30 minutes within the pass cap", "[plan]") {
    const auto goal = GENERATE(Goal::TextureAndFineLines, Goal::LookOfScars, Goal::Tone,
                               Goal::Pores, Goal::StretchMarks, Goal::Scalp);
    const auto family = GENERATE(DeviceFamily::PlainRoller, DeviceFamily::SmartRoller,
                                 DeviceFamily::Pen, DeviceFamily::HomeTool);
    CAPTURE(toString(goal), toString(family));
    const auto plan = makePlan(goal, family, 500);
    REQUIRE(plan.ok());
    CHECK(plan.value().totalDuration() >= kShortestPlannedSession);
    CHECK(plan.value().totalDuration() <= kLongestPlannedSession);
    CHECK(plan.value().maxPassesPerZone() <= Limits{}.zonePassCap);
    for (const auto& zone : plan.value().zones) {
        CHECK(zone.zone != Zone::EyeArea);
        CHECK(zoneInfo(zone.zone).region == regionFor(goal));
        CHECK_FALSE(zone.directions.empty());
        CHECK(zone.secondsPerPass >= Seconds(3));
    }
}

TEST_CASE("Face plans cover the face top to bottom in four directions", "[plan]") {
    const auto plan = makePlan(Goal::TextureAndFineLines, DeviceFamily::PlainRoller, 250).value();
    REQUIRE(plan.zones.size() == 8);
    CHECK(plan.zones.front().zone == Zone::Forehead);
    CHECK(plan.zones.back().zone == Zone::Neck);
    const auto& forehead = plan.zones.front();
    CHECK(forehead.directions.size() == 4);
    CHECK(forehead.totalPasses() == 8);
    CHECK(forehead.directionOfPass(0) == Direction::Horizontal);
    CHECK(forehead.directionOfPass(1) == Direction::Horizontal);
    CHECK(forehead.directionOfPass(2) == Direction::Vertical);
    CHECK(forehead.directionOfPass(7) == Direction::DiagonalDown);
}

TEST_CASE("A selection narrows the zones; the eye area is never planned", "[plan]") {
    const std::vector<Zone> chosen{Zone::Chin, Zone::EyeArea, Zone::Forehead};
    const auto plan = makePlan(Goal::Tone, DeviceFamily::Pen, 1000, chosen).value();
    REQUIRE(plan.zones.size() == 2);
    CHECK(plan.zones[0].zone == Zone::Forehead); // session order, not selection order
    CHECK(plan.zones[1].zone == Zone::Chin);

    const std::vector<Zone> eyesOnly{Zone::EyeArea};
    const auto none = makePlan(Goal::Tone, DeviceFamily::Pen, 1000, eyesOnly);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == PlanErrorCode::NoZones);
}

TEST_CASE("Zones from another region are refused with a reason", "[plan]") {
    const std::vector<Zone> wrong{Zone::Thighs};
    const auto plan = makePlan(Goal::Pores, DeviceFamily::PlainRoller, 500, wrong);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().code == PlanErrorCode::WrongRegion);
    CHECK(plan.error().message.find("Thighs") != std::string::npos);
}

TEST_CASE("A plan tells the guard what it needs", "[plan]") {
    const auto plan = makePlan(Goal::LookOfScars, DeviceFamily::SmartRoller, 500).value();
    const auto planned = plan.forGuard({"vitamin-c-serum"});
    CHECK(planned.zones.size() == plan.zones.size());
    CHECK(planned.passesPerZone == 12);
    CHECK(planned.needleLengthUm == 500);
    CHECK(planned.duration >= Minutes(10));
    CHECK(planned.products == std::vector<std::string>{"vitamin-c-serum"});
}
