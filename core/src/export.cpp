// The plain-text exports (CSV and JSON) the user asks for explicitly: the only files Rollwise
// writes unencrypted.
#include "atomic_file.h"
#include "database_files.h"
#include "sqlite_support.h"

#include <rollwise/core/backup_store.h>
#include <rollwise/core/database.h>

#include <cstdio>

namespace rollwise {
namespace {

std::string escapeJson(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
    return out;
}

// "0.5 mm" -> "0.5"
std::string millimetres(int micrometres) {
    std::string text = formatMillimetres(micrometres);
    return text.substr(0, text.size() - 3);
}

std::string optionalNumber(const std::optional<int>& v) {
    return v ? std::to_string(*v) : std::string();
}
std::string jsonNumber(const std::optional<int>& v) {
    return v ? std::to_string(*v) : "null";
}
std::string jsonTime(const std::optional<TimePoint>& t) {
    return t ? escapeJson(formatIso(*t)) : "null";
}

// One CSV row's pass fields (the zone part comes before): seq, direction, start, duration, ...
std::string csvPass(int seq, const PassRecord& p) {
    return std::to_string(seq) + "," + std::string(toString(p.direction)) + "," +
           formatIso(p.start) + "," + std::to_string(p.duration.count()) + "," +
           (p.source == PassSource::Device ? "device" : "manual") + "," +
           optionalNumber(p.distanceMm) + "," + optionalNumber(p.speedMmPerS) + "," +
           optionalNumber(p.meanPressureCn) + "," + optionalNumber(p.peakPressureCn) + "," +
           optionalNumber(p.depthUm) + "\n";
}

// The passes as JSON objects, comma-separated (the brackets come around them).
std::string jsonPasses(const std::vector<PassRecord>& passes) {
    std::string out;
    for (std::size_t i = 0; i < passes.size(); ++i) {
        const auto& p = passes[i];
        out += (i ? ", " : "") + std::string("{\"direction\": ") +
               escapeJson(toString(p.direction)) +
               ", \"start\": " + escapeJson(formatIso(p.start)) +
               ", \"durationS\": " + std::to_string(p.duration.count()) +
               ", \"source\": " + (p.source == PassSource::Device ? "\"device\"" : "\"manual\"") +
               ", \"distanceMm\": " + jsonNumber(p.distanceMm) +
               ", \"speedMmPerS\": " + jsonNumber(p.speedMmPerS) +
               ", \"meanPressureCn\": " + jsonNumber(p.meanPressureCn) +
               ", \"peakPressureCn\": " + jsonNumber(p.peakPressureCn) +
               ", \"depthUm\": " + jsonNumber(p.depthUm) + "}";
    }
    return out;
}

} // namespace

Status<DatabaseError> BackupStore::exportCsv(const std::filesystem::path& file) const {
    if (auto refused = detail::refuseDatabaseFile(m_connection->path(), file, "The export file")) {
        return Failure{*refused};
    }
    const SessionStore sessions(*m_connection);
    std::string out =
        "session_uid,session_start,goal,device,needle_mm,outcome,zone,zone_skipped,pass,"
        "direction,pass_start,duration_s,source,distance_mm,speed_mm_s,mean_pressure_cn,"
        "peak_pressure_cn,depth_um\n";
    sql::Statement uids(m_connection->handle(), "SELECT uid FROM sessions ORDER BY start, id");
    std::vector<std::string> all;
    while (uids.step() == SQLITE_ROW) {
        all.push_back(uids.columnText(0));
    }
    for (const auto& uid : all) {
        auto session = sessions.load(uid);
        if (!session) {
            return Failure{session.error()};
        }
        const SessionRecord& r = session.value();
        const std::string prefix =
            uid + "," + formatIso(r.start) + "," + std::string(toString(r.goal)) + "," +
            std::string(toString(r.family)) + "," + millimetres(r.needleLengthUm) + "," +
            std::string(r.outcome ? toString(*r.outcome) : "unfinished") + ",";
        for (const auto& z : r.zones) {
            const std::string zonePart =
                prefix + std::string(zoneInfo(z.zone).key) + "," + (z.skipped ? "yes" : "no") + ",";
            if (z.passes.empty()) {
                out += zonePart + ",,,,,,,,,\n";
            }
            int seq = 1;
            for (const auto& p : z.passes) {
                out += zonePart + csvPass(seq++, p);
            }
        }
        if (r.zonesPending) {
            // A device session not placed yet: its passes are on no zone ("unplaced").
            const std::string zonePart = prefix + "unplaced,no,";
            if (r.unassignedPasses.empty()) {
                out += zonePart + ",,,,,,,,,\n";
            }
            int seq = 1;
            for (const auto& p : r.unassignedPasses) {
                out += zonePart + csvPass(seq++, p);
            }
        }
    }
    return detail::writeFileAtomically(file, out);
}

Status<DatabaseError> BackupStore::exportJson(const std::filesystem::path& file) const {
    if (auto refused = detail::refuseDatabaseFile(m_connection->path(), file, "The export file")) {
        return Failure{*refused};
    }
    const SessionStore sessions(*m_connection);
    std::string out = "{\n  \"format\": \"rollwise-export\",\n  \"version\": 1,\n  \"sessions\": [";
    sql::Statement uids(m_connection->handle(), "SELECT uid FROM sessions ORDER BY start, id");
    std::vector<std::string> all;
    while (uids.step() == SQLITE_ROW) {
        all.push_back(uids.columnText(0));
    }
    bool firstSession = true;
    for (const auto& uid : all) {
        auto session = sessions.load(uid);
        if (!session) {
            return Failure{session.error()};
        }
        const SessionRecord& r = session.value();
        out += firstSession ? "\n" : ",\n";
        firstSession = false;
        out += "    {\"uid\": " + escapeJson(uid) +
               ", \"start\": " + escapeJson(formatIso(r.start)) + ", \"end\": " + jsonTime(r.end) +
               ", \"goal\": " + escapeJson(toString(r.goal)) +
               ", \"device\": " + escapeJson(toString(r.family)) +
               ", \"head\": " + escapeJson(r.headId) +
               ", \"needleUm\": " + std::to_string(r.needleLengthUm) +
               ", \"outcome\": " + (r.outcome ? escapeJson(toString(*r.outcome)) : "null") +
               ", \"zones\": [";
        for (std::size_t zi = 0; zi < r.zones.size(); ++zi) {
            const auto& z = r.zones[zi];
            out += (zi ? ", " : "") + std::string("{\"zone\": ") +
                   escapeJson(zoneInfo(z.zone).key) +
                   ", \"skipped\": " + (z.skipped ? "true" : "false") +
                   ", \"skipReason\": " + escapeJson(z.skipReason) +
                   ", \"stoppedForPressure\": " + (z.stoppedForPressure ? "true" : "false") +
                   ", \"passes\": [";
            out += jsonPasses(z.passes);
            out += "]}";
        }
        out += "]";
        if (r.zonesPending || !r.unassignedPasses.empty() || r.reportedPasses > 0) {
            // A device session: whether it is placed, what the device counted, and the passes
            // whose zone is not known.
            out += ", \"zonesPending\": " + std::string(r.zonesPending ? "true" : "false") +
                   ", \"reportedPasses\": " + std::to_string(r.reportedPasses) +
                   ", \"unplacedPasses\": [";
            out += jsonPasses(r.unassignedPasses);
            out += "]";
        }
        out += "}";
    }
    out += "\n  ],\n  \"answers\": [";
    auto answerList = AnswerStore(*m_connection).all();
    if (!answerList) {
        return Failure{answerList.error()};
    }
    for (std::size_t i = 0; i < answerList.value().size(); ++i) {
        const auto& a = answerList.value()[i];
        out += (i ? ",\n    " : "\n    ") + std::string("{\"question\": ") +
               escapeJson(questionInfo(a.question).key) +
               ", \"yes\": " + (a.yes ? "true" : "false") +
               ", \"answeredAt\": " + escapeJson(formatIso(a.answeredAt)) +
               ", \"since\": " + jsonTime(a.since) + "}";
    }
    out += "\n  ],\n  \"reactions\": [";
    sql::Statement reactions(m_connection->handle(),
                             "SELECT session_uid, zone, logged_at, reaction, healed_at FROM "
                             "reactions ORDER BY logged_at");
    bool firstReaction = true;
    while (reactions.step() == SQLITE_ROW) {
        out += firstReaction ? "\n    " : ",\n    ";
        firstReaction = false;
        const auto healed = reactions.columnOptionalInt(4);
        out += "{\"session\": " + escapeJson(reactions.columnText(0)) +
               ", \"zone\": " + escapeJson(reactions.columnText(1)) + ", \"loggedAt\": " +
               escapeJson(formatIso(TimePoint(Seconds(reactions.columnInt(2))))) +
               ", \"reaction\": " + escapeJson(reactions.columnText(3)) + ", \"healedAt\": " +
               (healed ? escapeJson(formatIso(TimePoint(Seconds(*healed)))) : "null") + "}";
    }
    out += "\n  ]\n}\n";
    return detail::writeFileAtomically(file, out);
}

} // namespace rollwise
