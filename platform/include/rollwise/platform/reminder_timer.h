#pragma once

// The systemd user timer that delivers reminders while Rollwise is closed
// (rollwise-reminders.timer, docs/reminders.md), switched on and off through `systemctl --user`.
// Where there is no systemctl (other platforms, a Flatpak), available() is false and nothing
// runs.

#include <QString>

namespace rollwise::platform {

class ReminderTimer {
public:
    // `systemctl`: the program to run (tests point it elsewhere).
    explicit ReminderTimer(QString systemctl = QStringLiteral("systemctl"));

    [[nodiscard]] bool available() const;
    // Whether the timer is enabled for this user.
    [[nodiscard]] bool enabled() const;
    // Enables (and starts) or disables (and stops) it. False when systemctl refused.
    [[nodiscard]] bool setEnabled(bool enabled);

    static constexpr const char* kUnit = "rollwise-reminders.timer";

private:
    [[nodiscard]] int run(const QStringList& arguments) const;
    QString m_program;
};

} // namespace rollwise::platform
