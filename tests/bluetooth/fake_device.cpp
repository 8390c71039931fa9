// rollwise-fake-device: a SimulatedDevice behind a line protocol on stdin and stdout, so the
// fake BlueZ (fake_bluez.py) serves exactly what the simulator would. Core only, no Qt.
//
// One command per line on stdin; every answer and event is one line on stdout, in the order
// the simulator produced them. Bytes are lower-case hex, "-" when empty.
//
// GATT (answered by a "done" line, possibly after or before "value" lines, in device order):
//   connect | disconnect                   -> state connected | state disconnected
//   read <uuid>                            -> done read <uuid> <att> <hex>
//   write <uuid> <hex>                     -> done write <uuid> <att>
//   notify <uuid> <0|1>                    -> done subscribe <uuid> <att>
//   <att> is two hex digits, or "nc" (not connected), "ns" (no such property), "tl" (too long)
// Events: value <uuid> <hex> <n|i> (notification or indication), state disconnected.
// The world (answered by "ok [...]" or "err <why>"):
//   bond <0|1>, inject <sequence> [passes], records, drop-after <fragments>, drop-link,
//   press, pass [ms], skip-sequence <n>, repeat-records <n>, corrupt-records <n>,
//   battery <percent>, stream <count> <interval-us> (Pressure Sample notifications for the
//   benchmark; "stream-done" when the last was sent), frame-interval <us> (RACP pacing; 0 for
//   the sync benchmark).
// Time: the simulator's clock follows the real monotonic clock.
// With --doc the device is the one written from docs/device-protocol.md alone
// (tests/protocol/doc_device.h) instead of the simulator; of the world commands it knows
// bond, inject, records, battery, drop-link, pass <direction> <ms> and session.
#include "../protocol/doc_device.h"

#include <rollwise/core/clock.h>
#include <rollwise/core/protocol/simulator.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <optional>
#include <poll.h>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace rollwise;
using namespace rollwise::protocol;
using namespace std::chrono_literals;

namespace {

std::string toHex(ByteView bytes) {
    if (bytes.empty()) {
        return "-";
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const auto b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0F];
    }
    return out;
}

std::optional<Bytes> fromHex(std::string_view text) {
    if (text == "-") {
        return Bytes{};
    }
    if (text.size() % 2 != 0 || text.size() > 2 * kMaxFrameSize + 2) {
        return std::nullopt;
    }
    Bytes out;
    for (std::size_t i = 0; i < text.size(); i += 2) {
        std::uint8_t b = 0;
        const auto [end, ec] = std::from_chars(text.data() + i, text.data() + i + 2, b, 16);
        if (ec != std::errc{} || end != text.data() + i + 2) {
            return std::nullopt;
        }
        out.push_back(b);
    }
    return out;
}

std::string attText(std::uint8_t att) {
    char buffer[3] = {};
    std::snprintf(buffer, sizeof buffer, "%02x", att);
    return buffer;
}

std::string gattErrorText(GattErrorCode code) {
    switch (code) {
    case GattErrorCode::NotConnected:
        return "nc";
    case GattErrorCode::UnknownCharacteristic:
    case GattErrorCode::NotSupported:
        return "ns";
    case GattErrorCode::TooLong:
        return "tl";
    }
    return "ns";
}

// A valid record for `inject`, distinct per sequence.
StoredRecord makeRecord(std::uint16_t sequence, int passes) {
    StoredRecord r;
    r.sequence = sequence;
    r.startTime = 795'125'700u + sequence * 3600u; // 2025-03-12T20:15:00Z onwards
    r.durationS = static_cast<std::uint16_t>(60 + passes * 3);
    r.depthAtStart = 20;
    r.maxDepth = 20;
    r.passCount = static_cast<std::uint16_t>(passes);
    std::uint32_t contact = 0;
    for (int i = 0; i < passes; ++i) {
        StoredPass p;
        p.startTenths = static_cast<std::uint16_t>(20 + i * 30);
        p.pass.direction = i % 2 == 0 ? StrokeDirection::Horizontal : StrokeDirection::Vertical;
        p.pass.durationMs = 2000;
        p.pass.distanceMm = 80;
        p.pass.speedMmPerS = 40;
        p.pass.meanPressureCn = 400;
        p.pass.peakPressureCn = 520;
        p.pass.depth = 20;
        contact += p.pass.durationMs;
        r.passes.push_back(p);
        ++r.passesByDirection[static_cast<std::size_t>(i % 2)];
    }
    r.contactTenths = static_cast<std::uint16_t>(contact / 100);
    r.peakPressureCn = 520;
    return r;
}

class Printer final : public GattEventSink {
public:
    void onGattEvent(const GattEvent& e) override {
        switch (e.kind) {
        case GattEvent::Kind::StateChanged:
            if (e.state == LinkState::Connected) {
                line("state connected");
            } else if (e.state == LinkState::Disconnected) {
                line("state disconnected");
            }
            return;
        case GattEvent::Kind::ReadDone:
            line("done read " + toString(e.characteristic) + " " + attText(e.attError) + " " +
                 toHex(e.value));
            return;
        case GattEvent::Kind::WriteDone:
            line("done write " + toString(e.characteristic) + " " + attText(e.attError));
            return;
        case GattEvent::Kind::SubscribeDone:
            line("done subscribe " + toString(e.characteristic) + " " + attText(e.attError));
            return;
        case GattEvent::Kind::Notification:
            line("value " + toString(e.characteristic) + " " + toHex(e.value) + " n");
            return;
        case GattEvent::Kind::Indication:
            line("value " + toString(e.characteristic) + " " + toHex(e.value) + " i");
            return;
        }
    }
    void line(const std::string& text) {
        m_out += text;
        m_out += '\n';
    }
    // Writes everything out; false when stdout is gone.
    bool flush() {
        std::size_t done = 0;
        while (done < m_out.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, m_out.data() + done, m_out.size() - done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return false;
            }
            done += static_cast<std::size_t>(n);
        }
        m_out.clear();
        return true;
    }

private:
    std::string m_out;
};

struct Stream {
    int remaining = 0;
    std::chrono::microseconds interval{};
    std::chrono::steady_clock::time_point next{};
    std::uint16_t sequence = 0x4000; // far from the device's own numbering
    std::uint32_t timeMs = 0;
};

class Host {
public:
    Host(SimProfile profile, bool bonded, bool doc)
        : m_clock(std::chrono::system_clock::now())
        , m_device(std::move(profile), m_clock)
        , m_last(std::chrono::steady_clock::now()) {
        if (doc) {
            m_doc.emplace();
            m_doc->bonded = bonded;
            m_doc->setSink(&m_out);
            return;
        }
        m_device.setSink(&m_out);
        m_device.setBonded(bonded);
    }

    GattPeer& peer() { return m_doc ? static_cast<GattPeer&>(*m_doc) : m_device; }
    void pumpDevice() {
        if (m_doc) {
            m_doc->pump();
        } else {
            m_device.pump();
        }
    }

    void tick() {
        const auto now = std::chrono::steady_clock::now();
        m_clock.advance(now - m_last);
        m_last = now;
        pumpDevice();
        while (m_stream.remaining > 0 && m_stream.next <= now) {
            sendStreamEvent();
            m_stream.next += m_stream.interval;
        }
    }

    void command(const std::string& text) {
        std::istringstream in(text);
        std::string verb;
        in >> verb;
        if (verb.empty()) {
            return;
        }
        tick(); // the world is up to date before the request arrives
        if (verb == "connect") {
            peer().connect();
        } else if (verb == "disconnect") {
            peer().disconnect();
        } else if (verb == "read" || verb == "write" || verb == "notify") {
            gatt(verb, in);
        } else if (m_doc) {
            docWorld(verb, in);
        } else {
            world(verb, in);
        }
        pumpDevice();
    }

    [[nodiscard]] bool flush() { return m_out.flush(); }

    // Short enough for the simulator's 10 ms RACP pacing; to the millisecond while streaming.
    [[nodiscard]] int pollTimeoutMs() const {
        if (m_stream.remaining <= 0) {
            return 2;
        }
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
                              m_stream.next - std::chrono::steady_clock::now())
                              .count();
        return static_cast<int>(std::clamp<long long>(wait, 0, 2));
    }

private:
    void gatt(const std::string& verb, std::istringstream& in) {
        std::string uuidText;
        in >> uuidText;
        const auto characteristic = parseUuid(uuidText);
        const std::string kind = verb == "notify" ? "subscribe" : verb;
        if (!characteristic) {
            m_out.line("done " + kind + " " + uuidText + " ns");
            return;
        }
        Status<GattError> status = Done{};
        if (verb == "read") {
            status = peer().read(*characteristic);
        } else if (verb == "write") {
            std::string hex;
            in >> hex;
            const auto value = fromHex(hex);
            if (!value) {
                m_out.line("done write " + uuidText + " tl");
                return;
            }
            status = peer().write(*characteristic, *value, WriteMode::WithResponse);
        } else {
            int enable = 0;
            in >> enable;
            status = peer().setNotifications(*characteristic, enable != 0);
        }
        if (!status) {
            m_out.line("done " + kind + " " + uuidText + " " + gattErrorText(status.error().code));
        }
    }

    void docWorld(const std::string& verb, std::istringstream& in) {
        long a = -1;
        long b = -1;
        in >> a >> b;
        if (verb == "bond" && a >= 0) {
            m_doc->bonded = a != 0;
        } else if (verb == "inject" && a >= 1 && a <= 0xFFFF) {
            m_doc->records[static_cast<unsigned>(a)] = rollwise::doctest::sampleRecord(
                static_cast<unsigned>(a), b > 0 ? static_cast<unsigned>(b) : 2U);
        } else if (verb == "battery" && a >= 0 && a <= 100) {
            m_doc->setBattery(static_cast<unsigned>(a));
        } else if (verb == "drop-link") {
            m_doc->dropLink();
        } else if (verb == "pass" && a >= 0 && a <= 4 && b > 0) {
            // The user rolls one pass (direction, milliseconds) in the running session.
            if (!m_doc->rollPass(static_cast<unsigned>(a), static_cast<unsigned>(b))) {
                m_out.line("err no session is running");
                return;
            }
        } else if (verb == "session") {
            m_out.line(m_doc->sessionRunning() ? "ok running" : "ok idle");
            return;
        } else if (verb == "records") {
            std::string list;
            for (const auto& [sequence, record] : m_doc->records) {
                list += (list.empty() ? "" : ",") + std::to_string(sequence);
            }
            m_out.line("ok " + (list.empty() ? std::string("-") : list));
            return;
        } else {
            m_out.line("err not for the document's device: " + verb);
            return;
        }
        m_out.line("ok");
    }

    void world(const std::string& verb, std::istringstream& in) {
        long a = -1;
        long b = -1;
        in >> a >> b;
        if (verb == "bond" && a >= 0) {
            m_device.setBonded(a != 0);
        } else if (verb == "inject" && a >= 1 && a <= 0xFFFF) {
            m_device.injectRecord(
                makeRecord(static_cast<std::uint16_t>(a), b > 0 ? static_cast<int>(b) : 2));
        } else if (verb == "records") {
            std::string list;
            for (const auto& [sequence, record] : m_device.records()) {
                list += (list.empty() ? "" : ",") + std::to_string(sequence);
            }
            m_out.line("ok " + (list.empty() ? std::string("-") : list));
            return;
        } else if (verb == "drop-after" && a >= 0) {
            m_device.misbehave().dropLinkAfterFragments = static_cast<int>(a);
        } else if (verb == "drop-link") {
            m_device.dropLink();
        } else if (verb == "press") {
            m_device.pressButton();
        } else if (verb == "pass") {
            PassMotion motion;
            motion.duration = std::chrono::milliseconds(a > 0 ? a : 1000);
            if (auto started = m_device.performPass(motion); !started) {
                m_out.line("err " + started.error().message);
                return;
            }
        } else if (verb == "skip-sequence" && a >= 0) {
            m_device.misbehave().skipSequence = static_cast<int>(a);
        } else if (verb == "repeat-records" && a >= 0) {
            m_device.misbehave().repeatRecords = static_cast<int>(a);
        } else if (verb == "corrupt-records" && a >= 0) {
            m_device.misbehave().corruptRecords = static_cast<int>(a);
        } else if (verb == "battery" && a >= 0 && a <= 100) {
            m_device.setBatteryLevel(static_cast<std::uint8_t>(a));
        } else if (verb == "frame-interval" && a >= 0) {
            m_device.misbehave().racpFrameInterval = std::chrono::microseconds(a);
        } else if (verb == "stream" && a > 0 && b > 0) {
            m_stream.remaining = static_cast<int>(a);
            m_stream.interval = std::chrono::microseconds(b);
            m_stream.next = std::chrono::steady_clock::now();
        } else {
            m_out.line("err unknown command or bad argument: " + verb);
            return;
        }
        m_out.line("ok");
    }

    void sendStreamEvent() {
        LiveEvent event;
        event.sequence = m_stream.sequence++;
        event.timeMs = m_stream.timeMs;
        m_stream.timeMs = (m_stream.timeMs + 5) % kOffsetMax;
        event.payload = PressureSample{400};
        const std::vector<LiveEvent> one{event};
        auto frame = buildNotification(one);
        if (frame && m_device.subscribed(uuid::kLiveEvents)) {
            GattEvent e;
            e.kind = GattEvent::Kind::Notification;
            e.characteristic = uuid::kLiveEvents;
            e.value = std::move(frame).value();
            m_out.onGattEvent(e);
        }
        if (--m_stream.remaining == 0) {
            m_out.line("stream-done");
        }
    }

    ManualClock m_clock;
    SimulatedDevice m_device;
    std::optional<rollwise::doctest::DocDevice> m_doc;
    Printer m_out;
    std::chrono::steady_clock::time_point m_last;
    Stream m_stream;
};

} // namespace

int main(int argc, char** argv) {
    DeviceFamily family = DeviceFamily::SmartRoller;
    bool bonded = true;
    bool doc = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--family=pen") {
            family = DeviceFamily::Pen;
        } else if (arg == "--family=home") {
            family = DeviceFamily::HomeTool;
        } else if (arg == "--family=roller") {
            family = DeviceFamily::SmartRoller;
        } else if (arg == "--unbonded") {
            bonded = false;
        } else if (arg == "--doc") {
            doc = true;
        } else {
            std::fprintf(stderr, "usage: %s [--family=roller|pen|home] [--unbonded] [--doc]\n",
                         argv[0]);
            return 2;
        }
    }
    Host host(SimProfile::forFamily(family), bonded, doc);
    std::string pending;
    char buffer[4096];
    for (;;) {
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        const int ready = ::poll(&fd, 1, host.pollTimeoutMs());
        if (ready < 0 && errno != EINTR) {
            return 1;
        }
        if (ready > 0) {
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n == 0) {
                return 0; // the fixture is gone
            }
            if (n < 0 && errno != EINTR && errno != EAGAIN) {
                return 1;
            }
            if (n > 0) {
                pending.append(buffer, static_cast<std::size_t>(n));
            }
            for (auto end = pending.find('\n'); end != std::string::npos;
                 end = pending.find('\n')) {
                host.command(pending.substr(0, end));
                pending.erase(0, end + 1);
            }
            if (pending.size() > 1 << 16) {
                return 1; // no line is ever that long
            }
        }
        host.tick();
        if (!host.flush()) {
            return 0;
        }
    }
}
