#pragma once

// A Rollwise device written from docs/device-protocol.md alone, for tests: every frame is built
// here by hand from the document's byte tables (sections 4, 5.5, 6.1 - 6.2, 6.5), with the
// document's CRC, and every request is checked in the document's order. It uses nothing of the
// project's codec or simulator (only core's GattPeer interface, so the real DeviceSync can talk
// to it): when the code and the document drift apart, a test against this device fails.
//
// Events are queued and delivered by pump(), never from inside a request (gatt.h's contract).

#include <rollwise/core/protocol/gatt.h>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rollwise::doctest {

using Bytes = std::vector<std::uint8_t>;

// Section 4: 16-bit SIG UUIDs on the Bluetooth base; Rollwise ones on 7b2a0000-6f41-4c1e-...
inline protocol::Uuid sig(std::uint16_t id) {
    return protocol::Uuid{{0x00, 0x00, std::uint8_t(id >> 8), std::uint8_t(id), 0x00, 0x00, 0x10,
                           0x00, 0x80, 0x00, 0x00, 0x80, 0x5F, 0x9B, 0x34, 0xFB}};
}
inline protocol::Uuid rollwise(std::uint16_t field) {
    return protocol::Uuid{{0x7B, 0x2A, std::uint8_t(field >> 8), std::uint8_t(field), 0x6F, 0x41,
                           0x4C, 0x1E, 0x9F, 0x3A, 0xD2, 0xC8, 0x5E, 0x0B, 0x17, 0xA4}};
}
namespace chr {
inline const protocol::Uuid kManufacturer = sig(0x2A29);
inline const protocol::Uuid kModel = sig(0x2A24);
inline const protocol::Uuid kSerial = sig(0x2A25);
inline const protocol::Uuid kHardware = sig(0x2A27);
inline const protocol::Uuid kFirmware = sig(0x2A26);
inline const protocol::Uuid kBattery = sig(0x2A19);
inline const protocol::Uuid kCurrentTime = sig(0x2A2B);
inline const protocol::Uuid kLocalTime = sig(0x2A0F);
inline const protocol::Uuid kFeatures = rollwise(0x0002);
inline const protocol::Uuid kHead = rollwise(0x0003);
inline const protocol::Uuid kLive = rollwise(0x0004);
inline const protocol::Uuid kControl = rollwise(0x0005);
inline const protocol::Uuid kStoredRecord = rollwise(0x0006);
inline const protocol::Uuid kRacp = rollwise(0x0007);
} // namespace chr

inline void le16(Bytes& out, unsigned v) {
    out.push_back(std::uint8_t(v));
    out.push_back(std::uint8_t(v >> 8));
}
inline void le32(Bytes& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        out.push_back(std::uint8_t(v >> (8 * i)));
    }
}

// 6.5.4: CRC-16/MCRF4XX, exactly as the document's pseudo code.
inline std::uint16_t docCrc(const Bytes& bytes) {
    unsigned crc = 0xFFFF;
    for (const auto b : bytes) {
        crc ^= b;
        for (int i = 0; i < 8; ++i) {
            crc = (crc & 1U) != 0 ? (crc >> 1) ^ 0x8408U : crc >> 1;
        }
    }
    return std::uint16_t(crc);
}

// A pass entry (6.5.4) and its PassSummary (6.3.4 Pass End).
struct DocPass {
    unsigned startTenths = 0;
    unsigned direction = 1;
    unsigned durationMs = 2000;
    unsigned distanceMm = 80;
    unsigned speed = 40;
    unsigned meanCn = 400;
    unsigned peakCn = 520;
    unsigned depth = 50; // 0.01 mm
};

// One stored record, as the summary table of 6.5.4 lists it.
struct DocRecord {
    unsigned sequence = 1;
    unsigned flags = 0;
    unsigned endReason = 1;
    std::uint32_t startTime = 0;
    unsigned durationS = 0;
    std::array<std::uint8_t, 8> headId{};
    unsigned depthAtStart = 50;
    unsigned maxDepth = 50;
    unsigned passCount = 0;
    unsigned contactTenths = 0;
    unsigned peakCn = 0xFFFF;
    std::array<unsigned, 4> directions{}; // horizontal, vertical, diagonal up, diagonal down
    unsigned strokeRate = 0;
    std::vector<DocPass> passes;
    // Test hooks: a fragment sent 21 bytes long (6.5.3 rejects it) and a corrupted CRC.
    std::optional<unsigned> oversizedFragment;
    bool badCrc = false;

    // The body, 6.5.4: S = 36, E = 15, then the CRC little-endian.
    [[nodiscard]] Bytes body() const {
        Bytes b{36, 15};
        le16(b, sequence);
        b.push_back(std::uint8_t(passes.size()));
        b.push_back(std::uint8_t(flags));
        b.push_back(std::uint8_t(endReason));
        le32(b, startTime);
        le16(b, durationS);
        b.insert(b.end(), headId.begin(), headId.end());
        le16(b, depthAtStart);
        le16(b, maxDepth);
        le16(b, passCount);
        le16(b, contactTenths);
        le16(b, peakCn);
        for (const auto d : directions) {
            b.push_back(std::uint8_t(d));
        }
        b.push_back(std::uint8_t(strokeRate));
        for (const auto& p : passes) {
            le16(b, p.startTenths);
            b.push_back(std::uint8_t(p.direction));
            le16(b, p.durationMs);
            le16(b, p.distanceMm);
            le16(b, p.speed);
            le16(b, p.meanCn);
            le16(b, p.peakCn);
            le16(b, p.depth);
        }
        const std::uint16_t crc = std::uint16_t(docCrc(b) ^ (badCrc ? 0x5A5A : 0));
        le16(b, crc);
        return b;
    }
};

// A session of `passes` passes as the roller below stores it (6.5.4), a day apart per sequence,
// with no PRESSURE or SPEED sensor (those fields "not measured").
inline DocRecord sampleRecord(unsigned sequence, unsigned passes = 2) {
    DocRecord r;
    r.sequence = sequence;
    r.startTime = 794'000'000U + sequence * 86'400U; // late February 2025 on, s since 2000
    r.durationS = 30 + passes * 5;
    r.headId = {0x3F, 0x8A, 0x10, 0x5C, 0xE2, 0x47, 0x9B, 0x01};
    r.passCount = passes;
    for (unsigned i = 0; i < passes; ++i) {
        DocPass p;
        p.startTenths = 10 + i * 40;
        p.direction = 1 + i % 2;
        p.durationMs = 2500;
        p.speed = 0xFFFF;
        p.meanCn = 0xFFFF;
        p.peakCn = 0xFFFF;
        r.passes.push_back(p);
        ++r.directions[i % 2];
        r.contactTenths += p.durationMs / 100;
    }
    r.peakCn = 0xFFFF;
    return r;
}

// A roller made from the document: 540 needles, fixed 0.50 mm, room for 100 records.
class DocDevice final : public protocol::GattPeer {
public:
    DocDevice();

    // ---- GattPeer ----
    void setSink(protocol::GattEventSink* sink) override { m_sink = sink; }
    [[nodiscard]] protocol::LinkState state() const override { return m_state; }
    void connect() override;
    void disconnect() override;
    Status<protocol::GattError> read(const protocol::Uuid& characteristic) override;
    Status<protocol::GattError> write(const protocol::Uuid& characteristic,
                                      protocol::ByteView value, protocol::WriteMode mode) override;
    Status<protocol::GattError> setNotifications(const protocol::Uuid& characteristic,
                                                 bool enable) override;

    // Delivers queued events until none is left (events may queue more).
    void pump();

    // ---- The world ----
    bool bonded = true; // 5.2: without a bond every Enc attribute answers 0x05
    std::uint32_t storeId = 0x5EED0001;
    std::map<unsigned, DocRecord> records; // the record store (6.5.1)
    // 6.2: a head is inserted while connected: notified when Head Identity notifications are on.
    void mountHead(const std::array<std::uint8_t, 8>& id, unsigned needleLength,
                   unsigned needleCount);
    // Any bytes on a characteristic, as a hostile firmware would send them.
    void notifyRaw(const protocol::Uuid& characteristic, Bytes value);
    // 5.5 Battery Level notification (a plain uint8, whatever its value).
    void notifyBattery(unsigned percent);
    // The level Battery Level reads (and notifies, when subscribed).
    void setBattery(unsigned percent);
    // The link drops (out of range): the app sees it go.
    void dropLink() { disconnect(); }
    // 6.3.5: the user rolls one pass (direction 1 - 4, 6.3.4) during a running session: Pass
    // Start, then Pass End with its summary (MOTION only: speed and pressure not measured).
    // False when no session runs.
    bool rollPass(unsigned direction, unsigned durationMs);
    // The device's clock (Timestamp, s since 2000-01-01): the start time of a session.
    std::uint32_t clock = 794'000'000U;
    [[nodiscard]] bool sessionRunning() const { return m_session.has_value(); }

    // What the app asked, in order: "read <name>", "write <name> <hex>", "notify <name>".
    std::vector<std::string> log;
    [[nodiscard]] Bytes featuresValue() const;
    [[nodiscard]] Bytes headValue() const;
    [[nodiscard]] bool notifying(const protocol::Uuid& c) const;

private:
    struct Attribute {
        std::string name;
        bool readable = false;
        bool writable = false;
        bool notifies = false;
        bool encRead = false;  // section 4 "read" column
        bool encWrite = false; // "write" column
        bool encCccd = false;  // "CCCD write" column
        Bytes value;
    };
    void queue(protocol::GattEvent event);
    void racp(const Bytes& request);
    void control(const Bytes& request);
    // One Live Events frame (6.3.1): type, L, the connection's next sequence, the time offset.
    void live(unsigned type, unsigned offsetMs, const Bytes& payload);
    void indicate(Bytes value, const protocol::Uuid& characteristic = chr::kRacp);
    void sendRecord(const DocRecord& record);
    [[nodiscard]] std::vector<unsigned> matching(unsigned op, unsigned oper, unsigned a,
                                                 unsigned b) const;

    protocol::GattEventSink* m_sink = nullptr;
    protocol::LinkState m_state = protocol::LinkState::Disconnected;
    std::map<protocol::Uuid, Attribute> m_attributes;
    std::map<protocol::Uuid, bool> m_cccd;
    std::deque<protocol::GattEvent> m_events;
    std::array<std::uint8_t, 8> m_headId{0x3F, 0x8A, 0x10, 0x5C, 0xE2, 0x47, 0x9B, 0x01};
    unsigned m_needleLength = 50;
    unsigned m_needleCount = 540;
    unsigned m_liveSequence = 0; // 6.3.2: per connection, from 0
    unsigned m_nextSession = 1;  // 6.5.1: a session id is never used twice
    // The running session (6.3.6), kept as the record it will become (6.5.4).
    struct Session {
        DocRecord record;
        unsigned offsetMs = 0; // where its clock stands
    };
    std::optional<Session> m_session;
};

} // namespace rollwise::doctest
