#include "device_sessions_service.h"

#include "journal_service.h"

#include <rollwise/core/database.h>
#include <rollwise/platform/text.h>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QVariantMap>

namespace rollwise::app {
namespace {} // namespace

DeviceSessionsService::DeviceSessionsService(JournalService& journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal) {
    connect(&m_journal, &JournalService::changed, this, &DeviceSessionsService::refresh);
    refresh();
}

void DeviceSessionsService::refresh() {
    QVariantList list;
    Database* db = m_journal.database();
    if (db != nullptr) {
        auto pending = db->sessions().pendingDeviceSessions();
        if (!pending) {
            m_message = tr("The sessions from your device could not be read: %1")
                            .arg(platform::toQString(pending.error().message));
        } else {
            for (const auto& session : pending.value()) {
                const QString uid = QString::fromStdString(session.uid);
                if (m_skipped.contains(uid)) {
                    continue;
                }
                const QDateTime when = QDateTime::fromSecsSinceEpoch(
                    session.start.time_since_epoch().count(), QTimeZone::systemTimeZone());
                QVariantList zones;
                for (const Zone zone : session.reachable) {
                    zones.append(QVariantMap{
                        {QStringLiteral("key"), platform::toQString(zoneInfo(zone).key)},
                        {QStringLiteral("name"), platform::toQString(zoneInfo(zone).displayName)}});
                }
                QVariantMap entry;
                entry.insert(QStringLiteral("uid"), uid);
                entry.insert(QStringLiteral("question"),
                             tr("Where did you roll on %1?")
                                 .arg(QLocale().toString(when, QStringLiteral("ddd HH:mm"))));
                entry.insert(
                    QStringLiteral("detail"),
                    (session.timeTrusted
                         ? tr("%n passes with your smart device.", nullptr, session.passes)
                         : tr("%n passes with your smart device; its clock was not set, so the "
                              "session is dated when it was copied.",
                              nullptr, session.passes)) +
                        QLatin1Char(' ') +
                        tr("Until you say, every zone stays closed for its healing time."));
                entry.insert(QStringLiteral("zones"), zones);
                list.append(entry);
            }
        }
    }
    m_pending = list;
    emit changed();
}

bool DeviceSessionsService::place(const QString& uid, const QStringList& zoneKeys) {
    Database* db = m_journal.database();
    if (db == nullptr) {
        m_message = tr("Unlock your journal first.");
        emit changed();
        return false;
    }
    std::vector<Zone> zones;
    for (const auto& key : zoneKeys) {
        if (const auto zone = zoneFromKey(key.toStdString())) {
            zones.push_back(*zone);
        }
    }
    if (zones.empty()) {
        m_message = tr("Choose at least one zone, or choose Not now to keep them all closed.");
        emit changed();
        return false;
    }
    const auto placed = db->sessions().placeDeviceSession(uid.toStdString(), zones);
    m_message =
        placed
            ? tr("Saved: only the zones you chose keep their healing time.")
            : tr("Could not save the zones: %1").arg(platform::toQString(placed.error().message));
    refresh();
    if (placed) {
        m_journal.contentsChanged();
    }
    return placed.ok();
}

void DeviceSessionsService::skip(const QString& uid) {
    m_skipped.insert(uid);
    m_message = tr("Every zone stays closed for that session until you say where it went.");
    refresh();
}

} // namespace rollwise::app
