#pragma once

// Keeps the screen on while a guided session runs, where the platform lets an app ask: on a
// Linux desktop through the freedesktop ScreenSaver inhibit call on the session bus (no bus, or
// no screen saver service: nothing happens, silently). The one #if for it is in the .cpp.

#include <QObject>

namespace rollwise::app {

class ScreenAwake final : public QObject {
public:
    ScreenAwake() = default;
    ScreenAwake(const ScreenAwake&) = delete;
    ScreenAwake& operator=(const ScreenAwake&) = delete;
    ~ScreenAwake() override { set(false); }

    void set(bool awake);
    [[nodiscard]] bool awake() const noexcept { return m_awake; }

private:
    bool m_awake = false;
    quint32 m_cookie = 0;
};

} // namespace rollwise::app
