// DeviceManager: a guided session on the device in use (DeviceSessionLink drives it): whether
// the link is ready, the device's head as the journal names it, and the live feed into the
// session runner.
#include "device_manager_impl.h"

namespace rollwise::app {

bool DeviceManager::liveReady() const {
    return d->sync && d->link.peer && d->link.peer->state() == protocol::LinkState::Connected &&
           d->sync->features().has_value() && d->state == LinkState::UpToDate;
}

int DeviceManager::liveFamily() const {
    const auto features = d->knownFeatures();
    return features ? static_cast<int>(protocol::coreFamily(*features)) : -1;
}

std::string DeviceManager::headJournalUid() const {
    const auto head = d->knownHead();
    if (!head || !head->present()) {
        return {};
    }
    if (head->hasId()) {
        return "head-" + head->id.toHex(); // as a synced record names it (device_import)
    }
    return d->sync && !d->sync->storeKey().empty() ? d->sync->storeKey() + "/head" : std::string();
}

DeviceLiveFeed* DeviceManager::startLiveFeed(SessionRunner& runner) {
    if (d->feed) {
        return d->feed.get();
    }
    if (!liveReady()) {
        return nullptr;
    }
    DeviceLiveFeed::Options options;
    options.subscribeLive = false; // DeviceSync subscribed Live Events and checks them
    options.storeKey = d->sync->storeKey();
    d->feed = std::make_unique<DeviceLiveFeed>(runner, *d->link.peer, *d->sync->features(),
                                               d->sync->head(), std::move(options));
    d->sync->setSessionActive(true);
    d->feed->attach();
    return d->feed.get();
}

DeviceLiveFeed* DeviceManager::liveFeed() const {
    return d->feed.get();
}

void DeviceManager::stopLiveFeed() {
    if (!d->feed) {
        return;
    }
    d->feed->end();
    d->feed.reset();
    if (d->sync) {
        d->sync->setSessionActive(false); // the 20 s idle rule lets the link go
    }
}

bool DeviceManager::simulatePass(int direction, int peakPressureCn, int durationMs) {
    auto* device = d->simulatedDevice();
    if (device == nullptr) {
        return false;
    }
    protocol::PassMotion motion;
    motion.direction = static_cast<protocol::StrokeDirection>(direction);
    motion.duration = std::chrono::milliseconds(durationMs);
    motion.speedMmPerS = 30;
    motion.meanPressureCn = static_cast<std::uint16_t>(peakPressureCn * 3 / 4);
    motion.peakPressureCn = static_cast<std::uint16_t>(peakPressureCn);
    return static_cast<bool>(device->performPass(motion));
}

} // namespace rollwise::app
