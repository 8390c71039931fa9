// A hostile device on the real Qt Bluetooth path (fake BlueZ): frames the document forbids,
// sent as raw bytes past the simulator (fake_bluez.py "raw"), are refused with a typed error,
// logged as kind and length only, and never stored; a flood lets the link go with memory
// bounded; 50 link drops in one sync lose no record and store none twice. Also the document's
// connection order on this path (Device Features before Device Information and the clock).
#include "bt_world.h"

#include <rollwise/platform/bluetooth/frame_log.h>

#include <QLoggingCategory>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <fstream>
#include <mutex>

using namespace rollwise;
using namespace rollwise::bttest;
using protocol::ErrorKind;

namespace {

const QString kLive = QStringLiteral("7b2a0004-6f41-4c1e-9f3a-d2c85e0b17a4");
const QString kHead = QStringLiteral("7b2a0003-6f41-4c1e-9f3a-d2c85e0b17a4");
const QString kRecord = QStringLiteral("7b2a0006-6f41-4c1e-9f3a-d2c85e0b17a4");
const QString kRacp = QStringLiteral("7b2a0007-6f41-4c1e-9f3a-d2c85e0b17a4");

// Every message Qt logs while it lives.
class LogCapture {
public:
    LogCapture() {
        s_self = this;
        QLoggingCategory::setFilterRules(QStringLiteral("rollwise.platform.bluetooth.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }
    [[nodiscard]] QStringList lines() const {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }
    [[nodiscard]] bool any(const QString& needle, const QString& also = QString()) const {
        const auto all = lines();
        return std::any_of(all.begin(), all.end(), [&](const QString& l) {
            return l.contains(needle) && (also.isEmpty() || l.contains(also));
        });
    }

private:
    static void handler(QtMsgType, const QMessageLogContext&, const QString& message) {
        if (s_self != nullptr) {
            std::lock_guard lock(s_self->m_mutex);
            s_self->m_lines.push_back(message);
        }
    }
    static inline LogCapture* s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable std::mutex m_mutex;
    QStringList m_lines;
};

// Logs what DeviceSync rejects, as the app does.
struct LoggingObserver final : SyncObserver {
    void onFrameRejected(const FrameRejection& r) override { logRejectedFrame(r); }
};

long residentKiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return 0;
}

} // namespace

TEST_CASE("the Qt link reads Device Features before Device Information and the clock; reads "
          "log the answer's length; rejections are logged without bytes",
          "[bluetooth][hostile][order]") {
    LogCapture capture;
    SyncWorld world;
    LoggingObserver logging;
    world.sync->setObserver(&logging);
    REQUIRE(world.connect());
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate));

    const QStringList order = world.fake.command(QStringLiteral("order")).split(QLatin1Char(','));
    const auto first = [&](const QString& entry) { return order.indexOf(entry); };
    const QString features = QStringLiteral("ReadValue 7b2a0002-6f41-4c1e-9f3a-d2c85e0b17a4");
    const QString manufacturer = QStringLiteral("ReadValue 00002a29-0000-1000-8000-00805f9b34fb");
    const QString localTime = QStringLiteral("WriteValue 00002a0f-0000-1000-8000-00805f9b34fb");
    REQUIRE(first(features) >= 0);
    REQUIRE(first(manufacturer) >= 0);
    REQUIRE(first(localTime) >= 0);
    CHECK(first(features) < first(manufacturer));
    CHECK(first(features) < first(localTime));
    // 5.3 step 8: Head Identity notifications are on.
    CHECK(order.contains(QStringLiteral("StartNotify ") + kHead));
    CHECK(capture.any(QStringLiteral("read on Device Features answered, length 19")));

    // A 21-byte live notification whose bytes are easy to spot in a log.
    world.fake.command(
        QStringLiteral("raw %1 0602a1b2ffffff5000c3d4e5f6a7b8c9dae1f2a3b4").arg(kLive));
    REQUIRE(QTest::qWaitFor(
        [&] { return world.sync->linkCounters().count(ErrorKind::Oversized) == 1; }, kWaitMs));
    CHECK(capture.any(QStringLiteral("rejected"), QStringLiteral("Oversized, length 21")));
    for (const auto& line : capture.lines()) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QStringLiteral("a1b2"), Qt::CaseInsensitive));
        CHECK_FALSE(line.contains(QStringLiteral("c3d4"), Qt::CaseInsensitive));
        CHECK_FALSE(line.contains(QStringLiteral("161, 178"))); // 0xa1, 0xb2 in decimal
    }
}

TEST_CASE("hostile frames are refused with a typed error and never stored",
          "[bluetooth][hostile]") {
    SyncWorld world;
    injectRecords(world.fake, {1, 2}, 2);
    REQUIRE(world.connect());
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate));
    REQUIRE(world.rows().size() == 2);
    const auto headBefore = world.sync->head();
    const auto raw = [&](const QString& c, const char* hex) {
        world.fake.command(QStringLiteral("raw %1 %2").arg(c, QLatin1String(hex)));
    };
    raw(kLive, "0602010000000050000102030405060708090a0b0c"); // 21 bytes: Oversized
    raw(kLive, "030d0200000000010203");                       // L = 13, 3 left: Truncated
    raw(kLive, "42000100ffffff");                             // unknown type: skipped by L
    raw(kLive, "00000200ffffff");                             // type 0x00: Reserved
    raw(kLive, "06020300ffffff5000");                         // a battery event, seq 3
    raw(kLive, "06020300ffffff5000");                         // replayed: Duplicate
    raw(kLive, "06020700ffffff5000");                         // seq 7: 3 events Lost
    raw(kLive, "06020800fffffffa00");                         // battery 250 %: OutOfRange
    raw(kRacp, "06000101");                                   // a response nobody asked for
    raw(kRacp, "07000000");                                   // unknown op code: Reserved
    raw(kRecord, "0100000112");                               // a fragment nobody asked for
    // Head Identity with a 10 mm needle (0x03E8): impossible, rejected.
    raw(kHead, "010000000000000000e8031c02000000000000");
    REQUIRE(QTest::qWaitFor(
        [&] { return world.sync->linkCounters().count(ErrorKind::OutOfRange) == 2; }, kWaitMs));
    QTest::qWait(300);

    const auto& c = world.sync->linkCounters();
    CHECK(c.count(ErrorKind::Oversized) == 1);
    CHECK(c.count(ErrorKind::Truncated) == 1);
    CHECK(c.count(ErrorKind::Reserved) == 2);
    CHECK(c.count(ErrorKind::OutOfRange) == 2);
    CHECK(c.unknownType == 1);
    CHECK(c.duplicate == 1);
    CHECK(c.lost == 3);
    CHECK(c.contextViolations == 2);
    CHECK(c.totalRejected() == 6);
    // Nothing stored, nothing changed, the link stays (6 rejections are no flood).
    CHECK(world.rows().size() == 2);
    CHECK(world.sync->head() == headBefore);
    CHECK(world.sync->battery() != std::optional<std::uint8_t>(250));
    CHECK(world.sync->phase() == SyncPhase::UpToDate);
    CHECK(world.peer->connectionState() == ConnectionState::Connected);
}

TEST_CASE("a flood of bad notifications lets the link go with memory bounded",
          "[bluetooth][hostile][flood]") {
    SyncWorld world;
    REQUIRE(world.connect());
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate));
    const long before = residentKiB();
    // 5,000 oversized live notifications back to back.
    world.fake.command(
        QStringLiteral("raw %1 0602010000000050000102030405060708090a0b0c 5000").arg(kLive));
    REQUIRE(QTest::qWaitFor([&] { return world.sync->flooded(); }, kWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return world.peer->connectionState() == ConnectionState::Idle; },
                            kWaitMs));
    QTest::qWait(500);
    const long growth = residentKiB() - before;
    // Exactly the frames up to the flood limit were read; the rest were never parsed.
    CHECK(world.sync->linkCounters().totalRejected() == protocol::kFloodLimit + 1);
    CHECK(world.sync->problem() == SyncProblem::ProtocolError);
    CHECK(growth < 16 * 1024);
    // Let go, and not reconnected by itself (5.4: the user asks again).
    QTest::qWait(1500);
    CHECK(world.peer->connectionState() == ConnectionState::Idle);
}

TEST_CASE("50 link drops during one sync: every record exactly once",
          "[bluetooth][hostile][drops]") {
    QtGattPeerOptions options = fastOptions();
    options.reconnect.first = 20ms;
    options.reconnect.max = 40ms;
    SyncWorld world(options);
    for (int s = 1; s <= 40; ++s) {
        world.fake.sim(QStringLiteral("inject %1 2").arg(s));
    }
    REQUIRE(world.connect());
    int drops = 0;
    while (drops < 50) {
        REQUIRE(QTest::qWaitFor(
            [&] {
                return world.peer->connectionState() == ConnectionState::Connected &&
                       world.sync->phase() == SyncPhase::Syncing;
            },
            kWaitMs));
        world.fake.sim(QStringLiteral("drop-after %1").arg(1 + drops % 4));
        REQUIRE(QTest::qWaitFor(
            [&] {
                return world.peer->connectionState() != ConnectionState::Connected ||
                       world.sync->phase() == SyncPhase::UpToDate;
            },
            kWaitMs));
        if (world.sync->phase() == SyncPhase::UpToDate) {
            break; // fewer fragments were left than the drop waited for
        }
        ++drops;
        if (deviceRecords(world.fake).empty()) {
            break; // every record got through before the drops ran out
        }
    }
    REQUIRE(world.waitForPhase(SyncPhase::UpToDate, 30000));
    CHECK(world.rows().size() == 40);
    CHECK(world.recorder.newlyStored == 40);
    for (int s = 1; s <= 40; ++s) {
        CHECK(world.recorder.committed.count(static_cast<std::uint16_t>(s)) == 1);
    }
    CHECK(deviceRecords(world.fake).empty());
    INFO("drops " << drops);
    CHECK(drops >= 30);
}
