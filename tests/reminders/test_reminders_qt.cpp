// Reminders on the Qt side (docs/reminders.md): QtTimeZone against the system's tz database
// (Europe/Berlin's DST both ways, a change of zone), and DbusNotifier against a real D-Bus
// notification service (python3-dbusmock's notification_daemon on a private session bus), each
// action invoked and its effect checked in the real SQLCipher journal.
#include "fake_time_zone.h"
#include "guard_fixtures.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>
#include <rollwise/platform/dbus_notifier.h>
#include <rollwise/platform/portal_notifier.h>
#include <rollwise/platform/qt_time_zone.h>

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace rollwise;
using namespace rollwise::test;
using rollwise::platform::DbusNotifier;
using rollwise::platform::PortalNotifier;
using rollwise::platform::QtTimeZone;

namespace {

QtTimeZone zoneNamed(const char* iana) {
    QtTimeZone zone{QTimeZone(QByteArray(iana))};
    REQUIRE(zone.isValid());
    return zone;
}

Minutes localMinute(const TimeZone& zone, TimePoint t) {
    const LocalTime local = zone.toLocal(t);
    return duration_cast<Minutes>(local - floor<days>(local));
}

} // namespace

TEST_CASE("QtTimeZone follows the tz database, the same as the fixed EU and US rules",
          "[reminders][time-zone]") {
    const QtTimeZone berlin = zoneNamed("Europe/Berlin");
    const QtTimeZone newYork = zoneNamed("America/New_York");
    CHECK(berlin.id() == "Europe/Berlin");
    const EuRuleTimeZone euRule;
    const UsEasternTimeZone usRule;
    for (TimePoint t = at("2026-01-01T00:00:00Z"); t < at("2027-01-01T00:00:00Z");
         t += minutes{30}) {
        INFO(formatIso(t));
        REQUIRE(berlin.offsetAt(t) == euRule.offsetAt(t));
        REQUIRE(newYork.offsetAt(t) == usRule.offsetAt(t));
    }
    // The gap and the repeated hour, from QTimeZone's data.
    const auto gap = berlin.resolve(LocalTime{local_days{2026y / March / 29} + 150min});
    CHECK_FALSE(gap.earlier);
    CHECK(gap.gapShifted == at("2026-03-29T01:30:00Z"));
    const auto twice = berlin.resolve(LocalTime{local_days{2026y / October / 25} + 150min});
    CHECK(twice.earlier == at("2026-10-25T00:30:00Z"));
    CHECK(twice.later == at("2026-10-25T01:30:00Z"));
}

TEST_CASE("With QTimeZone, 09:00 stays 09:00 across both DST switches and a move",
          "[reminders][dst]") {
    const QtTimeZone berlin = zoneNamed("Europe/Berlin");
    const QtTimeZone tokyo = zoneNamed("Asia/Tokyo");
    for (const char* sessionTime : {"2026-03-25T06:30:00Z", "2026-10-20T06:30:00Z"}) {
        INFO(sessionTime);
        ReminderInput in;
        in.now = at(sessionTime) + hours{2};
        in.situation = readySituation(in.now);
        in.situation.plan = {};
        in.situation.history = {pastSession(at(sessionTime), 500, {Zone::Forehead})};
        in.situation.head->lastDisinfected = in.now;
        for (const TimeZone* zone :
             {static_cast<const TimeZone*>(&berlin), static_cast<const TimeZone*>(&tokyo)}) {
            const auto all = scheduleReminders(in, *zone);
            const auto open = std::find_if(all.begin(), all.end(), [](const auto& r) {
                return r.kind == ReminderKind::ZoneOpen;
            });
            REQUIRE(open != all.end());
            CHECK(localMinute(*zone, open->due) == Minutes{9 * 60});
            for (const auto& r : all) {
                if (r.kind == ReminderKind::AftercareDay2 ||
                    r.kind == ReminderKind::AftercareDays3To7 ||
                    r.kind == ReminderKind::ReactionCheckIn) {
                    CHECK(localMinute(*zone, r.due) == Minutes{9 * 60});
                }
            }
        }
    }
    // Across the spring switch: opened 1 April 09:00 CEST = 07:00 UTC.
    ReminderInput in;
    in.now = at("2026-03-25T08:30:00Z");
    in.situation = readySituation(in.now);
    in.situation.plan = {};
    in.situation.history = {pastSession(at("2026-03-25T06:30:00Z"), 500, {Zone::Forehead})};
    in.situation.head->lastDisinfected = in.now;
    const auto all = scheduleReminders(in, berlin);
    const auto open = std::find_if(all.begin(), all.end(),
                                   [](const auto& r) { return r.kind == ReminderKind::ZoneOpen; });
    REQUIRE(open != all.end());
    CHECK(open->due == at("2026-04-01T07:00:00Z"));
}

// ---- Notifications over D-Bus ---------------------------------------------------------------

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

bool waitForService(QDBusConnection& bus, const QString& service = kService) {
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (bus.interface()->isServiceRegistered(service).value()) {
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

struct Call {
    QString method;
    QVariantList args;
};

// Every call the mock recorded (org.freedesktop.DBus.Mock.GetCalls: a(tsav)).
std::vector<Call> recordedCalls(QDBusConnection& bus, const QString& service = kService,
                                const QString& path = kPath) {
    const QDBusMessage reply = bus.call(QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("GetCalls")));
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    const auto arg = reply.arguments().at(0).value<QDBusArgument>();
    std::vector<Call> calls;
    arg.beginArray();
    while (!arg.atEnd()) {
        quint64 time = 0;
        Call call;
        arg.beginStructure();
        arg >> time >> call.method >> call.args;
        arg.endStructure();
        calls.push_back(call);
    }
    arg.endArray();
    return calls;
}

std::vector<Call> callsOf(QDBusConnection& bus, const QString& method,
                          const QString& service = kService, const QString& path = kPath) {
    auto calls = recordedCalls(bus, service, path);
    calls.erase(std::remove_if(calls.begin(), calls.end(),
                               [&](const Call& c) { return c.method != method; }),
                calls.end());
    return calls;
}

// The notification service emits a signal, as a desktop does when the user clicks.
void emitSignal(QDBusConnection& bus, const QString& name, const QString& signature,
                const QVariantList& args, const QString& service = kService,
                const QString& path = kPath,
                const QString& interface = QStringLiteral("org.freedesktop.Notifications")) {
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("EmitSignal"));
    call << interface << name << signature << args;
    const QDBusMessage reply = bus.call(call);
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
}

// Lets queued D-Bus signals arrive.
template <typename Pred> bool processUntil(Pred done, int ms = 5000) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

std::optional<Reminder> storedReminder(const Database& db, const std::string& uid) {
    auto rows = db.reminders().all();
    REQUIRE(rows);
    for (const auto& r : rows.value()) {
        if (r.uid == uid) {
            return r;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Reminders are shown as freedesktop notifications, and each action works",
          "[reminders][dbus][with-notification-daemon]") {
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected());
    REQUIRE(waitForService(bus));
    // Each run of the test case (one per section) starts with an empty record.
    REQUIRE(bus.call(QDBusMessage::createMethodCall(kService, kPath,
                                                    QStringLiteral("org.freedesktop.DBus.Mock"),
                                                    QStringLiteral("ClearCalls")))
                .type() == QDBusMessage::ReplyMessage);

    TempDir dir;
    auto opened = Database::open(dir.file("journal.db"), rawKey('5'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    const TimePoint session = at("2026-06-10T08:00:00Z"); // 10:00 CEST
    REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
    // The head in use was not disinfected after the session: a hygiene reminder.
    Head head;
    head.id = "h1";
    head.needleLengthUm = 500;
    head.firstUse = session;
    head.lastUse = session;
    head.sessions = 1;
    REQUIRE(db.heads().save(StoredHead{"h1", "", head, std::nullopt}));
    REQUIRE(db.settings().set(kCurrentHeadSetting, "h1"));
    const QtTimeZone berlin = zoneNamed("Europe/Berlin");
    // Three days later at noon: the 24 h aftercare, the check-in and day 2 are all due.
    ManualClock clock(system_clock::time_point(at("2026-06-12T10:00:00Z")));
    DbusNotifier notifier(bus);
    CHECK(notifier.available());
    ReminderRunner runner(db, clock, berlin, notifier);
    std::vector<std::string> openedUids;
    runner.onOpen = [&](const std::string& uid) { openedUids.push_back(uid); };

    const auto shown = runner.tick();
    REQUIRE(shown);
    REQUIRE(shown.value() >= 3);
    const auto notifies = callsOf(bus, QStringLiteral("Notify"));
    REQUIRE(notifies.size() == static_cast<std::size_t>(shown.value()));
    for (const auto& call : notifies) {
        REQUIRE(call.args.size() == 8);
        CHECK(call.args.at(0).toString() == QStringLiteral("Rollwise")); // app name
        CHECK(call.args.at(3).toString() == QStringLiteral("Rollwise")); // summary
        const QString body = call.args.at(4).toString();
        CHECK_FALSE(body.contains(QStringLiteral("chin"), Qt::CaseInsensitive)); // no zone
        CHECK_FALSE(body.contains(QStringLiteral("mm")));                        // no depth
        const auto actions = qdbus_cast<QStringList>(call.args.at(5));
        CHECK(actions == QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                                     QStringLiteral("snooze"), QStringLiteral("Snooze"),
                                     QStringLiteral("done"), QStringLiteral("Done")});
        const auto hints = qdbus_cast<QVariantMap>(call.args.at(6));
        CHECK(hints.value(QStringLiteral("desktop-entry")).toString() ==
              QStringLiteral("rollwise"));
    }
    // Nothing is shown twice.
    REQUIRE(runner.tick());
    CHECK(callsOf(bus, QStringLiteral("Notify")).size() == notifies.size());

    auto schedule = runner.schedule();
    REQUIRE(schedule);
    std::vector<std::string> fired;
    for (const auto& r : schedule.value()) {
        if (r.fired) {
            fired.push_back(r.uid);
        }
    }
    REQUIRE(fired.size() >= 3);
    const std::string snoozed = fired.at(0);
    const std::string done = fired.at(1);
    const std::string openedOne = fired.at(2);

    SECTION("snooze, done and open, each through ActionInvoked") {
        emitSignal(
            bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
            {QVariant::fromValue(notifier.notificationId(snoozed)), QStringLiteral("snooze")});
        REQUIRE(
            processUntil([&] { return storedReminder(db, snoozed)->snoozedUntil.has_value(); }));
        CHECK(*storedReminder(db, snoozed)->snoozedUntil == at("2026-06-12T11:00:00Z"));
        // The notification was closed on the service.
        CHECK(callsOf(bus, QStringLiteral("CloseNotification")).size() == 1);

        emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                   {QVariant::fromValue(notifier.notificationId(done)), QStringLiteral("done")});
        REQUIRE(processUntil([&] { return storedReminder(db, done)->doneAt.has_value(); }));
        CHECK(*storedReminder(db, done)->doneAt == at("2026-06-12T10:00:00Z"));

        emitSignal(
            bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
            {QVariant::fromValue(notifier.notificationId(openedOne)), QStringLiteral("default")});
        REQUIRE(processUntil([&] { return !openedUids.empty(); }));
        CHECK(openedUids == std::vector<std::string>{openedOne});
        CHECK_FALSE(storedReminder(db, openedOne)->doneAt); // opening is not done

        // After the snooze, the reminder comes back once; the done one never.
        clock.advance(minutes{61});
        REQUIRE(runner.tick());
        const auto again = callsOf(bus, QStringLiteral("Notify"));
        CHECK(again.size() == notifies.size() + 1);
        REQUIRE(runner.tick());
        CHECK(callsOf(bus, QStringLiteral("Notify")).size() == notifies.size() + 1);
        schedule = runner.schedule();
        REQUIRE(schedule);
        CHECK(std::none_of(schedule.value().begin(), schedule.value().end(),
                           [&](const auto& r) { return r.uid == done; }));
    }
    SECTION("a notification the user dismissed: a later action on its id does nothing") {
        const quint32 id = notifier.notificationId(snoozed);
        emitSignal(bus, QStringLiteral("NotificationClosed"), QStringLiteral("uu"),
                   {QVariant::fromValue(id), QVariant::fromValue(quint32(2))});
        REQUIRE(processUntil([&] { return notifier.notificationId(snoozed) == 0; }));
        emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                   {QVariant::fromValue(id), QStringLiteral("done")});
        processUntil([] { return false; }, 300);
        CHECK_FALSE(storedReminder(db, snoozed)->doneAt);
        // Another program's notification id is ignored too.
        emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                   {QVariant::fromValue(quint32(9999)), QStringLiteral("done")});
        processUntil([] { return false; }, 300);
        CHECK(openedUids.empty());
    }
}

TEST_CASE("Without a notification service nothing is marked as shown",
          "[reminders][dbus][without-notification-daemon]") {
    TempDir dir;
    auto opened = Database::open(dir.file("journal.db"), rawKey('5'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    REQUIRE(db.sessions().save("s1", sampleSession(at("2026-06-10T08:00:00Z"), {Zone::Chin}, 3)));
    const QtTimeZone berlin = zoneNamed("Europe/Berlin");
    ManualClock clock(system_clock::time_point(at("2026-06-12T10:00:00Z")));
    DbusNotifier notifier(QDBusConnection::sessionBus());
    CHECK_FALSE(notifier.available());
    ReminderRunner runner(db, clock, berlin, notifier);
    const auto shown = runner.tick();
    REQUIRE(shown);
    CHECK(shown.value() == 0);
    CHECK(db.reminders().all().value().empty()); // tried again on the next tick
}

TEST_CASE("Inside a Flatpak: reminders through the desktop portal, and each action works",
          "[reminders][dbus][with-notification-portal]") {
    const QString service = QStringLiteral("org.freedesktop.portal.Desktop");
    const QString path = QStringLiteral("/org/freedesktop/portal/desktop");
    const QString iface = QStringLiteral("org.freedesktop.portal.Notification");
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected());
    REQUIRE(waitForService(bus, service));
    const auto mock = [&](const QString& method, const QVariantList& args) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            service, path, QStringLiteral("org.freedesktop.DBus.Mock"), method);
        call.setArguments(args);
        const QDBusMessage reply = bus.call(call);
        INFO(reply.errorMessage().toStdString());
        REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    };
    // The portal's Notification interface (xdg-desktop-portal's signatures).
    mock(QStringLiteral("AddMethod"), {iface, QStringLiteral("AddNotification"),
                                       QStringLiteral("sa{sv}"), QString(), QString()});
    mock(QStringLiteral("AddMethod"),
         {iface, QStringLiteral("RemoveNotification"), QStringLiteral("s"), QString(), QString()});
    mock(QStringLiteral("ClearCalls"), {});

    TempDir dir;
    auto opened = Database::open(dir.file("journal.db"), rawKey('6'));
    REQUIRE(opened);
    Database db = std::move(opened).value();
    REQUIRE(db.sessions().save("s1", sampleSession(at("2026-06-10T08:00:00Z"), {Zone::Chin}, 3)));
    const QtTimeZone berlin = zoneNamed("Europe/Berlin");
    ManualClock clock(system_clock::time_point(at("2026-06-12T10:00:00Z")));
    PortalNotifier notifier(bus);
    CHECK(notifier.available());
    ReminderRunner runner(db, clock, berlin, notifier);
    std::vector<std::string> openedUids;
    runner.onOpen = [&](const std::string& uid) { openedUids.push_back(uid); };
    const auto shown = runner.tick();
    REQUIRE(shown);
    REQUIRE(shown.value() >= 2);
    const auto adds = callsOf(bus, QStringLiteral("AddNotification"), service, path);
    REQUIRE(adds.size() == static_cast<std::size_t>(shown.value()));
    for (const auto& call : adds) {
        REQUIRE(call.args.size() == 2);
        CHECK(call.args.at(0).toString().startsWith(QStringLiteral("rollwise-reminder-")));
        const auto n = qdbus_cast<QVariantMap>(call.args.at(1));
        CHECK(n.value(QStringLiteral("title")).toString() == QStringLiteral("Rollwise"));
        CHECK_FALSE(n.value(QStringLiteral("body")).toString().contains(QStringLiteral("hin")));
        CHECK(n.value(QStringLiteral("default-action")).toString() == QStringLiteral("open"));
        const auto buttonsArg = n.value(QStringLiteral("buttons")).value<QDBusArgument>();
        QStringList actions;
        buttonsArg.beginArray();
        while (!buttonsArg.atEnd()) {
            QVariantMap b;
            buttonsArg >> b;
            actions << b.value(QStringLiteral("action")).toString();
        }
        buttonsArg.endArray();
        CHECK(actions == QStringList{QStringLiteral("snooze"), QStringLiteral("done")});
    }
    auto schedule = runner.schedule();
    REQUIRE(schedule);
    std::vector<std::string> fired;
    for (const auto& r : schedule.value()) {
        if (r.fired) {
            fired.push_back(r.uid);
        }
    }
    REQUIRE(fired.size() >= 2);
    const auto invoke = [&](const std::string& uid, const char* action) {
        const QVariantList args{QVariant(notifier.notificationId(uid)),
                                QVariant(QString::fromLatin1(action)),
                                QVariant::fromValue(QVariantList{})};
        emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("ssav"), args, service,
                   path, iface);
    };
    invoke(fired.at(0), "snooze");
    REQUIRE(
        processUntil([&] { return storedReminder(db, fired.at(0))->snoozedUntil.has_value(); }));
    CHECK(*storedReminder(db, fired.at(0))->snoozedUntil == at("2026-06-12T11:00:00Z"));
    CHECK(callsOf(bus, QStringLiteral("RemoveNotification"), service, path).size() == 1);
    invoke(fired.at(1), "open");
    REQUIRE(processUntil([&] { return !openedUids.empty(); }));
    CHECK(openedUids == std::vector<std::string>{fired.at(1)});
    invoke(fired.at(1), "done");
    REQUIRE(processUntil([&] { return storedReminder(db, fired.at(1))->doneAt.has_value(); }));
    // Nothing shown twice; the snoozed one comes back once.
    REQUIRE(runner.tick());
    CHECK(callsOf(bus, QStringLiteral("AddNotification"), service, path).size() == adds.size());
    clock.advance(minutes{61});
    REQUIRE(runner.tick());
    REQUIRE(runner.tick());
    CHECK(callsOf(bus, QStringLiteral("AddNotification"), service, path).size() == adds.size() + 1);
}
