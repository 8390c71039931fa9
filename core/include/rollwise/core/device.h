#pragma once

// What the user needles with: the device family and the head or cartridge on it.

#include <rollwise/core/time.h>
#include <rollwise/core/zone.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

enum class DeviceFamily : std::uint8_t {
    PlainRoller, // no electronics: the app paces, the user confirms
    SmartRoller, // reports passes, direction, speed, pressure
    Pen,         // motorised stamping pen with single-use cartridges and adjustable depth
    HomeTool,    // GloPro-style tool with a roller head, reports passes
};

[[nodiscard]] std::string_view toString(DeviceFamily family) noexcept;
[[nodiscard]] std::optional<DeviceFamily> deviceFamilyFromString(std::string_view text) noexcept;
// Pen cartridges are single use; roller heads are replaced after a number of sessions.
[[nodiscard]] constexpr bool usesSingleUseCartridges(DeviceFamily family) noexcept {
    return family == DeviceFamily::Pen;
}
[[nodiscard]] constexpr bool reportsPasses(DeviceFamily family) noexcept {
    return family != DeviceFamily::PlainRoller;
}

// Every zone a device of this family can needle. A device does not report where it was used,
// so this is every zone of every area where needling is allowed: a session whose zones are not
// known counts as covering all of them (fail closed).
[[nodiscard]] std::vector<Zone> zonesReachableBy(DeviceFamily family);

// A roller (plain, smart or a home tool's roller head) has one needle length: the head decides
// the depth. A pen's depth is set within what its cartridge allows.
[[nodiscard]] constexpr bool hasFixedNeedleLength(DeviceFamily family) noexcept {
    return family != DeviceFamily::Pen;
}

// A roller head or pen cartridge, with what it has been through.
struct Head {
    std::string id;
    DeviceFamily family = DeviceFamily::PlainRoller;
    int needleLengthUm = 0; // micrometres
    int needleCount = 0;
    std::optional<TimePoint> firstUse;
    std::optional<TimePoint> lastUse;
    std::optional<TimePoint> lastDisinfected;
    int sessions = 0;
    int passes = 0;
    int highPressurePasses = 0;  // passes whose peak pressure reached the warning stage
    int deepSessions = 0;        // sessions at 1.0 mm or deeper
    bool damageReported = false; // bent tips, dragging, rust ...
};

} // namespace rollwise
