// UUID text forms, error texts, counters and the section 3 value helpers.
#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/uuid.h>
#include <rollwise/core/protocol/values.h>

#include <algorithm>

namespace rollwise::protocol {
namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr char kHexUpper[] = "0123456789ABCDEF";

std::optional<std::uint8_t> hexDigit(char c) noexcept {
    if (c >= '0' && c <= '9') {
        return static_cast<std::uint8_t>(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return static_cast<std::uint8_t>(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return static_cast<std::uint8_t>(c - 'A' + 10);
    }
    return std::nullopt;
}

bool dashAt(std::size_t i) noexcept {
    return i == 8 || i == 13 || i == 18 || i == 23;
}

} // namespace

// ---- UUID ----------------------------------------------------------------------------------

std::string toString(const Uuid& uuid) {
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < uuid.bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.push_back('-');
        }
        text.push_back(kHex[uuid.bytes[i] >> 4]);
        text.push_back(kHex[uuid.bytes[i] & 0x0F]);
    }
    return text;
}

std::optional<Uuid> parseUuid(std::string_view text) noexcept {
    if (text.size() != 36) {
        return std::nullopt;
    }
    Uuid uuid;
    std::size_t byte = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (dashAt(i)) {
            if (text[i] != '-') {
                return std::nullopt;
            }
            ++i;
            continue;
        }
        const auto hi = hexDigit(text[i]);
        const auto lo = hexDigit(text[i + 1]);
        if (!hi || !lo || dashAt(i + 1)) {
            return std::nullopt;
        }
        uuid.bytes[byte++] = static_cast<std::uint8_t>((*hi << 4) | *lo);
        i += 2;
    }
    return uuid;
}

std::array<std::uint8_t, 16> littleEndian(const Uuid& uuid) noexcept {
    std::array<std::uint8_t, 16> out{};
    std::reverse_copy(uuid.bytes.begin(), uuid.bytes.end(), out.begin());
    return out;
}

Uuid fromLittleEndian(const std::array<std::uint8_t, 16>& bytes) noexcept {
    Uuid uuid;
    std::reverse_copy(bytes.begin(), bytes.end(), uuid.bytes.begin());
    return uuid;
}

// ---- Errors --------------------------------------------------------------------------------

std::string_view toString(ErrorKind kind) noexcept {
    switch (kind) {
    case ErrorKind::TooShort:
        return "TooShort";
    case ErrorKind::Oversized:
        return "Oversized";
    case ErrorKind::LengthMismatch:
        return "LengthMismatch";
    case ErrorKind::Truncated:
        return "Truncated";
    case ErrorKind::OutOfRange:
        return "OutOfRange";
    case ErrorKind::Reserved:
        return "Reserved";
    case ErrorKind::Inconsistent:
        return "Inconsistent";
    case ErrorKind::UnsupportedVersion:
        return "UnsupportedVersion";
    case ErrorKind::UnknownType:
        return "UnknownType";
    case ErrorKind::CrcMismatch:
        return "CrcMismatch";
    case ErrorKind::InconsistentFragment:
        return "InconsistentFragment";
    case ErrorKind::IncompleteRecord:
        return "IncompleteRecord";
    case ErrorKind::BadRecord:
        return "BadRecord";
    }
    return "Unknown";
}

std::string_view toString(FrameKind frame) noexcept {
    switch (frame) {
    case FrameKind::DeviceFeatures:
        return "Device Features";
    case FrameKind::HeadIdentity:
        return "Head Identity";
    case FrameKind::LiveEvent:
        return "Live event";
    case FrameKind::LiveNotification:
        return "Live Events notification";
    case FrameKind::ControlRequest:
        return "Control Point request";
    case FrameKind::ControlResponse:
        return "Control Point response";
    case FrameKind::RacpRequest:
        return "RACP request";
    case FrameKind::RacpResponse:
        return "RACP response";
    case FrameKind::RecordFragment:
        return "Stored Record fragment";
    case FrameKind::RecordBody:
        return "Record body";
    case FrameKind::CurrentTime:
        return "Current Time";
    case FrameKind::LocalTimeInformation:
        return "Local Time Information";
    case FrameKind::BatteryLevel:
        return "Battery Level";
    case FrameKind::ServiceChanged:
        return "Service Changed";
    case FrameKind::InformationString:
        return "Device Information string";
    case FrameKind::Advertising:
        return "Advertising data";
    }
    return "Frame";
}

ProtocolError makeError(ErrorKind kind, FrameKind frame, std::string_view field,
                        std::string_view rule) {
    std::string message(toString(frame));
    message += ": ";
    if (!field.empty()) {
        message += field;
        message += ' ';
    }
    message += rule;
    return ProtocolError{kind, frame, field, std::move(message)};
}

std::uint32_t FrameCounters::totalRejected() const noexcept {
    std::uint32_t total = 0;
    for (std::size_t i = 0; i < rejected.size(); ++i) {
        if (i != static_cast<std::size_t>(ErrorKind::UnknownType)) {
            total += rejected[i];
        }
    }
    return total;
}

FrameCounters& FrameCounters::operator+=(const FrameCounters& other) noexcept {
    for (std::size_t i = 0; i < rejected.size(); ++i) {
        rejected[i] += other.rejected[i];
    }
    accepted += other.accepted;
    duplicate += other.duplicate;
    stale += other.stale;
    lost += other.lost;
    unknownType += other.unknownType;
    reservedFallback += other.reservedFallback;
    contextViolations += other.contextViolations;
    dropped += other.dropped;
    return *this;
}

FrameCounters FrameCounters::since(const FrameCounters& earlier) const noexcept {
    FrameCounters d;
    for (std::size_t i = 0; i < rejected.size(); ++i) {
        d.rejected[i] = rejected[i] - earlier.rejected[i];
    }
    d.accepted = accepted - earlier.accepted;
    d.duplicate = duplicate - earlier.duplicate;
    d.stale = stale - earlier.stale;
    d.lost = lost - earlier.lost;
    d.unknownType = unknownType - earlier.unknownType;
    d.reservedFallback = reservedFallback - earlier.reservedFallback;
    d.contextViolations = contextViolations - earlier.contextViolations;
    d.dropped = dropped - earlier.dropped;
    return d;
}

// ---- Values --------------------------------------------------------------------------------

std::optional<Direction> toCoreDirection(StrokeDirection direction) noexcept {
    switch (direction) {
    case StrokeDirection::Horizontal:
        return Direction::Horizontal;
    case StrokeDirection::Vertical:
        return Direction::Vertical;
    case StrokeDirection::DiagonalUp:
        return Direction::DiagonalUp;
    case StrokeDirection::DiagonalDown:
        return Direction::DiagonalDown;
    case StrokeDirection::Unknown:
        break;
    }
    return std::nullopt;
}

StrokeDirection toStrokeDirection(Direction direction) noexcept {
    switch (direction) {
    case Direction::Horizontal:
        return StrokeDirection::Horizontal;
    case Direction::Vertical:
        return StrokeDirection::Vertical;
    case Direction::DiagonalUp:
        return StrokeDirection::DiagonalUp;
    case Direction::DiagonalDown:
        return StrokeDirection::DiagonalDown;
    }
    return StrokeDirection::Unknown;
}

bool HeadId::valid() const noexcept {
    const bool allZero = std::all_of(bytes.begin(), bytes.end(), [](auto b) { return b == 0; });
    const bool allOnes = std::all_of(bytes.begin(), bytes.end(), [](auto b) { return b == 0xFF; });
    return !allZero && !allOnes;
}

std::string HeadId::toHex() const {
    std::string text;
    text.reserve(16);
    for (const auto b : bytes) {
        text.push_back(kHexUpper[b >> 4]);
        text.push_back(kHexUpper[b & 0x0F]);
    }
    return text;
}

std::optional<TimePoint> toTimePoint(std::uint32_t timestamp) noexcept {
    if (timestamp == kTimestampUnknown || timestamp == kTimestampInvalid) {
        return std::nullopt;
    }
    return TimePoint{Seconds{kTimestampEpochUnix + static_cast<std::int64_t>(timestamp)}};
}

std::optional<std::uint32_t> toTimestamp(TimePoint time) noexcept {
    const std::int64_t since2000 = time.time_since_epoch().count() - kTimestampEpochUnix;
    if (since2000 < 1 || since2000 >= static_cast<std::int64_t>(kTimestampInvalid)) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(since2000);
}

std::uint32_t trustedTimestamp(std::uint32_t timestamp, TimePoint now) noexcept {
    const auto time = toTimePoint(timestamp);
    if (!time || *time > now + kFutureTolerance) {
        return kTimestampUnknown;
    }
    return timestamp;
}

} // namespace rollwise::protocol
