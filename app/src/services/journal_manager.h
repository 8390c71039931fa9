#pragma once

// The journal's contents as the screens work with them: sessions, device sessions waiting for
// their zones, heads and cartridges with their wear, the guard's decision. It never hands out
// the database; each kind of change has its own signal so a screen reads again only what
// changed. Published to QML as the singleton Journal.

#include "existing_singleton.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/situation.h>

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtQml/qqml.h>

#include <optional>
#include <vector>

namespace rollwise::app {

class JournalManager : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY sessionsChanged)
    Q_PROPERTY(int pendingDeviceSessionCount READ pendingDeviceSessionCount NOTIFY
                   pendingDeviceSessionsChanged)
    Q_PROPERTY(Problem problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(Outcome lastOutcome READ lastOutcome NOTIFY problemChanged)

public:
    // What went wrong with the last read or write (None when it worked).
    enum class Problem { None, JournalLocked, ReadFailed, WriteFailed, DiskFull, NoZoneChosen };
    Q_ENUM(Problem)
    // What the last action on a waiting device session did.
    enum class Outcome { None, Placed, Skipped, Failed };
    Q_ENUM(Outcome)

    explicit JournalManager(const Clock& clock, QObject* parent = nullptr);
    ~JournalManager() override;

    // The journal opened (from JournalAccess): everything is read again.
    void attach(Database& db);
    // A device sync stored `newlyStored` sessions: sessions, heads and waiting ones changed.
    void deviceSessionsStored(int newlyStored);
    // A restore merged another journal in: everything may have changed.
    void merged();

    [[nodiscard]] bool available() const noexcept { return m_db != nullptr; }
    [[nodiscard]] int sessionCount() const;
    [[nodiscard]] int pendingDeviceSessionCount() const;
    [[nodiscard]] Problem problem() const noexcept { return m_problem; }
    [[nodiscard]] Outcome lastOutcome() const noexcept { return m_outcome; }
    [[nodiscard]] TimePoint now() const;

    // For the list models. An error sets `problem` and gives an empty list (never a partial one).
    [[nodiscard]] std::vector<PendingDeviceSession> pendingDeviceSessions() const;
    struct HeadState {
        StoredHead stored;
        HeadWear wear;
        bool needsDisinfection = false;
    };
    [[nodiscard]] std::vector<HeadState> heads() const;

    // The user names the zones (keys like "forehead") of a device session: its clocks narrow to
    // those zones.
    Q_INVOKABLE bool placeDeviceSession(const QString& uid, const QStringList& zoneKeys);
    // Not now: the session keeps every zone closed; asked again next time the app starts.
    Q_INVOKABLE void skipDeviceSession(const QString& uid);

    // The guard on the journal (fails closed: a journal it cannot read blocks). `situation`,
    // when given, receives what the guard was shown (history, limits, head).
    [[nodiscard]] GuardDecision decide(const SituationRequest& request,
                                       Situation* situation = nullptr) const;

    // ---- The history, for History and Home (journal_manager_history.cpp) ----
    // Each read gives nullopt and sets `problem` when the journal cannot be read: never a
    // shorter list that looks complete.
    [[nodiscard]] std::optional<std::vector<SessionSummary>>
    historyPage(const std::optional<HistoryCursor>& after, int limit) const;
    [[nodiscard]] std::optional<std::vector<ZoneSessionEntry>> zoneHistory(Zone zone,
                                                                           int limit) const;
    [[nodiscard]] std::optional<std::vector<TimePoint>> sessionStarts(TimePoint from,
                                                                      TimePoint to) const;
    [[nodiscard]] std::optional<SessionRecord> session(const QString& uid) const;
    [[nodiscard]] std::optional<std::vector<ReactionEntry>> reactionsFor(const QString& uid) const;
    [[nodiscard]] std::optional<std::vector<ReactionEntry>> reactionsBetween(TimePoint from,
                                                                             TimePoint to) const;
    // The user logs a skin reaction on a zone of a session; the guard lengthens that zone's
    // rest by it (healingWindow). False (and `problem`) when it could not be saved.
    bool logReaction(const QString& sessionUid, Zone zone, Reaction reaction);

signals:
    void availableChanged();
    void sessionsChanged();
    void pendingDeviceSessionsChanged();
    void headsChanged();
    void problemChanged();
    void reactionsChanged();

private:
    void setProblem(Problem problem, Outcome outcome = Outcome::None) const;

    const Clock& m_clock;
    Database* m_db = nullptr;
    QSet<QString> m_skipped;
    mutable Problem m_problem = Problem::None;
    mutable Outcome m_outcome = Outcome::None;
};

struct JournalManagerForeign : ExistingSingleton<JournalManager> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::JournalManager)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Journal)
};

} // namespace rollwise::app
