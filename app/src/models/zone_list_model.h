#pragma once

#include <rollwise/core/zone.h>

#include <QAbstractListModel>
#include <QtQmlIntegration>

#include <vector>

namespace rollwise::app {

// The face zones from core, for QML. Read-only: the zone list is domain data, not user data.
class ZoneListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount CONSTANT)
    Q_PROPERTY(int needledCount READ needledCount CONSTANT)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        NeedlingAllowedRole,
        NoteRole,
    };
    Q_ENUM(Role)

    explicit ZoneListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // How many zones a session can cover (all but the excluded ones).
    [[nodiscard]] int needledCount() const;

private:
    std::vector<ZoneInfo> m_zones;
};

} // namespace rollwise::app
