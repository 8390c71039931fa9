// Settings by key, the clock's high-water mark, the zone table.
#include "store_support.h"

#include <rollwise/core/settings_store.h>

namespace rollwise {

using detail::fromSeconds;
using detail::inTransaction;
using detail::seconds;
using detail::unreadable;

Status<DatabaseError> SettingsStore::set(std::string_view key, std::string_view value) {
    return inTransaction(m_connection->handle(), "Could not save the setting", [&] {
        sql::Statement insert(m_connection->handle(), R"sql(
            INSERT INTO settings (key, value) VALUES (?1, ?2)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value)sql");
        insert.bind(1, key);
        insert.bind(2, value);
        return insert.step();
    });
}

Result<std::optional<std::string>, DatabaseError> SettingsStore::get(std::string_view key) const {
    sql::Statement select(m_connection->handle(), "SELECT value FROM settings WHERE key = ?1");
    select.bind(1, key);
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return std::optional(select.columnText(0));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the settings", m_connection->handle())};
    }
    return std::optional<std::string>();
}

Status<DatabaseError> SettingsStore::noteClock(TimePoint seen) {
    return inTransaction(m_connection->handle(), "Could not save the clock mark", [&] {
        sql::Statement upsert(m_connection->handle(), R"sql(
            INSERT INTO meta (key, value) VALUES ('clock_high_water', ?1)
            ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)))sql");
        upsert.bind(1, std::to_string(seconds(seen)));
        return upsert.step();
    });
}

Result<std::optional<TimePoint>, DatabaseError> SettingsStore::clockHighWater() const {
    sql::Statement select(m_connection->handle(),
                          "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'clock_high_water'");
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return std::optional(fromSeconds(select.columnInt(0)));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the clock mark", m_connection->handle())};
    }
    return std::optional<TimePoint>();
}

Status<DatabaseError> SettingsStore::storeZones(std::span<const ZoneInfo> zones) {
    sql::Transaction tx(m_connection->handle());
    if (!tx.begun()) {
        return Failure{
            sql::error(tx.beginCode(), "Could not store the zones", m_connection->handle())};
    }
    sql::Statement insert(m_connection->handle(), R"sql(
        INSERT INTO zones (key, display_order, needling_allowed) VALUES (?1, ?2, ?3)
        ON CONFLICT (key) DO UPDATE SET display_order = excluded.display_order,
                                        needling_allowed = excluded.needling_allowed)sql");
    std::int64_t order = 0;
    for (const auto& zone : zones) {
        insert.bind(1, zone.key);
        insert.bind(2, order++);
        insert.bind(3, std::int64_t{zone.needlingAllowed ? 1 : 0});
        if (const int rc = insert.step(); rc != SQLITE_DONE) {
            return Failure{sql::error(rc, "Could not store the zones", m_connection->handle())};
        }
        insert.reset();
    }
    if (const int rc = tx.commit(); rc != SQLITE_OK) {
        return Failure{sql::error(rc, "Could not store the zones", m_connection->handle())};
    }
    return Done{};
}

Result<std::vector<Zone>, DatabaseError> SettingsStore::loadZones() const {
    sql::Statement select(m_connection->handle(), "SELECT key FROM zones ORDER BY display_order");
    std::vector<Zone> zones;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const std::string key = select.columnText(0);
        const auto zone = zoneFromKey(key);
        if (!zone) {
            return Failure{
                DatabaseError{DatabaseErrorCode::ReadFailed,
                              "The database names a zone this version does not know: " + key}};
        }
        zones.push_back(*zone);
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the zones", m_connection->handle())};
    }
    return zones;
}

} // namespace rollwise
