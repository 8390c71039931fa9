#pragma once

// Key material that wipes itself: move-only, never copied, zeroed on destruction and on move.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace rollwise {

// Overwrites memory in a way the optimiser may not remove.
void secureWipe(void* data, std::size_t size) noexcept;

class SecretKey {
public:
    static constexpr std::size_t kSize = 32; // 256 bits

    SecretKey() = default;
    // Takes the bytes and wipes the caller's copy.
    static SecretKey adopt(std::span<std::uint8_t, kSize> bytes) noexcept;
    // From 64 hex digits (for tools and tests); nullopt if malformed.
    [[nodiscard]] static std::optional<SecretKey> fromHex(std::string_view hex);

    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    ~SecretKey();

    // An explicit copy (copy construction is deleted so copies are never made by accident).
    [[nodiscard]] SecretKey copy() const noexcept {
        SecretKey key;
        key.m_bytes = m_bytes;
        key.m_set = m_set;
        return key;
    }
    [[nodiscard]] std::span<const std::uint8_t, kSize> bytes() const noexcept { return m_bytes; }
    [[nodiscard]] bool isSet() const noexcept { return m_set; }
    void wipe() noexcept;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
    bool m_set = false;
};

} // namespace rollwise

#include <memory>
#include <string>

namespace rollwise {

// A passphrase typed by the user (UTF-8): move-only, wiped on destruction.
class Passphrase {
public:
    Passphrase() = default;
    // Takes the text and wipes the caller's string.
    static Passphrase adopt(std::string& text);
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;
    Passphrase(Passphrase&& other) noexcept;
    Passphrase& operator=(Passphrase&& other) noexcept;
    ~Passphrase();

    [[nodiscard]] std::string_view text() const noexcept { return m_text; }
    [[nodiscard]] bool empty() const noexcept { return m_text.empty(); }

private:
    void wipe() noexcept;
    std::string m_text;
};

// The shortest passphrase Rollwise accepts (journal, backups, CLI and app alike), counted in
// Unicode code points: what people count as characters, whatever the encoding.
inline constexpr std::size_t kMinPassphraseCodePoints = 8;

enum class PassphraseProblem : std::uint8_t {
    None,
    TooShort,   // fewer than kMinPassphraseCodePoints code points
    RawKeyForm, // x'<hex digits>': SQLCipher would take it as a raw key, never stretched
};

// Whether a new passphrase (UTF-8) may be used. The one check every front end calls.
[[nodiscard]] PassphraseProblem passphraseProblem(std::string_view utf8) noexcept;
// The number of code points in UTF-8 text (bytes that do not continue a sequence).
[[nodiscard]] std::size_t codePointCount(std::string_view utf8) noexcept;

// What opens a database: a raw 256-bit key (no key derivation), or a passphrase that SQLCipher
// stretches with PBKDF2-HMAC-SHA512. Move-only; wiped on destruction.
class DatabaseKey {
public:
    enum class Kind : std::uint8_t { None, Raw, Passphrase };

    DatabaseKey() = default;
    static DatabaseKey raw(SecretKey key);
    static DatabaseKey passphrase(Passphrase passphrase);

    [[nodiscard]] Kind kind() const noexcept { return m_kind; }
    [[nodiscard]] bool isSet() const noexcept { return m_kind != Kind::None; }
    [[nodiscard]] const SecretKey& rawKey() const noexcept { return m_raw; }
    [[nodiscard]] std::string_view passphraseText() const noexcept { return m_passphrase.text(); }

private:
    Kind m_kind = Kind::None;
    SecretKey m_raw;
    Passphrase m_passphrase;
};

} // namespace rollwise
