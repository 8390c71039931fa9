#pragma once

// core's TimeZone on QTimeZone (the system's tz database).

#include <rollwise/core/time_zone.h>

#include <QTimeZone>

namespace rollwise::platform {

class QtTimeZone final : public TimeZone {
public:
    explicit QtTimeZone(QTimeZone zone);
    // The zone the system is set to now.
    [[nodiscard]] static QtTimeZone system();
    [[nodiscard]] bool isValid() const { return m_zone.isValid(); }
    [[nodiscard]] std::string id() const override;
    [[nodiscard]] Seconds offsetAt(TimePoint instant) const override;

private:
    QTimeZone m_zone;
};

} // namespace rollwise::platform
