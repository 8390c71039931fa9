#pragma once

// DeviceManager's private state, shared by its source files (device_manager.cpp: the link and
// syncing; device_manager_live.cpp: a guided session on the link). Not for anyone else.

#include "device_live_feed.h"
#include "device_manager.h"
#include "logging.h"

#include <rollwise/core/database.h>
#include <rollwise/core/sync.h>
#include <rollwise/platform/bluetooth/device_link.h>
#include <rollwise/platform/bluetooth/errors.h>
#include <rollwise/platform/bluetooth/frame_log.h>
#include <rollwise/platform/bluetooth/paired_devices.h>
#include <rollwise/platform/bluetooth/simulated_link.h>
#include <rollwise/platform/bluetooth/sync_run.h>

#include <QSettings>
#include <QTimer>

#include <memory>
#include <optional>
#include <string>

namespace rollwise::app {

struct DeviceManager::Impl final : SyncObserver, protocol::GattEventSink {
    DeviceManager& owner;
    const Clock& clock;
    Preference preference;
    platform::bluetooth::DeviceLink link;
    Database* db = nullptr;
    std::unique_ptr<DeviceSync> sync;
    QTimer ticker;
    LinkState state = LinkState::Disconnected;
    Problem problem = Problem::None;
    int copied = 0;
    int newlyStored = 0;
    // The on-demand sync over `sync` (made with it), the paired list, the device in use.
    std::unique_ptr<platform::bluetooth::SyncRun> run;
    platform::bluetooth::MemoryPairedDeviceStore memoryPaired;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<platform::bluetooth::SettingsPairedDeviceStore> settingsPaired;
    QString deviceId;
    bool chosen = false; // the simulator was picked on the devices screen
    bool keepConnected = false;
    platform::bluetooth::BluetoothError bluetoothError = platform::bluetooth::BluetoothError::None;
    std::optional<protocol::DeviceFeatures> features;
    std::optional<protocol::HeadIdentity> head;
    // A guided session's live feed on this link (DeviceSessionLink).
    std::unique_ptr<DeviceLiveFeed> feed;

    Impl(DeviceManager& manager, const Clock& c, Preference p);

    [[nodiscard]] platform::bluetooth::PairedDeviceStore& paired() {
        if (settingsPaired) {
            return *settingsPaired;
        }
        return memoryPaired;
    }

    // A new link for `id` (Bluetooth) or the simulator; the old link and its sync go first.
    void makeLink(platform::bluetooth::LinkPreference linkPreference, const QString& id);

    [[nodiscard]] platform::bluetooth::QtGattPeer* qtPeer() const {
        return dynamic_cast<platform::bluetooth::QtGattPeer*>(link.peer.get());
    }

    // What the last connection said, or what the simulator is (it needs no connection).
    [[nodiscard]] std::optional<protocol::DeviceFeatures> knownFeatures() const {
        if (!features && isSimulator()) {
            return simulatedDevice()->profile().features;
        }
        return features;
    }
    [[nodiscard]] std::optional<protocol::HeadIdentity> knownHead() const {
        if (isSimulator()) {
            return simulatedDevice()->head();
        }
        return head;
    }

    [[nodiscard]] std::string syncUid() const {
        if (isSimulator()) {
            return "simulated-" + simulatedDevice()->profile().model;
        }
        return platform::bluetooth::bluetoothSyncUid(deviceId);
    }

    [[nodiscard]] bool isSimulator() const {
        return link.kind == platform::bluetooth::LinkKind::Simulator && link.peer;
    }
    [[nodiscard]] protocol::SimulatedDevice* simulatedDevice() const {
        return isSimulator()
                   ? &static_cast<platform::bluetooth::SimulatedLink&>(*link.peer).device()
                   : nullptr;
    }

    // The link in use goes: a session on it is paced by the app from now on.
    void dropFeed() {
        if (feed) {
            feed->onLinkLost();
            feed.reset();
        }
    }

    void set(LinkState next, Problem why = Problem::None) {
        state = next;
        problem = why;
        emit owner.changed();
    }

    // Link events reach DeviceSync first, then here.
    void onGattEvent(const protocol::GattEvent& event) override;

    void onSyncPhase(SyncPhase phase, SyncProblem why) override;

    void onLiveEvents(std::span<const protocol::LiveEvent> events) override {
        if (feed) {
            feed->onLiveEvents(events);
        }
    }

    void onFrameRejected(const FrameRejection& rejection) override {
        platform::bluetooth::logRejectedFrame(rejection); // kind and length, never bytes
    }

    void onRecordsCommitted(std::span<const CommittedRecord> records, int stored) override {
        copied += static_cast<int>(records.size());
        newlyStored += stored;
        emit owner.changed();
        emit owner.sessionsStored(stored);
    }
};

} // namespace rollwise::app
