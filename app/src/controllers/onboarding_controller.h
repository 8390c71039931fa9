#pragma once

// The view model of the first start: the recovery-code check, the first pre-session answers
// (dated) and the mark that the onboarding is done. Created by the onboarding page.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>
#include <QtQmlIntegration>

namespace rollwise::app {

class JournalManager;

class OnboardingController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("services/journal_manager.h")
    Q_PROPERTY(
        rollwise::app::JournalManager* journal READ journal WRITE setJournal NOTIFY journalChanged)

public:
    explicit OnboardingController(QObject* parent = nullptr);

    [[nodiscard]] JournalManager* journal() const { return m_journal; }
    void setJournal(JournalManager* journal);

    // The yes/no questions asked now: [{key, text}]. The ones that need a date or zones are
    // asked before the first session.
    Q_INVOKABLE QVariantList questions() const;
    // Saves each answer (question key -> yes) dated now. False if the journal refused.
    Q_INVOKABLE bool saveAnswers(const QVariantMap& answers);
    // Two different groups of the recovery code to type back (1-based), to check it was
    // written down.
    Q_INVOKABLE QVariantList groupsToCheck(const QString& code) const;
    // Whether `typed` is group `group` (1-based) of `code` (case and spaces do not matter).
    Q_INVOKABLE bool groupMatches(const QString& code, int group, const QString& typed) const;
    // The onboarding is done (or skipped): it is not shown again.
    Q_INVOKABLE bool finish();

signals:
    void journalChanged();

private:
    QPointer<JournalManager> m_journal;
};

} // namespace rollwise::app
