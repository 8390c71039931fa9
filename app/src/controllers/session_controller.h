#pragma once

// The view model of the session pages (plan, before starting, guided, aftercare): the Sessions
// service's typed state in words, and the lists those pages show. Created by each page and
// given the service; the live session itself stays in the service, so pages can come and go.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QtQmlIntegration>

namespace rollwise::app {

class SessionRunner;

class SessionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/session_runner.h")
    Q_PROPERTY(rollwise::app::SessionRunner* sessions READ sessions WRITE setSessions NOTIFY
                   sessionsChanged)
    // Choices for ChoiceRow: [{value, text}].
    Q_PROPERTY(QVariantList goals READ goals CONSTANT)
    Q_PROPERTY(QVariantList families READ families CONSTANT)
    // The plan: zones (ZoneMap entries plus passes, directions, verdict), time, the guard.
    Q_PROPERTY(QVariantList planZones READ planZones NOTIFY planChanged)
    // The map's entries: the planned zones and every other zone of the area, each named.
    Q_PROPERTY(QVariantList planMap READ planMap NOTIFY planChanged)
    Q_PROPERTY(QString estimatedTime READ estimatedTime NOTIFY planChanged)
    Q_PROPERTY(QString guardSummary READ guardSummary NOTIFY planChanged)
    Q_PROPERTY(QString planProblem READ planProblem NOTIFY planChanged)
    // Before starting.
    Q_PROPERTY(QVariantList questions READ questions NOTIFY planChanged)
    Q_PROPERTY(QVariantList heads READ heads NOTIFY planChanged)
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY planChanged)
    // Blocks other than unanswered questions (those are asked above them).
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY planChanged)
    // The guided screen.
    Q_PROPERTY(QVariantList sessionZones READ sessionZones NOTIFY progressChanged)
    Q_PROPERTY(QString zoneName READ zoneName NOTIFY progressChanged)
    Q_PROPERTY(QString directionText READ directionText NOTIFY progressChanged)
    Q_PROPERTY(QString cueText READ cueText NOTIFY cueChanged)
    // The sound of the last cue: "zone", "pass", "direction", "done", "pressure", "stop", "".
    Q_PROPERTY(QString cueSound READ cueSound NOTIFY cueChanged)
    // Whether this machine has a sound server to play cues on (else only the flash).
    Q_PROPERTY(bool soundAvailable READ soundAvailable CONSTANT)
    Q_PROPERTY(QString problemText READ problemText NOTIFY problemChanged)
    // Aftercare and the interrupted session.
    Q_PROPERTY(QVariantList aftercare READ aftercare NOTIFY progressChanged)
    Q_PROPERTY(QVariantList reopening READ reopening NOTIFY progressChanged)
    Q_PROPERTY(QString outcomeText READ outcomeText NOTIFY progressChanged)
    Q_PROPERTY(QString interruptedText READ interruptedText NOTIFY interruptedChanged)
    // The next-day check-in: what it asks about, and the answers ([{value, text}]).
    Q_PROPERTY(QString checkInText READ checkInText NOTIFY checkInChanged)
    Q_PROPERTY(QVariantList reactions READ reactions CONSTANT)

public:
    explicit SessionController(QObject* parent = nullptr);

    [[nodiscard]] SessionRunner* sessions() const { return m_sessions; }
    void setSessions(SessionRunner* sessions);

    [[nodiscard]] QVariantList goals() const;
    [[nodiscard]] QVariantList families() const;
    [[nodiscard]] QVariantList planZones() const;
    [[nodiscard]] QVariantList planMap() const;
    [[nodiscard]] QString estimatedTime() const;
    [[nodiscard]] QString guardSummary() const;
    [[nodiscard]] QString planProblem() const;
    [[nodiscard]] QVariantList questions() const;
    [[nodiscard]] QVariantList heads() const;
    [[nodiscard]] QVariantList warnings() const;
    [[nodiscard]] QVariantList blocks() const;
    [[nodiscard]] QVariantList sessionZones() const;
    [[nodiscard]] QString zoneName() const;
    [[nodiscard]] QString directionText() const;
    [[nodiscard]] QString cueText() const;
    [[nodiscard]] QString cueSound() const;
    [[nodiscard]] bool soundAvailable() const;
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QVariantList aftercare() const;
    [[nodiscard]] QVariantList reopening() const;
    [[nodiscard]] QString outcomeText() const;
    [[nodiscard]] QString interruptedText() const;
    [[nodiscard]] QString checkInText() const;
    [[nodiscard]] QVariantList reactions() const;

    // "0:08", "12:30": a countdown as the guided screen shows it.
    Q_INVOKABLE QString countdown(int seconds) const;
    Q_INVOKABLE QString directionName(const QString& directionKey) const;

signals:
    void sessionsChanged();
    void planChanged();
    void progressChanged();
    void cueChanged();
    void problemChanged();
    void interruptedChanged();
    void checkInChanged();

private:
    QPointer<SessionRunner> m_sessions;
};

} // namespace rollwise::app
