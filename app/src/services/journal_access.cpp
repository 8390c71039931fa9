#include "journal_access.h"

#include "logging.h"
#include "ui_passphrase.h"

#include <rollwise/core/journal.h>

namespace rollwise::app {
namespace {

constexpr auto kKeyModeSetting = "journal/keyMode";

} // namespace

JournalAccess::Problem problemFor(const DatabaseError& error) noexcept {
    switch (error.code) {
    case DatabaseErrorCode::WrongKey:
    case DatabaseErrorCode::NoKey:
        return JournalAccess::Problem::WrongPassphrase;
    case DatabaseErrorCode::NotEncrypted:
        return JournalAccess::Problem::NotEncrypted;
    case DatabaseErrorCode::NewerThanApp:
        return JournalAccess::Problem::NewerThanApp;
    case DatabaseErrorCode::CannotOpen:
    case DatabaseErrorCode::CipherMissing:
        return JournalAccess::Problem::CannotOpen;
    case DatabaseErrorCode::DiskFull:
        return JournalAccess::Problem::DiskFull;
    case DatabaseErrorCode::ReadOnly:
        return JournalAccess::Problem::ReadOnly;
    case DatabaseErrorCode::Corrupt:
    case DatabaseErrorCode::NotABackup:
        return JournalAccess::Problem::Corrupt;
    case DatabaseErrorCode::WriteFailed:
    case DatabaseErrorCode::ReadFailed:
    case DatabaseErrorCode::NotFound:
    case DatabaseErrorCode::InvalidArgument:
        break;
    }
    return JournalAccess::Problem::Other;
}

namespace {
JournalAccess::Problem problemFor(const JournalError& error) noexcept {
    switch (error.code) {
    case JournalErrorCode::KeychainUnavailable:
        return JournalAccess::Problem::KeychainUnavailable;
    case JournalErrorCode::KeychainDenied:
        return JournalAccess::Problem::KeychainDenied;
    case JournalErrorCode::KeyMissing:
        return JournalAccess::Problem::KeyMissing;
    case JournalErrorCode::Database:
        break;
    }
    return error.database ? rollwise::app::problemFor(*error.database)
                          : JournalAccess::Problem::Other;
}
} // namespace

JournalAccess::JournalAccess(Config config, SecretStore& secrets, const Clock& clock,
                             std::function<SecretKey()> generateKey, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_clock(clock)
    , m_generateKey(std::move(generateKey))
    , m_settings(m_config.settingsFile, QSettings::IniFormat) {}

JournalAccess::~JournalAccess() {
    JournalAccessForeign::forget(this);
}

TimePoint JournalAccess::now() const {
    return std::chrono::floor<Seconds>(m_clock.now());
}

JournalAccess::KeyChange::KeyChange(JournalAccess& access)
    : m_access(access) {
    emit m_access.keyChanging();
}

JournalAccess::KeyChange::~KeyChange() {
    if (m_access.m_db) {
        emit m_access.keyChanged(*m_access.m_db);
    }
}

void JournalAccess::setState(State state, Problem problem) {
    m_state = state;
    m_problem = problem;
    emit stateChanged();
}

void JournalAccess::attach(Database db) {
    m_db.emplace(std::move(db));
    (void)m_db->settings().noteClock(
        now()); // the guard's high-water mark; a failure here is not fatal
}

bool JournalAccess::switchingToPassphrase() const {
    return m_settings.value(kKeyModeSetting).toString() ==
           QStringLiteral("switching-to-passphrase");
}

JournalAccess::KeyMode JournalAccess::keyMode() const {
    return m_settings.value(kKeyModeSetting).toString() == QStringLiteral("passphrase")
               ? KeyMode::Passphrase
               : KeyMode::Keychain;
}

void JournalAccess::open() {
    std::error_code ec;
    std::filesystem::create_directories(m_config.databasePath.parent_path(), ec);
    std::filesystem::permissions(m_config.databasePath.parent_path(),
                                 std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ec);
    if (keyMode() == KeyMode::Passphrase) {
        setState(State::NeedsPassphrase, Problem::None);
        return;
    }
    const bool switching = switchingToPassphrase();
    auto db = openWithKeychain(m_config.databasePath, m_secrets, m_generateKey);
    if (!db && switching) {
        // Rollwise stopped while it switched to a passphrase. The keychain's key did not open
        // the journal, so the passphrase did (the switch is proven before anything else): ask
        // for it; unlocking finishes the switch.
        setState(State::NeedsPassphrase, Problem::SwitchInterrupted);
        return;
    }
    if (db && switching) {
        // The switch did not happen: the journal still uses the keychain's key.
        m_settings.setValue(kKeyModeSetting, QStringLiteral("keychain"));
        m_settings.sync();
    }
    if (!db) {
        const JournalError& error = db.error();
        const State state = error.code == JournalErrorCode::KeychainUnavailable ||
                                    error.code == JournalErrorCode::KeychainDenied
                                ? State::KeychainUnavailable
                            : error.code == JournalErrorCode::KeyMissing ? State::KeyMissing
                                                                         : State::Failed;
        qCInfo(lcApp) << "The journal did not open:" << static_cast<int>(error.code);
        setState(state, problemFor(error));
        return;
    }
    attach(std::move(db).value());
    emit opened(*m_db); // the services get the journal before anyone hears it is unlocked
    setState(State::Unlocked, Problem::None);
}

bool JournalAccess::unlock(const QString& passphrase) {
    auto db = openWithPassphrase(m_config.databasePath, passphraseFromUi(passphrase));
    if (!db) {
        setState(State::NeedsPassphrase, problemFor(db.error()));
        return false;
    }
    attach(std::move(db).value());
    if (switchingToPassphrase()) {
        // Finishing a switch that was cut short: the passphrase is proven, the key can go.
        (void)m_secrets.removeKey(kDatabaseKeyEntry);
    }
    m_settings.setValue(kKeyModeSetting, QStringLiteral("passphrase"));
    m_settings.sync();
    emit opened(*m_db); // the services get the journal before anyone hears it is unlocked
    setState(State::Unlocked, Problem::None);
    return true;
}

bool JournalAccess::usePassphraseInstead(const QString& passphrase) {
    if (const auto problem = passphraseProblemOf(passphrase); problem != PassphraseProblem::None) {
        setState(m_state, problem == PassphraseProblem::TooShort ? Problem::PassphraseTooShort
                                                                 : Problem::PassphraseLooksLikeKey);
        return false;
    }
    if (!m_db) {
        return unlock(passphrase);
    }
    // Unlocked with the keychain's key: the journal is rekeyed to the passphrase. The key
    // leaves the keychain only once the passphrase is proven to open the journal. The mark
    // lets the next start finish (or forget) a switch that was cut short.
    m_settings.setValue(kKeyModeSetting, QStringLiteral("switching-to-passphrase"));
    m_settings.sync();
    const KeyChange change(*this);
    if (auto switched = switchToPassphrase(*m_db, m_secrets, passphraseFromUi(passphrase));
        !switched) {
        m_settings.setValue(kKeyModeSetting, QStringLiteral("keychain"));
        m_settings.sync();
        qCInfo(lcApp) << "The switch to a passphrase failed:"
                      << static_cast<int>(switched.error().code);
        setState(m_state, Problem::SwitchFailed);
        return false;
    }
    m_settings.setValue(kKeyModeSetting, QStringLiteral("passphrase"));
    m_settings.sync();
    setState(State::Unlocked, Problem::None);
    return true;
}

bool JournalAccess::passphraseOpens(const QString& passphrase) const {
    return openWithPassphrase(m_config.databasePath, passphraseFromUi(passphrase)).ok();
}

bool JournalAccess::changePassphrase(const QString& current, const QString& next) {
    if (!m_db || keyMode() != KeyMode::Passphrase) {
        setState(m_state, Problem::SwitchFailed);
        return false;
    }
    if (const auto problem = passphraseProblemOf(next); problem != PassphraseProblem::None) {
        setState(m_state, problem == PassphraseProblem::TooShort ? Problem::PassphraseTooShort
                                                                 : Problem::PassphraseLooksLikeKey);
        return false;
    }
    if (!passphraseOpens(current)) {
        setState(m_state, Problem::WrongPassphrase);
        return false;
    }
    // rekey() proves the new passphrase opens the journal before it returns; on a failure the
    // old passphrase still opens it.
    const KeyChange change(*this);
    if (auto rekeyed = m_db->rekey(DatabaseKey::passphrase(passphraseFromUi(next))); !rekeyed) {
        qCInfo(lcApp) << "The passphrase change failed:" << static_cast<int>(rekeyed.error().code);
        setState(m_state, rekeyed.error().code == DatabaseErrorCode::DiskFull
                              ? Problem::DiskFull
                              : Problem::SwitchFailed);
        return false;
    }
    setState(State::Unlocked, Problem::None);
    return true;
}

bool JournalAccess::useKeychainInstead(const QString& current) {
    if (!m_db || keyMode() != KeyMode::Passphrase) {
        setState(m_state, Problem::SwitchFailed);
        return false;
    }
    if (!passphraseOpens(current)) {
        setState(m_state, Problem::WrongPassphrase);
        return false;
    }
    const KeyChange change(*this);
    if (auto switched = switchToKeychain(*m_db, m_secrets, m_generateKey); !switched) {
        qCInfo(lcApp) << "The switch to the keychain failed:"
                      << static_cast<int>(switched.error().code);
        setState(m_state, switched.error().code == JournalErrorCode::KeychainUnavailable ||
                                  switched.error().code == JournalErrorCode::KeychainDenied
                              ? Problem::KeychainUnavailable
                              : Problem::SwitchFailed);
        return false;
    }
    m_settings.setValue(kKeyModeSetting, QStringLiteral("keychain"));
    m_settings.sync();
    setState(State::Unlocked, Problem::None);
    return true;
}

QString JournalAccess::recoveryCode() const {
    if (!m_db || keyMode() != KeyMode::Keychain) {
        return {};
    }
    auto key = m_secrets.readKey(kDatabaseKeyEntry);
    return key ? QString::fromStdString(formatRecoveryCode(key.value())) : QString();
}

} // namespace rollwise::app
