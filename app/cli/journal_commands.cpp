// rollwise-cli's commands on the journal's contents: import (from an export), calendar (the
// reminders as iCalendar) and check --db (the guard on a real journal).
#include "calendar_export.h"
#include "command_support.h"
#include "export_reader.h"
#include "guard_json.h"

#include <rollwise/core/database.h>
#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/qt_time_zone.h>
#include <rollwise/platform/text.h>

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>

namespace rollwise::cli {

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
        auto existing = db->sessions().load(uid);
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
        if (auto saved = db->sessions().saveAll(added); !saved) {
            return report(err, saved.error());
        }
    }
    auto answers = db->answers().all();
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
            if (auto saved = db->answers().save(a); !saved) {
                return report(err, saved.error());
            }
            ++answersAdded;
        }
    }
    for (const auto& r : contents.value().reactions) {
        // Kept as they are when already there (same session, zone and time).
        if (auto logged = db->answers().logReaction(r); !logged) {
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
    auto settings = loadReminderSettings(db->settings());
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
