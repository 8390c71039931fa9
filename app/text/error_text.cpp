#include "error_text.h"

namespace rollwise::text {

QString ErrorText::database(DatabaseErrorCode code) {
    switch (code) {
    case DatabaseErrorCode::NoKey:
        return tr("No key was given for the journal.");
    case DatabaseErrorCode::WrongKey:
        return tr("The key or passphrase does not open this journal, or the file is not a "
                  "Rollwise journal.");
    case DatabaseErrorCode::NotEncrypted:
        return tr("This file is an unencrypted database; Rollwise only opens its own encrypted "
                  "journal.");
    case DatabaseErrorCode::NewerThanApp:
        return tr("This journal was written by a newer version of Rollwise: update Rollwise to "
                  "open it.");
    case DatabaseErrorCode::CannotOpen:
        return tr("The journal file cannot be opened: check that the folder exists and may be "
                  "used.");
    case DatabaseErrorCode::CipherMissing:
        return tr("This build of Rollwise lacks its encryption library and cannot open the "
                  "journal.");
    case DatabaseErrorCode::WriteFailed:
        return tr("The journal could not be written. Nothing was changed.");
    case DatabaseErrorCode::DiskFull:
        return tr("The disk is full: nothing was changed. Free some space and try again.");
    case DatabaseErrorCode::ReadOnly:
        return tr("The journal or its folder cannot be written to.");
    case DatabaseErrorCode::ReadFailed:
        return tr("The journal could not be read.");
    case DatabaseErrorCode::Corrupt:
        return tr("The journal is damaged. Restore a backup.");
    case DatabaseErrorCode::NotABackup:
        return tr("This file is not a Rollwise backup.");
    case DatabaseErrorCode::NotFound:
        return tr("The record was not found.");
    case DatabaseErrorCode::InvalidArgument:
        return tr("The request was not valid.");
    }
    return {};
}

QString ErrorText::journal(const JournalError& error) {
    if (error.code == JournalErrorCode::Database && error.database) {
        return database(error.database->code);
    }
    return journal(error.code);
}

QString ErrorText::journal(JournalErrorCode code) {
    switch (code) {
    case JournalErrorCode::KeychainUnavailable:
        return tr("The system keychain cannot be reached. Unlock it, or use a passphrase "
                  "instead.");
    case JournalErrorCode::KeychainDenied:
        return tr("Access to the journal's key in the keychain was refused.");
    case JournalErrorCode::KeyMissing:
        return tr("The journal's key is missing from the keychain. Open it with your passphrase "
                  "or a recovery code, or restore a backup.");
    case JournalErrorCode::Database:
        return tr("The journal could not be opened.");
    }
    return {};
}

QString ErrorText::backup(DatabaseErrorCode code) {
    switch (code) {
    case DatabaseErrorCode::WrongKey:
        return tr("The passphrase does not open this backup: it was made with another one.");
    case DatabaseErrorCode::NotEncrypted:
    case DatabaseErrorCode::NotABackup:
        return tr("This file is not a Rollwise backup.");
    default:
        return database(code);
    }
}

QString ErrorText::rekey(const JournalError& error) {
    if (error.code != JournalErrorCode::Database) {
        return journal(error.code);
    }
    return tr("The key could not be changed; the old key still opens the journal.");
}

QString ErrorText::sync(SyncProblem problem) {
    switch (problem) {
    case SyncProblem::None:
        return tr("Sessions from the device are up to date.");
    case SyncProblem::LinkLost:
        return tr("The connection to the device was lost. Sessions already received are saved; "
                  "the rest will come at the next connection.");
    case SyncProblem::NotPaired:
        return tr("The device refused access because it is not paired with this phone or "
                  "computer. Put the device in pairing mode and pair it again from Devices.");
    case SyncProblem::FeaturesUnreadable:
        return tr("The device's description could not be read. Turn the device off and on, then "
                  "connect again.");
    case SyncProblem::UnsupportedDevice:
        return tr("This device uses a newer protocol than this version of Rollwise. Update "
                  "Rollwise to read its sessions.");
    case SyncProblem::NotificationRefused:
        return tr("The device refused to send its sessions. Disconnect it, then connect again.");
    case SyncProblem::StoreFailed:
        return tr("Sessions from the device could not be saved on this phone or computer, so "
                  "the device keeps them. Free some space, then sync again.");
    case SyncProblem::DeviceRefused:
        return tr("The device could not send its sessions. They stay on the device; sync again "
                  "later.");
    case SyncProblem::Timeout:
        return tr("The device stopped answering. Sessions already received are saved; bring the "
                  "device closer and sync again.");
    case SyncProblem::ProtocolError:
        return tr("The device sent data Rollwise could not read. Sessions already received are "
                  "saved; sync again, and update the device if this keeps happening.");
    case SyncProblem::WriteFailed:
        return tr("The device did not accept the request for its sessions. Disconnect it, then "
                  "connect again.");
    case SyncProblem::Aborted:
        return tr("The sync was stopped. Sessions already received are saved.");
    }
    return {};
}

} // namespace rollwise::text
