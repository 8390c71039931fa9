# Device sync (docs/device-sync.md): the device's record store into the journal. Plain C++20.
target_sources(rollwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/src/sync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/sync_live.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/sync_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/sync_transfer.cpp)
