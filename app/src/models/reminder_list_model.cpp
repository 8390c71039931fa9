#include "reminder_list_model.h"

#include "services/reminder_manager.h"

namespace rollwise::app {

ReminderListModel::ReminderListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ReminderListModel::setReminders(ReminderManager* reminders) {
    if (reminders == m_reminders) {
        return;
    }
    if (m_reminders) {
        disconnect(m_reminders, nullptr, this, nullptr);
    }
    m_reminders = reminders;
    if (m_reminders) {
        connect(m_reminders, &ReminderManager::scheduleChanged, this, &ReminderListModel::reload);
    }
    reload();
    emit remindersChanged();
}

void ReminderListModel::reload() {
    std::vector<Row> rows;
    if (m_reminders) {
        for (const auto& item : m_reminders->upcoming()) {
            rows.push_back(Row{static_cast<int>(item.kind), item.zoneKey, item.due, item.snoozed});
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

int ReminderListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ReminderListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KindRole:
        return row.kind;
    case ZoneKeyRole:
        return row.zoneKey;
    case DueRole:
        return row.due;
    case SnoozedRole:
        return row.snoozed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReminderListModel::roleNames() const {
    return {
        {KindRole, "kind"}, {ZoneKeyRole, "zoneKey"}, {DueRole, "due"}, {SnoozedRole, "snoozed"}};
}

} // namespace rollwise::app
