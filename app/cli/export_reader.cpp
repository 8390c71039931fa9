#include "export_reader.h"

#include <rollwise/platform/text.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <cmath>
#include <map>

namespace rollwise::cli {
namespace {

constexpr std::string_view kCsvHeader =
    "session_uid,session_start,goal,device,needle_mm,outcome,zone,zone_skipped,pass,direction,"
    "pass_start,duration_s,source,distance_mm,speed_mm_s,mean_pressure_cn,peak_pressure_cn,"
    "depth_um";

struct Bad {
    QString message;
};

std::string text(const QString& s) {
    return s.toStdString();
}

std::optional<PassSource> sourceFromString(std::string_view value) {
    if (value == "device") {
        return PassSource::Device;
    }
    if (value == "manual") {
        return PassSource::Manual;
    }
    return std::nullopt;
}

template <typename T> T need(std::optional<T> value, const QString& where) {
    if (!value) {
        throw Bad{where + QStringLiteral(": not a value Rollwise writes")};
    }
    return *value;
}

// ---- CSV ----

std::optional<int> csvInt(const QString& field) {
    if (field.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = field.toInt(&ok);
    if (!ok) {
        throw Bad{QStringLiteral("not a whole number")};
    }
    return value;
}

// The pass fields of one CSV row (fields 9 - 17).
PassRecord csvPass(const QStringList& f) {
    PassRecord p;
    p.direction = need(directionFromString(text(f[9])), QStringLiteral("direction"));
    p.start = need(parseIso(text(f[10])), QStringLiteral("pass_start"));
    p.duration = Seconds(csvInt(f[11]).value_or(0));
    p.source = need(sourceFromString(text(f[12])), QStringLiteral("source"));
    p.distanceMm = csvInt(f[13]);
    p.speedMmPerS = csvInt(f[14]);
    p.meanPressureCn = csvInt(f[15]);
    p.peakPressureCn = csvInt(f[16]);
    p.depthUm = csvInt(f[17]);
    return p;
}

ExportContents parseCsv(const std::string& content) {
    const QStringList lines = platform::toQString(content).split(QLatin1Char('\n'));
    if (lines.isEmpty() || text(lines.first()) != kCsvHeader) {
        throw Bad{QStringLiteral("line 1: not the header of a Rollwise CSV export")};
    }
    ExportContents contents;
    std::map<std::string, std::size_t> sessionIndex;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.isEmpty()) {
            continue;
        }
        const QString where = QStringLiteral("line %1").arg(i + 1);
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 18) {
            throw Bad{where + QStringLiteral(": expected 18 fields, found %1").arg(f.size())};
        }
        try {
            const std::string uid = text(f[0]);
            if (uid.empty()) {
                throw Bad{QStringLiteral("session_uid is empty")};
            }
            auto [it, isNew] = sessionIndex.try_emplace(uid, contents.sessions.size());
            if (isNew) {
                SessionRecord r;
                r.start = need(parseIso(text(f[1])), QStringLiteral("session_start"));
                r.goal = need(goalFromString(text(f[2])), QStringLiteral("goal"));
                r.family = need(deviceFamilyFromString(text(f[3])), QStringLiteral("device"));
                bool ok = false;
                const double mm = f[4].toDouble(&ok);
                if (!ok) {
                    throw Bad{QStringLiteral("needle_mm: not a number")};
                }
                r.needleLengthUm = static_cast<int>(std::lround(mm * 1000.0));
                if (f[5] != QStringLiteral("unfinished")) {
                    r.outcome =
                        need(sessionOutcomeFromString(text(f[5])), QStringLiteral("outcome"));
                }
                contents.sessions.emplace_back(uid, std::move(r));
            }
            SessionRecord& r = contents.sessions[it->second].second;
            if (f[6] == QStringLiteral("unplaced")) {
                // A device session not placed yet: it keeps covering every zone it reaches.
                r.zonesPending = true;
                r.reportedPasses = std::max(r.reportedPasses, 1);
                if (f[8].isEmpty()) {
                    continue;
                }
                r.unassignedPasses.push_back(csvPass(f));
                r.reportedPasses =
                    std::max(r.reportedPasses, static_cast<int>(r.unassignedPasses.size()));
                continue;
            }
            const Zone zone = need(zoneFromKey(text(f[6])), QStringLiteral("zone"));
            if (r.zones.empty() || r.zones.back().zone != zone) {
                ZoneRecord z;
                z.zone = zone;
                z.skipped = f[7] == QStringLiteral("yes");
                r.zones.push_back(std::move(z));
            }
            if (f[8].isEmpty()) {
                continue; // a zone without passes
            }
            r.zones.back().passes.push_back(csvPass(f));
        } catch (const Bad& bad) {
            throw Bad{where + QStringLiteral(": ") + bad.message};
        }
    }
    return contents;
}

// ---- JSON ----

class Reader {
public:
    Reader(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path)) {}
    [[nodiscard]] QString at(const char* key) const {
        return m_path + QLatin1Char('.') + QLatin1String(key);
    }
    [[nodiscard]] std::string string(const char* key) const {
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isString()) {
            throw Bad{at(key) + QStringLiteral(": expected a string")};
        }
        return text(value.toString());
    }
    [[nodiscard]] std::optional<std::string> optionalString(const char* key) const {
        if (m_object.value(QLatin1String(key)).isNull()) {
            return std::nullopt;
        }
        return string(key);
    }
    [[nodiscard]] TimePoint time(const char* key) const {
        return need(parseIso(string(key)), at(key));
    }
    [[nodiscard]] std::optional<TimePoint> optionalTime(const char* key) const {
        const auto value = optionalString(key);
        if (!value) {
            return std::nullopt;
        }
        return need(parseIso(*value), at(key));
    }
    // Absent: nullopt (keys added to the format later are optional).
    [[nodiscard]] std::optional<bool> optionalBoolean(const char* key) const {
        if (m_object.value(QLatin1String(key)).isUndefined()) {
            return std::nullopt;
        }
        return boolean(key);
    }
    [[nodiscard]] bool boolean(const char* key) const {
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isBool()) {
            throw Bad{at(key) + QStringLiteral(": expected true or false")};
        }
        return value.toBool();
    }
    [[nodiscard]] std::optional<int> optionalInt(const char* key) const {
        const auto value = m_object.value(QLatin1String(key));
        if (value.isNull()) {
            return std::nullopt;
        }
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())) {
            throw Bad{at(key) + QStringLiteral(": expected a whole number")};
        }
        return value.toInt();
    }
    [[nodiscard]] int integer(const char* key) const { return need(optionalInt(key), at(key)); }
    [[nodiscard]] std::vector<Reader> array(const char* key) const {
        const auto value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            throw Bad{at(key) + QStringLiteral(": expected an array")};
        }
        std::vector<Reader> items;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(key) + QStringLiteral("[%1]").arg(i);
            if (!list.at(i).isObject()) {
                throw Bad{path + QStringLiteral(": expected an object")};
            }
            items.emplace_back(list.at(i).toObject(), path);
        }
        return items;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

PassRecord jsonPass(const Reader& p) {
    PassRecord pass;
    pass.direction = need(directionFromString(p.string("direction")), p.at("direction"));
    pass.start = p.time("start");
    pass.duration = Seconds(p.integer("durationS"));
    pass.source = need(sourceFromString(p.string("source")), p.at("source"));
    pass.distanceMm = p.optionalInt("distanceMm");
    pass.speedMmPerS = p.optionalInt("speedMmPerS");
    pass.meanPressureCn = p.optionalInt("meanPressureCn");
    pass.peakPressureCn = p.optionalInt("peakPressureCn");
    pass.depthUm = p.optionalInt("depthUm");
    return pass;
}

ExportContents parseJson(const std::string& content) {
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(
        QByteArray(content.data(), static_cast<qsizetype>(content.size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw Bad{QStringLiteral("not valid JSON at character %1").arg(error.offset)};
    }
    const Reader root(document.object(), QStringLiteral("$"));
    if (root.string("format") != "rollwise-export") {
        throw Bad{root.at("format") + QStringLiteral(": not a Rollwise export")};
    }
    if (root.integer("version") != 1) {
        throw Bad{root.at("version") +
                  QStringLiteral(": written by a newer Rollwise; update it to import this")};
    }
    ExportContents contents;
    for (const auto& s : root.array("sessions")) {
        SessionRecord r;
        const std::string uid = s.string("uid");
        if (uid.empty()) {
            throw Bad{s.at("uid") + QStringLiteral(": empty")};
        }
        r.start = s.time("start");
        r.end = s.optionalTime("end");
        r.goal = need(goalFromString(s.string("goal")), s.at("goal"));
        r.family = need(deviceFamilyFromString(s.string("device")), s.at("device"));
        r.headId = s.string("head");
        r.needleLengthUm = s.integer("needleUm");
        if (const auto outcome = s.optionalString("outcome")) {
            r.outcome = need(sessionOutcomeFromString(*outcome), s.at("outcome"));
        }
        if (const auto pending = s.optionalBoolean("zonesPending")) {
            r.zonesPending = *pending;
            r.reportedPasses = s.integer("reportedPasses");
            if (r.reportedPasses < 0) {
                throw Bad{s.at("reportedPasses") + QStringLiteral(": must not be negative")};
            }
            for (const auto& p : s.array("unplacedPasses")) {
                r.unassignedPasses.push_back(jsonPass(p));
            }
        }
        for (const auto& z : s.array("zones")) {
            ZoneRecord zone;
            zone.zone = need(zoneFromKey(z.string("zone")), z.at("zone"));
            zone.skipped = z.boolean("skipped");
            zone.skipReason = z.string("skipReason");
            zone.stoppedForPressure = z.boolean("stoppedForPressure");
            for (const auto& p : z.array("passes")) {
                zone.passes.push_back(jsonPass(p));
            }
            r.zones.push_back(std::move(zone));
        }
        contents.sessions.emplace_back(uid, std::move(r));
    }
    for (const auto& a : root.array("answers")) {
        Answer answer;
        answer.question = need(questionFromKey(a.string("question")), a.at("question"));
        answer.yes = a.boolean("yes");
        answer.answeredAt = a.time("answeredAt");
        answer.since = a.optionalTime("since");
        contents.answers.push_back(std::move(answer));
    }
    for (const auto& e : root.array("reactions")) {
        ReactionEntry entry;
        entry.sessionUid = e.string("session");
        entry.zone = need(zoneFromKey(e.string("zone")), e.at("zone"));
        entry.loggedAt = e.time("loggedAt");
        entry.reaction = need(reactionFromString(e.string("reaction")), e.at("reaction"));
        entry.healedAt = e.optionalTime("healedAt");
        contents.reactions.push_back(std::move(entry));
    }
    return contents;
}

} // namespace

Result<ExportContents, ExportReadError> readCsvExport(const std::string& content) {
    try {
        return parseCsv(content);
    } catch (const Bad& bad) {
        return Failure{ExportReadError{bad.message}};
    }
}

Result<ExportContents, ExportReadError> readJsonExport(const std::string& content) {
    try {
        return parseJson(content);
    } catch (const Bad& bad) {
        return Failure{ExportReadError{bad.message}};
    }
}

} // namespace rollwise::cli
