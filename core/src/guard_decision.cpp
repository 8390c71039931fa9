// Reading a guard decision: verdicts per zone, warnings to acknowledge, explanations; and the
// stored names of outcomes and reactions.
#include "guard_internal.h"

#include <rollwise/core/guard.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace rollwise {

using namespace detail;

Verdict GuardDecision::verdictFor(Zone zone) const {
    const ZoneDecision* z = zoneDecision(zone);
    const Verdict own = z != nullptr ? z->verdict : Verdict::Block;
    return std::max(own, worst(sessionFindings));
}

const ZoneDecision* GuardDecision::zoneDecision(Zone zone) const {
    const auto it = std::find_if(zones.begin(), zones.end(),
                                 [zone](const ZoneDecision& z) { return z.zone == zone; });
    return it == zones.end() ? nullptr : &*it;
}

std::vector<Finding> GuardDecision::warningsToAcknowledge() const {
    std::vector<Finding> out;
    for (const auto& finding : sessionFindings) {
        if (finding.verdict == Verdict::Warn) {
            out.push_back(finding);
        }
    }
    for (const auto& zone : zones) {
        if (zone.verdict == Verdict::Block) {
            continue; // a zone that is left out needs no acknowledgement
        }
        for (const auto& finding : zone.findings) {
            if (finding.verdict == Verdict::Warn) {
                out.push_back(finding);
            }
        }
    }
    return out;
}

Explanation GuardDecision::explain() const {
    const auto firstWith = [](const std::vector<Finding>& findings,
                              Verdict verdict) -> const Finding* {
        const auto it = std::find_if(findings.begin(), findings.end(),
                                     [verdict](const Finding& f) { return f.verdict == verdict; });
        return it == findings.end() ? nullptr : &*it;
    };
    const int total = static_cast<int>(zones.size());
    if (const Finding* block = firstWith(sessionFindings, Verdict::Block)) {
        return Explanation{.kind = ExplanationKind::SessionBlocked, .reason = block->why};
    }
    int blocked = 0;
    const Finding* firstZoneBlock = nullptr;
    for (const auto& zone : zones) {
        if (zone.verdict == Verdict::Block) {
            ++blocked;
            if (firstZoneBlock == nullptr) {
                firstZoneBlock = firstWith(zone.findings, Verdict::Block);
            }
        }
    }
    if (session == Verdict::Block && firstZoneBlock != nullptr) {
        return Explanation{
            .kind = ExplanationKind::NoZoneOpen, .reason = firstZoneBlock->why, .total = total};
    }
    const auto warnings = warningsToAcknowledge();
    if (!warnings.empty()) {
        return Explanation{.kind = ExplanationKind::Acknowledge,
                           .reason = warnings.front().why,
                           .warnings = static_cast<int>(warnings.size())};
    }
    if (blocked > 0 && firstZoneBlock != nullptr) {
        return Explanation{.kind = ExplanationKind::SomeZonesLeftOut,
                           .reason = firstZoneBlock->why,
                           .ready = total - blocked,
                           .total = total};
    }
    return Explanation{.kind = ExplanationKind::AllReady, .total = total};
}

Explanation GuardDecision::explain(Zone zone) const {
    for (const auto& finding : sessionFindings) {
        if (finding.verdict == Verdict::Block) {
            return Explanation{.kind = ExplanationKind::SessionBlocked, .reason = finding.why};
        }
    }
    const ZoneDecision* z = zoneDecision(zone);
    if (z == nullptr) {
        return Explanation{.kind = ExplanationKind::ZoneNotPlanned, .zone = zone};
    }
    for (const Verdict verdict : {Verdict::Block, Verdict::Warn}) {
        for (const auto& finding : z->findings) {
            if (finding.verdict == verdict) {
                return Explanation{
                    .kind = ExplanationKind::ZoneFinding, .reason = finding.why, .zone = zone};
            }
        }
    }
    return Explanation{.kind = ExplanationKind::ZoneReady,
                       .zone = zone,
                       .healedOn = z->window.notBefore,
                       .afterSessionWarnings = worst(sessionFindings) == Verdict::Warn};
}

std::string_view toString(SessionOutcome outcome) noexcept {
    switch (outcome) {
    case SessionOutcome::Completed:
        return "completed";
    case SessionOutcome::StoppedEarly:
        return "stopped-early";
    case SessionOutcome::Interrupted:
        return "interrupted";
    }
    return "interrupted";
}

std::optional<SessionOutcome> sessionOutcomeFromString(std::string_view text) noexcept {
    for (const auto outcome :
         {SessionOutcome::Completed, SessionOutcome::StoppedEarly, SessionOutcome::Interrupted}) {
        if (toString(outcome) == text) {
            return outcome;
        }
    }
    return std::nullopt;
}

std::string_view toString(Reaction reaction) noexcept {
    switch (reaction) {
    case Reaction::None:
        return "none";
    case Reaction::MildRedness:
        return "mild-redness";
    case Reaction::LastingRedness:
        return "lasting-redness";
    case Reaction::Irritation:
        return "irritation";
    case Reaction::SignsOfInfection:
        return "signs-of-infection";
    }
    return "none";
}

std::optional<Reaction> reactionFromString(std::string_view text) noexcept {
    for (const auto reaction : {Reaction::None, Reaction::MildRedness, Reaction::LastingRedness,
                                Reaction::Irritation, Reaction::SignsOfInfection}) {
        if (toString(reaction) == text) {
            return reaction;
        }
    }
    return std::nullopt;
}

} // namespace rollwise
