#pragma once

#include <rollwise/core/clock.h>

#include <QElapsedTimer>

namespace rollwise::platform {

// The device's clocks: wall time from the OS, monotonic time from QElapsedTimer.
class SystemClock final : public Clock {
public:
    SystemClock();
    [[nodiscard]] std::chrono::system_clock::time_point now() const override;
    [[nodiscard]] std::chrono::steady_clock::duration monotonic() const override;

private:
    QElapsedTimer m_elapsed;
};

} // namespace rollwise::platform
