#include "onboarding_controller.h"

#include "services/journal_manager.h"

#include <rollwise/core/guard.h>

#include <QRandomGenerator>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>
#include <localizer.h>

namespace rollwise::app {

OnboardingController::OnboardingController(QObject* parent)
    : QObject(parent) {}

void OnboardingController::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    m_journal = journal;
    emit journalChanged();
}

QVariantList OnboardingController::questions() const {
    QVariantList list;
    for (const QuestionInfo& info : allQuestions()) {
        if (info.question == Question::SkinCondition ||
            info.question == Question::IsotretinoinStopped) {
            continue; // they need zones or a date: the pre-session check asks them
        }
        list << QVariantMap{
            {QStringLiteral("key"),
             QString::fromLatin1(info.key.data(), static_cast<qsizetype>(info.key.size()))},
            {QStringLiteral("text"), text::Localizer::question(info.question)}};
    }
    return list;
}

bool OnboardingController::saveAnswers(const QVariantMap& answers) {
    if (!m_journal) {
        return false;
    }
    const TimePoint at = m_journal->now();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const auto question = questionFromKey(it.key().toStdString());
        if (!question) {
            continue;
        }
        Answer answer;
        answer.question = *question;
        answer.yes = it.value().toBool();
        answer.answeredAt = at;
        if (!m_journal->saveAnswer(answer)) {
            return false;
        }
    }
    return true;
}

QVariantList OnboardingController::groupsToCheck(const QString& code) const {
    const int groups = static_cast<int>(code.split(QLatin1Char('-')).size());
    if (groups < 2) {
        return {};
    }
    const int first = static_cast<int>(QRandomGenerator::global()->bounded(groups));
    int second = static_cast<int>(QRandomGenerator::global()->bounded(groups - 1));
    if (second >= first) {
        ++second;
    }
    return {std::min(first, second) + 1, std::max(first, second) + 1};
}

bool OnboardingController::groupMatches(const QString& code, int group,
                                        const QString& typed) const {
    const QStringList groups = code.split(QLatin1Char('-'));
    if (group < 1 || group > groups.size()) {
        return false;
    }
    QString cleaned = typed.trimmed().toUpper();
    cleaned.remove(QLatin1Char(' '));
    return !cleaned.isEmpty() && cleaned == groups[group - 1].toUpper();
}

bool OnboardingController::finish() {
    return m_journal && m_journal->setOnboardingDone();
}

} // namespace rollwise::app
