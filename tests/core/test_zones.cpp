#include <rollwise/core/zone.h>

#include <catch2/catch_test_macros.hpp>

#include <set>
#include <string>

using namespace rollwise;

TEST_CASE("The face zones are the ones the product brief names", "[zones]") {
    std::set<std::string> keys;
    for (const auto& zone : faceZones()) {
        keys.insert(std::string(zone.key));
    }
    CHECK(keys == std::set<std::string>{"forehead", "left-cheek", "right-cheek", "nose", "chin",
                                        "upper-lip", "jawline", "neck", "eye-area"});
}

TEST_CASE("The eye area exists and is never needled", "[zones][safety]") {
    const auto& eye = zoneInfo(Zone::EyeArea);
    CHECK(eye.key == "eye-area");
    CHECK_FALSE(eye.needlingAllowed);
    CHECK_FALSE(isNeedlingAllowed(Zone::EyeArea));
    for (const auto& zone : allZones()) {
        if (zone.zone != Zone::EyeArea) {
            CHECK(zone.needlingAllowed);
        }
    }
}

TEST_CASE("Every zone enumerator has exactly one table entry and a unique key", "[zones]") {
    std::set<Zone> seen;
    std::set<std::string_view> keys;
    for (const auto& zone : allZones()) {
        CHECK(seen.insert(zone.zone).second);
        CHECK(keys.insert(zone.key).second);
        CHECK(zoneInfo(zone.zone).key == zone.key);
        CHECK(zoneFromKey(zone.key) == zone.zone);
        CHECK_FALSE(zone.displayName.empty());
    }
    CHECK(seen.size() == static_cast<std::size_t>(Zone::ScalpSides) + 1);
}

TEST_CASE("Regions partition the zones", "[zones]") {
    std::size_t total = 0;
    for (const auto region : {Region::Face, Region::Body, Region::Scalp}) {
        const auto zones = zonesOf(region);
        CHECK_FALSE(zones.empty());
        for (const auto& zone : zones) {
            CHECK(zone.region == region);
        }
        total += zones.size();
    }
    CHECK(total == allZones().size());
    CHECK(zonesOf(Region::Face).size() == 9);
    CHECK(zoneInfo(Zone::Thighs).region == Region::Body);
    CHECK(zoneInfo(Zone::ScalpCrown).region == Region::Scalp);
}

TEST_CASE("Unknown zone keys are not guessed", "[zones]") {
    CHECK_FALSE(zoneFromKey("").has_value());
    CHECK_FALSE(zoneFromKey("Forehead").has_value());
    CHECK_FALSE(zoneFromKey("eyes").has_value());
}
