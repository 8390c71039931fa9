// Record Access Control Point (6.5.2): indications the app parses and requests the device
// parses. Properties: responses round-trip; an accepted request the app could build is
// byte-identical when built.
#include "fuzz_check.h"

#include <rollwise/core/protocol/racp.h>

#include <cstddef>
#include <cstdint>

using namespace rollwise::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    const auto response = parseRacpResponse(input);
    if (response) {
        ROLLWISE_FUZZ_CHECK(size == kRacpResponseSize);
        if (response.value().reservedFallbacks == 0) {
            const auto built = buildRacpResponse(response.value());
            ROLLWISE_FUZZ_CHECK(built.ok() && built.value() == Bytes(input.begin(), input.end()));
        }
    }
    const auto request = parseRacpRequest(input);
    if (request) {
        const auto built = buildRacpRequest(request.value());
        if (built) {
            ROLLWISE_FUZZ_CHECK(built.value() == Bytes(input.begin(), input.end()));
        }
        (void)request.value().selects(static_cast<std::uint16_t>(size));
    }
    return 0;
}
