#include "guard_text.h"

#include "localizer.h"

namespace rollwise::text {
namespace {

QString zoneOf(const Reason& r) {
    return r.zone ? Localizer::zoneName(*r.zone) : QString();
}

QString when(const std::optional<TimePoint>& t, const QLocale& locale) {
    return t ? Localizer::dateTime(*t, locale) : QString();
}

QString day(const std::optional<TimePoint>& t, const QLocale& locale) {
    return t ? Localizer::date(*t, locale) : QString();
}

} // namespace

QString GuardText::reason(const Reason& reason, const QLocale& locale) {
    const QString text = sentence(reason, locale);
    if (reason.refusal == OverrideRefusal::None) {
        return text;
    }
    //: A guard's reason followed by why an override did not lift it
    return tr("%1 %2").arg(text, refusal(reason.refusal));
}

QString GuardText::refusal(OverrideRefusal refusal) {
    switch (refusal) {
    case OverrideRefusal::None:
        return {};
    case OverrideRefusal::NeedsReason:
        return tr("An override needs a reason.");
    case OverrideRefusal::NeedsProfessional:
        return tr("An override needs a professional recorded in your profile.");
    case OverrideRefusal::NotAllowed:
        return tr("This block cannot be overridden.");
    }
    return {};
}

QString GuardText::sentence(const Reason& r, const QLocale& locale) {
    const auto mm = [&](int um) { return Localizer::millimetres(um, locale); };
    const auto n = [&](long long v) { return Localizer::number(v, locale); };
    switch (r.code) {
    case ReasonCode::ClockJumpedAhead:
        return tr("The device clock jumped ahead by %1: set the correct date and time, then try "
                  "again.")
            .arg(Localizer::duration(r.duration, locale));
    case ReasonCode::ClockMovedBack:
        return tr("The device clock moved back by %1: set the correct date and time, then try "
                  "again.")
            .arg(Localizer::duration(r.duration, locale));
    case ReasonCode::ClockBehindLatestSeen:
        return tr("The device clock is behind the latest time Rollwise has seen (%1): set the "
                  "correct date and time, then try again.")
            .arg(when(r.at, locale));
    case ReasonCode::SessionInFuture:
        return tr("A past session is dated in the future (%1); its zones stay closed until their "
                  "interval has passed from that date. Check the date and time settings.")
            .arg(when(r.at, locale));
    case ReasonCode::NeedleImplausible:
        return tr("A needle length of %1 is not plausible for a home device (%2 - %3); check the "
                  "device or head settings.")
            .arg(mm(r.micrometres), mm(kMinPlausibleNeedleUm), mm(kMaxPlausibleNeedleUm));
    case ReasonCode::DepthHomeMaximum:
        return tr("This session is planned at %1. 1.0 mm is the deepest that is advised at home; "
                  "consider a professional for deeper work.")
            .arg(mm(r.micrometres));
    case ReasonCode::DepthNotEvaluated:
        return tr("This session is planned at %1. Clinics use 1.5 mm only every 4 - 6 weeks, and "
                  "depths over 1.5 mm have not been evaluated for home use.")
            .arg(mm(r.micrometres));
    case ReasonCode::DepthClinical:
        return tr("This session is planned at %1. 2.0 mm and deeper is clinical depth: only when "
                  "a professional is treating you.")
            .arg(mm(r.micrometres));
    case ReasonCode::DepthAboveSetting:
        return tr("Your settings allow at most %1; this session is planned at %2.")
            .arg(mm(r.limitMicrometres), mm(r.micrometres));
    case ReasonCode::NoPasses:
        return tr("Plan at least one pass per zone.");
    case ReasonCode::ZonePassesAboveCap:
        return tr("Plan at most %1 passes per zone (%2 planned).").arg(n(r.limit), n(r.count));
    case ReasonCode::SessionPassesAboveCap:
        return tr("The plan has %1 passes; a session allows at most %2. Plan fewer zones or "
                  "passes.")
            .arg(n(r.count), n(r.limit));
    case ReasonCode::SessionTooLong:
        return tr("A session lasts at most %1 (%2 planned).")
            .arg(Localizer::minutes(r.limit, locale), n(r.count));
    case ReasonCode::SessionLong:
        return tr("Sessions usually take at most %1; this one is planned at %2.")
            .arg(Localizer::minutes(r.limit, locale), Localizer::minutes(r.count, locale));
    case ReasonCode::DisinfectNewHead:
        return tr("Disinfect the new head before its first use: rinse it, soak it in 70 % "
                  "isopropyl alcohol for about 10 minutes, then confirm.");
    case ReasonCode::NotDisinfectedSinceUse:
        return tr("The head has not been disinfected since its last use: rinse it, soak it in "
                  "70 % isopropyl alcohol for about 10 minutes, then confirm.");
    case ReasonCode::NoDisinfectionRecorded:
        return tr("The head has been used and no disinfection is recorded: rinse it, soak it in "
                  "70 % isopropyl alcohol for about 10 minutes, then confirm.");
    case ReasonCode::HeadLengthImplausible:
        return tr("The head's needle length (%1) is not plausible (%2 - %3): record the length "
                  "printed on the head or its packaging.")
            .arg(mm(r.micrometres), mm(kMinPlausibleNeedleUm), mm(kMaxPlausibleNeedleUm));
    case ReasonCode::CartridgeTooShort:
        return tr("This cartridge reaches at most %1; the session is planned at %2. Plan a "
                  "shallower depth or fit a suitable cartridge.")
            .arg(mm(r.limitMicrometres), mm(r.micrometres));
    case ReasonCode::HeadLengthMismatch:
        return tr("This head's needles are %1 long, but the session is planned at %2: a roller's "
                  "needles decide the depth. Correct the plan or choose the right head.")
            .arg(mm(r.limitMicrometres), mm(r.micrometres));
    case ReasonCode::ImpossiblePassCount:
        return tr("A past session on %1 holds an impossible pass count for %2: the journal may be "
                  "damaged. Check it (rollwise-cli verify) or restore a backup.")
            .arg(day(r.at, locale), zoneOf(r));
    case ReasonCode::ImpossibleHeadCount:
        return tr("The head's record holds an impossible count: record the head again.");
    case ReasonCode::NoHead:
        return tr("Record the roller head or cartridge you will use, and confirm it was "
                  "disinfected.");
    case ReasonCode::HeadDamaged:
        return tr("This head was reported damaged (bent tips or dragging): replace it before the "
                  "next session.");
    case ReasonCode::CartridgeUsed:
        return tr("Pen cartridges are single use: fit a new cartridge.");
    case ReasonCode::HeadWornBySessions:
    case ReasonCode::HeadWornByAge:
    case ReasonCode::HeadWornByPasses: {
        const long long days = std::chrono::duration_cast<Days>(r.duration).count();
        const QString why =
            r.code == ReasonCode::HeadWornBySessions ? Localizer::sessions(r.count, locale)
            : r.code == ReasonCode::HeadWornByAge
                ? tr("more than %1 since first use").arg(Localizer::duration(r.duration, locale))
                : tr("its pass count");
        return tr("This head is worn out (%1): replace it. Heads are retired after %2 or %3 "
                  "weeks, whichever comes first.")
            .arg(why, Localizer::sessions(r.limit, locale), n(days / 7));
    }
    case ReasonCode::HeadWearing:
        return tr("This head is %1 % worn: have a new one ready.").arg(n(r.count));
    case ReasonCode::QuestionUnanswered:
        return tr("Answer the pre-session check: %1")
            .arg(r.question ? Localizer::question(*r.question) : QString());
    case ReasonCode::AnswerExpired:
        return tr("Your answer has expired; answer again: %1")
            .arg(r.question ? Localizer::question(*r.question) : QString());
    case ReasonCode::Pregnancy:
        return tr("Microneedling is not for use during pregnancy or breast-feeding.");
    case ReasonCode::SkinConditionZonesMissing:
        return tr("Name the zones with an active skin condition or sunburn; they will be left "
                  "out.");
    case ReasonCode::SkinCondition:
        return tr("%1 has an active skin condition or sunburn: leave it out until it has "
                  "cleared.")
            .arg(zoneOf(r));
    case ReasonCode::IsotretinoinCurrent:
        return tr("Not while taking oral isotretinoin: ask your doctor when you may start.");
    case ReasonCode::IsotretinoinRecent:
        return tr("Oral isotretinoin was stopped less than 6 months ago: ask your doctor before "
                  "needling.");
    case ReasonCode::TopicalActives:
        return tr("Retinoids, AHA and BHA should be stopped a few days before a session.");
    case ReasonCode::BleedingRisk:
        return tr("Not with anticoagulants or a bleeding disorder: ask your doctor.");
    case ReasonCode::Keloid:
        return tr("Not with a tendency to keloid scars: ask a dermatologist.");
    case ReasonCode::MetalAllergy:
        return tr("You reported a metal allergy: check what your needles are made of.");
    case ReasonCode::SystemicCondition:
        return tr("Not with uncontrolled diabetes or a weakened immune system: ask your doctor.");
    case ReasonCode::VitaminC:
        return tr("Do not needle vitamin C serum into the skin: it has been linked to skin "
                  "reactions. Use it again once the skin has settled.");
    case ReasonCode::EyeArea:
        return tr("The skin around the eyes is too thin for needling, so it is always left out.");
    case ReasonCode::SignsOfInfection:
        return tr("%1 showed signs of infection: see a doctor, and log it as healed before "
                  "needling it again.")
            .arg(zoneOf(r));
    case ReasonCode::RestForPlannedDepth:
        return tr("%1 was needled on %2; a %3 session needs %4 of rest: wait until %5.")
            .arg(zoneOf(r), day(r.at, locale), mm(r.micrometres),
                 Localizer::duration(r.duration, locale), when(r.until, locale));
    case ReasonCode::StillHealing:
        if (r.extension > Seconds::zero()) {
            return tr("%1 is still healing from your %2 session on %3: wait until %4 (%5 "
                      "interval, lengthened by %6 after the skin reaction you logged).")
                .arg(zoneOf(r), mm(r.micrometres), day(r.at, locale), when(r.until, locale),
                     Localizer::duration(r.duration, locale),
                     Localizer::duration(r.extension, locale));
        }
        return tr("%1 is still healing from your %2 session on %3: wait until %4 (%5 interval).")
            .arg(zoneOf(r), mm(r.micrometres), day(r.at, locale), when(r.until, locale),
                 Localizer::duration(r.duration, locale));
    case ReasonCode::WeeklyCap:
        return tr("%1 had %2 in the last 7 days (at most %3 a week): wait until %4.")
            .arg(zoneOf(r), Localizer::sessions(r.count, locale), n(r.limit),
                 when(r.until, locale));
    case ReasonCode::NoZones:
        return tr("Choose at least one zone for the session.");
    case ReasonCode::MultiplierAboveMaximum:
        return tr("Your interval multiplier (%1) is above the largest Rollwise supports (%2): set "
                  "it to %2 or less in the settings.")
            .arg(Localizer::decimal(r.multiplier, locale), n(r.limit));
    case ReasonCode::HistoryUnreadable:
        return tr("Your history could not be read, so no session can be checked. Nothing is "
                  "allowed until it can be read.");
    }
    return {};
}

QString GuardText::explanation(const Explanation& e, const QLocale& locale) {
    const QString why = e.reason ? reason(*e.reason, locale) : QString();
    const auto n = [&](long long v) { return Localizer::number(v, locale); };
    switch (e.kind) {
    case ExplanationKind::SessionBlocked:
    case ExplanationKind::ZoneFinding:
        return why;
    case ExplanationKind::NoZoneOpen:
        if (e.total == 1) {
            return why;
        }
        return tr("No planned zone can be needled now. %1").arg(why);
    case ExplanationKind::Acknowledge:
        if (e.warnings == 1) {
            return tr("You may start after reading and acknowledging this: %1").arg(why);
        }
        return tr("You may start after reading and acknowledging %1 notes, first: %2")
            .arg(n(e.warnings), why);
    case ExplanationKind::SomeZonesLeftOut: {
        const int leftOut = e.total - e.ready;
        if (leftOut == 1) {
            return tr("%1 of %2 zones are ready; one is left out. %3")
                .arg(n(e.ready), n(e.total), why);
        }
        return tr("%1 of %2 zones are ready; %3 are left out. %4")
            .arg(n(e.ready), n(e.total), n(leftOut), why);
    }
    case ExplanationKind::AllReady:
        if (e.total == 1) {
            return tr("The planned zone is ready.");
        }
        return tr("All %1 planned zones are ready.").arg(n(e.total));
    case ExplanationKind::ZoneNotPlanned:
        return tr("%1 is not part of this session.")
            .arg(e.zone ? Localizer::zoneName(*e.zone) : QString());
    case ExplanationKind::ZoneReady: {
        const QString zone = e.zone ? Localizer::zoneName(*e.zone) : QString();
        if (e.healedOn) {
            const QString on = Localizer::dateTime(*e.healedOn, locale);
            return e.afterSessionWarnings
                       ? tr("%1 is ready (its healing interval ended on %2) once you have "
                            "acknowledged the session's warnings.")
                             .arg(zone, on)
                       : tr("%1 is ready (its healing interval ended on %2).").arg(zone, on);
        }
        return e.afterSessionWarnings
                   ? tr("%1 is ready once you have acknowledged the session's warnings.").arg(zone)
                   : tr("%1 is ready.").arg(zone);
    }
    }
    return {};
}

QString GuardText::verdict(Verdict verdict) {
    switch (verdict) {
    case Verdict::Allow:
        return tr("Ready");
    case Verdict::Warn:
        return tr("Read the warnings first");
    case Verdict::Block:
        return tr("Not now");
    }
    return {};
}

} // namespace rollwise::text
