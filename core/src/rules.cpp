#include <rollwise/core/rules.h>

#include <algorithm>
#include <array>

namespace rollwise {
namespace {

constexpr std::string_view kBriefIntervals =
    "Product brief, needle-length table: Allure (dermatologist: 2-3 times a week at 0.25 mm); "
    "vendor ranges for 0.3-0.5 mm; Dr. Pen UK (no deeper than 1.0 mm at home); clinics every "
    "4-6 weeks and SkinPen IFU (over 1.5 mm not evaluated) for 1.5 mm; skin channels close in "
    "12-18 h (Kalluri, AAPS J 2011)";
constexpr std::string_view kBriefContraindications =
    "Product brief, contraindications (source articles; pre-session screeners as in Philips "
    "Lumea)";

constexpr std::array kRules{
    RuleInfo{RuleId::EyeArea, "eye-area",
             "Rollwise product rule: the skin around the eyes is the thinnest of the face"},
    RuleInfo{RuleId::NeedleLengthValid, "needle-length-valid",
             "Product brief, device families: home devices use 0.2 - 2.5 mm"},
    RuleInfo{RuleId::HealingInterval, "healing-interval", kBriefIntervals},
    RuleInfo{RuleId::CosmeticFrequency, "cosmetic-frequency",
             "Product brief: up to 0.25 mm, at most 3 sessions a week (Allure, dermatologist: "
             "2-3 times a week)"},
    RuleInfo{RuleId::DepthLimit, "depth-limit",
             "Dr. Pen UK: no deeper than 1.0 mm at home; SkinPen IFU: over 1.5 mm not evaluated; "
             "FDA: microneedling at clinical depth by a trained provider",
             true},
    RuleInfo{RuleId::ZonePassCap, "zone-pass-cap",
             "Doddaballapur, J Cutan Aesthet Surg 2009: about 15 passes give roughly 250 holes "
             "per cm2; home guidance: 4 directions, a few passes each"},
    RuleInfo{RuleId::SessionPassCap, "session-pass-cap",
             "Doddaballapur 2009 pass counts, applied to a whole face session"},
    RuleInfo{RuleId::SessionLength, "session-length",
             "Product brief: sessions take 10 - 30 minutes"},
    RuleInfo{RuleId::Pressure, "pressure",
             "No published numeric limit; staged like Oral-B and Philips Sonicare pressure "
             "sensors (light, then warning, then stop); Rollwise engineering default"},
    RuleInfo{RuleId::HeadRetire, "head-retire",
             "Doddaballapur 2009 and SkinPen cartridge lockout (single use); home rollers: "
             "10 sessions or 6 weeks, or at once on bent tips or dragging (product brief)"},
    RuleInfo{RuleId::HeadWear, "head-wear", "Product brief: head and cartridge life"},
    RuleInfo{RuleId::Hygiene, "hygiene",
             "Product brief: disinfect with 70 % isopropyl alcohol for about 10 minutes, rinse "
             "debris first, never boil, never share"},
    RuleInfo{RuleId::ScreenMissing, "screen-missing",
             "Product brief: each answer dated and re-asked when it expires"},
    RuleInfo{RuleId::Pregnancy, "pregnancy", kBriefContraindications},
    RuleInfo{RuleId::SkinCondition, "skin-condition",
             "Product brief: active acne, rosacea, eczema, psoriasis, infection, cold sore, open "
             "wound or sunburn in a zone blocks that zone"},
    RuleInfo{RuleId::IsotretinoinCurrent, "isotretinoin-current", kBriefContraindications},
    RuleInfo{RuleId::IsotretinoinRecent, "isotretinoin-recent",
             "Product brief: stopped under 6 months ago, warn and ask a doctor"},
    RuleInfo{RuleId::TopicalActives, "topical-actives",
             "Product brief: retinol and harsh exfoliants stopped a few days before"},
    RuleInfo{RuleId::BleedingRisk, "bleeding-risk", kBriefContraindications},
    RuleInfo{RuleId::Keloid, "keloid", kBriefContraindications},
    RuleInfo{RuleId::MetalAllergy, "metal-allergy", kBriefContraindications},
    RuleInfo{RuleId::SystemicCondition, "systemic-condition", kBriefContraindications},
    RuleInfo{RuleId::VitaminC, "vitamin-c",
             "JAMA Dermatology 2014 (Soltani-Arabshahi et al.): granulomas after vitamin C "
             "serum applied during microneedling"},
    RuleInfo{RuleId::ReactionJournal, "reaction-journal",
             "Product brief aftercare: see a doctor for spreading redness, pus or fever; the "
             "journal can only lengthen intervals"},
    RuleInfo{RuleId::ClockAnomaly, "clock-anomaly",
             "Rollwise rule: a clock that jumps never opens a healing window early"},
    RuleInfo{RuleId::StricterSettings, "stricter-settings",
             "Rollwise rule: every default is a floor the user may tighten, never loosen"},
    RuleInfo{RuleId::JournalUnreadable, "journal-unreadable",
             "Rollwise rule: a history, head or setting that cannot be read, or holds an "
             "impossible value, blocks; the guard never allows because data was missing"},
};

} // namespace

std::string_view toString(Verdict verdict) noexcept {
    switch (verdict) {
    case Verdict::Allow:
        return "allow";
    case Verdict::Warn:
        return "warn";
    case Verdict::Block:
        return "block";
    }
    return "block";
}

std::span<const RuleInfo> allRules() noexcept {
    return kRules;
}

const RuleInfo& ruleInfo(RuleId id) noexcept {
    return *std::find_if(kRules.begin(), kRules.end(),
                         [id](const RuleInfo& info) { return info.id == id; });
}

std::optional<RuleId> ruleFromKey(std::string_view key) noexcept {
    const auto* it = std::find_if(kRules.begin(), kRules.end(),
                                  [key](const RuleInfo& info) { return info.key == key; });
    if (it == kRules.end()) {
        return std::nullopt;
    }
    return it->id;
}

} // namespace rollwise
