#include <rollwise/platform/key_generator.h>

#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace rollwise::platform {

SecretKey generateKey() {
    std::array<quint32, SecretKey::kSize / sizeof(quint32)> words{};
    // QRandomGenerator::system() reads the OS CSPRNG (getrandom, BCryptGenRandom, SecRandom...).
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    std::array<std::uint8_t, SecretKey::kSize> bytes{};
    static_assert(sizeof(words) == sizeof(bytes));
    std::memcpy(bytes.data(), words.data(), bytes.size());
    secureWipe(words.data(), sizeof(words));
    return SecretKey::adopt(bytes);
}

} // namespace rollwise::platform
