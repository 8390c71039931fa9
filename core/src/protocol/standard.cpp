// Current Time Service, Battery Level, Service Changed and Device Information strings
// (docs/device-protocol.md, 5.5 and 5.6).
#include "bytes.h"

#include <rollwise/core/protocol/standard.h>

namespace rollwise::protocol {

using namespace detail;

namespace {

constexpr auto kCt = FrameKind::CurrentTime;

// The first check a Current Time value fails, if any. `write` narrows the year to what a
// Rollwise device accepts and refuses the unset form and an unknown day of week.
std::optional<ProtocolError> checkCurrentTime(const CurrentTime& t, bool write) {
    if (t.year == 0 && t.month == 0 && t.day == 0) {
        if (write) {
            return outOfRange(kCt, "date", "is unknown; the app only writes a set clock");
        }
        if (t.hours != 0 || t.minutes != 0 || t.seconds != 0 || t.dayOfWeek != 0) {
            return inconsistent(kCt, "time", "must be zero when the date is unknown");
        }
        return std::nullopt;
    }
    if (t.year == 0 || t.month == 0 || t.day == 0) {
        return inconsistent(kCt, "date", "is partly unknown");
    }
    const std::uint16_t yearMin = write ? kRollwiseYearMin : kSigYearMin;
    const std::uint16_t yearMax = write ? kRollwiseYearMax : kSigYearMax;
    if (t.year < yearMin || t.year > yearMax) {
        return outOfRange(kCt, "year", write ? "must be 2000 - 2135" : "must be 1582 - 9999");
    }
    if (t.month > 12) {
        return outOfRange(kCt, "month", "must be 1 - 12");
    }
    const std::chrono::year_month_day date{std::chrono::year{t.year}, std::chrono::month{t.month},
                                           std::chrono::day{t.day}};
    if (!date.ok()) {
        return outOfRange(kCt, "day", "does not exist in that month");
    }
    if (t.hours > 23) {
        return outOfRange(kCt, "hours", "must be 0 - 23");
    }
    if (t.minutes > 59) {
        return outOfRange(kCt, "minutes", "must be 0 - 59");
    }
    if (t.seconds > 59) {
        return outOfRange(kCt, "seconds", "must be 0 - 59");
    }
    if (t.dayOfWeek > 7) {
        return outOfRange(kCt, "day of week", "must be 1 - 7 (0 unknown)");
    }
    if (t.dayOfWeek == 0 && write) {
        return outOfRange(kCt, "day of week", "is unknown; the app always writes it");
    }
    if (t.dayOfWeek != 0 &&
        std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding() != t.dayOfWeek) {
        return inconsistent(kCt, "day of week", "does not match the date");
    }
    return std::nullopt;
}

// Decodes UTF-8, replacing every ill-formed sequence by U+FFFD (one per maximal bad prefix).
std::string sanitiseUtf8(ByteView bytes) {
    std::string out;
    out.reserve(bytes.size());
    constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::uint8_t b = bytes[i];
        std::size_t need = 0;
        std::uint8_t lo = 0x80;
        std::uint8_t hi = 0xBF;
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            ++i;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            out += kReplacement;
            ++i;
            continue;
        }
        std::size_t j = 1;
        for (; j <= need && i + j < bytes.size(); ++j) {
            const std::uint8_t c = bytes[i + j];
            const std::uint8_t min = j == 1 ? lo : 0x80;
            const std::uint8_t max = j == 1 ? hi : 0xBF;
            if (c < min || c > max) {
                break;
            }
        }
        if (j == need + 1) {
            for (std::size_t k = 0; k <= need; ++k) {
                out.push_back(static_cast<char>(bytes[i + k]));
            }
            i += need + 1;
        } else {
            out += kReplacement;
            i += j; // skip the lead byte and the valid continuation bytes seen
        }
    }
    return out;
}

} // namespace

// ---- Current Time ----------------------------------------------------------------------------

CurrentTime currentTimeAt(TimePoint utc, std::chrono::minutes utcOffset, std::uint8_t fractions256,
                          std::uint8_t adjustReason) {
    const auto local = utc + utcOffset;
    const auto days = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::year_month_day date{days};
    const std::chrono::hh_mm_ss hms{local - days};
    CurrentTime t;
    t.year = static_cast<std::uint16_t>(static_cast<int>(date.year()));
    t.month = static_cast<std::uint8_t>(static_cast<unsigned>(date.month()));
    t.day = static_cast<std::uint8_t>(static_cast<unsigned>(date.day()));
    t.hours = static_cast<std::uint8_t>(hms.hours().count());
    t.minutes = static_cast<std::uint8_t>(hms.minutes().count());
    t.seconds = static_cast<std::uint8_t>(hms.seconds().count());
    t.dayOfWeek = static_cast<std::uint8_t>(std::chrono::weekday{days}.iso_encoding());
    t.fractions256 = fractions256;
    t.adjustReason = adjustReason;
    return t;
}

std::optional<TimePoint> localSeconds(const CurrentTime& time) noexcept {
    if (!time.isSet()) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{
        std::chrono::year{time.year}, std::chrono::month{time.month}, std::chrono::day{time.day}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return TimePoint{std::chrono::sys_days{date}} + Hours{time.hours} + Minutes{time.minutes} +
           Seconds{time.seconds};
}

Result<CurrentTime, ProtocolError> parseCurrentTime(ByteView value) {
    if (value.size() != kCurrentTimeSize) {
        return Failure{lengthMismatch(kCt, "must be exactly 10 bytes")};
    }
    CurrentTime t;
    t.year = u16(value, 0);
    t.month = u8(value, 2);
    t.day = u8(value, 3);
    t.hours = u8(value, 4);
    t.minutes = u8(value, 5);
    t.seconds = u8(value, 6);
    t.dayOfWeek = u8(value, 7);
    t.fractions256 = u8(value, 8);
    t.adjustReason = u8(value, 9) & 0x0F; // bits 4 - 7 reserved
    if (auto error = checkCurrentTime(t, false)) {
        return Failure{std::move(*error)};
    }
    return t;
}

Result<Bytes, ProtocolError> buildCurrentTime(const CurrentTime& time) {
    if (auto error = checkCurrentTime(time, true)) {
        return Failure{std::move(*error)};
    }
    if ((time.adjustReason & 0xF0) != 0) {
        return Failure{outOfRange(kCt, "adjust reason", "uses reserved bits")};
    }
    Bytes out;
    out.reserve(kCurrentTimeSize);
    put16(out, time.year);
    put8(out, time.month);
    put8(out, time.day);
    put8(out, time.hours);
    put8(out, time.minutes);
    put8(out, time.seconds);
    put8(out, time.dayOfWeek);
    put8(out, time.fractions256);
    put8(out, time.adjustReason);
    return out;
}

// ---- Local Time Information ------------------------------------------------------------------

Result<LocalTimeInformation, ProtocolError> parseLocalTimeInformation(ByteView value) {
    constexpr auto kFrame = FrameKind::LocalTimeInformation;
    if (value.size() != kLocalTimeInformationSize) {
        return Failure{lengthMismatch(kFrame, "must be exactly 2 bytes")};
    }
    LocalTimeInformation lti;
    lti.timeZone = static_cast<std::int8_t>(u8(value, 0));
    lti.dstOffset = u8(value, 1);
    if (lti.timeZone != kTimeZoneUnknown &&
        (lti.timeZone < kTimeZoneMin || lti.timeZone > kTimeZoneMax)) {
        return Failure{outOfRange(kFrame, "time zone", "must be -48 - +56 quarter hours")};
    }
    if (lti.dstOffset != kDstUnknown && !validDstOffset(lti.dstOffset)) {
        return Failure{outOfRange(kFrame, "DST offset", "must be 0, 2, 4 or 8")};
    }
    return lti;
}

Result<Bytes, ProtocolError> buildLocalTimeInformation(const LocalTimeInformation& lti) {
    constexpr auto kFrame = FrameKind::LocalTimeInformation;
    if (lti.timeZone < kTimeZoneMin || lti.timeZone > kTimeZoneMax) {
        return Failure{outOfRange(kFrame, "time zone", "must be -48 - +56 quarter hours")};
    }
    if (!validDstOffset(lti.dstOffset)) {
        return Failure{outOfRange(kFrame, "DST offset", "must be 0, 2, 4 or 8")};
    }
    return Bytes{static_cast<std::uint8_t>(lti.timeZone), lti.dstOffset};
}

// ---- Battery Level -----------------------------------------------------------------------------

Result<std::uint8_t, ProtocolError> parseBatteryLevel(ByteView value) {
    if (value.empty()) {
        return Failure{tooShort(FrameKind::BatteryLevel)};
    }
    if (value.size() > kMaxFrameSize) {
        return Failure{oversized(FrameKind::BatteryLevel)};
    }
    if (!validPercent(u8(value, 0))) {
        return Failure{outOfRange(FrameKind::BatteryLevel, "level", "must be 0 - 100 %")};
    }
    return u8(value, 0);
}

Result<Bytes, ProtocolError> buildBatteryLevel(std::uint8_t percent) {
    if (!validPercent(percent)) {
        return Failure{outOfRange(FrameKind::BatteryLevel, "level", "must be 0 - 100 %")};
    }
    return Bytes{percent};
}

// ---- Service Changed ---------------------------------------------------------------------------

Result<ServiceChanged, ProtocolError> parseServiceChanged(ByteView value) {
    if (value.size() != 4) {
        return Failure{lengthMismatch(FrameKind::ServiceChanged, "must be exactly 4 bytes")};
    }
    const ServiceChanged range{u16(value, 0), u16(value, 2)};
    if (range.startHandle == 0 || range.startHandle > range.endHandle) {
        return Failure{
            inconsistent(FrameKind::ServiceChanged, "handles", "must satisfy 1 <= start <= end")};
    }
    return range;
}

Result<Bytes, ProtocolError> buildServiceChanged(const ServiceChanged& range) {
    if (range.startHandle == 0 || range.startHandle > range.endHandle) {
        return Failure{
            inconsistent(FrameKind::ServiceChanged, "handles", "must satisfy 1 <= start <= end")};
    }
    Bytes out;
    put16(out, range.startHandle);
    put16(out, range.endHandle);
    return out;
}

// ---- Device Information strings --------------------------------------------------------------

Result<std::string, ProtocolError> parseInformationString(ByteView value) {
    constexpr auto kFrame = FrameKind::InformationString;
    if (value.empty()) {
        return Failure{tooShort(kFrame)};
    }
    if (value.size() > kInformationStringMax) {
        return Failure{oversized(kFrame)};
    }
    std::size_t end = value.size();
    while (end > 0 && value[end - 1] == 0) {
        --end;
    }
    return sanitiseUtf8(value.first(end));
}

Result<std::string, ProtocolError> parseSerialNumber(ByteView value) {
    constexpr auto kFrame = FrameKind::InformationString;
    auto text = parseInformationString(value);
    if (!text) {
        return text;
    }
    if (text.value().empty()) {
        return Failure{outOfRange(kFrame, "serial number", "must not be empty")};
    }
    for (const char c : text.value()) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x21 || b > 0x7E) {
            return Failure{
                outOfRange(kFrame, "serial number", "must be printable ASCII 0x21 - 0x7E")};
        }
    }
    return text;
}

Result<Bytes, ProtocolError> buildInformationString(std::string_view text) {
    constexpr auto kFrame = FrameKind::InformationString;
    if (text.empty()) {
        return Failure{tooShort(kFrame)};
    }
    if (text.size() > kInformationStringMax) {
        return Failure{oversized(kFrame)};
    }
    return Bytes(text.begin(), text.end());
}

} // namespace rollwise::protocol
