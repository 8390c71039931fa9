// Head Identity (6.2). Property: whatever parses builds and reads back the same.
#include "fuzz_check.h"

#include <rollwise/core/protocol/features.h>

#include <cstddef>
#include <cstdint>

using namespace rollwise::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = parseHeadIdentity(ByteView(data, size));
    if (!parsed) {
        return 0;
    }
    const HeadIdentity& h = parsed.value();
    if (h.present()) {
        ROLLWISE_FUZZ_CHECK(validLength(h.needleLength) && validNeedleCount(h.needleCount));
        ROLLWISE_FUZZ_CHECK(!h.hasId() || h.id.valid());
        ROLLWISE_FUZZ_CHECK(h.id.toHex().size() == 16);
    }
    const auto built = buildHeadIdentity(h);
    ROLLWISE_FUZZ_CHECK(built.ok() && built.value().size() == kHeadIdentitySize);
    const auto again = parseHeadIdentity(built.value());
    ROLLWISE_FUZZ_CHECK(again.ok() && again.value() == h);
    return 0;
}
