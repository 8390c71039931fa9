// Control Point (6.4): the app's response parser and the device's request parser. Properties:
// responses round-trip; a request the device accepts is exactly what the app would build.
#include "fuzz_check.h"

#include <rollwise/core/protocol/control_point.h>

#include <cstddef>
#include <cstdint>

using namespace rollwise::protocol;

namespace {

// The pen of section 8: every op code and capability is in play.
const DeviceFeatures kPen{1, 0, Family::Pen, 0x1C, 0x0F, 11, 50, 250, 25, 50, 0x9E04B722};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    const auto response = parseControlResponse(input);
    if (response && response.value().reservedFallbacks == 0) {
        const auto built = buildControlResponse(response.value());
        ROLLWISE_FUZZ_CHECK(built.ok());
        const auto again = parseControlResponse(built.value());
        ROLLWISE_FUZZ_CHECK(again.ok() && again.value() == response.value());
    }
    const auto request = parseControlRequest(input, kPen);
    if (request) {
        const auto built = buildControlRequest(request.value(), kPen);
        ROLLWISE_FUZZ_CHECK(built.ok());
        ROLLWISE_FUZZ_CHECK(built.value() == Bytes(input.begin(), input.end()));
    } else if (!input.empty()) {
        ROLLWISE_FUZZ_CHECK(request.error().opcode == input[0]);
    }
    return 0;
}
