#pragma once

// The guard's findings and explanations in words (core/guard.h gives them as values).

#include <rollwise/core/guard.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rollwise::text {

class GuardText {
    Q_DECLARE_TR_FUNCTIONS(GuardText)

public:
    // One sentence: what and what to do; with the override's refusal when one was tried.
    [[nodiscard]] static QString reason(const Reason& reason, const QLocale& locale = QLocale());
    // What to say about the session, or one zone (GuardDecision::explain).
    [[nodiscard]] static QString explanation(const Explanation& explanation,
                                             const QLocale& locale = QLocale());
    [[nodiscard]] static QString verdict(Verdict verdict);

private:
    [[nodiscard]] static QString sentence(const Reason& reason, const QLocale& locale);
    [[nodiscard]] static QString refusal(OverrideRefusal refusal);
};

} // namespace rollwise::text
