// Stored records (6.5.3 - 6.5.4): fragments, reassembly and the record body, and the RACP
// client fed the same fragments. Input: the first byte picks the mode.
//   0: the rest is one record body (sequence from its bytes 2 - 3);
//   otherwise: a stream of fragments, each as a length byte and that many bytes.
// Properties: a body that parses builds again and reads back the same; reassembly never
// delivers a body that did not come in whole, in order; the client never delivers a record
// twice within one sync.
#include "fuzz_check.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/protocol/racp_client.h>
#include <rollwise/core/protocol/stored_record.h>

#include <cstddef>
#include <cstdint>
#include <set>
#include <variant>

using namespace rollwise;
using namespace rollwise::protocol;

namespace {

void checkBody(ByteView body, std::uint16_t sequence) {
    const auto parsed = parseRecordBody(body, sequence);
    if (!parsed || parsed.value().reservedFallbacks != 0) {
        return;
    }
    const auto built = buildRecordBody(parsed.value());
    ROLLWISE_FUZZ_CHECK(built.ok());
    const auto again = parseRecordBody(built.value(), sequence);
    ROLLWISE_FUZZ_CHECK(again.ok() && again.value() == parsed.value());
    const auto fragments = buildRecordFragments(sequence, built.value());
    ROLLWISE_FUZZ_CHECK(fragments.ok());
    RecordAssembler assembler;
    std::size_t complete = 0;
    for (const auto& f : fragments.value()) {
        const auto step = assembler.feed(f);
        ROLLWISE_FUZZ_CHECK(!step.error);
        if (step.complete) {
            ++complete;
            ROLLWISE_FUZZ_CHECK(step.complete->body == built.value());
        }
    }
    ROLLWISE_FUZZ_CHECK(complete == 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const ByteView input(data + 1, size - 1);
    if (data[0] == 0) {
        const std::uint16_t sequence =
            input.size() >= 4 ? static_cast<std::uint16_t>(input[2] | (input[3] << 8)) : 1;
        checkBody(input, sequence);
        return 0;
    }
    ManualClock clock;
    RacpClient client(clock);
    (void)client.start(0);
    client.onIndication(Bytes{0x05, 0x00, 0x05, 0x00}); // five records: report >= 1
    (void)client.takeActions();
    RecordAssembler assembler;
    assembler.beginProcedure();
    std::set<std::uint16_t> delivered;
    std::size_t at = 0;
    while (at < input.size()) {
        const std::size_t length = input[at++];
        const ByteView fragment = input.subspan(at, std::min(length, input.size() - at));
        at += fragment.size();
        const auto step = assembler.feed(fragment);
        ROLLWISE_FUZZ_CHECK(!(step.complete && step.error));
        if (step.complete) {
            ROLLWISE_FUZZ_CHECK(!step.complete->body.empty());
            ROLLWISE_FUZZ_CHECK(step.complete->body.size() <= kRecordBodyMax);
            checkBody(step.complete->body, step.complete->sequence);
        }
        client.onStoredRecord(fragment);
        clock.advance(std::chrono::milliseconds(fragment.size() * 100));
        client.tick();
        for (auto& action : client.takeActions()) {
            if (const auto* record = std::get_if<SyncRecord>(&action)) {
                ROLLWISE_FUZZ_CHECK(delivered.insert(record->sequence).second);
                ROLLWISE_FUZZ_CHECK(record->record.has_value() != record->error.has_value());
                if (record->sequence % 2 == 0) {
                    ROLLWISE_FUZZ_CHECK(client.confirm(record->sequence).ok());
                } else {
                    ROLLWISE_FUZZ_CHECK(client.decline(record->sequence).ok());
                }
            }
        }
    }
    // L only ever covers confirmed records.
    ROLLWISE_FUZZ_CHECK(client.lastPersisted() == 0 || delivered.contains(client.lastPersisted()));
    return 0;
}
