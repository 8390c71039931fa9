// Issue "the guard sees every session": device records become journal sessions in the same
// transaction, heads count every use, and the guard's situation is built from the journal in one
// place that fails closed. Each case names the rule or the hole it closes.
#include "connection.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/core/device_import.h>
#include <rollwise/core/protocol/stored_record.h>
#include <rollwise/core/situation.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <sqlcipher/sqlite3.h>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const TimePoint kNow = at("2026-11-21T10:00:00Z");

std::uint32_t deviceTime(TimePoint t) {
    return static_cast<std::uint32_t>(t.time_since_epoch().count() - protocol::kTimestampEpochUnix);
}

// A stored record as a smart roller keeps it: a session at `start` (0: clock never set).
std::vector<std::uint8_t> recordBody(std::uint16_t sequence, std::optional<TimePoint> start,
                                     int depthUm = 500, int passes = 12) {
    protocol::StoredRecord r;
    r.sequence = sequence;
    r.flags = start ? 0 : protocol::recordflag::kClockUnset;
    r.startTime = start ? deviceTime(*start) : 0;
    r.durationS = 600;
    r.depthAtStart = static_cast<std::uint16_t>(depthUm / 10);
    r.maxDepth = r.depthAtStart;
    r.passCount = static_cast<std::uint16_t>(passes);
    r.contactTenths = 3000;
    r.passesByDirection = {static_cast<std::uint8_t>(passes), 0, 0, 0};
    protocol::HeadId id;
    id.bytes = {1, 2, 3, 4, 5, 6, 7, 8};
    r.headId = id;
    for (int i = 0; i < passes; ++i) {
        protocol::StoredPass p;
        p.startTenths = static_cast<std::uint16_t>(i * 40);
        p.pass.direction = protocol::StrokeDirection::Horizontal;
        p.pass.durationMs = 2500;
        p.pass.meanPressureCn = static_cast<std::uint16_t>(i == 0 ? 420 : 200);
        p.pass.peakPressureCn = static_cast<std::uint16_t>(i == 0 ? 450 : 250);
        r.passes.push_back(p);
    }
    return protocol::buildRecordBody(r).value();
}

DeviceRecord deviceRecord(std::uint16_t sequence, std::optional<TimePoint> start,
                          TimePoint syncedAt, int depthUm = 500) {
    return DeviceRecord{"roller-1/store-1", sequence, syncedAt,
                        recordBody(sequence, start, depthUm),
                        DeviceContext{DeviceFamily::SmartRoller, 1500, depthUm, 192}};
}

Database openOrFail(const std::filesystem::path& path) {
    auto db = Database::open(path, rawKey('7'));
    REQUIRE(db.ok());
    return std::move(db.value());
}

// Everything the guard needs besides history and head: answers given just now.
void answerEverything(Database& db, TimePoint now) {
    for (const auto& question : allQuestions()) {
        REQUIRE(db.answers()
                    .save(Answer{question.question, false, now - Hours(1), std::nullopt, {}})
                    .ok());
    }
}

SituationRequest faceRequest(TimePoint now, int depthUm = 500) {
    SituationRequest request;
    request.now = now;
    request.plan.zones = {Zone::Forehead, Zone::LeftCheek, Zone::Chin};
    request.plan.needleLengthUm = depthUm;
    request.plan.passesPerZone = 8;
    request.plan.duration = Minutes(20);
    request.headUid = "head-0102030405060708";
    return request;
}

} // namespace

TEST_CASE("Hole 1: a synced device session becomes a journal session and closes every zone it "
          "could reach until the user places it",
          "[device-sessions][healing-interval]") {
    TempDir dir;
    auto db = openOrFail(dir.file("j.db"));
    answerEverything(db, kNow);
    const TimePoint rolled = kNow - Days(1);
    REQUIRE(
        db.deviceRecords().store(std::vector{deviceRecord(1, rolled, kNow - Hours(2))}).value() ==
        1);

    // In the journal, with its passes, counted.
    CHECK(db.sessions().count().value() == 1);
    const auto uid = deviceSessionUid("roller-1/store-1", 1);
    const auto session = db.sessions().load(uid);
    REQUIRE(session.ok());
    CHECK(session.value().start == rolled);
    CHECK(session.value().zonesPending);
    CHECK(session.value().unassignedPasses.size() == 12);
    CHECK(session.value().family == DeviceFamily::SmartRoller);
    CHECK(session.value().needleLengthUm == 500);
    CHECK(session.value().highPressurePasses == 1);
    const auto pending = db.sessions().pendingDeviceSessions().value();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].start == rolled);

    // The head is recorded and counts the use.
    auto heads = db.heads().all().value();
    REQUIRE(heads.size() == 1);
    CHECK(heads[0].uid == "head-0102030405060708");
    CHECK(heads[0].head.sessions == 1);
    CHECK(heads[0].head.passes == 12);
    CHECK(heads[0].head.highPressurePasses == 1);
    CHECK(heads[0].head.lastUse == rolled + Seconds(600)); // its end

    // Every face, body and scalp zone is closed: the guard cannot know where it went.
    for (const Zone zone : {Zone::Forehead, Zone::Abdomen, Zone::ScalpCrown}) {
        CAPTURE(zoneInfo(zone).key);
        const auto window = healingWindow(zone, db.sessions().guardHistory().value(), Limits{});
        REQUIRE(window.notBefore.has_value());
        CHECK(*window.notBefore == rolled + Days(7));
    }

    // The user says it went on the forehead: only the forehead stays closed.
    REQUIRE(db.sessions().placeDeviceSession(uid, std::vector{Zone::Forehead}).ok());
    CHECK(db.sessions().pendingDeviceSessions().value().empty());
    auto request = faceRequest(kNow);
    REQUIRE(db.settings().get(kCurrentHeadSetting).ok());
    auto stored = db.heads().all().value()[0];
    stored.head.lastDisinfected = kNow - Hours(3);
    REQUIRE(db.heads().save(stored).ok());
    const auto decision = decideFromJournal(db, request);
    CHECK(zoneHas(decision, Zone::Forehead, RuleId::HealingInterval, Verdict::Block));
    CHECK(decision.verdictFor(Zone::LeftCheek) != Verdict::Block);
    CHECK(decision.verdictFor(Zone::Chin) != Verdict::Block);
    // Placing needs a reachable zone, and happens once.
    CHECK_FALSE(db.sessions().placeDeviceSession(uid, std::vector{Zone::Chin}).ok());
}

TEST_CASE("Hole 1: a device clock that was never set, ran ahead or went back is not believed",
          "[device-sessions][clock-anomaly]") {
    TempDir dir;
    auto db = openOrFail(dir.file("j.db"));
    const TimePoint synced = kNow - Hours(1);
    std::vector<DeviceRecord> records{
        deviceRecord(1, kNow - Days(3), synced),  // right
        deviceRecord(2, std::nullopt, synced),    // never set
        deviceRecord(3, kNow + Days(2), synced),  // ahead of the sync
        deviceRecord(4, kNow - Days(20), synced), // went back behind record 3
    };
    REQUIRE(db.deviceRecords().store(records).value() == 4);
    const auto start = [&](std::uint16_t sequence) {
        return db.sessions().load(deviceSessionUid("roller-1/store-1", sequence)).value().start;
    };
    CHECK(start(1) == kNow - Days(3));
    CHECK(start(2) == synced);
    CHECK(start(3) == synced);
    CHECK(start(4) == synced);
    // Never earlier than the latest time Rollwise has seen.
    REQUIRE(db.settings().noteClock(kNow + Days(1)).ok());
    REQUIRE(db.deviceRecords().store(std::vector{deviceRecord(5, std::nullopt, synced)}).ok());
    CHECK(start(5) == kNow + Days(1));
}

TEST_CASE("Hole 1: records already in a journal are converted by the migration",
          "[device-sessions][migration]") {
    TempDir dir;
    const auto path = dir.file("j.db");
    {
        // A schema 2 journal with device records and no sessions for them.
        auto db = openOrFail(path);
        REQUIRE(db.deviceRecords()
                    .store(std::vector{deviceRecord(1, kNow - Days(2), kNow),
                                       deviceRecord(2, kNow - Days(1), kNow)})
                    .ok());
        const char* downgrade = R"sql(
            DELETE FROM zone_passes; DELETE FROM session_zones; DELETE FROM sessions;
            DELETE FROM heads;
            DROP INDEX sessions_by_device_record;
            ALTER TABLE sessions DROP COLUMN zones_pending;
            ALTER TABLE sessions DROP COLUMN reported_passes;
            ALTER TABLE sessions DROP COLUMN device_record_key;
            ALTER TABLE sessions DROP COLUMN device_sequence;
            ALTER TABLE sessions DROP COLUMN device_time;
            ALTER TABLE sessions DROP COLUMN time_trusted;
            PRAGMA user_version = 2;)sql";
        REQUIRE(sqlite3_exec(detail::rawHandle(db), downgrade, nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        REQUIRE(db.schemaVersion() == 2);
    }
    auto db = openOrFail(path);
    CHECK(db.schemaVersion() == 3);
    CHECK(db.sessions().count().value() == 2);
    CHECK(db.sessions().pendingDeviceSessions().value().size() == 2);
    CHECK(db.heads().all().value().at(0).head.sessions == 2);
    // A device seen for the first time by the migration: a smart roller of the record's depth.
    const auto window = healingWindow(Zone::Neck, db.sessions().guardHistory().value(), Limits{});
    CHECK(window.notBefore == kNow - Days(1) + Days(7));
}

TEST_CASE("Hole 2: saving a session counts it on its head, so hygiene is never silent",
          "[device-sessions][hygiene]") {
    TempDir dir;
    auto db = openOrFail(dir.file("j.db"));
    answerEverything(db, kNow);
    StoredHead head;
    head.uid = "plain-1";
    head.head.id = "plain-1";
    head.head.family = DeviceFamily::PlainRoller;
    head.head.needleLengthUm = 500;
    head.head.needleCount = 192;
    head.head.lastDisinfected = kNow - Days(30);
    REQUIRE(db.heads().save(head).ok());
    REQUIRE(db.settings().set(kCurrentHeadSetting, "plain-1").ok());

    auto session = sampleSession(kNow - Days(10), {Zone::Neck}, 4);
    session.headId = "plain-1";
    session.family = DeviceFamily::PlainRoller;
    REQUIRE(db.sessions().save("s1", session).ok());
    REQUIRE(db.sessions().save("s1", session).ok()); // saved again after every pass: counted once
    const auto stored = db.heads().all().value().at(0).head;
    CHECK(stored.sessions == 1);
    CHECK(stored.passes == 4);
    CHECK(stored.firstUse == kNow - Days(10));
    CHECK(stored.lastUse == kNow - Days(10) + Minutes(12));

    auto request = faceRequest(kNow);
    request.headUid.reset(); // the head in use
    auto decision = decideFromJournal(db, request);
    CHECK(sessionHas(decision, RuleId::Hygiene, Verdict::Block));
    CHECK(decision.session == Verdict::Block);

    auto clean = db.heads().all().value().at(0);
    clean.head.lastDisinfected = kNow - Days(9);
    REQUIRE(db.heads().save(clean).ok());
    decision = decideFromJournal(db, request);
    CHECK_FALSE(sessionHas(decision, RuleId::Hygiene, Verdict::Block));
}

TEST_CASE("Rule hygiene: a used head without a last-use time still needs a disinfection",
          "[guard][hygiene]") {
    auto s = readySituation();
    s.head->lastUse.reset();
    s.head->firstUse.reset();
    s.head->lastDisinfected.reset();
    s.head->sessions = 2; // used twice, never disinfected
    CHECK(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Block));
    s.head->sessions = 0;
    s.head->passes = 9;
    CHECK(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Block));
    s.head->passes = 0;
    s.head->firstUse = s.now - Days(2);
    s.head->lastDisinfected = s.now - Days(3); // before it was first used
    CHECK(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Block));
    s.head->lastDisinfected = s.now - Days(1);
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Block));
    // A new head asks for its disinfection.
    s.head->firstUse.reset();
    s.head->lastDisinfected.reset();
    CHECK(sessionHas(evaluate(s), RuleId::Hygiene, Verdict::Warn));
}

TEST_CASE("Hole 3: a history that cannot be read blocks, it is never an empty history",
          "[device-sessions][journal-unreadable]") {
    TempDir dir;
    auto db = openOrFail(dir.file("j.db"));
    answerEverything(db, kNow);
    REQUIRE(db.sessions().save("s1", sampleSession(kNow - Days(30))).ok());
    SECTION("a zone this version does not know") {
        REQUIRE(sqlite3_exec(detail::rawHandle(db),
                             "UPDATE session_zones SET zone = 'elbow' WHERE zone = 'chin'", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
    }
    SECTION("a skin reaction this version does not know") {
        REQUIRE(sqlite3_exec(detail::rawHandle(db),
                             "INSERT INTO reactions VALUES ('s1', 'chin', 1, 'rash-ish', NULL)",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    SECTION("a limit that cannot be read") {
        REQUIRE(db.settings().set("limits.interval-multiplier", "twice").ok());
    }
    const auto decision = decideFromJournal(db, faceRequest(kNow));
    CHECK(decision.session == Verdict::Block);
    CHECK(sessionHas(decision, RuleId::JournalUnreadable, Verdict::Block));
    CHECK(decision.explain().reason->code == ReasonCode::HistoryUnreadable);
}

TEST_CASE("Rule needle-length-valid: a roller head decides the depth",
          "[guard][needle-length-valid]") {
    auto s = readySituation();
    s.head->needleLengthUm = 2500; // a 2.5 mm plain roller
    s.plan.needleLengthUm = 500;   // planned at 0.5 mm by mistake
    auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(sessionHas(d, RuleId::NeedleLengthValid, Verdict::Block));
    // A pen stays within its cartridge's range.
    s.head->family = DeviceFamily::Pen;
    s.head->sessions = 0;
    s.plan.needleLengthUm = 500;
    s.head->needleLengthUm = 250;
    CHECK(sessionHas(evaluate(s), RuleId::NeedleLengthValid, Verdict::Block));
    s.head->needleLengthUm = 1000;
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::NeedleLengthValid, Verdict::Block));
    // A head of unknown length cannot vouch for anything.
    s.head->needleLengthUm = 0;
    CHECK(sessionHas(evaluate(s), RuleId::NeedleLengthValid, Verdict::Block));
}

TEST_CASE("Rule depth-limit: a blank override reason is no reason",
          "[guard][depth-limit][override]") {
    const std::string blank =
        GENERATE(std::string("   "), std::string("\t\n"), std::string("\xC2\xA0"),
                 std::string(" \xE2\x80\x83 \xE3\x80\x80"), std::string("\xE2\x80\x8B\r\n"));
    auto s = readySituation();
    planDepth(s, 2000);
    s.profile.professionalTreating = true;
    s.overrides = {Override{RuleId::DepthLimit, std::nullopt, blank}};
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(d.appliedOverrides.empty());
    CHECK(isBlank(blank));
    CHECK_FALSE(isBlank(" Dr. Smith "));
    CHECK_FALSE(isBlank("\xC3\xA9")); // é
}

TEST_CASE("Rule journal-unreadable: negative counts are refused", "[guard][journal-unreadable]") {
    auto s = readySituation();
    auto past = pastSession(s.now - Days(1), 500, {Zone::Forehead});
    past.zones[0].passes = -8;
    s.history = {past};
    auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(sessionHas(d, RuleId::JournalUnreadable, Verdict::Block));
    s.history.clear();
    s.head->sessions = -1;
    CHECK(sessionHas(evaluate(s), RuleId::JournalUnreadable, Verdict::Block));
}

TEST_CASE("Rule healing-interval: a zone rests for what the planned depth needs too",
          "[guard][healing-interval]") {
    auto s = readySituation();
    planDepth(s, 500);
    s.plan.zones = {Zone::Forehead};
    // Three 0.25 mm sessions in a week, the last 49 hours ago.
    s.history = {pastSession(s.now - Hours(145), 250, {Zone::Forehead}),
                 pastSession(s.now - Hours(97), 250, {Zone::Forehead}),
                 pastSession(s.now - Hours(49), 250, {Zone::Forehead})};
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(zoneHas(d, Zone::Forehead, RuleId::HealingInterval, Verdict::Block));
    CHECK(d.zoneDecision(Zone::Forehead)->window.notBefore == s.now - Hours(49) + Days(7));
    s.now += Days(7);
    CHECK_FALSE(zoneHas(evaluate(s), Zone::Forehead, RuleId::HealingInterval, Verdict::Block));
}

TEST_CASE("Rule stricter-settings: a multiplier above the largest supported is refused, not cut",
          "[guard][stricter-settings]") {
    auto s = readySituation();
    s.profile.limits.intervalMultiplier = 12;
    const auto d = evaluate(s);
    CHECK(d.session == Verdict::Block);
    CHECK(sessionHas(d, RuleId::StricterSettings, Verdict::Block));
    CHECK(d.explain().reason->code == ReasonCode::MultiplierAboveMaximum);
    CHECK(d.explain().reason->multiplier == 12);
    CHECK(d.explain().reason->limit == 10);
    s.profile.limits.intervalMultiplier = 10;
    CHECK_FALSE(sessionHas(evaluate(s), RuleId::StricterSettings, Verdict::Block));
}

TEST_CASE("The profile round-trips through the journal's settings", "[device-sessions]") {
    TempDir dir;
    auto db = openOrFail(dir.file("j.db"));
    Profile profile;
    profile.limits.intervalMultiplier = 1.5;
    profile.limits.zonePassCap = 12;
    profile.professionalTreating = true;
    REQUIRE(saveProfile(db.settings(), profile).ok());
    const auto loaded = loadProfile(db.settings());
    REQUIRE(loaded.ok());
    CHECK(loaded.value().limits.intervalMultiplier == 1.5);
    CHECK(loaded.value().limits.zonePassCap == 12);
    CHECK(loaded.value().professionalTreating);
}

TEST_CASE("A guided session the device also stored is matched by its record, not counted twice",
          "[device-sessions]") {
    TempDir dir;
    auto db = openOrFail(dir.file("j.db"));
    const TimePoint rolled = kNow - Hours(1);
    // The guided session is saved from its first pass, before the device said its session id.
    SessionRecord guided;
    guided.start = rolled;
    guided.family = DeviceFamily::SmartRoller;
    guided.needleLengthUm = 500;
    ZoneRecord forehead;
    forehead.zone = Zone::Forehead;
    PassRecord pass;
    pass.start = rolled;
    pass.duration = Seconds(3);
    pass.source = PassSource::Device;
    forehead.passes.push_back(pass);
    guided.zones.push_back(forehead);
    REQUIRE(db.sessions().save("guided", guided).ok());
    // Session Started named it: record 7 of the device's store.
    guided.device = DeviceOrigin{"roller-1/store-1", 7, rolled, true};
    guided.zones[0].passes.push_back(pass);
    REQUIRE(db.sessions().save("guided", guided).ok());
    const auto saved = db.sessions().load("guided").value();
    REQUIRE(saved.device.has_value());
    CHECK(saved.device->recordKey == "roller-1/store-1");
    CHECK(saved.device->sequence == 7);

    // The device's record of it syncs later: kept as received, no second session, nothing to
    // place. Another record of the same store still becomes its own session.
    REQUIRE(db.deviceRecords()
                .store(std::vector{deviceRecord(7, rolled, kNow), deviceRecord(8, rolled, kNow)})
                .value() == 2);
    CHECK(db.sessions().count().value() == 2);
    const auto pending = db.sessions().pendingDeviceSessions().value();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].uid == deviceSessionUid("roller-1/store-1", 8));
    CHECK(db.sessions().load("guided").value().totalPasses() == 2);
}
