#pragma once

// The view model of the reminders page: what each kind of reminder is called and when a
// reminder comes, in words. Created by the page and given the Reminders service.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration>

namespace rollwise::app {

class ReminderManager;

class RemindersController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/reminder_manager.h")
    Q_PROPERTY(rollwise::app::ReminderManager* reminders READ reminders WRITE setReminders NOTIFY
                   remindersChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY textChanged)
    Q_PROPERTY(QString nextText READ nextText NOTIFY textChanged)

public:
    explicit RemindersController(QObject* parent = nullptr);

    [[nodiscard]] ReminderManager* reminders() const { return m_reminders; }
    void setReminders(ReminderManager* reminders);

    // What the reminders can and cannot do here (locked journal, no notification service...).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString nextText() const;

    // The kinds in the order the page lists them.
    Q_INVOKABLE QList<int> kinds() const;
    Q_INVOKABLE QString kindTitle(int kind) const;
    Q_INVOKABLE QString kindDetail(int kind) const;
    // "Chin: ready again" style line for an upcoming reminder.
    Q_INVOKABLE QString upcomingTitle(int kind, const QString& zoneKey) const;
    Q_INVOKABLE QString when(const QDateTime& due, bool snoozed) const;
    // A time of day in minutes after midnight, in the locale's format ("09:00", "9:00 AM").
    Q_INVOKABLE QString timeText(int minutes) const;
    // The 48 half hours of a day, from midnight, as the locale writes them.
    Q_INVOKABLE QStringList halfHours() const;

signals:
    void remindersChanged();
    void textChanged();

private:
    QPointer<ReminderManager> m_reminders;
};

} // namespace rollwise::app
