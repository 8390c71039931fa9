#pragma once

// What every fuzz target may assert: a property of the codec that must hold for every input.
// A broken property aborts, which libFuzzer reports as a crash with the input saved.

#include <cstdio>
#include <cstdlib>

#define ROLLWISE_FUZZ_CHECK(condition)                                                             \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #condition, __FILE__,       \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
