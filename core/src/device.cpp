#include <rollwise/core/device.h>

#include <array>
#include <utility>

namespace rollwise {
namespace {
constexpr std::array<std::pair<DeviceFamily, std::string_view>, 4> kNames{{
    {DeviceFamily::PlainRoller, "plain-roller"},
    {DeviceFamily::SmartRoller, "smart-roller"},
    {DeviceFamily::Pen, "pen"},
    {DeviceFamily::HomeTool, "home-tool"},
}};
} // namespace

std::string_view toString(DeviceFamily family) noexcept {
    for (const auto& [value, name] : kNames) {
        if (value == family) {
            return name;
        }
    }
    return "unknown";
}

std::optional<DeviceFamily> deviceFamilyFromString(std::string_view text) noexcept {
    for (const auto& [value, name] : kNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace rollwise

namespace rollwise {

std::vector<Zone> zonesReachableBy(DeviceFamily /*family*/) {
    // No family reports the area it was used on (docs/device-protocol.md, 6.5.7), so every
    // family may have reached every zone where needling is allowed.
    std::vector<Zone> zones;
    for (const auto& info : allZones()) {
        if (info.needlingAllowed) {
            zones.push_back(info.zone);
        }
    }
    return zones;
}

} // namespace rollwise
