#pragma once

// The guard's JSON interface for rollwise-cli (docs/guard-input.md): a described situation in,
// the decision out. Parsing is strict: an unknown key or value is an error naming its path, so
// a typo never silently changes a decision.

#include <rollwise/core/guard.h>
#include <rollwise/core/result.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace rollwise::cli {

struct InputError {
    QString message; // "plan.zones[1]: unknown zone 'cheek' (known: ...)"
};

[[nodiscard]] Result<Situation, InputError> situationFromJson(const QByteArray& json);
// A plan alone (the "plan" object of docs/guard-input.md), for `check --db`.
[[nodiscard]] Result<PlannedSession, InputError> planFromJson(const QByteArray& json);
[[nodiscard]] QJsonObject decisionToJson(const GuardDecision& decision, const Situation& situation);
// The decision for people: one line per zone, with the reason.
[[nodiscard]] QString decisionToText(const GuardDecision& decision);
// Every rule with its source, for auditors.
[[nodiscard]] QJsonObject rulesToJson();

} // namespace rollwise::cli
