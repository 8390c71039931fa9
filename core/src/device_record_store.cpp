// Device records as received, each with its journal session.
#include "session_writer.h"
#include "store_support.h"

#include <rollwise/core/device_record_store.h>

namespace rollwise {

using detail::fromSeconds;
using detail::inTransaction;
using detail::seconds;
using detail::unreadable;

Result<int, DatabaseError> DeviceRecordStore::store(std::span<const DeviceRecord> records) {
    int added = 0;
    auto status = inTransaction(m_connection->handle(), "Could not save the device's records", [&] {
        sql::Statement insert(m_connection->handle(), R"sql(
            INSERT INTO device_records (device_uid, sequence, received_at, payload)
            VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING)sql");
        for (const auto& r : records) {
            insert.bind(1, std::string_view(r.deviceUid));
            insert.bind(2, r.sequence);
            insert.bind(3, seconds(r.receivedAt));
            insert.bind(4, std::span<const std::uint8_t>(r.payload));
            if (const int rc = insert.step(); rc != SQLITE_DONE) {
                return rc;
            }
            const int isNew = sqlite3_changes(m_connection->handle());
            insert.reset();
            if (isNew == 0) {
                continue; // held already, with its session
            }
            ++added;
            if (const int rc = detail::writeDeviceSession(*m_connection, r); rc != SQLITE_DONE) {
                return rc;
            }
        }
        return SQLITE_DONE;
    });
    if (!status) {
        return Failure{status.error()};
    }
    return added;
}

Result<std::int64_t, DatabaseError>
DeviceRecordStore::lastSequence(std::string_view deviceUid) const {
    sql::Statement select(
        m_connection->handle(),
        "SELECT coalesce(max(sequence), 0) FROM device_records WHERE device_uid = ?1");
    select.bind(1, deviceUid);
    if (const int rc = select.step(); rc != SQLITE_ROW) {
        return Failure{
            sql::error(rc, "Could not read the device's records", m_connection->handle())};
    }
    return select.columnInt(0);
}

} // namespace rollwise
