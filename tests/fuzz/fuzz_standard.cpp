// The standard characteristics (5.1, 5.5, 5.6): advertising, Current Time, Local Time
// Information, Battery Level, Service Changed, Device Information strings. Properties: valid
// values round-trip; strings come out as valid UTF-8 (serials as printable ASCII).
#include "fuzz_check.h"

#include <rollwise/core/protocol/advertising.h>
#include <rollwise/core/protocol/standard.h>

#include <cstddef>
#include <cstdint>

using namespace rollwise::protocol;

namespace {

bool validUtf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
        if (i + n > s.size()) {
            return false;
        }
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += n;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    if (const auto time = parseCurrentTime(input)) {
        const auto& t = time.value();
        if (t.isSet() && t.year >= kRollwiseYearMin && t.year <= kRollwiseYearMax &&
            t.dayOfWeek != 0) {
            const auto built = buildCurrentTime(t);
            ROLLWISE_FUZZ_CHECK(built.ok());
            ROLLWISE_FUZZ_CHECK(parseCurrentTime(built.value()).value() == t);
            const auto local = localSeconds(t);
            ROLLWISE_FUZZ_CHECK(local.has_value());
            ROLLWISE_FUZZ_CHECK(currentTimeAt(*local, {}, t.fractions256, t.adjustReason) == t);
        }
    }
    if (const auto lti = parseLocalTimeInformation(input); lti && lti.value().known()) {
        const auto built = buildLocalTimeInformation(lti.value());
        ROLLWISE_FUZZ_CHECK(built.ok() && built.value() == Bytes(input.begin(), input.end()));
    }
    // Advertising: the input as one packet, and split in two.
    if (const auto adv = parseAdvertising(input, {})) {
        ROLLWISE_FUZZ_CHECK(validUtf8(adv.value().localName));
        ROLLWISE_FUZZ_CHECK(!adv.value().status || *adv.value().status <= advstatus::kKnown);
    }
    (void)parseAdvertising(input.first(size / 2), input.subspan(size / 2));
    if (const auto level = parseBatteryLevel(input)) {
        ROLLWISE_FUZZ_CHECK(level.value() <= 100);
    }
    if (const auto range = parseServiceChanged(input)) {
        ROLLWISE_FUZZ_CHECK(buildServiceChanged(range.value()).value() ==
                            Bytes(input.begin(), input.end()));
    }
    if (const auto text = parseInformationString(input)) {
        ROLLWISE_FUZZ_CHECK(validUtf8(text.value()));
    }
    if (const auto serial = parseSerialNumber(input)) {
        for (const char c : serial.value()) {
            ROLLWISE_FUZZ_CHECK(c >= 0x21 && c <= 0x7E);
        }
    }
    return 0;
}
