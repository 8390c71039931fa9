// The reminder settings as the journal keeps them ("reminders.*"): a value that cannot be read
// is an error, never a default.
#include <rollwise/core/reminders.h>

#include <charconv>
#include <string>

namespace rollwise {

using namespace std::chrono;

namespace {

constexpr std::string_view kTimeOfDay = "reminders.time-of-day";  // minutes after midnight
constexpr std::string_view kPerZone = "reminders.per-zone";       // 0 or 1
constexpr std::string_view kQuietStart = "reminders.quiet-start"; // minutes, or "" for none
constexpr std::string_view kQuietEnd = "reminders.quiet-end";
constexpr std::string_view kQuietPolicy = "reminders.quiet-policy"; // defer or drop
constexpr std::string_view kPreparationDays = "reminders.preparation-days";
constexpr std::string_view kSnoozeMinutes = "reminders.snooze-minutes";
constexpr std::string_view kCourseSessions = "reminders.course-sessions";
constexpr std::string_view kCourseMonths = "reminders.course-every-months";
constexpr std::string_view kCourseDays = "reminders.course-every-days";
constexpr std::string_view kCourseStart = "reminders.course-start"; // ISO time
constexpr std::string_view kOff = "reminders.off";                  // kinds, comma separated

DatabaseError unreadable(std::string_view key) {
    return DatabaseError{DatabaseErrorCode::ReadFailed,
                         "The setting " + std::string(key) +
                             " holds a value Rollwise cannot read; set it again in the settings."};
}

std::optional<long long> number(std::string_view text, long long lo, long long hi) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < lo ||
        value > hi) {
        return std::nullopt;
    }
    return value;
}

} // namespace

Result<ReminderSettings, DatabaseError> loadReminderSettings(const SettingsStore& store) {
    ReminderSettings s;
    const auto read = [&](std::string_view key, long long lo, long long hi,
                          auto apply) -> std::optional<DatabaseError> {
        auto text = store.get(key);
        if (!text) {
            return text.error();
        }
        if (!text.value()) {
            return std::nullopt;
        }
        const auto value = number(*text.value(), lo, hi);
        if (!value) {
            return unreadable(key);
        }
        apply(*value);
        return std::nullopt;
    };
    const long long dayMinutes = 24 * 60 - 1;
    for (auto error : {
             read(kTimeOfDay, 0, dayMinutes, [&](long long v) { s.timeOfDay = Minutes{v}; }),
             read(kPerZone, 0, 1, [&](long long v) { s.perZone = v == 1; }),
             read(kPreparationDays, 0, 30, [&](long long v) { s.preparationDays = Days{v}; }),
             read(kSnoozeMinutes, 1, 7 * 24 * 60, [&](long long v) { s.snoozeFor = Minutes{v}; }),
             read(kCourseSessions, 0, 12, [&](long long v) { s.course.sessions = int(v); }),
             read(kCourseMonths, 0, 12, [&](long long v) { s.course.everyMonths = int(v); }),
             read(kCourseDays, 0, 365, [&](long long v) { s.course.everyDays = int(v); }),
         }) {
        if (error) {
            return Failure{*error};
        }
    }
    for (auto [key, field] :
         {std::pair{kQuietStart, &s.quietStart}, std::pair{kQuietEnd, &s.quietEnd}}) {
        auto text = store.get(key);
        if (!text) {
            return Failure{text.error()};
        }
        if (text.value()) {
            if (text.value()->empty()) {
                *field = std::nullopt;
            } else if (const auto v = number(*text.value(), 0, dayMinutes)) {
                *field = Minutes{*v};
            } else {
                return Failure{unreadable(key)};
            }
        }
    }
    auto policy = store.get(kQuietPolicy);
    if (!policy) {
        return Failure{policy.error()};
    }
    if (policy.value()) {
        if (*policy.value() == "defer") {
            s.quiet = QuietPolicy::Defer;
        } else if (*policy.value() == "drop") {
            s.quiet = QuietPolicy::Drop;
        } else {
            return Failure{unreadable(kQuietPolicy)};
        }
    }
    auto start = store.get(kCourseStart);
    if (!start) {
        return Failure{start.error()};
    }
    if (start.value()) {
        const auto parsed = parseIso(*start.value());
        if (!parsed) {
            return Failure{unreadable(kCourseStart)};
        }
        s.course.start = *parsed;
    }
    auto off = store.get(kOff);
    if (!off) {
        return Failure{off.error()};
    }
    if (off.value()) {
        std::string_view rest = *off.value();
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string_view key = rest.substr(0, comma);
            const auto kind = reminderKindFromString(key);
            if (!kind) {
                return Failure{unreadable(kOff)};
            }
            s.off.push_back(*kind);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    return s;
}

Status<DatabaseError> saveReminderSettings(SettingsStore& store, const ReminderSettings& s) {
    std::string off;
    for (const auto kind : s.off) {
        off += (off.empty() ? "" : ",") + std::string(toString(kind));
    }
    const auto minutes = [](const std::optional<Minutes>& m) {
        return m ? std::to_string(m->count()) : std::string();
    };
    const std::pair<std::string_view, std::string> values[] = {
        {kTimeOfDay, std::to_string(s.timeOfDay.count())},
        {kPerZone, s.perZone ? "1" : "0"},
        {kQuietStart, minutes(s.quietStart)},
        {kQuietEnd, minutes(s.quietEnd)},
        {kQuietPolicy, s.quiet == QuietPolicy::Drop ? "drop" : "defer"},
        {kPreparationDays, std::to_string(s.preparationDays.count())},
        {kSnoozeMinutes, std::to_string(s.snoozeFor.count())},
        {kCourseSessions, std::to_string(s.course.sessions)},
        {kCourseMonths, std::to_string(s.course.everyMonths)},
        {kCourseDays, std::to_string(s.course.everyDays)},
        {kCourseStart, formatIso(s.course.start)},
        {kOff, off},
    };
    for (const auto& [key, value] : values) {
        if (auto saved = store.set(key, value); !saved) {
            return saved;
        }
    }
    return Done{};
}

} // namespace rollwise
