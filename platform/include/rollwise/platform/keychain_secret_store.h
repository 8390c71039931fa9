#pragma once

#include <rollwise/core/secret_store.h>

#include <QString>

namespace rollwise::platform {

// The system keychain through QtKeychain: Secret Service on Linux, Keychain on macOS and iOS,
// Credential Manager on Windows, Android Keystore. Keys travel as binary data (never a QString)
// and every buffer that held one is wiped. Calls block until the keychain answers (it may ask
// the user); they run a local event loop, so call them from the GUI thread at a point where that
// is safe (start-up, an explicit user action).
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("org.rollwise.Rollwise"));
    [[nodiscard]] Result<SecretKey, SecretStoreError> readKey(std::string_view name) override;
    [[nodiscard]] Status<SecretStoreError> writeKey(std::string_view name,
                                                    const SecretKey& key) override;
    [[nodiscard]] Status<SecretStoreError> removeKey(std::string_view name) override;
    [[nodiscard]] Result<Passphrase, SecretStoreError>
    readPassphrase(std::string_view name) override;
    [[nodiscard]] Status<SecretStoreError> writePassphrase(std::string_view name,
                                                           const Passphrase& passphrase) override;

private:
    QString m_service;
};

} // namespace rollwise::platform
