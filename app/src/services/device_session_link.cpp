#include "device_session_link.h"

#include "device_live_feed.h"
#include "device_manager.h"
#include "session_runner.h"

#include <rollwise/core/protocol/values.h>

namespace rollwise::app {
namespace {

// Whether the device in use (core's DeviceFamily, -1: not known) can run a session planned for
// `planned`: a pen for a pen; any roller that reports its passes (a smart roller, or a home
// tool without pressure or speed sensing) for a smart roller.
bool fits(int device, DeviceFamily planned) {
    if (device < 0) {
        return true; // not known yet: connecting will tell
    }
    const auto family = static_cast<DeviceFamily>(device);
    const auto roller = [](DeviceFamily f) {
        return f == DeviceFamily::SmartRoller || f == DeviceFamily::HomeTool;
    };
    return family == planned || (roller(family) && roller(planned));
}

} // namespace

DeviceSessionLink::DeviceSessionLink(SessionRunner& runner, DeviceManager& devices, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_devices(devices)
    , m_simulated(devices.simulated()) {
    // Queued: the runner and the manager call out while they change; this acts once they are
    // done (and never inside DeviceSync's own callbacks).
    connect(&m_runner, &SessionRunner::planChanged, this, &DeviceSessionLink::update,
            Qt::QueuedConnection);
    connect(&m_runner, &SessionRunner::stateChanged, this, &DeviceSessionLink::update);
    connect(&m_devices, &DeviceManager::changed, this, &DeviceSessionLink::update,
            Qt::QueuedConnection);
}

DeviceSessionLink::~DeviceSessionLink() {
    DeviceSessionLinkForeign::forget(this);
    release(); // the feed refers to the runner, which may go first
}

bool DeviceSessionLink::simulated() const {
    return m_devices.simulated();
}

bool DeviceSessionLink::wanted() const {
    if (!m_runner.planned() || m_runner.family() == QStringLiteral("plain-roller")) {
        return false;
    }
    switch (m_runner.state()) {
    case SessionRunner::State::Planned:
    case SessionRunner::State::InZone:
    case SessionRunner::State::Paused:
        return true;
    default:
        return false;
    }
}

void DeviceSessionLink::setStatus(Status status) {
    if (status != m_status) {
        m_status = status;
        emit changed();
    }
}

// The session no longer needs the device: its session stops, the link goes when idle.
void DeviceSessionLink::release() {
    m_devices.stopLiveFeed();
    if (m_requested) {
        m_devices.setKeepConnected(false);
        m_requested = false;
    }
}

void DeviceSessionLink::update() {
    if (m_updating) {
        return;
    }
    m_updating = true;
    const bool running = m_runner.state() == SessionRunner::State::InZone ||
                         m_runner.state() == SessionRunner::State::Paused;
    if (!wanted()) {
        release();
        setStatus(Status::NotNeeded);
    } else if (DeviceLiveFeed* feed = m_devices.liveFeed()) {
        if (running && !feed->started() && m_runner.deviceLive()) {
            feed->begin(); // the device's session starts with the guided one
        }
        setStatus(!m_runner.deviceLive() ? Status::Unavailable
                  : feed->started()      ? Status::Live
                                         : Status::Ready);
    } else if (m_devices.deviceId().isEmpty()) {
        setStatus(Status::NoDevice);
    } else if (running) {
        // Started without the device (or it went away): the app paces this session to its end.
        setStatus(Status::Unavailable);
    } else if (m_devices.liveReady()) {
        const auto planned = m_runner.currentPlan()->family;
        if (!fits(m_devices.liveFamily(), planned)) {
            setStatus(Status::WrongKind);
        } else if (m_devices.startLiveFeed(m_runner) != nullptr) {
            // The head in the device is the session's, unless the user picked one.
            if (const std::string head = m_devices.headJournalUid();
                m_runner.headUid().isEmpty() && !head.empty()) {
                (void)m_runner.useDeviceHead(head, planned, m_devices.headNeedleUm(),
                                             m_devices.headNeedleCount());
            }
            setStatus(Status::Ready);
        } else {
            setStatus(Status::Unavailable);
        }
    } else if (m_devices.hasFeatures() &&
               !fits(m_devices.liveFamily(), m_runner.currentPlan()->family)) {
        // Known from an earlier connection: no need to connect to say so.
        setStatus(Status::WrongKind);
    } else if (!m_requested) {
        // Connect on demand for this session; the sync first, so the guard knows what the
        // device stored, then the link is kept for the session.
        m_requested = true;
        m_devices.setKeepConnected(true);
        m_devices.connectAndSync();
        setStatus(Status::Connecting);
    } else if (m_devices.busy()) {
        setStatus(Status::Connecting);
    } else if (m_devices.state() == DeviceManager::LinkState::Failed ||
               m_devices.state() == DeviceManager::LinkState::Disconnected ||
               m_devices.state() == DeviceManager::LinkState::NotPaired) {
        setStatus(Status::Unavailable);
    }
    if (m_devices.simulated() != m_simulated) {
        m_simulated = m_devices.simulated(); // another device was chosen
        emit changed();
    }
    m_updating = false;
}

void DeviceSessionLink::retry() {
    if (m_status != Status::Unavailable || !wanted()) {
        return;
    }
    m_requested = false;
    update();
}

bool DeviceSessionLink::simulatePass() {
    const auto direction = m_runner.expectedDirection();
    if (!direction || m_status != Status::Live) {
        return false;
    }
    return m_devices.simulatePass(static_cast<int>(protocol::toStrokeDirection(*direction)));
}

} // namespace rollwise::app
