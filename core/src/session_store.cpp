// The journal's sessions: saved, read back, listed, placed.
#include "session_writer.h"
#include "store_support.h"

#include <rollwise/core/session_store.h>

#include <algorithm>
#include <map>

namespace rollwise {

using detail::fromSeconds;
using detail::inTransaction;
using detail::seconds;
using detail::unreadable;

using detail::parseZoneList;
using detail::zoneList;

Status<DatabaseError> SessionStore::save(std::string_view uid, const SessionRecord& record) {
    return inTransaction(m_connection->handle(), "Could not save the session",
                         [&] { return detail::writeSession(*m_connection, uid, record); });
}

Status<DatabaseError>
SessionStore::saveAll(std::span<const std::pair<std::string, SessionRecord>> sessions) {
    return inTransaction(m_connection->handle(), "Could not save the sessions", [&] {
        for (const auto& [uid, record] : sessions) {
            if (const int rc = detail::writeSession(*m_connection, uid, record);
                rc != SQLITE_DONE) {
                return rc;
            }
        }
        return SQLITE_DONE;
    });
}

Result<SessionRecord, DatabaseError> SessionStore::load(std::string_view uid) const {
    sql::Statement header(m_connection->handle(), R"sql(
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
        return Failure{sql::error(rc, "Could not read the session", m_connection->handle())};
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

    sql::Statement zones(m_connection->handle(), R"sql(
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
    sql::Statement passes(m_connection->handle(), R"sql(
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
    sql::Statement findings(m_connection->handle(), R"sql(
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

Result<std::vector<std::string>, DatabaseError> SessionStore::unfinished() const {
    sql::Statement select(m_connection->handle(),
                          "SELECT uid FROM sessions WHERE outcome IS NULL ORDER BY start");
    std::vector<std::string> uids;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        uids.push_back(select.columnText(0));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the sessions", m_connection->handle())};
    }
    return uids;
}

Result<int, DatabaseError> SessionStore::count() const {
    sql::Statement count(*m_connection, "SELECT count(*) FROM sessions");
    if (const int rc = count.step(); rc != SQLITE_ROW) {
        return Failure{sql::error(rc, "Could not count the sessions", m_connection->handle())};
    }
    return static_cast<int>(count.columnInt(0));
}

Result<std::vector<SessionSummary>, DatabaseError> SessionStore::history(int limit) const {
    return historyPage(std::nullopt, limit);
}

Result<std::vector<SessionSummary>, DatabaseError>
SessionStore::historyPage(const std::optional<HistoryCursor>& after, int limit) const {
    // Two queries that need no sort (the index on start, then the zones' primary key): a
    // temporary B-tree would cost locked allocations. Per-zone totals live in session_zones, so
    // this never reads the passes.
    std::vector<SessionSummary> out;
    std::map<std::int64_t, std::size_t> byId;
    {
        // The row value (start, id) walks the index on start (which holds id) from the cursor.
        sql::Statement sessions(*m_connection, after ? std::string_view(R"sql(
            SELECT id, uid, start, end, goal, family, needle_um, outcome, zones_pending,
                   reported_passes, device_record_key IS NOT NULL FROM sessions
            WHERE (start, id) < (?2, ?3) ORDER BY start DESC, id DESC LIMIT ?1)sql")
                                                     : std::string_view(R"sql(
            SELECT id, uid, start, end, goal, family, needle_um, outcome, zones_pending,
                   reported_passes, device_record_key IS NOT NULL FROM sessions
            ORDER BY start DESC, id DESC LIMIT ?1)sql"));
        sessions.bind(1, limit);
        if (after) {
            sessions.bind(2, seconds(after->start));
            sessions.bind(3, after->order);
        }
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
            s.order = sessions.columnInt(0);
            byId.emplace(sessions.columnInt(0), out.size());
            out.push_back(std::move(s));
        }
        if (rc != SQLITE_DONE) {
            return Failure{sql::error(rc, "Could not read the history", m_connection->handle())};
        }
    }
    if (out.empty()) {
        return out;
    }
    std::vector<std::vector<std::pair<int, std::pair<Zone, int>>>> zones(out.size());
    sql::Statement select(*m_connection, R"sql(
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
        return Failure{sql::error(rc, "Could not read the history", m_connection->handle())};
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

Result<std::vector<ZoneSessionEntry>, DatabaseError> SessionStore::zoneHistory(Zone zone,
                                                                               int limit) const {
    sql::Statement select(*m_connection, R"sql(
        SELECT s.uid, s.start, s.needle_um, z.passes FROM sessions s
        JOIN session_zones z ON z.session_id = s.id AND z.zone = ?1
        WHERE z.passes > 0 ORDER BY s.start DESC, s.id DESC LIMIT ?2)sql");
    select.bind(1, zoneInfo(zone).key);
    select.bind(2, limit);
    std::vector<ZoneSessionEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        out.push_back(ZoneSessionEntry{select.columnText(0), fromSeconds(select.columnInt(1)),
                                       static_cast<int>(select.columnInt(2)),
                                       static_cast<int>(select.columnInt(3))});
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the history", m_connection->handle())};
    }
    return out;
}

Result<std::vector<TimePoint>, DatabaseError> SessionStore::startsBetween(TimePoint from,
                                                                          TimePoint to) const {
    sql::Statement select(*m_connection, R"sql(
        SELECT start FROM sessions WHERE start >= ?1 AND start < ?2 ORDER BY start)sql");
    select.bind(1, seconds(from));
    select.bind(2, seconds(to));
    std::vector<TimePoint> out;
    int rc = SQLITE_ROW;
    while ((rc = select.step()) == SQLITE_ROW) {
        out.push_back(fromSeconds(select.columnInt(0)));
    }
    if (rc != SQLITE_DONE) {
        return Failure{sql::error(rc, "Could not read the history", m_connection->handle())};
    }
    return out;
}

Result<std::vector<PastSession>, DatabaseError> SessionStore::guardHistory() const {
    // Fail closed: a row this version cannot read is an error, never a session left out.
    std::map<std::string, std::vector<ReactionEntry>> reactions;
    {
        sql::Statement select(m_connection->handle(), R"sql(
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
            return Failure{
                sql::error(rc, "Could not read the skin reactions", m_connection->handle())};
        }
    }
    sql::Statement select(m_connection->handle(), R"sql(
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
        return Failure{sql::error(rc, "Could not read the history", m_connection->handle())};
    }
    return out;
}

Result<std::vector<PendingDeviceSession>, DatabaseError>
SessionStore::pendingDeviceSessions() const {
    sql::Statement select(m_connection->handle(), R"sql(
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
        return Failure{
            sql::error(rc, "Could not read the device sessions", m_connection->handle())};
    }
    return out;
}

Status<DatabaseError> SessionStore::placeDeviceSession(std::string_view uid,
                                                       std::span<const Zone> zones) {
    std::int64_t id = 0;
    int passes = 0;
    std::vector<Zone> reachable;
    {
        sql::Statement select(m_connection->handle(), R"sql(
            SELECT id, zones_pending, family, reported_passes FROM sessions WHERE uid = ?1)sql");
        select.bind(1, uid);
        const int rc = select.step();
        if (rc == SQLITE_DONE) {
            return Failure{DatabaseError{DatabaseErrorCode::NotFound, "No such session."}};
        }
        if (rc != SQLITE_ROW) {
            return Failure{sql::error(rc, "Could not read the session", m_connection->handle())};
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
    return inTransaction(m_connection->handle(), "Could not save the zones", [&] {
        // The device does not say which pass went where: the passes are shared out in order,
        // and every named zone counts as needled.
        sql::Statement insert(m_connection->handle(), R"sql(
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
        sql::Statement done(m_connection->handle(),
                            "UPDATE sessions SET zones_pending = 0 WHERE id = ?1");
        done.bind(1, id);
        return done.step();
    });
}

} // namespace rollwise
