// The history side of JournalManager: pages of sessions, one session, reactions.
#include "journal_manager.h"
#include "logging.h"

#include <functional>

namespace rollwise::app {

namespace {
// A read failed: the screen says so and shows nothing, never part of the list as if it were all.
template <typename T>
std::optional<T> readOrNothing(Result<T, DatabaseError> result, const char* what,
                               const std::function<void()>& failed) {
    if (!result) {
        qCInfo(lcApp) << what << "unreadable:" << static_cast<int>(result.error().code);
        failed();
        return std::nullopt;
    }
    return std::move(result).value();
}
} // namespace

std::optional<std::vector<SessionSummary>>
JournalManager::historyPage(const std::optional<HistoryCursor>& after, int limit) const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    return readOrNothing(m_db->sessions().historyPage(after, limit), "history",
                         [this] { setProblem(Problem::ReadFailed); });
}

std::optional<std::vector<ZoneSessionEntry>> JournalManager::zoneHistory(Zone zone,
                                                                         int limit) const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    return readOrNothing(m_db->sessions().zoneHistory(zone, limit), "zone history",
                         [this] { setProblem(Problem::ReadFailed); });
}

std::optional<std::vector<TimePoint>> JournalManager::sessionStarts(TimePoint from,
                                                                    TimePoint to) const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    return readOrNothing(m_db->sessions().startsBetween(from, to), "session dates",
                         [this] { setProblem(Problem::ReadFailed); });
}

std::optional<SessionRecord> JournalManager::session(const QString& uid) const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    return readOrNothing(m_db->sessions().load(uid.toStdString()), "session",
                         [this] { setProblem(Problem::ReadFailed); });
}

std::optional<std::vector<ReactionEntry>> JournalManager::reactionsFor(const QString& uid) const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    return readOrNothing(m_db->answers().reactionsFor(uid.toStdString()), "reactions",
                         [this] { setProblem(Problem::ReadFailed); });
}

std::optional<std::vector<ReactionEntry>> JournalManager::reactionsBetween(TimePoint from,
                                                                           TimePoint to) const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    return readOrNothing(m_db->answers().reactionsBetween(from, to), "reactions",
                         [this] { setProblem(Problem::ReadFailed); });
}

bool JournalManager::logReaction(const QString& sessionUid, Zone zone, Reaction reaction) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return false;
    }
    const auto logged = m_db->answers().logReaction(
        ReactionEntry{sessionUid.toStdString(), zone, now(), reaction, std::nullopt});
    if (!logged) {
        setProblem(logged.error().code == DatabaseErrorCode::DiskFull ? Problem::DiskFull
                                                                      : Problem::WriteFailed,
                   Outcome::Failed);
        return false;
    }
    setProblem(Problem::None);
    emit reactionsChanged();
    return true;
}

} // namespace rollwise::app
