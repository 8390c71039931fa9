// Crash safety: the writer is killed (SIGKILL) at hundreds of random moments while it commits
// passes. Every time, the database must open, pass its integrity checks, and hold every pass
// the writer reported as committed; at most the pass in flight may be missing.
#include "../support/temp_dir.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace rollwise;

namespace {

const std::string kKeyHex(64, '7');

struct Writer {
    pid_t pid = -1;
    FILE* out = nullptr;
};

Writer startWriter(const std::filesystem::path& db, int run) {
    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        const std::string runText = std::to_string(run);
        ::execl(ROLLWISE_STORE_WRITER, "store_writer", db.c_str(), kKeyHex.c_str(), runText.c_str(),
                nullptr);
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    return Writer{pid, ::fdopen(pipeFds[0], "r")};
}

int iterations() {
    const char* env = std::getenv("ROLLWISE_KILL_ITERATIONS");
    return env != nullptr ? std::max(1, std::atoi(env)) : 200;
}

} // namespace

TEST_CASE("Killing the process at random moments never loses a committed pass", "[store][crash]") {
    rollwise::test::TempDir dir;
    const auto path = dir.file("journal.db");
    std::mt19937 rng(20261121);
    std::map<std::string, int> committed; // session uid -> passes reported as committed
    int killedMidSession = 0;

    for (int run = 0; run < iterations(); ++run) {
        Writer writer = startWriter(path, run);
        // Let it commit a random number of passes (sometimes none), then kill it at once or
        // after a random pause of up to 2 ms, which lands anywhere inside the next commit.
        const int commitsBeforeKill = std::uniform_int_distribution<int>(0, 24)(rng);
        char line[128];
        for (int i = 0;
             i < commitsBeforeKill && std::fgets(line, sizeof line, writer.out) != nullptr; ++i) {
            std::istringstream parsed(line);
            std::string uid;
            int passes = 0;
            parsed >> uid >> passes;
            committed[uid] = passes;
        }
        const int pauseUs = std::uniform_int_distribution<int>(0, 2000)(rng);
        if (pauseUs > 200) {
            ::usleep(static_cast<useconds_t>(pauseUs));
        }
        ::kill(writer.pid, SIGKILL);
        // Whatever it reported before dying was committed too.
        while (std::fgets(line, sizeof line, writer.out) != nullptr) {
            std::istringstream parsed(line);
            std::string uid;
            int passes = 0;
            parsed >> uid >> passes;
            committed[uid] = passes;
        }
        std::fclose(writer.out);
        int status = 0;
        ::waitpid(writer.pid, &status, 0);
        killedMidSession += WIFSIGNALED(status) ? 1 : 0;

        // The database opens (with its quick check) and holds every committed pass.
        auto db = Database::open(path, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex)));
        INFO("run " << run);
        REQUIRE(db.ok());
        for (const auto& [uid, passes] : committed) {
            auto session = db.value().loadSession(uid);
            REQUIRE(session.ok());
            const auto stored = static_cast<int>(session.value().zones.at(0).passes.size());
            // At most the pass in flight (committed, not yet reported) is ahead.
            CHECK(stored >= passes);
            CHECK(stored <= passes + 1);
        }
        // The app recovers what was left unfinished, as interrupted.
        for (const auto& uid : db.value().unfinishedSessions().value()) {
            REQUIRE(
                db.value()
                    .saveSession(uid, SessionEngine::recover(db.value().loadSession(uid).value()))
                    .ok());
        }
        if (run % 25 == 0) {
            db = Result<Database, DatabaseError>(Failure{DatabaseError{}});
            REQUIRE(Database::verify(path, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex))).ok());
        }
    }
    CHECK(killedMidSession > iterations() / 2);
    CHECK(committed.size() > 10);
    REQUIRE(Database::verify(path, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex))).ok());
}
