// rollwise-cli's store commands, run as a user would: secrets on standard input, never on the
// command line; clear exit codes.
#include "../core/store_fixtures.h"
#include "../support/files.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const std::string kKeyA(64, 'a');
const std::string kKeyB(64, 'b');
const TimePoint kT0 = TimePoint(std::chrono::sys_days(std::chrono::year(2026) / 9 / 1));

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const std::string& input = {}) {
    QProcess process;
    process.start(QStringLiteral(ROLLWISE_CLI), args);
    process.write(input.data(), static_cast<qint64>(input.size()));
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QString s(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

std::filesystem::path makeJournal(const TempDir& dir, const char* name, const std::string& keyHex,
                                  int sessions) {
    const auto path = dir.file(name);
    auto db = Database::open(path, *SecretKey::fromHex(keyHex));
    REQUIRE(db.ok());
    for (int i = 0; i < sessions; ++i) {
        REQUIRE(db.value()
                    .saveSession(std::string(name) + std::to_string(i),
                                 sampleSession(kT0 + Days(8 * i)))
                    .ok());
    }
    return path;
}

} // namespace

TEST_CASE("sessions lists the journal with the key from standard input", "[cli]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 2);
    const auto run = cli({"sessions", "--db", s(db), "--key-fd", "0"}, kKeyA + "\n");
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.count(QLatin1Char('\n')) == 2);
    CHECK(run.out.startsWith(QStringLiteral("2026-09-09 00:00 UTC  look-of-scars  smart-roller  "
                                            "0.5 mm  completed  6 passes: forehead=3 chin=3")));

    const auto wrong = cli({"sessions", "--db", s(db), "--key-fd", "0"}, kKeyB + "\n");
    CHECK(wrong.exitCode == 4);
    CHECK(wrong.err.contains(QStringLiteral("does not open this database")));
    CHECK(wrong.out.isEmpty());
}

TEST_CASE("Secrets are never taken from the command line", "[cli]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 1);
    const auto run = cli({"sessions", "--db", s(db), "--passphrase", "hunter22"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unexpected argument")));
    const auto noKey = cli({"sessions", "--db", s(db), "--key-fd", "0"}, "not a key\n");
    CHECK(noKey.exitCode == 2);
    CHECK(noKey.err.contains(QStringLiteral("does not hold a key")));
    CHECK_FALSE(noKey.err.contains(QStringLiteral("not a key")));
}

TEST_CASE("backup, verify and restore with preview, then merge without duplicates",
          "[cli][backup]") {
    TempDir dir;
    const auto phone = makeJournal(dir, "phone.db", kKeyA, 3);
    const auto desktop = makeJournal(dir, "desktop.db", kKeyB, 1);
    const auto backupFile = dir.file("phone.rwbackup");

    // The database key, then the backup passphrase, one line each on standard input.
    auto run = cli({"backup", "--db", s(phone), "--key-fd", "0", "--to", s(backupFile),
                    "--backup-passphrase-fd", "0"},
                   kKeyA + "\nbackup passphrase\n");
    REQUIRE(run.exitCode == 0);
    REQUIRE(std::filesystem::exists(backupFile));

    run = cli({"verify", s(backupFile), "--passphrase-fd", "0"}, "backup passphrase\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ok: backup, schema 3, 3 sessions")));

    run = cli({"restore", "--db", s(desktop), "--key-fd", "0", "--from", s(backupFile),
               "--backup-passphrase-fd", "0", "--preview"},
              kKeyB + "\nbackup passphrase\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("3 sessions from 2026-09-01 to 2026-09-17")));
    CHECK(run.out.contains(QStringLiteral("new here: 3 sessions")));
    CHECK_FALSE(run.out.contains(QStringLiteral("merged")));

    run = cli({"restore", "--db", s(desktop), "--key-fd", "0", "--from", s(backupFile),
               "--backup-passphrase-fd", "0"},
              kKeyB + "\nbackup passphrase\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(
        QStringLiteral("merged: 3 sessions (18 passes) added; nothing was overwritten")));
    run = cli({"restore", "--db", s(desktop), "--key-fd", "0", "--from", s(backupFile),
               "--backup-passphrase-fd", "0"},
              kKeyB + "\nbackup passphrase\n");
    CHECK(run.out.contains(QStringLiteral("merged: 0 sessions")));
    CHECK(cli({"sessions", "--db", s(desktop), "--key-fd", "0"}, kKeyB + "\n")
              .out.count(QLatin1Char('\n')) == 4);

    // The wrong backup passphrase: its own exit code, nothing changed.
    run = cli({"restore", "--db", s(desktop), "--key-fd", "0", "--from", s(backupFile),
               "--backup-passphrase-fd", "0"},
              kKeyB + "\nwrong\n");
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("does not open this backup")));
}

TEST_CASE("verify finds damage; missing files and newer files have their own codes", "[cli]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 20);
    CHECK(cli({"verify", s(db), "--key-fd", "0"}, kKeyA + "\n").exitCode == 0);
    auto bytes = readAll(db);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    writeAll(db, std::string(bytes.begin(), bytes.end()));
    const auto damaged = cli({"verify", s(db), "--key-fd", "0"}, kKeyA + "\n");
    CHECK(damaged.exitCode == 5);
    CHECK(damaged.err.contains(QStringLiteral("damaged")));
    CHECK(cli({"sessions", "--db", s(dir.file("missing.db")), "--key-fd", "0"}, kKeyA + "\n")
              .exitCode == 3);
}

TEST_CASE("export writes CSV and JSON and says they are plain text", "[cli][export]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 2);
    const auto run = cli({"export", "--db", s(db), "--key-fd", "0", "--csv", s(dir.file("out.csv")),
                          "--json", s(dir.file("out.json"))},
                         kKeyA + "\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("not encrypted")));
    CHECK(readAll(dir.file("out.csv")).size() > 100);
    CHECK(readAll(dir.file("out.json")).size() > 100);
    const auto readOnly =
        cli({"export", "--db", s(db), "--key-fd", "0", "--csv", s(dir.path() / "no" / "x.csv")},
            kKeyA + "\n");
    CHECK(readOnly.exitCode == 3);
}

TEST_CASE("rekey to a passphrase: the old key stops working", "[cli][keys]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 1);
    auto run = cli({"rekey", "--db", s(db), "--key-fd", "0", "--new-passphrase-fd", "0"},
                   kKeyA + "\nnew passphrase\n");
    CHECK(run.exitCode == 0);
    CHECK(cli({"sessions", "--db", s(db), "--key-fd", "0"}, kKeyA + "\n").exitCode == 4);
    CHECK(cli({"sessions", "--db", s(db), "--passphrase-fd", "0"}, "new passphrase\n").exitCode ==
          0);
}

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("check --db asks the guard about a real journal, device sessions included",
          "[cli][guard]") {
    TempDir dir;
    const auto path = dir.file("journal.db");
    const TimePoint now = TimePoint(std::chrono::floor<Seconds>(std::chrono::system_clock::now()));
    {
        auto db = Database::open(path, *SecretKey::fromHex(kKeyA));
        REQUIRE(db.ok());
        // Yesterday's smart-roller session, unplaced: it closes every zone.
        auto yesterday = sampleSession(now - Days(1), {}, 0);
        yesterday.zonesPending = true;
        yesterday.reportedPasses = 20;
        yesterday.device = DeviceOrigin{"roller/1", 1, now - Days(1), true};
        REQUIRE(db.value().saveSession("device:roller/1#1", yesterday).ok());
    }
    const auto run =
        cli({QStringLiteral("check"), QStringLiteral("--db"), s(path), QStringLiteral("--key-fd"),
             QStringLiteral("0"), QStringLiteral("--zones"), QStringLiteral("forehead,abdomen"),
             QStringLiteral("--needle-mm"), QStringLiteral("0.5")},
            kKeyA + "\n");
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const auto zones =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("zones")).toArray();
    REQUIRE(zones.size() == 2);
    for (const auto& zone : zones) {
        INFO(zone.toObject().value(QStringLiteral("zone")).toString().toStdString());
        bool healing = false;
        for (const auto& finding : zone.toObject().value(QStringLiteral("findings")).toArray()) {
            healing = healing || finding.toObject().value(QStringLiteral("rule")).toString() ==
                                     QStringLiteral("healing-interval");
        }
        CHECK(healing);
    }

    // A journal it cannot read blocks, with the reason, instead of allowing.
    {
        auto db = Database::open(path, *SecretKey::fromHex(kKeyA));
        REQUIRE(db.ok());
        REQUIRE(db.value().setSetting("limits.interval-multiplier", "lots").ok());
    }
    const auto blocked =
        cli({QStringLiteral("check"), QStringLiteral("--db"), s(path), QStringLiteral("--key-fd"),
             QStringLiteral("0"), QStringLiteral("--zones"), QStringLiteral("chin"),
             QStringLiteral("--needle-mm"), QStringLiteral("0.25")},
            kKeyA + "\n");
    CHECK(blocked.exitCode == 0);
    CHECK(blocked.out.contains(QStringLiteral("journal-unreadable")));
    CHECK(blocked.out.contains(QStringLiteral("\"decision\": \"block\"")));
}
