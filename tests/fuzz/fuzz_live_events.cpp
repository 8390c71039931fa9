// Live Events notifications (6.3): the walk, every payload parser and the receiver. Property:
// whatever parses (without reserved fallbacks) builds again and reads back the same.
#include "fuzz_check.h"

#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/protocol/sequence.h>

#include <cstddef>
#include <cstdint>

using namespace rollwise::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    LiveEventReceiver receiver;
    const auto accepted = receiver.receive(input);
    ROLLWISE_FUZZ_CHECK(accepted.size() <= kMaxFrameSize / kEventHeaderSize);

    EventWalker walker(input);
    std::size_t walked = 0;
    while (const auto raw = walker.next()) {
        ROLLWISE_FUZZ_CHECK(raw->payload.size() == raw->header.length);
        walked += kEventHeaderSize + raw->payload.size();
        const auto parsed = parseEvent(*raw);
        if (!parsed || parsed.value().reservedFallbacks != 0) {
            continue;
        }
        const auto built = buildEvent(parsed.value());
        ROLLWISE_FUZZ_CHECK(built.ok());
        ROLLWISE_FUZZ_CHECK(built.value().size() <= kMaxFrameSize);
        EventWalker again(built.value());
        const auto rawAgain = again.next();
        ROLLWISE_FUZZ_CHECK(rawAgain.has_value());
        const auto reparsed = parseEvent(*rawAgain);
        ROLLWISE_FUZZ_CHECK(reparsed.ok() && reparsed.value() == parsed.value());
    }
    ROLLWISE_FUZZ_CHECK(walked <= size);
    return 0;
}
