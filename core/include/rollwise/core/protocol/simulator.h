#pragma once

// Simulated Rollwise devices (docs/device-protocol.md, section 8): a 540-pin smart roller, an
// 11-needle pen and a 0.3 mm home tool. Each holds a GATT model, speaks exactly the profile
// (it builds every frame with the codec's builders), runs sessions, stores offline records,
// drains its battery, ages its head, and can be told to misbehave. Everything happens on the
// injected clock, in pump(), so tests are deterministic.
//
// Driving it: the test (or the app's demo mode) moves the clock, calls pump(), and acts as the
// user with pressButton(), performPass(), turnDepthDial() ... pump() answers queued requests,
// emits the events that fell due, and delivers the resulting events to the sink one at a time;
// requests the sink makes while handling an event are served within the same pump().

#include <rollwise/core/clock.h>
#include <rollwise/core/device.h>
#include <rollwise/core/protocol/advertising.h>
#include <rollwise/core/protocol/control_point.h>
#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/gatt.h>
#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/protocol/racp.h>
#include <rollwise/core/protocol/standard.h>
#include <rollwise/core/protocol/stored_record.h>

#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace rollwise::protocol {

// One of the reference families of section 8.
struct SimProfile {
    DeviceFamily family = DeviceFamily::SmartRoller;
    DeviceFeatures features;
    HeadIdentity head;
    std::string manufacturer = "Rollwise Sim";
    std::string model;
    std::string serial;
    std::string hardwareRevision = "A";
    std::string firmwareRevision = "1.0.0";
    std::uint16_t depth = kLengthMin; // depth setting at power-on (pens); else the head's
    std::uint8_t strokeRate = 0;      // STAMPING devices: strokes per second at power-on
    // Battery drain, in thousandths of a percent per minute (section 8.1).
    std::uint32_t drainIdle = 20;
    std::uint32_t drainSession = 200;
    std::uint32_t drainMotor = 300; // extra, while a pen's needles run
    std::uint32_t chargeRate = 1000;

    [[nodiscard]] static SimProfile smartRoller(); // RW-R540
    [[nodiscard]] static SimProfile pen();         // RW-P11
    [[nodiscard]] static SimProfile homeTool();    // RW-H03
    // SmartRoller, Pen or HomeTool; a PlainRoller has nothing to simulate (smart roller).
    [[nodiscard]] static SimProfile forFamily(DeviceFamily family);
};

// How the user moves the device in one pass.
struct PassMotion {
    StrokeDirection direction = StrokeDirection::Horizontal;
    std::chrono::milliseconds duration{2000};
    std::uint16_t speedMmPerS = 40;
    std::uint16_t meanPressureCn = 400;
    std::uint16_t peakPressureCn = 500;
};

// Faults to inject. Counters count down as they take effect.
struct Misbehaviour {
    int dropLinkAfterFragments = -1; // >= 0: the link drops after this many more fragments
    int duplicateEvents = 0;         // the next N live events are sent twice (same sequence)
    int skipSequence = 0;            // the next live event's sequence jumps ahead by N
    int malformedEvents = 0;         // the next N live events go out with a reserved type
    int oversizedNotifications = 0;  // the next N live notifications are padded past 20 bytes
    int corruptRecords = 0;          // the next N records are sent with a broken CRC
    int repeatRecords = 0;           // the next N records are sent twice in a row
    int truncatedFragments = 0;      // the next N fragments lose their last byte
    bool silentRacp = false;         // RACP writes succeed but are never answered
    int floodNotifications = 0;      // the next pump sends N junk Live Events notifications
    // Not misbehaviour: the pacing of RACP frames (6.5.2 allows up to 2 s between them). The
    // default is about one connection event; 0 stands for a link as fast as its host.
    std::chrono::microseconds racpFrameInterval{10000};
};

enum class SimErrorCode : std::uint8_t { NoSession, SessionRunning, PassRunning, NotAllowed };
struct SimError {
    SimErrorCode code = SimErrorCode::NotAllowed;
    std::string message;
};

class SimulatedDevice final : public GattPeer {
public:
    // `clock` must outlive the device.
    SimulatedDevice(SimProfile profile, const Clock& clock);

    // ---- GattPeer ----
    void setSink(GattEventSink* sink) override { m_sink = sink; }
    [[nodiscard]] LinkState state() const override { return m_link; }
    void connect() override;
    void disconnect() override;
    Status<GattError> read(const Uuid& characteristic) override;
    Status<GattError> write(const Uuid& characteristic, ByteView value, WriteMode mode) override;
    Status<GattError> setNotifications(const Uuid& characteristic, bool enable) override;

    // Serves requests, lets the device's time run up to the clock, delivers events.
    void pump();

    // ---- The world around the device ----
    // Starts a session, or ends the running one (device control).
    void pressButton();
    // A pass starting now; ends `motion.duration` later (split at 60 s, 6.3.5).
    Status<SimError> performPass(const PassMotion& motion);
    // The pen's depth dial (DEPTH devices): Depth Changed, origin device control.
    Status<SimError> turnDepthDial(std::uint16_t depth);
    Status<SimError> setStrokeRate(std::uint8_t rate);
    void replaceHead(const HeadIdentity& head);
    void removeHead();
    void markHeadDamaged();
    void raiseFault(std::uint8_t code, std::uint8_t detail = 0);
    void clearFault(std::uint8_t code);
    void setBatteryLevel(std::uint8_t percent);
    void setCharging(bool charging);
    // The bond: without it every Enc attribute answers ATT 0x05 (5.2).
    void setBonded(bool bonded) { m_bonded = bonded; }
    // The device goes out of range: the link drops, a running session goes on (6.3.6).
    void dropLink();
    // Factory state and test hooks.
    void setDeviceTime(std::optional<TimePoint> utc);
    void setNextRecordSequence(std::uint16_t sequence) { m_nextSequence = sequence; }
    // The sequence number the next stored record gets (0: numbering exhausted).
    [[nodiscard]] std::uint16_t nextRecordSequence() const noexcept { return m_nextSequence; }
    void injectRecord(const StoredRecord& record);
    [[nodiscard]] Misbehaviour& misbehave() noexcept { return m_misbehave; }

    // ---- Inspection ----
    [[nodiscard]] const SimProfile& profile() const noexcept { return m_profile; }
    [[nodiscard]] const DeviceFeatures& features() const noexcept { return m_profile.features; }
    [[nodiscard]] const HeadIdentity& head() const noexcept { return m_head; }
    [[nodiscard]] const std::map<std::uint16_t, StoredRecord>& records() const noexcept {
        return m_records;
    }
    [[nodiscard]] std::uint32_t storeId() const noexcept { return m_storeId; }
    [[nodiscard]] bool sessionRunning() const noexcept { return m_session.has_value(); }
    [[nodiscard]] bool passRunning() const noexcept { return m_pass.has_value(); }
    [[nodiscard]] std::uint8_t batteryLevel() const noexcept;
    [[nodiscard]] std::uint16_t depth() const noexcept { return m_depth; }
    [[nodiscard]] std::optional<PacingCueRequest> lastCue() const noexcept { return m_lastCue; }
    [[nodiscard]] std::optional<TimePoint> deviceTime() const;
    [[nodiscard]] bool subscribed(const Uuid& characteristic) const;
    [[nodiscard]] std::uint64_t notificationsSent() const noexcept { return m_notifications; }
    [[nodiscard]] std::uint64_t fragmentsSent() const noexcept { return m_fragments; }
    [[nodiscard]] bool activeFault(std::uint8_t code) const { return m_faults.contains(code); }
    // What the device advertises now (5.1): records pending while the store holds any.
    [[nodiscard]] Bytes advertisingData() const { return buildAdvertisingData(); }
    [[nodiscard]] Bytes scanResponse() const;

private:
    enum class Security : std::uint8_t { Open, Enc, None };
    struct Characteristic {
        bool read = false;
        bool write = false;
        bool notify = false;
        bool indicate = false;
        Security readSecurity = Security::None;
        Security writeSecurity = Security::None;
        Security cccdSecurity = Security::None;
        Bytes value;
        bool subscribed = false;
    };
    struct Request {
        enum class Kind : std::uint8_t { Read, Write, Subscribe };
        Kind kind = Kind::Read;
        Uuid characteristic;
        Bytes value;
        WriteMode mode = WriteMode::WithResponse;
        bool enable = false;
    };
    struct Session {
        std::uint16_t id = 0;
        std::chrono::steady_clock::duration startMono{};
        std::uint32_t startTime = kTimestampUnknown;
        std::uint16_t passCount = 0;
        std::uint32_t contactMs = 0;
        std::optional<std::uint16_t> peak;
        std::array<std::uint8_t, 4> directions{};
        std::vector<StoredPass> passes;
        std::uint8_t flags = 0;
        std::uint16_t depthAtStart = kLengthMin;
        std::uint16_t maxDepth = kLengthMin;
        std::chrono::steady_clock::duration lastActivity{}; // start, or end of the last pass
    };
    struct Pass {
        PassMotion motion;
        std::chrono::milliseconds remaining{}; // beyond this pass (split at 60 s)
        std::chrono::steady_clock::duration start{};
        std::chrono::steady_clock::duration end{};
        std::chrono::steady_clock::duration nextSample{};
        std::uint32_t samples = 0;
        std::optional<LiveEvent> heldSample; // pressure samples go out in pairs (6.3.1)
    };
    struct Procedure {
        RacpOpcode opcode = RacpOpcode::ReportRecords;
        std::deque<Bytes> fragments;
        Bytes finalResponse;
        std::chrono::steady_clock::duration nextFrame{};
    };

    [[nodiscard]] std::chrono::steady_clock::duration mono() const { return m_clock.monotonic(); }
    [[nodiscard]] Characteristic* find(const Uuid& characteristic);
    [[nodiscard]] const Characteristic* find(const Uuid& characteristic) const;
    [[nodiscard]] bool allowed(Security security) const noexcept;
    void buildGattModel();
    void enqueue(GattEvent event);
    void notify(const Uuid& characteristic, Bytes value, bool indication = false);
    void linkUp();
    void linkDown();

    void handle(const Request& request);
    void handleRead(const Request& request);
    void handleWrite(const Request& request);
    void handleSubscribe(const Request& request);
    void handleControlPoint(ByteView value);
    void handleRacp(ByteView value);
    void answerRacp(RacpOpcode request, RacpResponseCode code);
    void startReport(const RacpRequest& request);
    [[nodiscard]] std::vector<std::uint16_t> selected(const RacpRequest& request) const;
    void serviceProcedure();

    void advanceWorld();
    void drainBattery(std::chrono::steady_clock::duration until);
    void batteryEvents();
    void flood();

    [[nodiscard]] std::optional<std::uint32_t> nowTimestamp() const;
    [[nodiscard]] std::uint32_t offsetMs(std::chrono::steady_clock::duration at) const;
    void emitLive(EventPayload payload, std::optional<std::uint32_t> timeMs);
    void sendLive(Bytes bytes);
    [[nodiscard]] std::uint16_t reserveSessionId();
    void startSession(SessionOrigin origin, std::uint16_t id);
    void endSession(EndReason reason, std::chrono::steady_clock::duration at);
    void beginPass(const PassMotion& motion, std::chrono::milliseconds duration,
                   std::chrono::steady_clock::duration at);
    void finishPass(std::chrono::steady_clock::duration at);
    void flushHeldSample();
    void notifyHead();
    void setFault(std::uint8_t code, bool raised, std::uint8_t detail);
    [[nodiscard]] std::uint16_t passDepth() const noexcept;

    SimProfile m_profile;
    const Clock& m_clock;
    GattEventSink* m_sink = nullptr;
    LinkState m_link = LinkState::Disconnected;
    bool m_bonded = true;
    std::map<Uuid, Characteristic> m_gatt;
    std::deque<Request> m_requests;
    std::deque<GattEvent> m_outbox;
    std::uint16_t m_liveSequence = 0;
    std::optional<Session> m_session;
    std::optional<Pass> m_pass;
    HeadIdentity m_head;
    HeadIdentity m_sessionHead; // the head when the running session started (6.5.4)
    std::uint16_t m_depth = kLengthMin;
    std::uint8_t m_strokeRate = 0;
    std::set<std::uint8_t> m_faults;
    std::map<std::uint8_t, std::uint8_t> m_faultDetail;
    // Battery, in thousandths of a percent.
    std::uint32_t m_batteryMilli = 85'000;
    std::uint64_t m_drainRemainder = 0;
    bool m_charging = false;
    std::chrono::steady_clock::duration m_drainedUntil{};
    std::optional<std::chrono::steady_clock::duration> m_lastBatteryEvent;
    std::uint8_t m_reportedLevel = 85;
    bool m_reportedCharging = false;
    // Clock: device UTC = clock.now() + offset, when set. Time zone for Current Time reads.
    std::optional<std::chrono::system_clock::duration> m_clockOffset;
    LocalTimeInformation m_localTime;
    // Record store (6.5.1).
    std::map<std::uint16_t, StoredRecord> m_records;
    std::uint16_t m_nextSequence = 1; // 0: numbering exhausted until the store is empty
    std::uint32_t m_storeId = 1;
    std::optional<Procedure> m_procedure;
    std::optional<PacingCueRequest> m_lastCue;
    Misbehaviour m_misbehave;
    std::uint64_t m_notifications = 0;
    std::uint64_t m_fragments = 0;
};

} // namespace rollwise::protocol
