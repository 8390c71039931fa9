// Simulated devices (docs/device-protocol.md, sections 8 and 8.1): the profiles, the GATT model
// and the link. Requests are in simulator_requests.cpp, the device's world (time, battery,
// sessions, heads) in simulator_world.cpp.
#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/simulator.h>

#include <algorithm>

namespace rollwise::protocol {

namespace {

constexpr int kPumpLimit = 1'000'000; // a bound, never reached in practice

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

} // namespace rollwise::protocol
