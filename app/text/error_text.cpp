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

} // namespace rollwise::text
