#pragma once

// The dated pre-session answers and the skin reactions logged after sessions.

#include <rollwise/core/database_error.h>
#include <rollwise/core/guard.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

struct ReactionEntry {
    std::string sessionUid;
    Zone zone = Zone::Forehead;
    TimePoint loggedAt{};
    Reaction reaction = Reaction::None;
    std::optional<TimePoint> healedAt;
};

class AnswerStore {
public:
    explicit AnswerStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    AnswerStore(const AnswerStore&) = delete;
    AnswerStore& operator=(const AnswerStore&) = delete;

    // One answer per (question, time): saving the same pair again replaces it.
    [[nodiscard]] Status<DatabaseError> save(const Answer& answer);
    // Every answer, oldest first. A question this version does not know is an error.
    [[nodiscard]] Result<std::vector<Answer>, DatabaseError> all() const;
    // One reaction per (session, zone, time); a second with the same key is ignored. The guard
    // reads them through SessionStore::guardHistory().
    [[nodiscard]] Status<DatabaseError> logReaction(const ReactionEntry& entry);
    // The reactions logged for one session, oldest first.
    [[nodiscard]] Result<std::vector<ReactionEntry>, DatabaseError>
    reactionsFor(std::string_view sessionUid) const;
    // The reactions logged in [from, to), oldest first (the reactions chart).
    [[nodiscard]] Result<std::vector<ReactionEntry>, DatabaseError>
    reactionsBetween(TimePoint from, TimePoint to) const;

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
