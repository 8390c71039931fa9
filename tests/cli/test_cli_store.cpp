// rollwise-cli's store commands, run as a user would: secrets on standard input, never on the
// command line; clear exit codes.
#include "../core/store_fixtures.h"
#include "../support/files.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/core/guard.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>

#include <sqlcipher/sqlite3.h>

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

Run cli(const QStringList& args, const std::string& input = {},
        const std::filesystem::path& workingDirectory = {}) {
    QProcess process;
    if (!workingDirectory.empty()) {
        process.setWorkingDirectory(QString::fromStdString(workingDirectory.string()));
    }
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
                    .sessions()
                    .save(std::string(name) + std::to_string(i), sampleSession(kT0 + Days(8 * i)))
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

TEST_CASE("The export's temporary file is created private, never opened for others",
          "[cli][export]") {
    // What the system call that creates the file asks for (strace; skipped without it).
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty()) {
        SKIP("strace is not installed");
    }
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 1);
    const auto log = dir.file("strace.log");
    QProcess process;
    process.start(strace, {"-f", "-e", "trace=open,openat", "-o", s(log), ROLLWISE_CLI, "export",
                           "--db", s(db), "--key-fd", "0", "--csv", s(dir.file("out.csv"))});
    process.write((kKeyA + "\n").data(), static_cast<qint64>(kKeyA.size() + 1));
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitCode() != 0 || !std::filesystem::exists(dir.file("out.csv"))) {
        SKIP("strace cannot trace here");
    }
    const auto bytes = readAll(log);
    const QString trace = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QString creation;
    for (const auto& line : trace.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral(".out.csv.part-"))) {
            creation = line;
        }
    }
    INFO(creation.toStdString());
    REQUIRE_FALSE(creation.isEmpty());
    CHECK(creation.contains(QStringLiteral("O_CREAT")));
    CHECK(creation.contains(QStringLiteral("O_EXCL")));
    CHECK(creation.contains(QStringLiteral(", 0600)")));
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

TEST_CASE("A wrong key prints no SQLCipher log lines", "[cli][keys]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 1);
    const auto wrong = cli({"sessions", "--db", s(db), "--key-fd", "0"}, kKeyB + "\n");
    CHECK(wrong.exitCode == 4);
    CHECK_FALSE(wrong.err.contains(QStringLiteral("hmac")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("ERROR CORE")));
    CHECK(wrong.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("export never writes over the journal or its files, however named", "[cli][export]") {
    TempDir dir;
    const auto db = makeJournal(dir, "j.db", kKeyA, 2);
    std::filesystem::create_directory(dir.path() / "sub");
    std::filesystem::create_symlink("j.db", dir.file("link.db"));
    std::filesystem::create_hard_link(db, dir.file("hard.db"));
    const auto before = readAll(db);
    for (const char* target : {"j.db", "./j.db", "sub/../j.db", "link.db", "hard.db", "j.db-wal",
                               "j.db-shm", "j.db-journal"}) {
        for (const char* format : {"--csv", "--json"}) {
            CAPTURE(target, format);
            const auto run = cli({"export", "--db", "j.db", "--key-fd", "0", format, target},
                                 kKeyA + "\n", dir.path());
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QStringLiteral("journal itself")));
            CHECK(readAll(db) == before);
            CHECK_FALSE(std::filesystem::exists(dir.file("j.db-wal")));
        }
    }
    const auto sessions = cli({"sessions", "--db", s(db), "--key-fd", "0"}, kKeyA + "\n");
    CHECK(sessions.exitCode == 0);
    CHECK(sessions.out.count(QLatin1Char('\n')) == 2);
}

TEST_CASE("rekey while another program writes fails and keeps the old key", "[cli][keys]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 2);
    sqlite3* writer = nullptr;
    REQUIRE(sqlite3_open(db.string().c_str(), &writer) == SQLITE_OK);
    const std::string key = "x'" + kKeyA + "'";
    REQUIRE(sqlite3_key(writer, key.data(), static_cast<int>(key.size())) == SQLITE_OK);
    REQUIRE(sqlite3_exec(writer, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto run = cli({"rekey", "--db", s(db), "--key-fd", "0", "--new-passphrase-fd", "0"},
                         kKeyA + "\nnew passphrase\n");
    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("old key still opens")));
    CHECK_FALSE(run.out.contains(QStringLiteral("new key")));
    CHECK(cli({"sessions", "--db", s(db), "--key-fd", "0"}, kKeyA + "\n").exitCode == 0);
    CHECK(cli({"sessions", "--db", s(db), "--passphrase-fd", "0"}, "new passphrase\n").exitCode ==
          4);
    CHECK(cli({"verify", s(db), "--key-fd", "0"}, kKeyA + "\n").exitCode == 0);
}

TEST_CASE("verify sees a rekey still in the WAL, and leaves no files behind", "[cli][verify]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 3);
    const auto copy = dir.path() / "copy";
    std::filesystem::create_directory(copy);
    {
        // The journal as a kill right after the rekey's commit leaves it.
        auto open = Database::open(db, *SecretKey::fromHex(kKeyA));
        REQUIRE(open.ok());
        REQUIRE(open.value().rekey(DatabaseKey::raw(*SecretKey::fromHex(kKeyB))).ok());
        for (const char* name : {"journal.db", "journal.db-wal"}) {
            std::filesystem::copy_file(dir.file(name), copy / name);
        }
    }
    const auto files = listDir(copy);
    const auto dbBytes = readAll(copy / "journal.db");
    const auto walBytes = readAll(copy / "journal.db-wal");
    const auto run = cli({"verify", s(copy / "journal.db"), "--key-fd", "0"}, kKeyB + "\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ok: database, schema 3, 3 sessions")));
    CHECK(listDir(copy) == files);
    CHECK(readAll(copy / "journal.db") == dbBytes);
    CHECK(readAll(copy / "journal.db-wal") == walBytes);

    // A closed journal: no -wal or -shm appears.
    const auto closed = listDir(dir.path());
    CHECK(cli({"verify", s(db), "--key-fd", "0"}, kKeyB + "\n").exitCode == 0);
    CHECK(listDir(dir.path()) == closed);
}

TEST_CASE("A --db that looks like a URI is a file name", "[cli][backup]") {
    TempDir dir;
    const auto phone = makeJournal(dir, "phone.db", kKeyA, 2);
    const auto backupFile = dir.file("phone.rwbackup");
    REQUIRE(cli({"backup", "--db", s(phone), "--key-fd", "0", "--to", s(backupFile),
                 "--backup-passphrase-fd", "0"},
                kKeyA + "\nbackup passphrase\n")
                .exitCode == 0);
    const QString uriLike = QStringLiteral("file:x.db?mode=memory");
    const auto run = cli({"restore", "--db", uriLike, "--key-fd", "0", "--from", s(backupFile),
                          "--backup-passphrase-fd", "0"},
                         kKeyB + "\nbackup passphrase\n", dir.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("merged: 2 sessions")));
    REQUIRE(std::filesystem::exists(dir.file("file:x.db?mode=memory")));
    const auto listed =
        cli({"sessions", "--db", uriLike, "--key-fd", "0"}, kKeyB + "\n", dir.path());
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.count(QLatin1Char('\n')) == 2);
}

TEST_CASE("A failed restore into a new journal leaves no journal behind", "[cli][backup]") {
    TempDir dir;
    const auto phone = makeJournal(dir, "phone.db", kKeyA, 1);
    const auto backupFile = dir.file("phone.rwbackup");
    REQUIRE(cli({"backup", "--db", s(phone), "--key-fd", "0", "--to", s(backupFile),
                 "--backup-passphrase-fd", "0"},
                kKeyA + "\nbackup passphrase\n")
                .exitCode == 0);
    const auto files = listDir(dir.path());
    auto run = cli({"restore", "--db", s(dir.file("new.db")), "--key-fd", "0", "--from",
                    s(backupFile), "--backup-passphrase-fd", "0"},
                   kKeyB + "\nwrong passphrase\n");
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
    CHECK(listDir(dir.path()) == files);
    run = cli({"restore", "--db", s(dir.file("new.db")), "--key-fd", "0", "--from",
               s(dir.file("missing.rwbackup")), "--backup-passphrase-fd", "0"},
              kKeyB + "\nbackup passphrase\n");
    CHECK(run.exitCode == 3);
    CHECK(listDir(dir.path()) == files);
}

TEST_CASE("A passphrase line ending in CR LF is the passphrase without the CR", "[cli][keys]") {
    TempDir dir;
    const auto db = makeJournal(dir, "journal.db", kKeyA, 1);
    REQUIRE(cli({"rekey", "--db", s(db), "--key-fd", "0", "--new-passphrase-fd", "0"},
                kKeyA + "\r\nnew passphrase\r\n")
                .exitCode == 0);
    CHECK(cli({"sessions", "--db", s(db), "--passphrase-fd", "0"}, "new passphrase\n").exitCode ==
          0);
    CHECK(cli({"sessions", "--db", s(db), "--passphrase-fd", "0"}, "new passphrase\r\n").exitCode ==
          0);
}

TEST_CASE("init creates a journal, and never replaces a file", "[cli][init]") {
    TempDir dir;
    const auto db = dir.file("new.db");
    auto run = cli({"init", "--db", s(db), "--new-passphrase-fd", "0"}, "short\n");
    CHECK(run.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(db));
    run = cli({"init", "--db", s(db), "--new-passphrase-fd", "0"}, "a new passphrase\n");
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("created")));
    CHECK(cli({"sessions", "--db", s(db), "--passphrase-fd", "0"}, "a new passphrase\n").exitCode ==
          0);
    CHECK(cli({"verify", s(db), "--passphrase-fd", "0"}, "a new passphrase\n").exitCode == 0);
    const auto before = readAll(db);
    run = cli({"init", "--db", s(db), "--new-key-fd", "0"}, kKeyA + "\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("already exists")));
    CHECK(readAll(db) == before);
}

TEST_CASE("export then import round-trips, and import never overwrites", "[cli][import]") {
    TempDir dir;
    const auto source = makeJournal(dir, "source.db", kKeyA, 3);
    {
        auto db = Database::open(source, *SecretKey::fromHex(kKeyA));
        REQUIRE(db.ok());
        Answer answer;
        answer.question = Question::IsotretinoinStopped;
        answer.yes = true;
        answer.answeredAt = kT0 + Days(2);
        answer.since = kT0 - Days(200);
        REQUIRE(db.value().answers().save(answer).ok());
        ReactionEntry reaction;
        reaction.sessionUid = "source.db1";
        reaction.zone = Zone::Chin;
        reaction.loggedAt = kT0 + Days(9);
        reaction.reaction = Reaction::MildRedness;
        reaction.healedAt = kT0 + Days(11);
        REQUIRE(db.value().answers().logReaction(reaction).ok());
        // A smart-roller session not placed yet: it must stay "everywhere" through the trip.
        SessionRecord device = sampleSession(kT0 + Days(30), {}, 0);
        device.zonesPending = true;
        device.reportedPasses = 14;
        device.device = DeviceOrigin{"roller/1", 1, kT0 + Days(30), true};
        for (int i = 0; i < 5; ++i) {
            PassRecord p;
            p.start = kT0 + Days(30) + Seconds(5 * i);
            p.duration = Seconds(3);
            p.source = PassSource::Device;
            p.peakPressureCn = 300 + i;
            device.unassignedPasses.push_back(p);
        }
        REQUIRE(db.value().sessions().save("device:roller/1#1", device).ok());
    }
    const auto exportOf = [&](const std::filesystem::path& db, const char* format,
                              const char* name) {
        const auto out = dir.file(name);
        const auto run =
            cli({"export", "--db", s(db), "--key-fd", "0", format, s(out)}, kKeyB + "\n");
        const auto bytes = readAll(out);
        return std::string(bytes.begin(), bytes.end()) + (run.exitCode == 0 ? "" : "failed");
    };
    const auto sourceJson = [&] {
        const auto out = dir.file("source.json");
        REQUIRE(cli({"export", "--db", s(source), "--key-fd", "0", "--json", s(out)}, kKeyA + "\n")
                    .exitCode == 0);
        const auto bytes = readAll(out);
        return std::string(bytes.begin(), bytes.end());
    }();
    const auto sourceCsv = [&] {
        const auto out = dir.file("source.csv");
        REQUIRE(cli({"export", "--db", s(source), "--key-fd", "0", "--csv", s(out)}, kKeyA + "\n")
                    .exitCode == 0);
        const auto bytes = readAll(out);
        return std::string(bytes.begin(), bytes.end());
    }();
    REQUIRE(sourceJson.find("isotretinoin") != std::string::npos);
    REQUIRE(sourceJson.find("mild-redness") != std::string::npos);

    for (const char* format : {"--json", "--csv"}) {
        CAPTURE(format);
        const bool json = std::string_view(format) == "--json";
        const auto target = dir.file(json ? "from-json.db" : "from-csv.db");
        REQUIRE(cli({"init", "--db", s(target), "--new-key-fd", "0"}, kKeyB + "\n").exitCode == 0);
        const auto input = s(dir.file(json ? "source.json" : "source.csv"));
        auto run = cli({"import", "--db", s(target), "--key-fd", "0", format, input}, kKeyB + "\n");
        CHECK(run.exitCode == 0);
        // The device's own count of 14 travels in JSON; CSV keeps the 5 passes it lists.
        CHECK(run.out.contains(json ? QStringLiteral("imported: 4 sessions (32 passes) added")
                                    : QStringLiteral("imported: 4 sessions (23 passes) added")));
        CHECK(exportOf(target, format, json ? "again.json" : "again.csv") ==
              (json ? sourceJson : sourceCsv));
        {
            // The unplaced device session still closes every zone, face to scalp.
            auto imported = Database::open(target, *SecretKey::fromHex(kKeyB));
            REQUIRE(imported.ok());
            const auto history = imported.value().sessions().guardHistory().value();
            for (const Zone zone : {Zone::Forehead, Zone::Abdomen, Zone::ScalpCrown}) {
                CHECK(healingWindow(zone, history, Limits{}).notBefore == kT0 + Days(30) + Days(7));
            }
            CHECK(imported.value().sessions().pendingDeviceSessions().value().size() == 1);
        }
        // Twice: nothing new, nothing overwritten.
        run = cli({"import", "--db", s(target), "--key-fd", "0", format, input}, kKeyB + "\n");
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("0 sessions (0 passes) added, 4 already here")));
        CHECK(exportOf(target, format, json ? "again2.json" : "again2.csv") ==
              (json ? sourceJson : sourceCsv));
    }

    // A session already present is kept as it is, even when the import says otherwise.
    std::string changed = sourceJson;
    const auto at = changed.find("\"needleUm\": 500");
    REQUIRE(at != std::string::npos);
    changed.replace(at, 15, "\"needleUm\": 250");
    writeAll(dir.file("changed.json"), changed);
    const auto run = cli({"import", "--db", s(dir.file("from-json.db")), "--key-fd", "0", "--json",
                          s(dir.file("changed.json"))},
                         kKeyB + "\n");
    CHECK(run.exitCode == 0);
    CHECK(exportOf(dir.file("from-json.db"), "--json", "after-changed.json") == sourceJson);

    // Not an export: refused, with where it went wrong, nothing changed.
    writeAll(dir.file("bad.json"), "{\"format\": \"rollwise-export\", \"version\": 1, "
                                   "\"sessions\": [{\"uid\": \"x\"}]}");
    const auto bad = cli({"import", "--db", s(dir.file("from-json.db")), "--key-fd", "0", "--json",
                          s(dir.file("bad.json"))},
                         kKeyB + "\n");
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("$.sessions[0].start")));
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
        REQUIRE(db.value().sessions().save("device:roller/1#1", yesterday).ok());
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
        REQUIRE(db.value().settings().set("limits.interval-multiplier", "lots").ok());
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
