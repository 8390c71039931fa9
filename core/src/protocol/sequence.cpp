// Live event sequence numbers (6.3.2) and the notification receiver (6.3.1, section 10).
#include <rollwise/core/protocol/sequence.h>

namespace rollwise::protocol {

SequenceCheck SequenceTracker::check(std::uint16_t sequence) noexcept {
    if (!m_last) {
        m_last = sequence;
        return {SequenceVerdict::Baseline, 0};
    }
    const auto d = static_cast<std::uint16_t>(sequence - *m_last);
    if (d == 0) {
        return {SequenceVerdict::Duplicate, 0};
    }
    if (d >= 0x8000) {
        return {SequenceVerdict::Stale, 0};
    }
    m_last = sequence;
    if (d == 1) {
        return {SequenceVerdict::InOrder, 0};
    }
    return {SequenceVerdict::Gap, static_cast<std::uint16_t>(d - 1)};
}

void LiveEventReceiver::resetSequence() noexcept {
    m_sequence.reset();
    m_gapSeen = false;
}

std::vector<LiveEvent> LiveEventReceiver::receive(ByteView notification) {
    std::vector<LiveEvent> events;
    EventWalker walker(notification);
    while (const auto raw = walker.next()) {
        // The sequence check runs on the intact header first (6.3.2): an event whose payload is
        // rejected still moves `last`, so it is not reported as lost as well.
        const SequenceCheck seq = m_sequence.check(raw->header.sequence);
        if (seq.verdict == SequenceVerdict::Duplicate) {
            ++m_counters.duplicate;
            continue;
        }
        if (seq.verdict == SequenceVerdict::Stale) {
            ++m_counters.stale;
            continue;
        }
        if (seq.lost > 0) {
            m_counters.lost += seq.lost;
            m_gapSeen = true;
        }
        auto parsed = parseEvent(*raw);
        if (!parsed) {
            if (parsed.error().kind == ErrorKind::UnknownType) {
                ++m_counters.unknownType;
            } else {
                m_counters.reject(parsed.error().kind);
            }
            continue;
        }
        m_counters.reservedFallback += parsed.value().reservedFallbacks;
        ++m_counters.accepted;
        events.push_back(std::move(parsed).value());
    }
    if (const auto error = walker.error()) {
        m_counters.reject(*error);
    }
    return events;
}

} // namespace rollwise::protocol
