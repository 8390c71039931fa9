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
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
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

// A journal file with a known key, the runner on it and a writer of its own: for tests that hold
// the file's write lock from another connection, as another program would.
struct FileJournal {
    rollwise::test::TempDir dir;
    std::filesystem::path path = dir.file("journal.db");
    Database db = open(path);
    platform::SystemClock clock;
    JournalManager journal{clock};
    SessionRunner runner{clock, journal};
    JournalWriter writer;
    SessionController controller;

    FileJournal() {
        journal.attach(db);
        runner.attach(db);
        writer.open(db);
        writer.flush();
        REQUIRE(writer.ready());
        runner.useWriter(&writer);
        controller.setSessions(&runner);
    }
    static Database open(const std::filesystem::path& path) {
        auto opened = Database::open(path, rollwise::test::rawKey('1'));
        REQUIRE(opened);
        return std::move(opened).value();
    }
};

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

TEST_CASE("Saves queued while one is written are merged: the newest record is the one written",
          "[writer][session]") {
    FileJournal f; // no session runs: only these saves reach the writer
    const std::string uid = "merged";
    SessionRecord record = rollwise::test::sampleSession(f.runner.now(), {Zone::Forehead}, 0);
    REQUIRE(record.zones.size() == 1);
    QSignalSpy saved(&f.writer, &JournalWriter::saved);
    const auto addPass = [&record](int i) {
        PassRecord pass;
        pass.start = record.start + Seconds(5 * i);
        pass.duration = Seconds(4);
        record.zones.front().passes.push_back(pass);
    };
    {
        // The disk is slow: another connection holds the write lock, so the first save waits
        // (up to 5 s) while nineteen more are queued behind it.
        rollwise::test::OtherConnection other(f.path, '1');
        REQUIRE(other.exec("BEGIN IMMEDIATE") == SQLITE_OK);
        addPass(0);
        f.writer.save(uid, record);
        QTest::qWait(300); // the writer has taken it and waits for the lock
        for (int i = 1; i < 20; ++i) {
            addPass(i);
            f.writer.save(uid, record);
        }
        REQUIRE(other.exec("ROLLBACK") == SQLITE_OK);
    }
    f.writer.flush();
    // One save for the first record, at most one more for the nineteen queued behind it.
    REQUIRE(saved.count() >= 1);
    CHECK(saved.count() <= 2);
    const auto last = saved.last().at(0).value<JournalWriter::Result>();
    CHECK(last.ok);
    CHECK(last.passes == 20);
    CHECK(f.db.sessions().load(uid).value().totalPasses() == 20);
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
    FileJournal f;
    SessionRunner& runner = f.runner;
    JournalWriter& writer = f.writer;
    const SessionController& controller = f.controller;
    startPlainSession(runner, f.db, runner.now());
    REQUIRE(runner.confirmPass());
    writer.flush();
    REQUIRE(runner.committedPasses() == 1);
    const std::string uid = runner.sessionUid();

    {
        // Another program holds the journal's write lock longer than the writer waits (5 s).
        rollwise::test::OtherConnection other(f.path, '1');
        REQUIRE(other.exec("BEGIN IMMEDIATE") == SQLITE_OK);
        REQUIRE(runner.confirmPass()); // the screen moves on at once
        CHECK(runner.record()->totalPasses() == 2);
        writer.flush(); // the writer gave up
        CHECK(runner.problem() == SessionRunner::Problem::WriteFailed);
        CHECK(runner.committedPasses() == 1); // not claimed
        CHECK_FALSE(controller.problemText().isEmpty());
        REQUIRE(other.exec("ROLLBACK") == SQLITE_OK);
    }
    CHECK(f.db.sessions().load(uid).value().totalPasses() == 1);

    // The next pass saves the whole record: both passes are there, and the problem is gone.
    REQUIRE(runner.confirmPass());
    writer.flush();
    CHECK(runner.problem() == SessionRunner::Problem::None);
    CHECK(controller.problemText().isEmpty());
    CHECK(runner.committedPasses() == 3);
    CHECK(f.db.sessions().load(uid).value().totalPasses() == 3);
}
