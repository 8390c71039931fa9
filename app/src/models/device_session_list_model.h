#pragma once

// Sessions synced from a smart device that wait for the user to say where they went. Created
// by a page and given the journal.

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QtQmlIntegration>

#include <vector>

namespace rollwise::app {

class JournalManager;

class DeviceSessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        StartRole,       // QDateTime
        TimeTrustedRole, // false: the device's clock was not set; dated when it was copied
        PassesRole,
        ZoneKeysRole, // the zones it could have reached (what the picker offers)
    };
    Q_ENUM(Role)

    explicit DeviceSessionListModel(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void journalChanged();
    void countChanged();

private:
    void reload();

    struct Row {
        QString uid;
        QDateTime start;
        bool timeTrusted = true;
        int passes = 0;
        QStringList zoneKeys;
    };
    QPointer<JournalManager> m_journal;
    std::vector<Row> m_rows;
};

} // namespace rollwise::app
