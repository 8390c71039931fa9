#include "head_list_model.h"

#include "services/journal_manager.h"

#include <algorithm>
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

void HeadListModel::setShowRetired(bool show) {
    if (show == m_showRetired) {
        return;
    }
    m_showRetired = show;
    reload();
    emit showRetiredChanged();
}

namespace {
int percent(double fraction) {
    return static_cast<int>(std::floor(fraction * 100.0));
}
QDateTime toDateTime(const std::optional<TimePoint>& when) {
    return when ? QDateTime::fromSecsSinceEpoch(
                      std::chrono::floor<Seconds>(*when).time_since_epoch().count())
                : QDateTime();
}
} // namespace

void HeadListModel::reload() {
    std::vector<Row> rows;
    if (m_journal) {
        for (const auto& state : m_journal->heads()) {
            if (state.stored.retiredAt && !m_showRetired) {
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
            row.sessionsPercent = percent(state.wear.bySessions);
            row.passesPercent = percent(state.wear.byPasses);
            row.agePercent = percent(state.wear.byAge);
            row.highPressurePasses = h.highPressurePasses;
            row.ageDays =
                h.firstUse ? static_cast<int>(
                                 std::chrono::floor<Days>(m_journal->now() - *h.firstUse).count())
                           : 0;
            row.needleCount = h.needleCount;
            row.damageReported = h.damageReported;
            row.retiredAt = toDateTime(state.stored.retiredAt);
            row.lastDisinfected = toDateTime(h.lastDisinfected);
            rows.push_back(row);
        }
        // In use first, then the retired ones, the latest retired first.
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            if (a.retiredAt.isValid() != b.retiredAt.isValid()) {
                return !a.retiredAt.isValid();
            }
            return a.retiredAt > b.retiredAt;
        });
    }
    const int before = count();
    const int inUseBefore = inUseCount();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count() || inUseBefore != inUseCount()) {
        emit countChanged();
    }
}

int HeadListModel::inUseCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const Row& row) { return !row.retiredAt.isValid(); }));
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
    case SessionsPercentRole:
        return row.sessionsPercent;
    case PassesPercentRole:
        return row.passesPercent;
    case AgePercentRole:
        return row.agePercent;
    case HighPressurePassesRole:
        return row.highPressurePasses;
    case AgeDaysRole:
        return row.ageDays;
    case NeedleCountRole:
        return row.needleCount;
    case DamageReportedRole:
        return row.damageReported;
    case RetiredRole:
        return row.retiredAt.isValid();
    case RetiredAtRole:
        return row.retiredAt;
    case LastDisinfectedRole:
        return row.lastDisinfected;
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
            {NeedsDisinfectionRole, "needsDisinfection"},
            {SessionsPercentRole, "sessionsPercent"},
            {PassesPercentRole, "passesPercent"},
            {AgePercentRole, "agePercent"},
            {HighPressurePassesRole, "highPressurePasses"},
            {AgeDaysRole, "ageDays"},
            {NeedleCountRole, "needleCount"},
            {DamageReportedRole, "damageReported"},
            {RetiredRole, "retired"},
            {RetiredAtRole, "retiredAt"},
            {LastDisinfectedRole, "lastDisinfected"}};
}

} // namespace rollwise::app
