#pragma once

// The time as the outside world tells it. Injected everywhere so tests are deterministic;
// the wall clock is not trusted (it can jump), so the monotonic clock is offered beside it.

#include <chrono>

namespace rollwise {

class Clock {
public:
    virtual ~Clock() = default;
    // Wall-clock time (may jump backwards or forwards when the user or the network sets it).
    [[nodiscard]] virtual std::chrono::system_clock::time_point now() const = 0;
    // Time since an arbitrary fixed point; never goes backwards while the process runs.
    [[nodiscard]] virtual std::chrono::steady_clock::duration monotonic() const = 0;
};

// A clock that only moves when told to; for tests and the simulator.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::chrono::system_clock::time_point start = {})
        : m_wall(start) {}
    [[nodiscard]] std::chrono::system_clock::time_point now() const override { return m_wall; }
    [[nodiscard]] std::chrono::steady_clock::duration monotonic() const override {
        return m_monotonic;
    }
    // Time passes: both clocks move together.
    void advance(std::chrono::steady_clock::duration by) {
        m_wall += std::chrono::duration_cast<std::chrono::system_clock::duration>(by);
        m_monotonic += by;
    }
    // The wall clock is set (by the user or the network); the monotonic clock does not move.
    void setWallClock(std::chrono::system_clock::time_point to) { m_wall = to; }

private:
    std::chrono::system_clock::time_point m_wall;
    std::chrono::steady_clock::duration m_monotonic{};
};

} // namespace rollwise
