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

    [[nodiscard]] std::span<const std::uint8_t, kSize> bytes() const noexcept { return m_bytes; }
    [[nodiscard]] bool isSet() const noexcept { return m_set; }
    void wipe() noexcept;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
    bool m_set = false;
};

} // namespace rollwise
