#include "device_session_list_model.h"

#include "services/journal_manager.h"

#include <rollwise/platform/text.h>

namespace rollwise::app {

DeviceSessionListModel::DeviceSessionListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void DeviceSessionListModel::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::pendingDeviceSessionsChanged, this,
                &DeviceSessionListModel::reload);
    }
    reload();
    emit journalChanged();
}

void DeviceSessionListModel::reload() {
    std::vector<Row> rows;
    if (m_journal) {
        for (const auto& session : m_journal->pendingDeviceSessions()) {
            Row row;
            row.uid = QString::fromStdString(session.uid);
            row.start = QDateTime::fromSecsSinceEpoch(session.start.time_since_epoch().count());
            row.timeTrusted = session.timeTrusted;
            row.passes = session.passes;
            for (const Zone zone : session.reachable) {
                row.zoneKeys.append(platform::toQString(zoneInfo(zone).key));
            }
            rows.push_back(std::move(row));
        }
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count()) {
        emit countChanged();
    }
}

int DeviceSessionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant DeviceSessionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case UidRole:
        return row.uid;
    case StartRole:
        return row.start;
    case TimeTrustedRole:
        return row.timeTrusted;
    case PassesRole:
        return row.passes;
    case ZoneKeysRole:
        return row.zoneKeys;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceSessionListModel::roleNames() const {
    return {{UidRole, "uid"},
            {StartRole, "start"},
            {TimeTrustedRole, "timeTrusted"},
            {PassesRole, "passes"},
            {ZoneKeysRole, "zoneKeys"}};
}

} // namespace rollwise::app
