#pragma once

// The limits the user may tighten (never loosen), each with its floor: the guard's defaults.
// Created by the limits page and given the journal; saved through saveProfile.

#include <rollwise/core/guard.h>

#include <QAbstractListModel>
#include <QPointer>
#include <QtQmlIntegration>

#include <vector>

namespace rollwise::app {

class JournalManager;

class LimitListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(Problem problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString problemText READ problemText NOTIFY problemChanged)
    // The row the last refusal was about (-1: none).
    Q_PROPERTY(int problemRow READ problemRow NOTIFY problemChanged)

public:
    enum Role {
        SettingRole = Qt::UserRole + 1, // a LimitSetting value
        TitleRole,
        ValueRole, // the value as stored (micrometres, minutes, days, centinewtons, ...)
        ValueTextRole,
        FloorRole, // the loosest value allowed: the guard's default
        FloorTextRole,
        StrictestRole, // the strictest value Rollwise supports
        StricterIsLowerRole,
        StepRole,
    };
    Q_ENUM(Role)
    // Why the last change was refused (None when it was saved).
    enum class Problem { None, Looser, BeyondSupported, JournalLocked, WriteFailed };
    Q_ENUM(Problem)

    explicit LimitListModel(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] Problem problem() const noexcept { return m_problem; }
    [[nodiscard]] int problemRow() const noexcept { return m_problemRow; }
    [[nodiscard]] QString problemText() const;

    // Sets the limit in `row` to `value`; a looser or unsupported value is refused, with why.
    Q_INVOKABLE bool setValue(int row, double value);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A limit's value in `limits`, and `limits` with it changed (one place for the mapping).
    [[nodiscard]] static double valueOf(const Limits& limits, LimitSetting setting);
    [[nodiscard]] static Limits withValue(Limits limits, LimitSetting setting, double value);

signals:
    void journalChanged();
    void countChanged();
    void problemChanged();

private:
    void reload();
    void setProblem(Problem problem, int row);

    struct Row {
        LimitSetting setting = LimitSetting::IntervalMultiplier;
        double value = 0;
    };
    QPointer<JournalManager> m_journal;
    Limits m_limits;
    std::vector<Row> m_rows;
    Problem m_problem = Problem::None;
    int m_problemRow = -1;
};

} // namespace rollwise::app
