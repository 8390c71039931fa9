// Live-event latency: from a notification leaving the device to DeviceSync's observer, at 200
// notifications per second, along three paths measured in the same run:
//   direct     DeviceSync::onGattEvent called in place of a link: the baseline (parse, sequence
//              check, observer) with no link at all;
//   simulator  SimulatedLink (the app's --simulate link) on a clock running 40 times faster,
//              so the simulator's pressure samples (one notification per 200 ms of device time)
//              come 200 times a second; latency is measured from when a sample fell due;
//   Qt+BlueZ   the real Qt Bluetooth stack against the fake BlueZ: the fixture stamps each
//              notification (CLOCK_MONOTONIC) as it emits the D-Bus signal; the observer stamps
//              it on arrival (steady_clock, the same clock on Linux).
// Usage: bluetooth_latency_bench [--quick] [--count N] [--no-bluez]
// --quick: 100 notifications per path (the CTest smoke run). Exit code 1 when a path lost
// notifications or could not run.
#include "../fake_bluez.h"

#include <rollwise/core/sync.h>
#include <rollwise/platform/bluetooth/qt_gatt_peer.h>
#include <rollwise/platform/bluetooth/simulated_link.h>
#include <rollwise/platform/system_clock.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace rollwise;
using namespace std::chrono_literals;
namespace bt = rollwise::platform::bluetooth;
using Steady = std::chrono::steady_clock;

namespace {

constexpr int kRatePerSecond = 200;
constexpr auto kInterval = std::chrono::microseconds(1'000'000 / kRatePerSecond);
constexpr int kTimeScale = 40; // simulator: 200 ms of device time per 5 ms

struct Row {
    std::string path;
    std::size_t sent = 0;
    std::vector<double> ms; // one latency per notification received
    std::string note;
};

// Keeps nothing: the benchmark measures the live path, not the journal.
class NullStore final : public SyncStore {
public:
    [[nodiscard]] Result<std::uint16_t, DatabaseError> lastCommitted(std::string_view) override {
        return std::uint16_t{0};
    }
    [[nodiscard]] Result<int, DatabaseError> commit(std::span<const DeviceRecord> r) override {
        return static_cast<int>(r.size());
    }
    [[nodiscard]] Status<DatabaseError> setLastCommitted(std::string_view, std::uint16_t) override {
        return Done{};
    }
};

class LiveObserver final : public SyncObserver {
public:
    std::function<void(std::span<const protocol::LiveEvent>)> handler;
    void onLiveEvents(std::span<const protocol::LiveEvent> events) override {
        if (handler) {
            handler(events);
        }
    }
};

// A link that does nothing: the direct path feeds DeviceSync itself.
class NullPeer final : public protocol::GattPeer {
public:
    void setSink(protocol::GattEventSink*) override {}
    [[nodiscard]] protocol::LinkState state() const override {
        return protocol::LinkState::Disconnected;
    }
    void connect() override {}
    void disconnect() override {}
    Status<protocol::GattError> read(const protocol::Uuid&) override { return Done{}; }
    Status<protocol::GattError> write(const protocol::Uuid&, protocol::ByteView,
                                      protocol::WriteMode) override {
        return Done{};
    }
    Status<protocol::GattError> setNotifications(const protocol::Uuid&, bool) override {
        return Done{};
    }
};

// Real time, sped up: the simulator's 100 ms sample period becomes 2.5 ms.
class ScaledClock final : public Clock {
public:
    ScaledClock()
        : m_wallStart(std::chrono::system_clock::now())
        , m_start(Steady::now()) {}
    [[nodiscard]] std::chrono::system_clock::time_point now() const override {
        return m_wallStart +
               std::chrono::duration_cast<std::chrono::system_clock::duration>(monotonic());
    }
    [[nodiscard]] std::chrono::steady_clock::duration monotonic() const override {
        return (Steady::now() - m_start) * kTimeScale;
    }

private:
    std::chrono::system_clock::time_point m_wallStart;
    Steady::time_point m_start;
};

// Runs the event loop until `done` holds. Unlike QTest::qWaitFor, which sleeps in 10 ms steps
// between event batches, this blocks in the event loop, so events are handled as they come and
// the wait itself adds no latency.
bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (done()) {
            loop.quit();
        }
    });
    check.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

double msSince(Steady::time_point from, Steady::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

protocol::GattEvent pressureNotification(std::uint16_t sequence) {
    protocol::LiveEvent event;
    event.sequence = sequence;
    event.timeMs = sequence * 5u % protocol::kOffsetMax;
    event.payload = protocol::PressureSample{400};
    const std::vector<protocol::LiveEvent> one{event};
    protocol::GattEvent e;
    e.kind = protocol::GattEvent::Kind::Notification;
    e.characteristic = protocol::uuid::kLiveEvents;
    e.value = protocol::buildNotification(one).value();
    return e;
}

Row runDirect(std::size_t count) {
    Row row{"direct (baseline)", count, {}, {}};
    platform::SystemClock clock;
    NullPeer peer;
    NullStore store;
    DeviceSync sync(peer, store, "bench", clock);
    LiveObserver observer;
    Steady::time_point sentAt;
    observer.handler = [&](std::span<const protocol::LiveEvent>) {
        row.ms.push_back(msSince(sentAt, Steady::now()));
    };
    sync.setObserver(&observer);
    std::size_t sent = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (sent == count) {
            timer.stop();
            return;
        }
        const auto event = pressureNotification(static_cast<std::uint16_t>(sent++));
        sentAt = Steady::now();
        sync.onGattEvent(event);
    });
    timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(kInterval));
    if (!waitUntil([&] { return sent == count; }, static_cast<int>(count * 10 + 2000))) {
        row.note = "timed out";
    }
    return row;
}

Row runSimulator(std::size_t count) {
    Row row{"simulator link", count, {}, "clock x40, link timer 10 ms"};
    ScaledClock clock;
    bt::SimulatedLink link(protocol::SimProfile::smartRoller(), clock);
    NullStore store;
    DeviceSync sync(link, store, "bench", clock);
    LiveObserver observer;
    Steady::time_point sessionStart;
    observer.handler = [&](std::span<const protocol::LiveEvent> events) {
        // The notification left the device when its last sample fell due.
        const auto last = std::find_if(events.rbegin(), events.rend(), [](const auto& e) {
            return e.type() == protocol::EventType::PressureSample && e.timeMs.has_value();
        });
        if (last == events.rend() || row.ms.size() >= count) {
            return;
        }
        const auto due =
            sessionStart +
            std::chrono::duration_cast<Steady::duration>(
                std::chrono::duration<double, std::milli>(double(*last->timeMs) / kTimeScale));
        row.ms.push_back(msSince(due, Steady::now()));
    };
    sync.setObserver(&observer);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { sync.tick(); });
    ticker.start(50);
    link.connect();
    if (!waitUntil([&] { return sync.phase() == SyncPhase::UpToDate; }, 10000)) {
        row.note = "the simulated device did not connect";
        return row;
    }
    sessionStart = Steady::now();
    link.device().pressButton();
    protocol::PassMotion motion;
    motion.duration = std::chrono::milliseconds((count + 20) * 200); // split at 60 s (6.3.5)
    motion.meanPressureCn = 400;
    motion.peakPressureCn = 600;
    if (!link.device().performPass(motion)) {
        row.note = "the simulated device refused the pass";
        return row;
    }
    if (!waitUntil([&] { return row.ms.size() >= count; }, static_cast<int>(count * 10 + 5000))) {
        row.note = "timed out";
    }
    ticker.stop();
    return row;
}

Row runBluez(std::size_t count) {
    Row row{"Qt + fake BlueZ", count, {}, "D-Bus signal to observer"};
    try {
        auto& fake = bttest::FakeBluez::instance();
        fake.reset(QStringLiteral("paired=1"));
        platform::SystemClock clock;
        bt::MemoryPairedDeviceStore paired;
        const QString id = QString::fromLatin1(bttest::FakeBluez::kDeviceAddress);
        paired.add(bt::PairedDevice{id, QStringLiteral("RW-R540")});
        bt::QtGattPeer peer(id, clock, &paired);
        NullStore store;
        DeviceSync sync(peer, store, "bench", clock);
        LiveObserver observer;
        std::map<std::uint16_t, std::int64_t> received; // sequence -> CLOCK_MONOTONIC ns
        observer.handler = [&](std::span<const protocol::LiveEvent> events) {
            const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 Steady::now().time_since_epoch())
                                 .count();
            for (const auto& e : events) {
                if (e.sequence >= 0x4000) {
                    received.emplace(e.sequence, now);
                }
            }
        };
        sync.setObserver(&observer);
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] { sync.tick(); });
        ticker.start(200);
        peer.connect();
        if (!waitUntil([&] { return sync.phase() == SyncPhase::UpToDate; }, 20000)) {
            row.note = "the link did not come up";
            return row;
        }
        fake.sim(QStringLiteral("stream %1 %2").arg(count).arg(kInterval.count()));
        if (!waitUntil([&] { return received.size() >= count; },
                       static_cast<int>(count * 10 + 10000))) {
            row.note = "timed out";
        }
        ticker.stop();
        const QString times = fake.command(QStringLiteral("stream-times"));
        for (const auto& pair : times.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto parts = pair.split(QLatin1Char(':'));
            if (parts.size() != 2) {
                continue;
            }
            const auto it = received.find(static_cast<std::uint16_t>(parts[0].toUInt()));
            if (it != received.end()) {
                row.ms.push_back(double(it->second - parts[1].toLongLong()) / 1e6);
            }
        }
        peer.disconnect();
        (void)waitUntil([&] { return peer.connectionState() == bt::ConnectionState::Idle; }, 5000);
    } catch (const std::exception& e) {
        row.note = std::string("could not run: ") + e.what();
    }
    return row;
}

double quantile(std::vector<double> v, double q) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto index = static_cast<std::size_t>(q * double(v.size() - 1) + 0.5);
    return v[std::min(index, v.size() - 1)];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::size_t count = args.contains(QStringLiteral("--quick")) ? 100 : 2000;
    if (const auto at = args.indexOf(QStringLiteral("--count")); at >= 0 && at + 1 < args.size()) {
        count = std::clamp<std::size_t>(args[at + 1].toULongLong(), 10, 40000);
    }
    std::vector<Row> rows;
    rows.push_back(runDirect(count));
    rows.push_back(runSimulator(count));
    if (!args.contains(QStringLiteral("--no-bluez"))) {
        rows.push_back(runBluez(count));
    }
    std::printf("live-event latency, %zu notifications at %d per second\n", count, kRatePerSecond);
    std::printf("%-20s %9s %9s %11s %11s %11s  %s\n", "path", "sent", "received", "median ms",
                "p99 ms", "max ms", "note");
    bool ok = true;
    for (const auto& row : rows) {
        const bool complete = row.ms.size() == row.sent;
        ok = ok && complete;
        std::printf("%-20s %9zu %9zu %11.3f %11.3f %11.3f  %s\n", row.path.c_str(), row.sent,
                    row.ms.size(), quantile(row.ms, 0.5), quantile(row.ms, 0.99),
                    row.ms.empty() ? 0.0 : *std::max_element(row.ms.begin(), row.ms.end()),
                    row.note.c_str());
    }
    bttest::FakeBluez::shutdown(/*keepLogs=*/!ok);
    return ok ? 0 : 1;
}
