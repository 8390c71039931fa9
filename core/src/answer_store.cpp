// Pre-session answers and skin reactions.
#include "store_support.h"

#include <rollwise/core/answer_store.h>

namespace rollwise {

using detail::fromSeconds;
using detail::inTransaction;
using detail::seconds;
using detail::unreadable;

using detail::parseZoneList;
using detail::zoneList;

Status<DatabaseError> AnswerStore::save(const Answer& a) {
    return inTransaction(m_connection->handle(), "Could not save the answer", [&] {
        sql::Statement insert(m_connection->handle(), R"sql(
            INSERT INTO answers (question, answered_at, yes, since, zones) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT DO UPDATE SET yes = excluded.yes, since = excluded.since, zones = excluded.zones)sql");
        insert.bind(1, questionInfo(a.question).key);
        insert.bind(2, seconds(a.answeredAt));
        insert.bind(3, a.yes ? 1 : 0);
        insert.bind(4, seconds(a.since));
        insert.bind(5, zoneList(a.zones));
        return insert.step();
    });
}

Result<std::vector<Answer>, DatabaseError> AnswerStore::all() const {
    sql::Statement select(
        m_connection->handle(),
        "SELECT question, answered_at, yes, since, zones FROM answers ORDER BY answered_at");
    std::vector<Answer> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const auto question = questionFromKey(select.columnText(0));
        if (!question) {
            return Failure{unreadable("question")};
        }
        out.push_back(Answer{*question, select.columnInt(2) != 0, fromSeconds(select.columnInt(1)),
                             fromSeconds(select.columnOptionalInt(3)),
                             parseZoneList(select.columnText(4))});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the answers", m_connection->handle())};
    }
    return out;
}

Status<DatabaseError> AnswerStore::logReaction(const ReactionEntry& e) {
    return inTransaction(m_connection->handle(), "Could not save the skin reaction", [&] {
        sql::Statement insert(m_connection->handle(), R"sql(
            INSERT INTO reactions (session_uid, zone, logged_at, reaction, healed_at)
            VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING)sql");
        insert.bind(1, std::string_view(e.sessionUid));
        insert.bind(2, zoneInfo(e.zone).key);
        insert.bind(3, seconds(e.loggedAt));
        insert.bind(4, toString(e.reaction));
        insert.bind(5, seconds(e.healedAt));
        return insert.step();
    });
}

namespace {

// Rows of (session_uid, zone, logged_at, reaction, healed_at); a zone or reaction this version
// does not know is an error, never a shorter list.
Result<std::vector<ReactionEntry>, DatabaseError> readReactions(sql::Statement& select,
                                                                sqlite3* handle) {
    std::vector<ReactionEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const auto zone = zoneFromKey(select.columnText(1));
        const auto reaction = reactionFromString(select.columnText(3));
        if (!zone || !reaction) {
            return Failure{unreadable("reaction")};
        }
        out.push_back(ReactionEntry{select.columnText(0), *zone, fromSeconds(select.columnInt(2)),
                                    *reaction, fromSeconds(select.columnOptionalInt(4))});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the skin reactions", handle)};
    }
    return out;
}

} // namespace

Result<std::vector<ReactionEntry>, DatabaseError>
AnswerStore::reactionsFor(std::string_view sessionUid) const {
    sql::Statement select(m_connection->handle(), R"sql(
        SELECT session_uid, zone, logged_at, reaction, healed_at FROM reactions
        WHERE session_uid = ?1 ORDER BY logged_at)sql");
    select.bind(1, sessionUid);
    return readReactions(select, m_connection->handle());
}

Result<std::vector<ReactionEntry>, DatabaseError>
AnswerStore::reactionsBetween(TimePoint from, TimePoint to) const {
    sql::Statement select(m_connection->handle(), R"sql(
        SELECT session_uid, zone, logged_at, reaction, healed_at FROM reactions
        WHERE logged_at >= ?1 AND logged_at < ?2 ORDER BY logged_at)sql");
    select.bind(1, seconds(from));
    select.bind(2, seconds(to));
    return readReactions(select, m_connection->handle());
}

} // namespace rollwise
