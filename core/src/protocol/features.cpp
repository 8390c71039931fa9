// Device Features (6.1) and Head Identity (6.2).
#include "bytes.h"

#include <rollwise/core/protocol/features.h>

namespace rollwise::protocol {

using namespace detail;

namespace {

constexpr auto kFeatures = FrameKind::DeviceFeatures;
constexpr auto kHead = FrameKind::HeadIdentity;

// Every rule of 6.1 a parsed or to-be-built feature set must meet.
std::optional<ProtocolError> checkFeatures(const DeviceFeatures& f) {
    if (f.protocolMajor != kProtocolMajor) {
        return makeError(ErrorKind::UnsupportedVersion, kFeatures, "protocol major",
                         "is not 1: the device needs a newer app");
    }
    if (!validNeedleCount(f.needleCount)) {
        return outOfRange(kFeatures, "needle count", "must be 1 - 2000");
    }
    if (!validLength(f.depthMin)) {
        return outOfRange(kFeatures, "depth min", "must be 0.10 - 3.00 mm");
    }
    if (!validLength(f.depthMax)) {
        return outOfRange(kFeatures, "depth max", "must be 0.10 - 3.00 mm");
    }
    const bool depthSensed = f.has(sensor::kDepth) || f.can(capability::kRemoteDepth);
    if (f.depthStep == 0) {
        if (f.depthMin != f.depthMax) {
            return inconsistent(kFeatures, "depth",
                                "must have depth min = max when the step is 0 (fixed)");
        }
        if (depthSensed) {
            return inconsistent(kFeatures, "depth", "is fixed but DEPTH or REMOTE_DEPTH is set");
        }
    } else {
        if (f.depthMin >= f.depthMax) {
            return inconsistent(kFeatures, "depth", "must have depth min < max when adjustable");
        }
        if ((f.depthMax - f.depthMin) % f.depthStep != 0) {
            return inconsistent(kFeatures, "depth step", "must divide depth max - depth min");
        }
    }
    if (f.storeId == 0) {
        return outOfRange(kFeatures, "record store id", "must not be 0");
    }
    return std::nullopt;
}

} // namespace

bool DeviceFeatures::depthAllowed(std::uint16_t depth) const noexcept {
    if (depth < depthMin || depth > depthMax) {
        return false;
    }
    return depthStep == 0 ? depth == depthMin : (depth - depthMin) % depthStep == 0;
}

Result<DeviceFeatures, ProtocolError> parseDeviceFeatures(ByteView value) {
    if (value.size() < kDeviceFeaturesSize) {
        return Failure{tooShort(kFeatures)};
    }
    if (value.size() > kMaxFrameSize) {
        return Failure{oversized(kFeatures)};
    }
    DeviceFeatures f;
    f.protocolMajor = u8(value, 0);
    f.protocolMinor = u8(value, 1);
    // The major is checked first: a later major may have moved every other field.
    if (f.protocolMajor != kProtocolMajor) {
        return Failure{*checkFeatures(f)};
    }
    const std::uint8_t family = u8(value, 2);
    if (family == 0) {
        return Failure{outOfRange(kFeatures, "family", "must not be 0")};
    }
    f.family = family <= static_cast<std::uint8_t>(Family::Stamp) ? static_cast<Family>(family)
                                                                  : Family::Unknown;
    f.sensors = u8(value, 3) & sensor::kKnown;
    f.capabilities = u8(value, 4) & capability::kKnown;
    f.needleCount = u16(value, 5);
    f.depthMin = u16(value, 7);
    f.depthMax = u16(value, 9);
    f.depthStep = u16(value, 11);
    f.recordCapacity = u16(value, 13);
    f.storeId = u32(value, 15);
    if (auto error = checkFeatures(f)) {
        return Failure{std::move(*error)};
    }
    return f;
}

Result<Bytes, ProtocolError> buildDeviceFeatures(const DeviceFeatures& f) {
    if (auto error = checkFeatures(f)) {
        return Failure{std::move(*error)};
    }
    if (f.family == Family::Unknown) {
        return Failure{outOfRange(kFeatures, "family", "must be roller, pen or stamp")};
    }
    if ((f.sensors & ~sensor::kKnown) != 0 || (f.capabilities & ~capability::kKnown) != 0) {
        return Failure{outOfRange(kFeatures, "sensors or capabilities", "use reserved bits")};
    }
    Bytes out;
    out.reserve(kDeviceFeaturesSize);
    put8(out, f.protocolMajor);
    put8(out, f.protocolMinor);
    put8(out, static_cast<std::uint8_t>(f.family));
    put8(out, f.sensors);
    put8(out, f.capabilities);
    put16(out, f.needleCount);
    put16(out, f.depthMin);
    put16(out, f.depthMax);
    put16(out, f.depthStep);
    put16(out, f.recordCapacity);
    put32(out, f.storeId);
    return out;
}

DeviceFamily coreFamily(const DeviceFeatures& features) noexcept {
    switch (features.family) {
    case Family::Pen:
        return DeviceFamily::Pen;
    case Family::Roller:
    case Family::Stamp:
        return features.has(sensor::kPressure) || features.has(sensor::kSpeed)
                   ? DeviceFamily::SmartRoller
                   : DeviceFamily::HomeTool;
    case Family::Unknown:
        break;
    }
    return DeviceFamily::PlainRoller;
}

// ---- Head Identity ---------------------------------------------------------------------------

namespace {

std::optional<ProtocolError> checkHead(const HeadIdentity& h) {
    if (!h.present()) {
        return std::nullopt;
    }
    if (h.hasId() && !h.id.valid()) {
        return outOfRange(kHead, "head id", "must not be all 0x00 or all 0xFF");
    }
    if (!validLength(h.needleLength)) {
        return outOfRange(kHead, "needle length", "must be 0.10 - 3.00 mm");
    }
    if (!validNeedleCount(h.needleCount)) {
        return outOfRange(kHead, "needle count", "must be 1 - 2000");
    }
    if (!validTimestamp(h.firstUse)) {
        return outOfRange(kHead, "first use", "is not a valid timestamp");
    }
    return std::nullopt;
}

} // namespace

Result<HeadIdentity, ProtocolError> parseHeadIdentity(ByteView value) {
    if (value.size() < kHeadIdentitySize) {
        return Failure{tooShort(kHead)};
    }
    if (value.size() > kMaxFrameSize) {
        return Failure{oversized(kHead)};
    }
    HeadIdentity h;
    h.flags = u8(value, 0) & headflag::kKnown;
    if (!h.present()) {
        // 6.2: without PRESENT the rest is ignored, whatever was sent.
        h.flags = 0;
        return h;
    }
    if (h.hasId()) {
        for (std::size_t i = 0; i < h.id.bytes.size(); ++i) {
            h.id.bytes[i] = u8(value, 1 + i);
        }
    }
    h.needleLength = u16(value, 9);
    h.needleCount = u16(value, 11);
    h.firstUse = u32(value, 13);
    h.useCount = u16(value, 17);
    if (auto error = checkHead(h)) {
        return Failure{std::move(*error)};
    }
    return h;
}

Result<Bytes, ProtocolError> buildHeadIdentity(const HeadIdentity& h) {
    if ((h.flags & ~headflag::kKnown) != 0) {
        return Failure{outOfRange(kHead, "flags", "use reserved bits")};
    }
    if (!h.present() && h != HeadIdentity{}) {
        return Failure{inconsistent(kHead, "fields", "must all be zero without PRESENT")};
    }
    if (!h.hasId() && h.id != HeadId{}) {
        return Failure{inconsistent(kHead, "head id", "must be zero without ID_VALID")};
    }
    if (auto error = checkHead(h)) {
        return Failure{std::move(*error)};
    }
    Bytes out(kHeadIdentitySize, 0);
    if (!h.present()) {
        return out; // 6.2: no head, all zeros
    }
    out.clear();
    put8(out, h.flags);
    for (const auto b : h.id.bytes) {
        put8(out, b);
    }
    put16(out, h.needleLength);
    put16(out, h.needleCount);
    put32(out, h.firstUse);
    put16(out, h.useCount);
    return out;
}

} // namespace rollwise::protocol
