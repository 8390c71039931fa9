// The domain side of the store: sessions, answers, reactions, heads, device records,
// reminders, settings. Every write is one transaction.
#include "sqlite_support.h"

#include <rollwise/core/database.h>

#include <algorithm>
#include <map>

namespace rollwise {
namespace {

std::int64_t seconds(TimePoint t) {
    return t.time_since_epoch().count();
}
TimePoint fromSeconds(std::int64_t s) {
    return TimePoint(Seconds(s));
}
std::optional<std::int64_t> seconds(const std::optional<TimePoint>& t) {
    return t ? std::optional(seconds(*t)) : std::nullopt;
}
std::optional<TimePoint> fromSeconds(const std::optional<std::int64_t>& s) {
    return s ? std::optional(fromSeconds(*s)) : std::nullopt;
}

std::string zoneList(const std::vector<Zone>& zones) {
    std::string text;
    for (const Zone zone : zones) {
        if (!text.empty()) {
            text += ',';
        }
        text += zoneInfo(zone).key;
    }
    return text;
}

std::vector<Zone> parseZoneList(std::string_view text) {
    std::vector<Zone> zones;
    while (!text.empty()) {
        const auto comma = text.find(',');
        if (const auto zone = zoneFromKey(text.substr(0, comma))) {
            zones.push_back(*zone);
        }
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return zones;
}

DatabaseError unreadable(std::string_view what) {
    return DatabaseError{DatabaseErrorCode::ReadFailed,
                         "The database holds a value this version does not understand (" +
                             std::string(what) + ")."};
}

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
int writePasses(const Database& database, std::int64_t sessionId,
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

// Writes one session inside the caller's transaction, and adds what is new in it to its head's
// counts (sessions, passes, high-pressure passes, deep sessions, first and last use). Statements
// come from the connection's cache and static text is bound without copies: this is the ingest
// path.
int writeSession(const Database& database, std::string_view uid, const SessionRecord& r) {
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
                reported_passes = max(reported_passes, excluded.reported_passes)
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
int writeDeviceSession(const Database& database, const DeviceRecord& record) {
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

template <typename F>
Status<DatabaseError> inTransaction(sqlite3* db, std::string_view what, F&& body) {
    sql::Transaction tx(db);
    if (!tx.begun()) {
        return Failure{sql::error(tx.beginCode(), what, db)};
    }
    if (const int rc = body(); rc != SQLITE_DONE && rc != SQLITE_OK) {
        return Failure{sql::error(rc, what, db)};
    }
    if (const int rc = tx.commit(); rc != SQLITE_OK) {
        return Failure{sql::error(rc, what, db)};
    }
    return Done{};
}

} // namespace

Status<DatabaseError> Database::saveSession(std::string_view uid, const SessionRecord& record) {
    return inTransaction(m_db, "Could not save the session",
                         [&] { return writeSession(*this, uid, record); });
}

Status<DatabaseError>
Database::saveSessions(std::span<const std::pair<std::string, SessionRecord>> sessions) {
    return inTransaction(m_db, "Could not save the sessions", [&] {
        for (const auto& [uid, record] : sessions) {
            if (const int rc = writeSession(*this, uid, record); rc != SQLITE_DONE) {
                return rc;
            }
        }
        return SQLITE_DONE;
    });
}

Result<SessionRecord, DatabaseError> Database::loadSession(std::string_view uid) const {
    sql::Statement header(m_db, R"sql(
        SELECT id, start, end, goal, family, head_uid, needle_um, outcome, high_pressure_passes,
               zones_pending, reported_passes, device_record_key, device_sequence, device_time,
               time_trusted
        FROM sessions WHERE uid = ?1)sql");
    header.bind(1, uid);
    const int rc = header.step();
    if (rc == SQLITE_DONE) {
        return Failure{DatabaseError{DatabaseErrorCode::NotFound, "No such session."}};
    }
    if (rc != SQLITE_ROW) {
        return Failure{sql::error(rc, "Could not read the session", m_db)};
    }
    SessionRecord r;
    const std::int64_t id = header.columnInt(0);
    r.start = fromSeconds(header.columnInt(1));
    r.end = fromSeconds(header.columnOptionalInt(2));
    const auto goal = goalFromString(header.columnText(3));
    const auto family = deviceFamilyFromString(header.columnText(4));
    if (!goal || !family) {
        return Failure{unreadable("session goal or device")};
    }
    r.goal = *goal;
    r.family = *family;
    r.headId = header.columnText(5);
    r.needleLengthUm = static_cast<int>(header.columnInt(6));
    if (!header.columnIsNull(7)) {
        r.outcome = sessionOutcomeFromString(header.columnText(7));
    }
    r.highPressurePasses = static_cast<int>(header.columnInt(8));
    r.zonesPending = header.columnInt(9) != 0;
    r.reportedPasses = static_cast<int>(header.columnInt(10));
    if (!header.columnIsNull(11)) {
        r.device =
            DeviceOrigin{header.columnText(11), header.columnInt(12),
                         fromSeconds(header.columnOptionalInt(13)), header.columnInt(14) != 0};
    }

    sql::Statement zones(m_db, R"sql(
        SELECT zone, skipped, skip_reason, stopped_for_pressure FROM session_zones
        WHERE session_id = ?1 ORDER BY position)sql");
    zones.bind(1, id);
    while (zones.step() == SQLITE_ROW) {
        const auto zone = zoneFromKey(zones.columnText(0));
        if (!zone) {
            return Failure{unreadable("zone")};
        }
        r.zones.push_back(ZoneRecord{
            *zone, {}, zones.columnInt(1) != 0, zones.columnText(2), zones.columnInt(3) != 0});
    }
    sql::Statement passes(m_db, R"sql(
        SELECT zone, direction, start, duration_ms, source, distance_mm, speed_mm_s,
               mean_pressure_cn, peak_pressure_cn, depth_um
        FROM zone_passes WHERE session_id = ?1 ORDER BY zone, seq)sql");
    passes.bind(1, id);
    while (passes.step() == SQLITE_ROW) {
        const std::string zoneKey = passes.columnText(0);
        const auto zone = zoneFromKey(zoneKey);
        const auto direction = directionFromString(passes.columnText(1));
        auto target = std::find_if(r.zones.begin(), r.zones.end(),
                                   [&](const ZoneRecord& z) { return zone && z.zone == *zone; });
        const bool unassigned = zoneKey.empty(); // a pass whose zone is not known yet
        if (!direction || (!unassigned && (!zone || target == r.zones.end()))) {
            return Failure{unreadable("pass")};
        }
        PassRecord p;
        p.direction = *direction;
        p.start = fromSeconds(passes.columnInt(2));
        p.duration = Seconds(passes.columnInt(3) / 1000);
        p.source = passes.columnText(4) == "device" ? PassSource::Device : PassSource::Manual;
        const auto optionalInt = [&](int column) -> std::optional<int> {
            const auto v = passes.columnOptionalInt(column);
            return v ? std::optional(static_cast<int>(*v)) : std::nullopt;
        };
        p.distanceMm = optionalInt(5);
        p.speedMmPerS = optionalInt(6);
        p.meanPressureCn = optionalInt(7);
        p.peakPressureCn = optionalInt(8);
        p.depthUm = optionalInt(9);
        (unassigned ? r.unassignedPasses : target->passes).push_back(p);
    }
    sql::Statement findings(m_db, R"sql(
        SELECT kind, rule, zone, reason, override_reason FROM session_findings WHERE session_id = ?1
        ORDER BY kind, rule, zone)sql");
    findings.bind(1, id);
    while (findings.step() == SQLITE_ROW) {
        const auto rule = ruleFromKey(findings.columnText(1));
        if (!rule) {
            return Failure{unreadable("rule")};
        }
        Finding f;
        f.rule = *rule;
        f.zone = zoneFromKey(findings.columnText(2));
        f.reason = findings.columnText(3);
        f.overrideReason = findings.columnText(4);
        f.overridden = findings.columnText(0) == "override";
        f.verdict = Verdict::Warn; // acknowledged warnings and overridden blocks alike
        (f.overridden ? r.overrides : r.acknowledged).push_back(std::move(f));
    }
    return r;
}

Result<std::vector<std::string>, DatabaseError> Database::unfinishedSessions() const {
    sql::Statement select(m_db, "SELECT uid FROM sessions WHERE outcome IS NULL ORDER BY start");
    std::vector<std::string> uids;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        uids.push_back(select.columnText(0));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the sessions", m_db)};
    }
    return uids;
}

Result<int, DatabaseError> Database::sessionCount() const {
    sql::Statement count(*this, "SELECT count(*) FROM sessions");
    if (const int rc = count.step(); rc != SQLITE_ROW) {
        return Failure{sql::error(rc, "Could not count the sessions", m_db)};
    }
    return static_cast<int>(count.columnInt(0));
}

Result<std::vector<SessionSummary>, DatabaseError> Database::history(int limit) const {
    // Two queries that need no sort (the index on start, then the zones' primary key): a
    // temporary B-tree would cost locked allocations. Per-zone totals live in session_zones, so
    // this never reads the passes.
    std::vector<SessionSummary> out;
    std::map<std::int64_t, std::size_t> byId;
    {
        sql::Statement sessions(*this, R"sql(
            SELECT id, uid, start, end, goal, family, needle_um, outcome, zones_pending,
                   reported_passes, device_record_key IS NOT NULL FROM sessions
            ORDER BY start DESC, id DESC LIMIT ?1)sql");
        sessions.bind(1, limit);
        int rc = SQLITE_ROW;
        while ((rc = sessions.step()) == SQLITE_ROW) {
            SessionSummary s;
            s.uid = sessions.columnText(1);
            s.start = fromSeconds(sessions.columnInt(2));
            s.end = fromSeconds(sessions.columnOptionalInt(3));
            s.goal = goalFromString(sessions.columnText(4)).value_or(Goal::TextureAndFineLines);
            s.family =
                deviceFamilyFromString(sessions.columnText(5)).value_or(DeviceFamily::PlainRoller);
            s.needleLengthUm = static_cast<int>(sessions.columnInt(6));
            if (!sessions.columnIsNull(7)) {
                s.outcome = sessionOutcomeFromString(sessions.columnText(7));
            }
            s.zonesPending = sessions.columnInt(8) != 0;
            s.totalPasses = static_cast<int>(sessions.columnInt(9)); // raised below by the zones
            s.fromDevice = sessions.columnInt(10) != 0;
            byId.emplace(sessions.columnInt(0), out.size());
            out.push_back(std::move(s));
        }
        if (rc != SQLITE_DONE) {
            return Failure{sql::error(rc, "Could not read the history", m_db)};
        }
    }
    if (out.empty()) {
        return out;
    }
    std::vector<std::vector<std::pair<int, std::pair<Zone, int>>>> zones(out.size());
    sql::Statement select(*this, R"sql(
        SELECT session_id, position, zone, passes FROM session_zones
        WHERE session_id BETWEEN ?1 AND ?2)sql");
    select.bind(1, byId.begin()->first);
    select.bind(2, byId.rbegin()->first);
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const auto it = byId.find(select.columnInt(0));
        if (it == byId.end()) {
            continue; // a session between the first and last id that is not among the newest
        }
        if (const auto zone = zoneFromKey(select.columnText(2))) {
            zones[it->second].push_back({static_cast<int>(select.columnInt(1)),
                                         {*zone, static_cast<int>(select.columnInt(3))}});
        }
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the history", m_db)};
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        std::sort(zones[i].begin(), zones[i].end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        int inZones = 0;
        for (const auto& [position, zonePasses] : zones[i]) {
            out[i].zonePasses.push_back(zonePasses);
            inZones += zonePasses.second;
        }
        out[i].totalPasses = std::max(out[i].totalPasses, inZones);
    }
    return out;
}

Result<std::vector<PastSession>, DatabaseError> Database::guardHistory() const {
    // Fail closed: a row this version cannot read is an error, never a session left out.
    std::map<std::string, std::vector<ReactionEntry>> reactions;
    {
        sql::Statement select(m_db, R"sql(
            SELECT session_uid, zone, logged_at, reaction, healed_at FROM reactions ORDER BY logged_at)sql");
        int rc = SQLITE_ROW;
        while ((rc = select.step()) == SQLITE_ROW) {
            const auto zone = zoneFromKey(select.columnText(1));
            const auto reaction = reactionFromString(select.columnText(3));
            if (!zone || !reaction) {
                return Failure{unreadable("skin reaction")};
            }
            reactions[select.columnText(0)].push_back(
                ReactionEntry{select.columnText(0), *zone, fromSeconds(select.columnInt(2)),
                              *reaction, fromSeconds(select.columnOptionalInt(4))});
        }
        if (rc != SQLITE_DONE) {
            return Failure{sql::error(rc, "Could not read the skin reactions", m_db)};
        }
    }
    sql::Statement select(m_db, R"sql(
        SELECT s.uid, s.start, s.needle_um, s.outcome, s.zones_pending, s.family,
               s.device_record_key IS NOT NULL, s.reported_passes, z.zone, z.passes, z.skipped
        FROM sessions s LEFT JOIN session_zones z ON z.session_id = s.id
        ORDER BY s.start, s.id, z.position)sql");
    std::vector<PastSession> out;
    std::string currentUid;
    // The journal only lengthens intervals: the most serious reaction logged counts, and an
    // infection is healed only once a healed date is logged.
    const auto addZone = [&](const std::string& uid, PastZone z) {
        if (const auto it = reactions.find(uid); it != reactions.end()) {
            for (const auto& entry : it->second) {
                if (entry.zone != z.zone) {
                    continue;
                }
                if (entry.reaction > z.reaction) {
                    z.reaction = entry.reaction;
                    z.healedAt.reset();
                }
                if (entry.reaction == z.reaction && entry.healedAt) {
                    z.healedAt = std::max(z.healedAt.value_or(*entry.healedAt), *entry.healedAt);
                }
            }
        }
        out.back().zones.push_back(z);
    };
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const std::string uid = select.columnText(0);
        const bool pending = select.columnInt(4) != 0;
        const bool fromDevice = select.columnInt(6) != 0;
        if (out.empty() || uid != currentUid) {
            currentUid = uid;
            PastSession p;
            p.start = fromSeconds(select.columnInt(1));
            p.needleLengthUm = static_cast<int>(select.columnInt(2));
            p.outcome = select.columnIsNull(3) ? SessionOutcome::Interrupted
                                               : sessionOutcomeFromString(select.columnText(3))
                                                     .value_or(SessionOutcome::Interrupted);
            out.push_back(std::move(p));
            if (pending) {
                // Not placed yet: it covers every zone its family reaches.
                const auto family = deviceFamilyFromString(select.columnText(5));
                if (!family) {
                    return Failure{unreadable("device family")};
                }
                const int passes = std::max<int>(static_cast<int>(select.columnInt(7)), 1);
                for (const Zone zone : zonesReachableBy(*family)) {
                    addZone(uid, PastZone{zone, passes, Reaction::None, std::nullopt});
                }
            }
        }
        if (pending || select.columnIsNull(8)) {
            continue; // no zone rows (yet)
        }
        const auto zone = zoneFromKey(select.columnText(8));
        if (!zone) {
            return Failure{unreadable("zone")};
        }
        int passes = static_cast<int>(select.columnInt(9));
        if (fromDevice && passes == 0 && select.columnInt(10) == 0) {
            passes = 1; // a zone the user named for a device session was needled
        }
        addZone(uid, PastZone{*zone, passes, Reaction::None, std::nullopt});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the history", m_db)};
    }
    return out;
}

Result<std::vector<PendingDeviceSession>, DatabaseError> Database::pendingDeviceSessions() const {
    sql::Statement select(m_db, R"sql(
        SELECT uid, start, time_trusted, family, needle_um, reported_passes FROM sessions
        WHERE zones_pending = 1 ORDER BY start, id)sql");
    std::vector<PendingDeviceSession> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        const auto family = deviceFamilyFromString(select.columnText(3));
        if (!family) {
            return Failure{unreadable("device family")};
        }
        out.push_back(PendingDeviceSession{
            select.columnText(0), fromSeconds(select.columnInt(1)), select.columnInt(2) != 0,
            *family, static_cast<int>(select.columnInt(4)), static_cast<int>(select.columnInt(5)),
            zonesReachableBy(*family)});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the device sessions", m_db)};
    }
    return out;
}

Status<DatabaseError> Database::placeDeviceSession(std::string_view uid,
                                                   std::span<const Zone> zones) {
    std::int64_t id = 0;
    int passes = 0;
    std::vector<Zone> reachable;
    {
        sql::Statement select(m_db, R"sql(
            SELECT id, zones_pending, family, reported_passes FROM sessions WHERE uid = ?1)sql");
        select.bind(1, uid);
        const int rc = select.step();
        if (rc == SQLITE_DONE) {
            return Failure{DatabaseError{DatabaseErrorCode::NotFound, "No such session."}};
        }
        if (rc != SQLITE_ROW) {
            return Failure{sql::error(rc, "Could not read the session", m_db)};
        }
        if (select.columnInt(1) == 0) {
            return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                         "This session's zones are already recorded."}};
        }
        const auto family = deviceFamilyFromString(select.columnText(2));
        if (!family) {
            return Failure{unreadable("device family")};
        }
        id = select.columnInt(0);
        passes = static_cast<int>(select.columnInt(3));
        reachable = zonesReachableBy(*family);
    }
    std::vector<Zone> named;
    for (const Zone zone : zones) {
        if (std::find(reachable.begin(), reachable.end(), zone) == reachable.end()) {
            return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                         std::string(zoneInfo(zone).displayName) +
                                             " is not a zone this device needles."}};
        }
        if (std::find(named.begin(), named.end(), zone) == named.end()) {
            named.push_back(zone);
        }
    }
    if (named.empty()) {
        return Failure{DatabaseError{DatabaseErrorCode::InvalidArgument,
                                     "Name at least one zone; to leave them all closed, skip."}};
    }
    return inTransaction(m_db, "Could not save the zones", [&] {
        // The device does not say which pass went where: the passes are shared out in order,
        // and every named zone counts as needled.
        sql::Statement insert(m_db, R"sql(
            INSERT INTO session_zones (session_id, zone, position, passes) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (session_id, zone) DO NOTHING)sql");
        const int count = static_cast<int>(named.size());
        for (int i = 0; i < count; ++i) {
            insert.bind(1, id);
            insert.bind(2, zoneInfo(named[static_cast<std::size_t>(i)]).key);
            insert.bind(3, i);
            insert.bind(4, std::max(passes / count + (i < passes % count ? 1 : 0), 1));
            if (const int rc = insert.step(); rc != SQLITE_DONE) {
                return rc;
            }
            insert.reset();
        }
        sql::Statement done(m_db, "UPDATE sessions SET zones_pending = 0 WHERE id = ?1");
        done.bind(1, id);
        return done.step();
    });
}

Status<DatabaseError> Database::saveAnswer(const Answer& a) {
    return inTransaction(m_db, "Could not save the answer", [&] {
        sql::Statement insert(m_db, R"sql(
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

Result<std::vector<Answer>, DatabaseError> Database::answers() const {
    sql::Statement select(
        m_db, "SELECT question, answered_at, yes, since, zones FROM answers ORDER BY answered_at");
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
        return Failure{sql::error(rc, "Could not read the answers", m_db)};
    }
    return out;
}

Status<DatabaseError> Database::logReaction(const ReactionEntry& e) {
    return inTransaction(m_db, "Could not save the skin reaction", [&] {
        sql::Statement insert(m_db, R"sql(
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

Status<DatabaseError> Database::saveHead(const StoredHead& s) {
    return inTransaction(m_db, "Could not save the head", [&] {
        sql::Statement insert(m_db, R"sql(
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

Result<std::vector<StoredHead>, DatabaseError> Database::heads() const {
    sql::Statement select(m_db, R"sql(
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
        return Failure{sql::error(rc, "Could not read the heads", m_db)};
    }
    return out;
}

Result<int, DatabaseError> Database::storeDeviceRecords(std::span<const DeviceRecord> records) {
    int added = 0;
    auto status = inTransaction(m_db, "Could not save the device's records", [&] {
        sql::Statement insert(m_db, R"sql(
            INSERT INTO device_records (device_uid, sequence, received_at, payload)
            VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING)sql");
        for (const auto& r : records) {
            insert.bind(1, std::string_view(r.deviceUid));
            insert.bind(2, r.sequence);
            insert.bind(3, seconds(r.receivedAt));
            insert.bind(4, std::span<const std::uint8_t>(r.payload));
            if (const int rc = insert.step(); rc != SQLITE_DONE) {
                return rc;
            }
            const int isNew = sqlite3_changes(m_db);
            insert.reset();
            if (isNew == 0) {
                continue; // held already, with its session
            }
            ++added;
            if (const int rc = writeDeviceSession(*this, r); rc != SQLITE_DONE) {
                return rc;
            }
        }
        return SQLITE_DONE;
    });
    if (!status) {
        return Failure{status.error()};
    }
    return added;
}

Result<std::int64_t, DatabaseError> Database::lastDeviceSequence(std::string_view deviceUid) const {
    sql::Statement select(
        m_db, "SELECT coalesce(max(sequence), 0) FROM device_records WHERE device_uid = ?1");
    select.bind(1, deviceUid);
    if (const int rc = select.step(); rc != SQLITE_ROW) {
        return Failure{sql::error(rc, "Could not read the device's records", m_db)};
    }
    return select.columnInt(0);
}

Status<DatabaseError> Database::saveReminder(const Reminder& r) {
    return inTransaction(m_db, "Could not save the reminder", [&] {
        sql::Statement insert(m_db, R"sql(
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

Result<std::vector<Reminder>, DatabaseError> Database::reminders() const {
    sql::Statement select(
        m_db, "SELECT uid, kind, due, zone, snoozed_until, done_at FROM reminders ORDER BY due");
    std::vector<Reminder> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        out.push_back(Reminder{select.columnText(0), select.columnText(1),
                               fromSeconds(select.columnInt(2)), zoneFromKey(select.columnText(3)),
                               fromSeconds(select.columnOptionalInt(4)),
                               fromSeconds(select.columnOptionalInt(5))});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the reminders", m_db)};
    }
    return out;
}

Status<DatabaseError> Database::setSetting(std::string_view key, std::string_view value) {
    return inTransaction(m_db, "Could not save the setting", [&] {
        sql::Statement insert(m_db, R"sql(
            INSERT INTO settings (key, value) VALUES (?1, ?2)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value)sql");
        insert.bind(1, key);
        insert.bind(2, value);
        return insert.step();
    });
}

Result<std::optional<std::string>, DatabaseError> Database::setting(std::string_view key) const {
    sql::Statement select(m_db, "SELECT value FROM settings WHERE key = ?1");
    select.bind(1, key);
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return std::optional(select.columnText(0));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the settings", m_db)};
    }
    return std::optional<std::string>();
}

Status<DatabaseError> Database::noteClock(TimePoint seen) {
    return inTransaction(m_db, "Could not save the clock mark", [&] {
        sql::Statement upsert(m_db, R"sql(
            INSERT INTO meta (key, value) VALUES ('clock_high_water', ?1)
            ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)))sql");
        upsert.bind(1, std::to_string(seconds(seen)));
        return upsert.step();
    });
}

Result<std::optional<TimePoint>, DatabaseError> Database::clockHighWater() const {
    sql::Statement select(m_db,
                          "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'clock_high_water'");
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return std::optional(fromSeconds(select.columnInt(0)));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the clock mark", m_db)};
    }
    return std::optional<TimePoint>();
}

namespace detail {

int convertDeviceRecords(const Database& database) {
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

} // namespace detail

} // namespace rollwise
