// rollwise-cli calendar, end to end: a real journal, the command as a user runs it, and the
// .ics file read back by an independent parser (python3-icalendar), field by field against the
// schedule core computes for the same journal.
#include "../core/store_fixtures.h"
#include "calendar_export.h"
#include "temp_dir.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/qt_time_zone.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

#include <map>

using namespace rollwise;
using namespace rollwise::test;

namespace {

const std::string kKey(64, 'c');

QString s(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const std::string& input = {}) {
    QProcess process;
    process.start(program, args);
    process.write(input.data(), static_cast<qint64>(input.size()));
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject parsed(const std::filesystem::path& ics) {
    const Run parse =
        run(QStringLiteral("/usr/bin/python3"), {QStringLiteral(ROLLWISE_PARSE_CALENDAR), s(ics)});
    INFO(parse.err.toStdString());
    REQUIRE(parse.exitCode == 0);
    const auto doc = QJsonDocument::fromJson(parse.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

TimePoint at(const char* iso) {
    return *parseIso(iso);
}

Minutes localMinute(const TimeZone& zone, TimePoint t) {
    const LocalTime local = zone.toLocal(t);
    return std::chrono::duration_cast<Minutes>(local -
                                               std::chrono::floor<std::chrono::days>(local));
}

// A journal: one session on 20 September 2026 (10:00 CEST), its head not disinfected since, a
// monthly course of 3 sessions that started with it.
std::filesystem::path makeJournal(const TempDir& dir) {
    const auto path = dir.file("journal.db");
    auto opened = Database::open(path, *SecretKey::fromHex(kKey));
    REQUIRE(opened);
    Database& db = opened.value();
    const TimePoint session = at("2026-09-20T08:00:00Z");
    REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin, Zone::Forehead}, 3)));
    Head head;
    head.id = "h1";
    head.needleLengthUm = 500;
    head.firstUse = session;
    head.lastUse = session;
    head.sessions = 1;
    REQUIRE(db.heads().save(StoredHead{"h1", "", head, std::nullopt}));
    REQUIRE(db.settings().set(kCurrentHeadSetting, "h1"));
    ReminderSettings settings;
    settings.course = CoursePlan{3, 1, 0, session};
    REQUIRE(saveReminderSettings(db.settings(), settings));
    return path;
}

std::vector<ScheduledReminder> coreSchedule(const std::filesystem::path& path, TimePoint now,
                                            const TimeZone& zone, std::string& journalUid) {
    auto opened = Database::open(path, *SecretKey::fromHex(kKey));
    REQUIRE(opened);
    struct None final : Notifier {
        bool show(const ReminderNotice&) override { return false; }
        void withdraw(const std::string&) override {}
    } none;
    ManualClock clock{std::chrono::system_clock::time_point(now)};
    ReminderRunner runner(opened.value(), clock, zone, none);
    auto schedule = runner.schedule();
    REQUIRE(schedule);
    journalUid = opened.value().databaseUid();
    return schedule.value();
}

} // namespace

TEST_CASE("calendar writes the reminders as iCalendar that another parser reads field by field",
          "[cli][calendar]") {
    TempDir dir;
    const auto db = makeJournal(dir);
    const auto ics = dir.file("reminders.ics");
    const platform::QtTimeZone berlin{QTimeZone("Europe/Berlin")};
    const TimePoint now = at("2026-09-20T09:00:00Z");
    const Run export1 =
        run(QStringLiteral(ROLLWISE_CLI),
            {QStringLiteral("calendar"), QStringLiteral("--db"), s(db), QStringLiteral("--key-fd"),
             QStringLiteral("0"), QStringLiteral("--out"), s(ics), QStringLiteral("--time-zone"),
             QStringLiteral("Europe/Berlin"), QStringLiteral("--at"),
             QString::fromStdString(formatIso(now))},
            kKey + "\n");
    INFO(export1.err.toStdString());
    REQUIRE(export1.exitCode == 0);

    std::string journalUid;
    const auto schedule = coreSchedule(db, now, berlin, journalUid);
    REQUIRE(schedule.size() >= 6); // zone open, course, preparation, aftercare x3, check-in ...
    const QJsonObject cal = parsed(ics);
    CHECK(cal.value(QStringLiteral("version")).toString() == QStringLiteral("2.0"));
    CHECK(cal.value(QStringLiteral("prodid")).toString() ==
          QStringLiteral("-//Rollwise//Rollwise reminders//EN"));
    const QJsonArray events = cal.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == static_cast<qsizetype>(schedule.size()));

    std::map<std::string, QJsonObject> byUid;
    for (const auto& e : events) {
        byUid[e.toObject().value(QStringLiteral("uid")).toString().toStdString()] = e.toObject();
    }
    REQUIRE(byUid.size() == schedule.size()); // UIDs are unique
    cli::CalendarOptions options;
    options.journalUid = journalUid;
    bool sawCourse = false;
    for (const auto& r : schedule) {
        INFO(r.uid);
        const auto it = byUid.find(cli::calendarUid(r.uid, options));
        REQUIRE(it != byUid.end());
        const QJsonObject& e = it->second;
        CHECK(e.value(QStringLiteral("summary")).toString() == QStringLiteral("Rollwise"));
        CHECK(e.value(QStringLiteral("description")).isNull());
        CHECK(e.value(QStringLiteral("class")).toString() == QStringLiteral("PRIVATE"));
        CHECK(e.value(QStringLiteral("dtstart")).toString().toStdString() == formatIso(r.due));
        CHECK(e.value(QStringLiteral("duration")).toInt() == 15 * 60);
        const QJsonArray alarms = e.value(QStringLiteral("alarms")).toArray();
        REQUIRE(alarms.size() == 1);
        const QJsonObject alarm = alarms.at(0).toObject();
        CHECK(alarm.value(QStringLiteral("action")).toString() == QStringLiteral("DISPLAY"));
        CHECK(alarm.value(QStringLiteral("trigger")).toInt() == 0);
        CHECK(alarm.value(QStringLiteral("related")).toString() == QStringLiteral("START"));
        CHECK(alarm.value(QStringLiteral("description")).toString() == QStringLiteral("Rollwise"));
        if (r.kind == ReminderKind::CourseSession) {
            sawCourse = true;
            CHECK(r.courseSession == 2);
            CHECK(e.value(QStringLiteral("rrule")).toString() ==
                  QStringLiteral("FREQ=MONTHLY;COUNT=2"));
            CHECK(e.value(QStringLiteral("tzid")).toString() == QStringLiteral("Europe/Berlin"));
            // 20 October (CEST) and 20 November (CET): both at 09:00 in Berlin.
            const QJsonArray occurrences = e.value(QStringLiteral("occurrences")).toArray();
            REQUIRE(occurrences.size() == 2);
            CHECK(occurrences.at(0).toString() == QStringLiteral("2026-10-20T07:00:00Z"));
            CHECK(occurrences.at(1).toString() == QStringLiteral("2026-11-20T08:00:00Z"));
            for (const auto& o : occurrences) {
                CHECK(localMinute(berlin, *parseIso(o.toString().toStdString())) ==
                      Minutes{9 * 60});
            }
        } else {
            CHECK(e.value(QStringLiteral("rrule")).isNull());
        }
    }
    CHECK(sawCourse);
    CHECK(
        cal.value(QStringLiteral("timezones")).toArray().contains(QStringLiteral("Europe/Berlin")));

    // No health details by default: no zone, no kind, no depth in the file.
    QFile file(s(ics));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll()).toLower();
    for (const char* word :
         {"chin", "forehead", "aftercare", "zone-open", "hygiene", "head", "0.5", "course"}) {
        INFO(word);
        CHECK_FALSE(text.contains(QString::fromLatin1(word)));
    }

    SECTION("the same reminders keep their UIDs in a later export") {
        const auto later = dir.file("later.ics");
        const Run export2 =
            run(QStringLiteral(ROLLWISE_CLI),
                {QStringLiteral("calendar"), QStringLiteral("--db"), s(db),
                 QStringLiteral("--key-fd"), QStringLiteral("0"), QStringLiteral("--out"), s(later),
                 QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"),
                 QStringLiteral("--at"), QStringLiteral("2026-09-21T09:00:00Z")},
                kKey + "\n");
        REQUIRE(export2.exitCode == 0);
        const QJsonArray events2 = parsed(later).value(QStringLiteral("events")).toArray();
        REQUIRE(!events2.isEmpty());
        for (const auto& e : events2) {
            const auto uid = e.toObject().value(QStringLiteral("uid")).toString().toStdString();
            CHECK(byUid.count(uid) == 1);
            CHECK(byUid[uid].value(QStringLiteral("dtstart")) ==
                  e.toObject().value(QStringLiteral("dtstart")));
        }
    }
    SECTION("--details names the kind and zone, on request") {
        const auto detailed = dir.file("details.ics");
        const Run export3 = run(QStringLiteral(ROLLWISE_CLI),
                                {QStringLiteral("calendar"), QStringLiteral("--db"), s(db),
                                 QStringLiteral("--key-fd"), QStringLiteral("0"),
                                 QStringLiteral("--out"), s(detailed), QStringLiteral("--details"),
                                 QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"),
                                 QStringLiteral("--at"), QString::fromStdString(formatIso(now))},
                                kKey + "\n");
        REQUIRE(export3.exitCode == 0);
        QStringList summaries;
        for (const auto& e : parsed(detailed).value(QStringLiteral("events")).toArray()) {
            summaries << e.toObject().value(QStringLiteral("summary")).toString();
        }
        CHECK(summaries.contains(QStringLiteral("Rollwise: aftercare-day-2")));
        CHECK(summaries.contains(QStringLiteral("Rollwise: hygiene")));
    }
}

TEST_CASE("calendar refuses bad usage with exit code 2", "[cli][calendar]") {
    TempDir dir;
    const auto db = makeJournal(dir);
    const Run noOut = run(QStringLiteral(ROLLWISE_CLI),
                          {QStringLiteral("calendar"), QStringLiteral("--db"), s(db),
                           QStringLiteral("--key-fd"), QStringLiteral("0")},
                          kKey + "\n");
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    const Run badZone =
        run(QStringLiteral(ROLLWISE_CLI),
            {QStringLiteral("calendar"), QStringLiteral("--db"), s(db), QStringLiteral("--key-fd"),
             QStringLiteral("0"), QStringLiteral("--out"), s(dir.file("x.ics")),
             QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")},
            kKey + "\n");
    CHECK(badZone.exitCode == 2);
    CHECK(badZone.err.contains(QStringLiteral("Mars/Olympus")));
}
