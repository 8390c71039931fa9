#include "journal_controller.h"

#include "services/backup_manager.h"
#include "services/device_manager.h"
#include "services/journal_access.h"
#include "services/journal_manager.h"

#include <rollwise/core/secret_key.h>
#include <rollwise/core/zone.h>
#include <rollwise/platform/text.h>

#include <QDateTime>
#include <QLocale>

#include <error_text.h>
#include <localizer.h>

namespace rollwise::app {
namespace {

QString millimetres(int micrometres) {
    return JournalController::tr("%1 mm").arg(QLocale().toString(micrometres / 1000.0, 'f', 2));
}

QString accessProblem(JournalAccess::Problem problem) {
    using P = JournalAccess::Problem;
    switch (problem) {
    case P::None:
        return {};
    case P::WrongPassphrase:
        return JournalController::tr("That passphrase does not open your journal. Check it and "
                                     "try again; nothing was changed.");
    case P::PassphraseTooShort:
        return JournalController::tr("Choose a passphrase of at least %1 characters.")
            .arg(kMinPassphraseCodePoints);
    case P::PassphraseLooksLikeKey:
        return JournalController::tr("That looks like a raw key (x'…'), not a passphrase. "
                                     "Choose another one.");
    case P::KeychainUnavailable:
        return JournalController::tr("The system keychain cannot be reached, so the key to your "
                                     "journal cannot be kept there. Use a passphrase instead.");
    case P::KeychainDenied:
        return JournalController::tr("The system keychain refused access to your journal's key. "
                                     "Allow it, or use a passphrase instead.");
    case P::KeyMissing:
        return JournalController::tr("Your journal exists, but its key is gone from the system "
                                     "keychain. Unlock it with your passphrase or recovery code, "
                                     "or restore a backup; nothing was changed.");
    case P::SwitchInterrupted:
        return JournalController::tr("Rollwise was stopped while it switched your journal to a "
                                     "passphrase. Enter your new passphrase to finish.");
    case P::SwitchFailed:
        return JournalController::tr("Your journal still uses the key in the system keychain: "
                                     "the switch to a passphrase did not happen. Try again.");
    case P::NotEncrypted:
        return JournalController::tr("The journal file is not encrypted, so Rollwise will not use "
                                     "it. Move it away and restore a backup.");
    case P::NewerThanApp:
        return JournalController::tr("Your journal was written by a newer Rollwise. Update "
                                     "Rollwise to open it; nothing was changed.");
    case P::CannotOpen:
        return JournalController::tr("The journal file cannot be opened. Check that its folder "
                                     "exists and can be read.");
    case P::DiskFull:
        return JournalController::tr("The disk is full. Free some space and open Rollwise again; "
                                     "nothing was lost.");
    case P::ReadOnly:
        return JournalController::tr("The journal's folder cannot be written. Check its "
                                     "permissions.");
    case P::Corrupt:
        return JournalController::tr("The journal file is damaged. Restore your latest backup; "
                                     "the damaged file is left as it is.");
    case P::Other:
        break;
    }
    return JournalController::tr("Your journal could not be opened. Try again; nothing was "
                                 "changed.");
}

QString backupProblem(BackupManager::Problem problem) {
    using P = BackupManager::Problem;
    switch (problem) {
    case P::None:
        return {};
    case P::JournalLocked:
        return JournalController::tr("Unlock your journal first.");
    case P::FolderMissing:
        return JournalController::tr("That folder does not exist: choose an existing folder.");
    case P::PassphraseTooShort:
        return JournalController::tr("Choose a backup passphrase of at least %1 characters (and "
                                     "not of the form x'…'). You need it to restore a backup on "
                                     "another device.")
            .arg(kMinPassphraseCodePoints);
    case P::KeychainNeeded:
        return JournalController::tr("Automatic backups need the system keychain to keep the "
                                     "backup passphrase. Make the keychain available and turn "
                                     "them on again.");
    case P::PassphraseMissing:
        return JournalController::tr("The backup passphrase is missing from the system keychain: "
                                     "turn automatic backups on again.");
    case P::WrongPassphrase:
        return JournalController::tr("That passphrase does not open this backup. Check it and "
                                     "try again; nothing was changed.");
    case P::NotABackup:
        return JournalController::tr("That file is not a Rollwise backup. Choose a .rwbackup "
                                     "file.");
    case P::Corrupt:
        return JournalController::tr("That backup is damaged and cannot be restored. Try an "
                                     "older one; your journal was not changed.");
    case P::NewerThanApp:
        return JournalController::tr("That backup was made by a newer Rollwise. Update Rollwise "
                                     "to restore it.");
    case P::CannotOpen:
        return JournalController::tr("That file cannot be opened. Check that it exists and can "
                                     "be read.");
    case P::DiskFull:
        return JournalController::tr("The disk is full: nothing was written. Free some space and "
                                     "try again.");
    case P::ReadOnly:
        return JournalController::tr("The backup folder cannot be written. Choose another one.");
    case P::Other:
        break;
    }
    return JournalController::tr("That did not work. Try again; nothing was changed.");
}

// The sync's own problems are worded once, in ErrorText::sync (the devices screen says the
// same); the ones only the journal card meets are worded here.
QString syncProblem(DeviceManager::Problem problem) {
    using P = DeviceManager::Problem;
    switch (problem) {
    case P::None:
        return {};
    case P::NoLink:
        return JournalController::tr("No device link is available.");
    case P::NotPaired:
        return JournalController::tr("No device is chosen yet. Pair one under Heads & devices, "
                                     "or use the simulated roller there.");
    case P::JournalLocked:
        return JournalController::tr("Unlock your journal first: sessions from the device are "
                                     "stored there.");
    case P::LinkLost:
        return text::ErrorText::sync(SyncProblem::LinkLost);
    case P::NotAuthenticated:
        return text::ErrorText::sync(SyncProblem::NotPaired);
    case P::FeaturesUnreadable:
        return text::ErrorText::sync(SyncProblem::FeaturesUnreadable);
    case P::ProtocolError:
        return text::ErrorText::sync(SyncProblem::ProtocolError);
    case P::UnsupportedDevice:
        return text::ErrorText::sync(SyncProblem::UnsupportedDevice);
    case P::NotificationRefused:
        return text::ErrorText::sync(SyncProblem::NotificationRefused);
    case P::WriteFailed:
        return text::ErrorText::sync(SyncProblem::WriteFailed);
    case P::DeviceRefused:
        return text::ErrorText::sync(SyncProblem::DeviceRefused);
    case P::StoreFailed:
        return text::ErrorText::sync(SyncProblem::StoreFailed);
    case P::Timeout:
        return text::ErrorText::sync(SyncProblem::Timeout);
    case P::Aborted:
        return text::ErrorText::sync(SyncProblem::Aborted);
    }
    return {};
}

} // namespace

JournalController::JournalController(QObject* parent)
    : QObject(parent) {}

void JournalController::setAccess(JournalAccess* access) {
    if (m_access) {
        disconnect(m_access, nullptr, this, nullptr);
    }
    m_access = access;
    if (m_access) {
        connect(m_access, &JournalAccess::stateChanged, this, &JournalController::accessChanged);
    }
    emit servicesChanged();
    emit accessChanged();
}

void JournalController::setBackups(BackupManager* backups) {
    if (m_backups) {
        disconnect(m_backups, nullptr, this, nullptr);
    }
    m_backups = backups;
    if (m_backups) {
        connect(m_backups, &BackupManager::changed, this, &JournalController::backupsChanged);
    }
    emit servicesChanged();
    emit backupsChanged();
}

void JournalController::setDevices(DeviceManager* devices) {
    if (m_devices) {
        disconnect(m_devices, nullptr, this, nullptr);
    }
    m_devices = devices;
    if (m_devices) {
        connect(m_devices, &DeviceManager::changed, this, &JournalController::deviceChanged);
    }
    emit servicesChanged();
    emit deviceChanged();
}

void JournalController::setJournal(JournalManager* journal) {
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalManager::sessionsChanged, this,
                &JournalController::journalChanged);
        connect(m_journal, &JournalManager::problemChanged, this,
                &JournalController::journalChanged);
    }
    emit servicesChanged();
    emit journalChanged();
}

bool JournalController::unlocked() const {
    return m_access && m_access->unlocked();
}

bool JournalController::asksPassphrase() const {
    return m_access && m_access->state() == JournalAccess::State::NeedsPassphrase;
}

bool JournalController::offersPassphrase() const {
    return m_access && (m_access->state() == JournalAccess::State::KeychainUnavailable ||
                        m_access->state() == JournalAccess::State::KeyMissing);
}

QString JournalController::statusTitle() const {
    if (!m_access) {
        return {};
    }
    switch (m_access->state()) {
    case JournalAccess::State::Opening:
        return tr("Opening your journal…");
    case JournalAccess::State::Unlocked:
        return tr("Your journal is encrypted and unlocked");
    case JournalAccess::State::NeedsPassphrase:
        return tr("Enter your passphrase");
    case JournalAccess::State::KeychainUnavailable:
        return tr("Choose how to lock your journal");
    case JournalAccess::State::KeyMissing:
        return tr("The key to your journal is missing");
    case JournalAccess::State::Failed:
        return tr("Your journal could not be opened");
    }
    return {};
}

QString JournalController::statusMessage() const {
    if (!m_access) {
        return {};
    }
    if (m_access->problem() != JournalAccess::Problem::None) {
        return accessProblem(m_access->problem());
    }
    switch (m_access->state()) {
    case JournalAccess::State::Unlocked:
        return m_access->keyMode() == JournalAccess::KeyMode::Passphrase
                   ? tr("Only someone with your passphrase can read it.")
                   : tr("Only this device can read it.");
    case JournalAccess::State::NeedsPassphrase:
        return tr("Your journal is protected by a passphrase.");
    default:
        return {};
    }
}

int JournalController::sessionCount() const {
    return m_journal ? m_journal->sessionCount() : 0;
}

QString JournalController::lastBackupText() const {
    if (!m_backups || !m_backups->lastBackup().isValid()) {
        return {};
    }
    return tr("Last backup: %1")
        .arg(QLocale().toString(m_backups->lastBackup().toLocalTime(), QLocale::ShortFormat));
}

QString JournalController::backupMessage() const {
    if (!m_backups) {
        return {};
    }
    switch (m_backups->backupOutcome()) {
    case BackupManager::Outcome::None:
        return {};
    case BackupManager::Outcome::Written:
        return tr("Backed up to %1.").arg(m_backups->lastFile());
    case BackupManager::Outcome::Failed:
        return backupProblem(m_backups->backupProblem());
    }
    return {};
}

bool JournalController::backupFailed() const {
    return m_backups && m_backups->backupOutcome() == BackupManager::Outcome::Failed;
}

QString JournalController::restoreMessage() const {
    if (!m_backups) {
        return {};
    }
    const QLocale locale;
    switch (m_backups->restoreStep()) {
    case BackupManager::RestoreStep::None:
        return {};
    case BackupManager::RestoreStep::Previewed: {
        const QString span =
            m_backups->previewFirstSession().isValid()
                ? tr(" from %1 to %2")
                      .arg(locale.toString(m_backups->previewFirstSession().toLocalTime().date(),
                                           QLocale::ShortFormat),
                           locale.toString(m_backups->previewLastSession().toLocalTime().date(),
                                           QLocale::ShortFormat))
                : QString();
        return tr("This backup was made on %1 and holds %n sessions%2. New to this journal: "
                  "%3 sessions, %4 pre-session answers, %5 skin reactions. Nothing here will be "
                  "overwritten.",
                  nullptr, m_backups->previewSessions())
            .arg(locale.toString(m_backups->previewCreated().toLocalTime().date(),
                                 QLocale::ShortFormat),
                 span)
            .arg(m_backups->newSessions())
            .arg(m_backups->newAnswers())
            .arg(m_backups->newReactions());
    }
    case BackupManager::RestoreStep::Restored:
        return tr("Restored: %n sessions added; nothing was overwritten.", nullptr,
                  m_backups->sessionsAdded());
    case BackupManager::RestoreStep::Failed:
        return backupProblem(m_backups->restoreProblem());
    }
    return {};
}

bool JournalController::restoreFailed() const {
    return m_backups && m_backups->restoreStep() == BackupManager::RestoreStep::Failed;
}

QString JournalController::deviceLabel() const {
    if (!m_devices) {
        return {};
    }
    if (!m_devices->simulated()) {
        return tr("Bluetooth");
    }
    return tr("Simulated smart roller (%1, %2 pins, %3)")
        .arg(m_devices->model())
        .arg(m_devices->needleCount())
        .arg(millimetres(m_devices->needleLengthUm()));
}

QString JournalController::deviceNote() const {
    if (!m_devices) {
        return {};
    }
    switch (m_devices->fallback()) {
    case DeviceManager::Fallback::None:
        return {};
    case DeviceManager::Fallback::AskedFor:
        return tr("Rollwise was started with --simulate: nothing here comes from a real device.");
    case DeviceManager::Fallback::NoAdapter:
        return tr("This computer has no Bluetooth adapter, so Rollwise uses a simulated roller: "
                  "nothing here comes from a real device.");
    case DeviceManager::Fallback::BluetoothOff:
        return tr("Bluetooth is off, so Rollwise uses a simulated roller: nothing here comes from "
                  "a real device. Turn Bluetooth on and restart Rollwise to use yours.");
    case DeviceManager::Fallback::PermissionDenied:
        return tr("Rollwise may not use Bluetooth, so it uses a simulated roller: nothing here "
                  "comes from a real device. Allow Bluetooth in the system settings.");
    case DeviceManager::Fallback::Chosen:
        return tr("You chose the simulated roller on the devices screen: nothing here comes from "
                  "a real device.");
    case DeviceManager::Fallback::Scratch:
        return tr("This is a trial run with a simulated roller: nothing here comes from a real "
                  "device, and nothing is kept.");
    case DeviceManager::Fallback::Other:
        break;
    }
    return tr("Bluetooth cannot be used, so Rollwise uses a simulated roller: nothing here comes "
              "from a real device.");
}

QString JournalController::deviceStateText() const {
    if (!m_devices) {
        return {};
    }
    if (m_devices->problem() != DeviceManager::Problem::None) {
        return syncProblem(m_devices->problem());
    }
    switch (m_devices->state()) {
    case DeviceManager::LinkState::NotPaired:
        return syncProblem(DeviceManager::Problem::NotPaired);
    case DeviceManager::LinkState::Disconnected:
        return tr("Not connected.");
    case DeviceManager::LinkState::Connecting:
        return tr("Connecting…");
    case DeviceManager::LinkState::Connected:
        return tr("Connected.");
    case DeviceManager::LinkState::Preparing:
        return tr("Connected: reading the device…");
    case DeviceManager::LinkState::Syncing:
        return m_devices->copied() > 0 ? tr("Copying the sessions the device stored: %n so far…",
                                            nullptr, m_devices->copied())
                                       : tr("Copying the sessions the device stored…");
    case DeviceManager::LinkState::UpToDate:
        if (m_devices->syncOutcome() == DeviceManager::SyncOutcome::Partial) {
            // Fewer kept than the device reported: never claim that everything arrived.
            return tr("%1 of %2 sessions copied; the others failed their checks and stay on "
                      "the device. Sync again; if they keep failing, the device needs its "
                      "maker's help.")
                .arg(m_devices->syncDone())
                .arg(m_devices->syncTotal());
        }
        return m_devices->newlyStored() > 0
                   ? tr("Up to date: %n new sessions copied into your journal.", nullptr,
                        m_devices->newlyStored())
                   : tr("Up to date: every session the device stored is in your journal.");
    case DeviceManager::LinkState::Failed:
        break;
    }
    return {};
}

QString JournalController::deviceSessionsMessage() const {
    if (!m_journal) {
        return {};
    }
    switch (m_journal->problem()) {
    case JournalManager::Problem::None:
        break;
    case JournalManager::Problem::JournalLocked:
        return tr("Unlock your journal first.");
    case JournalManager::Problem::ReadFailed:
        return tr("Part of your journal could not be read. Every zone stays closed until it "
                  "can; restart Rollwise, or restore a backup if it keeps happening.");
    case JournalManager::Problem::WriteFailed:
        return tr("The zones could not be saved. Try again; nothing was lost.");
    case JournalManager::Problem::DiskFull:
        return tr("The disk is full, so the zones could not be saved. Free some space and try "
                  "again; nothing was lost.");
    case JournalManager::Problem::NoZoneChosen:
        return tr("Choose at least one zone, or choose Not now to keep them all closed.");
    }
    switch (m_journal->lastOutcome()) {
    case JournalManager::Outcome::Placed:
        return tr("Saved: only the zones you chose keep their healing time.");
    case JournalManager::Outcome::Skipped:
        return tr("Every zone stays closed for that session until you say where it went.");
    case JournalManager::Outcome::None:
    case JournalManager::Outcome::Failed:
        break;
    }
    return {};
}

int JournalController::passphraseMinimum() const {
    return static_cast<int>(kMinPassphraseCodePoints);
}

QString JournalController::zoneName(const QString& key) const {
    const auto zone = zoneFromKey(key.toStdString());
    return zone ? text::Localizer::zoneName(*zone) : key;
}

QString JournalController::deviceSessionQuestion(const QDateTime& start) const {
    return tr("Where did you roll on %1?")
        .arg(QLocale().toString(start.toLocalTime(), QStringLiteral("ddd HH:mm")));
}

QString JournalController::deviceSessionDetail(int passes, bool timeTrusted) const {
    return (timeTrusted ? tr("%n passes with your smart device.", nullptr, passes)
                        : tr("%n passes with your smart device; its clock was not set, so the "
                             "session is dated when it was copied.",
                             nullptr, passes)) +
           QLatin1Char(' ') + tr("Until you say, every zone stays closed for its healing time.");
}

QString JournalController::headTitle(bool cartridge, int needleLengthUm) const {
    return cartridge ? tr("Cartridge, %1").arg(millimetres(needleLengthUm))
                     : tr("Roller head, %1").arg(millimetres(needleLengthUm));
}

QString JournalController::headUsage(int sessions, int passes) const {
    return tr("%n sessions", nullptr, sessions) + QStringLiteral(", ") +
           tr("%n passes", nullptr, passes);
}

} // namespace rollwise::app
