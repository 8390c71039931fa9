#pragma once

// The typed error every call of the encrypted store returns.

#include <rollwise/core/result.h>

#include <string>
#include <string_view>

namespace rollwise {

enum class DatabaseErrorCode {
    NoKey,         // no key was given
    WrongKey,      // the key does not decrypt the file (or it is not a Rollwise database)
    NotEncrypted,  // the file is a plain, unencrypted SQLite database
    NewerThanApp,  // written by a newer Rollwise: refused rather than misread
    CannotOpen,    // missing folder, no permission, not a regular file ...
    CipherMissing, // the SQLite library linked in is not SQLCipher
    WriteFailed,   // I/O error while writing
    DiskFull,      // no space left: nothing was changed
    ReadOnly,      // the file or folder cannot be written
    ReadFailed,    // I/O error while reading
    Corrupt,       // the file is damaged (failed integrity or authentication check)
    NotABackup,    // a backup was expected and this is not one
    NotFound,      // the record asked for does not exist
    InvalidArgument,
};

struct DatabaseError {
    DatabaseErrorCode code = DatabaseErrorCode::CannotOpen;
    // For people: what happened and what to do. Never contains keys or health data.
    std::string message;
};

[[nodiscard]] std::string_view toString(DatabaseErrorCode code) noexcept;

namespace detail {
// The open SQLCipher connection the stores share (core/src/connection.h).
class Connection;
} // namespace detail

} // namespace rollwise
