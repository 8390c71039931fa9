#include "heads_service.h"

#include "journal_service.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/situation.h>

#include <QVariantMap>

#include <cmath>

namespace rollwise::app {
HeadsService::HeadsService(JournalService& journal, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock) {
    connect(&m_journal, &JournalService::changed, this, &HeadsService::refresh);
    refresh();
}

void HeadsService::refresh() {
    QVariantList list;
    if (Database* db = m_journal.database()) {
        auto heads = db->heads().all();
        auto profile = loadProfile(db->settings());
        if (heads && profile) {
            const TimePoint now = std::chrono::floor<Seconds>(m_clock.now());
            for (const auto& stored : heads.value()) {
                if (stored.retiredAt) {
                    continue;
                }
                const Head& h = stored.head;
                const HeadWear wear = headWear(h, profile.value().limits, now);
                const bool used = h.sessions > 0 || h.passes > 0 || h.firstUse || h.lastUse;
                const auto lastUse = h.lastUse ? h.lastUse : h.firstUse;
                const bool clean =
                    h.lastDisinfected && (!lastUse || *h.lastDisinfected >= *lastUse);
                QVariantMap entry;
                entry.insert(QStringLiteral("uid"), QString::fromStdString(stored.uid));
                entry.insert(
                    QStringLiteral("title"),
                    usesSingleUseCartridges(h.family)
                        ? tr("Cartridge, %1 mm").arg(h.needleLengthUm / 1000.0, 0, 'f', 2)
                        : tr("Roller head, %1 mm").arg(h.needleLengthUm / 1000.0, 0, 'f', 2));
                entry.insert(QStringLiteral("sessions"), h.sessions);
                entry.insert(QStringLiteral("passes"), h.passes);
                entry.insert(QStringLiteral("usage"), tr("%n sessions", nullptr, h.sessions) +
                                                          QStringLiteral(", ") +
                                                          tr("%n passes", nullptr, h.passes));
                entry.insert(QStringLiteral("wearPercent"),
                             static_cast<int>(std::floor(wear.fraction * 100.0)));
                entry.insert(QStringLiteral("needsDisinfection"), used && !clean);
                list.append(entry);
            }
        }
    }
    m_heads = list;
    emit changed();
}

} // namespace rollwise::app
