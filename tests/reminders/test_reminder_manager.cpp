// The app's Reminders service on a real journal: the schedule it shows, the settings it keeps in
// the journal, and delivery through DbusNotifier to a real notification service
// (python3-dbusmock's notification_daemon on a private session bus).
#include "guard_fixtures.h"
#include "models/reminder_list_model.h"
#include "services/reminder_manager.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/dbus_notifier.h>
#include <rollwise/platform/qt_time_zone.h>
#include <rollwise/platform/reminder_timer.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace rollwise;
using namespace rollwise::test;
using rollwise::app::ReminderListModel;
using rollwise::app::ReminderManager;
using Kind = rollwise::app::ReminderManager::Kind;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// How many Notify calls the mock recorded (org.freedesktop.DBus.Mock.GetCalls: a(tsav)).
int notifyCalls(QDBusConnection& bus) {
    const QDBusMessage reply = bus.call(QDBusMessage::createMethodCall(
        kService, kPath, QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("GetCalls")));
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    const auto arg = reply.arguments().at(0).value<QDBusArgument>();
    int count = 0;
    arg.beginArray();
    while (!arg.atEnd()) {
        quint64 time = 0;
        QString method;
        QVariantList args;
        arg.beginStructure();
        arg >> time >> method >> args;
        arg.endStructure();
        count += method == QStringLiteral("Notify") ? 1 : 0;
    }
    arg.endArray();
    return count;
}

// A journal two days after a session on the chin, with a head that was not disinfected since.
Database seededJournal(const TempDir& dir, TimePoint session) {
    auto opened = Database::open(dir.file("journal.db"), rawKey('6'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
    Head head;
    head.id = "h1";
    head.needleLengthUm = 500;
    head.firstUse = session;
    head.lastUse = session;
    head.sessions = 1;
    REQUIRE(db.heads().save(StoredHead{"h1", "", head, std::nullopt}));
    REQUIRE(db.settings().set(kCurrentHeadSetting, "h1"));
    return db;
}

bool hasKind(const std::vector<ReminderManager::Upcoming>& list, Kind kind) {
    return std::any_of(list.begin(), list.end(), [&](const auto& r) { return r.kind == kind; });
}

} // namespace

TEST_CASE("The Reminders service shows the schedule, keeps its settings in the journal, and "
          "delivers through the notification service",
          "[reminders][app][with-notification-daemon]") {
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected());
    QDeadlineTimer deadline(15000);
    while (!bus.interface()->isServiceRegistered(kService).value() && !deadline.hasExpired()) {
        QThread::msleep(50);
    }
    REQUIRE(bus.interface()->isServiceRegistered(kService).value());

    TempDir dir;
    const TimePoint session = at("2026-06-10T08:00:00Z");
    Database db = seededJournal(dir, session);
    ManualClock clock(std::chrono::system_clock::time_point(at("2026-06-12T10:00:00Z")));
    const platform::QtTimeZone berlin{QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
    platform::DbusNotifier notifier(bus);
    REQUIRE(notifier.available());

    ReminderManager reminders(clock, berlin, &notifier);
    CHECK_FALSE(reminders.available());
    reminders.attach(db);
    REQUIRE(reminders.available());
    CHECK(reminders.canNotify());
    CHECK(reminders.problem() == ReminderManager::Problem::None);
    const auto upcoming = reminders.upcoming();
    REQUIRE_FALSE(upcoming.empty());
    CHECK(hasKind(upcoming, Kind::Hygiene));

    ReminderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReminders(&reminders);
    CHECK(model.rowCount() == static_cast<int>(upcoming.size()));
    CHECK(model.data(model.index(0), ReminderListModel::DueRole).toDateTime().isValid());

    // Delivery: what is due is shown once, through the real notification service.
    const int before = notifyCalls(bus);
    const int shown = reminders.deliverDue();
    REQUIRE(shown >= 3);
    CHECK(notifyCalls(bus) == before + shown);
    CHECK(reminders.deliverDue() == 0);
    CHECK(notifyCalls(bus) == before + shown);

    // Settings live in the journal: a kind turned off, the time of day, quiet hours.
    reminders.setKindEnabled(Kind::Hygiene, false);
    CHECK_FALSE(reminders.kindEnabled(Kind::Hygiene));
    CHECK_FALSE(hasKind(reminders.upcoming(), Kind::Hygiene));
    CHECK(model.rowCount() == static_cast<int>(reminders.upcoming().size()));
    reminders.setTimeOfDay(20 * 60);
    reminders.setQuietHours(false);
    const auto saved = loadReminderSettings(db.settings());
    REQUIRE(saved);
    CHECK(std::find(saved.value().off.begin(), saved.value().off.end(), ReminderKind::Hygiene) !=
          saved.value().off.end());
    CHECK(saved.value().timeOfDay == Minutes(20 * 60));
    CHECK_FALSE(saved.value().quietStart.has_value());

    // The calendar file: every coming reminder an event, nothing about the skin in it.
    const QString ics = QString::fromStdString(dir.file("reminders.ics").string());
    const int exported = reminders.exportCalendar(QUrl::fromLocalFile(ics));
    REQUIRE(exported == static_cast<int>(reminders.upcoming().size()));
    QFile written(ics);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString calendar = QString::fromUtf8(written.readAll());
    CHECK(calendar.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(calendar.count(QStringLiteral("BEGIN:VEVENT")) >= 1);
    CHECK_FALSE(calendar.contains(QStringLiteral("chin"), Qt::CaseInsensitive));
    CHECK(reminders.exportCalendar(QUrl::fromLocalFile(QStringLiteral("/nonexistent/x.ics"))) ==
          -1);
    CHECK(reminders.problem() == ReminderManager::Problem::ExportFailed);

    // The next start reads them back.
    ReminderManager next(clock, berlin, nullptr);
    next.attach(db);
    CHECK_FALSE(next.kindEnabled(Kind::Hygiene));
    CHECK(next.kindEnabled(Kind::ZoneOpen));
    CHECK(next.timeOfDay() == 20 * 60);
    CHECK_FALSE(next.quietHours());
    CHECK_FALSE(next.canNotify());
    // Without a notification service nothing is marked as shown.
    clock.advance(Days(30));
    CHECK(next.deliverDue() == 0);
}

TEST_CASE("Reminders while Rollwise is closed: the switch enables the systemd user timer",
          "[reminders][app][timer]") {
    TempDir dir;
    // A stand-in for systemctl that keeps the timer's state in a file and logs every call (no
    // user service manager runs here).
    const auto fake = dir.file("systemctl");
    {
        QFile script(QString::fromStdString(fake.string()));
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write(R"sh(#!/bin/sh
dir=$(dirname "$0")
echo "$*" >> "$dir/calls"
[ -e "$dir/refuse" ] && exit 1
case "$2" in
  is-enabled) [ -e "$dir/enabled" ] ;;
  enable) touch "$dir/enabled" ;;
  disable) rm -f "$dir/enabled" ;;
  *) exit 1 ;;
esac
)sh");
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner);
    }
    ManualClock clock(std::chrono::system_clock::time_point(at("2026-06-12T10:00:00Z")));
    const platform::QtTimeZone berlin{QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
    platform::ReminderTimer timer(QString::fromStdString(fake.string()));
    ReminderManager reminders(clock, berlin, nullptr, &timer);
    REQUIRE(reminders.canRunWhileClosed());
    CHECK_FALSE(reminders.whileClosed());

    reminders.setWhileClosed(true);
    CHECK(std::filesystem::exists(dir.file("enabled")));
    CHECK(reminders.whileClosed());
    CHECK(reminders.problem() == ReminderManager::Problem::None);
    QFile calls(QString::fromStdString(dir.file("calls").string()));
    REQUIRE(calls.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(calls.readAll())
              .contains(QStringLiteral("--user enable --now rollwise-reminders.timer")));

    reminders.setWhileClosed(false);
    CHECK_FALSE(std::filesystem::exists(dir.file("enabled")));
    CHECK_FALSE(reminders.whileClosed());

    // systemctl refuses: the switch says so and nothing changes.
    QFile(QString::fromStdString(dir.file("refuse").string())).open(QIODevice::WriteOnly);
    reminders.setWhileClosed(true);
    CHECK(reminders.problem() == ReminderManager::Problem::TimerFailed);
    CHECK_FALSE(std::filesystem::exists(dir.file("enabled")));

    // Without systemctl there is no switch.
    platform::ReminderTimer none(QString::fromStdString(dir.file("no-such-program").string()));
    ReminderManager without(clock, berlin, nullptr, &none);
    CHECK_FALSE(without.canRunWhileClosed());
    ReminderManager noTimer(clock, berlin, nullptr);
    CHECK_FALSE(noTimer.canRunWhileClosed());
}

TEST_CASE("A reminder that cannot be shown is tried again a minute later, never in a loop",
          "[reminders][app][retry]") {
    // A notification service that refuses everything, counting the tries.
    struct Refusing final : Notifier {
        bool show(const ReminderNotice&) override {
            ++tries;
            return false;
        }
        void withdraw(const std::string&) override {}
        int tries = 0;
    } refusing;
    TempDir dir;
    const TimePoint session = at("2026-06-10T08:00:00Z");
    Database db = seededJournal(dir, session);
    ManualClock clock(std::chrono::system_clock::time_point(at("2026-06-12T10:00:00Z")));
    const platform::QtTimeZone berlin{QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
    ReminderManager reminders(clock, berlin, &refusing);
    reminders.attach(db);
    REQUIRE(reminders.deliverDue() == 0);
    const int firstRound = refusing.tries;
    REQUIRE(firstRound > 0); // reminders were due and offered

    // Half a second of the event loop: the timer must not fire again at once (it used to re-arm
    // at 0 ms and read the whole journal in a loop on the GUI thread).
    QDeadlineTimer spin(500);
    while (!spin.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    CHECK(refusing.tries == firstRound);

    // Three change signals from one sync: the schedule is worked out once, after them.
    int schedules = 0;
    QObject::connect(&reminders, &ReminderManager::scheduleChanged, [&] { ++schedules; });
    reminders.journalChanged();
    reminders.journalChanged();
    reminders.journalChanged();
    CHECK(schedules == 0);
    QCoreApplication::processEvents();
    CHECK(schedules == 1);
}
