// A process that changes a journal's key the way the app's "use a passphrase instead" does:
// opens it with the raw key, prints "ready", rekeys to the passphrase, prints "rekeyed". The kill
// test (test_kill_during_write.cpp) kills it at random moments in between.
#include <rollwise/core/database.h>

#include <cstdio>
#include <string>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: rekey_writer DB KEYHEX PASSPHRASE\n");
        return 2;
    }
    using namespace rollwise;
    auto key = SecretKey::fromHex(argv[2]);
    auto db = Database::open(argv[1], DatabaseKey::raw(std::move(*key)));
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", db.error().message.c_str());
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    std::string passphrase = argv[3];
    if (auto rekeyed = db.value().rekey(DatabaseKey::passphrase(Passphrase::adopt(passphrase)));
        !rekeyed) {
        std::fprintf(stderr, "rekey failed: %s\n", rekeyed.error().message.c_str());
        return 1;
    }
    std::printf("rekeyed\n");
    std::fflush(stdout);
    return 0;
}
