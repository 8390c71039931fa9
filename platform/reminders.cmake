# Reminders (docs/reminders.md): time zones on QTimeZone, freedesktop notifications over D-Bus,
# and the XDG desktop portal's notifications for Flatpak.
find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)
target_sources(rollwise_platform PRIVATE
    # Headers with Q_OBJECT are listed so AUTOMOC finds them.
    ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/dbus_notifier.h
    ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/portal_notifier.h
    ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/qt_time_zone.h
    ${CMAKE_CURRENT_LIST_DIR}/src/dbus_notifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/portal_notifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/qt_time_zone.cpp
)
target_link_libraries(rollwise_platform PUBLIC Qt6::DBus)
