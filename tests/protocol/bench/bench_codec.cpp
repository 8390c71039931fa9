// Codec throughput, with a baseline measured in the same run: the same bytes copied into a
// fixed buffer (what any decoder must at least do). Prints frames per second and the ratio.
// Not run by CTest; build the protocol_bench target in an optimised build and run it.
#include "../vectors.h"

#include <rollwise/core/protocol/features.h>
#include <rollwise/core/protocol/live_events.h>
#include <rollwise/core/protocol/stored_record.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace rollwise::protocol;
using vectors::hex;

namespace {

using Clock = std::chrono::steady_clock;

volatile std::uint64_t g_sink = 0; // keeps the optimiser from dropping the work

// Runs `pass` (which handles `framesPerPass` frames) for about `budget`; returns frames/s.
double rate(const std::function<std::uint64_t()>& pass, std::size_t framesPerPass,
            std::chrono::milliseconds budget = std::chrono::milliseconds(700)) {
    std::uint64_t frames = 0;
    std::uint64_t sink = 0;
    const auto start = Clock::now();
    auto now = start;
    while (now - start < budget) {
        for (int i = 0; i < 64; ++i) {
            sink += pass();
            frames += framesPerPass;
        }
        now = Clock::now();
    }
    g_sink = g_sink + sink;
    return static_cast<double>(frames) / std::chrono::duration<double>(now - start).count();
}

// The baseline: copy each frame into a 20-byte buffer and fold one byte.
std::uint64_t copyAll(const std::vector<Bytes>& frames) {
    std::uint64_t sum = 0;
    std::array<std::uint8_t, kMaxFrameSize> buffer; // only copied bytes are read
    for (const auto& f : frames) {
        std::memcpy(buffer.data(), f.data(), f.size());
        sum += buffer[f.size() - 1];
    }
    return sum;
}

void report(const char* what, double codec, double baseline) {
    std::printf("%-40s %12.0f frames/s   baseline (memcpy) %12.0f frames/s   ratio %.2fx\n", what,
                codec, baseline, baseline / codec);
}

} // namespace

int main() {
    std::vector<Bytes> live;
    for (const auto& v : vectors::kLiveEvents) {
        live.push_back(hex(v.bytes));
    }
    live.push_back(hex(vectors::kTwoSamples.bytes));

    const auto decodeLive = [&] {
        std::uint64_t sum = 0;
        for (const auto& n : live) {
            EventWalker walker(n);
            while (const auto raw = walker.next()) {
                const auto e = parseEvent(*raw);
                sum += e ? e.value().sequence : 1;
            }
        }
        return sum;
    };
    report("live events (walk + parse)", rate(decodeLive, live.size()),
           rate([&] { return copyAll(live); }, live.size()));

    const std::vector<Bytes> identity = {
        hex(vectors::kFeaturesRoller.bytes), hex(vectors::kFeaturesPen.bytes),
        hex(vectors::kHeadRoller.bytes), hex(vectors::kHeadPen.bytes)};
    const auto decodeIdentity = [&] {
        std::uint64_t sum = 0;
        sum += parseDeviceFeatures(identity[0]).value().storeId;
        sum += parseDeviceFeatures(identity[1]).value().storeId;
        sum += parseHeadIdentity(identity[2]).value().useCount;
        sum += parseHeadIdentity(identity[3]).value().needleCount;
        return sum;
    };
    report("features + head identity", rate(decodeIdentity, identity.size()),
           rate([&] { return copyAll(identity); }, identity.size()));

    std::vector<Bytes> fragments;
    for (const auto f : vectors::kRecord42Fragments) {
        fragments.push_back(hex(f));
    }
    const auto decodeRecord = [&] {
        RecordAssembler assembler;
        std::uint64_t sum = 0;
        for (const auto& f : fragments) {
            auto step = assembler.feed(f);
            if (step.complete) {
                const auto r = parseRecordBody(step.complete->body, step.complete->sequence);
                sum += r ? r.value().passCount : 1;
            }
        }
        return sum;
    };
    report("stored record 9.7 (reassemble + check)", rate(decodeRecord, fragments.size()),
           rate([&] { return copyAll(fragments); }, fragments.size()));
    return 0;
}
