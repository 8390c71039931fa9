#include "session_text.h"

#include "localizer.h"

namespace rollwise::text {

QString SessionText::cue(const Cue& c, const QLocale& locale) {
    const QString zone = c.zone ? Localizer::zoneName(*c.zone) : QString();
    const QString direction = c.direction ? Localizer::direction(*c.direction) : QString();
    switch (c.kind) {
    case CueKind::ZoneStart:
        return tr("%1: %2, %3 first. Hold the skin taut and lift the roller between passes.")
            .arg(zone, Localizer::passes(c.passes, locale), direction);
    case CueKind::PassStart:
        return tr("Pass %1 of %2, %3.")
            .arg(Localizer::number(c.pass, locale), Localizer::number(c.passes, locale), direction);
    case CueKind::PassTimeUp:
        return tr("Lift the roller and confirm the pass.");
    case CueKind::DirectionChange:
        return tr("Now %1.").arg(direction);
    case CueKind::DirectionMismatch:
        return tr("That pass went %1; the guide says %2. It counts; follow the guide for the next "
                  "one.")
            .arg(direction, c.expected ? Localizer::direction(*c.expected) : QString());
    case CueKind::ZoneDone:
        return tr("%1 done.").arg(zone);
    case CueKind::ZoneSkipped:
        return tr("%1 skipped.").arg(zone);
    case CueKind::PressureEaseOff:
        return tr("Ease off a little.");
    case CueKind::PressureWarning:
        return c.urgent ? tr("Far too much pressure: lift the roller now.")
                        : tr("Too much pressure: lighten your hand.");
    case CueKind::PressureStop:
        return tr("Too much pressure: %1 ends here. Let the roller's weight do the work.")
            .arg(zone);
    case CueKind::SessionLengthWarning:
        return tr("Sessions usually take at most %1: finish this zone and move to aftercare.")
            .arg(Localizer::minutes(c.minutes.count(), locale));
    case CueKind::SessionLengthStop:
        return tr("That is the longest a session may last: time for aftercare.");
    case CueKind::DeviceLost:
        return tr("The device disconnected. Resume to go on with Rollwise pacing each pass, or "
                  "stop the session.");
    case CueKind::Paused:
        return tr("Paused.");
    case CueKind::Resumed:
        return c.pacedByApp ? tr("Resumed: Rollwise paces the passes now; confirm each one.")
                            : tr("Resumed.");
    case CueKind::Aftercare:
        return tr("Aftercare: a gentle serum now; no makeup or actives for 24 hours; mineral "
                  "sunscreen from day 2; no sauna or swimming for 24 - 72 hours. See a doctor "
                  "for spreading redness, pus or fever.");
    case CueKind::IgnoredPass:
        return tr("The session is over: put the roller down.");
    }
    return {};
}

QString SessionText::engineError(EngineErrorCode code) {
    switch (code) {
    case EngineErrorCode::WrongState:
        return tr("That is not possible at this step of the session.");
    case EngineErrorCode::UnacknowledgedWarnings:
        return tr("Read and acknowledge every warning first.");
    case EngineErrorCode::UnknownWarning:
        return tr("No such warning is waiting.");
    case EngineErrorCode::NothingToDo:
        return tr("No zone is in progress.");
    }
    return {};
}

QString SessionText::planError(const PlanError& error, const QLocale& locale) {
    switch (error.code) {
    case PlanErrorCode::NoZones:
        return tr("Choose at least one zone to needle.");
    case PlanErrorCode::WrongRegion:
        return tr("%1 is not part of a %2 session.")
            .arg(error.zone ? Localizer::zoneName(*error.zone) : QString(),
                 Localizer::goal(error.goal));
    case PlanErrorCode::TooLong:
        return tr("These zones do not fit in a %1 session: choose fewer.")
            .arg(Localizer::minutes(error.limit.count(), locale));
    }
    return {};
}

} // namespace rollwise::text
