// Crash safety: the writer is killed (SIGKILL) at hundreds of random moments while it commits
// passes. Every time, the database must open, pass its integrity checks, and hold every pass
// the writer reported as committed; at most the pass in flight may be missing.
#include "../support/temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/core/session.h>

#include <catch2/catch_test_macros.hpp>

#include <chrono>
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

// Starts `program` with three arguments, its standard output on a pipe we read.
Writer spawn(const char* program, const std::string& a, const std::string& b,
             const std::string& c) {
    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        ::execl(program, program, a.c_str(), b.c_str(), c.c_str(), nullptr);
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    return Writer{pid, ::fdopen(pipeFds[0], "r")};
}

Writer startWriter(const std::filesystem::path& db, int run) {
    return spawn(ROLLWISE_STORE_WRITER, db.string(), kKeyHex, std::to_string(run));
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
            auto session = db.value().sessions().load(uid);
            REQUIRE(session.ok());
            const auto stored = static_cast<int>(session.value().zones.at(0).passes.size());
            // At most the pass in flight (committed, not yet reported) is ahead.
            CHECK(stored >= passes);
            CHECK(stored <= passes + 1);
        }
        // The app recovers what was left unfinished, as interrupted.
        for (const auto& uid : db.value().sessions().unfinished().value()) {
            REQUIRE(db.value()
                        .sessions()
                        .save(uid, SessionEngine::recover(db.value().sessions().load(uid).value()))
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

namespace {

const std::string kPassphrase = "a passphrase for the kill test";

Writer startRekey(const std::filesystem::path& db) {
    return spawn(ROLLWISE_REKEY_WRITER, db.string(), kKeyHex, kPassphrase);
}

bool opensWith(const std::filesystem::path& path, const DatabaseKey& key) {
    OpenOptions options;
    options.integrityCheck = true;
    return Database::open(path, key, options).ok();
}

} // namespace

TEST_CASE("A rekey killed at any moment leaves exactly one key that opens the journal",
          "[store][crash][rekey]") {
    rollwise::test::TempDir dir;
    const auto seed = dir.file("seed.db");
    {
        auto db = Database::open(seed, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex)));
        REQUIRE(db.ok());
        SessionRecord record;
        record.start = TimePoint(Seconds(1'780'000'000));
        record.needleLengthUm = 250;
        record.zones.push_back(ZoneRecord{Zone::Chin, {PassRecord{}}, false, {}, false});
        for (int i = 0; i < 200; ++i) { // enough pages that the rewrite takes a while
            record.start += Days(1);
            REQUIRE(db.value().sessions().save("s" + std::to_string(i), record).ok());
        }
    }
    // How long a whole rekey takes on this machine (a sanitizer build is much slower), so the
    // kills land before, during and after it.
    std::chrono::microseconds whole{};
    {
        const auto path = dir.file("timed.db");
        std::filesystem::copy_file(seed, path);
        Writer rekeyer = startRekey(path);
        char line[64];
        REQUIRE(std::fgets(line, sizeof line, rekeyer.out) != nullptr);
        const auto started = std::chrono::steady_clock::now();
        REQUIRE(std::fgets(line, sizeof line, rekeyer.out) != nullptr);
        whole = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - started);
        std::fclose(rekeyer.out);
        int status = 0;
        ::waitpid(rekeyer.pid, &status, 0);
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
    }
    std::mt19937 rng(20261130);
    const int runs = std::max(8, iterations() / 8);
    int killedBefore = 0;
    int killedAfter = 0;
    for (int run = 0; run < runs; ++run) {
        INFO("run " << run);
        const auto path = dir.file("journal.db");
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path.string() + suffix);
        }
        std::filesystem::copy_file(seed, path);
        Writer rekeyer = startRekey(path);
        char line[64];
        REQUIRE(std::fgets(line, sizeof line, rekeyer.out) != nullptr); // "ready"
        // The rekey stretches the passphrase, then rewrites every page, then proves the new key.
        const auto pauseUs =
            std::uniform_int_distribution<long long>(0, whole.count() * 6 / 5)(rng);
        ::usleep(static_cast<useconds_t>(pauseUs));
        ::kill(rekeyer.pid, SIGKILL);
        const bool reportedDone = std::fgets(line, sizeof line, rekeyer.out) != nullptr &&
                                  std::string(line) == "rekeyed\n";
        std::fclose(rekeyer.out);
        int status = 0;
        ::waitpid(rekeyer.pid, &status, 0);

        std::string passphrase = kPassphrase;
        const bool oldOpens = opensWith(path, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex)));
        const bool newOpens =
            opensWith(path, DatabaseKey::passphrase(Passphrase::adopt(passphrase)));
        CHECK(oldOpens != newOpens); // exactly one, never neither
        if (reportedDone) {
            CHECK(newOpens); // what was reported done is done
        }
        (newOpens ? killedAfter : killedBefore) += 1;
        // Whichever key opens it, every session is there.
        std::string again = kPassphrase;
        auto db = newOpens ? Database::open(path, DatabaseKey::passphrase(Passphrase::adopt(again)))
                           : Database::open(path, DatabaseKey::raw(*SecretKey::fromHex(kKeyHex)));
        REQUIRE(db.ok());
        CHECK(db.value().sessions().count().value() == 200);
    }
    // The kills landed on both sides of the commit.
    CHECK(killedBefore > 0);
    CHECK(killedAfter > 0);
}
