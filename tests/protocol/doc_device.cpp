// A Rollwise device written from docs/device-protocol.md alone (see doc_device.h).
#include "doc_device.h"

#include <algorithm>
#include <cstdio>

namespace rollwise::doctest {

using protocol::GattError;
using protocol::GattErrorCode;
using protocol::GattEvent;

namespace {

constexpr std::uint8_t kInsufficientAuthentication = 0x05; // 5.2
constexpr std::uint8_t kInvalidLength = 0x0D;              // 6.5.2: an empty write
constexpr std::uint8_t kCccdImproper = 0xFD;               // 6.5.2

std::string hex(protocol::ByteView bytes) {
    std::string out;
    char two[3];
    for (const auto b : bytes) {
        std::snprintf(two, sizeof two, "%02x", b);
        out += two;
    }
    return out;
}

Bytes text(const char* s) {
    return Bytes(s, s + std::char_traits<char>::length(s));
}

} // namespace

DocDevice::DocDevice() {
    const auto add = [&](const protocol::Uuid& id, Attribute a) { m_attributes[id] = a; };
    // Section 4, row by row: properties, then the security of read, write and CCCD write.
    add(chr::kManufacturer,
        {"manufacturer", true, false, false, false, false, false, text("Docfirm")});
    add(chr::kModel, {"model", true, false, false, false, false, false, text("DR-1")});
    add(chr::kSerial, {"serial", true, false, false, true, false, false, text("DR1-0042")});
    add(chr::kHardware, {"hardware", true, false, false, false, false, false, text("A")});
    add(chr::kFirmware, {"firmware", true, false, false, false, false, false, text("1.0.0")});
    add(chr::kBattery, {"battery", true, false, true, false, false, false, {87}});
    add(chr::kCurrentTime, {"current-time", true, true, true, false, true, false, Bytes(10, 0)});
    add(chr::kLocalTime, {"local-time", true, true, false, false, true, false, {0, 0}});
    add(chr::kFeatures, {"features", true, false, false, true, false, false, {}});
    add(chr::kHead, {"head", true, false, true, true, false, true, {}});
    add(chr::kLive, {"live", false, false, true, false, false, true, {}});
    add(chr::kControl, {"control", false, true, true, false, true, true, {}});
    add(chr::kStoredRecord, {"stored-record", false, false, true, false, false, true, {}});
    add(chr::kRacp, {"racp", false, true, true, false, true, true, {}});
}

Bytes DocDevice::featuresValue() const {
    // 6.1: major 1, minor 0, family 1 (roller), sensors MOTION, capabilities REPLACEABLE_HEAD
    // and RTC, 540 needles, fixed 0.50 mm (min = max, step 0), 100 records, the store id.
    Bytes v{0x01, 0x00, 0x01, 0x01, 0x0C};
    le16(v, 540);
    le16(v, 50);
    le16(v, 50);
    le16(v, 0);
    le16(v, 100);
    le32(v, storeId);
    return v;
}

Bytes DocDevice::headValue() const {
    // 6.2: PRESENT and ID_VALID, the id, needle length, needle count, first use 0, use count 0.
    Bytes v{0x03};
    v.insert(v.end(), m_headId.begin(), m_headId.end());
    le16(v, m_needleLength);
    le16(v, m_needleCount);
    le32(v, 0);
    le16(v, 0);
    return v;
}

bool DocDevice::notifying(const protocol::Uuid& c) const {
    const auto it = m_cccd.find(c);
    return it != m_cccd.end() && it->second;
}

void DocDevice::queue(GattEvent event) {
    m_events.push_back(std::move(event));
}

void DocDevice::pump() {
    while (!m_events.empty()) {
        GattEvent event = std::move(m_events.front());
        m_events.pop_front();
        if (m_sink != nullptr) {
            m_sink->onGattEvent(event);
        }
    }
}

void DocDevice::connect() {
    if (m_state != protocol::LinkState::Disconnected) {
        return;
    }
    m_state = protocol::LinkState::Connected;
    m_cccd.clear(); // 5.3: every connection starts with every CCCD off
    m_liveSequence = 0;
    GattEvent e;
    e.kind = GattEvent::Kind::StateChanged;
    e.state = m_state;
    queue(e);
}

void DocDevice::disconnect() {
    if (m_state == protocol::LinkState::Disconnected) {
        return;
    }
    log.emplace_back("disconnect");
    m_state = protocol::LinkState::Disconnected;
    GattEvent e;
    e.kind = GattEvent::Kind::StateChanged;
    e.state = m_state;
    queue(e); // behind whatever the device had already sent
}

Status<GattError> DocDevice::read(const protocol::Uuid& c) {
    if (m_state != protocol::LinkState::Connected) {
        return Failure{GattError{GattErrorCode::NotConnected, "not connected"}};
    }
    const auto it = m_attributes.find(c);
    if (it == m_attributes.end()) {
        return Failure{GattError{GattErrorCode::UnknownCharacteristic, "unknown"}};
    }
    if (!it->second.readable) {
        return Failure{GattError{GattErrorCode::NotSupported, "not readable"}};
    }
    log.push_back("read " + it->second.name);
    GattEvent e;
    e.kind = GattEvent::Kind::ReadDone;
    e.characteristic = c;
    if (it->second.encRead && !bonded) {
        e.attError = kInsufficientAuthentication;
    } else if (c == chr::kFeatures) {
        e.value = featuresValue();
    } else if (c == chr::kHead) {
        e.value = headValue();
    } else {
        e.value = it->second.value;
    }
    queue(e);
    return Done{};
}

Status<GattError> DocDevice::write(const protocol::Uuid& c, protocol::ByteView value,
                                   protocol::WriteMode) {
    if (m_state != protocol::LinkState::Connected) {
        return Failure{GattError{GattErrorCode::NotConnected, "not connected"}};
    }
    const auto it = m_attributes.find(c);
    if (it == m_attributes.end() || !it->second.writable) {
        return Failure{GattError{GattErrorCode::NotSupported, "not writable"}};
    }
    log.push_back("write " + it->second.name + " " + hex(value));
    GattEvent done;
    done.kind = GattEvent::Kind::WriteDone;
    done.characteristic = c;
    const Bytes request(value.begin(), value.end());
    if (it->second.encWrite && !bonded) {
        done.attError = kInsufficientAuthentication;
        queue(done);
        return Done{};
    }
    if (c == chr::kControl) {
        // 6.4.2 ATT-level checks, then the write response, then the indication.
        if (request.empty() || request.size() > 20) {
            done.attError = kInvalidLength;
        } else if (!notifying(chr::kControl)) {
            done.attError = kCccdImproper;
        }
        queue(done);
        if (done.attError == 0) {
            control(request);
        }
        return Done{};
    }
    if (c == chr::kRacp) {
        // 6.5.2 ATT-level checks come first; the write response precedes any indication.
        if (request.empty()) {
            done.attError = kInvalidLength;
        } else if (!notifying(chr::kRacp) || !notifying(chr::kStoredRecord)) {
            done.attError = kCccdImproper;
        }
        queue(done);
        if (done.attError == 0) {
            racp(request);
        }
        return Done{};
    }
    it->second.value = request;
    queue(done);
    return Done{};
}

Status<GattError> DocDevice::setNotifications(const protocol::Uuid& c, bool enable) {
    if (m_state != protocol::LinkState::Connected) {
        return Failure{GattError{GattErrorCode::NotConnected, "not connected"}};
    }
    const auto it = m_attributes.find(c);
    if (it == m_attributes.end() || !it->second.notifies) {
        return Failure{GattError{GattErrorCode::NotSupported, "no CCCD"}};
    }
    log.push_back("notify " + it->second.name);
    GattEvent e;
    e.kind = GattEvent::Kind::SubscribeDone;
    e.characteristic = c;
    if (it->second.encCccd && !bonded) {
        e.attError = kInsufficientAuthentication;
    } else {
        m_cccd[c] = enable;
    }
    queue(e);
    if (c == chr::kLive && enable && e.attError == 0) {
        // 6.3.3: Battery Level first, then Session Started (origin 3) if a session runs.
        live(0x06, 0xFFFFFF, {m_attributes[chr::kBattery].value.at(0), 0x00});
        if (m_session) {
            Bytes started;
            le16(started, m_session->record.sequence);
            le32(started, m_session->record.startTime);
            started.push_back(0x03);
            le16(started, m_needleLength);
            le16(started, m_session->record.passCount);
            live(0x01, m_session->offsetMs, started);
        }
    }
    return Done{};
}

void DocDevice::live(unsigned type, unsigned offsetMs, const Bytes& payload) {
    Bytes frame{std::uint8_t(type), std::uint8_t(payload.size())};
    le16(frame, m_liveSequence);
    m_liveSequence = (m_liveSequence + 1) & 0xFFFF;
    frame.push_back(std::uint8_t(offsetMs));
    frame.push_back(std::uint8_t(offsetMs >> 8));
    frame.push_back(std::uint8_t(offsetMs >> 16));
    frame.insert(frame.end(), payload.begin(), payload.end());
    if (notifying(chr::kLive)) {
        notifyRaw(chr::kLive, std::move(frame));
    }
}

void DocDevice::control(const Bytes& r) {
    const unsigned op = r[0];
    const auto answer = [&](unsigned result) {
        indicate({0x80, std::uint8_t(op), std::uint8_t(result)}, chr::kControl);
    };
    // 6.4.1, the device's check order: op code, capability, length, busy, state.
    if (op == 0x00 || op > 0x04 || op == 0x03 || op == 0x04) {
        answer(0x02); // reserved, or no VIBRATION / REMOTE_DEPTH on this roller
        return;
    }
    if (r.size() != 1) {
        answer(0x03);
        return;
    }
    if (op == 0x01) {
        if (m_session) {
            answer(0x06);
            return;
        }
        // 6.5.1: the next record sequence, reserved for this session.
        unsigned id = records.empty() ? 1 : records.rbegin()->first + 1;
        id = std::max(id, m_nextSession);
        m_nextSession = id + 1;
        Session session;
        session.record.sequence = id;
        session.record.flags = notifying(chr::kLive) ? 0x01 : 0x00; // LIVE
        session.record.endReason = 2;
        session.record.startTime = clock;
        session.record.headId = m_headId;
        session.record.depthAtStart = m_needleLength;
        session.record.maxDepth = m_needleLength;
        m_session = session;
        Bytes ok{0x80, 0x01, 0x01};
        le16(ok, id);
        indicate(ok, chr::kControl); // 6.4.1: the indication before Session Started
        Bytes started;
        le16(started, id);
        le32(started, clock);
        started.push_back(0x02);
        le16(started, m_needleLength);
        le16(started, 0);
        live(0x01, 0, started);
        return;
    }
    // op 0x02 Stop Session
    if (!m_session) {
        answer(0x06);
        return;
    }
    answer(0x01);
    Session session = std::move(*m_session);
    m_session.reset();
    DocRecord& record = session.record;
    record.durationS = (session.offsetMs + 999) / 1000;
    Bytes ended;
    le16(ended, record.sequence);
    ended.push_back(0x02);
    le16(ended, record.passCount);
    le16(ended, record.contactTenths);
    live(0x08, session.offsetMs, ended);
    if (record.passCount > 0) {
        records[record.sequence] = record; // 6.3.6: a session with a pass is stored
    }
}

bool DocDevice::rollPass(unsigned direction, unsigned durationMs) {
    if (!m_session || m_state != protocol::LinkState::Connected || durationMs == 0) {
        return false;
    }
    Session& session = *m_session;
    DocRecord& record = session.record;
    session.offsetMs += 500; // the hand moves to the skin
    const unsigned number = record.passCount + 1;
    live(0x02, session.offsetMs,
         {std::uint8_t(direction), std::uint8_t(number), std::uint8_t(number >> 8)});
    DocPass pass;
    pass.startTenths = session.offsetMs / 100;
    pass.direction = direction;
    pass.durationMs = durationMs;
    pass.distanceMm = durationMs * 40 / 1000; // MOTION measures distance
    pass.speed = 0xFFFF;                      // no SPEED
    pass.meanCn = 0xFFFF;                     // no PRESSURE
    pass.peakCn = 0xFFFF;
    pass.depth = m_needleLength;
    session.offsetMs += durationMs;
    Bytes summary{std::uint8_t(direction)};
    le16(summary, pass.durationMs);
    le16(summary, pass.distanceMm);
    le16(summary, pass.speed);
    le16(summary, pass.meanCn);
    le16(summary, pass.peakCn);
    le16(summary, pass.depth);
    live(0x03, session.offsetMs, summary);
    record.passCount = number;
    record.contactTenths += durationMs / 100;
    if (direction >= 1 && direction <= 4) {
        ++record.directions[direction - 1];
    }
    record.passes.push_back(pass);
    return true;
}

void DocDevice::indicate(Bytes value, const protocol::Uuid& characteristic) {
    GattEvent e;
    e.kind = GattEvent::Kind::Indication;
    e.characteristic = characteristic;
    e.value = std::move(value);
    queue(e);
}

void DocDevice::notifyRaw(const protocol::Uuid& c, Bytes value) {
    if (m_state != protocol::LinkState::Connected) {
        return;
    }
    GattEvent e;
    e.kind = c == chr::kRacp ? GattEvent::Kind::Indication : GattEvent::Kind::Notification;
    e.characteristic = c;
    e.value = std::move(value);
    queue(e);
}

void DocDevice::notifyBattery(unsigned percent) {
    if (notifying(chr::kBattery)) {
        notifyRaw(chr::kBattery, {std::uint8_t(percent)});
    }
}

void DocDevice::setBattery(unsigned percent) {
    m_attributes[chr::kBattery].value = {std::uint8_t(percent)};
    notifyBattery(percent);
}

void DocDevice::mountHead(const std::array<std::uint8_t, 8>& id, unsigned needleLength,
                          unsigned needleCount) {
    m_headId = id;
    m_needleLength = needleLength;
    m_needleCount = needleCount;
    if (notifying(chr::kHead)) {
        notifyRaw(chr::kHead, headValue()); // 6.2: the whole value on a change
    }
}

std::vector<unsigned> DocDevice::matching(unsigned op, unsigned oper, unsigned a,
                                          unsigned b) const {
    std::vector<unsigned> out;
    for (const auto& [sequence, record] : records) {
        const bool match = oper == 0x01 || (oper == 0x02 && sequence <= a) ||
                           (oper == 0x03 && sequence >= a) ||
                           (oper == 0x04 && sequence >= a && sequence <= b);
        if (match) {
            out.push_back(sequence);
        }
    }
    if (!out.empty() && oper == 0x05) {
        out.resize(1);
    }
    (void)op;
    return out;
}

void DocDevice::sendRecord(const DocRecord& record) {
    const Bytes body = record.body();
    const std::size_t count = (body.size() + 15) / 16; // 6.5.3: ceil(n / 16)
    for (std::size_t index = 0; index < count; ++index) {
        Bytes f;
        le16(f, record.sequence);
        f.push_back(std::uint8_t(index));
        f.push_back(std::uint8_t(count));
        const std::size_t from = index * 16;
        const std::size_t to = std::min(body.size(), from + 16);
        f.insert(f.end(), body.begin() + static_cast<std::ptrdiff_t>(from),
                 body.begin() + static_cast<std::ptrdiff_t>(to));
        if (record.oversizedFragment && *record.oversizedFragment == index) {
            f.push_back(0x00); // 21 bytes: over the 20 every frame is held to (section 1)
        }
        notifyRaw(chr::kStoredRecord, std::move(f));
    }
}

void DocDevice::racp(const Bytes& r) {
    const unsigned op = r[0];
    const auto answer = [&](unsigned code) {
        indicate({0x06, 0x00, std::uint8_t(op), std::uint8_t(code)});
    };
    // 6.5.2, the device's check order.
    if (op == 0x00 || op >= 0x05) {
        answer(0x02);
        return;
    }
    if (r.size() < 2) {
        answer(0x03);
        return;
    }
    const unsigned oper = r[1];
    if (oper >= 0x07) {
        answer(0x04);
        return;
    }
    const bool valid = op == 0x03 ? oper == 0x00 : oper != 0x00;
    if (!valid) {
        answer(0x03);
        return;
    }
    const bool needsOperand = oper >= 0x02 && oper <= 0x04;
    const std::size_t operand = r.size() - 2;
    if (needsOperand != (operand > 0)) {
        answer(0x05);
        return;
    }
    if (needsOperand && r[2] != 0x01) {
        answer(0x09);
        return;
    }
    if (needsOperand && operand != (oper == 0x04 ? 5U : 3U)) {
        answer(0x05);
        return;
    }
    const unsigned a = needsOperand ? unsigned(r[3] | (r[4] << 8)) : 0;
    const unsigned b = oper == 0x04 ? unsigned(r[5] | (r[6] << 8)) : 0;
    if (oper == 0x04 && a > b) {
        answer(0x05);
        return;
    }
    const auto set = matching(op, oper, a, b);
    switch (op) {
    case 0x04: { // Report number: 05 00 <count>
        Bytes v{0x05, 0x00};
        le16(v, unsigned(set.size()));
        indicate(v);
        return;
    }
    case 0x01: // Report: every fragment of each, ascending, then success
        for (const auto sequence : set) {
            sendRecord(records.at(sequence));
        }
        answer(set.empty() ? 0x06 : 0x01);
        return;
    case 0x02: // Delete, atomically
        for (const auto sequence : set) {
            records.erase(sequence);
        }
        answer(set.empty() ? 0x06 : 0x01);
        return;
    case 0x03: // Abort: nothing runs between pumps here
        answer(0x01);
        return;
    default:
        return;
    }
}

} // namespace rollwise::doctest
