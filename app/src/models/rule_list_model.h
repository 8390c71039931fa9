#pragma once

// Every safety rule with its title and the source it rests on, for the About page.

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace rollwise::app {

class RuleListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, SourceRole };
    Q_ENUM(Role)

    explicit RuleListModel(QObject* parent = nullptr);

    [[nodiscard]] int count() const;
    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
};

} // namespace rollwise::app
