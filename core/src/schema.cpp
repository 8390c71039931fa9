// The schema and its migrations, one per version.
#include "schema.h"

#include "sqlite_support.h"

#include <array>
#include <string>

namespace rollwise::detail {
namespace {

// Schema migrations, one per version, each applied in its own transaction. Never edit a
// released step: add a new one (and a fixture of the version before it to tests/fixtures).
struct Migration {
    int version = 0;
    const char* sql = nullptr;
};

constexpr std::array kMigrations{
    Migration{1, R"sql(
        CREATE TABLE zones (
            key TEXT PRIMARY KEY NOT NULL,
            display_order INTEGER NOT NULL,
            needling_allowed INTEGER NOT NULL CHECK (needling_allowed IN (0, 1))
        ) STRICT;
    )sql"},
    Migration{2, R"sql(
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
        CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
        CREATE TABLE devices (
            uid TEXT PRIMARY KEY NOT NULL,
            family TEXT NOT NULL,
            name TEXT,
            paired_at INTEGER
        ) STRICT;
        CREATE TABLE heads (
            uid TEXT PRIMARY KEY NOT NULL,
            device_uid TEXT,
            family TEXT NOT NULL,
            needle_um INTEGER NOT NULL,
            needle_count INTEGER NOT NULL DEFAULT 0,
            first_use INTEGER,
            last_use INTEGER,
            last_disinfected INTEGER,
            sessions INTEGER NOT NULL DEFAULT 0,
            passes INTEGER NOT NULL DEFAULT 0,
            high_pressure_passes INTEGER NOT NULL DEFAULT 0,
            deep_sessions INTEGER NOT NULL DEFAULT 0,
            damage_reported INTEGER NOT NULL DEFAULT 0,
            retired_at INTEGER
        ) STRICT;
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uid TEXT UNIQUE NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER,
            goal TEXT NOT NULL,
            family TEXT NOT NULL,
            head_uid TEXT NOT NULL DEFAULT '',
            needle_um INTEGER NOT NULL,
            outcome TEXT,
            high_pressure_passes INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX sessions_by_start ON sessions (start);
        CREATE TABLE session_zones (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            zone TEXT NOT NULL,
            position INTEGER NOT NULL,
            passes INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            skip_reason TEXT NOT NULL DEFAULT '',
            stopped_for_pressure INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, zone)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE zone_passes (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            zone TEXT NOT NULL,
            seq INTEGER NOT NULL,
            direction TEXT NOT NULL,
            start INTEGER NOT NULL,
            duration_ms INTEGER NOT NULL,
            source TEXT NOT NULL,
            distance_mm INTEGER,
            speed_mm_s INTEGER,
            mean_pressure_cn INTEGER,
            peak_pressure_cn INTEGER,
            depth_um INTEGER,
            PRIMARY KEY (session_id, zone, seq)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE session_findings (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('acknowledged', 'override')),
            rule TEXT NOT NULL,
            zone TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            override_reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, kind, rule, zone)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE device_records (
            device_uid TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            payload BLOB NOT NULL,
            PRIMARY KEY (device_uid, sequence)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE answers (
            question TEXT NOT NULL,
            answered_at INTEGER NOT NULL,
            yes INTEGER NOT NULL,
            since INTEGER,
            zones TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (question, answered_at)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE reactions (
            session_uid TEXT NOT NULL,
            zone TEXT NOT NULL,
            logged_at INTEGER NOT NULL,
            reaction TEXT NOT NULL,
            healed_at INTEGER,
            PRIMARY KEY (session_uid, zone, logged_at)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE reminders (
            uid TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            due INTEGER NOT NULL,
            zone TEXT NOT NULL DEFAULT '',
            snoozed_until INTEGER,
            done_at INTEGER
        ) STRICT;
    )sql"},
    // 3: device records become journal sessions (docs/device-sync.md); the records already
    // held are converted by convertDeviceRecords() in the same transaction.
    Migration{3, R"sql(
        ALTER TABLE sessions ADD COLUMN zones_pending INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN reported_passes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN device_record_key TEXT;
        ALTER TABLE sessions ADD COLUMN device_sequence INTEGER;
        ALTER TABLE sessions ADD COLUMN device_time INTEGER;
        ALTER TABLE sessions ADD COLUMN time_trusted INTEGER NOT NULL DEFAULT 1;
        CREATE UNIQUE INDEX sessions_by_device_record ON sessions (device_record_key, device_sequence)
            WHERE device_record_key IS NOT NULL;
    )sql"},
};

static_assert(kMigrations.back().version == Database::kSchemaVersion);

} // namespace

Status<DatabaseError> migrate(Connection& connection) {
    sqlite3* const m_db = connection.handle();
    const int current = connection.schemaVersion();
    for (const auto& step : kMigrations) {
        if (step.version <= current) {
            continue;
        }
        sql::Transaction tx(m_db);
        if (!tx.begun()) {
            return Failure{sql::error(tx.beginCode(), "Could not update the database", m_db)};
        }
        int rc = sql::exec(m_db, step.sql);
        if (rc == SQLITE_OK && step.version == 2) {
            sql::Statement uid(m_db, "INSERT INTO meta (key, value) VALUES ('database_uid', ?1)");
            uid.bind(1, newUid());
            rc = uid.step() == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_db);
        }
        if (rc == SQLITE_OK && step.version == 3) {
            rc = convertDeviceRecords(connection);
        }
        if (rc == SQLITE_OK) {
            const std::string bump = "PRAGMA user_version = " + std::to_string(step.version);
            rc = sql::exec(m_db, bump.c_str());
        }
        if (rc == SQLITE_OK) {
            rc = tx.commit();
        }
        if (rc != SQLITE_OK) {
            return Failure{sql::error(rc,
                                      "Could not update the database to version " +
                                          std::to_string(step.version) +
                                          "; it was left at version " + std::to_string(current),
                                      m_db)};
        }
    }
    return Done{};
}

} // namespace rollwise::detail
