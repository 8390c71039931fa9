#include <rollwise/core/situation.h>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace rollwise {
namespace {

struct IntLimit {
    std::string_view key;
    int Limits::*field;
};

constexpr IntLimit kIntLimits[] = {
    {"limits.zone-pass-cap", &Limits::zonePassCap},
    {"limits.session-pass-cap", &Limits::sessionPassCap},
    {"limits.max-depth-um", &Limits::maxDepthUm},
    {"limits.head-max-sessions", &Limits::headMaxSessions},
    {"limits.pressure-light-cn", &Limits::pressureLightCn},
    {"limits.pressure-warn-cn", &Limits::pressureWarnCn},
    {"limits.pressure-stop-cn", &Limits::pressureStopCn},
};
constexpr std::string_view kMultiplier = "limits.interval-multiplier";
constexpr std::string_view kWarnMinutes = "limits.session-warn-minutes";
constexpr std::string_view kMaxMinutes = "limits.session-max-minutes";
constexpr std::string_view kHeadAgeDays = "limits.head-max-age-days";
constexpr std::string_view kProfessional = "profile.professional-treating";

DatabaseError unreadableSetting(std::string_view key) {
    return DatabaseError{DatabaseErrorCode::ReadFailed,
                         "The setting " + std::string(key) +
                             " holds a value Rollwise cannot read; set it again in the settings."};
}

// An optional whole number from the settings: absent keeps `value`, unreadable is an error.
Status<DatabaseError> readInt(const SettingsStore& settings, std::string_view key, int& value) {
    auto text = settings.get(key);
    if (!text) {
        return Failure{text.error()};
    }
    if (!text.value()) {
        return Done{};
    }
    const std::string& t = *text.value();
    int parsed = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), parsed);
    if (ec != std::errc{} || end != t.data() + t.size() || t.empty()) {
        return Failure{unreadableSetting(key)};
    }
    value = parsed;
    return Done{};
}

GuardDecision blockedBecauseUnreadable(const SituationRequest& request, const DatabaseError& error,
                                       Situation* shown) {
    // Evaluate what is known (the plan) so the zones are listed, then block the whole session.
    Situation bare;
    bare.now = request.now;
    bare.plan = request.plan;
    bare.monotonic = request.monotonic;
    GuardDecision decision = evaluate(bare);
    decision.sessionFindings.insert(decision.sessionFindings.begin(),
                                    Finding{RuleId::JournalUnreadable,
                                            Verdict::Block,
                                            std::nullopt,
                                            Reason{.code = ReasonCode::HistoryUnreadable,
                                                   .count = static_cast<long long>(error.code)},
                                            std::string(reasonKey(ReasonCode::HistoryUnreadable)),
                                            false,
                                            {}});
    decision.session = Verdict::Block;
    decision.appliedOverrides.clear();
    if (shown != nullptr) {
        *shown = std::move(bare);
    }
    return decision;
}

} // namespace

Result<Profile, DatabaseError> loadProfile(const SettingsStore& settings) {
    Profile profile;
    Limits& l = profile.limits;
    for (const auto& limit : kIntLimits) {
        if (auto read = readInt(settings, limit.key, l.*(limit.field)); !read) {
            return Failure{read.error()};
        }
    }
    int warn = static_cast<int>(l.sessionWarnLength.count());
    int max = static_cast<int>(l.sessionMaxLength.count());
    int age = static_cast<int>(l.headMaxAge.count());
    for (auto [key, value] : {std::pair{kWarnMinutes, &warn}, std::pair{kMaxMinutes, &max},
                              std::pair{kHeadAgeDays, &age}}) {
        if (auto read = readInt(settings, key, *value); !read) {
            return Failure{read.error()};
        }
    }
    l.sessionWarnLength = Minutes(warn);
    l.sessionMaxLength = Minutes(max);
    l.headMaxAge = Days(age);
    auto multiplier = settings.get(kMultiplier);
    if (!multiplier) {
        return Failure{multiplier.error()};
    }
    if (multiplier.value()) {
        const std::string& t = *multiplier.value();
        char* end = nullptr;
        const double value = std::strtod(t.c_str(), &end);
        if (t.empty() || end != t.c_str() + t.size() || !std::isfinite(value)) {
            return Failure{unreadableSetting(kMultiplier)};
        }
        l.intervalMultiplier = value;
    }
    auto professional = settings.get(kProfessional);
    if (!professional) {
        return Failure{professional.error()};
    }
    if (professional.value()) {
        if (*professional.value() != "0" && *professional.value() != "1") {
            return Failure{unreadableSetting(kProfessional)};
        }
        profile.professionalTreating = *professional.value() == "1";
    }
    return profile;
}

Status<DatabaseError> saveProfile(SettingsStore& settings, const Profile& profile) {
    const Limits& l = profile.limits;
    for (const auto& limit : kIntLimits) {
        if (auto saved = settings.set(limit.key, std::to_string(l.*(limit.field))); !saved) {
            return saved;
        }
    }
    char multiplier[32];
    std::snprintf(multiplier, sizeof multiplier, "%.17g", l.intervalMultiplier);
    for (const auto& [key, value] :
         {std::pair{kWarnMinutes, std::to_string(l.sessionWarnLength.count())},
          std::pair{kMaxMinutes, std::to_string(l.sessionMaxLength.count())},
          std::pair{kHeadAgeDays, std::to_string(l.headMaxAge.count())},
          std::pair{kMultiplier, std::string(multiplier)},
          std::pair{kProfessional, std::string(profile.professionalTreating ? "1" : "0")}}) {
        if (auto saved = settings.set(key, value); !saved) {
            return saved;
        }
    }
    return Done{};
}

Result<Situation, DatabaseError> situationFromJournal(const Database& db,
                                                      const SituationRequest& request) {
    Situation s;
    s.now = request.now;
    s.monotonic = request.monotonic;
    s.plan = request.plan;
    s.overrides = request.overrides;
    auto profile = loadProfile(db.settings());
    if (!profile) {
        return Failure{profile.error()};
    }
    s.profile = profile.value();
    auto answers = db.answers().all();
    if (!answers) {
        return Failure{answers.error()};
    }
    s.answers = std::move(answers.value());
    auto history = db.sessions().guardHistory();
    if (!history) {
        return Failure{history.error()};
    }
    s.history = std::move(history.value());
    auto highWater = db.settings().clockHighWater();
    if (!highWater) {
        return Failure{highWater.error()};
    }
    s.clockHighWater = highWater.value();

    std::optional<std::string> headUid = request.headUid;
    if (!headUid) {
        auto current = db.settings().get(kCurrentHeadSetting);
        if (!current) {
            return Failure{current.error()};
        }
        headUid = current.value();
    }
    if (headUid) {
        auto heads = db.heads().all();
        if (!heads) {
            return Failure{heads.error()};
        }
        for (const auto& stored : heads.value()) {
            if (stored.uid == *headUid && !stored.retiredAt) {
                s.head = stored.head;
            }
        }
    }
    return s;
}

GuardDecision decideFromJournal(const Database& db, const SituationRequest& request,
                                Situation* situation) {
    auto built = situationFromJournal(db, request);
    if (!built) {
        return blockedBecauseUnreadable(request, built.error(), situation);
    }
    GuardDecision decision = evaluate(built.value());
    if (situation != nullptr) {
        *situation = std::move(built.value());
    }
    return decision;
}

} // namespace rollwise
