#pragma once

// The roller heads and cartridges in use, with their wear and hygiene as the guard counts
// them. Created by a page and given the journal.

#include <QAbstractListModel>
#include <QPointer>
#include <QtQmlIntegration>

#include <vector>

namespace rollwise::app {

class JournalManager;

class HeadListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        CartridgeRole, // a pen's single-use cartridge rather than a roller head
        NeedleLengthUmRole,
        SessionsRole,
        PassesRole,
        WearPercentRole, // 0 - 100 and beyond: the worst of sessions, passes and age
        NeedsDisinfectionRole,
    };
    Q_ENUM(Role)

    explicit HeadListModel(QObject* parent = nullptr);

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
        bool cartridge = false;
        int needleLengthUm = 0;
        int sessions = 0;
        int passes = 0;
        int wearPercent = 0;
        bool needsDisinfection = false;
    };
    QPointer<JournalManager> m_journal;
    std::vector<Row> m_rows;
};

} // namespace rollwise::app
