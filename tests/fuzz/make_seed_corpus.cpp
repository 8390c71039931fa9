// Writes the seed corpus of every fuzz target from the table vectors the unit tests use
// (tests/protocol/vectors.h), so the fuzzers start from every documented frame.
// Usage: fuzz_seed_corpus <output directory>
#include "vectors.h"

#include <rollwise/core/protocol/stored_record.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace rollwise::protocol;
using vectors::hex;

namespace {

std::filesystem::path g_root;
int g_written = 0;

void write(const std::string& target, const Bytes& bytes) {
    const auto dir = g_root / target;
    std::filesystem::create_directories(dir);
    std::ofstream out(dir / ("seed-" + std::to_string(g_written++)), std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

void write(const std::string& target, std::string_view hexText) {
    write(target, hex(hexText));
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <output directory>\n", argv[0]);
        return 2;
    }
    g_root = argv[1];

    for (const auto& v : vectors::kLiveEvents) {
        write("live_events", v.bytes);
    }
    for (const auto& v :
         {vectors::kVendorEvent, vectors::kTwoSamples, vectors::kPassEndNegativePressure,
          vectors::kPassEndTruncated, vectors::kLiveLengthTooLong, vectors::kFaultBadState}) {
        write("live_events", v.bytes);
    }
    for (const auto& v : {vectors::kFeaturesRoller, vectors::kFeaturesPen, vectors::kFeaturesHome,
                          vectors::kFeaturesMinAboveMax, vectors::kFeaturesStoreIdZero}) {
        write("features", v.bytes);
    }
    for (const auto& v : {vectors::kHeadRoller, vectors::kHeadPen, vectors::kHeadNone,
                          vectors::kHeadTenMillimetres}) {
        write("head_identity", v.bytes);
    }
    for (const auto& x : vectors::kControlExchanges) {
        write("control_point", x.request);
        write("control_point", x.response);
    }
    for (const auto& x : vectors::kRacpExchanges) {
        write("racp", x.request);
        write("racp", x.response);
    }
    for (const auto& v : {vectors::kLocalTime, vectors::kCurrentTime, vectors::kBattery,
                          vectors::kServiceChanged, vectors::kBattery101}) {
        write("standard", v.bytes);
    }
    write("standard", Bytes{'R', '5', '4', '0', '-', '0', '0', '0', '1'});
    write("standard", vectors::kAdvertisingData.bytes);
    write("standard", vectors::kScanResponse.bytes);

    // Stored records: mode 0 + the body of 9.7; mode 1 + its fragments, length-prefixed; and
    // the two fragment frames 9.9 rejects.
    Bytes body{0};
    Bytes stream{1};
    for (const auto f : vectors::kRecord42Fragments) {
        const Bytes fragment = hex(f);
        body.insert(body.end(), fragment.begin() + kFragmentHeaderSize, fragment.end());
        stream.push_back(static_cast<std::uint8_t>(fragment.size()));
        stream.insert(stream.end(), fragment.begin(), fragment.end());
    }
    write("stored_record", body);
    write("stored_record", stream);
    for (const auto& v : {vectors::kFragmentIndexTooHigh, vectors::kFragmentShortNotLast}) {
        Bytes one{1};
        const Bytes fragment = hex(v.bytes);
        one.push_back(static_cast<std::uint8_t>(fragment.size()));
        one.insert(one.end(), fragment.begin(), fragment.end());
        write("stored_record", one);
    }
    std::printf("%d seeds in %s\n", g_written, g_root.string().c_str());
    return 0;
}
