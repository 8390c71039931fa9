#include "guard_internal.h"

#include <rollwise/core/guard.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

namespace rollwise {
namespace {

using namespace detail;

using namespace std::chrono_literals;

// The needle-length table from the product brief (docs/safety-rules.md, "Healing intervals").
// Published ranges disagree; each row takes the conservative end.
constexpr std::array kTiers{
    DepthTier{250, Hours(48), Days(7), 3, Verdict::Allow},
    DepthTier{500, Days(7), Days(21), 0, Verdict::Allow},
    DepthTier{1000, Days(28), Days(56), 0, Verdict::Warn},
    DepthTier{1999, Days(42), Days(84), 0, Verdict::Warn},
    DepthTier{kMaxPlausibleNeedleUm, Days(90), Days(180), 0, Verdict::Block},
};

// What a row that warns or blocks says about its depth.
ReasonCode depthReason(const DepthTier& tier) {
    if (tier.maxUm <= 1000) {
        return ReasonCode::DepthHomeMaximum;
    }
    return tier.depthVerdict == Verdict::Block ? ReasonCode::DepthClinical
                                               : ReasonCode::DepthNotEvaluated;
}

// Slack for clock comparisons: two readings a few minutes apart are not a jump.
constexpr Seconds kClockTolerance = 5min;
constexpr Days kIsotretinoinWarnWindow{183};
constexpr double kWearWarnFraction = 0.8;

constexpr std::array kQuestions{
    QuestionInfo{Question::Pregnancy, "pregnancy", Days(30), RuleId::Pregnancy},
    QuestionInfo{Question::SkinCondition, "skin-condition", Hours(12), RuleId::SkinCondition},
    QuestionInfo{Question::IsotretinoinCurrent, "isotretinoin-current", Days(30),
                 RuleId::IsotretinoinCurrent},
    QuestionInfo{Question::IsotretinoinStopped, "isotretinoin-stopped", Days(30),
                 RuleId::IsotretinoinRecent},
    QuestionInfo{Question::TopicalActives, "topical-actives", Hours(12), RuleId::TopicalActives},
    QuestionInfo{Question::BleedingRisk, "bleeding-risk", Days(90), RuleId::BleedingRisk},
    QuestionInfo{Question::Keloid, "keloid", Days(365), RuleId::Keloid},
    QuestionInfo{Question::MetalAllergy, "metal-allergy", Days(365), RuleId::MetalAllergy},
    QuestionInfo{Question::SystemicCondition, "systemic-condition", Days(90),
                 RuleId::SystemicCondition},
};

Reason why(ReasonCode code) {
    return Reason{.code = code};
}

Reason inZone(ReasonCode code, Zone zone) {
    return Reason{.code = code, .zone = zone};
}

bool touched(const PastSession& session, Zone zone) {
    return std::any_of(session.zones.begin(), session.zones.end(),
                       [zone](const PastZone& z) { return z.zone == zone && z.passes > 0; });
}

Finding finding(RuleId rule, Verdict verdict, std::optional<Zone> zone, Reason reason) {
    std::string key(reasonKey(reason.code));
    return Finding{rule, verdict, zone, std::move(reason), std::move(key), false, {}};
}

struct Builder {
    GuardDecision decision;
    std::map<Zone, std::size_t> zoneIndex;

    void session(RuleId rule, Verdict verdict, Reason reason) {
        decision.sessionFindings.push_back(finding(rule, verdict, std::nullopt, std::move(reason)));
    }
    void zone(Zone zone, RuleId rule, Verdict verdict, Reason reason) {
        const auto it = zoneIndex.find(zone);
        if (it != zoneIndex.end()) {
            reason.zone = zone;
            decision.zones[it->second].findings.push_back(
                finding(rule, verdict, zone, std::move(reason)));
        }
    }
};

// A session may only be stamped with a time Rollwise believes; any detected clock jump blocks
// starting one until the date and time are set right (docs/safety-rules.md, "The clock").
void checkClock(const Situation& s, Builder& b) {
    TimePoint now = s.now;
    if (s.monotonic) {
        // Within one boot the monotonic clock tells how much time really passed.
        const auto elapsed = s.monotonic->monotonicNow - s.monotonic->monotonicAtMark;
        if (elapsed >= Seconds::zero()) {
            const TimePoint trusted = s.monotonic->wallAtMark + elapsed;
            if (now > trusted + kClockTolerance) {
                b.session(RuleId::ClockAnomaly, Verdict::Block,
                          Reason{.code = ReasonCode::ClockJumpedAhead,
                                 .duration = std::chrono::floor<Seconds>(now - trusted)});
                now = trusted;
            } else if (now + kClockTolerance < trusted) {
                b.session(RuleId::ClockAnomaly, Verdict::Block,
                          Reason{.code = ReasonCode::ClockMovedBack,
                                 .duration = std::chrono::floor<Seconds>(trusted - now)});
            }
        }
    }
    if (s.clockHighWater && now + kClockTolerance < *s.clockHighWater) {
        b.session(RuleId::ClockAnomaly, Verdict::Block,
                  Reason{.code = ReasonCode::ClockBehindLatestSeen, .at = *s.clockHighWater});
    }
    const auto future = std::find_if(s.history.begin(), s.history.end(), [&](const PastSession& p) {
        return p.start > now + kClockTolerance;
    });
    if (future != s.history.end()) {
        b.session(RuleId::ClockAnomaly, Verdict::Warn,
                  Reason{.code = ReasonCode::SessionInFuture, .at = future->start});
    }
    b.decision.effectiveNow = now;
}

void checkNeedle(const Situation& s, const Limits& limits, Builder& b) {
    const int um = s.plan.needleLengthUm;
    if (um < kMinPlausibleNeedleUm || um > kMaxPlausibleNeedleUm) {
        b.session(RuleId::NeedleLengthValid, Verdict::Block,
                  Reason{.code = ReasonCode::NeedleImplausible, .micrometres = um});
        return;
    }
    const DepthTier& tier = depthTier(um);
    if (tier.depthVerdict != Verdict::Allow) {
        b.session(RuleId::DepthLimit, tier.depthVerdict,
                  Reason{.code = depthReason(tier), .micrometres = um});
    }
    if (um > limits.maxDepthUm) {
        b.session(RuleId::StricterSettings, Verdict::Block,
                  Reason{.code = ReasonCode::DepthAboveSetting,
                         .micrometres = um,
                         .limitMicrometres = limits.maxDepthUm});
    }
}

void checkPlanSize(const Situation& s, const Limits& limits, std::size_t needledZones, Builder& b) {
    const auto& plan = s.plan;
    if (plan.passesPerZone < 1) {
        b.session(RuleId::ZonePassCap, Verdict::Block, why(ReasonCode::NoPasses));
    } else if (plan.passesPerZone > limits.zonePassCap) {
        b.session(RuleId::ZonePassCap, Verdict::Block,
                  Reason{.code = ReasonCode::ZonePassesAboveCap,
                         .count = plan.passesPerZone,
                         .limit = limits.zonePassCap});
    }
    const long long total =
        static_cast<long long>(plan.passesPerZone) * static_cast<long long>(needledZones);
    if (total > limits.sessionPassCap) {
        b.session(RuleId::SessionPassCap, Verdict::Block,
                  Reason{.code = ReasonCode::SessionPassesAboveCap,
                         .count = total,
                         .limit = limits.sessionPassCap});
    }
    if (plan.duration > limits.sessionMaxLength) {
        b.session(RuleId::SessionLength, Verdict::Block,
                  Reason{.code = ReasonCode::SessionTooLong,
                         .count = plan.duration.count(),
                         .limit = limits.sessionMaxLength.count()});
    } else if (plan.duration > limits.sessionWarnLength) {
        b.session(RuleId::SessionLength, Verdict::Warn,
                  Reason{.code = ReasonCode::SessionLong,
                         .count = plan.duration.count(),
                         .limit = limits.sessionWarnLength.count()});
    }
}

// Hygiene is never silent: a head that has been used in any way (a session, a pass, a first or
// last use) needs a disinfection recorded after its last use. When the last use is not known,
// a disinfection after the first use is the least the guard accepts.
void checkHygiene(const Head& head, Builder& b) {
    const bool used = head.sessions > 0 || head.passes > 0 || head.highPressurePasses > 0 ||
                      head.deepSessions > 0 || head.firstUse.has_value() ||
                      head.lastUse.has_value();
    if (!used) {
        if (!head.lastDisinfected) {
            b.session(RuleId::Hygiene, Verdict::Warn, why(ReasonCode::DisinfectNewHead));
        }
        return;
    }
    const std::optional<TimePoint> lastKnownUse = head.lastUse ? head.lastUse : head.firstUse;
    const bool clean =
        head.lastDisinfected && (!lastKnownUse || *head.lastDisinfected >= *lastKnownUse);
    if (!clean) {
        b.session(RuleId::Hygiene, Verdict::Block,
                  why(head.lastDisinfected ? ReasonCode::NotDisinfectedSinceUse
                                           : ReasonCode::NoDisinfectionRecorded));
    }
}

// A roller head's needles decide the depth: a plan that says otherwise is refused, so a typo in
// the plan cannot move the session into a gentler row of the table. A pen's cartridge allows
// any depth up to its longest.
void checkHeadLength(const Situation& s, const Head& head, Builder& b) {
    const int headUm = head.needleLengthUm;
    const int planUm = s.plan.needleLengthUm;
    if (headUm < kMinPlausibleNeedleUm || headUm > kMaxPlausibleNeedleUm) {
        b.session(RuleId::NeedleLengthValid, Verdict::Block,
                  Reason{.code = ReasonCode::HeadLengthImplausible, .micrometres = headUm});
        return;
    }
    if (usesSingleUseCartridges(head.family)) {
        if (planUm > headUm) {
            b.session(RuleId::NeedleLengthValid, Verdict::Block,
                      Reason{.code = ReasonCode::CartridgeTooShort,
                             .micrometres = planUm,
                             .limitMicrometres = headUm});
        }
        return;
    }
    if (planUm != headUm) {
        b.session(RuleId::NeedleLengthValid, Verdict::Block,
                  Reason{.code = ReasonCode::HeadLengthMismatch,
                         .micrometres = planUm,
                         .limitMicrometres = headUm});
    }
}

// Counts can never be negative: a negative one means the record is damaged or made up, and a
// guard that read "-8 passes" as "not needled" would open the zone.
void checkRecords(const Situation& s, Builder& b) {
    for (const auto& past : s.history) {
        for (const auto& zone : past.zones) {
            if (zone.passes < 0) {
                b.session(RuleId::JournalUnreadable, Verdict::Block,
                          Reason{.code = ReasonCode::ImpossiblePassCount,
                                 .zone = zone.zone,
                                 .at = past.start});
                return;
            }
        }
    }
    if (s.head && (s.head->sessions < 0 || s.head->passes < 0 || s.head->highPressurePasses < 0 ||
                   s.head->deepSessions < 0 || s.head->needleCount < 0)) {
        b.session(RuleId::JournalUnreadable, Verdict::Block, why(ReasonCode::ImpossibleHeadCount));
    }
}

void checkHead(const Situation& s, const Limits& limits, Builder& b) {
    if (!s.head) {
        b.session(RuleId::Hygiene, Verdict::Block, why(ReasonCode::NoHead));
        return;
    }
    const Head& head = *s.head;
    const TimePoint now = b.decision.effectiveNow;
    if (head.damageReported) {
        b.session(RuleId::HeadRetire, Verdict::Block, why(ReasonCode::HeadDamaged));
    } else if (usesSingleUseCartridges(head.family) && head.sessions >= 1) {
        b.session(RuleId::HeadRetire, Verdict::Block, why(ReasonCode::CartridgeUsed));
    } else {
        const HeadWear w = headWear(head, limits, now);
        if (w.fraction >= 1.0) {
            const ReasonCode code = w.bySessions >= 1.0 ? ReasonCode::HeadWornBySessions
                                    : w.byAge >= 1.0    ? ReasonCode::HeadWornByAge
                                                        : ReasonCode::HeadWornByPasses;
            b.session(RuleId::HeadRetire, Verdict::Block,
                      Reason{.code = code,
                             .count = head.sessions,
                             .limit = limits.headMaxSessions,
                             .duration = limits.headMaxAge});
        } else if (w.fraction >= kWearWarnFraction) {
            b.session(RuleId::HeadWear, Verdict::Warn,
                      Reason{.code = ReasonCode::HeadWearing,
                             .count = static_cast<long long>(w.fraction * 100)});
        }
    }
    checkHygiene(head, b);
    checkHeadLength(s, head, b);
}

ReasonCode answeredYes(Question question) {
    switch (question) {
    case Question::Pregnancy:
        return ReasonCode::Pregnancy;
    case Question::SkinCondition:
        return ReasonCode::SkinCondition;
    case Question::IsotretinoinCurrent:
        return ReasonCode::IsotretinoinCurrent;
    case Question::IsotretinoinStopped:
        return ReasonCode::IsotretinoinRecent;
    case Question::TopicalActives:
        return ReasonCode::TopicalActives;
    case Question::BleedingRisk:
        return ReasonCode::BleedingRisk;
    case Question::Keloid:
        return ReasonCode::Keloid;
    case Question::MetalAllergy:
        return ReasonCode::MetalAllergy;
    case Question::SystemicCondition:
        return ReasonCode::SystemicCondition;
    }
    return ReasonCode::Pregnancy;
}

void checkAnswers(const Situation& s, Builder& b) {
    const TimePoint now = b.decision.effectiveNow;
    for (const auto& info : kQuestions) {
        const Answer* latest = nullptr;
        for (const auto& answer : s.answers) {
            if (answer.question == info.question && answer.answeredAt <= now + kClockTolerance &&
                (latest == nullptr || answer.answeredAt > latest->answeredAt)) {
                latest = &answer;
            }
        }
        if (latest == nullptr || latest->answeredAt + info.validFor < now) {
            b.session(RuleId::ScreenMissing, Verdict::Block,
                      Reason{.code = latest == nullptr ? ReasonCode::QuestionUnanswered
                                                       : ReasonCode::AnswerExpired,
                             .question = info.question});
            continue;
        }
        if (!latest->yes) {
            continue;
        }
        const Reason reason{.code = answeredYes(info.question), .question = info.question};
        switch (info.question) {
        case Question::SkinCondition:
            if (latest->zones.empty()) {
                b.session(info.rule, Verdict::Block,
                          Reason{.code = ReasonCode::SkinConditionZonesMissing,
                                 .question = info.question});
            }
            for (const Zone zone : latest->zones) {
                b.zone(zone, info.rule, Verdict::Block, reason);
            }
            break;
        case Question::IsotretinoinStopped:
            if (!latest->since || now - *latest->since < kIsotretinoinWarnWindow) {
                b.session(info.rule, Verdict::Warn, reason);
            }
            break;
        case Question::TopicalActives:
        case Question::MetalAllergy:
            b.session(info.rule, Verdict::Warn, reason);
            break;
        case Question::Pregnancy:
        case Question::IsotretinoinCurrent:
        case Question::BleedingRisk:
        case Question::Keloid:
        case Question::SystemicCondition:
            b.session(info.rule, Verdict::Block, reason);
            break;
        }
    }
}

void checkProducts(const Situation& s, Builder& b) {
    for (const auto& product : s.plan.products) {
        if (product == "vitamin-c-serum") {
            b.session(RuleId::VitaminC, Verdict::Warn, why(ReasonCode::VitaminC));
        }
    }
}

void checkZones(const Situation& s, const Limits& limits, Builder& b) {
    const TimePoint now = b.decision.effectiveNow;
    const bool cosmeticPlan = s.plan.needleLengthUm >= kMinPlausibleNeedleUm &&
                              s.plan.needleLengthUm <= kTiers.front().maxUm;
    for (auto& decision : b.decision.zones) {
        const Zone zone = decision.zone;
        if (!isNeedlingAllowed(zone)) {
            b.zone(zone, RuleId::EyeArea, Verdict::Block, inZone(ReasonCode::EyeArea, zone));
            continue;
        }
        decision.window = healingWindow(zone, s.history, limits);
        const ZoneWindow& w = decision.window;
        if (w.blockedUntilHealed) {
            b.zone(zone, RuleId::ReactionJournal, Verdict::Block,
                   inZone(ReasonCode::SignsOfInfection, zone));
            continue;
        }
        // The zone also rests for what the planned depth needs: three gentle sessions do not
        // make a deeper one safe sooner (docs/safety-rules.md, "Healing intervals").
        std::optional<TimePoint> lastTouch;
        for (const auto& past : s.history) {
            if (touched(past, zone) && (!lastTouch || past.start > *lastTouch)) {
                lastTouch = past.start;
            }
        }
        std::optional<TimePoint> plannedOpens;
        Seconds plannedRest{};
        if (lastTouch && s.plan.needleLengthUm >= kMinPlausibleNeedleUm &&
            s.plan.needleLengthUm <= kMaxPlausibleNeedleUm) {
            plannedRest =
                scaled(depthTier(s.plan.needleLengthUm).minInterval, limits.intervalMultiplier);
            if (*lastTouch + plannedRest > w.notBefore.value_or(TimePoint::min())) {
                plannedOpens = *lastTouch + plannedRest;
            }
        }
        if (plannedOpens) {
            decision.window.notBefore = plannedOpens;
            if (now < *plannedOpens) {
                b.zone(zone, RuleId::HealingInterval, Verdict::Block,
                       Reason{.code = ReasonCode::RestForPlannedDepth,
                              .zone = zone,
                              .micrometres = s.plan.needleLengthUm,
                              .duration = plannedRest,
                              .at = *lastTouch,
                              .until = *plannedOpens});
            }
        } else if (w.notBefore && now < *w.notBefore) {
            b.zone(zone, RuleId::HealingInterval, Verdict::Block,
                   Reason{.code = ReasonCode::StillHealing,
                          .zone = zone,
                          .micrometres = w.basisNeedleUm,
                          .duration = w.basisInterval,
                          .extension = w.reactionExtension,
                          .at = w.basisStart,
                          .until = *w.notBefore});
        }
        if (cosmeticPlan) {
            // At cosmetic depth: at most N sessions on this zone in any 7 days.
            std::vector<TimePoint> recent;
            for (const auto& past : s.history) {
                if (touched(past, zone) && past.start > now - Days(7)) {
                    recent.push_back(past.start);
                }
            }
            const int cap = kTiers.front().maxSessionsPerWeek;
            if (static_cast<int>(recent.size()) >= cap) {
                std::sort(recent.begin(), recent.end(), std::greater<>());
                const TimePoint opens = recent[static_cast<std::size_t>(cap - 1)] + Days(7);
                b.zone(zone, RuleId::CosmeticFrequency, Verdict::Block,
                       Reason{.code = ReasonCode::WeeklyCap,
                              .zone = zone,
                              .count = static_cast<long long>(recent.size()),
                              .limit = cap,
                              .until = opens});
            }
        }
    }
}

void applyOverrides(const Situation& s, Builder& b) {
    auto apply = [&](Finding& finding) {
        if (finding.verdict != Verdict::Block) {
            return;
        }
        const auto it =
            std::find_if(s.overrides.begin(), s.overrides.end(), [&](const Override& o) {
                return o.rule == finding.rule && o.zone == finding.zone;
            });
        if (it == s.overrides.end()) {
            return;
        }
        const bool blank = isBlank(it->reason);
        const bool allowed = ruleInfo(finding.rule).overridable && !blank &&
                             (finding.rule != RuleId::DepthLimit || s.profile.professionalTreating);
        if (!allowed) {
            finding.why.refusal = blank ? OverrideRefusal::NeedsReason
                                  : finding.rule == RuleId::DepthLimit
                                      ? OverrideRefusal::NeedsProfessional
                                      : OverrideRefusal::NotAllowed;
            return;
        }
        finding.verdict = Verdict::Warn;
        finding.overridden = true;
        finding.overrideReason = it->reason;
        b.decision.appliedOverrides.push_back(finding);
    };
    for (auto& finding : b.decision.sessionFindings) {
        apply(finding);
    }
    for (auto& zone : b.decision.zones) {
        for (auto& finding : zone.findings) {
            apply(finding);
        }
    }
}

} // namespace

std::span<const DepthTier> depthTiers() noexcept {
    return kTiers;
}

const DepthTier& depthTier(int needleLengthUm) noexcept {
    for (const auto& tier : kTiers) {
        if (needleLengthUm <= tier.maxUm) {
            return tier;
        }
    }
    return kTiers.back();
}

std::string formatMillimetres(int micrometres) {
    // 250 -> "0.25 mm", 1000 -> "1.0 mm", 1500 -> "1.5 mm"
    const int hundredths = (micrometres + (micrometres >= 0 ? 5 : -5)) / 10;
    std::string text =
        std::to_string(hundredths / 100) + "." + std::to_string(std::abs(hundredths % 100) / 10);
    if (std::abs(hundredths % 10) != 0) {
        text += std::to_string(std::abs(hundredths % 10));
    }
    if (micrometres < 0 && hundredths / 100 == 0) {
        text = "-" + text;
    }
    return text + " mm";
}

GuardDecision evaluate(const Situation& situation) {
    const ClampedLimits clamped = clampToFloor(situation.profile.limits);
    const Limits& limits = clamped.limits;
    Builder b;
    b.decision.notes = clamped.notes;
    for (const Zone zone : situation.plan.zones) {
        if (b.zoneIndex.emplace(zone, b.decision.zones.size()).second) {
            b.decision.zones.push_back(ZoneDecision{zone, Verdict::Allow, {}, ZoneWindow{}});
        }
    }
    if (clamped.refusedMultiplier) {
        b.session(RuleId::StricterSettings, Verdict::Block,
                  Reason{.code = ReasonCode::MultiplierAboveMaximum,
                         .limit = static_cast<long long>(kMaxIntervalMultiplier),
                         .multiplier = *clamped.refusedMultiplier});
    }
    checkClock(situation, b);
    checkRecords(situation, b);
    if (situation.plan.zones.empty()) {
        b.session(RuleId::ZonePassCap, Verdict::Block, why(ReasonCode::NoZones));
    }
    checkNeedle(situation, limits, b);
    const auto needled = static_cast<std::size_t>(
        std::count_if(b.decision.zones.begin(), b.decision.zones.end(),
                      [](const ZoneDecision& z) { return isNeedlingAllowed(z.zone); }));
    checkPlanSize(situation, limits, needled, b);
    checkHead(situation, limits, b);
    checkAnswers(situation, b);
    checkProducts(situation, b);
    checkZones(situation, limits, b);
    applyOverrides(situation, b);

    GuardDecision& d = b.decision;
    for (auto& zone : d.zones) {
        zone.verdict = worst(zone.findings);
    }
    const Verdict sessionLevel = worst(d.sessionFindings);
    const bool anyZoneOpen = std::any_of(d.zones.begin(), d.zones.end(), [](const ZoneDecision& z) {
        return z.verdict != Verdict::Block;
    });
    const bool anyZoneBlockedOrWarned =
        std::any_of(d.zones.begin(), d.zones.end(),
                    [](const ZoneDecision& z) { return z.verdict != Verdict::Allow; });
    if (sessionLevel == Verdict::Block || !anyZoneOpen) {
        d.session = Verdict::Block;
    } else if (sessionLevel == Verdict::Warn || anyZoneBlockedOrWarned) {
        d.session = Verdict::Warn;
    } else {
        d.session = Verdict::Allow;
    }
    return std::move(b.decision);
}

TimePoint recordingTime(const GuardDecision& decision,
                        std::optional<TimePoint> clockHighWater) noexcept {
    return clockHighWater ? std::max(decision.effectiveNow, *clockHighWater)
                          : decision.effectiveNow;
}

TimePoint trustedTime(TimePoint wall, std::optional<TimePoint> clockHighWater,
                      const std::optional<MonotonicEvidence>& monotonic) noexcept {
    TimePoint t = std::max(wall, clockHighWater.value_or(wall));
    if (monotonic && monotonic->monotonicNow >= monotonic->monotonicAtMark) {
        t = std::max(t, monotonic->wallAtMark +
                            (monotonic->monotonicNow - monotonic->monotonicAtMark));
    }
    return t;
}

std::span<const QuestionInfo> allQuestions() noexcept {
    return kQuestions;
}

const QuestionInfo& questionInfo(Question question) noexcept {
    return *std::find_if(kQuestions.begin(), kQuestions.end(),
                         [question](const QuestionInfo& q) { return q.question == question; });
}

std::optional<Question> questionFromKey(std::string_view key) noexcept {
    const auto* it = std::find_if(kQuestions.begin(), kQuestions.end(),
                                  [key](const QuestionInfo& q) { return q.key == key; });
    if (it == kQuestions.end()) {
        return std::nullopt;
    }
    return it->question;
}

} // namespace rollwise
