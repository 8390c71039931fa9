#include "guard_json.h"

#include <rollwise/core/plan.h>
#include <rollwise/platform/text.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>
#include <functional>
#include <guard_text.h>
#include <localizer.h>
#include <session_text.h>

namespace rollwise::cli {
namespace {

// Thrown inside the parser only; turned into an InputError at the boundary.
struct ParseFailure {
    QString message;
};

[[noreturn]] void fail(const QString& path, const QString& what) {
    throw ParseFailure{path + QStringLiteral(": ") + what};
}

class Object {
public:
    Object(const QJsonValue& value, QString path)
        : m_path(std::move(path)) {
        if (!value.isObject()) {
            fail(m_path, QStringLiteral("expected an object"));
        }
        m_object = value.toObject();
    }
    // Call last: every key must have been read.
    void noOtherKeys(const QStringList& known) const {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key())) {
                fail(m_path, QStringLiteral("unknown key '%1' (known: %2)")
                                 .arg(it.key(), known.join(QStringLiteral(", "))));
            }
        }
    }
    [[nodiscard]] bool has(const QString& key) const {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }
    [[nodiscard]] QString path(const QString& key) const {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    [[nodiscard]] QJsonValue value(const QString& key) const { return m_object.value(key); }

    [[nodiscard]] QString string(const QString& key) const {
        const auto v = value(key);
        if (!v.isString()) {
            fail(path(key),
                 has(key) ? QStringLiteral("expected a string") : QStringLiteral("missing"));
        }
        return v.toString();
    }
    [[nodiscard]] bool boolean(const QString& key,
                               std::optional<bool> fallback = std::nullopt) const {
        if (!has(key) && fallback) {
            return *fallback;
        }
        const auto v = value(key);
        if (!v.isBool()) {
            fail(path(key),
                 has(key) ? QStringLiteral("expected true or false") : QStringLiteral("missing"));
        }
        return v.toBool();
    }
    [[nodiscard]] double number(const QString& key,
                                std::optional<double> fallback = std::nullopt) const {
        if (!has(key) && fallback) {
            return *fallback;
        }
        const auto v = value(key);
        if (!v.isDouble()) {
            fail(path(key),
                 has(key) ? QStringLiteral("expected a number") : QStringLiteral("missing"));
        }
        return v.toDouble();
    }
    [[nodiscard]] int integer(const QString& key,
                              std::optional<int> fallback = std::nullopt) const {
        if (!has(key) && fallback) {
            return *fallback;
        }
        const double d = number(key);
        if (d != std::floor(d) || std::abs(d) > 1e9) {
            fail(path(key), QStringLiteral("expected a whole number"));
        }
        return static_cast<int>(d);
    }
    // A count: a whole number that is never negative.
    [[nodiscard]] int count(const QString& key, std::optional<int> fallback = std::nullopt) const {
        const int value = integer(key, fallback);
        if (value < 0) {
            fail(path(key), QStringLiteral("must not be negative"));
        }
        return value;
    }
    [[nodiscard]] TimePoint time(const QString& key) const {
        const QString text = string(key);
        const auto parsed = parseIso(text.toStdString());
        if (!parsed) {
            fail(path(key),
                 QStringLiteral("'%1' is not a UTC time like 2026-11-21T10:00:00Z").arg(text));
        }
        return *parsed;
    }
    [[nodiscard]] std::optional<TimePoint> optionalTime(const QString& key) const {
        return has(key) ? std::optional(time(key)) : std::nullopt;
    }
    [[nodiscard]] QJsonArray array(const QString& key) const {
        if (!has(key)) {
            return {};
        }
        const auto v = value(key);
        if (!v.isArray()) {
            fail(path(key), QStringLiteral("expected a list"));
        }
        return v.toArray();
    }
    // Needle lengths are given in millimetres and held in micrometres.
    [[nodiscard]] int micrometres(const QString& key) const {
        const double mm = number(key);
        if (!(std::abs(mm) < 1000.0)) { // also NaN: lround of it would be undefined
            fail(path(key), QStringLiteral("expected a length in millimetres"));
        }
        return static_cast<int>(std::lround(mm * 1000.0));
    }

private:
    QJsonObject m_object;
    QString m_path;
};

template <typename T, typename Values>
T enumValue(const QString& path, const QString& text, std::optional<T> parsed,
            const Values& known) {
    if (!parsed) {
        QStringList names;
        for (const auto& name : known) {
            names << platform::toQString(name);
        }
        fail(path, QStringLiteral("unknown value '%1' (known: %2)")
                       .arg(text, names.join(QStringLiteral(", "))));
    }
    return *parsed;
}

std::vector<std::string_view> zoneKeys() {
    std::vector<std::string_view> keys;
    for (const auto& zone : allZones()) {
        keys.push_back(zone.key);
    }
    return keys;
}

Zone zoneAt(const QString& path, const QJsonValue& value) {
    if (!value.isString()) {
        fail(path, QStringLiteral("expected a zone name"));
    }
    const QString text = value.toString();
    return enumValue(path, text, zoneFromKey(text.toStdString()), zoneKeys());
}

std::vector<Zone> zoneList(const Object& o, const QString& key) {
    std::vector<Zone> zones;
    const auto list = o.array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        zones.push_back(zoneAt(o.path(key) + QStringLiteral("[%1]").arg(i), list[i]));
    }
    return zones;
}

template <typename F> void forEach(const Object& o, const QString& key, F&& each) {
    const auto list = o.array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        each(Object(list[i], o.path(key) + QStringLiteral("[%1]").arg(i)));
    }
}

Limits parseLimits(const Object& o) {
    o.noOtherKeys({QStringLiteral("intervalMultiplier"), QStringLiteral("zonePassCap"),
                   QStringLiteral("sessionPassCap"), QStringLiteral("sessionWarnMinutes"),
                   QStringLiteral("sessionMaxMinutes"), QStringLiteral("maxDepthMm"),
                   QStringLiteral("headMaxSessions"), QStringLiteral("headMaxAgeDays"),
                   QStringLiteral("pressureLightCn"), QStringLiteral("pressureWarnCn"),
                   QStringLiteral("pressureStopCn")});
    Limits l;
    l.intervalMultiplier = o.number(QStringLiteral("intervalMultiplier"), l.intervalMultiplier);
    l.zonePassCap = o.integer(QStringLiteral("zonePassCap"), l.zonePassCap);
    l.sessionPassCap = o.integer(QStringLiteral("sessionPassCap"), l.sessionPassCap);
    l.sessionWarnLength = Minutes(o.integer(QStringLiteral("sessionWarnMinutes"),
                                            static_cast<int>(l.sessionWarnLength.count())));
    l.sessionMaxLength = Minutes(o.integer(QStringLiteral("sessionMaxMinutes"),
                                           static_cast<int>(l.sessionMaxLength.count())));
    if (o.has(QStringLiteral("maxDepthMm"))) {
        l.maxDepthUm = o.micrometres(QStringLiteral("maxDepthMm"));
    }
    l.headMaxSessions = o.integer(QStringLiteral("headMaxSessions"), l.headMaxSessions);
    l.headMaxAge =
        Days(o.integer(QStringLiteral("headMaxAgeDays"), static_cast<int>(l.headMaxAge.count())));
    l.pressureLightCn = o.integer(QStringLiteral("pressureLightCn"), l.pressureLightCn);
    l.pressureWarnCn = o.integer(QStringLiteral("pressureWarnCn"), l.pressureWarnCn);
    l.pressureStopCn = o.integer(QStringLiteral("pressureStopCn"), l.pressureStopCn);
    return l;
}

std::vector<std::string_view> keysOf(std::initializer_list<std::string_view> list) {
    return list;
}

DeviceFamily family(const Object& o, const QString& key) {
    const QString text = o.string(key);
    return enumValue(o.path(key), text, deviceFamilyFromString(text.toStdString()),
                     keysOf({"plain-roller", "smart-roller", "pen", "home-tool"}));
}

Head parseHead(const Object& o) {
    o.noOtherKeys({QStringLiteral("id"), QStringLiteral("family"), QStringLiteral("needleMm"),
                   QStringLiteral("needleCount"), QStringLiteral("firstUse"),
                   QStringLiteral("lastUse"), QStringLiteral("lastDisinfected"),
                   QStringLiteral("sessions"), QStringLiteral("passes"),
                   QStringLiteral("highPressurePasses"), QStringLiteral("deepSessions"),
                   QStringLiteral("damageReported")});
    Head h;
    h.id = o.string(QStringLiteral("id")).toStdString();
    h.family = family(o, QStringLiteral("family"));
    h.needleLengthUm = o.micrometres(QStringLiteral("needleMm"));
    h.needleCount = o.count(QStringLiteral("needleCount"), 0);
    h.firstUse = o.optionalTime(QStringLiteral("firstUse"));
    h.lastUse = o.optionalTime(QStringLiteral("lastUse"));
    h.lastDisinfected = o.optionalTime(QStringLiteral("lastDisinfected"));
    h.sessions = o.count(QStringLiteral("sessions"), 0);
    h.passes = o.count(QStringLiteral("passes"), 0);
    h.highPressurePasses = o.count(QStringLiteral("highPressurePasses"), 0);
    h.deepSessions = o.count(QStringLiteral("deepSessions"), 0);
    h.damageReported = o.boolean(QStringLiteral("damageReported"), false);
    return h;
}

PlannedSession parsePlan(const Object& o) {
    const bool byGoal = o.has(QStringLiteral("goal"));
    if (byGoal) {
        o.noOtherKeys({QStringLiteral("goal"), QStringLiteral("device"), QStringLiteral("needleMm"),
                       QStringLiteral("zones"), QStringLiteral("products")});
    } else {
        o.noOtherKeys({QStringLiteral("zones"), QStringLiteral("needleMm"),
                       QStringLiteral("passesPerZone"), QStringLiteral("minutes"),
                       QStringLiteral("products")});
    }
    std::vector<std::string> products;
    const auto productList = o.array(QStringLiteral("products"));
    for (qsizetype i = 0; i < productList.size(); ++i) {
        if (!productList[i].isString()) {
            fail(o.path(QStringLiteral("products")) + QStringLiteral("[%1]").arg(i),
                 QStringLiteral("expected a product name"));
        }
        products.push_back(productList[i].toString().toStdString());
    }
    if (byGoal) {
        // A plan built the way the app builds it.
        const QString goalText = o.string(QStringLiteral("goal"));
        const Goal goal = enumValue(
            o.path(QStringLiteral("goal")), goalText, goalFromString(goalText.toStdString()),
            keysOf({"texture", "look-of-scars", "tone", "pores", "stretch-marks", "scalp"}));
        const auto zones = zoneList(o, QStringLiteral("zones"));
        auto made = makePlan(goal, family(o, QStringLiteral("device")),
                             o.micrometres(QStringLiteral("needleMm")), zones);
        if (!made) {
            fail(o.path(QStringLiteral("goal")), text::SessionText::planError(made.error()));
        }
        return made.value().forGuard(std::move(products));
    }
    PlannedSession plan;
    plan.zones = zoneList(o, QStringLiteral("zones"));
    plan.needleLengthUm = o.micrometres(QStringLiteral("needleMm"));
    plan.passesPerZone = o.integer(QStringLiteral("passesPerZone"));
    plan.duration = Minutes(o.integer(QStringLiteral("minutes")));
    plan.products = std::move(products);
    return plan;
}

std::vector<std::string_view> questionKeys() {
    std::vector<std::string_view> keys;
    for (const auto& question : allQuestions()) {
        keys.push_back(question.key);
    }
    return keys;
}

std::vector<std::string_view> ruleKeys() {
    std::vector<std::string_view> keys;
    for (const auto& rule : allRules()) {
        keys.push_back(rule.key);
    }
    return keys;
}

MonotonicEvidence parseMonotonic(const Object& o) {
    o.noOtherKeys({QStringLiteral("wallAtMark"), QStringLiteral("secondsAtMark"),
                   QStringLiteral("secondsNow")});
    return MonotonicEvidence{o.time(QStringLiteral("wallAtMark")),
                             Seconds(o.integer(QStringLiteral("secondsAtMark"))),
                             Seconds(o.integer(QStringLiteral("secondsNow")))};
}

Answer parseAnswer(const Object& o) {
    o.noOtherKeys({QStringLiteral("question"), QStringLiteral("yes"), QStringLiteral("answeredAt"),
                   QStringLiteral("since"), QStringLiteral("zones")});
    Answer answer;
    const QString key = o.string(QStringLiteral("question"));
    answer.question = enumValue(o.path(QStringLiteral("question")), key,
                                questionFromKey(key.toStdString()), questionKeys());
    answer.yes = o.boolean(QStringLiteral("yes"));
    answer.answeredAt = o.time(QStringLiteral("answeredAt"));
    answer.since = o.optionalTime(QStringLiteral("since"));
    answer.zones = zoneList(o, QStringLiteral("zones"));
    return answer;
}

PastZone parsePastZone(const Object& o) {
    o.noOtherKeys({QStringLiteral("zone"), QStringLiteral("passes"), QStringLiteral("reaction"),
                   QStringLiteral("healedAt")});
    PastZone zone;
    zone.zone = zoneAt(o.path(QStringLiteral("zone")), o.value(QStringLiteral("zone")));
    zone.passes = o.count(QStringLiteral("passes"));
    if (o.has(QStringLiteral("reaction"))) {
        const QString text = o.string(QStringLiteral("reaction"));
        zone.reaction = enumValue(o.path(QStringLiteral("reaction")), text,
                                  reactionFromString(text.toStdString()),
                                  keysOf({"none", "mild-redness", "lasting-redness", "irritation",
                                          "signs-of-infection"}));
    }
    zone.healedAt = o.optionalTime(QStringLiteral("healedAt"));
    return zone;
}

PastSession parsePastSession(const Object& o) {
    o.noOtherKeys({QStringLiteral("start"), QStringLiteral("needleMm"), QStringLiteral("outcome"),
                   QStringLiteral("zones")});
    PastSession past;
    past.start = o.time(QStringLiteral("start"));
    past.needleLengthUm = o.micrometres(QStringLiteral("needleMm"));
    if (o.has(QStringLiteral("outcome"))) {
        const QString text = o.string(QStringLiteral("outcome"));
        past.outcome = enumValue(o.path(QStringLiteral("outcome")), text,
                                 sessionOutcomeFromString(text.toStdString()),
                                 keysOf({"completed", "stopped-early", "interrupted"}));
    }
    forEach(o, QStringLiteral("zones"),
            [&](const Object& z) { past.zones.push_back(parsePastZone(z)); });
    return past;
}

Override parseOverride(const Object& o) {
    o.noOtherKeys({QStringLiteral("rule"), QStringLiteral("zone"), QStringLiteral("reason")});
    Override override;
    const QString key = o.string(QStringLiteral("rule"));
    override.rule =
        enumValue(o.path(QStringLiteral("rule")), key, ruleFromKey(key.toStdString()), ruleKeys());
    if (o.has(QStringLiteral("zone"))) {
        override.zone = zoneAt(o.path(QStringLiteral("zone")), o.value(QStringLiteral("zone")));
    }
    override.reason = o.string(QStringLiteral("reason")).toStdString();
    return override;
}

Object child(const Object& parent, const QString& key) {
    return Object(parent.value(key), parent.path(key));
}

Situation parseSituation(const Object& root) {
    root.noOtherKeys({QStringLiteral("now"), QStringLiteral("clock"), QStringLiteral("profile"),
                      QStringLiteral("answers"), QStringLiteral("history"), QStringLiteral("head"),
                      QStringLiteral("plan"), QStringLiteral("overrides")});
    Situation s;
    s.now = root.time(QStringLiteral("now"));
    if (root.has(QStringLiteral("clock"))) {
        const Object clock = child(root, QStringLiteral("clock"));
        clock.noOtherKeys({QStringLiteral("highWater"), QStringLiteral("monotonic")});
        s.clockHighWater = clock.optionalTime(QStringLiteral("highWater"));
        if (clock.has(QStringLiteral("monotonic"))) {
            s.monotonic = parseMonotonic(child(clock, QStringLiteral("monotonic")));
        }
    }
    if (root.has(QStringLiteral("profile"))) {
        const Object profile = child(root, QStringLiteral("profile"));
        profile.noOtherKeys({QStringLiteral("professionalTreating"), QStringLiteral("limits")});
        s.profile.professionalTreating =
            profile.boolean(QStringLiteral("professionalTreating"), false);
        if (profile.has(QStringLiteral("limits"))) {
            s.profile.limits = parseLimits(child(profile, QStringLiteral("limits")));
        }
    }
    forEach(root, QStringLiteral("answers"),
            [&](const Object& o) { s.answers.push_back(parseAnswer(o)); });
    forEach(root, QStringLiteral("history"),
            [&](const Object& o) { s.history.push_back(parsePastSession(o)); });
    if (root.has(QStringLiteral("head"))) {
        s.head = parseHead(child(root, QStringLiteral("head")));
    }
    s.plan = parsePlan(child(root, QStringLiteral("plan")));
    forEach(root, QStringLiteral("overrides"),
            [&](const Object& o) { s.overrides.push_back(parseOverride(o)); });
    return s;
}

QJsonObject findingToJson(const Finding& f) {
    const RuleInfo& rule = ruleInfo(f.rule);
    QJsonObject o{{QStringLiteral("rule"), platform::toQString(rule.key)},
                  {QStringLiteral("decision"), platform::toQString(toString(f.verdict))},
                  {QStringLiteral("reason"), text::GuardText::reason(f.why)},
                  {QStringLiteral("reasonCode"), platform::toQString(reasonKey(f.why.code))},
                  {QStringLiteral("source"), platform::toQString(rule.source)}};
    if (f.zone) {
        o.insert(QStringLiteral("zone"), platform::toQString(zoneInfo(*f.zone).key));
    }
    if (f.overridden) {
        o.insert(QStringLiteral("overridden"), true);
        o.insert(QStringLiteral("overrideReason"), platform::toQString(f.overrideReason));
    }
    return o;
}

QJsonArray findingsToJson(const std::vector<Finding>& findings) {
    QJsonArray list;
    for (const auto& f : findings) {
        list.append(findingToJson(f));
    }
    return list;
}

} // namespace

// Parses the JSON text and hands its top object to `parse`; every failure is an InputError
// that says where.
template <typename T, typename Parse>
Result<T, InputError> parseDocument(const QByteArray& json, const QString& path, Parse parse) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Failure{InputError{QStringLiteral("not valid JSON at character %1: %2")
                                      .arg(error.offset)
                                      .arg(error.errorString())}};
    }
    try {
        return parse(Object(QJsonValue(document.object()), path));
    } catch (const ParseFailure& failure) {
        return Failure{InputError{failure.message}};
    }
}

Result<Situation, InputError> situationFromJson(const QByteArray& json) {
    return parseDocument<Situation>(json, QString(),
                                    [](const Object& o) { return parseSituation(o); });
}

Result<PlannedSession, InputError> planFromJson(const QByteArray& json) {
    return parseDocument<PlannedSession>(json, QStringLiteral("plan"),
                                         [](const Object& o) { return parsePlan(o); });
}

QJsonObject decisionToJson(const GuardDecision& d, const Situation& s) {
    QJsonArray zones;
    for (const auto& zone : d.zones) {
        QJsonObject z{
            {QStringLiteral("zone"), platform::toQString(zoneInfo(zone.zone).key)},
            {QStringLiteral("decision"), platform::toQString(toString(d.verdictFor(zone.zone)))},
            {QStringLiteral("explanation"), text::GuardText::explanation(d.explain(zone.zone))},
            {QStringLiteral("findings"), findingsToJson(zone.findings)}};
        if (zone.window.notBefore) {
            z.insert(QStringLiteral("notBefore"),
                     platform::toQString(formatIso(*zone.window.notBefore)));
        }
        if (zone.window.notAfter) {
            z.insert(QStringLiteral("notAfter"),
                     platform::toQString(formatIso(*zone.window.notAfter)));
        }
        zones.append(z);
    }
    QJsonArray notes;
    for (const auto& note : d.notes) {
        notes.append(text::Localizer::limitRaised(note));
    }
    QJsonArray acknowledge;
    for (const auto& f : d.warningsToAcknowledge()) {
        QJsonObject a{{QStringLiteral("rule"), platform::toQString(ruleInfo(f.rule).key)}};
        if (f.zone) {
            a.insert(QStringLiteral("zone"), platform::toQString(zoneInfo(*f.zone).key));
        }
        acknowledge.append(a);
    }
    const ClampedLimits limits = clampToFloor(s.profile.limits);
    return QJsonObject{
        {QStringLiteral("decision"), platform::toQString(toString(d.session))},
        {QStringLiteral("explanation"), text::GuardText::explanation(d.explain())},
        {QStringLiteral("effectiveNow"), platform::toQString(formatIso(d.effectiveNow))},
        {QStringLiteral("session"), findingsToJson(d.sessionFindings)},
        {QStringLiteral("zones"), zones},
        {QStringLiteral("acknowledgementsRequired"), acknowledge},
        {QStringLiteral("overridesApplied"), findingsToJson(d.appliedOverrides)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("streak"), currentStreak(s.history, d.effectiveNow, limits.limits)},
    };
}

QString decisionToText(const GuardDecision& d) {
    QString out = QStringLiteral("%1: %2\n")
                      .arg(platform::toQString(toString(d.session)).toUpper(),
                           text::GuardText::explanation(d.explain()));
    for (const auto& zone : d.zones) {
        out += QStringLiteral("  %1 %2: %3\n")
                   .arg(platform::toQString(toString(d.verdictFor(zone.zone))), -5)
                   .arg(platform::toQString(zoneInfo(zone.zone).key),
                        text::GuardText::explanation(d.explain(zone.zone)));
    }
    return out;
}

QJsonObject rulesToJson() {
    QJsonArray rules;
    for (const auto& rule : allRules()) {
        rules.append(QJsonObject{{QStringLiteral("rule"), platform::toQString(rule.key)},
                                 {QStringLiteral("title"), text::Localizer::ruleTitle(rule.id)},
                                 {QStringLiteral("source"), platform::toQString(rule.source)},
                                 {QStringLiteral("overridable"), rule.overridable}});
    }
    QJsonArray tiers;
    for (const auto& tier : depthTiers()) {
        tiers.append(QJsonObject{
            {QStringLiteral("upToMm"), tier.maxUm / 1000.0},
            {QStringLiteral("notBeforeHours"),
             static_cast<double>(std::chrono::floor<Hours>(tier.minInterval).count())},
            {QStringLiteral("notAfterDays"),
             static_cast<double>(std::chrono::floor<Days>(tier.windowEnd).count())},
            {QStringLiteral("maxSessionsPerWeek"), tier.maxSessionsPerWeek},
            {QStringLiteral("depthDecision"), platform::toQString(toString(tier.depthVerdict))}});
    }
    QJsonArray questions;
    for (const auto& question : allQuestions()) {
        questions.append(QJsonObject{
            {QStringLiteral("question"), platform::toQString(question.key)},
            {QStringLiteral("text"), text::Localizer::question(question.question)},
            {QStringLiteral("validHours"),
             static_cast<double>(std::chrono::floor<Hours>(question.validFor).count())},
            {QStringLiteral("rule"), platform::toQString(ruleInfo(question.rule).key)}});
    }
    return QJsonObject{{QStringLiteral("rules"), rules},
                       {QStringLiteral("needleLengths"), tiers},
                       {QStringLiteral("questions"), questions}};
}

} // namespace rollwise::cli
