#pragma once

// The one place that builds the guard's situation from the journal (docs/guard-input.md,
// "From the journal"): the profile and limits, the dated answers, the whole history (device
// sessions included, unplaced ones covering every zone they can reach), the head, the clock's
// high-water mark. The app, the headless demo and rollwise-cli all ask the guard through it.
//
// Fail closed: any read or decode error gives a block that says the history could not be
// read, never an empty history.

#include <rollwise/core/database.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/result.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

// The setting that names the head in use (a heads.uid).
inline constexpr std::string_view kCurrentHeadSetting = "current-head";

struct SituationRequest {
    PlannedSession plan;
    // The head for the session; nullopt: the head in use (kCurrentHeadSetting). A head that is
    // not in the journal, or retired, is no head: the guard asks for one.
    std::optional<std::string> headUid;
    TimePoint now{};
    std::optional<MonotonicEvidence> monotonic;
    std::vector<Override> overrides;
};

// The profile and limits kept in the journal's settings ("limits.*", "profile.*"). A value
// that cannot be read is an error (the guard then blocks), never a default.
[[nodiscard]] Result<Profile, DatabaseError> loadProfile(const SettingsStore& settings);
[[nodiscard]] Status<DatabaseError> saveProfile(SettingsStore& settings, const Profile& profile);

[[nodiscard]] Result<Situation, DatabaseError>
situationFromJournal(const Database& db, const SituationRequest& request);

// The guard's decision on the journal. When the journal cannot be read the decision blocks
// with RuleId::JournalUnreadable and the reason; `situation`, when given, receives what the
// guard was shown.
[[nodiscard]] GuardDecision decideFromJournal(const Database& db, const SituationRequest& request,
                                              Situation* situation = nullptr);

} // namespace rollwise
