#include "heads_controller.h"

#include "services/journal_manager.h"

#include <rollwise/core/guard.h>

#include <QLocale>
#include <QVariantMap>

#include <localizer.h>
#include <utility>

namespace rollwise::app {

using text::Localizer;

HeadsController::HeadsController(QObject* parent)
    : QObject(parent) {}

void HeadsController::setJournal(JournalManager* journal) {
    if (journal == m_journal) {
        return;
    }
    m_journal = journal;
    emit journalChanged();
}

bool HeadsController::done(bool ok, const QString& success) {
    if (ok) {
        m_message = success;
        m_failed = false;
    } else {
        m_failed = true;
        const auto problem =
            m_journal ? m_journal->problem() : JournalManager::Problem::JournalLocked;
        m_message = problem == JournalManager::Problem::JournalLocked
                        ? tr("Unlock your journal first: your heads are kept in it.")
                    : problem == JournalManager::Problem::DiskFull
                        ? tr("The disk is full, so this was not saved. Free some space and try "
                             "again; nothing was lost.")
                        : tr("This could not be saved in your journal. Try again; nothing was "
                             "lost.");
    }
    emit messageChanged();
    if (ok) {
        emit headChanged();
    }
    return ok;
}

bool HeadsController::addHead(Kind kind, int needleLengthUm, int needleCount) {
    if (needleLengthUm < kMinPlausibleNeedleUm || needleLengthUm > kMaxPlausibleNeedleUm ||
        needleCount <= 0) {
        m_failed = true;
        m_message = tr("Choose the needle length and the number of needles on the head's "
                       "packaging.");
        emit messageChanged();
        return false;
    }
    const DeviceFamily family = kind == Kind::Cartridge     ? DeviceFamily::Pen
                                : kind == Kind::SmartRoller ? DeviceFamily::SmartRoller
                                                            : DeviceFamily::PlainRoller;
    return done(m_journal && m_journal->addHead(family, needleLengthUm, needleCount),
                tr("Added. Your next session counts on this head."));
}

bool HeadsController::disinfect(const QString& uid) {
    return done(m_journal && m_journal->disinfectHead(uid), tr("Noted: disinfected now."));
}

bool HeadsController::retire(const QString& uid, const QString& reason) {
    return done(m_journal && m_journal->retireHead(uid, reason),
                tr("Retired. Add the new head so your sessions count on it."));
}

bool HeadsController::reportDamage(const QString& uid) {
    return done(m_journal && m_journal->reportHeadDamage(uid),
                tr("Noted. A damaged head is not used again: replace it."));
}

QString HeadsController::headTitle(bool cartridge, int needleLengthUm, int needleCount) const {
    const QString length = Localizer::millimetres(needleLengthUm);
    if (cartridge) {
        return needleCount > 0 ? tr("Cartridge, %1, %2 needles").arg(length).arg(needleCount)
                               : tr("Cartridge, %1").arg(length);
    }
    return needleCount > 0 ? tr("Roller head, %1, %2 needles").arg(length).arg(needleCount)
                           : tr("Roller head, %1").arg(length);
}

QString HeadsController::hygieneText(const QDateTime& lastDisinfected,
                                     bool needsDisinfection) const {
    if (needsDisinfection) {
        return tr("Disinfect it before the next session: it was used since it was last cleaned.");
    }
    if (!lastDisinfected.isValid()) {
        return tr("Not disinfected yet.");
    }
    return tr("Clean: disinfected %1.")
        .arg(QLocale().toString(lastDisinfected.toLocalTime(), QLocale::ShortFormat));
}

QStringList HeadsController::hygieneLog(const QString& uid) const {
    QStringList entries;
    if (!m_journal) {
        return entries;
    }
    for (const TimePoint at : m_journal->hygieneLog(uid)) {
        entries << Localizer::dateTime(at);
    }
    return entries;
}

QString HeadsController::retiredText(const QDateTime& retiredAt, const QString& uid) const {
    if (!retiredAt.isValid()) {
        return {};
    }
    const QString when = QLocale().toString(retiredAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString key = m_journal ? m_journal->retireReason(uid) : QString();
    QString reason;
    for (const QVariant& choice : retireReasons()) {
        const QVariantMap map = choice.toMap();
        if (map.value(QStringLiteral("value")).toString() == key) {
            reason = map.value(QStringLiteral("text")).toString();
        }
    }
    return reason.isEmpty() ? tr("Retired on %1.").arg(when)
                            : tr("Retired on %1: %2").arg(when, reason);
}

QString HeadsController::sessionsText(int sessions) const {
    return Localizer::sessions(sessions);
}

QString HeadsController::passesText(int passes, int highPressurePasses) const {
    return highPressurePasses > 0 ? tr("%1, %2 with high pressure")
                                        .arg(Localizer::passes(passes))
                                        .arg(highPressurePasses)
                                  : Localizer::passes(passes);
}

QString HeadsController::ageText(int days) const {
    return days <= 0 ? tr("new") : Localizer::duration(Seconds(days * 86400LL));
}

QVariantList HeadsController::retireReasons() const {
    QVariantList reasons;
    const std::pair<const char*, QString> choices[] = {
        {"worn", tr("Worn out")},
        {"damaged", tr("Damaged")},
        {"other-length", tr("Changing the needle length")},
        {"other", tr("Another reason")},
    };
    for (const auto& [key, text] : choices) {
        reasons << QVariantMap{{QStringLiteral("value"), QString::fromLatin1(key)},
                               {QStringLiteral("text"), text}};
    }
    return reasons;
}

QVariantList HeadsController::needleChoices() const {
    QVariantList choices;
    for (const int um : {200, 250, 300, 500, 750, 1000, 1500}) {
        choices << QVariantMap{{QStringLiteral("value"), um},
                               {QStringLiteral("text"), Localizer::millimetres(um)}};
    }
    return choices;
}

} // namespace rollwise::app
