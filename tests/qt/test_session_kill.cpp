// Nothing lost: the app's session runner (session_writer) is killed (SIGKILL) at 100 random
// moments of a guided session. After each kill the journal opens, the runner recovers the
// session as interrupted with every pass it reported committed, and the guard counts it.
#include "services/journal_manager.h"
#include "services/session_runner.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/platform/system_clock.h>

#include <catch2/catch_test_macros.hpp>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace rollwise;

namespace {

const std::string kKeyHex(64, '5');

struct Writer {
    pid_t pid = -1;
    FILE* out = nullptr;
};

Writer spawn(const std::string& db) {
    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        ::execl(ROLLWISE_SESSION_WRITER, ROLLWISE_SESSION_WRITER, db.c_str(), kKeyHex.c_str(),
                nullptr);
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    return Writer{pid, ::fdopen(pipeFds[0], "r")};
}

struct Progress {
    std::string uid;
    int committed = 0;
    bool done = false;
};

void read(const char* line, Progress& p) {
    std::istringstream parsed(line);
    std::string first;
    parsed >> first;
    if (first == "started") {
        parsed >> p.uid;
    } else if (first == "done") {
        p.done = true;
    } else if (!first.empty()) {
        parsed >> p.committed;
    }
}

} // namespace

TEST_CASE("A session killed at random moments is recovered as interrupted, nothing lost",
          "[session][crash]") {
    rollwise::test::TempDir dir;
    std::mt19937 rng(20261130);
    int interrupted = 0;
    int withPasses = 0;
    for (int run = 0; run < 100; ++run) {
        INFO("run " << run);
        const auto path = dir.file(("journal-" + std::to_string(run) + ".db").c_str());
        Writer writer = spawn(path.string());
        Progress progress;
        // A random number of lines (the session has 16 passes), then a random pause of up to
        // 3 ms, which lands anywhere in the next commit.
        const int lines = std::uniform_int_distribution<int>(0, 17)(rng);
        char line[256];
        for (int i = 0; i < lines && std::fgets(line, sizeof line, writer.out) != nullptr; ++i) {
            read(line, progress);
        }
        const int pauseUs = std::uniform_int_distribution<int>(0, 3000)(rng);
        if (pauseUs > 200) {
            ::usleep(static_cast<useconds_t>(pauseUs));
        }
        ::kill(writer.pid, SIGKILL);
        while (std::fgets(line, sizeof line, writer.out) != nullptr) {
            read(line, progress);
        }
        std::fclose(writer.out);
        int status = 0;
        ::waitpid(writer.pid, &status, 0);

        // The next start: the journal opens and the runner recovers what was left.
        auto db = Database::open(path, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex)));
        REQUIRE(db.ok());
        platform::SystemClock clock;
        app::JournalManager journal(clock);
        journal.attach(db.value());
        app::SessionRunner runner(clock, journal);
        runner.attach(db.value());
        REQUIRE(db.value().sessions().unfinished().value().empty());
        if (progress.uid.empty()) {
            continue; // killed before the session started: nothing to recover
        }
        auto stored = db.value().sessions().load(progress.uid);
        if (!stored) {
            // Killed between start() and its first commit returning: no "<uid> n" line came.
            CHECK(progress.committed == 0);
            continue;
        }
        const SessionRecord& record = stored.value();
        const int passes = record.totalPasses();
        CHECK(passes >= progress.committed);
        CHECK(passes <= progress.committed + 1); // at most the pass in flight
        REQUIRE(record.outcome.has_value());
        if (!progress.done && passes < 16) {
            CHECK(*record.outcome == SessionOutcome::Interrupted);
            REQUIRE(runner.interruptedCount() == 1);
            CHECK(runner.interrupted().front().uid == progress.uid);
            ++interrupted;
        }
        if (passes > 0) {
            ++withPasses;
            // The guard counts it: the zones it reached are healing.
            SituationRequest request;
            request.plan.zones = {Zone::Forehead};
            request.plan.needleLengthUm = 250;
            request.now = journal.now();
            const GuardDecision decision = journal.decide(request);
            const ZoneDecision* forehead = decision.zoneDecision(Zone::Forehead);
            REQUIRE(forehead != nullptr);
            CHECK(forehead->verdict == Verdict::Block);
            CHECK(forehead->window.notBefore.has_value());
        }
    }
    CHECK(interrupted > 50);
    CHECK(withPasses > 30);
}
