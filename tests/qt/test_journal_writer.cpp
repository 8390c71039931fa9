// The session writer: a running session's passes are written on the JournalWriter's thread over
// its own connection (the app's composition wires it), confirmed on the GUI thread, kept across
// a key change; a save that fails (another program holds the journal) is said on the guided
// screen and made again with the next pass; a writer without a connection says so instead of
// claiming a save.
#include "controllers/session_controller.h"
#include "other_connection.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"
#include "services/journal_writer.h"
#include "services/session_runner.h"
#include "session_rig.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/platform/system_clock.h>

#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

#include <vector>

using namespace rollwise;
using namespace rollwise::app;
using rollwise::app::test::Rig;

namespace {

// A plain-roller session on the forehead and chin, started through the runner (no UI), every
// pre-session question answered an hour before `now`.
void startPlainSession(SessionRunner& runner, Database& db, TimePoint now) {
    for (const auto& info : allQuestions()) {
        REQUIRE(db.answers().save(rollwise::app::test::answer(info.question, now - Hours(1))));
    }
    REQUIRE(runner.addPlainHead(250, 192));
    REQUIRE(runner.confirmDisinfected());
    REQUIRE(runner.plan(QStringLiteral("texture"), QStringLiteral("plain-roller"), 250,
                        {QStringLiteral("forehead"), QStringLiteral("chin")}));
    for (int i = 0; i < static_cast<int>(runner.warnings().size()); ++i) {
        runner.acknowledge(i);
    }
    REQUIRE(runner.start());
}

} // namespace

TEST_CASE("A running session's passes are written by the writer's thread and confirmed",
          "[writer][session]") {
    Rig rig;
    REQUIRE(rig.db != nullptr);
    JournalWriter& writer = *rig.services->writer;
    writer.flush(); // its connection opened with the journal
    REQUIRE(writer.ready());
    QSignalSpy saved(&writer, &JournalWriter::saved);
    startPlainSession(rig.runner(), *rig.db, rig.now());
    SessionRunner& runner = rig.runner();
    const std::string uid = runner.sessionUid();

    for (int pass = 1; pass <= 3; ++pass) {
        REQUIRE(runner.confirmPass());
        rig.settle(); // flushes the writer: its confirmation is delivered
        CHECK(runner.committedPasses() == pass);
        CHECK(rig.db->sessions().load(uid).value().totalPasses() == pass);
    }
    // Each pass came back from the writer, durable (the session's start, with no pass yet, and a
    // tick of its clock may be saved too).
    std::vector<int> passes;
    for (const auto& arguments : saved) {
        const auto result = arguments.at(0).value<JournalWriter::Result>();
        CHECK(result.ok);
        CHECK(result.uid == uid);
        CHECK(result.nanoseconds > 0);
        if (result.passes > 0 && (passes.empty() || passes.back() != result.passes)) {
            passes.push_back(result.passes);
        }
    }
    CHECK(passes == std::vector<int>{1, 2, 3});
    CHECK(runner.commitTimes().size() == 3);
}

TEST_CASE("Saves queued faster than the disk are merged: the newest record is the one written",
          "[writer][session]") {
    Rig rig;
    JournalWriter& writer = *rig.services->writer;
    writer.flush();
    REQUIRE(writer.ready());
    startPlainSession(rig.runner(), *rig.db, rig.now());
    const std::string uid = rig.runner().sessionUid();
    SessionRecord record = *rig.runner().record();
    REQUIRE(!record.zones.empty());
    QSignalSpy saved(&writer, &JournalWriter::saved);
    for (int i = 0; i < 20; ++i) {
        PassRecord pass;
        pass.start = record.start + Seconds(5 * i);
        pass.duration = Seconds(4);
        record.zones.front().passes.push_back(pass);
        writer.save(uid, record);
    }
    writer.flush();
    REQUIRE(saved.count() >= 1);
    CHECK(saved.count() <= 20);
    const auto last = saved.last().at(0).value<JournalWriter::Result>();
    CHECK(last.ok);
    CHECK(last.passes == 20);
    CHECK(rig.db->sessions().load(uid).value().totalPasses() == 20);
}

TEST_CASE("A key change closes the writer's connection first and opens it again with the new key",
          "[writer][session]") {
    Rig rig;
    JournalWriter& writer = *rig.services->writer;
    startPlainSession(rig.runner(), *rig.db, rig.now());
    SessionRunner& runner = rig.runner();
    REQUIRE(runner.confirmPass());
    rig.settle();
    REQUIRE(runner.committedPasses() == 1);
    QSignalSpy saved(&writer, &JournalWriter::saved);

    REQUIRE(rig.services->access->usePassphraseInstead(QStringLiteral("a long passphrase 42")));
    writer.flush();
    REQUIRE(writer.ready());
    REQUIRE(runner.confirmPass());
    rig.settle();
    CHECK(runner.problem() == SessionRunner::Problem::None);
    CHECK(runner.committedPasses() == 2);
    // The second pass went through the reopened writer.
    REQUIRE(saved.count() >= 1);
    const auto last = saved.last().at(0).value<JournalWriter::Result>();
    CHECK(last.ok);
    CHECK(last.passes == 2);
    CHECK(rig.db->sessions().load(runner.sessionUid()).value().totalPasses() == 2);
}

TEST_CASE("A writer without a connection reports each save as failed, never as done", "[writer]") {
    JournalWriter writer;
    CHECK_FALSE(writer.ready());
    QSignalSpy saved(&writer, &JournalWriter::saved);
    SessionRecord record;
    record.start = TimePoint{} + Hours(24 * 20000);
    writer.save("no-connection", record);
    writer.flush();
    REQUIRE(saved.count() == 1);
    const auto result = saved.first().at(0).value<JournalWriter::Result>();
    CHECK_FALSE(result.ok);
    CHECK(result.code == DatabaseErrorCode::CannotOpen);
}

TEST_CASE("A pass the writer could not save is said on the guided screen and saved with the next",
          "[writer][session]") {
    rollwise::test::TempDir dir;
    const auto path = dir.file("journal.db");
    auto opened = Database::open(path, rollwise::test::rawKey('1'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    platform::SystemClock clock;
    JournalManager journal(clock);
    journal.attach(db);
    SessionRunner runner(clock, journal);
    runner.attach(db);
    JournalWriter writer;
    writer.open(db);
    writer.flush();
    REQUIRE(writer.ready());
    runner.useWriter(&writer);
    SessionController controller;
    controller.setSessions(&runner);
    startPlainSession(runner, db, std::chrono::floor<Seconds>(clock.now()));
    REQUIRE(runner.confirmPass());
    writer.flush();
    REQUIRE(runner.committedPasses() == 1);
    const std::string uid = runner.sessionUid();

    {
        // Another program holds the journal's write lock longer than the writer waits (5 s).
        rollwise::test::OtherConnection other(path, '1');
        REQUIRE(other.exec("BEGIN IMMEDIATE") == SQLITE_OK);
        REQUIRE(runner.confirmPass()); // the screen moves on at once
        CHECK(runner.record()->totalPasses() == 2);
        writer.flush(); // the writer gave up
        CHECK(runner.problem() == SessionRunner::Problem::WriteFailed);
        CHECK(runner.committedPasses() == 1); // not claimed
        CHECK_FALSE(controller.problemText().isEmpty());
        REQUIRE(other.exec("ROLLBACK") == SQLITE_OK);
    }
    CHECK(db.sessions().load(uid).value().totalPasses() == 1);

    // The next pass saves the whole record: both passes are there, and the problem is gone.
    REQUIRE(runner.confirmPass());
    writer.flush();
    CHECK(runner.problem() == SessionRunner::Problem::None);
    CHECK(controller.problemText().isEmpty());
    CHECK(runner.committedPasses() == 3);
    CHECK(db.sessions().load(uid).value().totalPasses() == 3);
}
