#include <rollwise/platform/system_clock.h>

#include <QDateTime>

namespace rollwise::platform {

SystemClock::SystemClock() {
    m_elapsed.start();
}

std::chrono::system_clock::time_point SystemClock::now() const {
    return std::chrono::system_clock::time_point(
        std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch()));
}

std::chrono::steady_clock::duration SystemClock::monotonic() const {
    return std::chrono::nanoseconds(m_elapsed.nsecsElapsed());
}

} // namespace rollwise::platform
