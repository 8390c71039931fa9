#include "reminder_delivery.h"

#include "store_commands.h"

#include <rollwise/core/journal.h>
#include <rollwise/core/reminders.h>
#include <rollwise/core/time.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/notifier_factory.h>
#include <rollwise/platform/qt_time_zone.h>
#include <rollwise/platform/text.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <filesystem>
#include <set>

namespace rollwise::cli {

namespace {

constexpr int kMaxWaitSeconds = 3600;

// The wall clock, moved by a fixed offset when a test sets ROLLWISE_REMINDERS_NOW; time still
// passes, so snoozes and waits behave as in real use.
class DeliveryClock final : public Clock {
public:
    explicit DeliveryClock(std::optional<TimePoint> start) {
        if (start) {
            m_offset =
                std::chrono::system_clock::time_point(*start) - std::chrono::system_clock::now();
        }
    }
    [[nodiscard]] std::chrono::system_clock::time_point now() const override {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now() +
                                                        m_offset);
    }
    [[nodiscard]] std::chrono::steady_clock::duration monotonic() const override {
        return std::chrono::steady_clock::now().time_since_epoch();
    }

private:
    std::chrono::system_clock::duration m_offset{};
};

// Forwards to the platform's notifier and remembers which reminders are still on screen, so the
// run knows when nothing is left to wait for.
class TrackingNotifier final : public Notifier {
public:
    explicit TrackingNotifier(Notifier& inner)
        : m_inner(inner) {}
    [[nodiscard]] bool available() const override { return m_inner.available(); }
    [[nodiscard]] bool show(const ReminderNotice& notice) override {
        if (!m_inner.show(notice)) {
            return false;
        }
        m_open.insert(notice.uid);
        return true;
    }
    void withdraw(const std::string& uid) override {
        m_open.erase(uid);
        m_inner.withdraw(uid);
    }
    void forget(const std::string& uid) { m_open.erase(uid); }
    [[nodiscard]] bool anyOpen() const { return !m_open.empty(); }

private:
    Notifier& m_inner;
    std::set<std::string> m_open;
};

// Where the app keeps its journal (QStandardPaths::AppDataLocation of "Rollwise"/"Rollwise").
QString defaultJournal() {
    QCoreApplication::setOrganizationName(QStringLiteral("Rollwise"));
    QCoreApplication::setApplicationName(QStringLiteral("Rollwise"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.db"));
}

// "Open": start the app (next to rollwise-cli when installed, else on PATH).
void openApp(QTextStream& err) {
    QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("rollwise"));
    if (!QFileInfo(app).isExecutable()) {
        app = QStandardPaths::findExecutable(QStringLiteral("rollwise"));
    }
    if (app.isEmpty() || !QProcess::startDetached(app, {})) {
        err << "rollwise-cli: cannot start the Rollwise app\n";
    }
}

int exitCodeForJournal(const JournalError& error) {
    switch (error.code) {
    case JournalErrorCode::KeyMissing:
        return kPassphraseJournal;
    case JournalErrorCode::KeychainUnavailable:
    case JournalErrorCode::KeychainDenied:
        return kKeyError;
    case JournalErrorCode::Database:
        break;
    }
    if (!error.database) {
        return kFailed;
    }
    switch (error.database->code) {
    case DatabaseErrorCode::NewerThanApp:
        return kTooNew;
    case DatabaseErrorCode::NotEncrypted:
    case DatabaseErrorCode::Corrupt:
    case DatabaseErrorCode::CipherMissing:
        return kDamaged;
    case DatabaseErrorCode::CannotOpen:
    case DatabaseErrorCode::ReadFailed:
        return kFileError;
    default:
        return kFailed;
    }
}

int deliver(const QStringList& args, QTextStream& out, QTextStream& err) {
    QString file;
    int waitSeconds = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QStringLiteral("--db") && hasValue) {
            file = args.at(++i);
        } else if (arg == QStringLiteral("--wait") && hasValue) {
            bool ok = false;
            waitSeconds = args.at(++i).toInt(&ok);
            if (!ok || waitSeconds < 0 || waitSeconds > kMaxWaitSeconds) {
                err << "rollwise-cli: --wait wants 0 to " << kMaxWaitSeconds << " seconds\n"
                    << remindersUsage();
                return kUsage;
            }
        } else {
            err << "rollwise-cli: unexpected argument " << arg << '\n' << remindersUsage();
            return kUsage;
        }
    }
    std::optional<TimePoint> testNow;
    if (const QByteArray at = qgetenv("ROLLWISE_REMINDERS_NOW"); !at.isEmpty()) {
        testNow = parseIso(at.toStdString());
        if (!testNow) {
            err << "rollwise-cli: ROLLWISE_REMINDERS_NOW wants a UTC time like "
                   "2026-06-11T09:00:00Z\n";
            return kUsage;
        }
    }
    if (file.isEmpty()) {
        file = defaultJournal();
    }
    // Never create a journal here: no journal, no reminders.
    const std::filesystem::path path = file.toStdString();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec) || std::filesystem::file_size(path, ec) == 0) {
        err << "rollwise-cli: there is no journal at " << file << "; nothing to deliver\n";
        return kFileError;
    }

    // The notification service first: without one, the keychain is not even asked.
    auto platformNotifier = platform::makeNotifier();
    TrackingNotifier notifier(*platformNotifier);
    if (!notifier.available()) {
        err << "rollwise-cli: no notification service answers; nothing was delivered (the next "
               "run tries again)\n";
        return kOk;
    }
    platform::KeychainSecretStore store;
    auto opened = openWithKeychain(path, store, platform::generateKey);
    if (!opened) {
        if (opened.error().code == JournalErrorCode::KeyMissing) {
            err << "rollwise-cli: the journal is not opened by the key in the system keychain "
                   "(it is protected by a passphrase, or its key is gone), so reminders cannot "
                   "be delivered while Rollwise is closed. Open Rollwise to see them. Nothing "
                   "was delivered.\n";
        } else {
            err << "rollwise-cli: " << platform::toQString(opened.error().message) << '\n';
        }
        return exitCodeForJournal(opened.error());
    }
    Database db = std::move(opened).value();

    const DeliveryClock clock(testNow);
    const platform::QtTimeZone zone = platform::QtTimeZone::system();
    ReminderRunner runner(db, clock, zone, notifier);
    bool failed = false;
    runner.onOpen = [&](const std::string&) { openApp(err); };
    platformNotifier->onAction = [&](const std::string& uid, ReminderAction action) {
        if (auto acted = runner.act(uid, action); !acted) {
            err << "rollwise-cli: " << platform::toQString(acted.error().message) << '\n';
            failed = true;
        }
        notifier.forget(uid);
    };
    platformNotifier->onClosed = [&](const std::string& uid) { notifier.forget(uid); };

    int delivered = 0;
    std::optional<TimePoint> wake;
    TimePoint lastTick{};
    const auto tick = [&]() -> bool {
        lastTick = std::chrono::floor<std::chrono::seconds>(clock.now());
        const auto shown = runner.tick();
        if (!shown) {
            err << "rollwise-cli: " << platform::toQString(shown.error().message) << '\n';
            return false;
        }
        delivered += shown.value();
        const auto next = runner.nextWake();
        if (!next) {
            err << "rollwise-cli: " << platform::toQString(next.error().message) << '\n';
            return false;
        }
        wake = next.value();
        return true;
    };
    if (!tick()) {
        return kFailed;
    }
    // Wait for the user's answer while a reminder is on screen, at most --wait seconds; show
    // what falls due meanwhile (the timer does not start another run while this one lasts).
    const QDeadlineTimer deadline{std::chrono::seconds(waitSeconds)};
    while (notifier.anyOpen() && !deadline.hasExpired() && !failed) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
        // Only for something that fell due since the last tick: one the notifier failed to
        // show waits for the next run rather than being retried in a loop.
        if (wake && *wake > lastTick &&
            std::chrono::floor<std::chrono::seconds>(clock.now()) >= *wake && !tick()) {
            return kFailed;
        }
    }
    out << "delivered " << delivered << (delivered == 1 ? " reminder\n" : " reminders\n");
    return failed ? kFailed : kOk;
}

} // namespace

bool isRemindersCommand(const QString& command) {
    return command == QStringLiteral("reminders");
}

QString remindersUsage() {
    return QStringLiteral(
        "       rollwise-cli reminders deliver [--db FILE] [--wait SECONDS]   (keychain key "
        "only)\n");
}

int runRemindersCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.isEmpty() || args.first() != QStringLiteral("deliver")) {
        err << "usage:\n" << remindersUsage();
        return kUsage;
    }
    return deliver(args.mid(1), out, err);
}

} // namespace rollwise::cli
