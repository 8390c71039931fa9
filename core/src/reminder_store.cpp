// What the user or the delivery did to a reminder.
#include "store_support.h"

#include <rollwise/core/reminder_store.h>

namespace rollwise {

using detail::fromSeconds;
using detail::inTransaction;
using detail::seconds;
using detail::unreadable;

Status<DatabaseError> ReminderStore::save(const Reminder& r) {
    return inTransaction(m_connection->handle(), "Could not save the reminder", [&] {
        sql::Statement insert(m_connection->handle(), R"sql(
            INSERT INTO reminders (uid, kind, due, zone, snoozed_until, done_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (uid) DO UPDATE SET due = excluded.due, snoozed_until = excluded.snoozed_until,
                done_at = excluded.done_at)sql");
        insert.bind(1, std::string_view(r.uid));
        insert.bind(2, std::string_view(r.kind));
        insert.bind(3, seconds(r.due));
        insert.bind(4, r.zone ? zoneInfo(*r.zone).key : std::string_view());
        insert.bind(5, seconds(r.snoozedUntil));
        insert.bind(6, seconds(r.doneAt));
        return insert.step();
    });
}

Result<std::vector<Reminder>, DatabaseError> ReminderStore::all() const {
    sql::Statement select(
        m_connection->handle(),
        "SELECT uid, kind, due, zone, snoozed_until, done_at FROM reminders ORDER BY due");
    std::vector<Reminder> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        out.push_back(Reminder{select.columnText(0), select.columnText(1),
                               fromSeconds(select.columnInt(2)), zoneFromKey(select.columnText(3)),
                               fromSeconds(select.columnOptionalInt(4)),
                               fromSeconds(select.columnOptionalInt(5))});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the reminders", m_connection->handle())};
    }
    return out;
}

} // namespace rollwise
