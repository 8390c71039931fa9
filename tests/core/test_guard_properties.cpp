// Property tests: long random lives of a user, with clock jumps, reboots, changing answers and
// override attempts. The app is modelled as it behaves (sessions stamped with recordingTime(),
// the clock's high-water mark kept, a monotonic mark per boot); the checks use the true time.
#include "guard_fixtures.h"

#include <rollwise/core/device_import.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/protocol/stored_record.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <map>
#include <random>

using namespace rollwise;
using namespace rollwise::test;

namespace {

constexpr std::array kNeedles{200, 250, 300, 500, 750, 1000, 1500, 2000, 2500};
constexpr std::array kDeviceNeedles{200, 250, 500, 1000, 1500};

// The importer under test; tests swap in a broken one to prove the property catches it.
using Importer = ImportedSession (*)(std::string_view, std::int64_t, TimePoint,
                                     std::span<const std::uint8_t>, const DeviceContext&,
                                     std::optional<TimePoint>, std::optional<TimePoint>);

// A session rolled with the smart roller away from the phone, not synced yet.
struct DeviceSession {
    TimePoint trueStart;
    int needleUm = 0;
    std::vector<Zone> zones;      // where it really went
    std::uint32_t deviceTime = 0; // what the device's clock said (0: never set)
};
constexpr std::array kZones{Zone::Forehead, Zone::Nose, Zone::LeftCheek,
                            Zone::Chin,     Zone::Neck, Zone::EyeArea};

struct TrueSession {
    TimePoint trueStart;
    int needleUm = 0;
    std::vector<Zone> zones;
    std::string how = "app"; // "app", or how the device session reached the journal
};

class Life {
public:
    // `collect`: note a violation instead of failing the test (for the broken importers).
    explicit Life(unsigned seed, Importer importer = &importDeviceRecord, bool collect = false)
        : m_rng(seed)
        , m_importer(importer)
        , m_collect(collect) {}

    void run(int steps) {
        for (int i = 0; i < steps; ++i) {
            step();
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    TimePoint wallNow() const { return m_trueNow + m_wallOffset; }

    void moveTime() {
        m_trueNow += Hours(1 + pick(24 * 6));
        if (chance(0.05)) {
            // A reboot: the monotonic mark is taken again. A clock that is already wrong when
            // the system starts cannot be detected without a trusted time source, so the model
            // starts each boot with a right clock (docs/safety-rules.md, "The clock").
            m_wallOffset = Seconds::zero();
            m_bootMarkTrue = m_trueNow;
            m_bootMarkWall = wallNow();
            m_bootMarkMono = Seconds(pick(1000));
        }
        if (chance(0.08)) {
            // The clock moves back by up to 60 days (user, network, dead RTC battery)...
            m_wallOffset -= Hours(pick(24 * 60));
        } else if (chance(0.08)) {
            // ...or forward by up to 60 days within this boot (detectable by the monotonic mark).
            m_wallOffset += Hours(pick(24 * 60));
        } else if (chance(0.05)) {
            m_wallOffset = Seconds::zero(); // corrected
        }
    }

    Situation situation() {
        Situation s = readySituation(wallNow());
        s.clockHighWater = m_highWater;
        const Seconds monoNow = m_bootMarkMono + (m_trueNow - m_bootMarkTrue);
        s.monotonic = MonotonicEvidence{m_bootMarkWall, m_bootMarkMono, monoNow};
        s.history = m_history;
        s.head->lastUse.reset();
        s.head->sessions = 0;
        s.head->firstUse = wallNow();
        s.head->lastDisinfected = wallNow();
        s.profile.professionalTreating = chance(0.3);
        s.profile.limits.intervalMultiplier = chance(0.2) ? 1.5 : 1.0;
        if (chance(0.2)) { // some answers expire or say yes
            auto& answer =
                s.answers[static_cast<std::size_t>(pick(static_cast<int>(s.answers.size())))];
            if (chance(0.5)) {
                answer.answeredAt -= Days(400);
            } else {
                answer.yes = true;
                answer.zones = {kZones[static_cast<std::size_t>(pick(5))]};
            }
        }
        planDepth(s, kNeedles[static_cast<std::size_t>(pick(kNeedles.size()))]);
        s.plan.zones.clear();
        for (const Zone zone : kZones) {
            if (chance(0.5)) {
                s.plan.zones.push_back(zone);
            }
        }
        s.plan.passesPerZone = 4 + pick(14); // sometimes over the cap of 16
        if (chance(0.3)) {
            s.overrides.push_back(Override{RuleId::DepthLimit, std::nullopt, "clinic"});
        }
        if (chance(0.3)) {
            s.overrides.push_back(Override{
                RuleId::HealingInterval,
                s.plan.zones.empty() ? std::nullopt : std::optional(s.plan.zones[0]), "impatient"});
        }
        if (chance(0.1)) {
            s.overrides.push_back(Override{RuleId::DepthLimit, std::nullopt, ""});
        }
        return s;
    }

    // The smart roller is used away from the phone; its device clock may be right, ahead,
    // never set, or set back behind a time it already reported.
    void useDeviceAway() {
        DeviceSession d;
        d.trueStart = m_trueNow - Minutes(pick(600));
        d.needleUm = kDeviceNeedles[static_cast<std::size_t>(pick(kDeviceNeedles.size()))];
        for (const Zone zone : kZones) {
            if (zone != Zone::EyeArea && chance(0.4)) {
                d.zones.push_back(zone);
            }
        }
        if (d.zones.empty()) {
            d.zones.push_back(Zone::Chin);
        }
        const auto trueDevice =
            std::chrono::floor<Seconds>(d.trueStart).time_since_epoch().count() -
            protocol::kTimestampEpochUnix;
        const int clock = pick(10);
        std::int64_t reported = trueDevice;
        if (clock == 0) {
            reported = 0; // never set
        } else if (clock == 1) {
            reported += pick(3) * 86400 + pick(86400); // ahead
        } else if (clock == 2 && m_lastReported > 0) {
            reported = m_lastReported - 1 - pick(86400 * 5); // set back behind a reported time
        }
        d.deviceTime = static_cast<std::uint32_t>(std::max<std::int64_t>(reported, 0));
        if (d.deviceTime != 0) {
            m_lastReported = std::max<std::int64_t>(m_lastReported, d.deviceTime);
        }
        m_unsynced.push_back(d);
        ++m_deviceSessions;
    }

    // Hours or days later the phone syncs: every record goes through the importer.
    void sync() {
        for (const auto& d : m_unsynced) {
            protocol::StoredRecord r;
            r.sequence = static_cast<std::uint16_t>(++m_sequence);
            // The roller kept its summary, not each pass.
            r.flags = protocol::recordflag::kTruncated |
                      (d.deviceTime == 0 ? protocol::recordflag::kClockUnset : 0);
            r.startTime = d.deviceTime;
            r.durationS = 300;
            r.maxDepth = static_cast<std::uint16_t>(d.needleUm / 10);
            r.depthAtStart = r.maxDepth;
            r.passCount = static_cast<std::uint16_t>(8 * d.zones.size());
            r.contactTenths = 1200;
            const auto body = protocol::buildRecordBody(r).value();
            // Synced "now", as the app trusts time (DeviceSync keeps a monotonic mark).
            const TimePoint syncedAt =
                trustedTime(wallNow(), m_highWater,
                            MonotonicEvidence{m_bootMarkWall, m_bootMarkMono,
                                              m_bootMarkMono + (m_trueNow - m_bootMarkTrue)});
            const auto imported = m_importer("roller-1", r.sequence, syncedAt, body,
                                             DeviceContext{DeviceFamily::SmartRoller, 1500, 0, 0},
                                             m_latestSeen, m_highWater);
            SessionRecord record = imported.record;
            if (record.device && record.device->deviceTime) { // every time the device said
                m_latestSeen = std::max(m_latestSeen.value_or(*record.device->deviceTime),
                                        *record.device->deviceTime);
            }
            if (chance(0.5)) {
                // The user answers "Where did you roll?" with the true zones.
                record.zonesPending = false;
                for (const Zone zone : d.zones) {
                    record.zones.push_back(ZoneRecord{zone, {}, false, {}, false});
                }
                ++m_placed;
            }
            m_history.push_back(record.toPastSession());
            m_truth.push_back(TrueSession{
                d.trueStart, d.needleUm, d.zones,
                "device, " + std::string(record.zonesPending ? "unplaced" : "placed") + ", dated " +
                    formatDateTime(record.start) + ", device said " + std::to_string(d.deviceTime) +
                    (record.device->timeTrusted ? " trusted" : "") + ", synced at " +
                    formatDateTime(syncedAt)});
        }
        m_unsynced.clear();
    }

    void step() {
        moveTime();
        if (chance(0.15)) {
            useDeviceAway();
        }
        if (!m_unsynced.empty() && chance(0.3)) {
            sync();
        }
        const Situation s = situation();
        const GuardDecision decision = evaluate(s);
        Situation withoutOverrides = s;
        withoutOverrides.overrides.clear();
        const GuardDecision strict = evaluate(withoutOverrides);

        // The guard never trusts a time later than the wall clock, and never allows a session
        // while the wall clock is off by more than the tolerance.
        REQUIRE(decision.effectiveNow <= s.now);
        if (decision.session != Verdict::Block) {
            REQUIRE(std::chrono::abs(s.now - m_trueNow) <= Minutes(5));
            ++m_clockChecks;
        } else if (s.now != m_trueNow) {
            ++m_blockedWhileWrong;
        }

        if (decision.session == Verdict::Block) {
            return;
        }
        std::vector<Zone> done;
        for (const auto& zone : decision.zones) {
            if (decision.verdictFor(zone.zone) != Verdict::Block) {
                done.push_back(zone.zone);
            }
        }
        REQUIRE_FALSE(done.empty());

        // Property: a block is only ever lifted by an override that is allowed and recorded.
        bool needsOverride = strict.session == Verdict::Block;
        for (const Zone zone : done) {
            needsOverride = needsOverride || strict.verdictFor(zone) == Verdict::Block;
        }
        if (needsOverride) {
            REQUIRE_FALSE(decision.appliedOverrides.empty());
            ++m_overridesUsed;
        }
        for (const auto& applied : decision.appliedOverrides) {
            REQUIRE(ruleInfo(applied.rule).overridable);
            REQUIRE_FALSE(applied.overrideReason.empty());
            REQUIRE(applied.overridden);
        }
        // The eye area is never needled.
        REQUIRE(std::find(done.begin(), done.end(), Zone::EyeArea) == done.end());

        // Property: in true time, no zone is needled inside its cooldown, and at cosmetic depth
        // never more than 3 times in 7 days.
        for (const Zone zone : done) {
            int lastWeek = 0;
            for (const auto& past : m_truth) {
                if (std::find(past.zones.begin(), past.zones.end(), zone) == past.zones.end()) {
                    continue;
                }
                const auto elapsed = m_trueNow - past.trueStart;
                INFO("zone " << zoneInfo(zone).key << ", previous " << past.needleUm
                             << " um session "
                             << formatDuration(std::chrono::floor<Seconds>(elapsed))
                             << " ago (true time, " << past.how << ")");
                // The zone rests for the longer of what the last session and the planned one
                // need.
                if (const auto* zd = decision.zoneDecision(zone); zd && zd->window.notBefore) {
                    UNSCOPED_INFO("guard window opens "
                                  << formatDateTime(*zd->window.notBefore) << ", guard now "
                                  << formatDateTime(decision.effectiveNow) << ", plan "
                                  << s.plan.needleLengthUm);
                }
                for (const auto& h : s.history) {
                    for (const auto& z : h.zones) {
                        if (z.zone == zone) {
                            UNSCOPED_INFO("history " << formatDateTime(h.start) << " "
                                                     << h.needleLengthUm << " passes " << z.passes);
                        }
                    }
                }
                const bool rested =
                    elapsed >= std::max(depthTier(past.needleUm).minInterval,
                                        depthTier(s.plan.needleLengthUm).minInterval);
                if (m_collect) {
                    m_violated = m_violated || !rested;
                } else {
                    REQUIRE(elapsed >= std::max(depthTier(past.needleUm).minInterval,
                                                depthTier(s.plan.needleLengthUm).minInterval));
                }
                lastWeek += elapsed < Days(7) ? 1 : 0;
            }
            if (s.plan.needleLengthUm <= 250) {
                if (m_collect) {
                    m_violated = m_violated || lastWeek >= 3;
                } else {
                    REQUIRE(lastWeek < 3);
                }
            }
        }

        // Record the session as the app does.
        const TimePoint stamp = recordingTime(decision, m_highWater);
        PastSession record;
        record.start = stamp;
        record.needleLengthUm = s.plan.needleLengthUm;
        for (const Zone zone : done) {
            record.zones.push_back(
                PastZone{zone, s.plan.passesPerZone, Reaction::None, std::nullopt});
        }
        m_history.push_back(record);
        m_truth.push_back(TrueSession{m_trueNow, s.plan.needleLengthUm, done});
        m_highWater = std::max(m_highWater.value_or(stamp), std::max(stamp, decision.effectiveNow));
        ++m_sessions;
    }

public:
    int sessions() const { return m_sessions; }
    int overridesUsed() const { return m_overridesUsed; }
    int blockedWhileWrong() const { return m_blockedWhileWrong; }
    int deviceSessions() const { return m_deviceSessions; }
    int placed() const { return m_placed; }
    bool violated() const { return m_violated; }

private:
    std::mt19937 m_rng;
    Importer m_importer;
    bool m_collect = false;
    bool m_violated = false;
    std::vector<DeviceSession> m_unsynced;
    std::int64_t m_lastReported = 0;
    std::optional<TimePoint> m_latestSeen;
    int m_sequence = 0;
    int m_deviceSessions = 0;
    int m_placed = 0;
    TimePoint m_trueNow = at("2026-01-01T08:00:00Z");
    Seconds m_wallOffset{};
    TimePoint m_bootMarkTrue = m_trueNow;
    TimePoint m_bootMarkWall = m_trueNow;
    Seconds m_bootMarkMono{};
    std::optional<TimePoint> m_highWater;
    std::vector<PastSession> m_history;
    std::vector<TrueSession> m_truth;
    int m_sessions = 0;
    int m_overridesUsed = 0;
    int m_clockChecks = 0;
    int m_blockedWhileWrong = 0;
};

} // namespace

TEST_CASE("Property: no zone is ever allowed inside its cooldown, whatever the clock does",
          "[guard][property]") {
    const unsigned seed = GENERATE(range(1u, 25u));
    CAPTURE(seed);
    Life life(seed);
    life.run(400);
    // The life was eventful enough to mean something: sessions happened, and the clock was
    // wrong at times when a session was asked for.
    CHECK(life.sessions() > 10);
    CHECK(life.blockedWhileWrong() > 0);
    CHECK(life.deviceSessions() > 10);
    CHECK(life.placed() > 3);
}

// Importers that lose what the device did: the property must catch each of them.
ImportedSession droppingImporter(std::string_view key, std::int64_t sequence, TimePoint received,
                                 std::span<const std::uint8_t> payload, const DeviceContext& c,
                                 std::optional<TimePoint> latest, std::optional<TimePoint> mark) {
    auto imported = importDeviceRecord(key, sequence, received, payload, c, latest, mark);
    imported.record.zonesPending = false; // "no zones" instead of "every zone": nothing counts
    imported.record.reportedPasses = 0;
    imported.record.unassignedPasses.clear();
    return imported;
}

ImportedSession trustingImporter(std::string_view key, std::int64_t sequence, TimePoint received,
                                 std::span<const std::uint8_t> payload, const DeviceContext& c,
                                 std::optional<TimePoint> latest, std::optional<TimePoint> mark) {
    auto imported = importDeviceRecord(key, sequence, received, payload, c, latest, mark);
    if (imported.record.device && imported.record.device->deviceTime) {
        imported.record.start = *imported.record.device->deviceTime; // believes any clock
    }
    return imported;
}

TEST_CASE("Property: a broken device importer is caught", "[guard][property][device]") {
    const auto fails = [](Importer importer) {
        for (unsigned seed = 1; seed < 25; ++seed) {
            Life life(seed, importer, true);
            life.run(400);
            if (life.violated()) {
                return true;
            }
        }
        return false;
    };
    CHECK(fails(&droppingImporter));
    CHECK(fails(&trustingImporter));
}

TEST_CASE("Property: overrides are exercised and always recorded", "[guard][property][override]") {
    int overrides = 0;
    for (unsigned seed = 100; seed < 110; ++seed) {
        Life life(seed);
        life.run(300);
        overrides += life.overridesUsed();
    }
    CHECK(overrides > 0);
}
