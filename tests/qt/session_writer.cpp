// A process that runs a guided plain-roller session the way the app does: SessionRunner on a
// real journal, each confirmed pass written by the JournalWriter's thread over its own
// connection. It prints "started <uid>", then "<uid> <committed passes>" once each pass is
// confirmed durable, then "done". The kill test
// (test_session_kill.cpp) kills it at random moments.
#include "services/journal_manager.h"
#include "services/journal_writer.h"
#include "services/session_runner.h"

#include <rollwise/core/database.h>
#include <rollwise/platform/system_clock.h>

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: session_writer DB KEYHEX\n");
        return 2;
    }
    using namespace rollwise;
    auto key = SecretKey::fromHex(argv[2]);
    auto db = Database::open(argv[1], DatabaseKey::raw(std::move(*key)));
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", db.error().message.c_str());
        return 1;
    }
    platform::SystemClock clock;
    app::JournalManager journal(clock);
    journal.attach(db.value());
    app::SessionRunner runner(clock, journal);
    runner.attach(db.value());
    app::JournalWriter writer;
    writer.open(db.value());
    writer.flush();
    if (!writer.ready()) {
        std::fprintf(stderr, "the writer's connection did not open\n");
        return 1;
    }
    runner.useWriter(&writer);
    const auto now = std::chrono::floor<Seconds>(clock.now());
    for (const auto& info : allQuestions()) {
        Answer answer;
        answer.question = info.question;
        answer.answeredAt = now;
        (void)db.value().answers().save(answer);
    }
    if (!runner.addPlainHead(250, 192) || !runner.confirmDisinfected() ||
        !runner.plan(QStringLiteral("texture"), QStringLiteral("plain-roller"), 250,
                     {QStringLiteral("forehead"), QStringLiteral("chin")})) {
        std::fprintf(stderr, "setup failed: %d\n", static_cast<int>(runner.problem()));
        return 1;
    }
    for (int i = 0; i < static_cast<int>(runner.warnings().size()); ++i) {
        runner.acknowledge(i);
    }
    if (!runner.start()) {
        std::fprintf(stderr, "start refused: %d\n", static_cast<int>(runner.problem()));
        return 1;
    }
    std::printf("started %s\n", runner.sessionUid().c_str());
    std::fflush(stdout);
    while (runner.state() == app::SessionRunner::State::InZone) {
        if (!runner.confirmPass() || runner.problem() != app::SessionRunner::Problem::None) {
            std::fprintf(stderr, "pass failed: %d\n", static_cast<int>(runner.problem()));
            return 1;
        }
        // Printed once the writer says the pass is durable (its confirmation comes as an event).
        const int passes = runner.record()->totalPasses();
        while (runner.committedPasses() < passes &&
               runner.state() == app::SessionRunner::State::InZone) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        if (runner.problem() != app::SessionRunner::Problem::None) {
            std::fprintf(stderr, "pass failed: %d\n", static_cast<int>(runner.problem()));
            return 1;
        }
        std::printf("%s %d\n", runner.sessionUid().c_str(), runner.committedPasses());
        std::fflush(stdout);
    }
    if (!runner.finish()) {
        return 1;
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
