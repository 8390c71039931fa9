#pragma once

// The view model of the Heads & cartridges page: adds, disinfects, retires and reports heads
// through the journal, and words their wear, hygiene and history. Created by the page.

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtQmlIntegration>

namespace rollwise::app {

class JournalManager;

class HeadsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)

public:
    // What a head is: a roller's head (plain or smart) or a pen's single-use cartridge.
    enum class Kind { Roller, SmartRoller, Cartridge };
    Q_ENUM(Kind)

    explicit HeadsController(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool failed() const noexcept { return m_failed; }

    Q_INVOKABLE bool addHead(rollwise::app::HeadsController::Kind kind, int needleLengthUm,
                             int needleCount);
    Q_INVOKABLE bool disinfect(const QString& uid);
    Q_INVOKABLE bool retire(const QString& uid, const QString& reason);
    Q_INVOKABLE bool reportDamage(const QString& uid);

    // Words for the page.
    Q_INVOKABLE QString headTitle(bool cartridge, int needleLengthUm, int needleCount) const;
    Q_INVOKABLE QString hygieneText(const QDateTime& lastDisinfected, bool needsDisinfection) const;
    // Each disinfection, newest first, as dates and times.
    Q_INVOKABLE QStringList hygieneLog(const QString& uid) const;
    Q_INVOKABLE QString retiredText(const QDateTime& retiredAt, const QString& uid) const;
    // The wear gauge's words: "3 sessions", "36 passes, 4 with high pressure", "12 days".
    Q_INVOKABLE QString sessionsText(int sessions) const;
    Q_INVOKABLE QString passesText(int passes, int highPressurePasses) const;
    Q_INVOKABLE QString ageText(int days) const;
    // Why a head is replaced: [{value: a stable key kept in the journal, text}].
    Q_INVOKABLE QVariantList retireReasons() const;
    // The needle lengths a new head may have (micrometres) and their words.
    Q_INVOKABLE QVariantList needleChoices() const;

signals:
    void journalChanged();
    void messageChanged();
    // A head was retired, damaged or disinfected: its card reads again.
    void headChanged();

private:
    bool done(bool ok, const QString& success);

    QPointer<JournalManager> m_journal;
    QString m_message;
    bool m_failed = false;
};

} // namespace rollwise::app
