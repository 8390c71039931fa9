#include "limit_list_model.h"

#include "services/journal_manager.h"

#include <cmath>
#include <localizer.h>

using rollwise::text::Localizer;

namespace rollwise::app {
namespace {

struct Bounds {
    double floor = 0;     // the default: nothing looser
    double strictest = 0; // what Rollwise supports
    bool stricterIsLower = true;
    double step = 1;
};

Bounds boundsOf(LimitSetting setting) {
    const Limits defaults{};
    const double floor = LimitListModel::valueOf(defaults, setting);
    switch (setting) {
    case LimitSetting::IntervalMultiplier:
        return {floor, kMaxIntervalMultiplier, false, 0.5};
    case LimitSetting::MaxDepth:
        return {floor, static_cast<double>(kMinPlausibleNeedleUm), true, 50};
    case LimitSetting::PressureLight:
    case LimitSetting::PressureWarn:
    case LimitSetting::PressureStop:
        return {floor, 10, true, 10};
    default:
        return {floor, 1, true, 1};
    }
}

QString title(LimitSetting setting) {
    switch (setting) {
    case LimitSetting::IntervalMultiplier:
        return LimitListModel::tr("Wait between sessions (times the safe wait)");
    case LimitSetting::ZonePassCap:
        return LimitListModel::tr("Passes per zone");
    case LimitSetting::SessionPassCap:
        return LimitListModel::tr("Passes per session");
    case LimitSetting::SessionWarnLength:
        return LimitListModel::tr("Session length before a warning");
    case LimitSetting::SessionMaxLength:
        return LimitListModel::tr("Longest session");
    case LimitSetting::MaxDepth:
        return LimitListModel::tr("Longest needle");
    case LimitSetting::HeadMaxSessions:
        return LimitListModel::tr("Sessions per head");
    case LimitSetting::HeadMaxAge:
        return LimitListModel::tr("Days a head is used");
    case LimitSetting::PressureLight:
        return LimitListModel::tr("Pressure for \"ease off\"");
    case LimitSetting::PressureWarn:
        return LimitListModel::tr("Pressure for a warning");
    case LimitSetting::PressureStop:
        return LimitListModel::tr("Pressure that stops the zone");
    }
    return {};
}

QString valueText(LimitSetting setting, double value) {
    const auto whole = static_cast<long long>(std::llround(value));
    switch (setting) {
    case LimitSetting::IntervalMultiplier:
        return LimitListModel::tr("× %1").arg(Localizer::decimal(value));
    case LimitSetting::ZonePassCap:
    case LimitSetting::SessionPassCap:
        return Localizer::passes(whole);
    case LimitSetting::SessionWarnLength:
    case LimitSetting::SessionMaxLength:
        return Localizer::minutes(whole);
    case LimitSetting::MaxDepth:
        return Localizer::millimetres(static_cast<int>(whole));
    case LimitSetting::HeadMaxSessions:
        return Localizer::sessions(whole);
    case LimitSetting::HeadMaxAge:
        return Localizer::duration(Seconds(whole * 86400));
    case LimitSetting::PressureLight:
    case LimitSetting::PressureWarn:
    case LimitSetting::PressureStop:
        // Centinewtons shown as newtons: what a kitchen scale's grams would be x 100.
        return LimitListModel::tr("%1 N").arg(Localizer::decimal(value / 100.0));
    }
    return {};
}

} // namespace

LimitListModel::LimitListModel(QObject* parent)
    : QAbstractListModel(parent) {}

double LimitListModel::valueOf(const Limits& limits, LimitSetting setting) {
    switch (setting) {
    case LimitSetting::IntervalMultiplier:
        return limits.intervalMultiplier;
    case LimitSetting::ZonePassCap:
        return limits.zonePassCap;
    case LimitSetting::SessionPassCap:
        return limits.sessionPassCap;
    case LimitSetting::SessionWarnLength:
        return static_cast<double>(limits.sessionWarnLength.count());
    case LimitSetting::SessionMaxLength:
        return static_cast<double>(limits.sessionMaxLength.count());
    case LimitSetting::MaxDepth:
        return limits.maxDepthUm;
    case LimitSetting::HeadMaxSessions:
        return limits.headMaxSessions;
    case LimitSetting::HeadMaxAge:
        return static_cast<double>(limits.headMaxAge.count());
    case LimitSetting::PressureLight:
        return limits.pressureLightCn;
    case LimitSetting::PressureWarn:
        return limits.pressureWarnCn;
    case LimitSetting::PressureStop:
        return limits.pressureStopCn;
    }
    return 0;
}

Limits LimitListModel::withValue(Limits limits, LimitSetting setting, double value) {
    const int whole = static_cast<int>(std::lround(value));
    switch (setting) {
    case LimitSetting::IntervalMultiplier:
        limits.intervalMultiplier = value;
        break;
    case LimitSetting::ZonePassCap:
        limits.zonePassCap = whole;
        break;
    case LimitSetting::SessionPassCap:
        limits.sessionPassCap = whole;
        break;
    case LimitSetting::SessionWarnLength:
        limits.sessionWarnLength = Minutes(whole);
        break;
    case LimitSetting::SessionMaxLength:
        limits.sessionMaxLength = Minutes(whole);
        break;
    case LimitSetting::MaxDepth:
        limits.maxDepthUm = whole;
        break;
    case LimitSetting::HeadMaxSessions:
        limits.headMaxSessions = whole;
        break;
    case LimitSetting::HeadMaxAge:
        limits.headMaxAge = Days(whole);
        break;
    case LimitSetting::PressureLight:
        limits.pressureLightCn = whole;
        break;
    case LimitSetting::PressureWarn:
        limits.pressureWarnCn = whole;
        break;
    case LimitSetting::PressureStop:
        limits.pressureStopCn = whole;
        break;
    }
    return limits;
}

void LimitListModel::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::limitsChanged, this, &LimitListModel::reload);
        connect(m_journal, &JournalManager::availableChanged, this, &LimitListModel::reload);
    }
    reload();
    emit journalChanged();
}

void LimitListModel::reload() {
    std::vector<Row> rows;
    const auto profile = m_journal ? m_journal->profile() : std::nullopt;
    if (profile) {
        m_limits = profile->limits;
        for (std::size_t i = 0; i < kLimitSettingCount; ++i) {
            const auto setting = static_cast<LimitSetting>(i);
            rows.push_back(Row{setting, valueOf(m_limits, setting)});
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

void LimitListModel::setProblem(Problem problem, int row) {
    m_problem = problem;
    m_problemRow = row;
    emit problemChanged();
}

QString LimitListModel::problemText() const {
    if (m_problemRow < 0 || m_problemRow >= count()) {
        return {};
    }
    const LimitSetting setting = m_rows[static_cast<std::size_t>(m_problemRow)].setting;
    const Bounds bounds = boundsOf(setting);
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Looser:
        return tr("%1 cannot be looser than %2, the safe default. You can only make it "
                  "stricter; nothing was changed.")
            .arg(title(setting), valueText(setting, bounds.floor));
    case Problem::BeyondSupported:
        return tr("%1 cannot be stricter than %2. Nothing was changed.")
            .arg(title(setting), valueText(setting, bounds.strictest));
    case Problem::JournalLocked:
        return tr("Unlock your journal first: the limits are kept in it.");
    case Problem::WriteFailed:
        return tr("The journal could not save the limit (is the disk full?). Nothing was changed.");
    }
    return {};
}

bool LimitListModel::setValue(int row, double value) {
    if (row < 0 || row >= count()) {
        return false;
    }
    if (!m_journal || !m_journal->available()) {
        setProblem(Problem::JournalLocked, row);
        return false;
    }
    const LimitSetting setting = m_rows[static_cast<std::size_t>(row)].setting;
    const Bounds bounds = boundsOf(setting);
    const bool looser = bounds.stricterIsLower ? value > bounds.floor : value < bounds.floor;
    const bool beyond =
        bounds.stricterIsLower ? value < bounds.strictest : value > bounds.strictest;
    if (looser || beyond || std::isnan(value)) {
        setProblem(beyond ? Problem::BeyondSupported : Problem::Looser, row);
        emit dataChanged(index(row), index(row)); // the field shows the stored value again
        return false;
    }
    // Saved as clampToFloor would keep it: if the guard would raise it, it is refused above.
    if (!m_journal->saveLimits(withValue(m_limits, setting, value))) {
        setProblem(Problem::WriteFailed, row);
        return false;
    }
    setProblem(Problem::None, -1);
    return true;
}

int LimitListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant LimitListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Bounds bounds = boundsOf(row.setting);
    switch (role) {
    case SettingRole:
        return static_cast<int>(row.setting);
    case TitleRole:
        return title(row.setting);
    case ValueRole:
        return row.value;
    case ValueTextRole:
        return valueText(row.setting, row.value);
    case FloorRole:
        return bounds.floor;
    case FloorTextRole:
        return valueText(row.setting, bounds.floor);
    case StrictestRole:
        return bounds.strictest;
    case StricterIsLowerRole:
        return bounds.stricterIsLower;
    case StepRole:
        return bounds.step;
    default:
        return {};
    }
}

QHash<int, QByteArray> LimitListModel::roleNames() const {
    return {{SettingRole, "setting"},
            {TitleRole, "title"},
            {ValueRole, "value"},
            {ValueTextRole, "valueText"},
            {FloorRole, "floor"},
            {FloorTextRole, "floorText"},
            {StrictestRole, "strictest"},
            {StricterIsLowerRole, "stricterIsLower"},
            {StepRole, "step"}};
}

} // namespace rollwise::app
