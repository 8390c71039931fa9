#include "reminder_manager.h"

#include "calendar_export.h"
#include "logging.h"

#include <rollwise/core/database.h>
#include <rollwise/core/reminders.h>
#include <rollwise/platform/reminder_timer.h>
#include <rollwise/platform/text.h>

#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace rollwise::app {
namespace {

// How long a reminder that could not be shown waits before it is tried again.
constexpr std::chrono::milliseconds kRetryAfter = std::chrono::minutes(1);

static_assert(static_cast<int>(ReminderManager::Kind::ZoneOpen) ==
              static_cast<int>(ReminderKind::ZoneOpen));
static_assert(static_cast<int>(ReminderManager::Kind::Aftercare24h) ==
              static_cast<int>(ReminderKind::Aftercare24h));
static_assert(static_cast<int>(ReminderManager::Kind::PlaceDeviceSession) ==
              static_cast<int>(ReminderKind::PlaceDeviceSession));

QDateTime toDateTime(TimePoint when) {
    return QDateTime::fromSecsSinceEpoch(
        std::chrono::floor<Seconds>(when).time_since_epoch().count());
}

} // namespace

struct ReminderManager::Impl {
    ReminderManager& owner;
    const Clock& clock;
    const TimeZone& zone;
    Notifier* notifier = nullptr;
    platform::ReminderTimer* background = nullptr; // the systemd user timer, where there is one
    // Stands in when there is no notification service: nothing is shown, nothing is marked.
    struct Silent final : Notifier {
        bool show(const ReminderNotice&) override { return false; }
        void withdraw(const std::string&) override {}
    } silent;
    Database* db = nullptr;
    std::unique_ptr<ReminderRunner> runner;
    ReminderSettings settings;
    std::vector<ScheduledReminder> schedule;
    Problem problem = Problem::None;
    QTimer timer;
    // The last wake-up found reminders due that could not be shown (no notification service):
    // the next try waits a while instead of spinning on them.
    bool backOff = false;
    bool reloadPending = false;

    Impl(ReminderManager& manager, const Clock& c, const TimeZone& z, Notifier* n,
         platform::ReminderTimer* t)
        : owner(manager)
        , clock(c)
        , zone(z)
        , notifier(n)
        , background(t) {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &owner, [this] { (void)owner.deliverDue(); });
    }

    void reload() {
        if (db == nullptr || !runner) {
            return;
        }
        auto loaded = loadReminderSettings(db->settings());
        auto scheduled = runner->schedule();
        if (!loaded || !scheduled) {
            problem = Problem::ReadFailed;
            schedule.clear();
        } else {
            settings = loaded.value();
            schedule = std::move(scheduled).value();
            problem = Problem::None;
        }
        arm();
        emit owner.changed();
        emit owner.scheduleChanged();
    }

    // The timer wakes at the next due reminder (at most a day ahead: the schedule moves).
    void arm() {
        timer.stop();
        // Without a notifier nothing could be shown: no wake-ups (scratch runs).
        if (!runner || notifier == nullptr) {
            return;
        }
        auto next = runner->nextWake();
        if (!next || !next.value()) {
            return;
        }
        auto wait =
            std::chrono::duration_cast<std::chrono::milliseconds>(*next.value() - clock.now());
        if (backOff && wait < kRetryAfter) {
            wait = kRetryAfter;
        }
        timer.start(std::clamp(wait, std::chrono::milliseconds(0),
                               std::chrono::milliseconds(std::chrono::hours(24))));
    }

    void save() {
        if (db == nullptr) {
            problem = Problem::JournalLocked;
            emit owner.changed();
            return;
        }
        if (auto saved = saveReminderSettings(db->settings(), settings); !saved) {
            qCInfo(lcApp) << "reminder settings not saved:" << static_cast<int>(saved.error().code);
            problem = Problem::WriteFailed;
            emit owner.changed();
            return;
        }
        reload();
    }
};

ReminderManager::ReminderManager(const Clock& clock, const TimeZone& zone, Notifier* notifier,
                                 platform::ReminderTimer* timer, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(*this, clock, zone, notifier, timer)) {}

bool ReminderManager::canRunWhileClosed() const {
    return d->background != nullptr && d->background->available();
}

bool ReminderManager::whileClosed() const {
    return canRunWhileClosed() && d->background->enabled();
}

void ReminderManager::setWhileClosed(bool on) {
    if (!canRunWhileClosed() || !d->background->setEnabled(on)) {
        d->problem = Problem::TimerFailed;
    } else if (d->problem == Problem::TimerFailed) {
        d->problem = Problem::None;
    }
    emit changed();
}

ReminderManager::~ReminderManager() {
    ReminderManagerForeign::forget(this);
}

void ReminderManager::attach(Database& db) {
    d->db = &db;
    d->runner = std::make_unique<ReminderRunner>(db, d->clock, d->zone,
                                                 d->notifier != nullptr ? *d->notifier : d->silent);
    d->reload();
}

void ReminderManager::journalChanged() {
    // A sync or a restore says several things changed at once: work the schedule out once.
    if (d->reloadPending) {
        return;
    }
    d->reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        d->reloadPending = false;
        d->reload();
    });
}

bool ReminderManager::available() const {
    return d->db != nullptr;
}

bool ReminderManager::canNotify() const {
    return d->notifier != nullptr;
}

int ReminderManager::timeOfDay() const {
    return static_cast<int>(d->settings.timeOfDay.count());
}

void ReminderManager::setTimeOfDay(int minutes) {
    d->settings.timeOfDay = Minutes(std::clamp(minutes, 0, 24 * 60 - 1));
    d->save();
}

bool ReminderManager::perZone() const {
    return d->settings.perZone;
}

void ReminderManager::setPerZone(bool perZone) {
    d->settings.perZone = perZone;
    d->save();
}

bool ReminderManager::quietHours() const {
    return d->settings.quietStart.has_value() && d->settings.quietEnd.has_value();
}

void ReminderManager::setQuietHours(bool on) {
    if (on) {
        d->settings.quietStart = d->settings.quietStart.value_or(Minutes(22 * 60));
        d->settings.quietEnd = d->settings.quietEnd.value_or(Minutes(8 * 60));
    } else {
        d->settings.quietStart.reset();
        d->settings.quietEnd.reset();
    }
    d->save();
}

int ReminderManager::quietStart() const {
    return static_cast<int>(d->settings.quietStart.value_or(Minutes(22 * 60)).count());
}

void ReminderManager::setQuietStart(int minutes) {
    d->settings.quietStart = Minutes(std::clamp(minutes, 0, 24 * 60 - 1));
    d->settings.quietEnd = d->settings.quietEnd.value_or(Minutes(8 * 60));
    d->save();
}

int ReminderManager::quietEnd() const {
    return static_cast<int>(d->settings.quietEnd.value_or(Minutes(8 * 60)).count());
}

void ReminderManager::setQuietEnd(int minutes) {
    d->settings.quietEnd = Minutes(std::clamp(minutes, 0, 24 * 60 - 1));
    d->settings.quietStart = d->settings.quietStart.value_or(Minutes(22 * 60));
    d->save();
}

QDateTime ReminderManager::nextReminder() const {
    const TimePoint now = std::chrono::floor<Seconds>(d->clock.now());
    for (const auto& reminder : d->schedule) {
        if (!reminder.fired && reminder.due >= now) {
            return toDateTime(reminder.due);
        }
    }
    return {};
}

ReminderManager::Problem ReminderManager::problem() const {
    return d->problem;
}

bool ReminderManager::kindEnabled(Kind kind) const {
    const auto core = static_cast<ReminderKind>(kind);
    return std::find(d->settings.off.begin(), d->settings.off.end(), core) == d->settings.off.end();
}

void ReminderManager::setKindEnabled(Kind kind, bool enabled) {
    const auto core = static_cast<ReminderKind>(kind);
    auto& off = d->settings.off;
    off.erase(std::remove(off.begin(), off.end(), core), off.end());
    if (!enabled) {
        off.push_back(core);
    }
    d->save();
}

int ReminderManager::deliverDue() {
    if (!d->runner) {
        return 0;
    }
    auto shown = d->runner->tick();
    if (!shown) {
        d->problem = Problem::ReadFailed;
        d->backOff = true;
        d->arm();
        emit changed();
        return 0;
    }
    // Something due stays unshown (the notification service is away): try again later.
    auto due = d->runner->nextWake();
    d->backOff = shown.value() == 0 && due && due.value() &&
                 *due.value() <= std::chrono::floor<Seconds>(d->clock.now());
    d->reload();
    return shown.value();
}

int ReminderManager::exportCalendar(const QUrl& file, bool details) {
    if (d->db == nullptr) {
        d->problem = Problem::JournalLocked;
        emit changed();
        return -1;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    cli::CalendarOptions options;
    options.details = details;
    options.journalUid = d->db->databaseUid();
    const std::string text = cli::calendarText(
        d->schedule, d->settings, d->zone, std::chrono::floor<Seconds>(d->clock.now()), options);
    // Written whole or not at all: a failed export leaves any earlier file as it was.
    QSaveFile out(path);
    if (path.isEmpty() || !out.open(QIODevice::WriteOnly) ||
        out.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !out.commit()) {
        qCInfo(lcApp) << "calendar export failed";
        d->problem = Problem::ExportFailed;
        emit changed();
        return -1;
    }
    d->problem = Problem::None;
    emit changed();
    return static_cast<int>(d->schedule.size());
}

std::vector<ReminderManager::Upcoming> ReminderManager::upcoming() const {
    std::vector<Upcoming> list;
    for (const auto& reminder : d->schedule) {
        Upcoming item;
        item.kind = static_cast<Kind>(reminder.kind);
        item.zoneKey =
            reminder.zone ? platform::toQString(zoneInfo(*reminder.zone).key) : QString();
        item.due = toDateTime(reminder.due);
        item.snoozed = reminder.snoozed;
        list.push_back(item);
    }
    return list;
}

} // namespace rollwise::app
