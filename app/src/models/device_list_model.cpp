#include "device_list_model.h"

#include <algorithm>

namespace rollwise::app {

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractListModel(parent) {}

int DeviceListModel::indexOf(const QString& id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void DeviceListModel::setRows(std::vector<Row> rows) {
    if (rows == m_rows) {
        return;
    }
    // Same ids in the same order: the rows changed in place (a scan updates RSSI often).
    const bool sameIds = rows.size() == m_rows.size() &&
                         std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                    [](const Row& a, const Row& b) { return a.id == b.id; });
    if (sameIds) {
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int DeviceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IdRole:
        return row.id;
    case FamilyRole:
        return row.family;
    case SimulatedRole:
        return row.simulated;
    case PairedRole:
        return row.paired;
    case CurrentRole:
        return row.current;
    case InRangeRole:
        return row.inRange;
    case RssiRole:
        return row.rssi;
    case SignalRole:
        return row.signalText;
    case PairingModeRole:
        return row.pairingMode;
    case PendingRole:
        return row.pending;
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const {
    return {
        {IdRole, "deviceId"},       {NameRole, "name"},
        {FamilyRole, "family"},     {SimulatedRole, "simulated"},
        {PairedRole, "paired"},     {CurrentRole, "current"},
        {InRangeRole, "inRange"},   {RssiRole, "rssi"},
        {SignalRole, "signalText"}, {PairingModeRole, "pairingMode"},
        {PendingRole, "pending"},   {StatusRole, "status"},
    };
}

} // namespace rollwise::app
