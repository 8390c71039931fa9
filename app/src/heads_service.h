#pragma once

// The roller heads and cartridges in the journal, with their wear and hygiene, as the guard
// counts them. Published to QML as the singleton Heads.

#include "existing_singleton.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace rollwise {
class Clock;
}

namespace rollwise::app {

class JournalService;

class HeadsService : public QObject {
    Q_OBJECT
    // One entry per head in use: uid, title, usage, wearPercent, needsDisinfection.
    Q_PROPERTY(QVariantList heads READ heads NOTIFY changed)

public:
    HeadsService(JournalService& journal, const Clock& clock, QObject* parent = nullptr);

    [[nodiscard]] QVariantList heads() const { return m_heads; }
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    JournalService& m_journal;
    const Clock& m_clock;
    QVariantList m_heads;
};

struct HeadsForeign : ExistingSingleton<HeadsService> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::HeadsService)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Heads)
};

} // namespace rollwise::app
