#pragma once

// The guided session: a state machine that walks a plan zone by zone, pass by pass.
//
// States and transitions (docs/sessions.md has the diagram):
//   Preparing       --confirmPrepared-->      PreSessionCheck
//   PreSessionCheck --submitCheck(decision)--> Blocked       (the guard blocked the session)
//                                          --> Ready         (zones the guard blocked are dropped)
//   Ready           --acknowledge(...)-->      Ready         (each warning, recorded)
//   Ready           --start-->                 InZone        (every warning acknowledged)
//   InZone          --pass events, tick-->     InZone        (next pass, next zone)
//   InZone          --last pass of last zone-> Aftercare
//   InZone          --skipZone-->              InZone | Aftercare
//   InZone          --pause | deviceLost-->    Paused
//   Paused          --resume-->                InZone        (after deviceLost: paced by the app)
//   InZone | Paused --stopEarly-->             Aftercare     (outcome: stopped early)
//   InZone          --tick past the length cap-> Aftercare   (outcome: stopped early)
//   Aftercare       --finish-->                Completed | StoppedEarly
//   any active      --(app killed) recover()-> Interrupted   (never a silent success)
//
// With a smart device, passes come from the device (direction, speed, pressure); with a plain
// roller the app paces each pass and the user confirms it. Both produce the same record.

#include <rollwise/core/clock.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/plan.h>
#include <rollwise/core/result.h>

#include <optional>
#include <string>
#include <vector>

namespace rollwise {

enum class SessionState : std::uint8_t {
    Preparing,
    PreSessionCheck,
    Blocked,
    Ready,
    InZone,
    Paused,
    Aftercare,
    Completed,
    StoppedEarly,
    Interrupted,
};

[[nodiscard]] std::string_view toString(SessionState state) noexcept;

enum class PassSource : std::uint8_t { Device, Manual };

struct PassRecord {
    Direction direction = Direction::Horizontal;
    TimePoint start{};
    Seconds duration{};
    PassSource source = PassSource::Manual;
    std::optional<int> distanceMm;
    std::optional<int> speedMmPerS;
    std::optional<int> meanPressureCn;
    std::optional<int> peakPressureCn;
    std::optional<int> depthUm;
};

// Why a zone ended before its last pass, as stored in ZoneRecord::skipReason: a key, so the
// app can word it in the user's language.
enum class SkipCause : std::uint8_t { ByUser, Pressure, LengthCap, StoppedEarly };
[[nodiscard]] std::string_view skipCauseKey(SkipCause cause) noexcept;
[[nodiscard]] std::optional<SkipCause> skipCauseFromKey(std::string_view key) noexcept;

struct ZoneRecord {
    Zone zone = Zone::Forehead;
    std::vector<PassRecord> passes;
    bool skipped = false;
    // A skipCauseKey, the guard's reasonKey for a zone it blocked, or the user's own words.
    std::string skipReason;
    bool stoppedForPressure = false;
};

// Where a session synced from a device's record store came from.
struct DeviceOrigin {
    std::string recordKey;     // deviceRecordKey(device, store id): device_records.device_uid
    std::int64_t sequence = 0; // the record's sequence in that store
    std::optional<TimePoint> deviceTime; // the start the device reported (nullopt: clock unset)
    bool timeTrusted = true; // false: the session is dated when it was synced, never earlier
};

struct SessionRecord {
    TimePoint start{};
    std::optional<TimePoint> end;
    Goal goal = Goal::TextureAndFineLines;
    DeviceFamily family = DeviceFamily::PlainRoller;
    std::string headId;
    int needleLengthUm = 0;
    std::optional<SessionOutcome> outcome; // set when the session has ended
    std::vector<ZoneRecord> zones;
    std::vector<Finding> acknowledged; // warnings the user read and accepted
    std::vector<Finding> overrides;    // blocks lifted by an allowed override
    int highPressurePasses = 0;
    // Set for a session synced from a device (docs/device-sync.md).
    std::optional<DeviceOrigin> device;
    // The zones are not known yet (a device session the user has not placed): the guard counts
    // the session as covering every zone its device family can reach (zonesReachableBy).
    bool zonesPending = false;
    std::vector<PassRecord> unassignedPasses; // passes whose zone is not known
    int reportedPasses = 0; // a device's own pass count, which may exceed the passes it kept

    // Every pass: those in zones, those not placed yet, and at least what the device reported.
    [[nodiscard]] int totalPasses() const noexcept;
    // The form the guard reads history in.
    [[nodiscard]] PastSession toPastSession() const;
};

// What the user should see or feel now. The UI turns cues into text, sound and vibration.
enum class CueKind : std::uint8_t {
    ZoneStart,         // zone, passes, direction (the first): "Forehead: 8 passes, side to side"
    PassStart,         // pass of passes, direction: "Pass 3 of 8, up and down"
    PassTimeUp,        // plain roller: the pacing time of this pass is over; lift and confirm
    DirectionChange,   // direction: "Now up and down"
    DirectionMismatch, // direction (the pass went), expected (the guide's)
    ZoneDone,
    ZoneSkipped,
    PressureEaseOff,      // stage 1
    PressureWarning,      // stage 2, or urgent: stage 3 before the pass has ended
    PressureStop,         // stage 3: the zone ends
    SessionLengthWarning, // minutes: how long sessions usually take at most
    SessionLengthStop,
    DeviceLost,
    Paused,
    Resumed, // pacedByApp: Rollwise paces the passes from now on
    Aftercare,
    IgnoredPass, // a device pass outside a zone
};
inline constexpr std::size_t kCueKindCount = 17;
static_assert(static_cast<std::size_t>(CueKind::IgnoredPass) + 1 == kCueKindCount);

// A cue as values; the app words it (app/text).
struct Cue {
    CueKind kind = CueKind::ZoneStart;
    std::optional<Zone> zone{};
    int pass = 0;   // 1-based
    int passes = 0; // in the zone
    std::optional<Direction> direction{};
    std::optional<Direction> expected{};
    bool urgent = false;
    bool pacedByApp = false;
    Minutes minutes{};
};

enum class EngineErrorCode { WrongState, UnacknowledgedWarnings, UnknownWarning, NothingToDo };
struct EngineError {
    EngineErrorCode code = EngineErrorCode::WrongState;
    std::string message; // English, for logs; the app words the code
};

// A pass reported by a smart device.
struct DevicePass {
    Direction direction = Direction::Horizontal;
    Seconds duration{};
    std::optional<int> distanceMm;
    std::optional<int> speedMmPerS;
    std::optional<int> meanPressureCn;
    std::optional<int> peakPressureCn;
    std::optional<int> depthUm;
};

class SessionEngine {
public:
    // `clock` must outlive the engine. Limits are clamped to their floors.
    SessionEngine(SessionPlan plan, std::string headId, const Clock& clock, Limits limits = {});

    [[nodiscard]] SessionState state() const noexcept { return m_state; }
    [[nodiscard]] const SessionRecord& record() const noexcept { return m_record; }
    [[nodiscard]] const SessionPlan& plan() const noexcept { return m_plan; }
    [[nodiscard]] std::optional<Zone> currentZone() const;
    [[nodiscard]] int currentPass() const noexcept { return m_passIndex; } // 0-based, in zone
    [[nodiscard]] std::optional<Direction> expectedDirection() const;
    [[nodiscard]] bool pacedByApp() const noexcept { return m_paced; }
    [[nodiscard]] std::vector<Finding> pendingWarnings() const;
    // Why the guard blocked the session (state Blocked).
    [[nodiscard]] std::optional<Explanation> blockReason() const { return m_blockReason; }
    // Cues produced since the last call.
    [[nodiscard]] std::vector<Cue> takeCues();

    Status<EngineError> confirmPrepared();
    // Feed the guard's decision for this plan (GuardDecision from evaluate()).
    Status<EngineError> submitCheck(const GuardDecision& decision);
    Status<EngineError> acknowledge(RuleId rule, std::optional<Zone> zone = std::nullopt);
    Status<EngineError> start();

    // Plain roller (or a smart device that was lost): the user confirms the pass.
    Status<EngineError> confirmPass();
    // Smart device: a whole pass as the device reported it.
    Status<EngineError> devicePass(const DevicePass& pass);
    // Smart device: a live pressure sample during a pass.
    Status<EngineError> pressureSample(int centinewtons);
    // Timers: pacing cues and the session length cap. Call at least once a second.
    void tick();

    Status<EngineError> skipZone(std::string reason);
    Status<EngineError> pause();
    Status<EngineError> resume();
    // The device went away: pause; on resume the app paces the passes and the user confirms.
    void deviceLost();
    // The smart device keeps this session in its record store under `origin` (its Session
    // Started id, 6.5.8): the record is matched to this session when it syncs, not added again.
    void setDeviceOrigin(DeviceOrigin origin) { m_record.device = std::move(origin); }
    Status<EngineError> stopEarly();
    Status<EngineError> finish();

    // After the app was killed: what was recorded ends as interrupted.
    [[nodiscard]] static SessionRecord recover(SessionRecord snapshot);

private:
    [[nodiscard]] TimePoint now() const;
    [[nodiscard]] bool active() const noexcept;
    void cue(Cue cue);
    void enterZone();
    void beginPass();
    void recordPass(PassRecord pass);
    void finishZone(bool skipped, std::string reason);
    void enterAftercare(SessionOutcome outcome);
    void applyPressure(int centinewtons, bool endOfPass);
    [[nodiscard]] Seconds activeTime() const;

    SessionPlan m_plan;
    const Clock& m_clock;
    Limits m_limits;
    SessionState m_state = SessionState::Preparing;
    SessionRecord m_record;
    std::vector<Finding> m_warnings;
    std::optional<Explanation> m_blockReason;
    std::vector<Cue> m_cues;
    std::size_t m_zoneIndex = 0;
    int m_passIndex = 0;
    bool m_paced = true;
    bool m_passTimeUpSent = false;
    bool m_lengthWarningSent = false;
    int m_zoneWarnings = 0;
    int m_pressureStage = 0; // highest stage cued in this pass
    std::chrono::steady_clock::duration m_passStartedMono{};
    std::chrono::steady_clock::duration m_startedMono{};
    std::chrono::steady_clock::duration m_pausedTotal{};
    std::chrono::steady_clock::duration m_pausedAt{};
    SessionOutcome m_pendingOutcome = SessionOutcome::Completed;
};

} // namespace rollwise
