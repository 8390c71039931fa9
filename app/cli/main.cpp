// rollwise-cli: Rollwise from the command line.
//   rollwise-cli check [FILE|-] [--text]   the guard's decision for a described situation
//   rollwise-cli check --db FILE [KEY] ...  the guard's decision on a real journal
//   rollwise-cli VERB --help               that verb's usage, on standard output, exit 0
//   rollwise-cli rules                     every rule, the needle-length table and the questions
//   rollwise-cli sessions|export|backup|restore|verify|rekey ...   the encrypted store
//   rollwise-cli reminders deliver ...      one background delivery run (systemd user timer)
//   rollwise-cli devices scan|pair|forget|info|sync ...   smart devices over Bluetooth
// Exit codes: see store_commands.h and docs/cli.md.
#include "device_commands.h"
#include "guard_json.h"
#include "reminder_delivery.h"
#include "store_commands.h"

#include <rollwise/version.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;
constexpr int kExitIo = 3;

QString usageText() {
    return QStringLiteral("usage:\n") + rollwise::cli::checkUsage() +
           QStringLiteral("       rollwise-cli rules\n") + rollwise::cli::storeUsage() +
           rollwise::cli::remindersUsage() + rollwise::cli::devicesUsage() +
           QStringLiteral("See docs/cli.md.\n");
}

int usage(QTextStream& err) {
    err << usageText();
    return kExitBadInput;
}

// `rollwise-cli VERB --help`: that verb's lines (and the key options) on standard output.
int help(const QString& command, QTextStream& out) {
    const QStringList lines = usageText().split(QLatin1Char('\n'));
    for (const auto& line : lines) {
        const bool verbLine = line.contains(QStringLiteral("rollwise-cli ") + command + u' ') ||
                              line.endsWith(QStringLiteral("rollwise-cli ") + command);
        const bool keyLine = line.trimmed().startsWith(QStringLiteral("KEY:")) ||
                             line.trimmed().startsWith(QStringLiteral("BACKUP-KEY:"));
        if (line.startsWith(QStringLiteral("usage:")) || verbLine || keyLine ||
            line.startsWith(QStringLiteral("See "))) {
            out << line << '\n';
        }
    }
    return kExitOk;
}

int check(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.contains(QStringLiteral("--db"))) {
        return rollwise::cli::checkJournal(args, out, err);
    }
    QString path = QStringLiteral("-");
    bool text = false;
    for (const auto& arg : args) {
        if (arg == QStringLiteral("--text")) {
            text = true;
        } else if (arg.startsWith(QStringLiteral("--"))) {
            err << "rollwise-cli: unknown option " << arg << '\n';
            return usage(err);
        } else {
            path = arg;
        }
    }
    QFile file;
    const bool opened = path == QStringLiteral("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "rollwise-cli: cannot read " << path << ": " << file.errorString() << '\n';
        return kExitIo;
    }
    const auto situation = rollwise::cli::situationFromJson(file.readAll());
    if (!situation) {
        err << "rollwise-cli: " << (path == QStringLiteral("-") ? QStringLiteral("input") : path)
            << ": " << situation.error().message << '\n';
        return kExitBadInput;
    }
    const auto decision = rollwise::evaluate(situation.value());
    if (text) {
        out << rollwise::cli::decisionToText(decision);
    } else {
        out << QJsonDocument(rollwise::cli::decisionToJson(decision, situation.value()))
                   .toJson(QJsonDocument::Indented);
    }
    return kExitOk;
}

} // namespace

int main(int argc, char* argv[]) {
    // English (no translator is loaded) and UTC, like the JSON's times: the app's words, from
    // app/text, in a form scripts and tests can rely on.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale::c());
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        return usage(err);
    }
    const QString command = args.takeFirst();
    if (command == QStringLiteral("--version")) {
        out << "rollwise-cli " << ROLLWISE_VERSION << '\n';
        return kExitOk;
    }
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h")) {
        out << usageText();
        return kExitOk;
    }
    if (rollwise::cli::isDevicesCommand(command) &&
        (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))) {
        return rollwise::cli::devicesHelp(args, out);
    }
    if (rollwise::cli::isDevicesCommand(command)) {
        return rollwise::cli::runDevicesCommand(args, out, err);
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        if (command != QStringLiteral("check") && command != QStringLiteral("rules") &&
            !rollwise::cli::isStoreCommand(command) &&
            !rollwise::cli::isRemindersCommand(command)) {
            return usage(err);
        }
        return help(command, out);
    }
    if (command == QStringLiteral("check")) {
        return check(args, out, err);
    }
    if (rollwise::cli::isRemindersCommand(command)) {
        return rollwise::cli::runRemindersCommand(args, out, err);
    }
    if (rollwise::cli::isStoreCommand(command)) {
        return rollwise::cli::runStoreCommand(command, args, out, err);
    }
    if (command == QStringLiteral("rules") && args.isEmpty()) {
        out << QJsonDocument(rollwise::cli::rulesToJson()).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    return usage(err);
}
