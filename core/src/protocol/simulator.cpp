// Simulated devices (docs/device-protocol.md, sections 8 and 8.1).
#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/simulator.h>

#include <algorithm>

namespace rollwise::protocol {

namespace {

using namespace std::chrono_literals;
using Mono = std::chrono::steady_clock::duration;

constexpr Mono kSampleInterval = 100ms;             // 6.3.3: Pressure Sample at most every 100 ms
constexpr std::chrono::milliseconds kMaxPass = 60s; // 6.3.5
constexpr Mono kIdleTimeout = 120s;                 // 6.3.6
constexpr Mono kMaxSession = 3600s;                 // 6.3.6
constexpr Mono kBatteryEventInterval = 60s;         // 6.3.3
constexpr std::uint8_t kBatteryWarnPercent = 20;    // 6.3.3 thresholds
constexpr std::uint8_t kBatteryLowPercent = 10;     // Fault low battery
constexpr std::uint8_t kBatteryStartPercent = 5;    // Start refused below (6.4.2)
constexpr std::uint8_t kBatteryCriticalPercent = 2; // session ends, reason 7
constexpr int kPumpLimit = 1'000'000;               // a bound, never reached in practice

std::uint32_t ms(Mono d) {
    return static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(d).count());
}

HeadId headIdOf(std::initializer_list<std::uint8_t> bytes) {
    HeadId id;
    std::copy(bytes.begin(), bytes.end(), id.bytes.begin());
    return id;
}

} // namespace

// ---- Profiles (section 8) --------------------------------------------------------------------

SimProfile SimProfile::smartRoller() {
    SimProfile p;
    p.family = DeviceFamily::SmartRoller;
    p.model = "RW-R540";
    p.serial = "R540-0001";
    p.features = DeviceFeatures{1, 0, Family::Roller, 0x07, 0x0D, 540, 20, 20, 0, 30, 0x5A17C3E1};
    // 9.3 "roller head": three sessions old.
    p.head.flags = headflag::kPresent | headflag::kIdValid;
    p.head.id = headIdOf({0x3F, 0x8A, 0x10, 0x5C, 0xE2, 0x47, 0x9B, 0x01});
    p.head.needleLength = 20;
    p.head.needleCount = 540;
    p.head.firstUse = 0x2F5616AA;
    p.head.useCount = 3;
    p.depth = 20;
    return p;
}

SimProfile SimProfile::pen() {
    SimProfile p;
    p.family = DeviceFamily::Pen;
    p.model = "RW-P11";
    p.serial = "P11-0001";
    p.features = DeviceFeatures{1, 0, Family::Pen, 0x1C, 0x0F, 11, 50, 250, 25, 50, 0x9E04B722};
    // 9.3 "pen cartridge": new, single use.
    p.head.flags = headflag::kPresent | headflag::kIdValid | headflag::kSingleUse;
    p.head.id = headIdOf({0xC7, 0x0E, 0x55, 0x12, 0xA0, 0xB3, 0xD9, 0x04});
    p.head.needleLength = 250;
    p.head.needleCount = 11;
    p.depth = 50;
    p.strokeRate = 120;
    return p;
}

SimProfile SimProfile::homeTool() {
    SimProfile p;
    p.family = DeviceFamily::HomeTool;
    p.model = "RW-H03";
    p.serial = "H03-0001";
    p.features = DeviceFeatures{1, 0, Family::Roller, 0x01, 0x04, 192, 30, 30, 0, 20, 0x3C6D19F0};
    // No id chip (section 8).
    p.head.flags = headflag::kPresent;
    p.head.needleLength = 30;
    p.head.needleCount = 192;
    p.depth = 30;
    return p;
}

SimProfile SimProfile::forFamily(DeviceFamily family) {
    switch (family) {
    case DeviceFamily::Pen:
        return pen();
    case DeviceFamily::HomeTool:
        return homeTool();
    case DeviceFamily::SmartRoller:
    case DeviceFamily::PlainRoller:
        break;
    }
    return smartRoller();
}

// ---- Construction and the GATT model -----------------------------------------------------------

SimulatedDevice::SimulatedDevice(SimProfile profile, const Clock& clock)
    : m_profile(std::move(profile))
    , m_clock(clock)
    , m_head(m_profile.head)
    , m_depth(m_profile.depth)
    , m_strokeRate(m_profile.strokeRate)
    , m_drainedUntil(clock.monotonic())
    , m_storeId(m_profile.features.storeId) {
    buildGattModel();
}

void SimulatedDevice::buildGattModel() {
    const auto add = [this](const Uuid& uuid, Characteristic c) { m_gatt[uuid] = std::move(c); };
    const auto readable = [](Security security, Bytes value) {
        Characteristic c;
        c.read = true;
        c.readSecurity = security;
        c.value = std::move(value);
        return c;
    };
    const auto text = [](const std::string& s) { return Bytes(s.begin(), s.end()); };

    Characteristic serviceChanged;
    serviceChanged.indicate = true;
    serviceChanged.cccdSecurity = Security::Open;
    serviceChanged.value = {0x01, 0x00, 0xFF, 0xFF};
    add(uuid::kServiceChanged, serviceChanged);

    add(uuid::kManufacturerName, readable(Security::Open, text(m_profile.manufacturer)));
    add(uuid::kModelNumber, readable(Security::Open, text(m_profile.model)));
    add(uuid::kSerialNumber, readable(Security::Enc, text(m_profile.serial)));
    add(uuid::kHardwareRevision, readable(Security::Open, text(m_profile.hardwareRevision)));
    add(uuid::kFirmwareRevision, readable(Security::Open, text(m_profile.firmwareRevision)));

    Characteristic battery = readable(Security::Open, Bytes{batteryLevel()});
    battery.notify = true;
    battery.cccdSecurity = Security::Open;
    add(uuid::kBatteryLevel, battery);

    Characteristic currentTime = readable(Security::Open, {});
    currentTime.write = true;
    currentTime.writeSecurity = Security::Enc;
    currentTime.notify = true;
    currentTime.cccdSecurity = Security::Open;
    add(uuid::kCurrentTime, currentTime);

    Characteristic localTime = readable(Security::Open, {});
    localTime.write = true;
    localTime.writeSecurity = Security::Enc;
    add(uuid::kLocalTimeInformation, localTime);

    add(uuid::kDeviceFeatures,
        readable(Security::Enc, buildDeviceFeatures(m_profile.features).value()));

    Characteristic head = readable(Security::Enc, buildHeadIdentity(m_head).value());
    head.notify = true;
    head.cccdSecurity = Security::Enc;
    add(uuid::kHeadIdentity, head);

    Characteristic live;
    live.notify = true;
    live.cccdSecurity = Security::Enc;
    add(uuid::kLiveEvents, live);

    Characteristic control;
    control.write = true;
    control.writeSecurity = Security::Enc;
    control.indicate = true;
    control.cccdSecurity = Security::Enc;
    add(uuid::kControlPoint, control);

    Characteristic stored;
    stored.notify = true;
    stored.cccdSecurity = Security::Enc;
    add(uuid::kStoredRecord, stored);

    Characteristic racp;
    racp.write = true;
    racp.writeSecurity = Security::Enc;
    racp.indicate = true;
    racp.cccdSecurity = Security::Enc;
    add(uuid::kRecordAccessControl, racp);
}

SimulatedDevice::Characteristic* SimulatedDevice::find(const Uuid& characteristic) {
    const auto it = m_gatt.find(characteristic);
    return it == m_gatt.end() ? nullptr : &it->second;
}

const SimulatedDevice::Characteristic* SimulatedDevice::find(const Uuid& characteristic) const {
    const auto it = m_gatt.find(characteristic);
    return it == m_gatt.end() ? nullptr : &it->second;
}

bool SimulatedDevice::allowed(Security security) const noexcept {
    return security == Security::Open || (security == Security::Enc && m_bonded);
}

bool SimulatedDevice::subscribed(const Uuid& characteristic) const {
    const Characteristic* c = find(characteristic);
    return c != nullptr && c->subscribed;
}

std::uint8_t SimulatedDevice::batteryLevel() const noexcept {
    return static_cast<std::uint8_t>(m_batteryMilli / 1000);
}

// ---- GattPeer --------------------------------------------------------------------------------

void SimulatedDevice::connect() {
    if (m_link == LinkState::Disconnected) {
        m_link = LinkState::Connecting;
    }
}

void SimulatedDevice::disconnect() {
    if (m_link == LinkState::Connected || m_link == LinkState::Connecting) {
        m_link = LinkState::Disconnecting;
    }
}

Status<GattError> SimulatedDevice::read(const Uuid& characteristic) {
    if (m_link != LinkState::Connected) {
        return Failure{GattError{GattErrorCode::NotConnected, "The device is not connected."}};
    }
    const Characteristic* c = find(characteristic);
    if (c == nullptr) {
        return Failure{GattError{GattErrorCode::UnknownCharacteristic, "No such characteristic."}};
    }
    if (!c->read) {
        return Failure{
            GattError{GattErrorCode::NotSupported, "The characteristic is not readable."}};
    }
    m_requests.push_back(Request{Request::Kind::Read, characteristic, {}, {}, false});
    return Done{};
}

Status<GattError> SimulatedDevice::write(const Uuid& characteristic, ByteView value,
                                         WriteMode mode) {
    if (m_link != LinkState::Connected) {
        return Failure{GattError{GattErrorCode::NotConnected, "The device is not connected."}};
    }
    const Characteristic* c = find(characteristic);
    if (c == nullptr) {
        return Failure{GattError{GattErrorCode::UnknownCharacteristic, "No such characteristic."}};
    }
    if (!c->write) {
        return Failure{
            GattError{GattErrorCode::NotSupported, "The characteristic is not writable."}};
    }
    if (value.size() > kMaxFrameSize) {
        return Failure{GattError{GattErrorCode::TooLong, "Values are at most 20 bytes."}};
    }
    m_requests.push_back(Request{Request::Kind::Write, characteristic,
                                 Bytes(value.begin(), value.end()), mode, false});
    return Done{};
}

Status<GattError> SimulatedDevice::setNotifications(const Uuid& characteristic, bool enable) {
    if (m_link != LinkState::Connected) {
        return Failure{GattError{GattErrorCode::NotConnected, "The device is not connected."}};
    }
    const Characteristic* c = find(characteristic);
    if (c == nullptr) {
        return Failure{GattError{GattErrorCode::UnknownCharacteristic, "No such characteristic."}};
    }
    if (!c->notify && !c->indicate) {
        return Failure{GattError{GattErrorCode::NotSupported,
                                 "The characteristic neither notifies nor indicates."}};
    }
    m_requests.push_back(Request{Request::Kind::Subscribe, characteristic, {}, {}, enable});
    return Done{};
}

void SimulatedDevice::enqueue(GattEvent event) {
    m_outbox.push_back(std::move(event));
}

void SimulatedDevice::notify(const Uuid& characteristic, Bytes value, bool indication) {
    if (m_link != LinkState::Connected) {
        return;
    }
    const Characteristic* c = find(characteristic);
    if (c == nullptr || !c->subscribed) {
        return;
    }
    GattEvent event;
    event.kind = indication ? GattEvent::Kind::Indication : GattEvent::Kind::Notification;
    event.characteristic = characteristic;
    event.value = std::move(value);
    enqueue(std::move(event));
    ++m_notifications;
}

void SimulatedDevice::linkUp() {
    m_link = LinkState::Connected;
    m_liveSequence = 0; // 6.3.2: one counter per connection, from 0
    GattEvent event;
    event.kind = GattEvent::Kind::StateChanged;
    event.state = LinkState::Connected;
    enqueue(std::move(event));
}

void SimulatedDevice::linkDown() {
    m_link = LinkState::Disconnected;
    m_requests.clear();
    m_procedure.reset(); // 6.5.6: ends silently, deletes nothing
    for (auto& [uuid, c] : m_gatt) {
        c.subscribed = false;
    }
    if (!m_profile.features.can(capability::kRtc)) {
        m_clockOffset.reset(); // 8.1: without RTC the device sleeps and forgets the time
    }
    GattEvent event;
    event.kind = GattEvent::Kind::StateChanged;
    event.state = LinkState::Disconnected;
    enqueue(std::move(event));
}

void SimulatedDevice::dropLink() {
    if (m_link != LinkState::Disconnected) {
        linkDown();
    }
}

void SimulatedDevice::pump() {
    for (int step = 0; step < kPumpLimit; ++step) {
        if (m_link == LinkState::Connecting) {
            linkUp();
        } else if (m_link == LinkState::Disconnecting) {
            linkDown();
        }
        advanceWorld();
        serviceProcedure();
        if (!m_requests.empty()) {
            const Request request = std::move(m_requests.front());
            m_requests.pop_front();
            handle(request);
            continue;
        }
        if (!m_outbox.empty()) {
            const GattEvent event = std::move(m_outbox.front());
            m_outbox.pop_front();
            if (m_sink != nullptr) {
                m_sink->onGattEvent(event);
            }
            continue;
        }
        break;
    }
}

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

// ---- The device's own time -------------------------------------------------------------------

void SimulatedDevice::advanceWorld() {
    const Mono now = mono();
    if (m_misbehave.floodNotifications > 0) {
        flood();
    }
    while (m_pass) {
        Pass& p = *m_pass;
        if (m_profile.features.has(sensor::kPressure) && p.nextSample < p.end &&
            p.nextSample <= now) {
            const Mono at = p.nextSample;
            p.nextSample += kSampleInterval;
            // A deterministic wobble around the mean that touches the peak every third sample.
            const std::uint32_t phase = p.samples++ % 3;
            const std::uint16_t mean = p.motion.meanPressureCn;
            const std::uint16_t peak = p.motion.peakPressureCn;
            const auto low =
                static_cast<std::uint16_t>(mean > (peak - mean) ? mean - (peak - mean) : 0);
            const std::uint16_t value = phase == 0 ? mean : phase == 1 ? peak : low;
            if (m_link == LinkState::Connected && subscribed(uuid::kLiveEvents)) {
                if (m_misbehave.skipSequence > 0) {
                    m_liveSequence =
                        static_cast<std::uint16_t>(m_liveSequence + m_misbehave.skipSequence);
                    m_misbehave.skipSequence = 0;
                }
                LiveEvent event{m_liveSequence++, offsetMs(at), PressureSample{value}, 0};
                if (p.heldSample) {
                    // 6.3.1: two Pressure Samples may share one notification.
                    const LiveEvent pair[] = {*p.heldSample, event};
                    p.heldSample.reset();
                    sendLive(buildNotification(pair).value());
                } else {
                    p.heldSample = event;
                }
            }
            continue;
        }
        if (p.end <= now) {
            finishPass(p.end);
            continue;
        }
        break;
    }
    drainBattery(now);
    batteryEvents();
    if (m_session && !m_pass && now - m_session->lastActivity >= kIdleTimeout) {
        endSession(EndReason::IdleTimeout, m_session->lastActivity + kIdleTimeout);
    }
    if (m_session && now - m_session->startMono >= kMaxSession) {
        endSession(EndReason::MaximumDuration, m_session->startMono + kMaxSession);
    }
}

void SimulatedDevice::drainBattery(Mono until) {
    if (until <= m_drainedUntil) {
        return;
    }
    const std::uint64_t elapsed = ms(until - m_drainedUntil);
    m_drainedUntil = until;
    if (m_charging) {
        const std::uint64_t gain = (m_profile.chargeRate * elapsed + m_drainRemainder) / 60000;
        m_drainRemainder = (m_profile.chargeRate * elapsed + m_drainRemainder) % 60000;
        m_batteryMilli =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(100'000, m_batteryMilli + gain));
        return;
    }
    std::uint64_t rate = m_profile.drainIdle;
    if (m_session) {
        rate += m_profile.drainSession;
    }
    if (m_pass && m_profile.features.has(sensor::kStamping)) {
        rate += m_profile.drainMotor;
    }
    const std::uint64_t total = rate * elapsed + m_drainRemainder;
    const std::uint64_t loss = total / 60000;
    m_drainRemainder = total % 60000;
    m_batteryMilli = loss >= m_batteryMilli ? 0 : static_cast<std::uint32_t>(m_batteryMilli - loss);
}

void SimulatedDevice::batteryEvents() {
    const std::uint8_t level = batteryLevel();
    const Mono now = mono();
    const bool changed = level != m_reportedLevel;
    const bool crossed = (m_reportedLevel > kBatteryWarnPercent && level <= kBatteryWarnPercent) ||
                         (m_reportedLevel > kBatteryLowPercent && level <= kBatteryLowPercent);
    const bool chargingChanged = m_charging != m_reportedCharging;
    const bool due = !m_lastBatteryEvent || now - *m_lastBatteryEvent >= kBatteryEventInterval;
    if ((changed && due) || crossed || chargingChanged) {
        m_reportedLevel = level;
        m_reportedCharging = m_charging;
        m_lastBatteryEvent = now;
        m_gatt[uuid::kBatteryLevel].value = {level};
        notify(uuid::kBatteryLevel, {level});
        emitLive(BatteryStatus{level, static_cast<std::uint8_t>(m_charging ? power::kCharging : 0)},
                 m_session ? std::optional(offsetMs(now)) : std::nullopt);
    }
    if (level <= kBatteryLowPercent && !m_faults.contains(fault::kLowBattery)) {
        setFault(fault::kLowBattery, true, 0);
    } else if (level > kBatteryLowPercent && m_faults.contains(fault::kLowBattery)) {
        setFault(fault::kLowBattery, false, 0);
    }
    if (level <= kBatteryCriticalPercent && m_session) {
        endSession(EndReason::BatteryCritical, now);
    }
}

void SimulatedDevice::flood() {
    const int count = std::exchange(m_misbehave.floodNotifications, 0);
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0) {
            // A whole event of reserved type 0x00: rejected, but its sequence is in order.
            const std::uint16_t seq = m_liveSequence++;
            Bytes junk{0x00,
                       0x00,
                       static_cast<std::uint8_t>(seq & 0xFF),
                       static_cast<std::uint8_t>(seq >> 8),
                       0xFF,
                       0xFF,
                       0xFF};
            sendLive(std::move(junk));
        } else {
            sendLive(Bytes{0x03, 0x0D, 0x00}); // a header cut short: Truncated
        }
    }
}

std::optional<TimePoint> SimulatedDevice::deviceTime() const {
    if (!m_clockOffset) {
        return std::nullopt;
    }
    return std::chrono::floor<Seconds>(m_clock.now() + *m_clockOffset);
}

void SimulatedDevice::setDeviceTime(std::optional<TimePoint> utc) {
    if (!utc) {
        m_clockOffset.reset();
        return;
    }
    m_clockOffset = std::chrono::system_clock::time_point{*utc} - m_clock.now();
}

std::optional<std::uint32_t> SimulatedDevice::nowTimestamp() const {
    const auto time = deviceTime();
    return time ? toTimestamp(*time) : std::nullopt;
}

std::uint32_t SimulatedDevice::offsetMs(Mono at) const {
    if (!m_session || at < m_session->startMono) {
        return 0;
    }
    return std::min(kOffsetMax, ms(at - m_session->startMono));
}

// ---- Live events and sessions ----------------------------------------------------------------

void SimulatedDevice::emitLive(EventPayload payload, std::optional<std::uint32_t> timeMs) {
    flushHeldSample();
    if (m_link != LinkState::Connected || !subscribed(uuid::kLiveEvents)) {
        return;
    }
    if (m_misbehave.skipSequence > 0) {
        // Events the device "had to drop": the counter moves on without them (6.3.2).
        m_liveSequence = static_cast<std::uint16_t>(m_liveSequence + m_misbehave.skipSequence);
        m_misbehave.skipSequence = 0;
    }
    const LiveEvent event{m_liveSequence++, timeMs, std::move(payload), 0};
    auto bytes = buildEvent(event);
    if (!bytes) {
        return; // the simulator only builds valid values; nothing to send otherwise
    }
    sendLive(std::move(bytes).value());
}

void SimulatedDevice::sendLive(Bytes bytes) {
    if (m_misbehave.malformedEvents > 0) {
        --m_misbehave.malformedEvents;
        bytes[0] = kEventTypeReservedLow;
    }
    if (m_misbehave.oversizedNotifications > 0) {
        --m_misbehave.oversizedNotifications;
        bytes.resize(kMaxFrameSize + 4, 0x00);
    }
    if (m_misbehave.duplicateEvents > 0) {
        --m_misbehave.duplicateEvents;
        notify(uuid::kLiveEvents, bytes);
    }
    notify(uuid::kLiveEvents, std::move(bytes));
}

void SimulatedDevice::flushHeldSample() {
    if (!m_pass || !m_pass->heldSample) {
        return;
    }
    const LiveEvent held = *m_pass->heldSample;
    m_pass->heldSample.reset();
    if (auto bytes = buildEvent(held)) {
        sendLive(std::move(bytes).value());
    }
}

std::uint16_t SimulatedDevice::passDepth() const noexcept {
    if (m_profile.features.has(sensor::kDepth)) {
        return m_depth;
    }
    return m_head.present() ? m_head.needleLength : m_depth;
}

std::uint16_t SimulatedDevice::reserveSessionId() {
    // 6.5.1: one number per session, never reused; 0 when it will not be stored.
    const auto capacity = m_profile.features.recordCapacity;
    if (capacity == 0 || m_records.size() >= capacity || m_nextSequence == 0) {
        return 0;
    }
    const std::uint16_t id = m_nextSequence;
    m_nextSequence = id == 0xFFFF ? std::uint16_t{0} : static_cast<std::uint16_t>(id + 1);
    return id;
}

void SimulatedDevice::startSession(SessionOrigin origin, std::uint16_t id) {
    Session s;
    s.id = id;
    s.startMono = mono();
    s.lastActivity = s.startMono;
    s.startTime = nowTimestamp().value_or(kTimestampUnknown);
    if (s.startTime == kTimestampUnknown) {
        s.flags |= recordflag::kClockUnset;
    }
    if (m_link == LinkState::Connected && subscribed(uuid::kLiveEvents)) {
        s.flags |= recordflag::kLive;
    }
    s.depthAtStart = passDepth();
    s.maxDepth = s.depthAtStart;
    m_session = s;
    m_sessionHead = m_head;
    emitLive(SessionStarted{s.id, s.startTime, origin, s.depthAtStart, 0}, 0);
    const auto capacity = m_profile.features.recordCapacity;
    if (capacity > 0 && m_records.size() >= capacity && !m_faults.contains(fault::kStorageFull)) {
        setFault(fault::kStorageFull, true, 0); // 6.3.4: the app should sync
    }
}

void SimulatedDevice::endSession(EndReason reason, Mono at) {
    if (!m_session) {
        return;
    }
    if (m_pass) {
        m_pass->remaining = {};
        m_pass->end =
            std::max(m_pass->start + std::chrono::milliseconds{1}, std::min(m_pass->end, at));
        finishPass(m_pass->end);
    }
    const Session s = *m_session;
    const auto contact =
        static_cast<std::uint16_t>(std::min<std::uint32_t>(kTenthsMax, (s.contactMs + 50) / 100));
    emitLive(SessionEnded{s.id, reason, s.passCount, contact}, offsetMs(at));
    m_session.reset();
    if (s.passCount == 0) {
        return; // 6.3.6: discarded; its session id is never used
    }
    if (m_head.present()) {
        m_head.useCount = static_cast<std::uint16_t>(std::min(0xFFFF, m_head.useCount + 1));
        if (m_head.firstUse == kTimestampUnknown) {
            m_head.firstUse = s.startTime;
        }
        notifyHead();
    }
    if (s.id == 0) {
        return;
    }
    StoredRecord r;
    r.sequence = s.id;
    r.flags = s.flags;
    r.endReason = reason;
    r.startTime = s.startTime;
    r.durationS = static_cast<std::uint16_t>(std::min<std::int64_t>(
        kRecordDurationMax, std::chrono::duration_cast<Seconds>(at - s.startMono).count()));
    if (m_sessionHead.hasId()) {
        r.headId = m_sessionHead.id;
    }
    r.depthAtStart = s.depthAtStart;
    r.maxDepth = s.maxDepth;
    r.passCount = s.passCount;
    r.contactTenths = contact;
    r.peakPressureCn = s.peak;
    r.passesByDirection = s.directions;
    r.strokeRate = m_profile.features.has(sensor::kStamping) ? m_strokeRate : std::uint8_t{0};
    r.passes = s.passes;
    m_records[r.sequence] = std::move(r);
}

void SimulatedDevice::pressButton() {
    if (m_session) {
        endSession(EndReason::DeviceControl, mono());
        return;
    }
    const bool headMissing = !m_head.present() || m_faults.contains(fault::kHeadMissing);
    if (headMissing || m_faults.contains(fault::kMotorStall) ||
        m_faults.contains(fault::kOverheat) || batteryLevel() < kBatteryStartPercent) {
        return; // the device refuses to start: nothing happens
    }
    startSession(SessionOrigin::DeviceControl, reserveSessionId());
}

Status<SimError> SimulatedDevice::performPass(const PassMotion& motion) {
    if (!m_session) {
        return Failure{SimError{SimErrorCode::NoSession, "No session is running."}};
    }
    if (m_pass) {
        return Failure{SimError{SimErrorCode::PassRunning, "A pass is running."}};
    }
    if (motion.duration.count() < 1 || !validSpeed(motion.speedMmPerS) ||
        !validPressure(motion.meanPressureCn) || !validPressure(motion.peakPressureCn) ||
        motion.peakPressureCn < motion.meanPressureCn) {
        return Failure{SimError{SimErrorCode::NotAllowed, "That motion is not physical."}};
    }
    const auto first = std::min(motion.duration, kMaxPass);
    beginPass(motion, first, mono());
    m_pass->remaining = motion.duration - first;
    return Done{};
}

void SimulatedDevice::beginPass(const PassMotion& motion, std::chrono::milliseconds duration,
                                Mono at) {
    Pass p;
    p.motion = motion;
    p.start = at;
    p.end = at + duration;
    p.nextSample = at + kSampleInterval;
    m_pass = p;
    const StrokeDirection direction =
        m_profile.features.has(sensor::kMotion) ? motion.direction : StrokeDirection::Unknown;
    emitLive(PassStart{direction, static_cast<std::uint16_t>(m_session->passCount + 1)},
             offsetMs(at));
}

void SimulatedDevice::finishPass(Mono at) {
    flushHeldSample();
    const Pass p = *m_pass;
    m_pass.reset();
    const auto& f = m_profile.features;
    const auto durationMs = static_cast<std::uint16_t>(
        std::clamp<std::uint32_t>(ms(at - p.start), kPassDurationMin, kPassDurationMax));
    PassSummary s;
    s.direction = f.has(sensor::kMotion) ? p.motion.direction : StrokeDirection::Unknown;
    s.durationMs = durationMs;
    if (f.has(sensor::kMotion) || f.has(sensor::kSpeed)) {
        s.distanceMm = static_cast<std::uint16_t>(std::min<std::uint32_t>(
            kDistanceMax, std::uint32_t{p.motion.speedMmPerS} * durationMs / 1000));
    }
    if (f.has(sensor::kSpeed)) {
        s.speedMmPerS = p.motion.speedMmPerS;
    }
    if (f.has(sensor::kPressure)) {
        s.meanPressureCn = p.motion.meanPressureCn;
        s.peakPressureCn = p.motion.peakPressureCn;
    }
    s.depth = passDepth();
    emitLive(s, offsetMs(at));
    Session& session = *m_session;
    const auto startTenths = static_cast<std::uint16_t>(
        std::min<std::uint32_t>(kTenthsMax, ms(p.start - session.startMono) / 100));
    if (session.passes.size() < kPassEntriesMax) {
        session.passes.push_back(StoredPass{startTenths, s});
    } else {
        session.flags |= recordflag::kTruncated;
    }
    session.passCount = static_cast<std::uint16_t>(std::min(0xFFFF, session.passCount + 1));
    session.contactMs += durationMs;
    if (s.peakPressureCn) {
        session.peak = std::max(session.peak.value_or(0), *s.peakPressureCn);
    }
    if (s.direction != StrokeDirection::Unknown) {
        auto& count = session.directions[static_cast<std::size_t>(s.direction) - 1];
        count = static_cast<std::uint8_t>(std::min(255, count + 1));
    }
    session.lastActivity = at;
    if (p.remaining.count() > 0) {
        // 6.3.5: at 60 s the pass ends and, with contact continuing, the next one starts.
        const auto next = std::min(p.remaining, kMaxPass);
        beginPass(p.motion, next, at);
        m_pass->remaining = p.remaining - next;
    }
}

Status<SimError> SimulatedDevice::turnDepthDial(std::uint16_t depth) {
    if (!m_profile.features.has(sensor::kDepth) || !m_profile.features.depthAllowed(depth)) {
        return Failure{SimError{SimErrorCode::NotAllowed, "The dial has no such setting."}};
    }
    if (m_pass) {
        return Failure{SimError{SimErrorCode::PassRunning, "Not during a pass."}};
    }
    m_depth = depth;
    if (m_session) {
        m_session->maxDepth = std::max(m_session->maxDepth, depth);
    }
    emitLive(DepthChanged{depth, ChangeOrigin::DeviceControl},
             m_session ? std::optional(offsetMs(mono())) : std::nullopt);
    return Done{};
}

Status<SimError> SimulatedDevice::setStrokeRate(std::uint8_t rate) {
    if (!m_profile.features.has(sensor::kStamping) || !validStrokeRate(rate)) {
        return Failure{SimError{SimErrorCode::NotAllowed, "The motor has no such setting."}};
    }
    m_strokeRate = rate;
    emitLive(StrokeRateChanged{rate, ChangeOrigin::DeviceControl},
             m_session ? std::optional(offsetMs(mono())) : std::nullopt);
    return Done{};
}

void SimulatedDevice::notifyHead() {
    Bytes value = buildHeadIdentity(m_head).value();
    m_gatt[uuid::kHeadIdentity].value = value;
    notify(uuid::kHeadIdentity, std::move(value));
}

void SimulatedDevice::replaceHead(const HeadIdentity& head) {
    if (m_session) {
        m_session->flags |= recordflag::kHeadChanged;
    }
    m_head = head;
    if (m_head.present() && m_faults.contains(fault::kHeadMissing)) {
        setFault(fault::kHeadMissing, false, 0);
    }
    notifyHead();
}

void SimulatedDevice::removeHead() {
    if (m_session) {
        m_session->flags |= recordflag::kHeadChanged;
        endSession(EndReason::HeadRemoved, mono());
    }
    m_head = HeadIdentity{};
    notifyHead();
    setFault(fault::kHeadMissing, true, 0);
}

void SimulatedDevice::markHeadDamaged() {
    m_head.flags |= headflag::kDamaged;
    if (m_session) {
        m_session->flags |= recordflag::kDamage;
    }
    notifyHead();
}

void SimulatedDevice::setFault(std::uint8_t code, bool raised, std::uint8_t detail) {
    if (raised) {
        m_faults.insert(code);
        m_faultDetail[code] = detail;
    } else {
        m_faults.erase(code);
        m_faultDetail.erase(code);
    }
    const std::optional<std::uint32_t> time =
        m_session ? std::optional(offsetMs(mono())) : std::nullopt;
    emitLive(FaultEvent{code, raised, code == fault::kSensorError ? detail : std::uint8_t{0}},
             time);
    // 6.3.4: these stop the motor at once; a running session ends with reason 5 (fault).
    const bool stops = code == fault::kMotorStall || code == fault::kOverheat;
    if (raised && stops && m_session) {
        endSession(EndReason::Fault, mono());
    }
}

void SimulatedDevice::raiseFault(std::uint8_t code, std::uint8_t detail) {
    setFault(code, true, detail);
}

void SimulatedDevice::clearFault(std::uint8_t code) {
    if (m_faults.contains(code)) {
        setFault(code, false, 0);
    }
}

void SimulatedDevice::setBatteryLevel(std::uint8_t percent) {
    m_batteryMilli = std::uint32_t{std::min(percent, kPercentMax)} * 1000;
    m_drainRemainder = 0;
}

void SimulatedDevice::setCharging(bool charging) {
    m_charging = charging;
}

Bytes SimulatedDevice::scanResponse() const {
    const std::uint8_t status = m_records.empty() ? 0 : advstatus::kRecordsPending;
    return buildScanResponse(status, m_profile.features.protocolMajor, m_profile.model).value();
}

void SimulatedDevice::injectRecord(const StoredRecord& record) {
    m_records[record.sequence] = record;
    if (m_nextSequence != 0 && record.sequence >= m_nextSequence) {
        m_nextSequence = record.sequence == 0xFFFF
                             ? std::uint16_t{0}
                             : static_cast<std::uint16_t>(record.sequence + 1);
    }
}

} // namespace rollwise::protocol
