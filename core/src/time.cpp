#include <rollwise/core/time.h>

#include <cstdio>

namespace rollwise {
namespace {

struct Civil {
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;
    long long secondsOfDay = 0;
};

Civil toCivil(TimePoint time) {
    const auto day = std::chrono::floor<Days>(time);
    const std::chrono::year_month_day ymd(day);
    return Civil{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                 static_cast<unsigned>(ymd.day()), (time - day).count()};
}

bool digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
    if (from + count > text.size()) {
        return false;
    }
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::string formatIso(TimePoint time) {
    const Civil c = toCivil(time);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", c.year, c.month,
                  c.day, c.secondsOfDay / 3600, c.secondsOfDay / 60 % 60, c.secondsOfDay % 60);
    return buffer;
}

std::string formatDate(TimePoint time) {
    const Civil c = toCivil(time);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
    return buffer;
}

std::string formatDateTime(TimePoint time) {
    const Civil c = toCivil(time);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02lld:%02lld UTC", c.year, c.month, c.day,
                  c.secondsOfDay / 3600, c.secondsOfDay / 60 % 60);
    return buffer;
}

std::optional<TimePoint> parseIso(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (!digits(text, 0, 4, year) || text.size() < 10 || text[4] != '-' ||
        !digits(text, 5, 2, month) || text[7] != '-' || !digits(text, 8, 2, day)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year(year),
                                          std::chrono::month(static_cast<unsigned>(month)),
                                          std::chrono::day(static_cast<unsigned>(day))};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    TimePoint result = std::chrono::sys_days(ymd);
    if (text.size() == 10) {
        return result;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (text.size() < 19 || (text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2, hour) ||
        text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second) || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest.front() == '.') { // fractional seconds are dropped
        std::size_t i = 1;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') {
            ++i;
        }
        rest.remove_prefix(i);
    }
    if (!(rest.empty() || rest == "Z" || rest == "+00:00")) {
        return std::nullopt;
    }
    return result + Hours(hour) + Minutes(minute) + Seconds(second);
}

std::string formatDuration(Seconds duration) {
    const auto count = [](long long n, const char* unit) {
        return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
    };
    const long long s = duration.count();
    if (s % 86400 == 0 && s != 0) {
        return count(s / 86400, "day");
    }
    if (s >= 2 * 86400) {
        return count(s / 86400, "day");
    }
    if (s >= 3600) {
        return count(s / 3600, "hour");
    }
    if (s >= 60) {
        return count(s / 60, "minute");
    }
    return count(s, "second");
}

} // namespace rollwise
