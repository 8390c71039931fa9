#pragma once

// The safety rules: identity, title, and the source each one rests on. docs/safety-rules.md
// explains every rule with its numbers; the guard (guard.h) applies them.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace rollwise {

enum class Verdict : std::uint8_t { Allow, Warn, Block };

[[nodiscard]] std::string_view toString(Verdict verdict) noexcept;

enum class RuleId : std::uint8_t {
    EyeArea,
    NeedleLengthValid,
    HealingInterval,
    CosmeticFrequency,
    DepthLimit,
    ZonePassCap,
    SessionPassCap,
    SessionLength,
    Pressure,
    HeadRetire,
    HeadWear,
    Hygiene,
    ScreenMissing,
    Pregnancy,
    SkinCondition,
    IsotretinoinCurrent,
    IsotretinoinRecent,
    TopicalActives,
    BleedingRisk,
    Keloid,
    MetalAllergy,
    SystemicCondition,
    VitaminC,
    ReactionJournal,
    ClockAnomaly,
    StricterSettings,
    JournalUnreadable,
};

struct RuleInfo {
    RuleId id = RuleId::EyeArea;
    std::string_view key;    // stable, used in files and on the command line (app/text titles it)
    std::string_view source; // where the rule comes from (full citations in docs/safety-rules.md)
    // Whether a block from this rule may be overridden (always with a recorded reason).
    bool overridable = false;
};

[[nodiscard]] std::span<const RuleInfo> allRules() noexcept;
[[nodiscard]] const RuleInfo& ruleInfo(RuleId id) noexcept;
[[nodiscard]] std::optional<RuleId> ruleFromKey(std::string_view key) noexcept;

} // namespace rollwise
