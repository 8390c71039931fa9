// Device sync: names of phases and problems, and the journal as a SyncStore
// (docs/device-sync.md).
#include <rollwise/core/sync.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace rollwise {

namespace {

constexpr std::string_view kLastSettingPrefix = "device-sync.last.";

} // namespace

std::string_view toString(SyncPhase phase) noexcept {
    switch (phase) {
    case SyncPhase::Idle:
        return "idle";
    case SyncPhase::Preparing:
        return "preparing";
    case SyncPhase::Syncing:
        return "syncing";
    case SyncPhase::UpToDate:
        return "up-to-date";
    case SyncPhase::Failed:
        return "failed";
    }
    return "failed";
}

std::string_view toString(SyncProblem problem) noexcept {
    switch (problem) {
    case SyncProblem::None:
        return "none";
    case SyncProblem::LinkLost:
        return "link-lost";
    case SyncProblem::NotPaired:
        return "not-paired";
    case SyncProblem::FeaturesUnreadable:
        return "features-unreadable";
    case SyncProblem::UnsupportedDevice:
        return "unsupported-device";
    case SyncProblem::NotificationRefused:
        return "notification-refused";
    case SyncProblem::StoreFailed:
        return "store-failed";
    case SyncProblem::DeviceRefused:
        return "device-refused";
    case SyncProblem::Timeout:
        return "timeout";
    case SyncProblem::ProtocolError:
        return "protocol-error";
    case SyncProblem::WriteFailed:
        return "write-failed";
    case SyncProblem::Aborted:
        return "aborted";
    }
    return "none";
}

std::uint32_t SyncProgress::keptBackFor(protocol::ErrorKind reason) const noexcept {
    std::uint32_t n = 0;
    for (const auto& record : keptBackRecords) {
        n += record.reason == reason ? 1U : 0U;
    }
    return n;
}

std::string deviceRecordKey(std::string_view deviceUid, std::uint32_t storeId) {
    char hex[9] = {};
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(storeId));
    std::string key(deviceUid);
    key += '#';
    key += hex;
    return key;
}

// ---- DatabaseSyncStore -----------------------------------------------------------------------

std::string DatabaseSyncStore::settingKey(std::string_view key) {
    std::string out(kLastSettingPrefix);
    out += key;
    return out;
}

Result<std::uint16_t, DatabaseError> DatabaseSyncStore::lastCommitted(std::string_view key) {
    auto held = m_records.lastSequence(key);
    if (!held) {
        return Failure{held.error()};
    }
    auto setting = m_settings.get(settingKey(key));
    if (!setting) {
        return Failure{setting.error()};
    }
    if (!setting.value()) {
        return std::uint16_t{0}; // never synced: start from the beginning of the store
    }
    const std::string& text = *setting.value();
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value > 0xFFFF) {
        // A damaged setting: fetching everything again is safe (the store de-duplicates).
        return std::uint16_t{0};
    }
    // L can never be above what the journal holds; if it is, the journal lost records since,
    // and the lower value fetches them again.
    const auto cap = static_cast<std::int64_t>(value);
    return static_cast<std::uint16_t>(std::min(cap, std::max<std::int64_t>(held.value(), 0)));
}

Result<int, DatabaseError> DatabaseSyncStore::commit(std::span<const DeviceRecord> records) {
    return m_records.store(records);
}

Status<DatabaseError> DatabaseSyncStore::setLastCommitted(std::string_view key,
                                                          std::uint16_t last) {
    return m_settings.set(settingKey(key), std::to_string(last));
}

} // namespace rollwise
