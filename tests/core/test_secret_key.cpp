#include <rollwise/core/secret_key.h>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>

using namespace rollwise;

namespace {
bool allZero(std::span<const std::uint8_t> bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
}
} // namespace

TEST_CASE("Adopting key bytes wipes the caller's copy", "[secret-key]") {
    std::array<std::uint8_t, SecretKey::kSize> raw{};
    raw.fill(0xab);
    const SecretKey key = SecretKey::adopt(raw);
    CHECK(key.isSet());
    CHECK(allZero(raw));
    CHECK(key.bytes()[0] == 0xab);
    CHECK(key.bytes()[31] == 0xab);
}

TEST_CASE("Moving a key leaves the source wiped", "[secret-key]") {
    auto key = SecretKey::fromHex(std::string(64, 'f'));
    REQUIRE(key);
    SecretKey moved = std::move(*key);
    CHECK(moved.isSet());
    CHECK(moved.bytes()[5] == 0xff);
    CHECK_FALSE(key->isSet());
    CHECK(allZero(key->bytes()));
}

TEST_CASE("wipe() zeroes the key", "[secret-key]") {
    auto key =
        SecretKey::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    REQUIRE(key);
    CHECK(key->bytes()[31] == 0x1f);
    key->wipe();
    CHECK_FALSE(key->isSet());
    CHECK(allZero(key->bytes()));
}

TEST_CASE("Malformed hex keys are rejected", "[secret-key]") {
    CHECK_FALSE(SecretKey::fromHex(""));
    CHECK_FALSE(SecretKey::fromHex(std::string(63, 'a')));
    CHECK_FALSE(SecretKey::fromHex(std::string(65, 'a')));
    CHECK_FALSE(SecretKey::fromHex(std::string(62, 'a') + "zz"));
    CHECK(SecretKey::fromHex(std::string(64, 'A')));
}

TEST_CASE("A default key is not set", "[secret-key]") {
    const SecretKey key;
    CHECK_FALSE(key.isSet());
}
