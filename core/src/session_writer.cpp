// Writing sessions: the ingest path (a live session after every pass, a device sync, a merge).
#include "session_writer.h"

#include "store_support.h"

#include <rollwise/core/device_import.h>

#include <algorithm>

namespace rollwise::detail {
namespace {

constexpr int kPassColumns = 12;
constexpr int kPassesPerStatement = 64;

// INSERT INTO zone_passes ... VALUES (...), (...), ... with `rows` rows.
std::string passInsert(int rows) {
    std::string sql =
        "INSERT INTO zone_passes (session_id, zone, seq, direction, start, duration_ms, "
        "source, distance_mm, speed_mm_s, mean_pressure_cn, peak_pressure_cn, depth_um) "
        "VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < kPassColumns; ++column) {
            sql += column == 0 ? "?" : ", ?";
        }
        sql += ")";
    }
    return sql + " ON CONFLICT DO NOTHING";
}

struct PendingPass {
    std::string_view zone;
    int seq = 0;
    const PassRecord* pass = nullptr;
};

// Writes passes several rows per statement: with cipher_memory_security on, every statement
// execution costs locked allocations.
int writePasses(const Connection& database, std::int64_t sessionId,
                std::span<const PendingPass> passes, int& inserted) {
    static const std::string many = passInsert(kPassesPerStatement);
    static const std::string one = passInsert(1);
    while (!passes.empty()) {
        const bool full = passes.size() >= static_cast<std::size_t>(kPassesPerStatement);
        const auto chunk = passes.first(full ? kPassesPerStatement : 1);
        sql::Statement insert(database, full ? many : one);
        int index = 1;
        for (const auto& pending : chunk) {
            const PassRecord& p = *pending.pass;
            insert.bind(index++, sessionId);
            insert.bindStatic(index++, pending.zone);
            insert.bind(index++, pending.seq);
            insert.bindStatic(index++, toString(p.direction));
            insert.bind(index++, seconds(p.start));
            insert.bind(index++, static_cast<std::int64_t>(p.duration.count()) * 1000);
            insert.bindStatic(index++, p.source == PassSource::Device ? "device" : "manual");
            insert.bind(index++, p.distanceMm);
            insert.bind(index++, p.speedMmPerS);
            insert.bind(index++, p.meanPressureCn);
            insert.bind(index++, p.peakPressureCn);
            insert.bind(index++, p.depthUm);
        }
        if (const int rc = insert.step(); rc != SQLITE_DONE) {
            return rc;
        }
        inserted += sqlite3_changes(database.handle());
        passes = passes.subspan(chunk.size());
    }
    return SQLITE_DONE;
}

// The time a head was last used in this session: its last pass, its end, or its start.
TimePoint lastUseIn(const SessionRecord& r) {
    TimePoint last = std::max(r.start, r.end.value_or(r.start));
    const auto note = [&](const PassRecord& p) { last = std::max(last, p.start + p.duration); };
    for (const auto& zone : r.zones) {
        std::for_each(zone.passes.begin(), zone.passes.end(), note);
    }
    std::for_each(r.unassignedPasses.begin(), r.unassignedPasses.end(), note);
    return last;
}

} // namespace

// Writes one session inside the caller's transaction, and adds what is new in it to its head's
// counts (sessions, passes, high-pressure passes, deep sessions, first and last use). Statements
// come from the connection's cache and static text is bound without copies: this is the ingest
// path.
int writeSession(const Connection& database, std::string_view uid, const SessionRecord& r) {
    bool isNew = true;
    std::int64_t oldHighPressure = 0;
    {
        sql::Statement existing(database,
                                "SELECT high_pressure_passes FROM sessions WHERE uid = ?1");
        existing.bind(1, uid);
        const int rc = existing.step();
        if (rc == SQLITE_ROW) {
            isNew = false;
            oldHighPressure = existing.columnInt(0);
        } else if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    std::int64_t id = 0;
    {
        sql::Statement header(database, R"sql(
            INSERT INTO sessions (uid, start, end, goal, family, head_uid, needle_um, outcome,
                                  high_pressure_passes, zones_pending, reported_passes,
                                  device_record_key, device_sequence, device_time, time_trusted)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
            ON CONFLICT (uid) DO UPDATE SET end = excluded.end, outcome = excluded.outcome,
                high_pressure_passes = excluded.high_pressure_passes,
                reported_passes = max(reported_passes, excluded.reported_passes),
                device_record_key = coalesce(device_record_key, excluded.device_record_key),
                device_sequence = coalesce(device_sequence, excluded.device_sequence),
                device_time = coalesce(device_time, excluded.device_time)
            RETURNING id)sql");
        header.bind(1, uid);
        header.bind(2, seconds(r.start));
        header.bind(3, seconds(r.end));
        header.bindStatic(4, toString(r.goal));
        header.bindStatic(5, toString(r.family));
        header.bind(6, std::string_view(r.headId));
        header.bind(7, r.needleLengthUm);
        if (r.outcome) {
            header.bindStatic(8, toString(*r.outcome));
        } else {
            header.bindNull(8);
        }
        header.bind(9, r.highPressurePasses);
        header.bind(10, r.zonesPending ? 1 : 0);
        header.bind(11, r.reportedPasses);
        if (r.device) {
            header.bind(12, std::string_view(r.device->recordKey));
            header.bind(13, r.device->sequence);
            header.bind(14, seconds(r.device->deviceTime));
            header.bind(15, r.device->timeTrusted ? 1 : 0);
        } else {
            header.bindNull(12);
            header.bindNull(13);
            header.bindNull(14);
            header.bind(15, 1);
        }
        if (const int rc = header.step(); rc != SQLITE_ROW) {
            return rc;
        }
        id = header.columnInt(0);
    }
    sql::Statement zone(database, R"sql(
        INSERT INTO session_zones (session_id, zone, position, passes, skipped, skip_reason,
                                   stopped_for_pressure)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT (session_id, zone) DO UPDATE SET position = excluded.position,
            passes = excluded.passes, skipped = excluded.skipped,
            skip_reason = excluded.skip_reason, stopped_for_pressure = excluded.stopped_for_pressure)sql");
    std::vector<PendingPass> pending;
    int position = 0;
    for (const auto& z : r.zones) {
        const auto key = zoneInfo(z.zone).key; // static storage
        zone.bind(1, id);
        zone.bindStatic(2, key);
        zone.bind(3, position++);
        zone.bind(4, static_cast<int>(z.passes.size()));
        zone.bind(5, z.skipped ? 1 : 0);
        zone.bind(6, std::string_view(z.skipReason));
        zone.bind(7, z.stoppedForPressure ? 1 : 0);
        if (const int rc = zone.step(); rc != SQLITE_DONE) {
            return rc;
        }
        zone.reset();
        int seq = 0;
        for (const auto& p : z.passes) {
            pending.push_back(PendingPass{key, seq++, &p});
        }
    }
    {
        int seq = 0;
        for (const auto& p : r.unassignedPasses) {
            pending.push_back(PendingPass{std::string_view(), seq++, &p}); // zone not known yet
        }
    }
    int insertedPasses = 0;
    if (const int rc = writePasses(database, id, pending, insertedPasses); rc != SQLITE_DONE) {
        return rc;
    }
    if (!r.headId.empty()) {
        sql::Statement head(database, R"sql(
            UPDATE heads SET sessions = sessions + ?2, passes = passes + ?3,
                high_pressure_passes = high_pressure_passes + ?4,
                deep_sessions = deep_sessions + ?5,
                first_use = CASE WHEN first_use IS NULL OR first_use > ?6 THEN ?6 ELSE first_use END,
                last_use = CASE WHEN last_use IS NULL OR last_use < ?7 THEN ?7 ELSE last_use END
            WHERE uid = ?1)sql");
        head.bind(1, std::string_view(r.headId));
        head.bind(2, isNew ? 1 : 0);
        head.bind(3, isNew ? std::max(insertedPasses, r.reportedPasses) : insertedPasses);
        head.bind(4, std::max<std::int64_t>(r.highPressurePasses - oldHighPressure, 0));
        head.bind(5, isNew && r.needleLengthUm >= 1000 ? 1 : 0);
        head.bind(6, seconds(r.start));
        head.bind(7, seconds(lastUseIn(r)));
        if (const int rc = head.step(); rc != SQLITE_DONE) {
            return rc;
        }
    }
    if (r.acknowledged.empty() && r.overrides.empty()) {
        return SQLITE_DONE;
    }
    sql::Statement finding(database, R"sql(
        INSERT INTO session_findings (session_id, kind, rule, zone, reason, override_reason)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING)sql");
    const auto writeFindings = [&](const std::vector<Finding>& findings, std::string_view kind) {
        for (const auto& f : findings) {
            finding.bind(1, id);
            finding.bindStatic(2, kind);
            finding.bindStatic(3, ruleInfo(f.rule).key);
            finding.bindStatic(4, f.zone ? zoneInfo(*f.zone).key : std::string_view());
            finding.bind(5, std::string_view(f.reason));
            finding.bind(6, std::string_view(f.overrideReason));
            if (const int rc = finding.step(); rc != SQLITE_DONE) {
                return rc;
            }
            finding.reset();
        }
        return SQLITE_DONE;
    };
    if (const int rc = writeFindings(r.acknowledged, "acknowledged"); rc != SQLITE_DONE) {
        return rc;
    }
    return writeFindings(r.overrides, "override");
}

// The journal session of one device record, with its head, inside the caller's transaction.
int writeDeviceSession(const Connection& database, const DeviceRecord& record) {
    std::optional<TimePoint> latest;
    {
        sql::Statement select(database, R"sql(
            SELECT max(device_time) FROM sessions WHERE device_record_key = ?1)sql");
        select.bind(1, std::string_view(record.deviceUid));
        if (const int rc = select.step(); rc != SQLITE_ROW) {
            return rc;
        }
        latest = fromSeconds(select.columnOptionalInt(0));
    }
    {
        sql::Statement exists(database, R"sql(
            SELECT 1 FROM sessions WHERE device_record_key = ?1 AND device_sequence = ?2)sql");
        exists.bind(1, std::string_view(record.deviceUid));
        exists.bind(2, record.sequence);
        const int rc = exists.step();
        if (rc == SQLITE_ROW) {
            return SQLITE_DONE; // converted before (a merged backup)
        }
        if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    std::optional<TimePoint> highWater;
    {
        sql::Statement select(
            database, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'clock_high_water'");
        const int rc = select.step();
        if (rc == SQLITE_ROW) {
            highWater = fromSeconds(select.columnInt(0));
        } else if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    const ImportedSession imported =
        importDeviceRecord(record.deviceUid, record.sequence, record.receivedAt, record.payload,
                           record.context, latest, highWater);
    {
        // A head seen for the first time is recorded, so its wear and hygiene are tracked.
        sql::Statement head(database, R"sql(
            INSERT INTO heads (uid, device_uid, family, needle_um, needle_count)
            VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uid) DO NOTHING)sql");
        head.bind(1, std::string_view(imported.headUid));
        head.bind(2, std::string_view(record.deviceUid));
        head.bindStatic(3, toString(imported.record.family));
        head.bind(4, record.context.headNeedleUm > 0 ? record.context.headNeedleUm
                                                     : imported.record.needleLengthUm);
        head.bind(5, record.context.headNeedleCount);
        if (const int rc = head.step(); rc != SQLITE_DONE) {
            return rc;
        }
    }
    return writeSession(database, imported.uid, imported.record);
}

int convertDeviceRecords(const Connection& database) {
    std::vector<DeviceRecord> records;
    {
        sql::Statement select(database.handle(), R"sql(
            SELECT device_uid, sequence, received_at, payload FROM device_records r
            WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.device_record_key = r.device_uid
                              AND s.device_sequence = r.sequence)
            ORDER BY device_uid, sequence)sql");
        int rc = SQLITE_ROW;
        while ((rc = select.step()) == SQLITE_ROW) {
            DeviceRecord r;
            r.deviceUid = select.columnText(0);
            r.sequence = select.columnInt(1);
            r.receivedAt = fromSeconds(select.columnInt(2));
            r.payload = select.columnBlob(3);
            // What the device said of itself was not kept: a smart roller of unknown depth.
            records.push_back(std::move(r));
        }
        if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    for (const auto& record : records) {
        if (const int rc = writeDeviceSession(database, record); rc != SQLITE_DONE) {
            return rc;
        }
    }
    return SQLITE_OK;
}

} // namespace rollwise::detail
