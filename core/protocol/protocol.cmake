# The device protocol (docs/device-protocol.md): codec, RACP client, simulated devices and the
# live-event adapter. Plain C++20 in rollwise_core.
target_sources(rollwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/advertising.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/common.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/control_point.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/features.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/gatt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/live_adapter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/live_events.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/racp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/racp_client.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/sequence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/simulator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/simulator_requests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/simulator_world.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/standard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../src/protocol/stored_record.cpp
)
