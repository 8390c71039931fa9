// The lists the journal page shows, checked with QAbstractItemModelTester on a real journal
// filled by a real sync from the simulated roller.
#include "models/device_session_list_model.h"
#include "models/head_list_model.h"
#include "services/device_manager.h"
#include "services/journal_manager.h"
#include "temp_dir.h"

#include <rollwise/core/database.h>
#include <rollwise/platform/system_clock.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

#include <stdexcept>

using namespace rollwise;
using rollwise::app::DeviceManager;
using rollwise::app::DeviceSessionListModel;
using rollwise::app::HeadListModel;
using rollwise::app::JournalManager;

namespace {

Database openJournal(const std::filesystem::path& path) {
    auto opened = Database::open(path, DatabaseKey::raw(*SecretKey::fromHex(std::string(64, '4'))));
    if (!opened) {
        throw std::runtime_error("the test journal did not open");
    }
    return std::move(opened).value();
}

struct SyncedJournal {
    rollwise::test::TempDir dir;
    platform::SystemClock clock;
    Database db = openJournal(dir.path() / "journal.db");
    JournalManager journal{clock};
    DeviceManager devices{clock, DeviceManager::Preference::Simulator};

    explicit SyncedJournal(int sessions) {
        journal.attach(db);
        devices.attach(db);
        QObject::connect(&devices, &DeviceManager::sessionsStored, &journal,
                         &JournalManager::deviceSessionsStored);
        REQUIRE(devices.seedSimulatedSessions(sessions, 1, 10) == sessions);
        devices.connectAndSync();
        QElapsedTimer timer;
        timer.start();
        while (devices.state() != DeviceManager::LinkState::UpToDate &&
               devices.state() != DeviceManager::LinkState::Failed && timer.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        REQUIRE(devices.state() == DeviceManager::LinkState::UpToDate);
    }
};

} // namespace

TEST_CASE("Waiting device sessions: a list model that follows the journal", "[app][models]") {
    SyncedJournal synced(3);
    DeviceSessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // no journal yet
    QSignalSpy counted(&model, &DeviceSessionListModel::countChanged);
    model.setJournal(&synced.journal);
    REQUIRE(model.rowCount() == 3);
    CHECK(counted.count() == 1);
    const QModelIndex first = model.index(0);
    CHECK(model.data(first, DeviceSessionListModel::PassesRole).toInt() == 10);
    CHECK(model.data(first, DeviceSessionListModel::TimeTrustedRole).toBool());
    CHECK(model.data(first, DeviceSessionListModel::StartRole).toDateTime().isValid());
    const QStringList zones =
        model.data(first, DeviceSessionListModel::ZoneKeysRole).toStringList();
    CHECK(zones.contains(QStringLiteral("chin")));
    CHECK_FALSE(zones.contains(QStringLiteral("eye-area")));
    CHECK_FALSE(model.data(model.index(0), Qt::DisplayRole).isValid());

    // Placing one removes it; "Not now" hides another for this run only.
    const QString placed = model.data(first, DeviceSessionListModel::UidRole).toString();
    REQUIRE(synced.journal.placeDeviceSession(placed, {QStringLiteral("chin")}));
    CHECK(model.rowCount() == 2);
    CHECK_FALSE(synced.journal.placeDeviceSession(
        model.data(model.index(0), DeviceSessionListModel::UidRole).toString(),
        {QStringLiteral("no-such-zone")}));
    CHECK(synced.journal.problem() == JournalManager::Problem::NoZoneChosen);
    synced.journal.skipDeviceSession(
        model.data(model.index(0), DeviceSessionListModel::UidRole).toString());
    CHECK(model.rowCount() == 1);
    CHECK(synced.journal.pendingDeviceSessionCount() == 1);
    // The skipped one still waits in the journal: a new manager (the next start) asks again.
    JournalManager next(synced.clock);
    next.attach(synced.db);
    CHECK(next.pendingDeviceSessionCount() == 2);
}

TEST_CASE("Heads: a list model with the wear the guard counts", "[app][models]") {
    SyncedJournal synced(2);
    HeadListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setJournal(&synced.journal);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex head = model.index(0);
    CHECK(model.data(head, HeadListModel::SessionsRole).toInt() == 2);
    CHECK(model.data(head, HeadListModel::PassesRole).toInt() == 20);
    CHECK(model.data(head, HeadListModel::CartridgeRole).toBool() == false);
    CHECK(model.data(head, HeadListModel::NeedleLengthUmRole).toInt() == 200);
    // A head used and never disinfected asks for it (hygiene is never silent).
    CHECK(model.data(head, HeadListModel::NeedsDisinfectionRole).toBool());
    const int wear = model.data(head, HeadListModel::WearPercentRole).toInt();
    CHECK(wear > 0);

    // Another sync adds to the same head; the model reads again on the journal's signal.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(synced.devices.seedSimulatedSessions(1, 0, 10) == 1); // the sync emptied it
    synced.devices.connectAndSync();
    QElapsedTimer timer;
    timer.start();
    while (model.data(model.index(0), HeadListModel::SessionsRole).toInt() < 3 &&
           timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    CHECK(model.data(model.index(0), HeadListModel::SessionsRole).toInt() == 3);
    CHECK(model.data(model.index(0), HeadListModel::WearPercentRole).toInt() > wear);
    CHECK(reset.count() >= 1);
}
