#pragma once

// The reminders coming up, soonest first, as the scheduler derives them from the journal.
// Created by a page and given the Reminders service.

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQmlIntegration>

#include <vector>

namespace rollwise::app {

class ReminderManager;

class ReminderListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/reminder_manager.h")
    Q_PROPERTY(rollwise::app::ReminderManager* reminders READ reminders WRITE setReminders NOTIFY
                   remindersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // a ReminderManager::Kind
        ZoneKeyRole,                 // empty when it is not about one zone
        DueRole,                     // QDateTime
        SnoozedRole,
    };
    Q_ENUM(Role)

    explicit ReminderListModel(QObject* parent = nullptr);

    [[nodiscard]] ReminderManager* reminders() const { return m_reminders; }
    void setReminders(ReminderManager* reminders);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void remindersChanged();
    void countChanged();

private:
    void reload();

    struct Row {
        int kind = 0;
        QString zoneKey;
        QDateTime due;
        bool snoozed = false;
    };
    QPointer<ReminderManager> m_reminders;
    std::vector<Row> m_rows;
};

} // namespace rollwise::app
