// Reminders with the app closed (docs/reminders.md): `rollwise-cli reminders deliver`, the run the
// systemd user timer starts, against a real D-Bus notification service (python3-dbusmock's
// notification_daemon) and a real SQLCipher journal whose key is in a real keychain
// (gnome-keyring), both on a private session bus. What it must show is computed by core's
// scheduler in this process, on the same journal, at the same instant.
#include "guard_fixtures.h"
#include "store_fixtures.h"
#include "temp_dir.h"

#include <rollwise/core/journal.h>
#include <rollwise/core/reminders.h>
#include <rollwise/core/situation.h>
#include <rollwise/core/time.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/qt_time_zone.h>

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace rollwise;
using namespace rollwise::test;
using std::chrono::minutes;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kMock = QStringLiteral("org.freedesktop.DBus.Mock");
constexpr int kDismissed = 2; // NotificationClosed reason: dismissed by the user

bool waitForService(QDBusConnection& bus) {
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (bus.interface()->isServiceRegistered(kService).value()) {
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

struct Notified {
    quint32 id = 0; // the mock numbers notifications 1, 2, 3 ... in call order
    QString kind;   // the x-rollwise-kind hint
    QString body;
};

// Every Notify call the mock recorded, in order.
std::vector<Notified> notified(QDBusConnection& bus) {
    const QDBusMessage reply = bus.call(
        QDBusMessage::createMethodCall(kService, kPath, kMock, QStringLiteral("GetCalls")));
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    const auto arg = reply.arguments().at(0).value<QDBusArgument>();
    std::vector<Notified> out;
    arg.beginArray();
    while (!arg.atEnd()) {
        quint64 time = 0;
        QString method;
        QVariantList args;
        arg.beginStructure();
        arg >> time >> method >> args;
        arg.endStructure();
        if (method == QStringLiteral("Notify")) {
            const auto hints = qdbus_cast<QVariantMap>(args.at(6));
            out.push_back({quint32(out.size() + 1),
                           hints.value(QStringLiteral("x-rollwise-kind")).toString(),
                           args.at(4).toString()});
        }
    }
    arg.endArray();
    return out;
}

void emitSignal(QDBusConnection& bus, const QString& name, const QString& signature,
                const QVariantList& args) {
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kMock, QStringLiteral("EmitSignal"));
    call << kService << name << signature << args;
    REQUIRE(bus.call(call).type() == QDBusMessage::ReplyMessage);
}

class NoNotifier final : public Notifier {
public:
    bool show(const ReminderNotice&) override { return false; }
    void withdraw(const std::string&) override {}
};

Database openJournal(const std::filesystem::path& path) {
    platform::KeychainSecretStore store;
    auto db = openWithKeychain(path, store, platform::generateKey);
    REQUIRE(db);
    return std::move(db).value();
}

const platform::QtTimeZone& berlin() {
    static const platform::QtTimeZone zone{QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
    return zone;
}

// What core says is due at `now` on this journal, as sorted kind names.
std::vector<QString> dueKinds(const std::filesystem::path& path, TimePoint now) {
    Database db = openJournal(path);
    ManualClock clock{std::chrono::system_clock::time_point(now)};
    NoNotifier none;
    ReminderRunner runner(db, clock, berlin(), none);
    auto schedule = runner.schedule();
    REQUIRE(schedule);
    std::vector<QString> kinds;
    for (const auto& r : remindersToFire(schedule.value(), now)) {
        kinds.push_back(
            QString::fromUtf8(toString(r.kind).data(), qsizetype(toString(r.kind).size())));
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

std::vector<QString> kindsOf(const std::vector<Notified>& list, std::size_t from) {
    std::vector<QString> kinds;
    for (std::size_t i = from; i < list.size(); ++i) {
        kinds.push_back(list[i].kind);
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

bool contains(const std::vector<QString>& kinds, const char* kind) {
    return std::find(kinds.begin(), kinds.end(), QString::fromLatin1(kind)) != kinds.end();
}

QProcessEnvironment runEnvironment(TimePoint now, const QString& binDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROLLWISE_REMINDERS_NOW"), QString::fromStdString(formatIso(now)));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    env.insert(QStringLiteral("PATH"), binDir + u':' + env.value(QStringLiteral("PATH")));
    return env;
}

struct RunResult {
    int exitCode = -1;
    QString err;
};

// One delivery run that does not wait for the user.
RunResult deliverNow(const std::filesystem::path& db, TimePoint now, const QString& binDir) {
    QProcess run;
    run.setProcessEnvironment(runEnvironment(now, binDir));
    run.start(QStringLiteral(ROLLWISE_CLI),
              {QStringLiteral("reminders"), QStringLiteral("deliver"), QStringLiteral("--db"),
               QString::fromStdString(db.string()), QStringLiteral("--wait"), QStringLiteral("0")});
    REQUIRE(run.waitForFinished(60000));
    REQUIRE(run.exitStatus() == QProcess::NormalExit);
    return {run.exitCode(), QString::fromUtf8(run.readAllStandardError())};
}

// Generous: on a loaded machine the run's start (keyring, SQLCipher) can take seconds.
template <typename Pred> bool processUntil(Pred done, int ms = 30000) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    return done();
}

std::optional<Reminder> storedOfKind(const std::filesystem::path& path, const QString& kind) {
    Database db = openJournal(path);
    auto rows = db.reminders().all();
    REQUIRE(rows);
    for (const auto& r : rows.value()) {
        if (QString::fromStdString(r.kind) == kind) {
            return r;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("With the app closed: a delivery run shows what is due once, catches up after the "
          "machine was off, keeps a snooze, and refuses a passphrase journal",
          "[reminders][delivery][with-keyring-and-notifications]") {
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected());
    REQUIRE(waitForService(bus));
    REQUIRE(berlin().isValid());
    TempDir dir;
    const std::filesystem::path journal = dir.file("journal.db");
    // A stand-in for the app, found on PATH, so "open" can be seen.
    const QString binDir = QString::fromStdString(dir.file("bin").string());
    std::filesystem::create_directories(dir.file("bin"));
    const QString openedMarker = QString::fromStdString(dir.file("app-opened").string());
    {
        QFile app(binDir + QStringLiteral("/rollwise"));
        REQUIRE(app.open(QIODevice::WriteOnly));
        app.write(QStringLiteral("#!/bin/sh\ntouch '%1'\n").arg(openedMarker).toUtf8());
        app.close();
        app.setPermissions(app.permissions() | QFileDevice::ExeOwner);
    }

    // A session on the chin on 10 June at 10:00 CEST, with a head not disinfected after it.
    const TimePoint session = at("2026-06-10T08:00:00Z");
    {
        Database db = openJournal(journal); // created with a fresh key in the keychain
        REQUIRE(db.sessions().save("s1", sampleSession(session, {Zone::Chin}, 3)));
        Head head;
        head.id = "h1";
        head.needleLengthUm = 500;
        head.firstUse = session;
        head.lastUse = session;
        head.sessions = 1;
        REQUIRE(db.heads().save(StoredHead{"h1", "", head, std::nullopt}));
        REQUIRE(db.settings().set(kCurrentHeadSetting, "h1"));
    }

    // Run 1, the next day at 11:00 CEST: the 24 h aftercare, the check-in and the hygiene
    // reminder are due. The run waits for the user, who snoozes, marks done, opens, dismisses.
    const TimePoint run1 = at("2026-06-11T09:00:00Z");
    const auto expected1 = dueKinds(journal, run1);
    REQUIRE(contains(expected1, "aftercare-24h"));
    REQUIRE(contains(expected1, "reaction-check-in"));
    REQUIRE(contains(expected1, "hygiene"));
    QProcess waiting;
    waiting.setProcessEnvironment(runEnvironment(run1, binDir));
    QElapsedTimer elapsed;
    elapsed.start();
    waiting.start(QStringLiteral(ROLLWISE_CLI),
                  {QStringLiteral("reminders"), QStringLiteral("deliver"), QStringLiteral("--db"),
                   QString::fromStdString(journal.string()), QStringLiteral("--wait"),
                   QStringLiteral("90")});
    REQUIRE(processUntil([&] { return notified(bus).size() == expected1.size(); }));
    const auto shown1 = notified(bus);
    CHECK(kindsOf(shown1, 0) == expected1);
    for (const auto& n : shown1) {
        CHECK_FALSE(n.body.contains(QStringLiteral("chin"), Qt::CaseInsensitive)); // no zone
        CHECK_FALSE(n.body.contains(QStringLiteral("mm")));                        // no depth
    }
    for (const auto& n : shown1) {
        if (n.kind == QStringLiteral("hygiene")) {
            emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                       {QVariant::fromValue(n.id), QStringLiteral("snooze")});
        } else if (n.kind == QStringLiteral("reaction-check-in")) {
            emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                       {QVariant::fromValue(n.id), QStringLiteral("done")});
        } else if (n.kind == QStringLiteral("aftercare-24h")) {
            emitSignal(bus, QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                       {QVariant::fromValue(n.id), QStringLiteral("default")});
        } else {
            emitSignal(bus, QStringLiteral("NotificationClosed"), QStringLiteral("uu"),
                       {QVariant::fromValue(n.id), QVariant::fromValue(quint32(kDismissed))});
        }
    }
    // Nothing is left on screen, so the run ends long before its 60 s.
    REQUIRE(waiting.waitForFinished(50000));
    CHECK(waiting.exitCode() == 0);
    CHECK(elapsed.elapsed() < 50000);
    INFO(QString::fromUtf8(waiting.readAllStandardError()).toStdString());
    // Open started the app (detached: it may run a moment after the delivery run ended).
    CHECK(processUntil([&] { return QFile::exists(openedMarker); }));
    const auto snoozed = storedOfKind(journal, QStringLiteral("hygiene"));
    REQUIRE(snoozed);
    REQUIRE(snoozed->snoozedUntil);
    CHECK(*snoozed->snoozedUntil >= run1 + minutes{60});
    CHECK(*snoozed->snoozedUntil <= run1 + minutes{61});
    const auto done = storedOfKind(journal, QStringLiteral("reaction-check-in"));
    REQUIRE(done);
    CHECK(done->doneAt);
    const auto openedOne = storedOfKind(journal, QStringLiteral("aftercare-24h"));
    REQUIRE(openedOne);
    CHECK_FALSE(openedOne->doneAt); // opening is not done
    CHECK_FALSE(openedOne->snoozedUntil);

    // Run 2, ten minutes later: nothing twice, and the snooze holds.
    auto result = deliverNow(journal, run1 + minutes{10}, binDir);
    CHECK(result.exitCode == 0);
    CHECK(notified(bus).size() == shown1.size());

    // The machine was off until 15 June, 12:00 CEST. Missed meanwhile: day 2's aftercare (expired
    // when days 3 - 7 began: not shown) and days 3 - 7 (due 13 June, valid to the end of day 7:
    // caught up). The snoozed hygiene reminder is over its snooze: shown again. The check-in
    // marked done: never again.
    const TimePoint run3 = at("2026-06-15T10:00:00Z");
    const auto expected3 = dueKinds(journal, run3);
    REQUIRE(contains(expected3, "aftercare-days-3-7"));
    REQUIRE(contains(expected3, "hygiene"));
    REQUIRE_FALSE(contains(expected3, "aftercare-day-2"));
    REQUIRE_FALSE(contains(expected3, "reaction-check-in"));
    result = deliverNow(journal, run3, binDir);
    CHECK(result.exitCode == 0);
    const auto shown3 = notified(bus);
    CHECK(kindsOf(shown3, shown1.size()) == expected3);

    // And once more: nothing twice.
    result = deliverNow(journal, run3 + minutes{1}, binDir);
    CHECK(result.exitCode == 0);
    CHECK(notified(bus).size() == shown3.size());

    // No journal: nothing is created, exit 3.
    const auto missing = dir.file("none.db");
    result = deliverNow(missing, run3, binDir);
    CHECK(result.exitCode == 3);
    CHECK_FALSE(std::filesystem::exists(missing));

    // The user moved the journal to a passphrase: a background run cannot ask for it. It says
    // so, exits with 7, and shows nothing.
    {
        Database db = openJournal(journal);
        platform::KeychainSecretStore store;
        std::string text = "correct horse battery";
        REQUIRE(switchToPassphrase(db, store, Passphrase::adopt(text)));
    }
    result = deliverNow(journal, at("2026-06-20T10:00:00Z"), binDir);
    CHECK(result.exitCode == 7);
    CHECK(result.err.contains(QStringLiteral("passphrase")));
    CHECK(notified(bus).size() == shown3.size());
}
