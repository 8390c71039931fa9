#include <rollwise/core/secret_store.h>

namespace rollwise {
namespace {
SecretStoreError unavailable() {
    return SecretStoreError{SecretStoreErrorCode::Unavailable, "The keychain is not available."};
}
} // namespace

Result<SecretKey, SecretStoreError> MemorySecretStore::readKey(std::string_view name) {
    if (m_unavailable) {
        return Failure{unavailable()};
    }
    const auto it = m_keys.find(name);
    if (it == m_keys.end()) {
        return Failure{
            SecretStoreError{SecretStoreErrorCode::NotFound, "No key is stored under that name."}};
    }
    return it->second.copy();
}

Status<SecretStoreError> MemorySecretStore::writeKey(std::string_view name, const SecretKey& key) {
    if (m_unavailable) {
        return Failure{unavailable()};
    }
    m_keys.insert_or_assign(std::string(name), key.copy());
    return Done{};
}

Status<SecretStoreError> MemorySecretStore::removeKey(std::string_view name) {
    if (m_unavailable) {
        return Failure{unavailable()};
    }
    if (const auto it = m_keys.find(name); it != m_keys.end()) {
        m_keys.erase(it);
    }
    return Done{};
}

Result<Passphrase, SecretStoreError> MemorySecretStore::readPassphrase(std::string_view name) {
    if (m_unavailable) {
        return Failure{unavailable()};
    }
    const auto it = m_passphrases.find(name);
    if (it == m_passphrases.end()) {
        return Failure{SecretStoreError{SecretStoreErrorCode::NotFound,
                                        "No passphrase is stored under that name."}};
    }
    std::string copy(it->second.text());
    return Passphrase::adopt(copy);
}

Status<SecretStoreError> MemorySecretStore::writePassphrase(std::string_view name,
                                                            const Passphrase& passphrase) {
    if (m_unavailable) {
        return Failure{unavailable()};
    }
    std::string copy(passphrase.text());
    m_passphrases.insert_or_assign(std::string(name), Passphrase::adopt(copy));
    return Done{};
}

} // namespace rollwise
