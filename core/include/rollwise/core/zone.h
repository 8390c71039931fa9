#pragma once

// The areas a session can cover: face and neck, body areas and the scalp. The eye area is
// modelled so the UI can show it, but it is never needled (see docs/safety-rules.md).

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace rollwise {

enum class Zone : std::uint8_t {
    Forehead,
    LeftCheek,
    RightCheek,
    Nose,
    Chin,
    UpperLip,
    Jawline,
    Neck,
    EyeArea,
    // Body areas (stretch marks).
    Abdomen,
    Hips,
    Thighs,
    UpperArms,
    // Scalp.
    ScalpCrown,
    ScalpHairline,
    ScalpSides,
};

enum class Region : std::uint8_t { Face, Body, Scalp };

struct ZoneInfo {
    Zone zone = Zone::Forehead;
    Region region = Region::Face;
    // Stable identifier used in storage and files; never changes once released.
    std::string_view key;
    // English, for files and logs; people read the app's Localizer::zoneName.
    std::string_view displayName;
    bool needlingAllowed = true; // false: ReasonCode::EyeArea says why
};

// Every face zone (with the neck), in the order a session visits them (top to bottom).
[[nodiscard]] std::span<const ZoneInfo> faceZones() noexcept;
// The zones of one region, in session order.
[[nodiscard]] std::span<const ZoneInfo> zonesOf(Region region) noexcept;
// Every zone of every region.
[[nodiscard]] std::span<const ZoneInfo> allZones() noexcept;
[[nodiscard]] const ZoneInfo& zoneInfo(Zone zone) noexcept;
[[nodiscard]] std::optional<Zone> zoneFromKey(std::string_view key) noexcept;
[[nodiscard]] inline bool isNeedlingAllowed(Zone zone) noexcept {
    return zoneInfo(zone).needlingAllowed;
}

} // namespace rollwise
