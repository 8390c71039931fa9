#include <rollwise/core/device_import.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/protocol/stored_record.h>

#include <algorithm>

namespace rollwise {
namespace {

constexpr int kUmPerLengthUnit = 10; // protocol lengths are in 0.01 mm

std::optional<int> lengthUm(std::optional<std::uint16_t> length) {
    if (!length) {
        return std::nullopt;
    }
    return static_cast<int>(*length) * kUmPerLengthUnit;
}

std::optional<int> optionalInt(std::optional<std::uint16_t> value) {
    return value ? std::optional(static_cast<int>(*value)) : std::nullopt;
}

SessionOutcome outcomeOf(protocol::EndReason reason) {
    switch (reason) {
    case protocol::EndReason::DeviceControl:
    case protocol::EndReason::ControlPointStop:
    case protocol::EndReason::IdleTimeout:
        return SessionOutcome::Completed;
    case protocol::EndReason::MaximumDuration:
    case protocol::EndReason::Fault:
    case protocol::EndReason::HeadRemoved:
    case protocol::EndReason::BatteryCritical:
    case protocol::EndReason::Other:
        break;
    }
    return SessionOutcome::StoppedEarly;
}

} // namespace

std::string deviceSessionUid(std::string_view recordKey, std::int64_t sequence) {
    return "device:" + std::string(recordKey) + "#" + std::to_string(sequence);
}

ImportedSession importDeviceRecord(std::string_view recordKey, std::int64_t sequence,
                                   TimePoint receivedAt, std::span<const std::uint8_t> payload,
                                   const DeviceContext& context,
                                   std::optional<TimePoint> latestDeviceTime,
                                   std::optional<TimePoint> clockHighWater) {
    // "When it was synced", as Rollwise trusts time: never before a time it has already seen.
    receivedAt = std::max(receivedAt, clockHighWater.value_or(receivedAt));
    ImportedSession out;
    out.uid = deviceSessionUid(recordKey, sequence);
    out.headUid = std::string(recordKey) + "/head";
    SessionRecord& r = out.record;
    r.family = context.family;
    r.zonesPending = true;
    r.device = DeviceOrigin{std::string(recordKey), sequence, std::nullopt, false};
    r.start = receivedAt;
    // Unknown depth reads as the strictest row (tierForHistory), unless the device says more.
    r.needleLengthUm = context.headNeedleUm > 0 ? context.headNeedleUm : context.maxDepthUm;

    std::optional<protocol::StoredRecord> parsed;
    if (sequence > 0 && sequence <= 0xFFFF) {
        if (auto body = protocol::parseRecordBody(protocol::ByteView(payload),
                                                  static_cast<std::uint16_t>(sequence))) {
            parsed = std::move(body.value());
        }
    }
    if (!parsed) {
        // Kept raw as unreadable (6.5.5), but someone needled with it: it counts everywhere.
        r.outcome = SessionOutcome::Interrupted;
        r.reportedPasses = 1;
        r.headId = out.headUid;
        return out;
    }
    const protocol::StoredRecord& rec = *parsed;

    const bool clockSet = !rec.has(protocol::recordflag::kClockUnset) &&
                          rec.startTime != protocol::kTimestampUnknown &&
                          rec.startTime != protocol::kTimestampInvalid;
    if (clockSet) {
        const TimePoint deviceTime(
            Seconds(protocol::kTimestampEpochUnix + static_cast<std::int64_t>(rec.startTime)));
        r.device->deviceTime = deviceTime;
        const bool ahead = deviceTime > receivedAt + protocol::kFutureTolerance;
        const bool wentBack = latestDeviceTime && deviceTime < *latestDeviceTime;
        if (!ahead && !wentBack) {
            r.start = deviceTime;
            r.device->timeTrusted = true;
        }
    }
    r.end = r.start + Seconds(rec.durationS);
    r.outcome = outcomeOf(rec.endReason);
    if (rec.headId) {
        out.headUid = "head-" + rec.headId->toHex();
    }
    r.headId = out.headUid;
    // The deepest the session went decides its row; then what it started at; then the head.
    if (const auto deepest = lengthUm(rec.maxDepth)) {
        r.needleLengthUm = *deepest;
    } else if (const auto first = lengthUm(rec.depthAtStart)) {
        r.needleLengthUm = *first;
    }

    const int warnCn = Limits{}.pressureWarnCn;
    for (const auto& stored : rec.passes) {
        PassRecord p;
        p.direction =
            protocol::toCoreDirection(stored.pass.direction).value_or(Direction::Horizontal);
        p.start = r.start + std::chrono::duration_cast<Seconds>(
                                std::chrono::milliseconds(stored.startTenths * 100));
        p.duration =
            std::chrono::duration_cast<Seconds>(std::chrono::milliseconds(stored.pass.durationMs));
        p.source = PassSource::Device;
        p.distanceMm = optionalInt(stored.pass.distanceMm);
        p.speedMmPerS = optionalInt(stored.pass.speedMmPerS);
        p.meanPressureCn = optionalInt(stored.pass.meanPressureCn);
        p.peakPressureCn = optionalInt(stored.pass.peakPressureCn);
        p.depthUm = lengthUm(stored.pass.depth);
        if (p.peakPressureCn && *p.peakPressureCn >= warnCn) {
            ++r.highPressurePasses;
        }
        r.unassignedPasses.push_back(p);
    }
    if (r.highPressurePasses == 0 && rec.peakPressureCn && *rec.peakPressureCn >= warnCn) {
        r.highPressurePasses = 1;
    }
    r.reportedPasses = std::max<int>(rec.passCount, static_cast<int>(rec.passes.size()));
    if (r.reportedPasses == 0 && rec.contactTenths > 0) {
        r.reportedPasses = 1; // the needles touched the skin
    }
    return out;
}

} // namespace rollwise
