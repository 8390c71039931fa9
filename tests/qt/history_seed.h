#pragma once

// Journals for the Home and History tests and the history benchmark: the app's own services
// (keys in memory, a private folder) with the connection they open, and years of generated
// sessions and reactions written through the store.

#include "root/application.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"

#include <rollwise/core/database.h>

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rollwise::test {

// The services as the app builds them for a scratch run, and the journal they opened.
struct ServicesWithJournal {
    std::unique_ptr<app::Services> services;
    Database* db = nullptr;
};

inline ServicesWithJournal openServices() {
    app::ServiceOptions options;
    options.ephemeral = true;
    options.openLater = true;
    ServicesWithJournal out;
    out.services = app::makeServices(std::move(options));
    Database* opened = nullptr;
    const auto connection =
        QObject::connect(out.services->access.get(), &app::JournalAccess::opened,
                         out.services->access.get(), [&opened](Database& db) { opened = &db; });
    out.services->access->open(); // opens at once with the key in memory
    QObject::disconnect(connection);
    out.db = opened;
    return out;
}

inline TimePoint nowSeconds() {
    return std::chrono::floor<Seconds>(std::chrono::system_clock::now());
}

// A plain-roller session on `zones`, `passes` passes each, alternating directions, with pressure.
inline SessionRecord rolled(TimePoint start, std::vector<Zone> zones, int needleUm = 250,
                            int passes = 4) {
    SessionRecord r;
    r.start = start;
    r.end = start + Minutes(10);
    r.needleLengthUm = needleUm;
    r.outcome = SessionOutcome::Completed;
    for (const Zone zone : zones) {
        ZoneRecord z;
        z.zone = zone;
        for (int i = 0; i < passes; ++i) {
            PassRecord p;
            p.direction = i % 2 == 0 ? Direction::Horizontal : Direction::Vertical;
            p.start = start + Seconds(20 * i);
            p.duration = Seconds(5);
            p.meanPressureCn = 150 + 10 * i;
            p.peakPressureCn = 220 + 10 * i;
            z.passes.push_back(p);
        }
        r.zones.push_back(z);
    }
    return r;
}

// `days` days of history up to yesterday, a session a day on one face zone in turn (so no
// zone is needled twice within its window), and a mild redness logged every 20th session.
// Returns how many sessions were written.
inline int seedDailyHistory(Database& db, int days, TimePoint now) {
    static constexpr Zone kZones[] = {Zone::Forehead, Zone::LeftCheek, Zone::RightCheek,
                                      Zone::Nose,     Zone::Chin,      Zone::UpperLip,
                                      Zone::Jawline,  Zone::Neck};
    std::vector<std::pair<std::string, SessionRecord>> batch;
    int written = 0;
    for (int d = days; d >= 1; --d) {
        const TimePoint start = now - Days(d) - Hours(2);
        batch.emplace_back("day-" + std::to_string(d),
                           rolled(start, {kZones[static_cast<std::size_t>(d) % 8]}));
        if (batch.size() == 500 || d == 1) {
            if (!db.sessions().saveAll(batch)) {
                return -1;
            }
            written += static_cast<int>(batch.size());
            batch.clear();
        }
        if (d % 20 == 0 && !db.answers().logReaction(
                               {"day-" + std::to_string(d), kZones[static_cast<std::size_t>(d) % 8],
                                start + Hours(20), Reaction::MildRedness, std::nullopt})) {
            return -1;
        }
    }
    return written;
}

} // namespace rollwise::test
