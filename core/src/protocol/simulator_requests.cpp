// Simulated devices: the answers to reads, writes, CCCD writes, the Control Point and the Record
// Access Control Point (docs/device-protocol.md, sections 5 and 6; 8.1).
#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/simulator.h>

#include <algorithm>

namespace rollwise::protocol {

namespace {

constexpr std::uint8_t kBatteryStartPercent = 5; // Start refused below (6.4.2)

} // namespace

// ---- Requests --------------------------------------------------------------------------------

void SimulatedDevice::handle(const Request& request) {
    switch (request.kind) {
    case Request::Kind::Read:
        handleRead(request);
        return;
    case Request::Kind::Write:
        handleWrite(request);
        return;
    case Request::Kind::Subscribe:
        handleSubscribe(request);
        return;
    }
}

void SimulatedDevice::handleRead(const Request& request) {
    const Characteristic* c = find(request.characteristic);
    GattEvent done;
    done.kind = GattEvent::Kind::ReadDone;
    done.characteristic = request.characteristic;
    if (c == nullptr || !allowed(c->readSecurity)) {
        done.attError = att::kInsufficientAuthentication;
        enqueue(std::move(done));
        return;
    }
    if (request.characteristic == uuid::kCurrentTime) {
        // 5.5: local time from the UTC the device keeps; all zero when the clock is not set.
        done.value = Bytes(kCurrentTimeSize, 0);
        if (m_clockOffset) {
            const auto utc = m_clock.now() + *m_clockOffset;
            const auto seconds = std::chrono::floor<Seconds>(utc);
            const auto fraction = static_cast<std::uint8_t>(
                std::chrono::duration_cast<std::chrono::milliseconds>(utc - seconds).count() * 256 /
                1000);
            const auto offset = m_localTime.known() ? m_localTime.utcOffset() : Minutes{0};
            CurrentTime time = currentTimeAt(seconds, offset, fraction, 0);
            if (auto bytes = buildCurrentTime(time)) {
                done.value = std::move(bytes).value();
            }
        }
    } else if (request.characteristic == uuid::kLocalTimeInformation) {
        done.value = {static_cast<std::uint8_t>(m_localTime.timeZone), m_localTime.dstOffset};
    } else {
        done.value = c->value;
    }
    enqueue(std::move(done));
}

void SimulatedDevice::handleWrite(const Request& request) {
    Characteristic* c = find(request.characteristic);
    GattEvent done;
    done.kind = GattEvent::Kind::WriteDone;
    done.characteristic = request.characteristic;
    const auto answer = [&](std::uint8_t error) {
        done.attError = error;
        enqueue(std::move(done));
    };
    if (c == nullptr || !allowed(c->writeSecurity)) {
        answer(att::kInsufficientAuthentication);
        return;
    }
    if (request.value.empty()) {
        answer(att::kInvalidAttributeValueLength);
        return;
    }
    const Uuid& u = request.characteristic;
    if (u == uuid::kCurrentTime) {
        auto time = parseCurrentTime(request.value);
        if (!time || !time.value().isSet() || time.value().year < kRollwiseYearMin ||
            time.value().year > kRollwiseYearMax || time.value().dayOfWeek == 0) {
            answer(att::kOutOfRange); // 5.5: never applied in part
            return;
        }
        const auto local = *localSeconds(time.value());
        const auto offset = m_localTime.known() ? m_localTime.utcOffset() : Minutes{0};
        const auto utc =
            std::chrono::system_clock::time_point{local - offset} +
            std::chrono::duration_cast<std::chrono::system_clock::duration>(
                std::chrono::microseconds{time.value().fractions256 * 1'000'000 / 256});
        m_clockOffset = utc - m_clock.now();
        answer(att::kSuccess);
        return;
    }
    if (u == uuid::kLocalTimeInformation) {
        auto lti = parseLocalTimeInformation(request.value);
        if (!lti || !lti.value().known()) {
            answer(att::kOutOfRange);
            return;
        }
        m_localTime = lti.value();
        answer(att::kSuccess);
        return;
    }
    if (u == uuid::kControlPoint) {
        if (!c->subscribed) {
            answer(att::kCccdImproperlyConfigured);
            return;
        }
        answer(att::kSuccess);
        handleControlPoint(request.value);
        return;
    }
    if (u == uuid::kRecordAccessControl) {
        if (!c->subscribed || !subscribed(uuid::kStoredRecord)) {
            answer(att::kCccdImproperlyConfigured);
            return;
        }
        const bool isAbort = request.value[0] == static_cast<std::uint8_t>(RacpOpcode::Abort);
        if (m_procedure && !isAbort) {
            answer(att::kProcedureAlreadyInProgress);
            return;
        }
        answer(att::kSuccess);
        if (!m_misbehave.silentRacp) {
            handleRacp(request.value);
        }
        return;
    }
    answer(att::kWriteNotPermitted);
}

void SimulatedDevice::handleSubscribe(const Request& request) {
    Characteristic* c = find(request.characteristic);
    GattEvent done;
    done.kind = GattEvent::Kind::SubscribeDone;
    done.characteristic = request.characteristic;
    if (c == nullptr || !allowed(c->cccdSecurity)) {
        done.attError = att::kInsufficientAuthentication;
        enqueue(std::move(done));
        return;
    }
    const bool wasOn = c->subscribed;
    c->subscribed = request.enable;
    enqueue(std::move(done));
    if (request.characteristic == uuid::kLiveEvents && request.enable && !wasOn) {
        // 6.3.3: Battery Level, one Fault per active fault, then Session Started (origin 3).
        m_lastBatteryEvent = mono();
        m_reportedLevel = batteryLevel();
        m_reportedCharging = m_charging;
        const std::optional<std::uint32_t> time =
            m_session ? std::optional(offsetMs(mono())) : std::nullopt;
        emitLive(BatteryStatus{batteryLevel(),
                               static_cast<std::uint8_t>(m_charging ? power::kCharging : 0)},
                 time);
        for (const std::uint8_t code : m_faults) {
            emitLive(FaultEvent{code, true, m_faultDetail[code]}, time);
        }
        if (m_session) {
            emitLive(SessionStarted{m_session->id, m_session->startTime, SessionOrigin::Resent,
                                    m_session->depthAtStart, m_session->passCount},
                     time);
        }
    }
}

void SimulatedDevice::handleControlPoint(ByteView value) {
    ControlResponse response;
    const auto indicate = [&] {
        notify(uuid::kControlPoint, buildControlResponse(response).value(), true);
    };
    auto parsed = parseControlRequest(value, m_profile.features);
    if (!parsed) {
        response.requestOpcode = parsed.error().opcode;
        response.result = parsed.error().result;
        indicate();
        return;
    }
    const ControlRequest request = parsed.value();
    response.requestOpcode = static_cast<std::uint8_t>(opcodeOf(request));
    if (std::holds_alternative<StartSessionRequest>(request)) {
        const bool headMissing = !m_head.present() || m_faults.contains(fault::kHeadMissing);
        if (m_session || headMissing || m_faults.contains(fault::kMotorStall) ||
            m_faults.contains(fault::kOverheat) || batteryLevel() < kBatteryStartPercent) {
            response.result = ControlResult::NotAllowedNow;
            indicate();
            return;
        }
        // The indication goes first; Session Started follows it (9.5).
        const std::uint16_t id = reserveSessionId();
        response.sessionId = id;
        indicate();
        startSession(SessionOrigin::ControlPoint, id);
        return;
    }
    if (std::holds_alternative<StopSessionRequest>(request)) {
        if (!m_session) {
            response.result = ControlResult::NotAllowedNow;
            indicate();
            return;
        }
        indicate();
        endSession(EndReason::ControlPointStop, mono());
        return;
    }
    if (const auto* cue = std::get_if<PacingCueRequest>(&request)) {
        m_lastCue = *cue; // a new cue replaces one still playing
        indicate();
        return;
    }
    if (const auto* depth = std::get_if<SetDepthRequest>(&request)) {
        if (m_pass) {
            response.result = ControlResult::NotAllowedNow;
            indicate();
            return;
        }
        indicate();
        m_depth = depth->depth;
        if (m_session) {
            m_session->maxDepth = std::max(m_session->maxDepth, m_depth);
        }
        // 6.4.1: always followed by Depth Changed, origin Control Point.
        emitLive(DepthChanged{m_depth, ChangeOrigin::ControlPoint},
                 m_session ? std::optional(offsetMs(mono())) : std::nullopt);
    }
}

void SimulatedDevice::answerRacp(RacpOpcode request, RacpResponseCode code) {
    notify(uuid::kRecordAccessControl,
           buildRacpResponse(RacpResponse::result(request, code)).value(), true);
}

std::vector<std::uint16_t> SimulatedDevice::selected(const RacpRequest& request) const {
    std::vector<std::uint16_t> out;
    if (m_records.empty()) {
        return out;
    }
    if (request.op == RacpOperator::First) {
        return {m_records.begin()->first};
    }
    if (request.op == RacpOperator::Last) {
        return {m_records.rbegin()->first};
    }
    for (const auto& [sequence, record] : m_records) {
        if (request.selects(sequence)) {
            out.push_back(sequence);
        }
    }
    return out;
}

void SimulatedDevice::handleRacp(ByteView value) {
    auto parsed = parseRacpRequest(value);
    if (!parsed) {
        RacpResponse r;
        r.opcode = RacpOpcode::ResponseCode;
        r.requestOpcode = parsed.error().opcode;
        r.code = parsed.error().code;
        notify(uuid::kRecordAccessControl, buildRacpResponse(r).value(), true);
        return;
    }
    const RacpRequest request = parsed.value();
    switch (request.opcode) {
    case RacpOpcode::ReportNumber:
        notify(uuid::kRecordAccessControl,
               buildRacpResponse(
                   RacpResponse::number(static_cast<std::uint16_t>(selected(request).size())))
                   .value(),
               true);
        return;
    case RacpOpcode::ReportRecords:
        startReport(request);
        return;
    case RacpOpcode::DeleteRecords: {
        const auto matching = selected(request);
        if (matching.empty()) {
            answerRacp(RacpOpcode::DeleteRecords, RacpResponseCode::NoRecordsFound);
            return;
        }
        for (const auto sequence : matching) {
            m_records.erase(sequence); // atomic: nothing can interrupt it here
        }
        if (m_records.empty() && m_nextSequence == 0) {
            // 6.5.1: numbering was exhausted; an empty store starts again with a new id.
            m_storeId = m_storeId * 1664525u + 1013904223u;
            m_storeId = m_storeId == 0 ? 1 : m_storeId;
            m_profile.features.storeId = m_storeId;
            m_gatt[uuid::kDeviceFeatures].value = buildDeviceFeatures(m_profile.features).value();
            m_nextSequence = 1;
        }
        answerRacp(RacpOpcode::DeleteRecords, RacpResponseCode::Success);
        return;
    }
    case RacpOpcode::Abort:
        m_procedure.reset();
        answerRacp(RacpOpcode::Abort, RacpResponseCode::Success);
        return;
    case RacpOpcode::NumberResponse:
    case RacpOpcode::ResponseCode:
        answerRacp(request.opcode, RacpResponseCode::OpcodeNotSupported);
        return;
    }
}

void SimulatedDevice::startReport(const RacpRequest& request) {
    const auto matching = selected(request); // the set is taken when the write arrives
    if (matching.empty()) {
        answerRacp(RacpOpcode::ReportRecords, RacpResponseCode::NoRecordsFound);
        return;
    }
    Procedure procedure;
    procedure.opcode = RacpOpcode::ReportRecords;
    procedure.nextFrame = mono();
    procedure.finalResponse = buildRacpResponse(RacpResponse::result(RacpOpcode::ReportRecords,
                                                                     RacpResponseCode::Success))
                                  .value();
    for (const auto sequence : matching) {
        auto built = buildRecordBody(m_records.at(sequence));
        if (!built) {
            // A record the device cannot encode (only a test can inject one) is never sent,
            // rather than ending the report with an exception.
            continue;
        }
        Bytes body = std::move(built).value();
        if (m_misbehave.corruptRecords > 0) {
            --m_misbehave.corruptRecords;
            body.back() ^= 0xFF;
        }
        auto fragments = buildRecordFragments(sequence, body).value();
        const int times = m_misbehave.repeatRecords > 0 ? 2 : 1;
        if (times == 2) {
            --m_misbehave.repeatRecords;
        }
        for (int t = 0; t < times; ++t) {
            for (const auto& f : fragments) {
                procedure.fragments.push_back(f);
            }
        }
    }
    m_procedure = std::move(procedure);
}

void SimulatedDevice::serviceProcedure() {
    while (m_procedure && m_link == LinkState::Connected && m_procedure->nextFrame <= mono()) {
        if (m_procedure->fragments.empty()) {
            Bytes response = std::move(m_procedure->finalResponse);
            m_procedure.reset();
            notify(uuid::kRecordAccessControl, std::move(response), true);
            return;
        }
        if (m_misbehave.dropLinkAfterFragments == 0) {
            m_misbehave.dropLinkAfterFragments = -1;
            linkDown();
            return;
        }
        Bytes fragment = std::move(m_procedure->fragments.front());
        m_procedure->fragments.pop_front();
        if (m_misbehave.truncatedFragments > 0) {
            --m_misbehave.truncatedFragments;
            fragment.pop_back();
        }
        notify(uuid::kStoredRecord, std::move(fragment));
        ++m_fragments;
        if (m_misbehave.dropLinkAfterFragments > 0) {
            --m_misbehave.dropLinkAfterFragments;
        }
        m_procedure->nextFrame += m_misbehave.racpFrameInterval;
    }
}

} // namespace rollwise::protocol
