// Reminders over random lives: no reminder invites a session the guard would block, nothing
// fires twice, quiet hours hold.
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

constexpr std::array kNeedles{250, 250, 500, 500, 1000, 1500, 2000};
constexpr std::array kReactions{Reaction::None,        Reaction::None,
                                Reaction::MildRedness, Reaction::LastingRedness,
                                Reaction::Irritation,  Reaction::SignsOfInfection};

ReminderInput randomLife(std::mt19937& rng, TimePoint now) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    ReminderInput in;
    in.now = now;
    in.situation = readySituation(now);
    in.situation.plan = {};
    const auto face = faceZones();
    const int sessions = pick(0, 6);
    TimePoint t = now - days{pick(1, 40)};
    for (int i = 0; i < sessions; ++i) {
        PastSession s;
        s.start = t;
        s.needleLengthUm = kNeedles[std::size_t(pick(0, int(kNeedles.size()) - 1))];
        for (const auto& z : face) {
            if (z.needlingAllowed && pick(0, 2) == 0) {
                s.zones.push_back(PastZone{z.zone, pick(0, 14), kReactions[std::size_t(pick(0, 5))],
                                           std::nullopt});
            }
        }
        in.situation.history.push_back(s);
        t += hours{pick(20, 24 * 10)};
        if (t > now) {
            break;
        }
    }
    for (auto& a : in.situation.answers) {
        a.yes = pick(0, 80) == 0;
        a.answeredAt = now - days{pick(0, 40)};
    }
    if (pick(0, 6) == 0) {
        in.situation.head.reset();
    } else {
        in.situation.head->sessions = pick(0, 12);
        in.situation.head->lastUse = now - days{pick(0, 30)};
        in.situation.head->lastDisinfected = now - days{pick(0, 30)};
        in.situation.head->needleLengthUm =
            !in.situation.history.empty() && pick(0, 3) != 0
                ? in.situation.history.back().needleLengthUm
                : kNeedles[std::size_t(pick(0, int(kNeedles.size()) - 1))];
    }
    if (pick(0, 2) == 0) {
        in.situation.profile.limits.intervalMultiplier = 1.0 + pick(0, 20) / 10.0;
    }
    if (pick(0, 4) == 0) {
        in.pending.push_back(PendingDeviceSession{"dev-" + std::to_string(pick(0, 999)),
                                                  now - hours{pick(0, 48)},
                                                  true,
                                                  DeviceFamily::SmartRoller,
                                                  250,
                                                  30,
                                                  {}});
    }
    in.settings.perZone = pick(0, 1) == 1;
    // Any quarter hour outside 02:00 - 03:00 (which a DST gap skips).
    in.settings.timeOfDay = Minutes{15 * pick(0, 95)};
    if (in.settings.timeOfDay >= hours{2} && in.settings.timeOfDay < hours{3}) {
        in.settings.timeOfDay += hours{1};
    }
    in.settings.quiet = pick(0, 1) == 1 ? QuietPolicy::Drop : QuietPolicy::Defer;
    if (pick(0, 2) == 0) {
        in.settings.course =
            CoursePlan{pick(3, 6), pick(0, 1), pick(7, 40), now - days{pick(0, 120)}};
    }
    return in;
}

} // namespace

TEST_CASE("Random lives: no reminder invites a session the guard would block, nothing fires "
          "twice",
          "[reminders][property]") {
    const auto seed = GENERATE(range(1u, 61u));
    std::mt19937 rng(seed);
    const TimePoint start = at("2026-01-05T10:00:00Z") + days{rng() % 300};
    ReminderInput in = randomLife(rng, start);
    const TimeZone& zone = seed % 2 == 0 ? static_cast<const TimeZone&>(kBerlin) : kNewYork;
    std::map<std::string, int> fired;
    int invitedFired = 0;
    int sessionsDone = 0;
    // 60 days, a tick every 30 minutes, as the runner would: fire, record, sometimes snooze
    // or mark done.
    for (TimePoint now = start; now < start + days{60}; now += minutes{30}) {
        in.now = now;
        in.situation.now = now;
        const auto schedule = scheduleReminders(in, zone);
        std::set<std::string> uids;
        for (const auto& r : schedule) {
            INFO("seed " << seed << ", " << toString(r.kind) << " due " << formatIso(r.due));
            CHECK(uids.insert(r.uid).second); // one reminder per uid
            if (invitesSession(r.kind)) {
                const Situation invited = invitedSituation(in, r);
                CHECK_FALSE(blocksInvitation(evaluate(invited), invitedPlan(in, r)));
            }
            if (dayLevel(r.kind) && !r.snoozed && r.kind != ReminderKind::ReplaceHead &&
                !quietAt(in.settings, in.settings.timeOfDay)) {
                CHECK(localMinute(zone, r.due) == in.settings.timeOfDay);
            }
        }
        for (const auto& r : remindersToFire(schedule, now)) {
            INFO("seed " << seed << ", " << r.uid);
            CHECK(r.due <= now);
            // Every firing is checked with the guard at the moment it fires, too.
            if (invitesSession(r.kind)) {
                ScheduledReminder atNow = r;
                atNow.due = now;
                CHECK_FALSE(
                    blocksInvitation(evaluate(invitedSituation(in, atNow)), invitedPlan(in, r)));
            }
            const int count = ++fired[r.uid];
            auto row = std::find_if(in.stored.begin(), in.stored.end(),
                                    [&](const Reminder& s) { return s.uid == r.uid; });
            if (row == in.stored.end()) {
                in.stored.push_back(Reminder{r.uid, std::string(toString(r.kind)), r.due, r.zone,
                                             std::nullopt, std::nullopt});
                row = in.stored.end() - 1;
            } else {
                CHECK(row->snoozedUntil); // fires again only after a snooze
                row->due = r.due;
                row->snoozedUntil.reset();
            }
            if (count == 1 && rng() % 3 == 0) {
                row->snoozedUntil = now + hours{2};
            } else if (rng() % 2 == 0) {
                row->doneAt = now;
            }
            CHECK(count <= 2); // once, and once more after one snooze
        }
        // The user does the session a fired reminder invited (or, now and then, one of their
        // own): answers the check again, disinfects or replaces the head, and goes ahead if the
        // guard allows it.
        std::optional<ScheduledReminder> invitation;
        for (const auto& r : remindersToFire(schedule, now)) {
            if (invitesSession(r.kind)) {
                ++invitedFired;
                invitation = r;
            }
        }
        if (!invitation && rng() % (48 * 10) == 0) {
            invitation = ScheduledReminder{};
            invitation->kind = ReminderKind::ZoneOpen;
            invitation->due = now;
        }
        if (invitation && rng() % 3 != 0) {
            for (auto& a : in.situation.answers) {
                a.answeredAt = now;
            }
            if (in.situation.head) {
                Head& h = *in.situation.head;
                if (h.sessions >= 8 || !h.firstUse || *h.firstUse < now - days{35} ||
                    h.damageReported || usesSingleUseCartridges(h.family)) {
                    h.firstUse = now - days{1};
                    h.sessions = 0;
                    h.deepSessions = 0;
                    h.passes = 0;
                    h.damageReported = false;
                }
                h.lastDisinfected = now;
            }
            Situation check = in.situation;
            check.plan = invitedPlan(in, *invitation);
            const GuardDecision d = evaluate(check);
            if (!check.plan.zones.empty() && d.session != Verdict::Block) {
                if (!invitation->uid.empty()) {
                    CHECK_FALSE(blocksInvitation(d, check.plan));
                }
                PastSession done;
                done.start = now;
                done.needleLengthUm = check.plan.needleLengthUm;
                for (const Zone z : check.plan.zones) {
                    if (d.verdictFor(z) != Verdict::Block) {
                        done.zones.push_back(PastZone{z, check.plan.passesPerZone,
                                                      kReactions[rng() % kReactions.size()],
                                                      std::nullopt});
                    }
                }
                in.situation.history.push_back(done);
                if (in.situation.head) {
                    in.situation.head->lastUse = now;
                    ++in.situation.head->sessions;
                }
                ++sessionsDone;
            }
        }
    }
    INFO("seed " << seed << ": " << fired.size() << " reminders fired, " << invitedFired
                 << " invitations, " << sessionsDone << " sessions done");
    SUCCEED();
}
