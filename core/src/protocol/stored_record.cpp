// Stored records (6.5.3 - 6.5.4): CRC, fragments, body and reassembly.
#include "bytes.h"

#include <rollwise/core/protocol/stored_record.h>

#include <algorithm>

namespace rollwise::protocol {

using namespace detail;

namespace {

constexpr auto kFragment = FrameKind::RecordFragment;
constexpr auto kBody = FrameKind::RecordBody;

ProtocolError badRecord(std::string_view field, std::string_view rule) {
    return makeError(ErrorKind::BadRecord, kBody, field, rule);
}

// Offsets of the v1.0 summary (6.5.4).
namespace at {
constexpr std::size_t kSummaryLength = 0;
constexpr std::size_t kEntrySize = 1;
constexpr std::size_t kSequence = 2;
constexpr std::size_t kEntries = 4;
constexpr std::size_t kFlags = 5;
constexpr std::size_t kEndReason = 6;
constexpr std::size_t kStart = 7;
constexpr std::size_t kDuration = 11;
constexpr std::size_t kHeadId = 13;
constexpr std::size_t kDepthAtStart = 21;
constexpr std::size_t kMaxDepth = 23;
constexpr std::size_t kPassCount = 25;
constexpr std::size_t kContact = 27;
constexpr std::size_t kPeak = 29;
constexpr std::size_t kDirections = 31;
constexpr std::size_t kStrokeRate = 35;
} // namespace at

std::optional<ProtocolError> readOptionalLength(ByteView b, std::size_t offset,
                                                std::string_view field,
                                                std::optional<std::uint16_t>& out) {
    const std::uint16_t raw = u16(b, offset);
    if (raw == kNotMeasured) {
        out.reset();
        return std::nullopt;
    }
    if (!validLength(raw)) {
        return badRecord(field, "must be 0.10 - 3.00 mm or unknown");
    }
    out = raw;
    return std::nullopt;
}

} // namespace

std::uint16_t crc16Mcrf4xx(ByteView bytes) noexcept {
    std::uint16_t crc = 0xFFFF;
    for (const std::uint8_t b : bytes) {
        crc ^= b;
        for (int i = 0; i < 8; ++i) {
            crc = (crc & 1) != 0 ? static_cast<std::uint16_t>((crc >> 1) ^ 0x8408)
                                 : static_cast<std::uint16_t>(crc >> 1);
        }
    }
    return crc;
}

// ---- Fragments -------------------------------------------------------------------------------

Result<RecordFragment, ProtocolError> parseRecordFragment(ByteView value) {
    if (value.size() < kFragmentMin) {
        return Failure{tooShort(kFragment)};
    }
    if (value.size() > kMaxFrameSize) {
        return Failure{oversized(kFragment)};
    }
    RecordFragment f;
    f.sequence = u16(value, 0);
    f.index = u8(value, 2);
    f.count = u8(value, 3);
    if (f.sequence == 0) {
        return Failure{outOfRange(kFragment, "record sequence", "must be 1 - 65535")};
    }
    if (f.count == 0) {
        return Failure{outOfRange(kFragment, "fragment count", "must be 1 - 255")};
    }
    if (f.index >= f.count) {
        return Failure{outOfRange(kFragment, "fragment index", "must be below the count")};
    }
    if (f.index + 1 < f.count && value.size() != kMaxFrameSize) {
        return Failure{lengthMismatch(kFragment, "must be 20 bytes unless it is the last")};
    }
    f.chunk = value.subspan(kFragmentHeaderSize);
    return f;
}

Result<std::vector<Bytes>, ProtocolError> buildRecordFragments(std::uint16_t sequence,
                                                               ByteView body) {
    if (sequence == 0) {
        return Failure{outOfRange(kFragment, "record sequence", "must be 1 - 65535")};
    }
    if (body.empty() || body.size() > kRecordBodyMax) {
        return Failure{outOfRange(kFragment, "body", "must be 1 - 4080 bytes")};
    }
    const std::size_t count = (body.size() + kFragmentChunkMax - 1) / kFragmentChunkMax;
    std::vector<Bytes> fragments;
    fragments.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const ByteView chunk =
            body.subspan(i * kFragmentChunkMax,
                         std::min(kFragmentChunkMax, body.size() - i * kFragmentChunkMax));
        Bytes f;
        f.reserve(kFragmentHeaderSize + chunk.size());
        put16(f, sequence);
        put8(f, static_cast<std::uint8_t>(i));
        put8(f, static_cast<std::uint8_t>(count));
        f.insert(f.end(), chunk.begin(), chunk.end());
        fragments.push_back(std::move(f));
    }
    return fragments;
}

// ---- Body ------------------------------------------------------------------------------------

Result<StoredRecord, ProtocolError> parseRecordBody(ByteView body, std::uint16_t headerSequence) {
    // Check 1: sizes.
    if (body.size() < 2) {
        return Failure{badRecord("body", "is too short for its sizes")};
    }
    const std::size_t s = u8(body, at::kSummaryLength);
    const std::size_t e = u8(body, at::kEntrySize);
    if (s < kSummarySize) {
        return Failure{badRecord("summary length", "must be at least 36")};
    }
    if (e < kPassEntrySize) {
        return Failure{badRecord("pass entry size", "must be at least 15")};
    }
    if (body.size() < s + 2) {
        return Failure{badRecord("body", "is shorter than its summary")};
    }
    const std::size_t n = u8(body, at::kEntries);
    if (body.size() != s + e * n + 2) {
        return Failure{badRecord("body", "length is not S + E x n + 2")};
    }
    // Check 2: CRC over everything before it.
    const std::size_t crcAt = body.size() - 2;
    if (crc16Mcrf4xx(body.first(crcAt)) != u16(body, crcAt)) {
        return Failure{makeError(ErrorKind::CrcMismatch, kBody, "CRC", "does not match")};
    }
    // Check 3: the body belongs to the fragments it came in.
    StoredRecord r;
    r.sequence = u16(body, at::kSequence);
    if (r.sequence != headerSequence || r.sequence == 0) {
        return Failure{badRecord("record sequence", "differs from the fragment header")};
    }
    // Check 4: every field within its type.
    r.flags = u8(body, at::kFlags) & recordflag::kKnown;
    const std::uint8_t reason = u8(body, at::kEndReason);
    if (reason == 0) {
        return Failure{badRecord("end reason", "must not be 0")};
    }
    if (reason <= static_cast<std::uint8_t>(EndReason::BatteryCritical)) {
        r.endReason = static_cast<EndReason>(reason);
    } else {
        r.endReason = EndReason::Other;
        ++r.reservedFallbacks;
    }
    r.startTime = u32(body, at::kStart);
    if (!validTimestamp(r.startTime)) {
        return Failure{badRecord("start time", "is not a valid timestamp")};
    }
    r.durationS = u16(body, at::kDuration);
    if (r.durationS > kRecordDurationMax) {
        return Failure{badRecord("duration", "must be 0 - 3600 s")};
    }
    HeadId id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i) {
        id.bytes[i] = u8(body, at::kHeadId + i);
    }
    if (id != HeadId{}) {
        if (!id.valid()) {
            return Failure{badRecord("head id", "must not be all 0xFF")};
        }
        r.headId = id;
    }
    if (auto err = readOptionalLength(body, at::kDepthAtStart, "depth at start", r.depthAtStart)) {
        return Failure{std::move(*err)};
    }
    if (auto err = readOptionalLength(body, at::kMaxDepth, "maximum depth", r.maxDepth)) {
        return Failure{std::move(*err)};
    }
    if (r.depthAtStart && r.maxDepth && *r.maxDepth < *r.depthAtStart) {
        return Failure{badRecord("maximum depth", "is below the depth at start")};
    }
    r.passCount = u16(body, at::kPassCount);
    if (n > r.passCount) {
        return Failure{badRecord("stored pass entries", "exceed the pass count")};
    }
    if (!r.has(recordflag::kTruncated) && n != r.passCount) {
        return Failure{badRecord("stored pass entries", "differ from the pass count without "
                                                        "TRUNCATED")};
    }
    r.contactTenths = u16(body, at::kContact);
    if (!validTenths(r.contactTenths)) {
        return Failure{badRecord("contact time", "must be 0 - 3600.0 s")};
    }
    const std::uint16_t peak = u16(body, at::kPeak);
    if (peak != kNotMeasured) {
        if (!validPressure(peak)) {
            return Failure{badRecord("peak pressure", "must be 0 - 50.00 N")};
        }
        r.peakPressureCn = peak;
    }
    for (std::size_t i = 0; i < r.passesByDirection.size(); ++i) {
        r.passesByDirection[i] = u8(body, at::kDirections + i);
    }
    r.strokeRate = u8(body, at::kStrokeRate);
    if (r.strokeRate != 0 && !validStrokeRate(r.strokeRate)) {
        return Failure{badRecord("stroke rate", "must be 0 or 1 - 200 strokes/s")};
    }
    // Check 5: the clock flag and the start time agree.
    if (r.has(recordflag::kClockUnset) != (r.startTime == kTimestampUnknown)) {
        return Failure{badRecord("start time", "must be 0 exactly when CLOCK_UNSET is set")};
    }
    // Checks 4 (entries) and 6: each entry valid, in order, inside the session.
    r.passes.reserve(n);
    const std::uint64_t sessionEndMs = std::uint64_t{r.durationS} * 1000 + 1000;
    for (std::size_t i = 0; i < n; ++i) {
        const ByteView entry = body.subspan(s + i * e, kPassEntrySize);
        StoredPass pass;
        pass.startTenths = u16(entry, 0);
        if (!validTenths(pass.startTenths)) {
            return Failure{badRecord("pass start", "must be 0 - 3600.0 s")};
        }
        auto summary = readPassSummary(entry.subspan(2), kBody, r.reservedFallbacks);
        if (!summary) {
            ProtocolError err = summary.error();
            err.kind = ErrorKind::BadRecord;
            return Failure{std::move(err)};
        }
        pass.pass = std::move(summary).value();
        if (!r.passes.empty() && pass.startTenths < r.passes.back().startTenths) {
            return Failure{badRecord("pass start", "goes back in time")};
        }
        if (std::uint64_t{pass.startTenths} * 100 + pass.pass.durationMs > sessionEndMs) {
            return Failure{badRecord("pass", "ends after the session")};
        }
        r.passes.push_back(std::move(pass));
    }
    // Check 7: direction counts (which saturate at 255) fit the pass count.
    const auto& d = r.passesByDirection;
    const bool saturated = std::any_of(d.begin(), d.end(), [](auto c) { return c == 255; });
    if (!saturated && std::size_t{d[0]} + d[1] + d[2] + d[3] > r.passCount) {
        return Failure{badRecord("passes by direction", "add up to more than the pass count")};
    }
    return r;
}

Result<Bytes, ProtocolError> buildRecordBody(const StoredRecord& r) {
    if (r.passes.size() > kPassEntriesMax) {
        return Failure{badRecord("stored pass entries", "must be at most 255")};
    }
    Bytes out;
    out.reserve(kSummarySize + kPassEntrySize * r.passes.size() + 2);
    put8(out, kSummarySize);
    put8(out, kPassEntrySize);
    put16(out, r.sequence);
    put8(out, static_cast<std::uint8_t>(r.passes.size()));
    put8(out, r.flags);
    put8(out, static_cast<std::uint8_t>(r.endReason));
    put32(out, r.startTime);
    put16(out, r.durationS);
    const HeadId id = r.headId.value_or(HeadId{});
    out.insert(out.end(), id.bytes.begin(), id.bytes.end());
    putOpt16(out, r.depthAtStart);
    putOpt16(out, r.maxDepth);
    put16(out, r.passCount);
    put16(out, r.contactTenths);
    putOpt16(out, r.peakPressureCn);
    out.insert(out.end(), r.passesByDirection.begin(), r.passesByDirection.end());
    put8(out, r.strokeRate);
    for (const auto& pass : r.passes) {
        put16(out, pass.startTenths);
        auto summary = buildPassSummary(pass.pass, kBody);
        if (!summary) {
            ProtocolError err = summary.error();
            err.kind = ErrorKind::BadRecord;
            return Failure{std::move(err)};
        }
        out.insert(out.end(), summary.value().begin(), summary.value().end());
    }
    put16(out, crc16Mcrf4xx(out));
    // The parser states what a valid record is; the body must read back as `r` exactly.
    auto parsed = parseRecordBody(out, r.sequence);
    if (!parsed) {
        return Failure{parsed.error()};
    }
    StoredRecord expected = r;
    expected.reservedFallbacks = 0;
    if (parsed.value().reservedFallbacks != 0 || parsed.value() != expected) {
        return Failure{badRecord("record", "uses a reserved or unrepresentable value")};
    }
    return out;
}

// ---- Reassembly ------------------------------------------------------------------------------

void RecordAssembler::beginProcedure() noexcept {
    m_open.reset();
    m_lastComplete.reset();
}

bool RecordAssembler::discard() noexcept {
    if (!m_open) {
        return false;
    }
    m_open.reset();
    m_counters.reject(ErrorKind::IncompleteRecord);
    return true;
}

AssemblyStep RecordAssembler::feed(ByteView value) {
    AssemblyStep step;
    auto parsed = parseRecordFragment(value);
    if (!parsed) {
        // A fragment that cannot be read may belong to any record: count a loss.
        step.recordLost = true;
        m_open.reset();
        m_counters.reject(parsed.error().kind);
        step.error = parsed.error();
        return step;
    }
    const RecordFragment f = parsed.value();
    // A repeat of a record already complete in this procedure is a duplicate, not a loss.
    const bool stale = m_lastComplete && f.sequence <= *m_lastComplete;
    const auto inconsistentFragment = [&](std::string_view rule) {
        step.recordLost = step.recordLost || m_open.has_value() || !stale;
        m_open.reset();
        m_counters.reject(ErrorKind::InconsistentFragment);
        step.error = makeError(ErrorKind::InconsistentFragment, kFragment, {}, rule);
    };
    if (f.index == 0) {
        if (m_open) {
            m_counters.reject(ErrorKind::IncompleteRecord);
            step.recordLost = true;
            m_open.reset();
        }
        if (stale) {
            inconsistentFragment("repeats a record that was already complete");
            return step;
        }
        m_open = Open{f.sequence, f.count, 0, {}};
        m_open->body.reserve(std::size_t{f.count} * kFragmentChunkMax);
    } else if (!m_open || m_open->sequence != f.sequence || m_open->count != f.count ||
               m_open->nextIndex != f.index) {
        inconsistentFragment("does not continue the open record");
        return step;
    }
    m_open->body.insert(m_open->body.end(), f.chunk.begin(), f.chunk.end());
    ++m_open->nextIndex;
    if (m_open->nextIndex == m_open->count) {
        m_lastComplete = m_open->sequence;
        step.complete = AssembledBody{m_open->sequence, std::move(m_open->body)};
        m_open.reset();
        ++m_counters.accepted;
    }
    return step;
}

} // namespace rollwise::protocol
