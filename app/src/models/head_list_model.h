#pragma once

// The roller heads and cartridges in use, with their wear and hygiene as the guard counts
// them. Created by a page and given the journal.

#include <QAbstractListModel>
#include <QDateTime>
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
    // The heads in use (not retired), whether or not retired ones are listed.
    Q_PROPERTY(int inUseCount READ inUseCount NOTIFY countChanged)
    // Retired heads too (the history of heads), newest first after those in use.
    Q_PROPERTY(bool showRetired READ showRetired WRITE setShowRetired NOTIFY showRetiredChanged)

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        CartridgeRole, // a pen's single-use cartridge rather than a roller head
        NeedleLengthUmRole,
        SessionsRole,
        PassesRole,
        WearPercentRole, // 0 - 100 and beyond: the worst of sessions, passes and age
        NeedsDisinfectionRole,
        // The wear gauge: each measure against its retire limit, 0 - 100 and beyond.
        SessionsPercentRole,
        PassesPercentRole,
        AgePercentRole,
        HighPressurePassesRole,
        AgeDaysRole,
        NeedleCountRole,
        DamageReportedRole,
        RetiredRole,
        RetiredAtRole,       // QDateTime, invalid while in use
        LastDisinfectedRole, // QDateTime, invalid if never
    };
    Q_ENUM(Role)

    explicit HeadListModel(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int inUseCount() const;
    [[nodiscard]] bool showRetired() const noexcept { return m_showRetired; }
    void setShowRetired(bool show);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void journalChanged();
    void countChanged();
    void showRetiredChanged();

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
        int sessionsPercent = 0;
        int passesPercent = 0;
        int agePercent = 0;
        int highPressurePasses = 0;
        int ageDays = 0;
        int needleCount = 0;
        bool damageReported = false;
        QDateTime retiredAt;
        QDateTime lastDisinfected;
    };
    bool m_showRetired = false;
    QPointer<JournalManager> m_journal;
    std::vector<Row> m_rows;
};

} // namespace rollwise::app
