// History on a ten-year journal (docs/benchmarks.md): the longest time the GUI thread is held
// while the History page opens and while its list scrolls through a hundred screens, against the
// same page on a one-month journal measured in the same run (so the ratio does not depend on how
// busy the machine is). The app's own services, QML and software renderer, offscreen.
//
//   history_benchmark [--quick]      --quick: one year against one month, to check that it runs
#include "../qt/history_seed.h"
#include "root/application.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace rollwise;

namespace {

QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

struct Stalls {
    double openMs = 0;
    double scrollMs = 0; // the longest single scroll step
    int loaded = 0;      // sessions in the list after scrolling
};

// One unit of GUI-thread work, timed: the call and the events it causes (polish, layout, the
// list asking for its next page).
template <typename Work> double timed(Work work) {
    QElapsedTimer timer;
    timer.start();
    work();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

Stalls measure(int days, int scrollSteps) {
    auto journal = test::openServices();
    if (journal.db == nullptr ||
        test::seedDailyHistory(*journal.db, days, test::nowSeconds()) != days) {
        std::fprintf(stderr, "could not write the journal\n");
        std::exit(1);
    }
    journal.services->journal->merged();
    app::LoadedUi ui = app::loadMainUi();
    if (ui.window == nullptr) {
        std::fprintf(stderr, "the UI did not load\n");
        std::exit(1);
    }
    ui.window->resize(1280, 800); // the list beside the calendar
    ui.window->show();
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
    }
    Stalls out;
    out.openMs = timed([&] { (void)app::showPage(*ui.window, QStringLiteral("history")); });
    QQuickItem* list = findItem(ui.window->contentItem(), QStringLiteral("historyList"));
    if (list == nullptr) {
        std::fprintf(stderr, "no history list\n");
        std::exit(1);
    }
    for (int step = 0; step < scrollSteps; ++step) {
        const double y = list->property("contentY").toDouble() + list->height() * 0.8;
        out.scrollMs = std::max(out.scrollMs, timed([&] { list->setProperty("contentY", y); }));
    }
    out.loaded = list->property("count").toInt();
    return out;
}

} // namespace

int main(int argc, char* argv[]) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication application(argc, argv);
    const int days = quick ? 365 : 3650;
    const int steps = quick ? 20 : 100;
    // Alternate the two journals and keep the best of three, so a busy moment on a shared
    // machine does not decide the ratio.
    Stalls baseline{1e9, 1e9, 0};
    Stalls tenYears{1e9, 1e9, 0};
    for (int run = 0; run < (quick ? 1 : 3); ++run) {
        const Stalls b = measure(30, steps);
        const Stalls t = measure(days, steps);
        baseline = {std::min(baseline.openMs, b.openMs), std::min(baseline.scrollMs, b.scrollMs),
                    b.loaded};
        tenYears = {std::min(tenYears.openMs, t.openMs), std::min(tenYears.scrollMs, t.scrollMs),
                    t.loaded};
    }
    std::printf("| measurement | %d days | 30 days | ratio |\n| --- | --- | --- | --- |\n", days);
    std::printf("| open History: longest GUI-thread stall | %.1f ms | %.1f ms | %.2fx |\n",
                tenYears.openMs, baseline.openMs, tenYears.openMs / baseline.openMs);
    std::printf("| scroll %d screens: longest step | %.1f ms | %.1f ms | %.2fx |\n", steps,
                tenYears.scrollMs, baseline.scrollMs, tenYears.scrollMs / baseline.scrollMs);
    std::printf("sessions in the list after scrolling: %d of %d (30-day journal: %d)\n",
                tenYears.loaded, days, baseline.loaded);
    return 0;
}
