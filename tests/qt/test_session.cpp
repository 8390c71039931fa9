// Guided sessions through the real QML (offscreen) and a real journal: the plan, the checks
// before starting (an expired answer re-asked), a plain-roller session confirmed pass by pass
// (Space and the button), a blocked zone left out, a smart pen's passes with depth and pressure
// stages, a device dropping mid-zone, and screenshots of each session screen.
#include "../protocol/harness.h"
#include "root/application.h"
#include "services/device_live_feed.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/preferences.h"
#include "services/session_runner.h"
#include "session_rig.h"

#include <rollwise/core/database.h>
#include <rollwise/core/protocol/uuid.h>

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::app;
using rollwise::app::test::answer;
using rollwise::app::test::Rig;

namespace {

void seedPastSession(Database& db, Zone zone, TimePoint start) {
    SessionRecord record;
    record.start = start;
    record.end = start + Minutes(10);
    record.needleLengthUm = 250;
    record.outcome = SessionOutcome::Completed;
    ZoneRecord z;
    z.zone = zone;
    for (int i = 0; i < 8; ++i) {
        PassRecord pass;
        pass.start = start + Seconds(5 * i);
        pass.duration = Seconds(4);
        z.passes.push_back(pass);
    }
    record.zones.push_back(z);
    REQUIRE(db.sessions().save("past-" + std::string(zoneInfo(zone).key), record));
}

// Plan page -> checks -> start, through the QML.
void planAndStart(Rig& rig, const QStringList& zones) {
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    rig.settle();
    REQUIRE(rig.item(QStringLiteral("sessionPlanPage")) != nullptr);
    REQUIRE(
        rig.runner().plan(QStringLiteral("texture"), QStringLiteral("plain-roller"), 250, zones));
    rig.settle();
    rig.click(QStringLiteral("continueButton"));
    REQUIRE(rig.item(QStringLiteral("sessionPreparePage")) != nullptr);
    rig.click(QStringLiteral("addHeadButton"));
    rig.click(QStringLiteral("disinfectedButton"));
    rig.acknowledgeAndStart();
    REQUIRE(rig.item(QStringLiteral("sessionGuidedPage")) != nullptr);
}

} // namespace

TEST_CASE("A plain-roller session runs from plan to aftercare and lands in the journal",
          "[ui][session]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1), Question::SkinCondition);
    // The skin-condition answer is 13 hours old: it expires after 12 and is asked again.
    REQUIRE(rig.db->answers().save(answer(Question::SkinCondition, rig.now() - Hours(13))));
    rig.load();

    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    rig.settle();
    REQUIRE(rig.runner().plan(QStringLiteral("texture"), QStringLiteral("plain-roller"), 250,
                              {QStringLiteral("forehead"), QStringLiteral("chin")}));
    rig.settle();
    rig.click(QStringLiteral("continueButton"));
    // Only the expired question is asked again; a fresh answer is not.
    REQUIRE(rig.item(QStringLiteral("answerNo_skin-condition")) != nullptr);
    CHECK(rig.item(QStringLiteral("answerNo_pregnancy")) == nullptr);
    CHECK_FALSE(rig.runner().canStart());
    rig.click(QStringLiteral("answerNo_skin-condition"));
    CHECK(rig.item(QStringLiteral("answerNo_skin-condition")) == nullptr);
    rig.click(QStringLiteral("addHeadButton"));
    rig.click(QStringLiteral("disinfectedButton"));
    for (int i = 0; rig.item(QStringLiteral("acknowledge_%1").arg(i)) != nullptr; ++i) {
        rig.click(QStringLiteral("acknowledge_%1").arg(i));
    }
    // The start stays closed until the preparation list is done.
    CHECK_FALSE(rig.item(QStringLiteral("startButton"))->isEnabled());
    rig.check(QStringLiteral("prepClean"));
    rig.check(QStringLiteral("prepActives"));
    rig.check(QStringLiteral("prepNumbing"));
    rig.click(QStringLiteral("startButton"));
    REQUIRE(rig.runner().state() == SessionRunner::State::InZone);
    REQUIRE(rig.item(QStringLiteral("sessionGuidedPage")) != nullptr);
    CHECK(rig.runner().currentZone() == QStringLiteral("forehead"));
    CHECK(rig.item(QStringLiteral("passLine"))->property("text").toString() ==
          QStringLiteral("Pass 1 of 8"));
    // The countdown is the largest text: at least 15 % of the screen's height.
    QQuickItem* guided = rig.item(QStringLiteral("sessionGuidedPage"));
    CHECK(rig.item(QStringLiteral("countdown"))->property("font").value<QFont>().pixelSize() >=
          0.15 * guided->height() - 1);

    // The first pass by the space bar, the rest by the button; each is in the journal at once.
    rig.item(QStringLiteral("sessionGuidedPage"))->forceActiveFocus();
    QTest::keyClick(rig.ui.window, Qt::Key_Space);
    rig.settle();
    REQUIRE(rig.runner().committedPasses() == 1);
    const std::string uid = rig.runner().sessionUid();
    CHECK(rig.db->sessions().load(uid).value().totalPasses() == 1);
    int guard = 0;
    while (rig.runner().state() == SessionRunner::State::InZone && ++guard < 100) {
        rig.click(QStringLiteral("nextPassButton"));
        CHECK(rig.db->sessions().load(uid).value().totalPasses() == rig.runner().committedPasses());
    }
    REQUIRE(rig.runner().state() == SessionRunner::State::Aftercare);
    CHECK(rig.runner().committedPasses() == 16);
    REQUIRE(rig.item(QStringLiteral("sessionAftercarePage")) != nullptr);
    rig.click(QStringLiteral("finishButton"));
    const SessionRecord stored = rig.db->sessions().load(uid).value();
    CHECK(stored.outcome == SessionOutcome::Completed);
    CHECK(stored.totalPasses() == 16);
    CHECK(rig.services->journal->sessionCount() == 1);
    // No session inside a cooldown: the zones just needled now block a new plan.
    REQUIRE(rig.runner().plan(QStringLiteral("texture"), QStringLiteral("plain-roller"), 250,
                              {QStringLiteral("forehead")}));
    CHECK(rig.runner().decision().verdictFor(Zone::Forehead) == Verdict::Block);
    CHECK_FALSE(rig.runner().canStart());
    CHECK_FALSE(rig.runner().start());
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("A zone still healing is left out of the session", "[ui][session]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    seedPastSession(*rig.db, Zone::Forehead, rig.now() - Days(1));
    rig.load();
    planAndStart(rig, {QStringLiteral("forehead"), QStringLiteral("chin")});
    // The forehead was blocked by the guard: the session begins on the chin.
    CHECK(rig.runner().currentZone() == QStringLiteral("chin"));
    const SessionRecord* record = rig.runner().record();
    REQUIRE(record != nullptr);
    bool foreheadSkipped = false;
    for (const auto& z : record->zones) {
        foreheadSkipped =
            foreheadSkipped || (z.zone == Zone::Forehead && z.skipped && z.passes.empty());
    }
    CHECK(foreheadSkipped);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("A smart pen's passes, depth and pressure stages show; a dropped device falls back",
          "[ui][session]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    rig.load({1280, 800});
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    REQUIRE(rig.runner().plan(QStringLiteral("texture"), QStringLiteral("pen"), 250,
                              {QStringLiteral("forehead"), QStringLiteral("chin")}));
    rig.settle();
    rig.click(QStringLiteral("continueButton"));
    // The pen's cartridge, recorded as a head the guard knows and disinfected.
    StoredHead cartridge;
    cartridge.uid = "cartridge-1";
    cartridge.head.id = "cartridge-1";
    cartridge.head.family = DeviceFamily::Pen;
    cartridge.head.needleLengthUm = 250;
    cartridge.head.needleCount = 12;
    cartridge.head.lastDisinfected = rig.now();
    REQUIRE(rig.db->heads().save(cartridge));
    rig.runner().useHead(QStringLiteral("cartridge-1"));
    rig.settle();
    for (int i = 0; rig.item(QStringLiteral("acknowledge_%1").arg(i)) != nullptr; ++i) {
        rig.click(QStringLiteral("acknowledge_%1").arg(i));
    }
    rig.check(QStringLiteral("prepClean"));
    rig.check(QStringLiteral("prepActives"));
    rig.check(QStringLiteral("prepNumbing"));
    rig.runner().setDeviceLive(true);
    rig.click(QStringLiteral("startButton"));
    REQUIRE(rig.runner().state() == SessionRunner::State::InZone);

    // Live passes from the device: no "next pass" for the user; depth and pressure shown.
    CHECK_FALSE(rig.item(QStringLiteral("nextPassButton"))->isEnabled());
    rig.runner().pressureSample(150);
    rig.settle();
    REQUIRE(rig.item(QStringLiteral("pressureGauge")) != nullptr);
    DevicePass pass;
    pass.direction = Direction::Horizontal;
    pass.duration = Seconds(6);
    pass.meanPressureCn = 150;
    pass.peakPressureCn = 160;
    pass.depthUm = 250;
    REQUIRE(rig.runner().devicePass(pass));
    rig.settle();
    CHECK(rig.runner().committedPasses() == 1);
    CHECK(rig.runner().depthUm() == 250);
    // A heavy hand: the gauge climbs through its stages.
    rig.runner().pressureSample(500);
    rig.settle();
    CHECK(rig.runner().pressureStage() >= 2);
    // A pass the wrong way counts and is shown.
    pass.direction = Direction::DiagonalUp;
    pass.peakPressureCn = 150;
    REQUIRE(rig.runner().devicePass(pass));
    rig.settle();
    CHECK_FALSE(rig.runner().mismatchedDirection().isEmpty());
    CHECK(rig.item(QStringLiteral("mismatch")) != nullptr);

    // The device drops mid-zone: paused, then the app paces and says so.
    const int before = rig.runner().committedPasses();
    rig.runner().deviceLost();
    rig.settle();
    CHECK(rig.runner().state() == SessionRunner::State::Paused);
    REQUIRE(rig.item(QStringLiteral("deviceDropped")) != nullptr);
    rig.click(QStringLiteral("pauseButton")); // now "Resume"
    CHECK(rig.runner().state() == SessionRunner::State::InZone);
    CHECK(rig.runner().pacedByApp());
    rig.click(QStringLiteral("nextPassButton"));
    CHECK(rig.runner().committedPasses() == before + 1);
    const SessionRecord stored = rig.db->sessions().load(rig.runner().sessionUid()).value();
    CHECK(stored.totalPasses() == before + 1);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Session screens render at phone and desktop size, light and dark",
          "[ui][session][screenshot]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    rig.load();
    planAndStart(
        rig, {QStringLiteral("forehead"), QStringLiteral("left-cheek"), QStringLiteral("chin")});
    rig.click(QStringLiteral("nextPassButton"));
    rig.click(QStringLiteral("nextPassButton"));
    QTest::qWait(700); // the cue's flash fades
    rig.shoot("session-guided");
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    rig.settle();
    rig.shoot("session-plan");
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPrepare")));
    rig.settle();
    rig.shoot("session-prepare");
    rig.runner().stopEarly();
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionAftercare")));
    rig.settle();
    rig.shoot("session-aftercare");
    CHECK(collector.warnings().isEmpty());
}

namespace {

// A simulated device of `family` on the live feed, connected, its features and head read.
struct LiveDevice {
    protocol::test::Harness harness;
    protocol::DeviceFeatures features;
    protocol::HeadIdentity head;
    std::unique_ptr<DeviceLiveFeed> feed;

    LiveDevice(DeviceFamily family, SessionRunner& runner, TimePoint now)
        : harness(family, now) {
        REQUIRE(harness.connect());
        features =
            protocol::parseDeviceFeatures(harness.read(protocol::uuid::kDeviceFeatures).first)
                .value();
        head =
            protocol::parseHeadIdentity(harness.read(protocol::uuid::kHeadIdentity).first).value();
        feed = std::make_unique<DeviceLiveFeed>(runner, harness.device, features, head);
        harness.handler = [this](const protocol::GattEvent& e) { feed->onGattEvent(e); };
        feed->begin();
        harness.pump();
    }
    // The user makes one pass the way the guide says, `pressure` centinewtons at its peak.
    void pass(SessionRunner& runner, int pressure = 200) {
        protocol::PassMotion m;
        m.direction = protocol::toStrokeDirection(*runner.expectedDirection());
        m.duration = std::chrono::milliseconds(3000);
        m.speedMmPerS = 30;
        m.meanPressureCn = pressure * 3 / 4;
        m.peakPressureCn = pressure;
        REQUIRE(harness.device.performPass(m));
        harness.advance(m.duration, std::chrono::milliseconds(100));
    }
};

// Plan and start a smart device's session through the checks page, with its head recorded.
void startDeviceSession(Rig& rig, const QString& family, int needleUm, const StoredHead& head) {
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("SessionPlan")));
    rig.settle();
    REQUIRE(rig.runner().plan(QStringLiteral("texture"), family, needleUm,
                              {QStringLiteral("forehead"), QStringLiteral("chin")}));
    rig.settle();
    rig.click(QStringLiteral("continueButton"));
    REQUIRE(rig.db->heads().save(head));
    rig.runner().useHead(QString::fromStdString(head.uid));
    rig.settle();
    rig.acknowledgeAndStart();
}

StoredHead deviceHead(const protocol::HeadIdentity& identity, DeviceFamily family, int needleUm,
                      TimePoint now) {
    StoredHead head;
    head.uid = "head-" + identity.id.toHex();
    head.head.id = identity.id.toHex();
    head.head.family = family;
    head.head.needleLengthUm = needleUm;
    head.head.needleCount = 12;
    head.head.lastDisinfected = now;
    return head;
}

} // namespace

TEST_CASE("A simulated pen runs a whole session over its live link", "[ui][session][device]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    rig.load();
    LiveDevice pen(DeviceFamily::Pen, rig.runner(), rig.now());
    CHECK(rig.runner().deviceLive());
    startDeviceSession(rig, QStringLiteral("pen"), 500,
                       deviceHead(pen.head, DeviceFamily::Pen, 500, rig.now()));
    CHECK_FALSE(rig.item(QStringLiteral("nextPassButton"))->isEnabled());
    int guard = 0;
    while (rig.runner().state() == SessionRunner::State::InZone && ++guard < 100) {
        const int before = rig.runner().committedPasses();
        pen.pass(rig.runner());
        rig.settle();
        REQUIRE(rig.runner().committedPasses() == before + 1);
    }
    REQUIRE(rig.runner().state() == SessionRunner::State::Aftercare);
    CHECK(rig.runner().depthUm() == 500);
    CHECK(pen.feed->counters().totalRejected() == 0);
    // Each pass was felt: the cues went out as Pacing Cue requests.
    CHECK(pen.feed->vibrationsSent() >= rig.runner().committedPasses());
    const std::string uid = rig.runner().sessionUid();
    const SessionRecord stored = rig.db->sessions().load(uid).value();
    CHECK(stored.totalPasses() == 16);
    for (const auto& zone : stored.zones) {
        for (const auto& pass : zone.passes) {
            CHECK(pass.source == PassSource::Device);
            CHECK(pass.depthUm == 500);
        }
    }
    REQUIRE(rig.item(QStringLiteral("sessionAftercarePage")) != nullptr);
    rig.click(QStringLiteral("finishButton"));
    CHECK(rig.db->sessions().load(uid).value().outcome == SessionOutcome::Completed);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("A smart roller's pressure shows its stages; a link lost mid-zone falls back",
          "[ui][session][device]") {
    WarningCollector collector;
    Rig rig;
    rig.answerAll(Hours(1));
    rig.load();
    LiveDevice roller(DeviceFamily::SmartRoller, rig.runner(), rig.now());
    const int needleUm = roller.head.needleLength * 10;
    startDeviceSession(rig, QStringLiteral("smart-roller"), needleUm,
                       deviceHead(roller.head, DeviceFamily::SmartRoller, needleUm, rig.now()));
    roller.pass(rig.runner(), 200);
    rig.settle();
    CHECK(rig.runner().committedPasses() == 1);
    REQUIRE(rig.item(QStringLiteral("pressureGauge")) != nullptr);
    CHECK(rig.runner().pressureStage() == 0);
    // A heavy hand: the live samples and the pass's peak climb through the stages.
    roller.pass(rig.runner(), 500);
    rig.settle();
    CHECK(rig.runner().pressureStage() >= 2);

    // The link drops mid-zone: the session pauses, says so, and the app paces the rest.
    const int before = rig.runner().committedPasses();
    roller.harness.device.dropLink();
    roller.harness.pump();
    rig.settle();
    CHECK(rig.runner().state() == SessionRunner::State::Paused);
    CHECK(rig.runner().deviceDropped());
    REQUIRE(rig.item(QStringLiteral("deviceDropped")) != nullptr);
    rig.click(QStringLiteral("pauseButton")); // "Resume"
    CHECK(rig.runner().state() == SessionRunner::State::InZone);
    CHECK(rig.runner().pacedByApp());
    rig.click(QStringLiteral("nextPassButton"));
    CHECK(rig.runner().committedPasses() == before + 1);
    const SessionRecord stored = rig.db->sessions().load(rig.runner().sessionUid()).value();
    CHECK(stored.totalPasses() == before + 1);
    CHECK(stored.zones.back().passes.back().source == PassSource::Manual);
    CHECK(collector.warnings().isEmpty());
}

TEST_CASE("Home shows an interrupted session and the next-day check-in, and starts a session",
          "[ui][session]") {
    WarningCollector collector;
    Rig rig;
    // A session the app was killed in 13 hours ago: passes on the forehead, no outcome.
    SessionRecord unfinished;
    unfinished.start = rig.now() - Hours(13);
    unfinished.needleLengthUm = 250;
    ZoneRecord forehead;
    forehead.zone = Zone::Forehead;
    for (int i = 0; i < 3; ++i) {
        PassRecord pass;
        pass.start = unfinished.start + Seconds(5 * i);
        pass.duration = Seconds(4);
        forehead.passes.push_back(pass);
    }
    unfinished.zones.push_back(forehead);
    REQUIRE(rig.db->sessions().save("killed", unfinished));
    REQUIRE(rig.db->settings().set("session.check-in", "killed"));
    // The next start: the journal opens and the session is recovered as interrupted.
    rig.runner().attach(*rig.db);
    CHECK(rig.db->sessions().load("killed").value().outcome == SessionOutcome::Interrupted);
    CHECK(rig.db->sessions().unfinished().value().empty());
    rig.load();
    REQUIRE(showPage(*rig.ui.window, QStringLiteral("Home")));
    rig.settle();
    REQUIRE(rig.item(QStringLiteral("interruptedSessionCard")) != nullptr);
    REQUIRE(rig.item(QStringLiteral("startSessionButton")) != nullptr);

    // The check-in: one tap logs the reaction on every zone the session needled.
    REQUIRE(rig.item(QStringLiteral("checkInCard")) != nullptr);
    rig.click(QStringLiteral("reaction_mild-redness"));
    CHECK(rig.item(QStringLiteral("checkInCard")) == nullptr);
    const auto history = rig.db->sessions().guardHistory().value();
    bool logged = false;
    for (const auto& session : history) {
        for (const auto& zone : session.zones) {
            logged =
                logged || (zone.zone == Zone::Forehead && zone.reaction == Reaction::MildRedness);
        }
    }
    CHECK(logged);

    // "Start a session" opens the plan.
    CHECK(rig.item(QStringLiteral("sessionPlanPage")) == nullptr);
    rig.click(QStringLiteral("startSessionButton"));
    rig.settle();
    CHECK(rig.item(QStringLiteral("sessionPlanPage")) != nullptr);
    CHECK(collector.warnings().isEmpty());
}
