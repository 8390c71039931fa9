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

} // namespace rollwise
