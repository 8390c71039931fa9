#pragma once

// The journal's sessions: what was needled where, from the app or synced from a device.

#include <rollwise/core/database_error.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/session.h>
#include <rollwise/core/zone.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rollwise {

// A session as the journal lists it.
struct SessionSummary {
    std::string uid;
    TimePoint start{};
    std::optional<TimePoint> end;
    Goal goal = Goal::TextureAndFineLines;
    DeviceFamily family = DeviceFamily::PlainRoller;
    int needleLengthUm = 0;
    std::optional<SessionOutcome> outcome;
    std::vector<std::pair<Zone, int>> zonePasses; // passes per zone, in session order
    int totalPasses = 0;
    bool fromDevice = false;   // synced from a device's store
    bool zonesPending = false; // a device session the user has not placed yet
    std::int64_t order = 0;    // the journal's order among sessions of the same second (paging)
};

// Where a page of the history ended: the next page starts after this session.
struct HistoryCursor {
    TimePoint start{};
    std::int64_t order = 0;
};
[[nodiscard]] inline HistoryCursor cursorAfter(const SessionSummary& last) noexcept {
    return HistoryCursor{last.start, last.order};
}

// One session on one zone (a zone's timeline).
struct ZoneSessionEntry {
    std::string uid;
    TimePoint start{};
    int needleLengthUm = 0;
    int passes = 0;
};

// A device session waiting for the user to say where it went ("Where did you roll?").
struct PendingDeviceSession {
    std::string uid;
    TimePoint start{};
    bool timeTrusted = true; // false: dated when it was synced (the device's clock was not set)
    DeviceFamily family = DeviceFamily::SmartRoller;
    int needleLengthUm = 0;
    int passes = 0;
    std::vector<Zone> reachable; // what the zone picker offers
};

class SessionStore {
public:
    explicit SessionStore(detail::Connection& connection) noexcept
        : m_connection(&connection) {}
    SessionStore(const SessionStore&) = delete;
    SessionStore& operator=(const SessionStore&) = delete;

    // Inserts or updates the session and every zone and pass in it, in one transaction. Passes
    // already stored are kept; call after every pass for a live session (durable on return).
    // A session on a head adds what is new in it to the head's counts.
    [[nodiscard]] Status<DatabaseError> save(std::string_view uid, const SessionRecord& record);
    // Many sessions in one transaction (device sync, import).
    [[nodiscard]] Status<DatabaseError>
    saveAll(std::span<const std::pair<std::string, SessionRecord>> sessions);
    [[nodiscard]] Result<SessionRecord, DatabaseError> load(std::string_view uid) const;
    // Sessions without an outcome: left by an app that was killed. recover() them.
    [[nodiscard]] Result<std::vector<std::string>, DatabaseError> unfinished() const;
    [[nodiscard]] Result<int, DatabaseError> count() const;
    // The newest sessions first, with passes per zone.
    [[nodiscard]] Result<std::vector<SessionSummary>, DatabaseError> history(int limit) const;
    // One page of the history, newest first: the `limit` sessions after `after` (the cursor of
    // the previous page's last session; nullopt: from the newest). Each page costs the same on
    // a journal of any length (the index on start), so a list can load ten years in pages.
    [[nodiscard]] Result<std::vector<SessionSummary>, DatabaseError>
    historyPage(const std::optional<HistoryCursor>& after, int limit) const;
    // The newest `limit` sessions that needled `zone`, newest first (walks the index on start
    // and stops at `limit`, so its cost follows `limit`, not the journal's length).
    [[nodiscard]] Result<std::vector<ZoneSessionEntry>, DatabaseError> zoneHistory(Zone zone,
                                                                                   int limit) const;
    // When each session starting in [from, to) started, oldest first: calendar marks and
    // charts, without reading zones or passes.
    [[nodiscard]] Result<std::vector<TimePoint>, DatabaseError> startsBetween(TimePoint from,
                                                                              TimePoint to) const;
    // Every session with its reactions, as the guard reads history. A device session whose
    // zones are not known yet covers every zone its family reaches. Any value that cannot be
    // read is an error, never a shorter history.
    [[nodiscard]] Result<std::vector<PastSession>, DatabaseError> guardHistory() const;
    // Device sessions the user has not placed yet, oldest first.
    [[nodiscard]] Result<std::vector<PendingDeviceSession>, DatabaseError>
    pendingDeviceSessions() const;
    // The user says where a device session went: its clocks narrow to these zones. Only zones
    // the device reaches and where needling is allowed; at least one.
    [[nodiscard]] Status<DatabaseError> placeDeviceSession(std::string_view uid,
                                                           std::span<const Zone> zones);

private:
    detail::Connection* m_connection = nullptr;
};

} // namespace rollwise
