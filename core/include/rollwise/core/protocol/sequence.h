#pragma once

// Live event sequence numbers (docs/device-protocol.md, 6.3.2) and the receiver that walks
// notifications, checks sequence numbers and counts whatever it rejects (section 10).

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/live_events.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace rollwise::protocol {

// RFC 1982 serial number arithmetic with SERIAL_BITS = 16: is `s` newer than `last`?
// Exactly half the space apart (d = 0x8000) is undefined in RFC 1982 and read as not newer.
[[nodiscard]] constexpr bool serialNewer(std::uint16_t s, std::uint16_t last) noexcept {
    const auto d = static_cast<std::uint16_t>(s - last);
    return d >= 1 && d <= 0x7FFF;
}

enum class SequenceVerdict : std::uint8_t {
    Baseline,  // first event since a reset: accepted, sets `last`
    InOrder,   // d = 1: accepted
    Gap,       // 2 <= d <= 0x7FFF: accepted, d - 1 events lost
    Duplicate, // d = 0: dropped
    Stale,     // d >= 0x8000: dropped
};

struct SequenceCheck {
    SequenceVerdict verdict = SequenceVerdict::Baseline;
    std::uint16_t lost = 0; // events skipped, for Gap

    [[nodiscard]] bool accepted() const noexcept {
        return verdict == SequenceVerdict::Baseline || verdict == SequenceVerdict::InOrder ||
               verdict == SequenceVerdict::Gap;
    }
};

// `last` and `haveLast` of 6.3.2.
class SequenceTracker {
public:
    // New connection or (re)enabled CCCD: the next event sets the baseline.
    void reset() noexcept { m_last.reset(); }
    // Moves `last` when the event is accepted.
    [[nodiscard]] SequenceCheck check(std::uint16_t sequence) noexcept;
    [[nodiscard]] std::optional<std::uint16_t> last() const noexcept { return m_last; }

private:
    std::optional<std::uint16_t> m_last;
};

// Walks each Live Events notification (6.3.1): sequence check on every intact header, then
// the payload parser. Returns the events to use, in order; counts the rest. Never throws,
// never reads outside the notification.
class LiveEventReceiver {
public:
    // Call on every new connection and whenever the Live Events CCCD is (re)enabled.
    void resetSequence() noexcept;
    [[nodiscard]] std::vector<LiveEvent> receive(ByteView notification);

    [[nodiscard]] const FrameCounters& counters() const noexcept { return m_counters; }
    // Events were lost since the last reset: the live session is partial (6.3.2).
    [[nodiscard]] bool gapSeen() const noexcept { return m_gapSeen; }
    [[nodiscard]] std::optional<std::uint16_t> lastSequence() const noexcept {
        return m_sequence.last();
    }

private:
    SequenceTracker m_sequence;
    FrameCounters m_counters;
    bool m_gapSeen = false;
};

} // namespace rollwise::protocol
