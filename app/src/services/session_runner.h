#pragma once

// The guided session as the app runs it: the plan and the guard's decision on it (from the
// journal, failing closed), the one live SessionEngine, and every pass committed to the journal
// the moment it is recorded: while the session runs, by the JournalWriter's thread (a slow disk
// never holds a frame); its end, and everything without a writer, on this thread
// (SessionStore::save is durable on return). committedPasses counts what is durable. On journal open,
// sessions a killed app left without an outcome are recovered as interrupted. State is typed;
// the session pages word it through SessionController. Published to QML as Sessions.
//
// States (State mirrors core's SessionState, with None before any plan):
//   None --plan--> Planned --start--> InZone <--> Paused --> Aftercare --finish--> Completed
//   Planned --start (guard blocks everything)--> Blocked;  any --discard--> None

#include "existing_singleton.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/database_error.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/plan.h>
#include <rollwise/core/session.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqml.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rollwise {
class Database;
}

namespace rollwise::app {

class JournalManager;
class JournalWriter;
class ScreenAwake;

class SessionRunner : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool planned READ planned NOTIFY planChanged)
    Q_PROPERTY(QString family READ family NOTIFY planChanged)
    Q_PROPERTY(QString area READ area NOTIFY planChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY planChanged)
    Q_PROPERTY(int pendingWarnings READ pendingWarnings NOTIFY planChanged)
    Q_PROPERTY(QString headUid READ headUid NOTIFY planChanged)
    Q_PROPERTY(QString currentZone READ currentZone NOTIFY progressChanged)
    Q_PROPERTY(int zoneNumber READ zoneNumber NOTIFY progressChanged)
    Q_PROPERTY(int zoneCount READ zoneCount NOTIFY progressChanged)
    Q_PROPERTY(int pass READ pass NOTIFY progressChanged)
    Q_PROPERTY(int passes READ passes NOTIFY progressChanged)
    Q_PROPERTY(QString direction READ direction NOTIFY progressChanged)
    Q_PROPERTY(QString mismatchedDirection READ mismatchedDirection NOTIFY progressChanged)
    Q_PROPERTY(bool pacedByApp READ pacedByApp NOTIFY progressChanged)
    Q_PROPERTY(bool deviceLive READ deviceLive NOTIFY progressChanged)
    Q_PROPERTY(bool deviceDropped READ deviceDropped NOTIFY progressChanged)
    Q_PROPERTY(int committedPasses READ committedPasses NOTIFY progressChanged)
    Q_PROPERTY(int passSecondsLeft READ passSecondsLeft NOTIFY clockChanged)
    Q_PROPERTY(int zoneSecondsLeft READ zoneSecondsLeft NOTIFY clockChanged)
    Q_PROPERTY(int pressureStage READ pressureStage NOTIFY pressureChanged)
    Q_PROPERTY(int pressureCn READ pressureCn NOTIFY pressureChanged)
    Q_PROPERTY(int depthUm READ depthUm NOTIFY pressureChanged)
    Q_PROPERTY(int cueKind READ cueKind NOTIFY cued)
    Q_PROPERTY(int cueSerial READ cueSerial NOTIFY cued)
    Q_PROPERTY(Problem problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int interruptedCount READ interruptedCount NOTIFY interruptedChanged)
    Q_PROPERTY(bool checkInDue READ checkInDue NOTIFY checkInChanged)

public:
    enum class State {
        None,
        Planned,
        Blocked,
        InZone,
        Paused,
        Aftercare,
        Completed,
        StoppedEarly,
    };
    Q_ENUM(State)
    // What went wrong with the last action (None when it worked).
    enum class Problem {
        None,
        JournalLocked,
        NoPlan,  // the plan could not be made (planError())
        Blocked, // the guard blocks the session (or every zone)
        Unacknowledged,
        WrongState,
        WriteFailed, // a pass could not be committed: the session goes on, the screen says so
        DiskFull,
        NeedsReason, // an override without a reason
        NotOverridable,
    };
    Q_ENUM(Problem)

    // A session the last run left unfinished, recovered as interrupted.
    struct Interrupted {
        std::string uid;
        SessionRecord record;
    };

    SessionRunner(const Clock& clock, JournalManager& journal, QObject* parent = nullptr);
    ~SessionRunner() override;

    // The journal opened: unfinished sessions are recovered as interrupted.
    void attach(Database& db);
    // Keep the screen on while a session runs (the app; not scratch runs and tests).
    void keepScreenOnDuringSessions();

    // ---- Planning and the checks before starting -----------------------------------------
    // goal: a goalFromString key ("texture"); family: "plain-roller", "smart-roller", "pen";
    // zones: keys (empty: every zone the goal covers). Asks the guard about it at once.
    Q_INVOKABLE bool plan(const QString& goal, const QString& family, int needleLengthUm,
                          const QStringList& zones = {});
    // The products used with this session ("vitamin-c-serum"); the guard is asked again.
    Q_INVOKABLE void setProducts(const QStringList& products);
    // A pre-session question answered now (dated): the guard is asked again.
    Q_INVOKABLE bool answer(const QString& questionKey, bool yes);
    // The head for this session. useHead picks a stored one; addPlainHead records a new plain
    // roller head (needle length and count) and picks it.
    Q_INVOKABLE void useHead(const QString& uid);
    Q_INVOKABLE bool addPlainHead(int needleLengthUm, int needleCount);
    // The head in the smart device this session runs on: recorded the first time it is seen
    // (its wear and hygiene are tracked from then on) and picked.
    bool useDeviceHead(const std::string& uid, DeviceFamily family, int needleLengthUm,
                       int needleCount);
    // The user disinfected the head now.
    Q_INVOKABLE bool confirmDisinfected();
    // The warning `index` of warnings() was read and accepted.
    Q_INVOKABLE void acknowledge(int index);
    // Lifts the block `index` of blocks() where its rule allows it, with the user's reason.
    Q_INVOKABLE bool overrideBlock(int index, const QString& reason);
    Q_INVOKABLE void discard();

    // ---- The session ----------------------------------------------------------------------
    Q_INVOKABLE bool start();
    Q_INVOKABLE bool confirmPass();
    Q_INVOKABLE bool skipZone(const QString& reason);
    Q_INVOKABLE bool pause();
    Q_INVOKABLE bool resume();
    Q_INVOKABLE bool stopEarly();
    Q_INVOKABLE bool finish();
    // Timers: pacing, countdowns, the length cap (a QTimer calls it while a session runs).
    Q_INVOKABLE void tick();
    Q_INVOKABLE void dismissInterrupted();
    // The next-day check-in of the last session: how the skin reacted ("none", "mild-redness",
    // "lasting-redness", "irritation", "signs-of-infection"), logged for each needled zone.
    Q_INVOKABLE bool checkIn(const QString& reaction);

    // Passes of a running session are saved by `writer` on its thread (when it is ready).
    void useWriter(JournalWriter* writer);
    // Waits until every pass handed to the writer is durable (committedPasses counts it).
    void flushWrites();

    // A smart device's link (DeviceLiveLink) feeds these.
    void setDeviceLive(bool live);
    bool devicePass(const DevicePass& pass);
    void pressureSample(int centinewtons);
    void depthSample(int micrometres);
    void deviceLost();
    // The device keeps the running session as record `sequence` of the store `recordKey`.
    void setDeviceOrigin(const std::string& recordKey, int sequence);

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] bool planned() const noexcept { return m_plan.has_value(); }
    [[nodiscard]] QString family() const;
    [[nodiscard]] QString area() const;
    [[nodiscard]] bool canStart() const;
    [[nodiscard]] int pendingWarnings() const;
    [[nodiscard]] QString headUid() const { return QString::fromStdString(m_headUid); }
    [[nodiscard]] QString currentZone() const;
    [[nodiscard]] int zoneNumber() const;
    [[nodiscard]] int zoneCount() const;
    [[nodiscard]] int pass() const;
    [[nodiscard]] int passes() const;
    [[nodiscard]] QString direction() const;
    [[nodiscard]] QString mismatchedDirection() const { return m_mismatch; }
    [[nodiscard]] bool pacedByApp() const;
    [[nodiscard]] bool deviceLive() const noexcept { return m_deviceLive; }
    [[nodiscard]] bool deviceDropped() const noexcept { return m_deviceDropped; }
    [[nodiscard]] int committedPasses() const noexcept { return m_committedPasses; }
    [[nodiscard]] int passSecondsLeft() const;
    [[nodiscard]] int zoneSecondsLeft() const;
    [[nodiscard]] int pressureStage() const noexcept { return m_pressureStage; }
    [[nodiscard]] int pressureCn() const noexcept { return m_pressureCn; }
    [[nodiscard]] int depthUm() const noexcept { return m_depthUm; }
    [[nodiscard]] int cueKind() const noexcept { return static_cast<int>(m_lastCue.kind); }
    [[nodiscard]] int cueSerial() const noexcept { return m_cueSerial; }
    [[nodiscard]] Problem problem() const noexcept { return m_problem; }
    [[nodiscard]] int interruptedCount() const { return static_cast<int>(m_interrupted.size()); }
    // The last finished session asks how the skin reacted, from 12 hours after it.
    [[nodiscard]] bool checkInDue() const;
    // The session the check-in is about (empty: none).
    [[nodiscard]] std::string checkInSession() const;

    // For the controller and the tests (values; the controller words them).
    [[nodiscard]] const std::optional<SessionPlan>& currentPlan() const { return m_plan; }
    [[nodiscard]] const std::optional<PlanError>& planError() const { return m_planError; }
    [[nodiscard]] const GuardDecision& decision() const { return m_decision; }
    [[nodiscard]] std::vector<Finding> warnings() const;
    [[nodiscard]] bool acknowledged(const Finding& finding) const;
    [[nodiscard]] std::vector<Finding> blocks() const;
    // Questions whose dated answer is missing or expired, with the last answer's date.
    struct OpenQuestion {
        Question question = Question::Pregnancy;
        std::optional<TimePoint> lastAnswered{};
    };
    [[nodiscard]] std::vector<OpenQuestion> openQuestions() const;
    [[nodiscard]] const Cue& lastCue() const noexcept { return m_lastCue; }
    // The direction the guide asks for now (a device that cannot sense it follows it).
    [[nodiscard]] std::optional<Direction> expectedDirection() const {
        return m_engine ? m_engine->expectedDirection() : std::nullopt;
    }
    [[nodiscard]] const SessionRecord* record() const;
    [[nodiscard]] const std::vector<Interrupted>& interrupted() const { return m_interrupted; }
    [[nodiscard]] std::string sessionUid() const { return m_uid; }
    // Nanoseconds each pass commit took on the thread that wrote it, for the benchmark.
    [[nodiscard]] const std::vector<qint64>& commitTimes() const { return m_commitNs; }
    [[nodiscard]] TimePoint now() const;
    [[nodiscard]] JournalManager& journal() const { return m_journal; }

signals:
    void stateChanged();
    void planChanged();
    void progressChanged();
    void clockChanged();
    void pressureChanged();
    // A cue to show, sound and (on a smart device) vibrate; lastCue() has its values.
    void cued();
    // A cue the device should feel (vibration through the control point).
    void vibrate(int cueKind);
    void problemChanged();
    void interruptedChanged();
    void checkInChanged();
    // A session ended or was recovered: the journal's lists changed.
    void sessionsChanged();

private:
    void decide();
    void setProblem(Problem problem);
    void setState(State state);
    void afterEngine();
    void commit();
    void committed(const std::string& uid, int passes, bool ok, DatabaseErrorCode code,
                   qint64 nanoseconds, bool announce);
    void takeCues();
    [[nodiscard]] bool ok(const Status<EngineError>& status);

    const Clock& m_clock;
    JournalManager& m_journal;
    Database* m_db = nullptr;
    QPointer<JournalWriter> m_writer;
    QTimer m_ticker;
    std::unique_ptr<ScreenAwake> m_screenAwake;

    std::optional<SessionPlan> m_plan;
    std::optional<PlanError> m_planError;
    std::vector<std::string> m_products;
    std::vector<Override> m_overrides;
    GuardDecision m_decision;
    std::string m_headUid;
    QSet<QString> m_acknowledged; // "rule/zone" of warnings the user accepted

    std::unique_ptr<SessionEngine> m_engine;
    Limits m_limits; // the journal's, read on start (pressure stages)
    std::string m_uid;
    State m_state = State::None;
    Problem m_problem = Problem::None;
    Cue m_lastCue;
    int m_cueSerial = 0;
    int m_committedPasses = 0;
    bool m_deviceLive = false;
    bool m_deviceDropped = false;
    QString m_mismatch;
    int m_pressureStage = 0;
    int m_pressureCn = 0;
    int m_depthUm = 0;
    std::chrono::steady_clock::duration m_passStarted{};
    std::chrono::steady_clock::duration m_pausedFor{};
    std::chrono::steady_clock::duration m_pausedAt{};
    std::vector<Interrupted> m_interrupted;
    std::vector<qint64> m_commitNs;
};

struct SessionRunnerForeign : ExistingSingleton<SessionRunner> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::SessionRunner)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Sessions)
};

} // namespace rollwise::app
