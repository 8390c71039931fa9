#include "localizer.h"

#include <rollwise/core/session.h>

#include <cmath>
#include <cstdlib>

namespace rollwise::text {

QString Localizer::zoneName(Zone zone) {
    switch (zone) {
    case Zone::Forehead:
        return tr("Forehead");
    case Zone::LeftCheek:
        return tr("Left cheek");
    case Zone::RightCheek:
        return tr("Right cheek");
    case Zone::Nose:
        return tr("Nose");
    case Zone::Chin:
        return tr("Chin");
    case Zone::UpperLip:
        return tr("Upper lip");
    case Zone::Jawline:
        return tr("Jawline");
    case Zone::Neck:
        return tr("Neck");
    case Zone::EyeArea:
        return tr("Eye area");
    case Zone::Abdomen:
        return tr("Abdomen");
    case Zone::Hips:
        return tr("Hips");
    case Zone::Thighs:
        return tr("Thighs");
    case Zone::UpperArms:
        return tr("Upper arms");
    case Zone::ScalpCrown:
        return tr("Crown");
    case Zone::ScalpHairline:
        return tr("Hairline");
    case Zone::ScalpSides:
        return tr("Sides of the scalp");
    }
    return {};
}

QString Localizer::regionName(Region region) {
    switch (region) {
    case Region::Face:
        return tr("Face");
    case Region::Body:
        return tr("Body");
    case Region::Scalp:
        return tr("Scalp");
    }
    return {};
}

QString Localizer::ruleTitle(RuleId rule) {
    switch (rule) {
    case RuleId::EyeArea:
        return tr("The eye area is never needled");
    case RuleId::NeedleLengthValid:
        return tr("Needle length must be plausible");
    case RuleId::HealingInterval:
        return tr("Healing interval per zone");
    case RuleId::CosmeticFrequency:
        return tr("At most 3 sessions a week at cosmetic depth");
    case RuleId::DepthLimit:
        return tr("Depth limits for home use");
    case RuleId::ZonePassCap:
        return tr("Pass cap per zone");
    case RuleId::SessionPassCap:
        return tr("Pass cap per session");
    case RuleId::SessionLength:
        return tr("Session length");
    case RuleId::Pressure:
        return tr("Staged pressure feedback");
    case RuleId::HeadRetire:
        return tr("Retire worn or single-use heads");
    case RuleId::HeadWear:
        return tr("Head wear");
    case RuleId::Hygiene:
        return tr("Disinfected since last use");
    case RuleId::ScreenMissing:
        return tr("Pre-session check answered");
    case RuleId::Pregnancy:
        return tr("Pregnancy or breast-feeding");
    case RuleId::SkinCondition:
        return tr("Active skin condition in a zone");
    case RuleId::IsotretinoinCurrent:
        return tr("Oral isotretinoin now");
    case RuleId::IsotretinoinRecent:
        return tr("Oral isotretinoin stopped under 6 months ago");
    case RuleId::TopicalActives:
        return tr("Retinoids, AHA or BHA in the last days");
    case RuleId::BleedingRisk:
        return tr("Anticoagulants or a bleeding disorder");
    case RuleId::Keloid:
        return tr("Keloid tendency");
    case RuleId::MetalAllergy:
        return tr("Metal allergy");
    case RuleId::SystemicCondition:
        return tr("Uncontrolled diabetes or immunosuppression");
    case RuleId::VitaminC:
        return tr("Vitamin C serum during needling");
    case RuleId::ReactionJournal:
        return tr("Skin reactions lengthen intervals");
    case RuleId::ClockAnomaly:
        return tr("The clock is not trusted");
    case RuleId::StricterSettings:
        return tr("Settings may only be stricter");
    case RuleId::JournalUnreadable:
        return tr("The guard must see the whole journal");
    }
    return {};
}

QString Localizer::question(Question question) {
    switch (question) {
    case Question::Pregnancy:
        return tr("Are you pregnant or breast-feeding?");
    case Question::SkinCondition:
        return tr("Is there active acne, rosacea, eczema, psoriasis, an infection, a cold sore, "
                  "an open wound or sunburn in any zone?");
    case Question::IsotretinoinCurrent:
        return tr("Are you taking oral isotretinoin?");
    case Question::IsotretinoinStopped:
        return tr("Did you stop oral isotretinoin in the last 6 months?");
    case Question::TopicalActives:
        return tr("Have you used a retinoid, AHA or BHA product in the last 3 days?");
    case Question::BleedingRisk:
        return tr("Do you take anticoagulants or have a bleeding disorder?");
    case Question::Keloid:
        return tr("Do you tend to form keloid scars?");
    case Question::MetalAllergy:
        return tr("Are you allergic to any metal?");
    case Question::SystemicCondition:
        return tr("Do you have uncontrolled diabetes or a weakened immune system?");
    }
    return {};
}

QString Localizer::direction(Direction direction) {
    switch (direction) {
    case Direction::Horizontal:
        return tr("side to side");
    case Direction::Vertical:
        return tr("up and down");
    case Direction::DiagonalUp:
        return tr("diagonally, lower left to upper right");
    case Direction::DiagonalDown:
        return tr("diagonally, upper left to lower right");
    }
    return {};
}

QString Localizer::outcome(SessionOutcome outcome) {
    switch (outcome) {
    case SessionOutcome::Completed:
        return tr("Completed");
    case SessionOutcome::StoppedEarly:
        return tr("Stopped early");
    case SessionOutcome::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString Localizer::goal(Goal goal) {
    switch (goal) {
    case Goal::TextureAndFineLines:
        return tr("texture and fine lines");
    case Goal::LookOfScars:
        return tr("the look of scars");
    case Goal::Tone:
        return tr("even tone");
    case Goal::Pores:
        return tr("the look of pores");
    case Goal::StretchMarks:
        return tr("stretch marks");
    case Goal::Scalp:
        return tr("scalp");
    }
    return {};
}

QString Localizer::millimetres(int micrometres, const QLocale& locale) {
    const int hundredths = (micrometres + (micrometres >= 0 ? 5 : -5)) / 10;
    const int decimals = std::abs(hundredths % 10) != 0 ? 2 : 1;
    //: A length in millimetres: %1 is the number, already in the locale's format
    return tr("%1 mm").arg(locale.toString(hundredths / 100.0, 'f', decimals));
}

QString Localizer::number(long long value, const QLocale& locale) {
    return locale.toString(value);
}

QString Localizer::decimal(double value, const QLocale& locale) {
    return locale.toString(value, 'g', 6);
}

QDateTime Localizer::toDateTime(TimePoint time) {
    const auto seconds = std::chrono::duration_cast<Seconds>(time.time_since_epoch()).count();
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::LocalTime);
}

// The C locale (the CLI, scripts) gets ISO 8601 dates and the zone's name, as core wrote them.
QString Localizer::date(TimePoint time, const QLocale& locale) {
    if (locale.language() == QLocale::C) {
        return toDateTime(time).toString(QStringLiteral("yyyy-MM-dd"));
    }
    return locale.toString(toDateTime(time).date(), QLocale::ShortFormat);
}

QString Localizer::dateTime(TimePoint time, const QLocale& locale) {
    const QDateTime at = toDateTime(time);
    if (locale.language() == QLocale::C) {
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + at.timeZoneAbbreviation();
    }
    //: A date and a time of day, each already in the locale's format
    return tr("%1 %2").arg(locale.toString(at.date(), QLocale::ShortFormat),
                           locale.toString(at.time(), QLocale::ShortFormat));
}

QString Localizer::duration(Seconds duration, const QLocale& locale) {
    const long long s = duration.count();
    if ((s % 86400 == 0 && s != 0) || s >= 2 * 86400) {
        const long long n = s / 86400;
        return n == 1 ? tr("1 day") : tr("%1 days").arg(locale.toString(n));
    }
    if (s >= 3600) {
        const long long n = s / 3600;
        return n == 1 ? tr("1 hour") : tr("%1 hours").arg(locale.toString(n));
    }
    if (s >= 60) {
        return minutes(s / 60, locale);
    }
    return s == 1 ? tr("1 second") : tr("%1 seconds").arg(locale.toString(s));
}

QString Localizer::minutes(long long count, const QLocale& locale) {
    return count == 1 ? tr("1 minute") : tr("%1 minutes").arg(locale.toString(count));
}

QString Localizer::passes(long long count, const QLocale& locale) {
    return count == 1 ? tr("1 pass") : tr("%1 passes").arg(locale.toString(count));
}

QString Localizer::sessions(long long count, const QLocale& locale) {
    return count == 1 ? tr("1 session") : tr("%1 sessions").arg(locale.toString(count));
}

QString Localizer::limitRaised(LimitSetting setting) {
    switch (setting) {
    case LimitSetting::IntervalMultiplier:
        return tr("The interval multiplier cannot be looser than the default; the default is "
                  "used.");
    case LimitSetting::ZonePassCap:
        return tr("The pass cap per zone cannot be looser than the default; the default is used.");
    case LimitSetting::SessionPassCap:
        return tr("The pass cap per session cannot be looser than the default; the default is "
                  "used.");
    case LimitSetting::SessionWarnLength:
        return tr("The session length warning cannot be looser than the default; the default is "
                  "used.");
    case LimitSetting::SessionMaxLength:
        return tr("The session length limit cannot be looser than the default; the default is "
                  "used.");
    case LimitSetting::MaxDepth:
        return tr("The depth limit cannot be looser than the default; the default is used.");
    case LimitSetting::HeadMaxSessions:
        return tr("The head's session limit cannot be looser than the default; the default is "
                  "used.");
    case LimitSetting::HeadMaxAge:
        return tr("The head's age limit cannot be looser than the default; the default is used.");
    case LimitSetting::PressureLight:
        return tr("The light pressure cue cannot be looser than the default; the default is "
                  "used.");
    case LimitSetting::PressureWarn:
        return tr("The pressure warning cannot be looser than the default; the default is used.");
    case LimitSetting::PressureStop:
        return tr("The pressure stop cannot be looser than the default; the default is used.");
    }
    return {};
}

QString Localizer::skipReason(std::string_view stored) {
    if (const auto cause = skipCauseFromKey(stored)) {
        switch (*cause) {
        case SkipCause::ByUser:
            return tr("Skipped by you.");
        case SkipCause::Pressure:
            return tr("Stopped for too much pressure.");
        case SkipCause::LengthCap:
            return tr("Stopped at the session length limit.");
        case SkipCause::StoppedEarly:
            return tr("The session was stopped early.");
        }
    }
    if (reasonFromKey(stored)) {
        return tr("Left out: the guard blocked this zone.");
    }
    return fromUtf8(stored); // the user's own words
}

QString Localizer::fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace rollwise::text
