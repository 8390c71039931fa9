#pragma once

// Where the database key lives: the operating system's keychain (implemented in platform with
// QtKeychain: Secret Service, macOS/iOS Keychain, Windows Credential Manager, Android Keystore).
// Calls may block while the system asks the user; none of them logs or copies key material.

#include <rollwise/core/result.h>
#include <rollwise/core/secret_key.h>

#include <map>
#include <string>
#include <string_view>

namespace rollwise {

enum class SecretStoreErrorCode {
    NotFound,    // no entry under that name
    Unavailable, // no keychain service on this system (or it is locked and cannot be unlocked)
    Denied,      // the user or the system refused access
    Failed,      // anything else
};

struct SecretStoreError {
    SecretStoreErrorCode code = SecretStoreErrorCode::Failed;
    std::string message; // never contains key material
};

class SecretStore {
public:
    virtual ~SecretStore() = default;
    [[nodiscard]] virtual Result<SecretKey, SecretStoreError> readKey(std::string_view name) = 0;
    [[nodiscard]] virtual Status<SecretStoreError> writeKey(std::string_view name,
                                                            const SecretKey& key) = 0;
    [[nodiscard]] virtual Status<SecretStoreError> removeKey(std::string_view name) = 0;
    // Passphrases (UTF-8), e.g. the one automatic backups are encrypted with.
    [[nodiscard]] virtual Result<Passphrase, SecretStoreError>
    readPassphrase(std::string_view name) = 0;
    [[nodiscard]] virtual Status<SecretStoreError>
    writePassphrase(std::string_view name, const Passphrase& passphrase) = 0;
};

// Keeps keys in memory only: tests, and the headless demo.
class MemorySecretStore final : public SecretStore {
public:
    [[nodiscard]] Result<SecretKey, SecretStoreError> readKey(std::string_view name) override;
    [[nodiscard]] Status<SecretStoreError> writeKey(std::string_view name,
                                                    const SecretKey& key) override;
    [[nodiscard]] Status<SecretStoreError> removeKey(std::string_view name) override;
    [[nodiscard]] Result<Passphrase, SecretStoreError>
    readPassphrase(std::string_view name) override;
    [[nodiscard]] Status<SecretStoreError> writePassphrase(std::string_view name,
                                                           const Passphrase& passphrase) override;
    // Tests: make the next calls fail as a real keychain can.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    std::map<std::string, SecretKey, std::less<>> m_keys;
    std::map<std::string, Passphrase, std::less<>> m_passphrases;
    bool m_unavailable = false;
};

} // namespace rollwise
