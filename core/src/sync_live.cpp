// Device sync: the notified values (live stream and its gaps, Head Identity, Battery Level),
// what they reject and the flood rule (docs/device-sync.md; device-protocol.md 6.5.8, 10).
#include <rollwise/core/sync.h>

namespace rollwise {

using protocol::GattEvent;

// ---- Rejections and the flood rule (section 10) ----------------------------------------------

void DeviceSync::countRejections(const protocol::FrameCounters& delta, const GattEvent& event,
                                 protocol::FrameKind frame) {
    m_linkCounters += delta;
    if (m_observer == nullptr) {
        return;
    }
    for (std::size_t i = 0; i < delta.rejected.size(); ++i) {
        const auto kind = static_cast<protocol::ErrorKind>(i);
        if (kind == protocol::ErrorKind::UnknownType) {
            continue; // skipped by length, not a rejection
        }
        for (std::uint32_t n = 0; n < delta.rejected[i]; ++n) {
            m_observer->onFrameRejected(
                FrameRejection{event.characteristic, frame, kind, event.value.size()});
        }
    }
}

void DeviceSync::reject(const protocol::ProtocolError& error, const GattEvent& event) {
    m_linkCounters.reject(error.kind);
    if (m_observer != nullptr) {
        m_observer->onFrameRejected(
            FrameRejection{event.characteristic, error.frame, error.kind, event.value.size()});
    }
}

void DeviceSync::checkFlood() {
    if (m_flooded || !m_connected || !m_linkCounters.flooded()) {
        return;
    }
    // More than 50 rejected frames on this connection: a broken or hostile firmware. Stop
    // reading it, keep what was committed, let the link go (section 10, 5.4).
    m_flooded = true;
    m_awaited.clear();
    if (m_racp && m_racp->busy()) {
        m_abortReason = SyncProblem::ProtocolError;
        m_racp->onLinkLost();
        pump();
    }
    fail(SyncProblem::ProtocolError);
    m_peer.disconnect();
}

// ---- Head Identity and Battery Level ---------------------------------------------------------

void DeviceSync::onHeadValue(const GattEvent& event) {
    auto head = protocol::parseHeadIdentity(event.value);
    if (!head) {
        reject(head.error(), event); // 10: head unknown, the app asks the user
        return;
    }
    ++m_linkCounters.accepted;
    m_head = head.value();
    if (m_observer != nullptr) {
        m_observer->onHeadChanged(*m_head);
    }
}

void DeviceSync::onBatteryValue(const GattEvent& event) {
    auto level = protocol::parseBatteryLevel(event.value);
    if (!level) {
        reject(level.error(), event); // e.g. 250 %: impossible, never shown
        return;
    }
    ++m_linkCounters.accepted;
    m_battery = level.value();
    if (m_observer != nullptr) {
        m_observer->onBatteryLevel(*m_battery);
    }
}

// ---- Live events -----------------------------------------------------------------------------

void DeviceSync::onLive(const GattEvent& notification) {
    const auto before = m_live.counters();
    const auto events = m_live.receive(notification.value);
    countRejections(m_live.counters().since(before), notification,
                    protocol::FrameKind::LiveNotification);
    const std::uint32_t lost = m_live.counters().lost;
    if (lost > m_lostSeen && m_liveSession) {
        markPartial();
    }
    m_lostSeen = lost;
    if (m_observer != nullptr && !events.empty()) {
        m_observer->onLiveEvents(events);
    }
    for (const auto& event : events) {
        if (const auto* battery = std::get_if<protocol::BatteryStatus>(&event.payload)) {
            // 5.5: the level as a live event too, where the platform hides Battery Level.
            m_battery = battery->percent;
            if (m_observer != nullptr) {
                m_observer->onBatteryLevel(battery->percent);
            }
            continue;
        }
        if (const auto* started = std::get_if<protocol::SessionStarted>(&event.payload)) {
            if (started->sessionId == 0) {
                m_liveSession.reset(); // 6.3.4: it will not be stored; nothing to fill from
                continue;
            }
            const bool rejoined = m_liveSession && m_liveSession->id == started->sessionId;
            if (!rejoined) {
                m_liveSession = LiveSession{started->sessionId, false, false};
                // Joined a running session that already had passes: they are not in the
                // live stream we saw.
                if (started->origin == protocol::SessionOrigin::Resent &&
                    started->passesSoFar > 0) {
                    markPartial();
                }
            }
        } else if (const auto* ended = std::get_if<protocol::SessionEnded>(&event.payload)) {
            const bool partial = m_liveSession && m_liveSession->partial;
            const std::uint16_t id = ended->sessionId;
            m_liveSession.reset();
            if (!partial || id == 0) {
                m_gapSessions.erase(id);
                continue;
            }
            m_gapSessions.insert(id);
            // 6.5.8: the stored record fills the gap; fetch it now if the link allows.
            if (m_progress.phase == SyncPhase::Syncing) {
                m_syncAgain = true;
            } else if (m_connected && m_prepared && m_features && m_features->recordCapacity > 0) {
                beginSync();
            }
        }
    }
}

void DeviceSync::markPartial() {
    if (!m_liveSession) {
        return;
    }
    m_liveSession->partial = true;
    if (!m_liveSession->reported) {
        m_liveSession->reported = true;
        if (m_observer != nullptr) {
            m_observer->onLiveGap(m_liveSession->id);
        }
    }
}

} // namespace rollwise
