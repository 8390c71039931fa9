#include "history_list_model.h"

#include "services/journal_manager.h"

#include <localizer.h>

namespace rollwise::app {

using text::Localizer;

HistoryListModel::HistoryListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void HistoryListModel::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::sessionsChanged, this, &HistoryListModel::reload);
        connect(m_journal, &JournalManager::availableChanged, this, &HistoryListModel::reload);
    }
    reload();
    emit journalChanged();
}

void HistoryListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_failed = false;
    m_exhausted = !m_journal || !m_journal->available();
    endResetModel();
    // The first page now; the view asks for more as it scrolls.
    if (canFetchMore({})) {
        fetchMore({});
    }
    emit countChanged();
}

bool HistoryListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted && !m_failed && m_journal;
}

void HistoryListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    std::optional<HistoryCursor> after;
    if (!m_rows.empty()) {
        after = cursorAfter(m_rows.back());
    }
    auto page = m_journal->historyPage(after, kPageSize);
    if (!page) {
        m_failed = true;
        emit countChanged();
        return;
    }
    if (static_cast<int>(page->size()) < kPageSize) {
        m_exhausted = true;
    }
    if (page->empty()) {
        return;
    }
    const int first = count();
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (auto& session : *page) {
        m_rows.push_back(std::move(session));
    }
    endInsertRows();
    emit countChanged();
}

int HistoryListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QString HistoryListModel::zonesText(const SessionSummary& session) {
    if (session.zonesPending) {
        return tr("Zones not given yet");
    }
    QStringList names;
    for (const auto& [zone, passes] : session.zonePasses) {
        names << Localizer::zoneName(zone);
    }
    return names.isEmpty() ? tr("No zone") : names.join(QStringLiteral(", "));
}

QString HistoryListModel::detailText(const SessionSummary& session) {
    const QString outcome =
        session.outcome ? Localizer::outcome(*session.outcome) : tr("Not finished");
    return QStringLiteral("%1 · %2 · %3")
        .arg(Localizer::passes(session.totalPasses), Localizer::millimetres(session.needleLengthUm),
             outcome);
}

QVariant HistoryListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SessionSummary& s = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case UidRole:
        return QString::fromStdString(s.uid);
    case StartRole:
        return Localizer::toDateTime(s.start);
    case DateTextRole:
        return Localizer::dateTime(s.start);
    case ZonesTextRole:
        return zonesText(s);
    case DetailRole:
        return detailText(s);
    case FromDeviceRole:
        return s.fromDevice;
    case ZonesPendingRole:
        return s.zonesPending;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryListModel::roleNames() const {
    return {{UidRole, "uid"},
            {StartRole, "start"},
            {DateTextRole, "dateText"},
            {ZonesTextRole, "zonesText"},
            {DetailRole, "detail"},
            {FromDeviceRole, "fromDevice"},
            {ZonesPendingRole, "zonesPending"}};
}

} // namespace rollwise::app
