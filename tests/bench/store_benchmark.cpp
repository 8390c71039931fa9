// Store benchmarks (docs/benchmarks.md). Each measurement runs through the store's own code on
// an encrypted database and, in the same run, on an unencrypted one (OpenOptions::
// unencryptedForBenchmark), so the ratio does not depend on how busy the machine is.
//
//   store_benchmark [--quick]      --quick: tiny sizes, to check that it runs (CTest does)
#include "temp_dir.h"

#include <rollwise/core/database.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace rollwise;
using Stopwatch = std::chrono::steady_clock;

namespace {

struct Sizes {
    int ingestEvents = 100'000;
    int sessionsInTenYears = 3'650;
    int passesInTenYears = 500'000;
    int historyRuns = 41;
    int unlockRuns = 41;
};

double milliseconds(Stopwatch::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

DatabaseKey benchKey() {
    return DatabaseKey::raw(*SecretKey::fromHex(std::string(64, '5')));
}

Database openFor(const std::filesystem::path& path, bool encrypted) {
    OpenOptions options;
    options.unencryptedForBenchmark = !encrypted;
    auto db = encrypted ? Database::open(path, benchKey(), options)
                        : Database::open(path, DatabaseKey{}, options);
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", db.error().message.c_str());
        std::exit(1);
    }
    return std::move(db).value();
}

// Sessions as a device sync delivers them: `passes` passes spread over the face zones.
std::vector<std::pair<std::string, SessionRecord>> makeSessions(int sessions, int passes,
                                                                int firstIndex) {
    static constexpr Zone kZones[] = {Zone::Forehead, Zone::Nose, Zone::LeftCheek, Zone::RightCheek,
                                      Zone::UpperLip, Zone::Chin, Zone::Jawline,   Zone::Neck};
    std::vector<std::pair<std::string, SessionRecord>> out;
    const TimePoint base{Seconds(1'600'000'000)};
    int remaining = passes;
    for (int s = 0; s < sessions; ++s) {
        SessionRecord r;
        r.start = base + Days(firstIndex + s);
        r.end = r.start + Minutes(20);
        r.family = DeviceFamily::SmartRoller;
        r.needleLengthUm = 250;
        r.outcome = SessionOutcome::Completed;
        const int mine = remaining / (sessions - s);
        remaining -= mine;
        for (int z = 0; z < 8; ++z) {
            r.zones.push_back(ZoneRecord{kZones[z], {}, false, {}, false});
        }
        for (int p = 0; p < mine; ++p) {
            PassRecord pass;
            pass.start = r.start + Seconds(5 * p);
            pass.duration = Seconds(4);
            pass.source = PassSource::Device;
            pass.distanceMm = 60;
            pass.speedMmPerS = 15;
            pass.meanPressureCn = 150 + p % 50;
            pass.peakPressureCn = 200 + p % 80;
            r.zones[static_cast<std::size_t>(p % 8)].passes.push_back(pass);
        }
        out.emplace_back("s" + std::to_string(firstIndex + s), std::move(r));
    }
    return out;
}

// Writes sessions in batches of 50, one transaction each, as a sync does.
Stopwatch::duration ingest(Database& db,
                           const std::vector<std::pair<std::string, SessionRecord>>& sessions) {
    const auto start = Stopwatch::now();
    for (std::size_t i = 0; i < sessions.size(); i += 50) {
        const auto end = std::min(sessions.size(), i + 50);
        if (!db.sessions().saveAll(std::span(sessions).subspan(i, end - i))) {
            std::fprintf(stderr, "ingest failed\n");
            std::exit(1);
        }
    }
    return Stopwatch::now() - start;
}

void row(const char* what, const std::string& encrypted, const std::string& plain,
         const std::string& ratio, const char* target, bool met) {
    std::printf("| %-44s | %14s | %14s | %7s | %-26s | %-4s |\n", what, encrypted.c_str(),
                plain.c_str(), ratio.c_str(), target, met ? "yes" : "NO");
}

std::string fixed(double value, int decimals = 1) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace

int main(int argc, char* argv[]) {
    Sizes sizes;
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    if (quick) {
        sizes = Sizes{2'000, 120, 6'000, 5, 5};
    }
    rollwise::test::TempDir dir;
    bool allMet = true;
    std::printf("| %-44s | %14s | %14s | %7s | %-26s | %-4s |\n", "measurement", "SQLCipher",
                "unencrypted", "ratio", "target", "met");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(16, '-').c_str(),
                std::string(16, '-').c_str(), std::string(9, '-').c_str(),
                std::string(28, '-').c_str(), std::string(6, '-').c_str());

    // 1. Ingest of pass events.
    {
        const int passesPerSession = 64;
        const auto sessions =
            makeSessions(sizes.ingestEvents / passesPerSession, sizes.ingestEvents, 0);
        auto enc = openFor(dir.file("ingest-enc.db"), true);
        auto plain = openFor(dir.file("ingest-plain.db"), false);
        const double encSeconds = std::chrono::duration<double>(ingest(enc, sessions)).count();
        const double plainSeconds = std::chrono::duration<double>(ingest(plain, sessions)).count();
        const double encRate = sizes.ingestEvents / encSeconds;
        const double plainRate = sizes.ingestEvents / plainSeconds;
        const double ratio = encSeconds / plainSeconds;
        const bool met = ratio <= 1.5 && encRate >= 50'000;
        allMet = allMet && met;
        row(("ingest " + std::to_string(sizes.ingestEvents) + " pass events (events/s)").c_str(),
            fixed(encRate, 0), fixed(plainRate, 0), fixed(ratio, 2) + "x", "<= 1.5x, >= 50,000/s",
            met);
    }

    // 2. Ten years of use: the history screen's query.
    {
        const auto sessions = makeSessions(sizes.sessionsInTenYears, sizes.passesInTenYears, 0);
        auto enc = openFor(dir.file("ten-years-enc.db"), true);
        auto plain = openFor(dir.file("ten-years-plain.db"), false);
        (void)ingest(enc, sessions);
        (void)ingest(plain, sessions);
        const auto time = [&](Database& db) {
            std::vector<double> runs;
            for (int i = 0; i < sizes.historyRuns; ++i) {
                const auto start = Stopwatch::now();
                auto history = db.sessions().history(90);
                runs.push_back(milliseconds(Stopwatch::now() - start));
                if (!history || history.value().size() != 90 ||
                    history.value()[0].totalPasses == 0) {
                    std::fprintf(stderr, "history query failed\n");
                    std::exit(1);
                }
            }
            return median(runs);
        };
        const double encMs = time(enc);
        const double plainMs = time(plain);
        const double ratio = encMs / plainMs;
        const bool met = encMs <= 20.0 && ratio <= 1.5;
        allMet = allMet && met;
        row(("history: last 90 of " + std::to_string(sizes.sessionsInTenYears) +
             " sessions (median ms)")
                .c_str(),
            fixed(encMs, 2), fixed(plainMs, 2), fixed(ratio, 2) + "x", "<= 20 ms, <= 1.5x", met);
        // A cold open of the ten-year database: unlock and integrity check.
        const auto path = dir.file("ten-years-enc.db");
        std::vector<double> unlock;
        std::vector<double> withCheck;
        for (int i = 0; i < sizes.unlockRuns; ++i) {
            OpenOptions fast;
            fast.integrityCheck = false;
            auto start = Stopwatch::now();
            {
                auto db = Database::open(path, benchKey(), fast);
                unlock.push_back(milliseconds(Stopwatch::now() - start));
            }
            start = Stopwatch::now();
            {
                auto db = Database::open(path, benchKey());
                withCheck.push_back(milliseconds(Stopwatch::now() - start));
            }
        }
        const double unlockMs = median(unlock);
        allMet = allMet && unlockMs < 10.0;
        row("unlock with the keychain key, no KDF (median ms)", fixed(unlockMs, 2), "-", "-",
            "< 10 ms", unlockMs < 10.0);
        row("  ... plus quick_check of 10 years (median ms)", fixed(median(withCheck), 1), "-", "-",
            "reported", true);
    }

    // 3. Unlock with a passphrase: PBKDF2-HMAC-SHA512, 256,000 iterations.
    {
        std::string text = "a passphrase for the benchmark";
        const auto path = dir.file("passphrase.db");
        {
            auto db = Database::open(path, DatabaseKey::passphrase(Passphrase::adopt(text)));
            if (!db) {
                return 1;
            }
        }
        std::vector<double> runs;
        for (int i = 0; i < std::min(sizes.unlockRuns, 7); ++i) {
            std::string again = "a passphrase for the benchmark";
            OpenOptions fast;
            fast.integrityCheck = false;
            const auto start = Stopwatch::now();
            auto db = Database::open(path, DatabaseKey::passphrase(Passphrase::adopt(again)), fast);
            runs.push_back(milliseconds(Stopwatch::now() - start));
        }
        row("unlock with a passphrase (median ms)", fixed(median(runs), 0), "-", "-", "reported",
            true);
    }
    std::printf("\n%s\n",
                allMet ? "All targets met." : "Some targets were NOT met (see the 'met' column).");
    return 0;
}
