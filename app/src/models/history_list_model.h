#pragma once

// The journal's sessions, newest first, loaded a page at a time as the list scrolls
// (canFetchMore / fetchMore): each page is one indexed read of a bounded size, so opening and
// scrolling ten years of history never holds a frame. Created by a page and given the journal.

#include <rollwise/core/session_store.h>

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQmlIntegration>

#include <optional>
#include <vector>

namespace rollwise::app {

class JournalManager;

class HistoryListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The journal could not be read: the list stops where it is and the page says so.
    Q_PROPERTY(bool failed READ failed NOTIFY countChanged)

public:
    static constexpr int kPageSize = 40;

    enum Role {
        UidRole = Qt::UserRole + 1,
        StartRole,    // QDateTime
        DateTextRole, // "Tue 3 Nov 2026, 08:00"
        ZonesTextRole,
        DetailRole, // passes, needle, outcome
        FromDeviceRole,
        ZonesPendingRole,
    };
    Q_ENUM(Role)

    explicit HistoryListModel(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool failed() const { return m_failed; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Words for one session of the journal (also used by the calendar's day list).
    [[nodiscard]] static QString zonesText(const SessionSummary& session);
    [[nodiscard]] static QString detailText(const SessionSummary& session);

signals:
    void journalChanged();
    void countChanged();

private:
    void reload();

    QPointer<JournalManager> m_journal;
    std::vector<SessionSummary> m_rows;
    bool m_exhausted = true;
    bool m_failed = false;
};

} // namespace rollwise::app
