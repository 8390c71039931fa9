#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/process_hardening.h>
#include <rollwise/platform/system_clock.h>

#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <set>
#include <vector>

using namespace rollwise;

TEST_CASE("Generated keys are set, full length and never repeat", "[platform][keys]") {
    std::set<std::vector<std::uint8_t>> seen;
    for (int i = 0; i < 64; ++i) {
        const SecretKey key = platform::generateKey();
        REQUIRE(key.isSet());
        const auto bytes = key.bytes();
        CHECK(seen.emplace(bytes.begin(), bytes.end()).second);
    }
    // 64 keys of 32 bytes: every byte value 0..255 is expected many times; a generator that
    // filled only part of the key (e.g. one word) would leave constant zero bytes.
    std::array<int, SecretKey::kSize> zeroCount{};
    for (const auto& key : seen) {
        for (std::size_t i = 0; i < key.size(); ++i) {
            zeroCount[i] += key[i] == 0 ? 1 : 0;
        }
    }
    CHECK(*std::max_element(zeroCount.begin(), zeroCount.end()) < 16);
}

TEST_CASE("The system clock tells wall time and monotonic time", "[platform][clock]") {
    const platform::SystemClock clock;
    const auto wall = clock.now();
    const auto system = std::chrono::system_clock::now();
    CHECK(std::chrono::abs(system - wall) < std::chrono::seconds(5));
    const auto first = clock.monotonic();
    QThread::msleep(20);
    const auto second = clock.monotonic();
    CHECK(second - first >= std::chrono::milliseconds(15));
}

TEST_CASE("Hardening turns core dumps off", "[platform][security]") {
    REQUIRE(platform::hardenProcess());
    CHECK(platform::coreDumpsDisabled());
}
