#include "database_files.h"

#include <rollwise/core/secret_key.h>

#include <algorithm>

namespace rollwise {

void secureWipe(void* data, std::size_t size) noexcept {
    auto* p = static_cast<volatile std::uint8_t*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        p[i] = 0;
    }
}

SecretKey SecretKey::adopt(std::span<std::uint8_t, kSize> bytes) noexcept {
    SecretKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    key.m_set = true;
    secureWipe(bytes.data(), bytes.size());
    return key;
}

std::optional<SecretKey> SecretKey::fromHex(std::string_view hex) {
    if (hex.size() != 2 * kSize) {
        return std::nullopt;
    }
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    };
    std::array<std::uint8_t, kSize> bytes{};
    for (std::size_t i = 0; i < kSize; ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            secureWipe(bytes.data(), bytes.size());
            return std::nullopt;
        }
        bytes[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return adopt(bytes);
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : m_bytes(other.m_bytes)
    , m_set(other.m_set) {
    other.wipe();
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    if (this != &other) {
        m_bytes = other.m_bytes;
        m_set = other.m_set;
        other.wipe();
    }
    return *this;
}

SecretKey::~SecretKey() {
    wipe();
}

void SecretKey::wipe() noexcept {
    secureWipe(m_bytes.data(), m_bytes.size());
    m_set = false;
}

} // namespace rollwise

namespace rollwise {

Passphrase Passphrase::adopt(std::string& text) {
    Passphrase p;
    p.m_text.reserve(text.size()); // one allocation: no stray copies from regrowth
    p.m_text.assign(text);
    secureWipe(text.data(), text.size());
    text.clear();
    return p;
}

Passphrase::Passphrase(Passphrase&& other) noexcept
    : m_text(std::move(other.m_text)) {
    other.wipe();
}

Passphrase& Passphrase::operator=(Passphrase&& other) noexcept {
    if (this != &other) {
        wipe();
        m_text = std::move(other.m_text);
        other.wipe();
    }
    return *this;
}

Passphrase::~Passphrase() {
    wipe();
}

void Passphrase::wipe() noexcept {
    // Also covers the small-string buffer, which a move copies rather than steals.
    secureWipe(m_text.data(), m_text.capacity());
    m_text.clear();
}

DatabaseKey DatabaseKey::raw(SecretKey key) {
    DatabaseKey k;
    k.m_kind = key.isSet() ? Kind::Raw : Kind::None;
    k.m_raw = std::move(key);
    return k;
}

DatabaseKey DatabaseKey::passphrase(Passphrase passphrase) {
    DatabaseKey k;
    k.m_kind = passphrase.empty() ? Kind::None : Kind::Passphrase;
    k.m_passphrase = std::move(passphrase);
    return k;
}

} // namespace rollwise

namespace rollwise {

std::size_t codePointCount(std::string_view utf8) noexcept {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

PassphraseProblem passphraseProblem(std::string_view utf8) noexcept {
    if (codePointCount(utf8) < kMinPassphraseCodePoints) {
        return PassphraseProblem::TooShort;
    }
    if (detail::looksLikeRawKeyText(utf8)) {
        return PassphraseProblem::RawKeyForm;
    }
    return PassphraseProblem::None;
}

} // namespace rollwise
