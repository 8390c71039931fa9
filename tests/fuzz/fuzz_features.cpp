// Device Features (6.1). Property: a parsed feature set of a known family builds and reads back
// the same.
#include "fuzz_check.h"

#include <rollwise/core/protocol/features.h>

#include <cstddef>
#include <cstdint>

using namespace rollwise::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = parseDeviceFeatures(ByteView(data, size));
    if (!parsed) {
        ROLLWISE_FUZZ_CHECK(!parsed.error().message.empty());
        return 0;
    }
    const DeviceFeatures& f = parsed.value();
    ROLLWISE_FUZZ_CHECK(validLength(f.depthMin) && validLength(f.depthMax) && f.storeId != 0);
    ROLLWISE_FUZZ_CHECK(f.depthAllowed(f.depthMin) && f.depthAllowed(f.depthMax));
    (void)coreFamily(f);
    if (f.family == Family::Unknown) {
        return 0;
    }
    const auto built = buildDeviceFeatures(f);
    ROLLWISE_FUZZ_CHECK(built.ok());
    const auto again = parseDeviceFeatures(built.value());
    ROLLWISE_FUZZ_CHECK(again.ok() && again.value() == f);
    return 0;
}
