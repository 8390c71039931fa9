#pragma once

// The guided session's cues and the session engine's and planner's errors in words.

#include <rollwise/core/plan.h>
#include <rollwise/core/session.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rollwise::text {

class SessionText {
    Q_DECLARE_TR_FUNCTIONS(SessionText)

public:
    [[nodiscard]] static QString cue(const Cue& cue, const QLocale& locale = QLocale());
    [[nodiscard]] static QString engineError(EngineErrorCode code);
    [[nodiscard]] static QString planError(const PlanError& error,
                                           const QLocale& locale = QLocale());
};

} // namespace rollwise::text
