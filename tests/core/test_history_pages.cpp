// The history as screens page through it: pages that meet without a gap or a repeat (sessions
// of the same second included), session starts by date range, reactions per session and range.
#include "../support/temp_dir.h"
#include "connection.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"

#include <rollwise/core/database.h>

#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <span>
#include <vector>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const TimePoint kT0 = at("2026-10-01T08:00:00Z");

struct Journal {
    TempDir dir;
    Database db = open(dir.file("journal.db"));

    static Database open(const std::filesystem::path& path) {
        auto db = Database::open(path, rawKey('6'));
        if (!db) {
            FAIL(db.error().message);
        }
        return std::move(db).value();
    }
};

} // namespace

TEST_CASE("SessionStore: history pages meet without gaps or repeats, newest first",
          "[stores][history]") {
    Journal j;
    std::vector<std::pair<std::string, SessionRecord>> sessions;
    // 23 sessions a day apart, and three more that start in the same second as the 10th.
    for (int i = 0; i < 23; ++i) {
        sessions.emplace_back("s" + std::to_string(i), sampleSession(kT0 + Days(i)));
    }
    for (int i = 0; i < 3; ++i) {
        sessions.emplace_back("same" + std::to_string(i), sampleSession(kT0 + Days(10)));
    }
    REQUIRE(j.db.sessions().saveAll(sessions));

    std::vector<SessionSummary> all;
    std::optional<HistoryCursor> cursor;
    int pages = 0;
    for (;;) {
        auto page = j.db.sessions().historyPage(cursor, 4);
        REQUIRE(page);
        if (page.value().empty()) {
            break;
        }
        CHECK(page.value().size() <= 4);
        cursor = cursorAfter(page.value().back());
        all.insert(all.end(), page.value().begin(), page.value().end());
        ++pages;
    }
    CHECK(pages == 7);
    REQUIRE(all.size() == sessions.size());
    std::set<std::string> uids;
    for (std::size_t i = 0; i < all.size(); ++i) {
        uids.insert(all[i].uid);
        if (i > 0) {
            CHECK(all[i].start <= all[i - 1].start);
        }
        CHECK(all[i].zonePasses.size() == 2); // the zones come with every page
        CHECK(all[i].totalPasses == 6);
    }
    CHECK(uids.size() == sessions.size());
    CHECK(all.front().uid == "s22");
    // The first page is what history() gives.
    const auto first = j.db.sessions().history(4).value();
    REQUIRE(first.size() == 4);
    CHECK(first[0].uid == all[0].uid);
    CHECK(first[3].uid == all[3].uid);
}

TEST_CASE("SessionStore: the starts in a date range, oldest first, end excluded",
          "[stores][history]") {
    Journal j;
    for (int i = 0; i < 40; ++i) {
        REQUIRE(j.db.sessions().save("s" + std::to_string(i), sampleSession(kT0 + Days(i))));
    }
    const auto starts = j.db.sessions().startsBetween(kT0 + Days(5), kT0 + Days(12)).value();
    REQUIRE(starts.size() == 7);
    CHECK(starts.front() == kT0 + Days(5));
    CHECK(starts.back() == kT0 + Days(11));
    CHECK(j.db.sessions().startsBetween(kT0 - Days(30), kT0).value().empty());
}

TEST_CASE("AnswerStore: reactions for a session and in a range; an unknown one is an error",
          "[stores][answers][history]") {
    Journal j;
    AnswerStore& answers = j.db.answers();
    REQUIRE(answers.logReaction({"a", Zone::Chin, kT0 + Days(1), Reaction::Irritation, {}}));
    REQUIRE(answers.logReaction({"a", Zone::Forehead, kT0, Reaction::MildRedness, {}}));
    REQUIRE(answers.logReaction({"b", Zone::Chin, kT0 + Days(9), Reaction::LastingRedness, {}}));

    const auto forA = answers.reactionsFor("a").value();
    REQUIRE(forA.size() == 2);
    CHECK(forA[0].zone == Zone::Forehead);
    CHECK(forA[1].reaction == Reaction::Irritation);
    CHECK(answers.reactionsFor("nobody").value().empty());

    const auto range = answers.reactionsBetween(kT0 + Days(1), kT0 + Days(9)).value();
    REQUIRE(range.size() == 1);
    CHECK(range[0].sessionUid == "a");

    auto& connection = detail::ConnectionAccess::of(j.db);
    REQUIRE(sqlite3_exec(connection.handle(), "UPDATE reactions SET reaction = 'unheard-of'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK_FALSE(answers.reactionsFor("a"));
    CHECK_FALSE(answers.reactionsBetween(kT0, kT0 + Days(30)));
}

namespace {

// The streak as the guard defines it, window by window (healingWindow over every earlier
// session): the reference the fast one is held to.
int referenceStreak(std::vector<PastSession> sessions, TimePoint now, const Limits& limits) {
    std::erase_if(sessions, [](const PastSession& s) {
        return std::none_of(s.zones.begin(), s.zones.end(),
                            [](const PastZone& z) { return z.passes > 0; });
    });
    std::sort(sessions.begin(), sessions.end(),
              [](const PastSession& a, const PastSession& b) { return a.start < b.start; });
    int streak = 0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (i == 0) {
            streak = 1;
            continue;
        }
        const std::span<const PastSession> before(sessions.data(), i);
        const bool early =
            std::any_of(sessions[i].zones.begin(), sessions[i].zones.end(), [&](const PastZone& z) {
                if (z.passes <= 0) {
                    return false;
                }
                const ZoneWindow w = healingWindow(z.zone, before, limits);
                return w.blockedUntilHealed || (w.notBefore && sessions[i].start < *w.notBefore);
            });
        const TimePoint windowEnd =
            sessions[i - 1].start + depthTier(sessions[i - 1].needleLengthUm).windowEnd;
        streak = early ? 0 : sessions[i].start > windowEnd ? 1 : streak + 1;
    }
    if (!sessions.empty() &&
        now > sessions.back().start + depthTier(sessions.back().needleLengthUm).windowEnd) {
        streak = 0;
    }
    return streak;
}

} // namespace

TEST_CASE("currentStreak: the same as window by window on random histories, one pass on ten "
          "years",
          "[guard][streak][history]") {
    const Limits limits;
    std::uint32_t seed = 12345;
    const auto next = [&seed](std::uint32_t bound) {
        seed = seed * 1664525U + 1013904223U;
        return (seed >> 8) % bound;
    };
    const Zone zones[] = {Zone::Forehead, Zone::Chin, Zone::LeftCheek, Zone::Abdomen,
                          Zone::ScalpCrown};
    const int needles[] = {250, 500, 1000};
    const Reaction reactions[] = {Reaction::None,        Reaction::None,
                                  Reaction::MildRedness, Reaction::LastingRedness,
                                  Reaction::Irritation,  Reaction::SignsOfInfection};
    for (int round = 0; round < 200; ++round) {
        std::vector<PastSession> history;
        TimePoint t = kT0;
        const int count = 1 + static_cast<int>(next(25));
        for (int i = 0; i < count; ++i) {
            t += Hours(12 + next(24 * 40));
            PastSession s;
            s.start = t;
            s.needleLengthUm = needles[next(3)];
            for (const Zone z : zones) {
                if (next(2) == 0) {
                    PastZone pz{z, static_cast<int>(next(3)), reactions[next(6)], std::nullopt};
                    if (pz.reaction == Reaction::SignsOfInfection && next(2) == 0) {
                        pz.healedAt = t + Days(next(20));
                    }
                    s.zones.push_back(pz);
                }
            }
            history.push_back(s);
        }
        const TimePoint now = t + Days(next(40));
        INFO("round " << round);
        CHECK(currentStreak(history, now, limits) == referenceStreak(history, now, limits));
    }

    // Ten years of a session every day, each on a different zone in turn: answered at once.
    std::vector<PastSession> tenYears;
    for (int day = 0; day < 3650; ++day) {
        PastSession s;
        s.start = kT0 + Days(day);
        s.needleLengthUm = 250;
        s.zones.push_back(
            {allZones()[static_cast<std::size_t>(day) % 8].zone, 4, Reaction::None, std::nullopt});
        tenYears.push_back(s);
    }
    const auto started = std::chrono::steady_clock::now();
    const int streak = currentStreak(tenYears, kT0 + Days(3650), limits);
    const auto took = std::chrono::steady_clock::now() - started;
    CHECK(streak >= 0);
    CHECK(took < std::chrono::milliseconds(500)); // the window-by-window way took seconds
}

TEST_CASE("SessionStore: a zone's sessions, newest first, only where it was needled",
          "[stores][history]") {
    Journal j;
    for (int i = 0; i < 30; ++i) {
        const std::vector<Zone> zones =
            i % 3 == 0 ? std::vector<Zone>{Zone::Chin, Zone::Neck} : std::vector<Zone>{Zone::Neck};
        REQUIRE(j.db.sessions().save("s" + std::to_string(i), sampleSession(kT0 + Days(i), zones)));
    }
    // A zone listed with no passes was not needled.
    REQUIRE(j.db.sessions().save("empty", sampleSession(kT0 + Days(40), {Zone::Chin}, 0)));
    const auto chin = j.db.sessions().zoneHistory(Zone::Chin, 4).value();
    REQUIRE(chin.size() == 4);
    CHECK(chin[0].uid == "s27");
    CHECK(chin[1].uid == "s24");
    CHECK(chin[3].uid == "s18");
    CHECK(chin[0].passes == 3);
    CHECK(chin[0].needleLengthUm == 500);
    CHECK(j.db.sessions().zoneHistory(Zone::Chin, 100).value().size() == 10);
    CHECK(j.db.sessions().zoneHistory(Zone::Forehead, 10).value().empty());
}
