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
    // False until the first start's onboarding was finished or skipped (true while locked, and
    // in runs that do not offer it).
    Q_PROPERTY(bool onboardingDone READ onboardingDone NOTIFY onboardingChanged)

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

    // ---- Limits (journal_manager_settings.cpp) ------------------------------------------
    // The profile as stored; nullopt (and `problem`) when it cannot be read.
    [[nodiscard]] std::optional<Profile> profile() const;
    // Saves the limits; the caller has checked they are no looser than the floor.
    bool saveLimits(const Limits& limits);

    // ---- Heads and cartridges (journal_manager_heads.cpp) ---------------------------------
    // A new head in use from now on (the current head for the next session).
    bool addHead(DeviceFamily family, int needleLengthUm, int needleCount);
    // The user confirms the head was disinfected now: one more entry in its hygiene log.
    bool disinfectHead(const QString& uid);
    // The head is retired (replaced), with the reason the user gave.
    bool retireHead(const QString& uid, const QString& reason);
    // Bent tips, dragging, rust: the guard blocks the head from now on.
    bool reportHeadDamage(const QString& uid);
    // When the head was disinfected, newest first.
    [[nodiscard]] std::vector<TimePoint> hygieneLog(const QString& uid) const;
    [[nodiscard]] QString retireReason(const QString& uid) const;

    // The onboarding was finished or skipped (kept in the journal, so a restored journal
    // does not ask again).
    [[nodiscard]] bool onboardingDone() const;
    bool setOnboardingDone();
    // Scratch runs (self-test, screenshots, most UI tests) never show the onboarding.
    void setOnboardingOffered(bool offered) { m_onboardingOffered = offered; }
    // A dated pre-session answer (onboarding asks the first ones).
    bool saveAnswer(const Answer& answer);

signals:
    void availableChanged();
    void sessionsChanged();
    void pendingDeviceSessionsChanged();
    void headsChanged();
    void problemChanged();
    void limitsChanged();
    void onboardingChanged();
    void reactionsChanged();

private:
    void setProblem(Problem problem, Outcome outcome = Outcome::None) const;
    // Records a failed write (DiskFull or WriteFailed) and returns false.
    bool failWrite(const DatabaseError& error) const;
    [[nodiscard]] std::optional<StoredHead> findHead(const QString& uid) const;
    // The waiting device sessions not skipped this run; nullopt when they cannot be read.
    [[nodiscard]] std::optional<std::vector<PendingDeviceSession>> readPending() const;

    const Clock& m_clock;
    Database* m_db = nullptr;
    QSet<QString> m_skipped;
    // The counts the navigation's badge and the pages bind to, read once per change signal
    // (a binding reads them on every evaluation).
    mutable std::optional<int> m_sessionCount;
    mutable std::optional<int> m_pendingCount;
    bool m_onboardingOffered = true;
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
