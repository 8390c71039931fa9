#pragma once

// A guided session with a smart device (docs/bluetooth.md, "A guided session on the device"):
// while a session planned for a smart roller or pen is prepared or runs, the device in use is
// connected on demand, synced (so the guard knows what it stored), and its live stream feeds the
// session; the device's own session starts with the guided one and stops with it; afterwards
// the link goes when idle. A device that is missing, of the wrong kind or unreachable leaves
// the session to app pacing, and the status says which. One job: when the session needs the
// link. DeviceManager keeps the link and the feed; SessionRunner the session. Published to QML
// as SessionDevice.

#include "existing_singleton.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace rollwise::app {

class DeviceManager;
class SessionRunner;

class DeviceSessionLink : public QObject {
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(bool simulated READ simulated NOTIFY changed)

public:
    // NotNeeded: no smart-device session planned or running (a plain roller, or none).
    // NoDevice: none chosen under Heads & devices. WrongKind: the device in use is not the
    // kind planned (a pen for a roller plan). Connecting: connecting and syncing.
    // Ready: connected, the session's passes will come from it. Live: the device's session
    // runs. Unavailable: it could not be reached, or went away; Rollwise paces the passes.
    enum class Status { NotNeeded, NoDevice, WrongKind, Connecting, Ready, Live, Unavailable };
    Q_ENUM(Status)

    DeviceSessionLink(SessionRunner& runner, DeviceManager& devices, QObject* parent = nullptr);
    ~DeviceSessionLink() override;

    [[nodiscard]] Status status() const noexcept { return m_status; }
    [[nodiscard]] bool simulated() const;

    // Try the device again (after Unavailable).
    Q_INVOKABLE void retry();
    // The simulated device makes the pass the guide asks for (demo; always labelled).
    Q_INVOKABLE bool simulatePass();

signals:
    void changed();

private:
    void update();
    void release();
    void setStatus(Status status);
    [[nodiscard]] bool wanted() const;

    SessionRunner& m_runner;
    DeviceManager& m_devices;
    Status m_status = Status::NotNeeded;
    bool m_requested = false; // a connection was asked for this session
    bool m_updating = false;
    bool m_simulated = false; // as last announced
};

struct DeviceSessionLinkForeign : ExistingSingleton<DeviceSessionLink> {
    Q_GADGET
    QML_FOREIGN(rollwise::app::DeviceSessionLink)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SessionDevice)
};

} // namespace rollwise::app
