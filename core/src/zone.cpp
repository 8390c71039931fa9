#include <rollwise/core/zone.h>

#include <algorithm>
#include <array>

namespace rollwise {
namespace {

constexpr std::string_view kEyeAreaReason =
    "The skin around the eyes is too thin for needling, so it is always left out.";

constexpr std::array kFaceZones{
    ZoneInfo{Zone::Forehead, "forehead", "Forehead", true, {}},
    ZoneInfo{Zone::EyeArea, "eye-area", "Eye area", false, kEyeAreaReason},
    ZoneInfo{Zone::Nose, "nose", "Nose", true, {}},
    ZoneInfo{Zone::LeftCheek, "left-cheek", "Left cheek", true, {}},
    ZoneInfo{Zone::RightCheek, "right-cheek", "Right cheek", true, {}},
    ZoneInfo{Zone::UpperLip, "upper-lip", "Upper lip", true, {}},
    ZoneInfo{Zone::Chin, "chin", "Chin", true, {}},
    ZoneInfo{Zone::Jawline, "jawline", "Jawline", true, {}},
    ZoneInfo{Zone::Neck, "neck", "Neck", true, {}},
};

} // namespace

std::span<const ZoneInfo> faceZones() noexcept {
    return kFaceZones;
}

const ZoneInfo& zoneInfo(Zone zone) noexcept {
    const auto* it = std::find_if(kFaceZones.begin(), kFaceZones.end(),
                                  [zone](const ZoneInfo& info) { return info.zone == zone; });
    // Every enumerator is in the table (checked by the unit tests).
    return *it;
}

std::optional<Zone> zoneFromKey(std::string_view key) noexcept {
    const auto* it = std::find_if(kFaceZones.begin(), kFaceZones.end(),
                                  [key](const ZoneInfo& info) { return info.key == key; });
    if (it == kFaceZones.end()) {
        return std::nullopt;
    }
    return it->zone;
}

} // namespace rollwise
