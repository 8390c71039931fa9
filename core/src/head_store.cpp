// Needle heads and their wear.
#include "store_support.h"

#include <rollwise/core/head_store.h>

namespace rollwise {

using detail::fromSeconds;
using detail::inTransaction;
using detail::seconds;
using detail::unreadable;

Status<DatabaseError> HeadStore::save(const StoredHead& s) {
    return inTransaction(m_connection->handle(), "Could not save the head", [&] {
        sql::Statement insert(m_connection->handle(), R"sql(
            INSERT INTO heads (uid, device_uid, family, needle_um, needle_count, first_use, last_use,
                               last_disinfected, sessions, passes, high_pressure_passes,
                               deep_sessions, damage_reported, retired_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            ON CONFLICT (uid) DO UPDATE SET device_uid = excluded.device_uid,
                first_use = excluded.first_use, last_use = excluded.last_use,
                last_disinfected = excluded.last_disinfected, sessions = excluded.sessions,
                passes = excluded.passes, high_pressure_passes = excluded.high_pressure_passes,
                deep_sessions = excluded.deep_sessions, damage_reported = excluded.damage_reported,
                retired_at = excluded.retired_at)sql");
        const Head& h = s.head;
        insert.bind(1, std::string_view(s.uid));
        insert.bind(2, std::string_view(s.deviceUid));
        insert.bind(3, toString(h.family));
        insert.bind(4, h.needleLengthUm);
        insert.bind(5, h.needleCount);
        insert.bind(6, seconds(h.firstUse));
        insert.bind(7, seconds(h.lastUse));
        insert.bind(8, seconds(h.lastDisinfected));
        insert.bind(9, h.sessions);
        insert.bind(10, h.passes);
        insert.bind(11, h.highPressurePasses);
        insert.bind(12, h.deepSessions);
        insert.bind(13, h.damageReported ? 1 : 0);
        insert.bind(14, seconds(s.retiredAt));
        return insert.step();
    });
}

Result<std::vector<StoredHead>, DatabaseError> HeadStore::all() const {
    sql::Statement select(m_connection->handle(), R"sql(
        SELECT uid, device_uid, family, needle_um, needle_count, first_use, last_use, last_disinfected,
               sessions, passes, high_pressure_passes, deep_sessions, damage_reported, retired_at
        FROM heads ORDER BY first_use)sql");
    std::vector<StoredHead> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        StoredHead s;
        s.uid = select.columnText(0);
        s.deviceUid = select.columnText(1);
        const auto family = deviceFamilyFromString(select.columnText(2));
        if (!family) {
            return Failure{unreadable("device family")};
        }
        s.head.id = s.uid;
        s.head.family = *family;
        s.head.needleLengthUm = static_cast<int>(select.columnInt(3));
        s.head.needleCount = static_cast<int>(select.columnInt(4));
        s.head.firstUse = fromSeconds(select.columnOptionalInt(5));
        s.head.lastUse = fromSeconds(select.columnOptionalInt(6));
        s.head.lastDisinfected = fromSeconds(select.columnOptionalInt(7));
        s.head.sessions = static_cast<int>(select.columnInt(8));
        s.head.passes = static_cast<int>(select.columnInt(9));
        s.head.highPressurePasses = static_cast<int>(select.columnInt(10));
        s.head.deepSessions = static_cast<int>(select.columnInt(11));
        s.head.damageReported = select.columnInt(12) != 0;
        s.retiredAt = fromSeconds(select.columnOptionalInt(13));
        out.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the heads", m_connection->handle())};
    }
    return out;
}

} // namespace rollwise
