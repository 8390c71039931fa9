#include "zone_list_model.h"

#include <rollwise/platform/text.h>

#include <algorithm>
#include <guard_text.h>
#include <localizer.h>

namespace rollwise::app {

namespace {} // namespace

ZoneListModel::ZoneListModel(QObject* parent)
    : QAbstractListModel(parent) {
    const auto zones = faceZones();
    m_zones.assign(zones.begin(), zones.end());
}

int ZoneListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_zones.size());
}

QVariant ZoneListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& zone = m_zones[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return platform::toQString(zone.key);
    case Qt::DisplayRole:
    case NameRole:
        return text::Localizer::zoneName(zone.zone);
    case NeedlingAllowedRole:
        return zone.needlingAllowed;
    case NoteRole:
        return zone.needlingAllowed ? QString()
                                    : text::GuardText::reason(
                                          Reason{.code = ReasonCode::EyeArea, .zone = zone.zone});
    default:
        return {};
    }
}

QHash<int, QByteArray> ZoneListModel::roleNames() const {
    return {
        {KeyRole, "key"},
        {NameRole, "name"},
        {NeedlingAllowedRole, "needlingAllowed"},
        {NoteRole, "note"},
    };
}

int ZoneListModel::needledCount() const {
    return static_cast<int>(std::count_if(
        m_zones.begin(), m_zones.end(), [](const ZoneInfo& zone) { return zone.needlingAllowed; }));
}

} // namespace rollwise::app
