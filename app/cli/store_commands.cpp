// rollwise-cli's store commands: init, sessions, export, backup, restore, verify, rekey, and the
// dispatch of every command that opens a journal.
#include "store_commands.h"

#include "command_support.h"

#include <rollwise/core/database.h>
#include <rollwise/core/journal.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/text.h>
#include <rollwise/version.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <localizer.h>
#include <map>
#include <optional>

namespace rollwise::cli {
namespace {

int sessions(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const int limit = args.take(QStringLiteral("--limit")).value_or(QStringLiteral("90")).toInt();
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    args.done();
    if (!db) {
        return exitCode;
    }
    auto history = db->sessions().history(limit > 0 ? limit : 90);
    if (!history) {
        return report(err, history.error());
    }
    for (const auto& s : history.value()) {
        out << platform::toQString(formatDateTime(s.start)) << "  "
            << platform::toQString(toString(s.goal)) << "  "
            << platform::toQString(toString(s.family)) << "  "
            << text::Localizer::millimetres(s.needleLengthUm) << "  "
            << (s.outcome ? platform::toQString(toString(*s.outcome))
                          : QStringLiteral("unfinished"))
            << "  " << s.totalPasses << " passes:";
        for (const auto& [zone, passes] : s.zonePasses) {
            out << ' ' << platform::toQString(zoneInfo(zone).key) << '=' << passes;
        }
        out << "  " << platform::toQString(s.uid) << '\n';
    }
    return kOk;
}

int exportCommand(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const auto csv = args.take(QStringLiteral("--csv"));
    const auto json = args.take(QStringLiteral("--json"));
    if (!csv && !json) {
        throw UsageError{QStringLiteral("export needs --csv FILE or --json FILE")};
    }
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    args.done();
    if (!db) {
        return exitCode;
    }
    if (csv) {
        if (auto written = db->backups().exportCsv(csv->toStdString()); !written) {
            return report(err, written.error());
        }
        out << "exported " << *csv << " (plain text: it is not encrypted)\n";
    }
    if (json) {
        if (auto written = db->backups().exportJson(json->toStdString()); !written) {
            return report(err, written.error());
        }
        out << "exported " << *json << " (plain text: it is not encrypted)\n";
    }
    return kOk;
}

int backup(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const auto to = args.take(QStringLiteral("--to"));
    if (!to) {
        throw UsageError{QStringLiteral("backup needs --to FILE")};
    }
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    auto backupKey = readKey(args, reader, QStringLiteral("backup-"));
    args.done();
    if (!db) {
        return exitCode;
    }
    if (!backupKey) {
        throw UsageError{QStringLiteral(
            "the backup needs its own key: --backup-passphrase-fd N or --backup-key-fd N")};
    }
    if (auto written = db->backups().write(to->toStdString(), *backupKey, ROLLWISE_VERSION, now());
        !written) {
        return report(err, written.error());
    }
    out << "backup written to " << *to << '\n';
    return kOk;
}

int restore(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const auto from = args.take(QStringLiteral("--from"));
    const bool previewOnly = args.flag(QStringLiteral("--preview"));
    if (!from) {
        throw UsageError{QStringLiteral("restore needs --from FILE")};
    }
    int exitCode = kOk;
    std::optional<std::filesystem::path> created;
    auto db = openDatabase(args, reader, err, exitCode, true, &created);
    // A journal this command created is removed again if the restore does not happen, so that
    // "nothing was changed" stays true.
    const auto removeCreated = [&] {
        if (created) {
            db.reset();
            std::error_code ec;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                std::filesystem::remove(created->string() + suffix, ec);
            }
        }
    };
    std::optional<DatabaseKey> backupKey;
    try {
        backupKey = readKey(args, reader, QStringLiteral("backup-"));
        args.done();
        if (db && !backupKey) {
            throw UsageError{QStringLiteral(
                "the backup's key is needed: --backup-passphrase-fd N or --backup-key-fd N")};
        }
    } catch (const UsageError&) {
        removeCreated();
        throw;
    }
    if (!db) {
        removeCreated();
        return exitCode;
    }
    auto preview = db->backups().preview(from->toStdString(), *backupKey);
    if (!preview) {
        removeCreated();
        return report(err, preview.error());
    }
    const auto& p = preview.value();
    out << "backup made " << platform::toQString(p.createdAt) << " by Rollwise "
        << platform::toQString(p.appVersion) << ": " << p.sessions << " sessions";
    if (p.firstSession) {
        out << " from " << platform::toQString(formatDate(*p.firstSession)) << " to "
            << platform::toQString(formatDate(*p.lastSession));
    }
    out << "\nnew here: " << p.newSessions << " sessions, " << p.newDeviceRecords
        << " device records, " << p.newAnswers << " answers, " << p.newReactions << " reactions, "
        << p.newHeads << " heads\n";
    if (previewOnly) {
        removeCreated(); // a preview changes nothing, not even by creating a journal
        return kOk;
    }
    auto merged = db->backups().merge(from->toStdString(), *backupKey);
    if (!merged) {
        removeCreated();
        return report(err, merged.error());
    }
    out << "merged: " << merged.value().sessionsAdded << " sessions (" << merged.value().passesAdded
        << " passes) added; nothing was overwritten\n";
    return kOk;
}

int verify(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const QString file = args.positional();
    if (file.isEmpty()) {
        throw UsageError{QStringLiteral("verify needs a FILE")};
    }
    auto key = readKey(args, reader, QString());
    args.done();
    if (!key) {
        platform::KeychainSecretStore store;
        auto stored = store.readKey(kDatabaseKeyEntry);
        if (!stored) {
            throw UsageError{
                QStringLiteral("give the file's key: --passphrase-fd N or --key-fd N")};
        }
        key = DatabaseKey::raw(std::move(stored).value());
    }
    auto report = Database::verify(file.toStdString(), *key);
    if (!report) {
        err << "rollwise-cli: " << file << ": " << platform::toQString(report.error().message)
            << '\n';
        return exitCodeFor(report.error().code);
    }
    out << file << ": ok: " << (report.value().isBackup ? "backup" : "database") << ", schema "
        << report.value().schemaVersion << ", " << report.value().sessions
        << " sessions, SQLCipher " << platform::toQString(report.value().cipherVersion)
        << ", every page authenticated\n";
    return kOk;
}

int rekey(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const bool toKeychain = args.flag(QStringLiteral("--new-keychain"));
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    auto newKey = readKey(args, reader, QStringLiteral("new-"));
    args.done();
    if (!db) {
        return exitCode;
    }
    if (toKeychain == newKey.has_value()) {
        throw UsageError{QStringLiteral(
            "give exactly one of --new-passphrase-fd N, --new-key-fd N, --new-keychain")};
    }
    if (toKeychain) {
        platform::KeychainSecretStore store;
        if (auto switched = switchToKeychain(*db, store, platform::generateKey); !switched) {
            err << "rollwise-cli: " << platform::toQString(switched.error().message) << '\n';
            return kFailed;
        }
    } else if (auto rekeyed = db->rekey(*newKey); !rekeyed) {
        return report(err, rekeyed.error());
    }
    out << "the database has its new key; the old one no longer opens it\n";
    return kOk;
}

void removeDatabaseFiles(const std::filesystem::path& file) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(file.string() + suffix, ec);
    }
}

int init(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const bool toKeychain = args.flag(QStringLiteral("--new-keychain"));
    const auto path = args.take(QStringLiteral("--db"));
    auto newKey = readKey(args, reader, QStringLiteral("new-"));
    args.done();
    if (!path) {
        throw UsageError{QStringLiteral("--db FILE is required")};
    }
    if (toKeychain == newKey.has_value()) {
        throw UsageError{QStringLiteral(
            "give exactly one of --new-passphrase-fd N, --new-key-fd N, --new-keychain")};
    }
    if (newKey && newKey->kind() == DatabaseKey::Kind::Passphrase &&
        passphraseProblem(newKey->passphraseText()) == PassphraseProblem::TooShort) {
        throw UsageError{QStringLiteral("choose a passphrase of at least %1 characters")
                             .arg(kMinPassphraseCodePoints)};
    }
    const std::filesystem::path file = path->toStdString();
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(file, ec))) {
        err << "rollwise-cli: a file already exists at " << *path
            << "; init never replaces a file. Nothing was changed.\n";
        return kUsage;
    }
    if (toKeychain) {
        platform::KeychainSecretStore store;
        auto db = openWithKeychain(file, store, platform::generateKey);
        if (!db) {
            removeDatabaseFiles(file);
            err << "rollwise-cli: " << platform::toQString(db.error().message) << '\n';
            return db.error().database ? exitCodeFor(db.error().database->code) : kKeyError;
        }
        out << "created " << *path << " (encrypted, schema " << db.value().schemaVersion()
            << "), opened by the key in the system keychain\n";
        return kOk;
    }
    auto db = Database::open(file, *newKey);
    if (!db) {
        removeDatabaseFiles(file);
        return report(err, db.error());
    }
    out << "created " << *path << " (encrypted, schema " << db.value().schemaVersion() << ")\n";
    return kOk;
}

} // namespace

bool isStoreCommand(const QString& command) {
    static const QStringList commands{
        QStringLiteral("sessions"), QStringLiteral("export"), QStringLiteral("backup"),
        QStringLiteral("restore"),  QStringLiteral("verify"), QStringLiteral("rekey"),
        QStringLiteral("init"),     QStringLiteral("import"), QStringLiteral("calendar")};
    return commands.contains(command);
}

QString storeUsage() {
    return QStringLiteral(
        "       rollwise-cli init     --db FILE (--new-passphrase-fd N | --new-key-fd N | "
        "--new-keychain)\n"
        "       rollwise-cli sessions --db FILE [KEY] [--limit N]\n"
        "       rollwise-cli export   --db FILE [KEY] (--csv OUT | --json OUT)\n"
        "       rollwise-cli import   --db FILE [KEY] (--csv IN | --json IN)\n"
        "       rollwise-cli backup   --db FILE [KEY] --to OUT BACKUP-KEY\n"
        "       rollwise-cli restore  --db FILE [KEY] --from IN BACKUP-KEY [--preview]\n"
        "       rollwise-cli verify   FILE [KEY]\n"
        "       rollwise-cli calendar --db FILE [KEY] --out FILE.ics [--details] "
        "[--time-zone IANA] [--at TIME]\n"
        "       rollwise-cli rekey    --db FILE [KEY] (--new-passphrase-fd N | --new-key-fd N | "
        "--new-keychain)\n"
        "  KEY:        --passphrase-fd N | --key-fd N   (default: the system keychain; 0 is "
        "stdin)\n"
        "  BACKUP-KEY: --backup-passphrase-fd N | --backup-key-fd N\n");
}

int runStoreCommand(const QString& command, const QStringList& arguments, QTextStream& out,
                    QTextStream& err) {
    Args args(arguments);
    SecretReader reader;
    try {
        if (command == QStringLiteral("sessions")) {
            return sessions(args, reader, out, err);
        }
        if (command == QStringLiteral("export")) {
            return exportCommand(args, reader, out, err);
        }
        if (command == QStringLiteral("backup")) {
            return backup(args, reader, out, err);
        }
        if (command == QStringLiteral("restore")) {
            return restore(args, reader, out, err);
        }
        if (command == QStringLiteral("verify")) {
            return verify(args, reader, out, err);
        }
        if (command == QStringLiteral("init")) {
            return init(args, reader, out, err);
        }
        if (command == QStringLiteral("import")) {
            return importCommand(args, reader, out, err);
        }
        if (command == QStringLiteral("calendar")) {
            return calendarCommand(args, reader, out, err);
        }
        return rekey(args, reader, out, err);
    } catch (const UsageError& usage) {
        err << "rollwise-cli " << command << ": " << usage.message << "\nusage:\n" << storeUsage();
        return kUsage;
    }
}

} // namespace rollwise::cli
