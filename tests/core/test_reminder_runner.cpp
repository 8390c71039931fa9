// The reminder runner on the real SQLCipher journal: snoozes survive a restart, nothing fires
// twice, a reminder that could not be shown is tried again, settings round-trip.
#include "fake_time_zone.h"
#include "guard_fixtures.h"
#include "reminder_fixtures.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace rollwise;
using namespace rollwise::test;

namespace {

class RecordingNotifier final : public Notifier {
public:
    bool show(const ReminderNotice& notice) override {
        if (!available) {
            return false;
        }
        shown.push_back(notice);
        return true;
    }
    void withdraw(const std::string& uid) override { withdrawn.push_back(uid); }
    bool available = true;
    std::vector<ReminderNotice> shown;
    std::vector<std::string> withdrawn;
};

Database openJournal(const std::filesystem::path& path) {
    auto db = Database::open(path, rawKey('7'));
    REQUIRE(db);
    return std::move(db).value();
}

int countShown(const RecordingNotifier& n, const std::string& uid) {
    return static_cast<int>(std::count_if(n.shown.begin(), n.shown.end(),
                                          [&](const ReminderNotice& s) { return s.uid == uid; }));
}

} // namespace

TEST_CASE("A snooze survives a restart, through the real SQLCipher file; nothing fires twice",
          "[reminders][store]") {
    TempDir dir;
    const auto path = dir.file("journal.db");
    const TimePoint session = at("2026-06-10T08:00:00Z"); // 10:00 CEST
    {
        Database db = openJournal(path);
        REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
        ReminderSettings settings;
        settings.snoozeFor = Minutes{90};
        REQUIRE(saveReminderSettings(db.settings(), settings));
    }
    std::string checkIn;
    {
        Database db = openJournal(path);
        ManualClock clock(system_clock::time_point(at("2026-06-11T06:59:00Z")));
        RecordingNotifier notifier;
        ReminderRunner runner(db, clock, kBerlin, notifier);
        const auto before = runner.tick();
        REQUIRE(before);
        const int firstTick = before.value();
        clock.advance(minutes{2}); // 09:01 CEST: the reaction check-in is due
        REQUIRE(runner.tick());
        auto it = std::find_if(notifier.shown.begin(), notifier.shown.end(), [](const auto& n) {
            return n.kind == ReminderKind::ReactionCheckIn;
        });
        REQUIRE(it != notifier.shown.end());
        checkIn = it->uid;
        CHECK(firstTick >= 0);
        // Ticking again fires nothing again.
        for (int i = 0; i < 5; ++i) {
            clock.advance(minutes{10});
            REQUIRE(runner.tick());
        }
        CHECK(countShown(notifier, checkIn) == 1);
        // The user snoozes it from the notification.
        REQUIRE(notifier.onAction);
        notifier.onAction(checkIn, ReminderAction::Snooze);
        CHECK(std::count(notifier.withdrawn.begin(), notifier.withdrawn.end(), checkIn) == 1);
    }
    // The app restarts: a new connection, a new runner.
    {
        Database db = openJournal(path);
        auto rows = db.reminders().all();
        REQUIRE(rows);
        auto row = std::find_if(rows.value().begin(), rows.value().end(),
                                [&](const Reminder& r) { return r.uid == checkIn; });
        REQUIRE(row != rows.value().end());
        REQUIRE(row->snoozedUntil);
        CHECK(*row->snoozedUntil == at("2026-06-11T09:21:00Z")); // 09:51 CEST + 90 minutes
        ManualClock clock(system_clock::time_point(at("2026-06-11T09:00:00Z")));
        RecordingNotifier notifier;
        ReminderRunner runner(db, clock, kBerlin, notifier);
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 0); // 11:00 CEST: still snoozed
        clock.advance(minutes{25});                // 11:25 CEST: the snooze is over
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 1);
        clock.advance(minutes{30});
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 1);
        notifier.onAction(checkIn, ReminderAction::Done);
    }
    {
        Database db = openJournal(path);
        ManualClock clock(system_clock::time_point(at("2026-06-12T12:00:00Z")));
        RecordingNotifier notifier;
        ReminderRunner runner(db, clock, kBerlin, notifier);
        REQUIRE(runner.tick());
        CHECK(countShown(notifier, checkIn) == 0);
        auto schedule = runner.schedule();
        REQUIRE(schedule);
        CHECK(std::none_of(schedule.value().begin(), schedule.value().end(),
                           [&](const auto& r) { return r.uid == checkIn; }));
    }
}

TEST_CASE("A reminder that could not be shown is tried again", "[reminders][store]") {
    TempDir dir;
    Database db = openJournal(dir.file("journal.db"));
    const TimePoint session = at("2026-06-10T08:00:00Z");
    REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
    ManualClock clock(system_clock::time_point(session + hours{25}));
    RecordingNotifier notifier;
    notifier.available = false;
    ReminderRunner runner(db, clock, kBerlin, notifier);
    REQUIRE(runner.tick());
    CHECK(db.reminders().all().value().empty());
    notifier.available = true;
    const auto shown = runner.tick();
    REQUIRE(shown);
    CHECK(shown.value() >= 1);
    CHECK(db.reminders().all().value().size() == static_cast<std::size_t>(shown.value()));
}

TEST_CASE("Reminder settings round-trip through the journal; bad values are errors",
          "[reminders][store]") {
    TempDir dir;
    Database db = openJournal(dir.file("journal.db"));
    ReminderSettings s;
    s.timeOfDay = Minutes{7 * 60 + 30};
    s.perZone = true;
    s.quietStart = std::nullopt;
    s.quiet = QuietPolicy::Drop;
    s.course = CoursePlan{5, 1, 0, at("2026-01-01T10:00:00Z")};
    s.off = {ReminderKind::Hygiene, ReminderKind::Preparation};
    REQUIRE(saveReminderSettings(db.settings(), s));
    auto loaded = loadReminderSettings(db.settings());
    REQUIRE(loaded);
    CHECK(loaded.value().timeOfDay == s.timeOfDay);
    CHECK(loaded.value().perZone);
    CHECK_FALSE(loaded.value().quietStart);
    CHECK(loaded.value().quiet == QuietPolicy::Drop);
    CHECK(loaded.value().course.sessions == 5);
    CHECK(loaded.value().course.start == s.course.start);
    CHECK(loaded.value().off == s.off);
    REQUIRE(db.settings().set("reminders.time-of-day", "25:00"));
    CHECK_FALSE(loadReminderSettings(db.settings()));
}
