// JournalManager: the heads and cartridges the user adds, disinfects, retires and reports.
#include "journal_manager.h"
#include "logging.h"

#include <QStringList>

namespace rollwise::app {
namespace {

// Kept in the journal's (encrypted) settings beside the head: core's head table has no room
// for a log of disinfections or a reason to retire.
std::string hygieneKey(const QString& uid) {
    return "head-hygiene." + uid.toStdString();
}
std::string retireReasonKey(const QString& uid) {
    return "head-retire-reason." + uid.toStdString();
}

} // namespace

bool JournalManager::failWrite(const DatabaseError& error) const {
    qCInfo(lcApp) << "journal write failed:" << static_cast<int>(error.code);
    setProblem(error.code == DatabaseErrorCode::DiskFull ? Problem::DiskFull : Problem::WriteFailed,
               Outcome::Failed);
    return false;
}

std::optional<StoredHead> JournalManager::findHead(const QString& uid) const {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return std::nullopt;
    }
    auto heads = m_db->heads().all();
    if (!heads) {
        setProblem(Problem::ReadFailed, Outcome::Failed);
        return std::nullopt;
    }
    for (auto& stored : heads.value()) {
        if (stored.uid == uid.toStdString()) {
            return std::move(stored);
        }
    }
    setProblem(Problem::ReadFailed, Outcome::Failed);
    return std::nullopt;
}

bool JournalManager::addHead(DeviceFamily family, int needleLengthUm, int needleCount) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return false;
    }
    StoredHead stored;
    stored.uid = newUid();
    stored.head.id = stored.uid;
    stored.head.family = family;
    stored.head.needleLengthUm = needleLengthUm;
    stored.head.needleCount = needleCount;
    // A new head is clean: disinfected when it was added (it comes sealed, or the user did).
    stored.head.lastDisinfected = now();
    if (auto saved = m_db->heads().save(stored); !saved) {
        return failWrite(saved.error());
    }
    if (auto current = m_db->settings().set(kCurrentHeadSetting, stored.uid); !current) {
        return failWrite(current.error());
    }
    setProblem(Problem::None);
    emit headsChanged();
    return true;
}

bool JournalManager::disinfectHead(const QString& uid) {
    auto stored = findHead(uid);
    if (!stored) {
        return false;
    }
    const TimePoint at = now();
    stored->head.lastDisinfected = at;
    auto log = m_db->settings().get(hygieneKey(uid));
    if (!log) {
        return failWrite(log.error());
    }
    std::string entries = log.value().value_or(std::string());
    entries = formatIso(at) + (entries.empty() ? "" : "\n") + entries;
    if (auto saved = m_db->settings().set(hygieneKey(uid), entries); !saved) {
        return failWrite(saved.error());
    }
    if (auto saved = m_db->heads().save(*stored); !saved) {
        return failWrite(saved.error());
    }
    setProblem(Problem::None);
    emit headsChanged();
    return true;
}

bool JournalManager::retireHead(const QString& uid, const QString& reason) {
    auto stored = findHead(uid);
    if (!stored) {
        return false;
    }
    stored->retiredAt = now();
    if (auto saved = m_db->settings().set(retireReasonKey(uid), reason.toStdString()); !saved) {
        return failWrite(saved.error());
    }
    if (auto saved = m_db->heads().save(*stored); !saved) {
        return failWrite(saved.error());
    }
    setProblem(Problem::None);
    emit headsChanged();
    return true;
}

bool JournalManager::reportHeadDamage(const QString& uid) {
    auto stored = findHead(uid);
    if (!stored) {
        return false;
    }
    stored->head.damageReported = true;
    if (auto saved = m_db->heads().save(*stored); !saved) {
        return failWrite(saved.error());
    }
    setProblem(Problem::None);
    emit headsChanged();
    return true;
}

std::vector<TimePoint> JournalManager::hygieneLog(const QString& uid) const {
    std::vector<TimePoint> times;
    if (m_db == nullptr) {
        return times;
    }
    auto log = m_db->settings().get(hygieneKey(uid));
    if (!log || !log.value()) {
        return times;
    }
    for (const auto& line : QString::fromStdString(*log.value()).split(QLatin1Char('\n'))) {
        if (const auto at = parseIso(line.toStdString())) {
            times.push_back(*at);
        }
    }
    return times;
}

QString JournalManager::retireReason(const QString& uid) const {
    if (m_db == nullptr) {
        return {};
    }
    auto reason = m_db->settings().get(retireReasonKey(uid));
    return reason && reason.value() ? QString::fromStdString(*reason.value()) : QString();
}

} // namespace rollwise::app
