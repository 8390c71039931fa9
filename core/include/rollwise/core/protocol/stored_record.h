#pragma once

// Stored records (docs/device-protocol.md, 6.5.3 - 6.5.4): fragments, reassembly, the record
// body and its CRC-16/MCRF4XX.

#include <rollwise/core/protocol/error.h>
#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rollwise::protocol {

// 6.5.4: CRC-16/MCRF4XX (poly 0x1021 reflected = 0x8408, init 0xFFFF, no final XOR).
// Check value: "123456789" -> 0x6F91.
[[nodiscard]] std::uint16_t crc16Mcrf4xx(ByteView bytes) noexcept;

// ---- Fragments (6.5.3) ---------------------------------------------------------------------

inline constexpr std::size_t kFragmentHeaderSize = 4;
inline constexpr std::size_t kFragmentChunkMax = 16;
inline constexpr std::size_t kFragmentMin = kFragmentHeaderSize + 1;
inline constexpr std::size_t kFragmentCountMax = 255;
inline constexpr std::size_t kRecordBodyMax = kFragmentChunkMax * kFragmentCountMax; // 4080

struct RecordFragment {
    std::uint16_t sequence = 1;
    std::uint8_t index = 0;
    std::uint8_t count = 1;
    ByteView chunk; // 16 bytes, or 1 - 16 in the last fragment; points into the parsed value
};

// One fragment alone: 5 - 20 bytes, sequence != 0, count != 0, index < count, every fragment
// but the last exactly 20 bytes.
[[nodiscard]] Result<RecordFragment, ProtocolError> parseRecordFragment(ByteView value);
// A body of 1 - 4080 bytes as its fragments, in order.
[[nodiscard]] Result<std::vector<Bytes>, ProtocolError> buildRecordFragments(std::uint16_t sequence,
                                                                             ByteView body);

// ---- Record body (6.5.4) -------------------------------------------------------------------

inline constexpr std::uint8_t kSummarySize = 36;   // S in v1.0
inline constexpr std::uint8_t kPassEntrySize = 15; // E in v1.0
inline constexpr std::size_t kPassEntriesMax = 255;
inline constexpr std::uint16_t kRecordDurationMax = 3600; // s

namespace recordflag {
inline constexpr std::uint8_t kLive = 0x01;
inline constexpr std::uint8_t kTruncated = 0x02;
inline constexpr std::uint8_t kClockUnset = 0x04;
inline constexpr std::uint8_t kHeadChanged = 0x08;
inline constexpr std::uint8_t kDamage = 0x10;
inline constexpr std::uint8_t kKnown = 0x1F;
} // namespace recordflag

struct StoredPass {
    std::uint16_t startTenths = 0; // 0.1 s since session start
    PassSummary pass;
    friend bool operator==(const StoredPass&, const StoredPass&) = default;
};

struct StoredRecord {
    std::uint16_t sequence = 1;
    std::uint8_t flags = 0; // recordflag:: bits; reserved bits masked off
    EndReason endReason = EndReason::DeviceControl;
    std::uint32_t startTime = kTimestampUnknown; // 0 exactly when CLOCK_UNSET
    std::uint16_t durationS = 0;
    std::optional<HeadId> headId; // nullopt: a head without an id chip (all zero)
    std::optional<std::uint16_t> depthAtStart;
    std::optional<std::uint16_t> maxDepth;
    std::uint16_t passCount = 0; // every pass, stored or not
    std::uint16_t contactTenths = 0;
    std::optional<std::uint16_t> peakPressureCn;
    std::array<std::uint8_t, 4> passesByDirection{}; // horizontal, vertical, diag up, diag down
    std::uint8_t strokeRate = 0;                     // 0 = not applicable
    std::vector<StoredPass> passes;                  // oldest first
    std::uint8_t reservedFallbacks = 0;              // reserved end reason read as Other

    [[nodiscard]] bool has(std::uint8_t flag) const noexcept { return (flags & flag) != 0; }
    friend bool operator==(const StoredRecord&, const StoredRecord&) = default;
};

// Checks 1 - 7 of 6.5.4 in order: CrcMismatch for check 2, BadRecord for every other.
// `headerSequence` is the sequence of the fragments the body came in.
[[nodiscard]] Result<StoredRecord, ProtocolError> parseRecordBody(ByteView body,
                                                                  std::uint16_t headerSequence);
// v1.0 sizes (S = 36, E = 15), CRC appended. The record must pass every check.
[[nodiscard]] Result<Bytes, ProtocolError> buildRecordBody(const StoredRecord& record);

// ---- Reassembly (6.5.3) --------------------------------------------------------------------

struct AssembledBody {
    std::uint16_t sequence = 0;
    Bytes body;
};

struct AssemblyStep {
    // A whole body (not checked yet: parseRecordBody does that).
    std::optional<AssembledBody> complete;
    // This fragment was rejected; any open assembly went with it.
    std::optional<ProtocolError> error;
    // A record that was not delivered may be gone: an open assembly was discarded, or a fragment
    // of a record not yet complete was rejected. The caller must not move its "last committed"
    // past this point. False for the fragments of a record repeated after it was complete.
    bool recordLost = false;
};

// One record at a time, fragments in order (6.5.3). Counts what it rejects.
class RecordAssembler {
public:
    // A Report procedure starts: forgets the previous complete record of the last procedure.
    void beginProcedure() noexcept;
    // Response code, Abort or link loss: an open assembly is discarded. True if one was.
    bool discard() noexcept;
    [[nodiscard]] AssemblyStep feed(ByteView fragment);

    [[nodiscard]] bool assembling() const noexcept { return m_open.has_value(); }
    // The sequence of the record being assembled.
    [[nodiscard]] std::optional<std::uint16_t> openSequence() const noexcept {
        return m_open ? std::optional<std::uint16_t>(m_open->sequence) : std::nullopt;
    }
    [[nodiscard]] const FrameCounters& counters() const noexcept { return m_counters; }

private:
    struct Open {
        std::uint16_t sequence = 0;
        std::uint8_t count = 0;
        std::uint8_t nextIndex = 0;
        Bytes body;
    };
    std::optional<Open> m_open;
    std::optional<std::uint16_t> m_lastComplete; // within the current procedure
    FrameCounters m_counters;
};

} // namespace rollwise::protocol
