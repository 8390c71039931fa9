// Writes the journal the startup benchmark opens: `sessions` sessions, one a day back from now,
// in DIR/journal.db, with its key in the system keychain, as the app would have left it.
#include <rollwise/core/database.h>
#include <rollwise/core/journal.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>

#include <QCoreApplication>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace rollwise;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: startup_fixture DIR SESSIONS\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int count = std::stoi(argv[2]);
    std::filesystem::create_directories(dir);
    QCoreApplication::setApplicationName(QStringLiteral("Rollwise"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollwise"));
    platform::KeychainSecretStore keychain;
    auto db = openWithKeychain(dir / "journal.db", keychain, platform::generateKey);
    if (!db) {
        std::fprintf(stderr, "startup_fixture: %s\n", db.error().message.c_str());
        return 1;
    }
    const TimePoint now = std::chrono::floor<Seconds>(std::chrono::system_clock::now());
    std::vector<std::pair<std::string, SessionRecord>> sessions;
    const std::array zones{Zone::Forehead, Zone::LeftCheek, Zone::RightCheek, Zone::Chin};
    for (int i = 0; i < count; ++i) {
        SessionRecord r;
        r.start = now - Days(count - i);
        r.end = r.start + Minutes(12);
        r.family = DeviceFamily::PlainRoller;
        r.needleLengthUm = 250;
        r.outcome = SessionOutcome::Completed;
        for (const Zone zone : zones) {
            ZoneRecord z;
            z.zone = zone;
            for (int p = 0; p < 6; ++p) {
                PassRecord pass;
                pass.direction = p % 2 == 0 ? Direction::Horizontal : Direction::Vertical;
                pass.start = r.start + Seconds(10 * p);
                pass.duration = Seconds(4);
                z.passes.push_back(pass);
            }
            r.zones.push_back(z);
        }
        sessions.emplace_back("bench-" + std::to_string(i), std::move(r));
    }
    if (auto saved = db.value().sessions().saveAll(sessions); !saved) {
        std::fprintf(stderr, "startup_fixture: %s\n", saved.error().message.c_str());
        return 1;
    }
    std::printf("%d sessions written\n", count);
    return 0;
}
