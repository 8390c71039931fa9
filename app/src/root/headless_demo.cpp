// What `rollwise` does when there is no display: a short tour of the real stack.
#include "application.h"
#include "services/device_manager.h"
#include "services/journal_manager.h"
#include "ui_support.h"

#include <rollwise/core/database.h>
#include <rollwise/core/guard.h>
#include <rollwise/core/plan.h>
#include <rollwise/core/situation.h>
#include <rollwise/core/zone.h>
#include <rollwise/platform/key_generator.h>
#include <rollwise/platform/text.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

#include <guard_text.h>
#include <localizer.h>

namespace rollwise::app {
namespace {

QString hexPrefix(const QString& path, int bytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("(unreadable)");
    }
    return QString::fromLatin1(file.read(bytes).toHex(' '));
}

} // namespace

int runHeadlessDemo(QTextStream& out) {
    out << "Rollwise " << QCoreApplication::applicationVersion() << ": headless demo\n";

    const auto zones = faceZones();
    int needled = 0;
    for (const auto& zone : zones) {
        needled += zone.needlingAllowed ? 1 : 0;
    }
    out << "1. Core: " << zones.size() << " face zones, " << needled
        << " of them needled in a session; left out:";
    for (const auto& zone : zones) {
        if (!zone.needlingAllowed) {
            out << ' ' << text::Localizer::zoneName(zone.zone) << " ("
                << text::GuardText::reason(Reason{.code = ReasonCode::EyeArea, .zone = zone.zone})
                << ')';
        }
    }
    out << '\n';

    // Zone data is not health data, but the demo still keeps its database in a private folder
    // and removes it afterwards.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        out << "   Could not create a private folder for the demo database: "
            << folder.errorString() << '\n';
        return 1;
    }
    const QString path = folder.filePath(QStringLiteral("demo.db"));
    {
        const SecretKey key = platform::generateKey();
        auto db = Database::open(path.toStdString(), key);
        if (!db) {
            out << "2. Encrypted store: could not create it: "
                << platform::toQString(db.error().message) << '\n';
            return 1;
        }
        if (auto stored = db.value().settings().storeZones(zones); !stored) {
            out << "2. Encrypted store: could not store the zones: "
                << platform::toQString(stored.error().message) << '\n';
            return 1;
        }
        out << "2. Encrypted store: created a SQLCipher "
            << platform::toQString(db.value().cipherVersion())
            << " database with a fresh random 256-bit key (held in memory for this demo only)\n"
            << "   and stored the zone list in it.\n";
    }
    out << "   The file starts with " << hexPrefix(path, 16)
        << " (random salt, not \"SQLite format 3\").\n";
    {
        const SecretKey wrongKey = platform::generateKey();
        auto wrong = Database::open(path.toStdString(), wrongKey);
        out << "   Opening it with another key: "
            << (wrong ? QStringLiteral("opened (unexpected!)")
                      : platform::toQString(wrong.error().message))
            << '\n';
        if (wrong) {
            return 1;
        }
    }

    WarningCollector collector;
    const auto services = makeEphemeralServices();
    LoadedUi ui = loadMainUi();
    if (ui.window == nullptr) {
        out << "3. UI: the main QML did not load\n";
        return 1;
    }
    ui.window->resize(kPhoneSize);
    settle(100);
    auto* list = ui.window->findChild<QObject*>(QStringLiteral("zoneList"));
    out << "3. UI: loaded the main window offscreen; its zone list shows "
        << (list ? list->property("count").toInt() : -1) << " zones"
        << (collector.warnings().isEmpty() ? QStringLiteral(", with no QML warnings.")
                                           : QStringLiteral(", with QML warnings!"))
        << '\n';

    // The simulated smart roller, through the same link and sync code as a real device. It
    // comes back from a trip with two sessions it stored while the phone was away.
    DeviceManager& devices = *services->devices;
    (void)devices.seedSimulatedSessions(2, 1);
    devices.connectAndSync();
    QElapsedTimer waited;
    waited.start();
    while (devices.state() != DeviceManager::LinkState::UpToDate &&
           devices.state() != DeviceManager::LinkState::Failed && waited.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    out << "4. Device: the simulated " << devices.model() << " ("
        << (devices.state() == DeviceManager::LinkState::UpToDate ? "synced" : "sync failed")
        << "): copied " << devices.copied() << " stored sessions, " << devices.newlyStored()
        << " of them new.\n"
        << "   The journal now holds " << services->journal->sessionCount()
        << " sessions; waiting for their zones: " << services->journal->pendingDeviceSessionCount()
        << ".\n";
    devices.disconnectDevice();

    // The overuse guard on a first session, with the history and answers in the journal.
    const auto plan = makePlan(Goal::TextureAndFineLines, DeviceFamily::SmartRoller, 200);
    if (plan && services->journal->available()) {
        // Through the one builder of the guard's situation: a journal it cannot read blocks.
        SituationRequest request;
        request.now = std::chrono::floor<Seconds>(std::chrono::system_clock::now());
        request.plan = plan.value().forGuard();
        const GuardDecision decision = services->journal->decide(request);
        int closed = 0;
        for (const auto& zone : decision.zones) {
            closed += zone.window.notBefore && decision.effectiveNow < *zone.window.notBefore;
        }
        out << "5. Guard: a texture session over " << plan.value().zones.size()
            << " zones at 0.2 mm: " << platform::toQString(toString(decision.session)) << ". "
            << text::GuardText::explanation(decision.explain()) << '\n'
            << "   Zones still healing from the synced sessions: " << closed << " of "
            << decision.zones.size() << ".\n";
    }
    out << "Demo finished. Run it on a machine with a display to see the window.\n";
    return collector.warnings().isEmpty() ? 0 : 1;
}

} // namespace rollwise::app
