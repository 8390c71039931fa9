#pragma once

// The records read from a device's store, kept as received, each with its journal session.

#include <rollwise/core/database_error.h>
#include <rollwise/core/device_import.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rollwise {

// A record read from a device's store, kept as received; the journal session made from it
// (importDeviceRecord) is written in the same transaction.
struct DeviceRecord {
    std::string deviceUid; // the record key: deviceRecordKey(device, store id)
    std::int64_t sequence = 0;
    TimePoint receivedAt{};
    std::vector<std::uint8_t> payload;
    DeviceContext context; // what the device said of itself when the record was read
};

class DeviceRecordStore {
public:
    explicit DeviceRecordStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    DeviceRecordStore(const DeviceRecordStore&) = delete;
    DeviceRecordStore& operator=(const DeviceRecordStore&) = delete;

    // Persists records of one device in one transaction, each with the journal session made
    // from it and its head's counts; existing (device, sequence) pairs are kept as they were.
    // Returns how many were new.
    [[nodiscard]] Result<int, DatabaseError> store(std::span<const DeviceRecord> records);
    // The highest sequence held for a device (0 if none): sync resumes after it.
    [[nodiscard]] Result<std::int64_t, DatabaseError>
    lastSequence(std::string_view deviceUid) const;

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
