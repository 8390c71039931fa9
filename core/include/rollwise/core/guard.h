#pragma once

// The overuse guard: given a described situation (profile, pre-session answers, past sessions,
// the head, the planned session, the time), decides per zone and for the session whether to
// allow, warn (the user must acknowledge; recorded) or block (overridable only where the rule
// allows, with the reason recorded). Pure: no I/O, no clock of its own.
//
// The wall clock is not trusted: a clock behind the latest time seen, a session dated in the
// future, or a wall clock that ran ahead of the monotonic clock never opens a window early.

#include <rollwise/core/device.h>
#include <rollwise/core/rules.h>
#include <rollwise/core/time.h>
#include <rollwise/core/zone.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rollwise {

// ---- Needle depth -------------------------------------------------------------------------

// One row of the needle-length table (docs/safety-rules.md).
struct DepthTier {
    int maxUm = 0;              // the row covers lengths up to this (inclusive)
    Seconds minInterval{};      // "not before": per zone, from the session's start
    Seconds windowEnd{};        // "not after": the end of the allowed window, from the start
    int maxSessionsPerWeek = 0; // per zone in any 7 days; 0 = no weekly limit
    Verdict depthVerdict = Verdict::Allow;
};

inline constexpr int kMinPlausibleNeedleUm = 100;
inline constexpr int kMaxPlausibleNeedleUm = 3000;

// The row for a needle length; lengths between rows take the stricter (longer) row.
[[nodiscard]] const DepthTier& depthTier(int needleLengthUm) noexcept;
[[nodiscard]] std::span<const DepthTier> depthTiers() noexcept;
// "0.25 mm", for files and logs; people read lengths through the app's Localizer.
[[nodiscard]] std::string formatMillimetres(int micrometres);

// ---- Limits the user may tighten ----------------------------------------------------------

// The largest interval multiplier supported: a larger one is refused (the session blocks with a
// reason), never cut down in silence.
inline constexpr double kMaxIntervalMultiplier = 10.0;

struct Limits {
    double intervalMultiplier =
        1.0;              // 1 - kMaxIntervalMultiplier: every interval is multiplied by it
    int zonePassCap = 16; // 4 directions x 4 passes
    int sessionPassCap = 128;
    Minutes sessionWarnLength{30};
    Minutes sessionMaxLength{45};
    int maxDepthUm = kMaxPlausibleNeedleUm; // the user's own ceiling
    int headMaxSessions = 10;
    Days headMaxAge{42};
    int pressureLightCn = 250; // centinewtons: "ease off" cue
    int pressureWarnCn = 400;  // warning
    int pressureStopCn = 600;  // the zone stops
};

// Each limit, to say which one was raised to its floor.
enum class LimitSetting : std::uint8_t {
    IntervalMultiplier,
    ZonePassCap,
    SessionPassCap,
    SessionWarnLength,
    SessionMaxLength,
    MaxDepth,
    HeadMaxSessions,
    HeadMaxAge,
    PressureLight,
    PressureWarn,
    PressureStop,
};
inline constexpr std::size_t kLimitSettingCount = 11;
static_assert(static_cast<std::size_t>(LimitSetting::PressureStop) + 1 == kLimitSettingCount);

struct ClampedLimits {
    Limits limits;
    std::vector<LimitSetting> notes; // one per value that was looser than its floor (default used)
    // A multiplier above kMaxIntervalMultiplier cannot be honoured: the guard blocks until the
    // setting is corrected. Holds the multiplier asked for.
    std::optional<double> refusedMultiplier;
};

// Any value looser than the default is raised to the default, with a note; a value stricter
// than Rollwise supports is refused, with a reason.
[[nodiscard]] ClampedLimits clampToFloor(const Limits& requested);

// ---- The situation ------------------------------------------------------------------------

enum class SessionOutcome : std::uint8_t { Completed, StoppedEarly, Interrupted };
enum class Reaction : std::uint8_t {
    None,
    MildRedness,
    LastingRedness,
    Irritation,
    SignsOfInfection
};

[[nodiscard]] std::string_view toString(SessionOutcome outcome) noexcept;
[[nodiscard]] std::optional<SessionOutcome>
sessionOutcomeFromString(std::string_view text) noexcept;
[[nodiscard]] std::string_view toString(Reaction reaction) noexcept;
[[nodiscard]] std::optional<Reaction> reactionFromString(std::string_view text) noexcept;

struct PastZone {
    Zone zone = Zone::Forehead;
    int passes = 0; // a zone with no passes was not needled and starts no clock; never negative
    Reaction reaction = Reaction::None;
    std::optional<TimePoint> healedAt; // for SignsOfInfection: when the user logged it healed
};

struct PastSession {
    TimePoint start{};
    int needleLengthUm = 0;
    SessionOutcome outcome = SessionOutcome::Completed;
    std::vector<PastZone> zones;
};

enum class Question : std::uint8_t {
    Pregnancy,
    SkinCondition, // which zones: Answer::zones
    IsotretinoinCurrent,
    IsotretinoinStopped, // when: Answer::since
    TopicalActives,
    BleedingRisk,
    Keloid,
    MetalAllergy,
    SystemicCondition,
};

struct QuestionInfo {
    Question question = Question::Pregnancy;
    std::string_view key; // stable, used in files and on the command line
    Seconds validFor{};   // re-asked after this
    RuleId rule = RuleId::Pregnancy;
};

[[nodiscard]] std::span<const QuestionInfo> allQuestions() noexcept;
[[nodiscard]] const QuestionInfo& questionInfo(Question question) noexcept;
[[nodiscard]] std::optional<Question> questionFromKey(std::string_view key) noexcept;

struct Answer {
    Question question = Question::Pregnancy;
    bool yes = false;
    TimePoint answeredAt{};
    std::optional<TimePoint> since; // IsotretinoinStopped: the day it was stopped
    std::vector<Zone> zones;        // SkinCondition: the zones affected
};

struct Profile {
    Limits limits;
    // The user states that a professional is treating them (allows clinical depth, recorded).
    bool professionalTreating = false;
};

// Lets the guard notice a wall clock that ran ahead: a mark taken earlier in this boot.
struct MonotonicEvidence {
    TimePoint wallAtMark{};
    Seconds monotonicAtMark{};
    Seconds monotonicNow{};
};

struct PlannedSession {
    std::vector<Zone> zones;
    int needleLengthUm = 0;
    int passesPerZone = 0;
    Minutes duration{};
    std::vector<std::string> products; // e.g. "vitamin-c-serum"
};

struct Override {
    RuleId rule = RuleId::DepthLimit;
    std::optional<Zone> zone;
    std::string
        reason; // must say something: blank text (spaces, tabs, no-break spaces) does not count
};

// True when the text holds nothing but white space (ASCII and Unicode spaces, line breaks,
// zero-width and no-break spaces, as UTF-8); an override reason like that is no reason.
[[nodiscard]] bool isBlank(std::string_view utf8) noexcept;

struct Situation {
    TimePoint now{};
    std::optional<TimePoint> clockHighWater; // the latest wall time Rollwise has seen
    std::optional<MonotonicEvidence> monotonic;
    Profile profile;
    std::vector<Answer> answers;
    std::vector<PastSession> history;
    std::optional<Head> head;
    PlannedSession plan;
    std::vector<Override> overrides;
};

// ---- The decision -------------------------------------------------------------------------

// Why the guard warns or blocks, as a value: the app words it (app/text, in the user's
// language). Each code names the parameters of Reason it fills.
enum class ReasonCode : std::uint8_t {
    ClockJumpedAhead,      // duration: how far
    ClockMovedBack,        // duration: how far
    ClockBehindLatestSeen, // at: the latest time seen
    SessionInFuture,       // at: the past session's date
    NeedleImplausible,     // micrometres
    DepthHomeMaximum,      // micrometres: the deepest advised at home (warn)
    DepthNotEvaluated,     // micrometres: deeper than evaluated for home use (warn)
    DepthClinical,         // micrometres: clinical depth (block)
    DepthAboveSetting,     // micrometres planned, limitMicrometres: the user's ceiling
    NoPasses,
    ZonePassesAboveCap,    // count planned, limit
    SessionPassesAboveCap, // count planned, limit
    SessionTooLong,        // count: minutes planned, limit: minutes
    SessionLong,           // count: minutes planned, limit: minutes a session usually takes
    DisinfectNewHead,
    NotDisinfectedSinceUse,
    NoDisinfectionRecorded,
    HeadLengthImplausible, // micrometres: the head's
    CartridgeTooShort,     // micrometres planned, limitMicrometres: the cartridge's
    HeadLengthMismatch,    // micrometres planned, limitMicrometres: the head's
    ImpossiblePassCount,   // zone, at: the session's date
    ImpossibleHeadCount,
    NoHead,
    HeadDamaged,
    CartridgeUsed,
    HeadWornBySessions, // count: sessions, limit: sessions allowed, duration: age allowed
    HeadWornByAge,      // count: sessions, limit: sessions allowed, duration: age allowed
    HeadWornByPasses,   // count: sessions, limit: sessions allowed, duration: age allowed
    HeadWearing,        // count: percent worn
    QuestionUnanswered, // question
    AnswerExpired,      // question
    Pregnancy,
    SkinConditionZonesMissing,
    SkinCondition, // zone
    IsotretinoinCurrent,
    IsotretinoinRecent,
    TopicalActives,
    BleedingRisk,
    Keloid,
    MetalAllergy,
    SystemicCondition,
    VitaminC,
    EyeArea,             // zone
    SignsOfInfection,    // zone
    RestForPlannedDepth, // zone, at: last needled, micrometres planned, duration: rest, until
    StillHealing, // zone, micrometres, at: that session, until, duration: interval, extension
    WeeklyCap,    // zone, count: sessions in 7 days, limit: per week, until
    NoZones,
    MultiplierAboveMaximum, // multiplier asked for, limit: the largest supported
    HistoryUnreadable,      // count: the DatabaseErrorCode that stopped the journal being read
};
inline constexpr std::size_t kReasonCodeCount = 50;
static_assert(static_cast<std::size_t>(ReasonCode::HistoryUnreadable) + 1 == kReasonCodeCount);

// Stable keys for files and the CLI's JSON ("healing-interval-still-healing" ...).
[[nodiscard]] std::string_view reasonKey(ReasonCode code) noexcept;
[[nodiscard]] std::optional<ReasonCode> reasonFromKey(std::string_view key) noexcept;

// Why an override did not lift a block.
enum class OverrideRefusal : std::uint8_t { None, NeedsReason, NeedsProfessional, NotAllowed };

struct Reason {
    ReasonCode code = ReasonCode::NoZones;
    std::optional<Zone> zone{};
    std::optional<Question> question{};
    int micrometres = 0;              // the needle length in question
    int limitMicrometres = 0;         // the length it is held against
    long long count = 0;              // passes, sessions, minutes or percent
    long long limit = 0;              // the cap for count
    Seconds duration{};               // a rest, an interval, a clock jump, a head's age limit
    Seconds extension{};              // extra rest after a logged skin reaction
    std::optional<TimePoint> at{};    // the date it refers to
    std::optional<TimePoint> until{}; // when it opens again
    double multiplier = 0.0;
    OverrideRefusal refusal = OverrideRefusal::None; // set when an override was tried and refused
};

struct Finding {
    RuleId rule = RuleId::EyeArea;
    Verdict verdict = Verdict::Allow;
    std::optional<Zone> zone;
    Reason why;
    // What the journal stores for this finding: reasonKey(why.code), a key, never words. A
    // finding read back from the journal has only this (reasonFromKey; older journals hold an
    // English sentence here).
    std::string reason;
    bool overridden = false;
    std::string overrideReason;
};

struct ZoneWindow {
    std::optional<TimePoint> notBefore; // unset: never needled (or no clock running)
    std::optional<TimePoint> notAfter;
    bool blockedUntilHealed = false; // signs of infection logged and not yet healed
    // What set notBefore, for the explanation.
    std::optional<TimePoint> basisStart;
    int basisNeedleUm = 0;
    Seconds basisInterval{};
    Seconds reactionExtension{};
};

struct ZoneDecision {
    Zone zone = Zone::Forehead;
    Verdict verdict = Verdict::Allow; // from this zone's own findings
    std::vector<Finding> findings;
    ZoneWindow window;
};

// The one thing to say about a decision (GuardDecision::explain), for app/text to word.
enum class ExplanationKind : std::uint8_t {
    SessionBlocked,   // reason: the first session-level block
    NoZoneOpen,       // reason: the first zone's block; total: planned zones
    Acknowledge,      // reason: the first warning; warnings: how many to acknowledge
    SomeZonesLeftOut, // ready, total, reason: the first zone's block
    AllReady,         // total
    ZoneNotPlanned,   // zone
    ZoneFinding,      // reason: the zone's block or warning
    ZoneReady,        // zone, healedOn (optional), afterSessionWarnings
};

struct Explanation {
    ExplanationKind kind = ExplanationKind::AllReady;
    std::optional<Reason> reason{};
    std::optional<Zone> zone{};
    int ready = 0;
    int total = 0;
    int warnings = 0;
    std::optional<TimePoint> healedOn{};
    bool afterSessionWarnings = false;
};

struct GuardDecision {
    Verdict session = Verdict::Allow; // overall: block, warn (acknowledge first) or allow
    TimePoint effectiveNow{};         // the time the guard trusted
    std::vector<LimitSetting> notes;  // settings raised to their floor
    std::vector<Finding> sessionFindings;
    std::vector<ZoneDecision> zones;
    std::vector<Finding> appliedOverrides; // must be recorded with the session

    // Session-level block or warn raises every zone's verdict.
    [[nodiscard]] Verdict verdictFor(Zone zone) const;
    [[nodiscard]] const ZoneDecision* zoneDecision(Zone zone) const;
    // Every warning the user must acknowledge before starting.
    [[nodiscard]] std::vector<Finding> warningsToAcknowledge() const;
    // What the UI should say about the session, or about one zone, as values.
    [[nodiscard]] Explanation explain() const;
    [[nodiscard]] Explanation explain(Zone zone) const;
};

[[nodiscard]] GuardDecision evaluate(const Situation& situation);

// The time to stamp on a session the guard allowed: never earlier than the latest time already
// seen, so a clock that was set back and later corrected cannot make a session look older.
[[nodiscard]] TimePoint recordingTime(const GuardDecision& decision,
                                      std::optional<TimePoint> clockHighWater) noexcept;

// The latest of the wall clock, the latest time Rollwise has seen, and what the monotonic clock
// says has passed since its mark: the time to date what happened "by now" (a synced device
// session whose own time is not believed), so a clock set back never makes it look older.
[[nodiscard]] TimePoint trustedTime(TimePoint wall, std::optional<TimePoint> clockHighWater,
                                    const std::optional<MonotonicEvidence>& monotonic) noexcept;

// How worn a head is, 0 - 1 and beyond: the largest of its sessions (a deep one counts 1.5)
// against the session limit, its age against the age limit, and its passes (warning-level ones
// twice) against the pass budget. The guard retires a head at 1 and warns from 0.8.
struct HeadWear {
    double fraction = 0.0;
    double bySessions = 0.0;
    double byAge = 0.0;
    double byPasses = 0.0;
};
[[nodiscard]] HeadWear headWear(const Head& head, const Limits& limits, TimePoint now) noexcept;

// The healing window of a zone after the given sessions (reminders and streaks use it too).
[[nodiscard]] ZoneWindow healingWindow(Zone zone, std::span<const PastSession> history,
                                       const Limits& limits);

// Sessions in a row done inside their allowed window: an early session breaks the streak, a
// late one starts it again, and a lapsed window ends it.
[[nodiscard]] int currentStreak(std::span<const PastSession> history, TimePoint now,
                                const Limits& limits);

} // namespace rollwise
