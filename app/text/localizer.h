#pragma once

// The one place where values from core become words: zone names, rule titles, questions,
// directions, and lengths, numbers, dates and durations in the user's locale. Stateless; the
// language is the translator installed on the application (none: English, as written here) and
// QLocale's default. GuardText, SessionText and ErrorText build their sentences from these.

#include <rollwise/core/guard.h>
#include <rollwise/core/plan.h>
#include <rollwise/core/rules.h>
#include <rollwise/core/time.h>
#include <rollwise/core/zone.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <string_view>

namespace rollwise::text {

class Localizer {
    Q_DECLARE_TR_FUNCTIONS(Localizer)

public:
    [[nodiscard]] static QString zoneName(Zone zone);
    [[nodiscard]] static QString regionName(Region region);
    [[nodiscard]] static QString ruleTitle(RuleId rule);
    [[nodiscard]] static QString question(Question question);
    // How to move: "side to side", "up and down" ...
    [[nodiscard]] static QString direction(Direction direction);
    [[nodiscard]] static QString goal(Goal goal);
    // How a session ended: "Completed", "Stopped early", "Interrupted".
    [[nodiscard]] static QString outcome(SessionOutcome outcome);

    // 250 -> "0.25 mm" (English) or "0,25 mm" (German): at least one decimal, two when needed.
    [[nodiscard]] static QString millimetres(int micrometres, const QLocale& locale = QLocale());
    [[nodiscard]] static QString number(long long value, const QLocale& locale = QLocale());
    [[nodiscard]] static QString decimal(double value, const QLocale& locale = QLocale());
    // Dates and times in the local time zone, in the locale's short format (ISO 8601 with the
    // zone's name for the C locale).
    [[nodiscard]] static QDateTime toDateTime(TimePoint time);
    [[nodiscard]] static QString date(TimePoint time, const QLocale& locale = QLocale());
    [[nodiscard]] static QString dateTime(TimePoint time, const QLocale& locale = QLocale());
    // "7 days", "2 hours", "1 minute": the largest whole unit, as core's formatDuration chose.
    [[nodiscard]] static QString duration(Seconds duration, const QLocale& locale = QLocale());
    [[nodiscard]] static QString minutes(long long count, const QLocale& locale = QLocale());
    [[nodiscard]] static QString passes(long long count, const QLocale& locale = QLocale());
    [[nodiscard]] static QString sessions(long long count, const QLocale& locale = QLocale());

    // A setting that was looser than its floor: "The pass cap per zone cannot be looser ..."
    [[nodiscard]] static QString limitRaised(LimitSetting setting);
    // A zone's skip reason from the journal: a cause key, a guard reason key, or the user's words.
    [[nodiscard]] static QString skipReason(std::string_view stored);

    // UTF-8 from core as a QString (keys and the user's own words, never for translation).
    [[nodiscard]] static QString fromUtf8(std::string_view text);
};

} // namespace rollwise::text
