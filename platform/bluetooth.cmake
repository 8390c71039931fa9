# Bluetooth Low Energy (docs/bluetooth.md): the Qt link to a device, scanning and pairing, the
# simulated link, and the factory that chooses between them.
find_package(Qt6 6.4 REQUIRED COMPONENTS Bluetooth)
set(rollwise_bluetooth_include ${CMAKE_CURRENT_LIST_DIR}/include/rollwise/platform/bluetooth)
target_sources(rollwise_platform PRIVATE
    # Headers with Q_OBJECT are listed so AUTOMOC finds them.
    ${rollwise_bluetooth_include}/central.h
    ${rollwise_bluetooth_include}/device_link.h
    ${rollwise_bluetooth_include}/errors.h
    ${rollwise_bluetooth_include}/frame_log.h
    ${rollwise_bluetooth_include}/paired_devices.h
    ${rollwise_bluetooth_include}/qt_gatt_peer.h
    ${rollwise_bluetooth_include}/simulated_link.h
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/central.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/device_link_factory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/errors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/frame_log.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/gatt_names.h
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/paired_devices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/qt_gatt_peer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/qt_gatt_requests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/simulated_link.cpp
    # On-demand syncs (the app's devices screen and rollwise-cli devices).
    ${rollwise_bluetooth_include}/sync_run.h
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/sync_run.cpp
    ${rollwise_bluetooth_include}/system_settings.h
    ${CMAKE_CURRENT_LIST_DIR}/src/bluetooth/system_settings.cpp
)
target_link_libraries(rollwise_platform PUBLIC Qt6::Bluetooth)
