#include <rollwise/core/journal.h>

#include <system_error>

namespace rollwise {
namespace {

JournalError fromStore(const SecretStoreError& error, bool journalExists) {
    switch (error.code) {
    case SecretStoreErrorCode::NotFound:
        return JournalError{JournalErrorCode::KeyMissing,
                            "The key to your journal is missing from the system keychain (it may "
                            "have been reset, or the journal was copied from another device). If "
                            "you set a passphrase, unlock with it. Otherwise restore your sessions "
                            "from a backup, using the backup's passphrase or recovery code. The "
                            "locked journal is kept as it is.",
                            std::nullopt};
    case SecretStoreErrorCode::Unavailable:
        return JournalError{
            JournalErrorCode::KeychainUnavailable,
            std::string("The system keychain is not available, so Rollwise cannot ") +
                (journalExists ? "unlock" : "protect") +
                " your journal. Unlock the keychain (or sign in to your desktop "
                "session) and try again, or use a passphrase instead.",
            std::nullopt};
    case SecretStoreErrorCode::Denied:
        return JournalError{JournalErrorCode::KeychainDenied,
                            "Access to Rollwise's key in the system keychain was refused. Allow "
                            "it and try again, or unlock with your passphrase.",
                            std::nullopt};
    case SecretStoreErrorCode::Failed:
        break;
    }
    return JournalError{JournalErrorCode::KeychainUnavailable,
                        "The system keychain failed: " + error.message + " Try again.",
                        std::nullopt};
}

JournalError fromDatabase(DatabaseError error) {
    std::string message = error.message;
    return JournalError{JournalErrorCode::Database, std::move(message), std::move(error)};
}

} // namespace

Result<Database, JournalError> openWithKeychain(const std::filesystem::path& path,
                                                SecretStore& store,
                                                const std::function<SecretKey()>& generate) {
    std::error_code ec;
    const bool exists =
        std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0;
    auto key = store.readKey(kDatabaseKeyEntry);
    if (!key && key.error().code == SecretStoreErrorCode::NotFound && !exists) {
        // A new journal: the key goes into the keychain first.
        SecretKey fresh = generate();
        if (auto written = store.writeKey(kDatabaseKeyEntry, fresh); !written) {
            return Failure{fromStore(written.error(), false)};
        }
        auto db = Database::open(path, DatabaseKey::raw(std::move(fresh)));
        if (!db) {
            return Failure{fromDatabase(db.error())};
        }
        return std::move(db).value();
    }
    if (!key) {
        return Failure{fromStore(key.error(), exists)};
    }
    auto db = Database::open(path, DatabaseKey::raw(std::move(key).value()));
    if (!db) {
        if (db.error().code == DatabaseErrorCode::WrongKey) {
            return Failure{JournalError{JournalErrorCode::KeyMissing,
                                        "The key in the system keychain does not open this journal "
                                        "(the journal may use a passphrase, or come from another "
                                        "device). Unlock it with its passphrase, or restore from a "
                                        "backup. Nothing was changed.",
                                        db.error()}};
        }
        return Failure{fromDatabase(db.error())};
    }
    return std::move(db).value();
}

Result<Database, JournalError> openWithPassphrase(const std::filesystem::path& path,
                                                  Passphrase passphrase) {
    if (passphrase.empty()) {
        return Failure{
            JournalError{JournalErrorCode::Database, "Enter your passphrase.", std::nullopt}};
    }
    auto db = Database::open(path, DatabaseKey::passphrase(std::move(passphrase)));
    if (!db) {
        return Failure{fromDatabase(db.error())};
    }
    return std::move(db).value();
}

Status<JournalError> switchToPassphrase(Database& db, SecretStore& store, Passphrase passphrase) {
    if (passphraseProblem(passphrase.text()) == PassphraseProblem::TooShort) {
        return Failure{JournalError{JournalErrorCode::Database,
                                    "Choose a passphrase of at least " +
                                        std::to_string(kMinPassphraseCodePoints) + " characters.",
                                    std::nullopt}};
    }
    if (auto rekeyed = db.rekey(DatabaseKey::passphrase(std::move(passphrase))); !rekeyed) {
        return Failure{fromDatabase(rekeyed.error())};
    }
    // rekey() succeeds only once a new connection has opened the journal with the passphrase:
    // the old key no longer opens anything, so removing it is tidy, and failing to is harmless.
    // On any failure above, the key stays in the keychain, where it still opens the journal.
    (void)store.removeKey(kDatabaseKeyEntry);
    return Done{};
}

Status<JournalError> switchToKeychain(Database& db, SecretStore& store,
                                      const std::function<SecretKey()>& generate) {
    // The entry may hold the key that opens this journal now (or another one's): it is put back
    // if the rekey does not happen, never just removed.
    auto previous = store.readKey(kDatabaseKeyEntry);
    if (!previous && previous.error().code != SecretStoreErrorCode::NotFound) {
        return Failure{fromStore(previous.error(), true)};
    }
    SecretKey fresh = generate();
    if (auto written = store.writeKey(kDatabaseKeyEntry, fresh); !written) {
        return Failure{fromStore(written.error(), true)};
    }
    if (auto rekeyed = db.rekey(DatabaseKey::raw(std::move(fresh))); !rekeyed) {
        if (previous) {
            (void)store.writeKey(kDatabaseKeyEntry, previous.value());
        } else {
            (void)store.removeKey(kDatabaseKeyEntry);
        }
        return Failure{fromDatabase(rekeyed.error())};
    }
    return Done{};
}

std::string formatRecoveryCode(const SecretKey& key) {
    constexpr char kDigits[] = "0123456789ABCDEF";
    std::string code;
    code.reserve(79);
    std::size_t digits = 0;
    for (const auto byte : key.bytes()) {
        for (const int nibble : {byte >> 4, byte & 0x0f}) {
            if (digits > 0 && digits % 4 == 0) {
                code.push_back('-');
            }
            code.push_back(kDigits[nibble]);
            ++digits;
        }
    }
    return code;
}

std::optional<SecretKey> parseRecoveryCode(std::string_view code) {
    std::string hex;
    hex.reserve(64);
    for (const char c : code) {
        if (c == '-' || c == ' ') {
            continue;
        }
        hex.push_back(c);
    }
    auto key = SecretKey::fromHex(hex);
    secureWipe(hex.data(), hex.size());
    return key;
}

} // namespace rollwise
