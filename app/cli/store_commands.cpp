#include "store_commands.h"

#include "calendar_export.h"
#include "export_reader.h"
#include "guard_json.h"

#include <rollwise/core/database.h>
#include <rollwise/core/journal.h>
#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/qt_time_zone.h>
#include <rollwise/platform/text.h>
#include <rollwise/version.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <cmath>
#include <fstream>
#include <iterator>
#include <localizer.h>
#include <map>
#include <optional>
#include <set>

#if defined(_WIN32)
#include <io.h>
#define ROLLWISE_READ _read
#else
#include <unistd.h>
#define ROLLWISE_READ ::read
#endif

namespace rollwise::cli {
namespace {

struct UsageError {
    QString message;
};

// Secrets are read a line at a time from file descriptors; several may share one descriptor.
class SecretReader {
public:
    std::optional<std::string> line(int fd) {
        std::string& buffer = m_pending[fd];
        for (;;) {
            if (const auto newline = buffer.find('\n'); newline != std::string::npos) {
                std::string result = buffer.substr(0, newline);
                secureWipe(buffer.data(), newline + 1);
                buffer.erase(0, newline + 1);
                return withoutCarriageReturn(std::move(result));
            }
            char chunk[256];
            const auto got = ROLLWISE_READ(fd, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                if (buffer.empty()) {
                    return std::nullopt;
                }
                std::string result = std::move(buffer);
                buffer.clear();
                return withoutCarriageReturn(std::move(result));
            }
            buffer.append(chunk, static_cast<std::size_t>(got));
            secureWipe(chunk, sizeof chunk);
        }
    }
    ~SecretReader() {
        for (auto& [fd, buffer] : m_pending) {
            secureWipe(buffer.data(), buffer.capacity());
        }
    }

private:
    // A line ending in CR LF (a file saved on Windows) ends before the CR, as it does in the
    // app's text fields: a CR is never part of a secret.
    static std::string withoutCarriageReturn(std::string line) {
        if (!line.empty() && line.back() == '\r') {
            line.back() = '\0';
            line.pop_back();
        }
        return line;
    }
    std::map<int, std::string> m_pending;
};

class Args {
public:
    explicit Args(QStringList args)
        : m_args(std::move(args)) {}
    // The value after `--name`, removed from the list.
    std::optional<QString> take(const QString& name) {
        const auto index = m_args.indexOf(name);
        if (index < 0) {
            return std::nullopt;
        }
        if (index + 1 >= m_args.size()) {
            throw UsageError{name + QStringLiteral(" needs a value")};
        }
        const QString value = m_args.at(index + 1);
        m_args.remove(index, 2);
        return value;
    }
    bool flag(const QString& name) { return m_args.removeAll(name) > 0; }
    std::optional<int> fd(const QString& name) {
        const auto value = take(name);
        if (!value) {
            return std::nullopt;
        }
        bool ok = false;
        const int fd = value->toInt(&ok);
        if (!ok || fd < 0) {
            throw UsageError{
                name + QStringLiteral(" wants a file descriptor number (0 is standard input)")};
        }
        return fd;
    }
    QString positional() {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (!m_args.at(i).startsWith(QStringLiteral("--"))) {
                return m_args.takeAt(i);
            }
        }
        return {};
    }
    void done() const {
        if (!m_args.isEmpty()) {
            throw UsageError{QStringLiteral("unexpected argument '%1'").arg(m_args.first())};
        }
    }

private:
    QStringList m_args;
};

// A key from --<prefix>passphrase-fd, --<prefix>key-fd, or (when allowed) the keychain.
std::optional<DatabaseKey> readKey(Args& args, SecretReader& reader, const QString& prefix) {
    const auto passphraseFd = args.fd(QStringLiteral("--%1passphrase-fd").arg(prefix));
    const auto keyFd = args.fd(QStringLiteral("--%1key-fd").arg(prefix));
    if (passphraseFd && keyFd) {
        throw UsageError{QStringLiteral("give a passphrase or a key, not both")};
    }
    if (passphraseFd) {
        auto line = reader.line(*passphraseFd);
        if (!line || line->empty()) {
            throw UsageError{
                QStringLiteral("no passphrase on file descriptor %1").arg(*passphraseFd)};
        }
        return DatabaseKey::passphrase(Passphrase::adopt(*line));
    }
    if (keyFd) {
        auto line = reader.line(*keyFd);
        auto key = line ? parseRecoveryCode(*line) : std::nullopt;
        if (line) {
            secureWipe(line->data(), line->size());
        }
        if (!key) {
            throw UsageError{QStringLiteral("file descriptor %1 does not hold a key (64 hex digits "
                                            "or a recovery code)")
                                 .arg(*keyFd)};
        }
        return DatabaseKey::raw(std::move(*key));
    }
    return std::nullopt;
}

int exitCodeFor(DatabaseErrorCode code) {
    switch (code) {
    case DatabaseErrorCode::NoKey:
    case DatabaseErrorCode::WrongKey:
        return kKeyError;
    case DatabaseErrorCode::NotEncrypted:
    case DatabaseErrorCode::Corrupt:
    case DatabaseErrorCode::NotABackup:
    case DatabaseErrorCode::CipherMissing:
        return kDamaged;
    case DatabaseErrorCode::NewerThanApp:
        return kTooNew;
    case DatabaseErrorCode::CannotOpen:
    case DatabaseErrorCode::ReadFailed:
    case DatabaseErrorCode::NotFound:
        return kFileError;
    case DatabaseErrorCode::InvalidArgument:
        return kUsage;
    case DatabaseErrorCode::WriteFailed:
    case DatabaseErrorCode::DiskFull:
    case DatabaseErrorCode::ReadOnly:
        return kFailed;
    }
    return kFailed;
}

int report(QTextStream& err, const DatabaseError& error) {
    err << "rollwise-cli: " << platform::toQString(error.message) << '\n';
    return exitCodeFor(error.code);
}

// Opens the database named by --db with the key given, or the keychain's.
// With `create`, `created` is set when there was no file before (the command then removes it
// again if it fails).
std::optional<Database> openDatabase(Args& args, SecretReader& reader, QTextStream& err,
                                     int& exitCode, bool create = false,
                                     std::optional<std::filesystem::path>* created = nullptr) {
    const auto path = args.take(QStringLiteral("--db"));
    if (!path) {
        throw UsageError{QStringLiteral("--db FILE is required")};
    }
    auto key = readKey(args, reader, QString());
    const std::filesystem::path file = path->toStdString();
    std::error_code ec;
    if (created != nullptr && !std::filesystem::exists(std::filesystem::symlink_status(file, ec))) {
        *created = file;
    }
    if (!create && !std::filesystem::exists(file, ec)) {
        err << "rollwise-cli: there is no database at " << *path << '\n';
        exitCode = kFileError;
        return std::nullopt;
    }
    if (key) {
        auto db = Database::open(file, *key);
        if (!db) {
            exitCode = report(err, db.error());
            return std::nullopt;
        }
        return std::move(db).value();
    }
    platform::KeychainSecretStore store;
    auto db = openWithKeychain(file, store, platform::generateKey);
    if (!db) {
        err << "rollwise-cli: " << platform::toQString(db.error().message) << '\n';
        exitCode = db.error().database ? exitCodeFor(db.error().database->code) : kKeyError;
        return std::nullopt;
    }
    return std::move(db).value();
}

TimePoint now() {
    return TimePoint(Seconds(QDateTime::currentSecsSinceEpoch()));
}

int sessions(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const int limit = args.take(QStringLiteral("--limit")).value_or(QStringLiteral("90")).toInt();
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    args.done();
    if (!db) {
        return exitCode;
    }
    auto history = db->history(limit > 0 ? limit : 90);
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
        if (auto written = db->exportCsv(csv->toStdString()); !written) {
            return report(err, written.error());
        }
        out << "exported " << *csv << " (plain text: it is not encrypted)\n";
    }
    if (json) {
        if (auto written = db->exportJson(json->toStdString()); !written) {
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
    if (auto written = db->writeBackup(to->toStdString(), *backupKey, ROLLWISE_VERSION, now());
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
    auto preview = db->previewBackup(from->toStdString(), *backupKey);
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
    auto merged = db->mergeBackup(from->toStdString(), *backupKey);
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
        newKey->passphraseText().size() < 8) {
        throw UsageError{QStringLiteral("choose a passphrase of at least 8 characters")};
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

int importCommand(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const auto csv = args.take(QStringLiteral("--csv"));
    const auto json = args.take(QStringLiteral("--json"));
    if (csv.has_value() == json.has_value()) {
        throw UsageError{QStringLiteral("import needs --csv FILE or --json FILE (one of them)")};
    }
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    args.done();
    if (!db) {
        return exitCode;
    }
    const QString input = csv ? *csv : *json;
    std::ifstream in(input.toStdString(), std::ios::binary);
    if (!in) {
        err << "rollwise-cli: " << input << " cannot be read. Nothing was changed.\n";
        return kFileError;
    }
    const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto contents = csv ? readCsvExport(content) : readJsonExport(content);
    if (!contents) {
        err << "rollwise-cli: " << input << ": " << contents.error().message
            << ". It is not a Rollwise export as `export` writes it; nothing was changed.\n";
        return kUsage;
    }
    // Sessions are matched by uid: one already in the journal is kept as it is, never
    // overwritten; the new ones are added in one transaction.
    std::vector<std::pair<std::string, SessionRecord>> added;
    std::set<std::string> seen;
    int present = 0;
    int passes = 0;
    for (auto& [uid, record] : contents.value().sessions) {
        if (!seen.insert(uid).second) {
            continue;
        }
        auto existing = db->loadSession(uid);
        if (existing) {
            ++present;
            continue;
        }
        if (existing.error().code != DatabaseErrorCode::NotFound) {
            return report(err, existing.error());
        }
        passes += record.totalPasses();
        added.emplace_back(uid, std::move(record));
    }
    if (!added.empty()) {
        if (auto saved = db->saveSessions(added); !saved) {
            return report(err, saved.error());
        }
    }
    auto answers = db->answers();
    if (!answers) {
        return report(err, answers.error());
    }
    std::set<std::pair<int, std::int64_t>> answered;
    for (const auto& a : answers.value()) {
        answered.emplace(static_cast<int>(a.question), a.answeredAt.time_since_epoch().count());
    }
    int answersAdded = 0;
    for (const auto& a : contents.value().answers) {
        if (answered.emplace(static_cast<int>(a.question), a.answeredAt.time_since_epoch().count())
                .second) {
            if (auto saved = db->saveAnswer(a); !saved) {
                return report(err, saved.error());
            }
            ++answersAdded;
        }
    }
    for (const auto& r : contents.value().reactions) {
        // Kept as they are when already there (same session, zone and time).
        if (auto logged = db->logReaction(r); !logged) {
            return report(err, logged.error());
        }
    }
    out << "imported: " << added.size() << " sessions (" << passes << " passes) added, " << present
        << " already here and kept as they were; " << answersAdded << " answers added\n";
    return kOk;
}

// `calendar --db FILE [KEY] --out FILE.ics`: the reminders as iCalendar (docs/reminders.md).
int calendarCommand(Args& args, SecretReader& reader, QTextStream& out, QTextStream& err) {
    const auto outFile = args.take(QStringLiteral("--out"));
    const bool details = args.flag(QStringLiteral("--details"));
    const auto zoneName = args.take(QStringLiteral("--time-zone"));
    const auto atText = args.take(QStringLiteral("--at"));
    if (!outFile) {
        throw UsageError{QStringLiteral("--out FILE.ics is required")};
    }
    TimePoint at = now();
    if (atText) {
        const auto parsed = parseIso(atText->toStdString());
        if (!parsed) {
            throw UsageError{QStringLiteral("--at wants a UTC time like 2026-11-21T10:00:00Z")};
        }
        at = *parsed;
    }
    platform::QtTimeZone zone = zoneName ? platform::QtTimeZone(QTimeZone(zoneName->toUtf8()))
                                         : platform::QtTimeZone::system();
    if (!zone.isValid()) {
        throw UsageError{QStringLiteral("--time-zone: unknown time zone '%1'").arg(*zoneName)};
    }
    int exitCode = kOk;
    auto db = openDatabase(args, reader, err, exitCode);
    args.done();
    if (!db) {
        return exitCode;
    }
    auto settings = loadReminderSettings(*db);
    if (!settings) {
        return report(err, settings.error());
    }
    struct NoNotifier final : Notifier {
        bool show(const ReminderNotice&) override { return false; }
        void withdraw(const std::string&) override {}
    } none;
    ManualClock clock{std::chrono::system_clock::time_point(at)};
    ReminderRunner runner(*db, clock, zone, none);
    auto schedule = runner.schedule();
    if (!schedule) {
        return report(err, schedule.error());
    }
    CalendarOptions options;
    options.details = details;
    options.journalUid = db->databaseUid();
    const std::string text = calendarText(schedule.value(), settings.value(), zone, at, options);
    QSaveFile file(*outFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        err << "rollwise-cli: cannot write " << *outFile << ": " << file.errorString() << '\n';
        return kFailed;
    }
    int events = 0;
    for (const auto& r : schedule.value()) {
        events += r.fired ? 0 : 1;
    }
    out << "wrote " << events << " reminders to " << *outFile << '\n';
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

// `check --db FILE [KEY]`: the guard's answer on a real journal, through the same builder as
// the app (decideFromJournal), for a plan given as JSON (--plan FILE) or as options.
int checkJournal(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    Args args(arguments);
    SecretReader reader;
    try {
        const bool text = args.flag(QStringLiteral("--text"));
        const auto planFile = args.take(QStringLiteral("--plan"));
        const auto zones = args.take(QStringLiteral("--zones"));
        const auto needle = args.take(QStringLiteral("--needle-mm"));
        const auto passes = args.take(QStringLiteral("--passes"));
        const auto minutes = args.take(QStringLiteral("--minutes"));
        const auto head = args.take(QStringLiteral("--head"));
        SituationRequest request;
        request.now = now();
        request.headUid = head ? std::optional(head->toStdString()) : std::nullopt;
        if (planFile) {
            QFile file(*planFile);
            if (!file.open(QIODevice::ReadOnly)) {
                err << "rollwise-cli: cannot read " << *planFile << ": " << file.errorString()
                    << '\n';
                return kFileError;
            }
            auto plan = planFromJson(file.readAll());
            if (!plan) {
                err << "rollwise-cli: " << *planFile << ": " << plan.error().message << '\n';
                return kUsage;
            }
            request.plan = plan.value();
        } else {
            if (!zones || !needle) {
                throw UsageError{QStringLiteral(
                    "give the plan: --plan FILE, or --zones A,B --needle-mm N [--passes N] "
                    "[--minutes N]")};
            }
            for (const auto& key : zones->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto zone = zoneFromKey(key.trimmed().toStdString());
                if (!zone) {
                    throw UsageError{QStringLiteral("--zones: unknown zone '%1'").arg(key)};
                }
                request.plan.zones.push_back(*zone);
            }
            bool ok = false;
            const double mm = needle->toDouble(&ok);
            if (!ok || !(mm > 0.0 && mm < 100.0)) {
                throw UsageError{QStringLiteral("--needle-mm wants a length like 0.5")};
            }
            request.plan.needleLengthUm = static_cast<int>(std::lround(mm * 1000.0));
            request.plan.passesPerZone = passes ? passes->toInt(&ok) : 8;
            if (passes && !ok) {
                throw UsageError{QStringLiteral("--passes wants a whole number")};
            }
            request.plan.duration = Minutes(minutes ? minutes->toInt(&ok) : 20);
            if (minutes && !ok) {
                throw UsageError{QStringLiteral("--minutes wants a whole number")};
            }
        }
        int exitCode = kOk;
        auto db = openDatabase(args, reader, err, exitCode);
        args.done();
        if (!db) {
            return exitCode;
        }
        Situation shown;
        const GuardDecision decision = decideFromJournal(*db, request, &shown);
        if (text) {
            out << decisionToText(decision);
        } else {
            out << QJsonDocument(decisionToJson(decision, shown)).toJson(QJsonDocument::Indented);
        }
        return kOk;
    } catch (const UsageError& usage) {
        err << "rollwise-cli check: " << usage.message << "\nusage:\n" << checkUsage();
        return kUsage;
    }
}

QString checkUsage() {
    return QStringLiteral(
        "       rollwise-cli check [FILE|-] [--text]\n"
        "       rollwise-cli check --db FILE [KEY] (--plan FILE | --zones A,B --needle-mm N "
        "[--passes N] [--minutes N]) [--head UID] [--text]\n");
}

} // namespace rollwise::cli
