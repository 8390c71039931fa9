#include "head_list_model.h"

#include "services/journal_manager.h"

#include <cmath>

namespace rollwise::app {

HeadListModel::HeadListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void HeadListModel::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::headsChanged, this, &HeadListModel::reload);
    }
    reload();
    emit journalChanged();
}

void HeadListModel::reload() {
    std::vector<Row> rows;
    if (m_journal) {
        for (const auto& state : m_journal->heads()) {
            if (state.stored.retiredAt) {
                continue;
            }
            const Head& h = state.stored.head;
            Row row;
            row.uid = QString::fromStdString(state.stored.uid);
            row.cartridge = usesSingleUseCartridges(h.family);
            row.needleLengthUm = h.needleLengthUm;
            row.sessions = h.sessions;
            row.passes = h.passes;
            row.wearPercent = static_cast<int>(std::floor(state.wear.fraction * 100.0));
            row.needsDisinfection = state.needsDisinfection;
            rows.push_back(row);
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

int HeadListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant HeadListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case UidRole:
        return row.uid;
    case CartridgeRole:
        return row.cartridge;
    case NeedleLengthUmRole:
        return row.needleLengthUm;
    case SessionsRole:
        return row.sessions;
    case PassesRole:
        return row.passes;
    case WearPercentRole:
        return row.wearPercent;
    case NeedsDisinfectionRole:
        return row.needsDisinfection;
    default:
        return {};
    }
}

QHash<int, QByteArray> HeadListModel::roleNames() const {
    return {{UidRole, "uid"},
            {CartridgeRole, "cartridge"},
            {NeedleLengthUmRole, "needleLengthUm"},
            {SessionsRole, "sessions"},
            {PassesRole, "passes"},
            {WearPercentRole, "wearPercent"},
            {NeedsDisinfectionRole, "needsDisinfection"}};
}

} // namespace rollwise::app
