#pragma once

// Access to the user's journal: opens it with the keychain's key or a passphrase, switches
// between the two, and shows the recovery code. It owns the one connection; the services that
// work on the journal's contents are given it by the composition root when it opens (attached)
// and lose it before it closes. Published to QML as the singleton JournalAccess.

#include "existing_singleton.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/database.h>
#include <rollwise/core/secret_store.h>

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqml.h>

#include <filesystem>
#include <functional>
#include <optional>

namespace rollwise::app {

class JournalAccess : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Problem problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(KeyMode keyMode READ keyMode NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)

public:
    // Opening --> Unlocked                (keychain key or passphrase worked)
    //         --> NeedsPassphrase         (the journal uses a passphrase: ask for it)
    //         --> KeychainUnavailable     (offer a passphrase instead)
    //         --> KeyMissing | Failed     (explain; offer passphrase / backup)
    // NeedsPassphrase --unlock(right)--> Unlocked; --unlock(wrong)--> NeedsPassphrase (problem)
    enum class State {
        Opening,
        Unlocked,
        NeedsPassphrase,
        KeychainUnavailable,
        KeyMissing,
        Failed
    };
    Q_ENUM(State)

    // Why the last step did not go as asked (None when it did).
    enum class Problem {
        None,
        WrongPassphrase,
        PassphraseTooShort,
        PassphraseLooksLikeKey, // x'...': SQLCipher would take it as a raw key
        KeychainUnavailable,
        KeychainDenied,
        KeyMissing,
        SwitchInterrupted, // stopped while switching to a passphrase: enter the new one
        SwitchFailed,      // the switch did not happen; the keychain's key still opens it
        NotEncrypted,
        NewerThanApp,
        CannotOpen,
        DiskFull,
        ReadOnly,
        Corrupt,
        Other,
    };
    Q_ENUM(Problem)

    enum class KeyMode { Keychain, Passphrase };
    Q_ENUM(KeyMode)

    struct Config {
        std::filesystem::path databasePath;
        QString settingsFile; // where the (non-secret) key mode is kept
    };

    JournalAccess(Config config, SecretStore& secrets, const Clock& clock,
                  std::function<SecretKey()> generateKey, QObject* parent = nullptr);
    ~JournalAccess() override;

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] Problem problem() const noexcept { return m_problem; }
    [[nodiscard]] KeyMode keyMode() const;
    [[nodiscard]] bool unlocked() const noexcept { return m_state == State::Unlocked; }

    // Opens the journal the configured way (keychain by default).
    Q_INVOKABLE void open();
    // For a journal that uses a passphrase. Returns whether it opened.
    Q_INVOKABLE bool unlock(const QString& passphrase);
    // When the keychain cannot be used: create (or open) the journal with a passphrase instead.
    // When the journal is unlocked with the keychain's key, it is rekeyed to the passphrase; the
    // key leaves the keychain only once the passphrase is proven to open the journal.
    Q_INVOKABLE bool usePassphraseInstead(const QString& passphrase);
    // For a journal that uses a passphrase: the current one (checked) is replaced by `next`.
    Q_INVOKABLE bool changePassphrase(const QString& current, const QString& next);
    // For a journal that uses a passphrase: back to a fresh key kept in the keychain (its
    // recovery code is then shown). `current` is checked first.
    Q_INVOKABLE bool useKeychainInstead(const QString& current);
    // The keychain's key written out for people ("3F2A-..."), to keep somewhere safe: it opens
    // the journal if the keychain is lost. Empty unless unlocked with the keychain's key.
    Q_INVOKABLE QString recoveryCode() const;

signals:
    void stateChanged();
    // The journal opened: the composition root hands the connection to the services that work
    // on it (they never get it from here otherwise).
    void opened(rollwise::Database& db);
    // The key is about to change (rekey): other connections to the file close first, and may
    // open again with keyChanged (whether the change succeeded or not).
    void keyChanging();
    void keyChanged(rollwise::Database& db);

private:
    // keyChanging now, keyChanged when it goes out of scope.
    class KeyChange {
    public:
        explicit KeyChange(JournalAccess& access);
        ~KeyChange();
        KeyChange(const KeyChange&) = delete;
        KeyChange& operator=(const KeyChange&) = delete;

    private:
        JournalAccess& m_access;
    };
    void setState(State state, Problem problem);
    void attach(Database db);
    [[nodiscard]] bool switchingToPassphrase() const;
    // Whether `passphrase` opens the journal file (a second, short-lived connection).
    [[nodiscard]] bool passphraseOpens(const QString& passphrase) const;
    [[nodiscard]] TimePoint now() const;

    Config m_config;
    SecretStore& m_secrets;
    const Clock& m_clock;
    std::function<SecretKey()> m_generateKey;
    QSettings m_settings;
    std::optional<Database> m_db;
    State m_state = State::Opening;
    Problem m_problem = Problem::None;
};

// Which Problem a failed open means.
[[nodiscard]] JournalAccess::Problem problemFor(const DatabaseError& error) noexcept;

struct JournalAccessForeign : ExistingSingleton<JournalAccess> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::JournalAccess)
    QML_SINGLETON
    QML_NAMED_ELEMENT(JournalAccess)
};

} // namespace rollwise::app
