// The guided session under load, in one run:
// 1. a smart device's notifications (a pressure sample every 5 ms, a pass every 20th) handed to
//    the session service on the GUI thread, until the guided screen's view model has the new
//    value: percentiles against one frame (16.7 ms);
// 2. a simulated session on the real QML (offscreen, software renderer) with a pass confirmed
//    and committed to the journal every 150 ms while the window renders continuously: frame
//    intervals while the session runs (none over 33 ms), those of the change to aftercare, and
//    the p99 of a pass commit on the thread that writes it (the session writer's).
// `--quick` runs a tiny version for CTest.
#include "app_rig.h"
#include "controllers/session_controller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace rollwise;
using namespace rollwise::app;

namespace {

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// The UI tests' rig, and a session started on a disinfected head with every warning
// acknowledged.
struct Rig : test::AppRig {
    bool start(const QString& family, const QStringList& zones) {
        if (db == nullptr || !saveAnswers(Seconds(0))) {
            return false;
        }
        StoredHead head;
        head.uid = "bench-head";
        head.head.id = head.uid;
        head.head.family =
            family == QStringLiteral("pen") ? DeviceFamily::Pen : DeviceFamily::PlainRoller;
        head.head.needleLengthUm = 250;
        head.head.needleCount = 12;
        head.head.lastDisinfected = now();
        (void)db->heads().save(head);
        runner().useHead(QStringLiteral("bench-head"));
        if (!runner().plan(QStringLiteral("texture"), family, 250, zones)) {
            return false;
        }
        runner().useHead(QStringLiteral("bench-head"));
        for (int i = 0; i < static_cast<int>(runner().warnings().size()); ++i) {
            runner().acknowledge(i);
        }
        return runner().start();
    }
};

// 1. Notification to view model.
int notifications(bool quick) {
    Rig rig;
    const QStringList zones{QStringLiteral("forehead"), QStringLiteral("left-cheek"),
                            QStringLiteral("right-cheek"), QStringLiteral("chin")};
    rig.runner().setDeviceLive(true);
    if (!rig.start(QStringLiteral("pen"), zones)) {
        std::fprintf(stderr, "the pen session did not start (%d)\n",
                     static_cast<int>(rig.runner().problem()));
        return 1;
    }
    SessionController controller;
    controller.setSessions(&rig.runner());
    const int count = quick ? 100 : 2000; // 10 s at 200 notifications/s
    std::vector<double> latencies;
    latencies.reserve(static_cast<std::size_t>(count));
    QElapsedTimer clock;
    int sent = 0;
    QString seen;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        clock.start();
        if (sent % 20 == 19 && rig.runner().state() == SessionRunner::State::InZone) {
            DevicePass pass;
            pass.direction = Direction::Horizontal;
            pass.duration = Seconds(4);
            pass.peakPressureCn = 120;
            pass.depthUm = 250;
            (void)rig.runner().devicePass(pass);
        } else {
            rig.runner().pressureSample(80 + sent % 40);
        }
        // What the guided screen reads after a notification.
        seen = controller.cueText() + controller.zoneName() +
               QString::number(rig.runner().pressureStage()) + QString::number(rig.runner().pass());
        latencies.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        if (++sent == count) {
            QCoreApplication::quit();
        }
    });
    timer.start();
    QCoreApplication::exec();
    const double p50 = percentile(latencies, 0.5);
    const double p99 = percentile(latencies, 0.99);
    std::printf("notification -> view model, %d at 200/s: p50 %.3f ms, p99 %.3f ms, max %.3f ms "
                "(target p99 < 16.7 ms: %s); %d passes committed\n",
                count, p50, p99, *std::max_element(latencies.begin(), latencies.end()),
                p99 < 16.7 ? "met" : "NOT met", rig.runner().committedPasses());
    return p99 < 16.7 || quick ? 0 : 1;
}

// 2. Frames while passes are committed.
int frames(bool quick) {
    Rig rig;
    WarningCollector collector;
    if (!rig.loadUi()) {
        return 1;
    }
    QQuickWindow* window = rig.ui.window;
    const QStringList zones{QStringLiteral("forehead"), QStringLiteral("left-cheek"),
                            QStringLiteral("right-cheek"), QStringLiteral("nose"),
                            QStringLiteral("chin")};
    if (!rig.start(QStringLiteral("plain-roller"), zones) ||
        !showPage(*window, QStringLiteral("SessionGuided"))) {
        std::fprintf(stderr, "the session did not start\n");
        return 1;
    }
    // Frame intervals while the session runs (passes confirmed and committed), and those after
    // the last pass, when the aftercare page replaces the guided one.
    std::vector<double> intervals;
    std::vector<double> ending;
    QElapsedTimer sinceFrame;
    bool measuring = false;
    // Render continuously (update() after every frame), so every frame interval shows what
    // blocked the GUI thread.
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (measuring && sinceFrame.isValid()) {
            const double ms = static_cast<double>(sinceFrame.nsecsElapsed()) / 1e6;
            (rig.runner().state() == SessionRunner::State::InZone ? intervals : ending)
                .push_back(ms);
        }
        sinceFrame.start();
        window->update();
    });
    QTimer passes;
    passes.setInterval(150);
    QObject::connect(&passes, &QTimer::timeout, [&] {
        if (rig.runner().state() == SessionRunner::State::InZone) {
            (void)rig.runner().confirmPass();
        } else {
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(300, [&] {
        measuring = true;
        passes.start();
    });
    QTimer::singleShot(quick ? 1500 : 12000, [] { QCoreApplication::quit(); });
    window->update();
    QCoreApplication::exec();
    std::vector<double> commits;
    for (const qint64 ns : rig.runner().commitTimes()) {
        commits.push_back(static_cast<double>(ns) / 1e6);
    }
    const auto maxOf = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
    };
    const auto over =
        std::count_if(intervals.begin(), intervals.end(), [](double v) { return v > 33.0; });
    std::printf("frames during a session, %zu frames, %zu passes committed: p50 %.1f ms, p99 %.1f "
                "ms, max %.1f ms, %ld over 33 ms (target none: %s)\n",
                intervals.size(), commits.size(), percentile(intervals, 0.5),
                percentile(intervals, 0.99), maxOf(intervals), static_cast<long>(over),
                over == 0 ? "met" : "NOT met");
    std::printf("after the last pass (the aftercare page replaces the guided one): %zu frames, "
                "max %.1f ms\n",
                ending.size(), maxOf(ending));
    // Passes are written on the session writer's thread; only the last one, which ends the
    // session, is written on the GUI thread.
    std::printf("pass commit on the thread that writes (the session writer's): p50 %.2f ms, p99 "
                "%.2f ms, max %.2f ms\n",
                percentile(commits, 0.5), percentile(commits, 0.99), maxOf(commits));
    if (!collector.warnings().isEmpty()) {
        std::fprintf(stderr, "QML warnings: %s\n",
                     qPrintable(collector.warnings().join(QLatin1Char('\n'))));
        return 1;
    }
    return over == 0 || quick ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[]) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    const int a = notifications(quick);
    const int b = frames(quick);
    return a != 0 ? a : b;
}
