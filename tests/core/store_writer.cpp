// A process that records passes the way the app does during a live session: one durable commit
// per pass. After each commit it prints "<session uid> <passes>" on standard output. The kill
// test (test_kill_during_write.cpp) kills it at random moments.
#include <rollwise/core/database.h>

#include <cstdio>
#include <string>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: store_writer DB KEYHEX RUN\n");
        return 2;
    }
    using namespace rollwise;
    auto key = SecretKey::fromHex(argv[2]);
    auto db = Database::open(argv[1], DatabaseKey::raw(std::move(*key)));
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", db.error().message.c_str());
        return 1;
    }
    const std::string run = argv[3];
    const TimePoint start{Seconds(1'780'000'000)};
    for (int session = 0; session < 50; ++session) {
        const std::string uid = "run" + run + "-s" + std::to_string(session);
        SessionRecord record;
        record.start = start + Days(session);
        record.needleLengthUm = 250;
        record.zones.push_back(ZoneRecord{Zone::Forehead, {}, false, {}, false});
        for (int pass = 0; pass < 16; ++pass) {
            PassRecord p;
            p.start = record.start + Seconds(5 * pass);
            p.duration = Seconds(4);
            p.peakPressureCn = 200 + pass;
            record.zones[0].passes.push_back(p);
            if (auto saved = db.value().sessions().save(uid, record); !saved) {
                std::fprintf(stderr, "save failed: %s\n", saved.error().message.c_str());
                return 1;
            }
            std::printf("%s %d\n", uid.c_str(), pass + 1);
            std::fflush(stdout);
        }
        record.outcome = SessionOutcome::Completed;
        (void)db.value().sessions().save(uid, record);
    }
    return 0;
}
