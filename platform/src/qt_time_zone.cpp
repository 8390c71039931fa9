#include <rollwise/platform/qt_time_zone.h>

#include <QDateTime>

namespace rollwise::platform {

QtTimeZone::QtTimeZone(QTimeZone zone)
    : m_zone(std::move(zone)) {}

QtTimeZone QtTimeZone::system() {
    return QtTimeZone(QTimeZone::systemTimeZone());
}

std::string QtTimeZone::id() const {
    return m_zone.id().toStdString();
}

Seconds QtTimeZone::offsetAt(TimePoint instant) const {
    const QDateTime at = QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), Qt::UTC);
    return Seconds{m_zone.offsetFromUtc(at)};
}

} // namespace rollwise::platform
