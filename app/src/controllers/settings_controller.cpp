#include "settings_controller.h"

#include "services/backup_manager.h"
#include "services/journal_access.h"

#include <rollwise/core/secret_key.h>

#include <QDate>
#include <QDir>

namespace rollwise::app {

SettingsController::SettingsController(QObject* parent)
    : QObject(parent) {}

void SettingsController::setAccess(JournalAccess* access) {
    if (access == m_access) {
        return;
    }
    if (m_access) {
        disconnect(m_access, nullptr, this, nullptr);
    }
    m_access = access;
    if (m_access) {
        connect(m_access, &JournalAccess::stateChanged, this, [this] {
            m_keyChanged = false; // a new answer from the service replaces the confirmation
            emit accessChanged();
        });
    }
    emit servicesChanged();
    emit accessChanged();
}

void SettingsController::setBackups(BackupManager* backups) {
    if (backups == m_backups) {
        return;
    }
    if (m_backups) {
        disconnect(m_backups, nullptr, this, nullptr);
    }
    m_backups = backups;
    if (m_backups) {
        connect(m_backups, &BackupManager::changed, this, &SettingsController::backupsChanged);
    }
    emit servicesChanged();
    emit backupsChanged();
}

QString SettingsController::exportMessage() const {
    if (!m_backups) {
        return {};
    }
    using P = BackupManager::Problem;
    switch (m_backups->exportOutcome()) {
    case BackupManager::Outcome::None:
        return {};
    case BackupManager::Outcome::Written:
        return tr("Exported to %1. This file is not encrypted: keep it somewhere private.")
            .arg(m_backups->exportedFile());
    case BackupManager::Outcome::Failed:
        switch (m_backups->exportProblem()) {
        case P::DiskFull:
            return tr("The disk is full, so the export was not written. Free some space or "
                      "choose another place; your journal is unchanged.");
        case P::ReadOnly:
            return tr("That folder cannot be written to. Choose another place; your journal is "
                      "unchanged.");
        case P::JournalLocked:
            return tr("Unlock your journal first, then export it.");
        default:
            return tr("The export could not be written. Choose another place and try again; "
                      "your journal is unchanged.");
        }
    }
    return {};
}

bool SettingsController::exportFailed() const {
    return m_backups && m_backups->exportOutcome() == BackupManager::Outcome::Failed;
}

QString SettingsController::keyMessage() const {
    if (!m_access) {
        return {};
    }
    using P = JournalAccess::Problem;
    switch (m_access->problem()) {
    case P::None:
        if (!m_keyChanged) {
            return {};
        }
        return m_access->keyMode() == JournalAccess::KeyMode::Passphrase
                   ? tr("Done: your journal now opens with your new passphrase.")
                   : tr("Done: your journal's key is in the system keychain again. Write down "
                        "the recovery code below.");
    case P::WrongPassphrase:
        return tr("That is not your current passphrase. Nothing was changed.");
    case P::PassphraseTooShort:
        return tr("Choose a new passphrase of at least %1 characters.")
            .arg(kMinPassphraseCodePoints);
    case P::PassphraseLooksLikeKey:
        return tr("That looks like a raw key (x'…'), not a passphrase. Choose another one.");
    case P::KeychainUnavailable:
    case P::KeychainDenied:
        return tr("The system keychain cannot be used, so your journal keeps its passphrase.");
    case P::DiskFull:
        return tr("The disk is full. Free some space and try again; your old key still opens "
                  "your journal.");
    default:
        return tr("The key did not change; your old key still opens your journal. Try again.");
    }
}

bool SettingsController::keyFailed() const {
    return m_access && m_access->problem() != JournalAccess::Problem::None;
}

bool SettingsController::usesPassphrase() const {
    return m_access && m_access->keyMode() == JournalAccess::KeyMode::Passphrase;
}

QString SettingsController::localPath(const QUrl& url) const {
    return url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : QString();
}

QString SettingsController::exportFileName(bool json) const {
    return QStringLiteral("rollwise-export-%1.%2")
        .arg(QDate::currentDate().toString(Qt::ISODate),
             json ? QStringLiteral("json") : QStringLiteral("csv"));
}

} // namespace rollwise::app
