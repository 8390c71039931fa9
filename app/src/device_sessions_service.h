#pragma once

// Device sessions waiting for their zones ("Where did you roll on Tue 20:10?"). A session synced
// from a smart device does not say where it went, so until the user answers it keeps every zone
// it could reach closed. Published to QML as the singleton DeviceSessions.

#include "existing_singleton.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace rollwise::app {

class JournalService;

class DeviceSessionsService : public QObject {
    Q_OBJECT
    // One entry per waiting session: uid, question, detail, zones [{key, name}].
    Q_PROPERTY(QVariantList pending READ pending NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit DeviceSessionsService(JournalService& journal, QObject* parent = nullptr);

    [[nodiscard]] QVariantList pending() const { return m_pending; }
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_pending.size()); }
    [[nodiscard]] QString message() const { return m_message; }

    // The user names the zones (keys like "forehead"): their clocks narrow to those zones.
    Q_INVOKABLE bool place(const QString& uid, const QStringList& zoneKeys);
    // Not now: the session keeps every zone closed; asked again next time the app starts.
    Q_INVOKABLE void skip(const QString& uid);
    // Reads the journal again (after a sync or an unlock).
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    JournalService& m_journal;
    QVariantList m_pending;
    QSet<QString> m_skipped;
    QString m_message;
};

struct DeviceSessionsForeign : ExistingSingleton<DeviceSessionsService> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::DeviceSessionsService)
    QML_SINGLETON
    QML_NAMED_ELEMENT(DeviceSessions)
};

} // namespace rollwise::app
