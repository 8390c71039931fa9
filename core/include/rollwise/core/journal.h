#pragma once

// Opening the user's journal (the encrypted database) the way the app does: with the key kept
// in the system keychain, or with the user's passphrase. Every failure says what happened and
// what the user can do; nothing is ever changed on a failure.

#include <rollwise/core/database.h>
#include <rollwise/core/secret_store.h>

#include <functional>
#include <string>

namespace rollwise {

enum class JournalErrorCode {
    KeychainUnavailable, // the keychain service cannot be reached
    KeychainDenied,      // access to the key was refused
    KeyMissing,          // the database exists but its key is gone from the keychain
    Database,            // the database itself refused (see `database`)
};

struct JournalError {
    JournalErrorCode code = JournalErrorCode::Database;
    std::string message; // what happened and what to do
    std::optional<DatabaseError> database;
};

inline constexpr std::string_view kDatabaseKeyEntry = "database-key";

// Opens (or creates) the journal with its key from `store`. A new journal gets a fresh key from
// `generate`, stored in the keychain before the database is created, so a key is never lost
// between the two.
[[nodiscard]] Result<Database, JournalError>
openWithKeychain(const std::filesystem::path& path, SecretStore& store,
                 const std::function<SecretKey()>& generate);

// Opens the journal with the user's passphrase.
[[nodiscard]] Result<Database, JournalError> openWithPassphrase(const std::filesystem::path& path,
                                                                Passphrase passphrase);

// Moves the journal from its keychain key to a passphrase (the key entry is removed), or back.
[[nodiscard]] Status<JournalError> switchToPassphrase(Database& db, SecretStore& store,
                                                      Passphrase passphrase);
[[nodiscard]] Status<JournalError> switchToKeychain(Database& db, SecretStore& store,
                                                    const std::function<SecretKey()>& generate);

// A key written out for people: 64 hex digits in groups of four ("3F2A-...").
[[nodiscard]] std::string formatRecoveryCode(const SecretKey& key);
[[nodiscard]] std::optional<SecretKey> parseRecoveryCode(std::string_view code);

} // namespace rollwise
