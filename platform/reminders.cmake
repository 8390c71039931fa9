# Reminders (docs/reminders.md): time zones on QTimeZone, the words of a notification, and one
# notifier per platform chosen in notifier_factory.cpp: freedesktop notifications over D-Bus and
# the XDG desktop portal (Flatpak) on Linux, NotificationManager + AlarmManager through JNI on
# Android, UNUserNotificationCenter on iOS. The phone sources are not built on this machine.
target_sources(rollwise_platform PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/notifier_factory.h
    ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/qt_time_zone.h
    ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/reminder_text.h
    ${CMAKE_CURRENT_LIST_DIR}/src/notifier_factory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/qt_time_zone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/reminder_text.cpp
)
if(ANDROID)
    # The Java side (platform/android/java) is added to the APK by the app's Android build:
    # set QT_ANDROID_PACKAGE_SOURCE_DIR to packaging/android and copy the java folder there.
    target_sources(rollwise_platform PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/android/android_notifier.h
        ${CMAKE_CURRENT_LIST_DIR}/android/android_notifier.cpp
    )
elseif(IOS)
    target_sources(rollwise_platform PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/ios/ios_notifier.h
        ${CMAKE_CURRENT_LIST_DIR}/ios/ios_notifier.mm
    )
    target_link_libraries(rollwise_platform PUBLIC "-framework UserNotifications")
else()
    find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)
    target_sources(rollwise_platform PRIVATE
        # Headers with Q_OBJECT are listed so AUTOMOC finds them.
        ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/dbus_notifier.h
        ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/portal_notifier.h
        ${CMAKE_CURRENT_LIST_DIR}/src/dbus_notifier.cpp
        ${CMAKE_CURRENT_LIST_DIR}/src/portal_notifier.cpp
    )
    target_link_libraries(rollwise_platform PUBLIC Qt6::DBus)
endif()
