#include <rollwise/core/zone.h>

#include <algorithm>
#include <array>

namespace rollwise {
namespace {

// Grouped by region, each group in session order; faceZones() and zonesOf() are slices.
constexpr std::array kZones{
    ZoneInfo{Zone::Forehead, Region::Face, "forehead", "Forehead", true},
    ZoneInfo{Zone::EyeArea, Region::Face, "eye-area", "Eye area", false},
    ZoneInfo{Zone::Nose, Region::Face, "nose", "Nose", true},
    ZoneInfo{Zone::LeftCheek, Region::Face, "left-cheek", "Left cheek", true},
    ZoneInfo{Zone::RightCheek, Region::Face, "right-cheek", "Right cheek", true},
    ZoneInfo{Zone::UpperLip, Region::Face, "upper-lip", "Upper lip", true},
    ZoneInfo{Zone::Chin, Region::Face, "chin", "Chin", true},
    ZoneInfo{Zone::Jawline, Region::Face, "jawline", "Jawline", true},
    ZoneInfo{Zone::Neck, Region::Face, "neck", "Neck", true},
    ZoneInfo{Zone::Abdomen, Region::Body, "abdomen", "Abdomen", true},
    ZoneInfo{Zone::Hips, Region::Body, "hips", "Hips", true},
    ZoneInfo{Zone::Thighs, Region::Body, "thighs", "Thighs", true},
    ZoneInfo{Zone::UpperArms, Region::Body, "upper-arms", "Upper arms", true},
    ZoneInfo{Zone::ScalpHairline, Region::Scalp, "scalp-hairline", "Hairline", true},
    ZoneInfo{Zone::ScalpCrown, Region::Scalp, "scalp-crown", "Crown", true},
    ZoneInfo{Zone::ScalpSides, Region::Scalp, "scalp-sides", "Sides of the scalp", true},
};

constexpr std::size_t kFaceCount = 9;
constexpr std::size_t kBodyCount = 4;

} // namespace

std::span<const ZoneInfo> faceZones() noexcept {
    return zonesOf(Region::Face);
}

std::span<const ZoneInfo> zonesOf(Region region) noexcept {
    const std::span<const ZoneInfo> all(kZones);
    switch (region) {
    case Region::Face:
        return all.first(kFaceCount);
    case Region::Body:
        return all.subspan(kFaceCount, kBodyCount);
    case Region::Scalp:
        return all.subspan(kFaceCount + kBodyCount);
    }
    return {};
}

std::span<const ZoneInfo> allZones() noexcept {
    return kZones;
}

const ZoneInfo& zoneInfo(Zone zone) noexcept {
    const auto* it = std::find_if(kZones.begin(), kZones.end(),
                                  [zone](const ZoneInfo& info) { return info.zone == zone; });
    // Every enumerator is in the table (checked by the unit tests).
    return *it;
}

std::optional<Zone> zoneFromKey(std::string_view key) noexcept {
    const auto* it = std::find_if(kZones.begin(), kZones.end(),
                                  [key](const ZoneInfo& info) { return info.key == key; });
    if (it == kZones.end()) {
        return std::nullopt;
    }
    return it->zone;
}

} // namespace rollwise
