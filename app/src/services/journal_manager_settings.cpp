// JournalManager: the limits, the onboarding mark and the dated answers kept in the journal.
#include "journal_manager.h"
#include "logging.h"

#include <rollwise/core/answer_store.h>

namespace rollwise::app {
namespace {
constexpr std::string_view kOnboardingSetting = "onboarding-done";
} // namespace

std::optional<Profile> JournalManager::profile() const {
    if (m_db == nullptr) {
        return std::nullopt;
    }
    auto profile = loadProfile(m_db->settings());
    if (!profile) {
        setProblem(Problem::ReadFailed);
        return std::nullopt;
    }
    return profile.value();
}

bool JournalManager::saveLimits(const Limits& limits) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return false;
    }
    auto current = profile();
    if (!current) {
        return false;
    }
    current->limits = limits;
    if (auto saved = saveProfile(m_db->settings(), *current); !saved) {
        return failWrite(saved.error());
    }
    setProblem(Problem::None);
    emit limitsChanged();
    emit headsChanged(); // the wear is counted against the limits
    return true;
}

bool JournalManager::onboardingDone() const {
    if (m_db == nullptr || !m_onboardingOffered) {
        return true; // nothing to onboard into until the journal opens
    }
    auto done = m_db->settings().get(kOnboardingSetting);
    // Unreadable: do not trap the user in the onboarding; the journal page says what is wrong.
    return !done || done.value().has_value();
}

bool JournalManager::setOnboardingDone() {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return false;
    }
    if (auto saved = m_db->settings().set(kOnboardingSetting, formatIso(now())); !saved) {
        return failWrite(saved.error());
    }
    emit onboardingChanged();
    return true;
}

bool JournalManager::saveAnswer(const Answer& answer) {
    if (m_db == nullptr) {
        setProblem(Problem::JournalLocked, Outcome::Failed);
        return false;
    }
    if (auto saved = m_db->answers().save(answer); !saved) {
        return failWrite(saved.error());
    }
    setProblem(Problem::None);
    return true;
}

} // namespace rollwise::app
