#pragma once

// A test host for the simulated devices: a manual clock, the device behind its GattPeer
// interface, and a sink that logs every event and hands it to an optional handler.

#include <rollwise/core/clock.h>
#include <rollwise/core/protocol/simulator.h>

#include <catch2/catch_test_macros.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace rollwise::protocol::test {

using namespace std::chrono_literals;

inline TimePoint at(const char* iso) {
    return *parseIso(iso);
}

class Harness final : public GattEventSink {
public:
    explicit Harness(DeviceFamily family, TimePoint start = at("2025-03-14T09:00:00Z"))
        : Harness(SimProfile::forFamily(family), start) {}
    explicit Harness(SimProfile profile, TimePoint start = at("2025-03-14T09:00:00Z"))
        : clock(start)
        , device(std::move(profile), clock) {
        device.setSink(this);
    }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;
    ~Harness() override { device.setSink(nullptr); }

    void onGattEvent(const GattEvent& event) override {
        log.push_back(event);
        if (handler) {
            handler(event);
        }
    }

    void pump() { device.pump(); }
    // Time passes in steps; the device runs after each.
    void advance(std::chrono::milliseconds total, std::chrono::milliseconds step = 10ms) {
        for (std::chrono::milliseconds done{0}; done < total; done += step) {
            clock.advance(std::min(step, total - done));
            device.pump();
            if (onStep) {
                onStep();
            }
        }
    }

    bool connect() {
        device.connect();
        device.pump();
        return device.state() == LinkState::Connected;
    }

    // The last completion of `kind` for `characteristic` since `from`.
    [[nodiscard]] std::optional<GattEvent> completion(GattEvent::Kind kind, const Uuid& c,
                                                      std::size_t from) const {
        std::optional<GattEvent> found;
        for (std::size_t i = from; i < log.size(); ++i) {
            if (log[i].kind == kind && log[i].characteristic == c) {
                found = log[i];
            }
        }
        return found;
    }

    std::uint8_t subscribe(const Uuid& c, bool enable = true) {
        const std::size_t mark = log.size();
        REQUIRE(device.setNotifications(c, enable));
        device.pump();
        const auto done = completion(GattEvent::Kind::SubscribeDone, c, mark);
        REQUIRE(done);
        return done->attError;
    }

    // Value on success, the ATT error otherwise.
    std::pair<Bytes, std::uint8_t> read(const Uuid& c) {
        const std::size_t mark = log.size();
        REQUIRE(device.read(c));
        device.pump();
        const auto done = completion(GattEvent::Kind::ReadDone, c, mark);
        REQUIRE(done);
        return {done->value, done->attError};
    }

    std::uint8_t write(const Uuid& c, const Bytes& value) {
        const std::size_t mark = log.size();
        REQUIRE(device.write(c, value, WriteMode::WithResponse));
        device.pump();
        const auto done = completion(GattEvent::Kind::WriteDone, c, mark);
        REQUIRE(done);
        return done->attError;
    }

    // Values notified or indicated on `c` since `from`.
    [[nodiscard]] std::vector<Bytes> values(const Uuid& c, std::size_t from = 0) const {
        std::vector<Bytes> out;
        for (std::size_t i = from; i < log.size(); ++i) {
            if ((log[i].kind == GattEvent::Kind::Notification ||
                 log[i].kind == GattEvent::Kind::Indication) &&
                log[i].characteristic == c) {
                out.push_back(log[i].value);
            }
        }
        return out;
    }

    ManualClock clock;
    SimulatedDevice device;
    std::vector<GattEvent> log;
    std::function<void(const GattEvent&)> handler;
    std::function<void()> onStep;
};

} // namespace rollwise::protocol::test
