#include <rollwise/core/guard.h>

#include <algorithm>
#include <array>
#include <utility>

// The reasons' stable keys: what the journal stores with a finding and what the CLI's JSON
// carries, so words can change without touching a file.

namespace rollwise {
namespace {

constexpr std::array<std::pair<ReasonCode, std::string_view>, kReasonCodeCount> kReasonKeys{{
    {ReasonCode::ClockJumpedAhead, "clock-jumped-ahead"},
    {ReasonCode::ClockMovedBack, "clock-moved-back"},
    {ReasonCode::ClockBehindLatestSeen, "clock-behind-latest-seen"},
    {ReasonCode::SessionInFuture, "session-in-future"},
    {ReasonCode::NeedleImplausible, "needle-implausible"},
    {ReasonCode::DepthHomeMaximum, "depth-home-maximum"},
    {ReasonCode::DepthNotEvaluated, "depth-not-evaluated"},
    {ReasonCode::DepthClinical, "depth-clinical"},
    {ReasonCode::DepthAboveSetting, "depth-above-setting"},
    {ReasonCode::NoPasses, "no-passes"},
    {ReasonCode::ZonePassesAboveCap, "zone-passes-above-cap"},
    {ReasonCode::SessionPassesAboveCap, "session-passes-above-cap"},
    {ReasonCode::SessionTooLong, "session-too-long"},
    {ReasonCode::SessionLong, "session-long"},
    {ReasonCode::DisinfectNewHead, "disinfect-new-head"},
    {ReasonCode::NotDisinfectedSinceUse, "not-disinfected-since-use"},
    {ReasonCode::NoDisinfectionRecorded, "no-disinfection-recorded"},
    {ReasonCode::HeadLengthImplausible, "head-length-implausible"},
    {ReasonCode::CartridgeTooShort, "cartridge-too-short"},
    {ReasonCode::HeadLengthMismatch, "head-length-mismatch"},
    {ReasonCode::ImpossiblePassCount, "impossible-pass-count"},
    {ReasonCode::ImpossibleHeadCount, "impossible-head-count"},
    {ReasonCode::NoHead, "no-head"},
    {ReasonCode::HeadDamaged, "head-damaged"},
    {ReasonCode::CartridgeUsed, "cartridge-used"},
    {ReasonCode::HeadWornBySessions, "head-worn-by-sessions"},
    {ReasonCode::HeadWornByAge, "head-worn-by-age"},
    {ReasonCode::HeadWornByPasses, "head-worn-by-passes"},
    {ReasonCode::HeadWearing, "head-wearing"},
    {ReasonCode::QuestionUnanswered, "question-unanswered"},
    {ReasonCode::AnswerExpired, "answer-expired"},
    {ReasonCode::Pregnancy, "pregnancy"},
    {ReasonCode::SkinConditionZonesMissing, "skin-condition-zones-missing"},
    {ReasonCode::SkinCondition, "skin-condition"},
    {ReasonCode::IsotretinoinCurrent, "isotretinoin-current"},
    {ReasonCode::IsotretinoinRecent, "isotretinoin-recent"},
    {ReasonCode::TopicalActives, "topical-actives"},
    {ReasonCode::BleedingRisk, "bleeding-risk"},
    {ReasonCode::Keloid, "keloid"},
    {ReasonCode::MetalAllergy, "metal-allergy"},
    {ReasonCode::SystemicCondition, "systemic-condition"},
    {ReasonCode::VitaminC, "vitamin-c"},
    {ReasonCode::EyeArea, "eye-area"},
    {ReasonCode::SignsOfInfection, "signs-of-infection"},
    {ReasonCode::RestForPlannedDepth, "rest-for-planned-depth"},
    {ReasonCode::StillHealing, "still-healing"},
    {ReasonCode::WeeklyCap, "weekly-cap"},
    {ReasonCode::NoZones, "no-zones"},
    {ReasonCode::MultiplierAboveMaximum, "multiplier-above-maximum"},
    {ReasonCode::HistoryUnreadable, "history-unreadable"},
}};

} // namespace

std::string_view reasonKey(ReasonCode code) noexcept {
    const auto* it = std::find_if(kReasonKeys.begin(), kReasonKeys.end(),
                                  [code](const auto& row) { return row.first == code; });
    return it == kReasonKeys.end() ? std::string_view{} : it->second;
}

std::optional<ReasonCode> reasonFromKey(std::string_view key) noexcept {
    const auto* it = std::find_if(kReasonKeys.begin(), kReasonKeys.end(),
                                  [key](const auto& row) { return row.second == key; });
    if (it == kReasonKeys.end()) {
        return std::nullopt;
    }
    return it->first;
}

} // namespace rollwise
