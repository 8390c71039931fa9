// Catch2 main for the Bluetooth tests: a QCoreApplication for QSignalSpy::wait(), a watchdog
// that ends a run that hangs, and the fake BlueZ stopped at exit.
#include "fake_bluez.h"

#include <QCoreApplication>

#include <catch2/catch_session.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace {

// Well above the slowest test case; a run past it is a hang, not a slow test.
constexpr auto kWatchdog = std::chrono::seconds(100);

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!done.wait_for(lock, kWatchdog, [&] { return finished; })) {
            std::fprintf(stderr, "bluetooth tests: no end after %lld s, aborting\n",
                         static_cast<long long>(kWatchdog.count()));
            std::_Exit(3); // the fixture follows through PR_SET_PDEATHSIG
        }
    });
    const int result = Catch::Session().run(argc, argv);
    rollwise::bttest::FakeBluez::shutdown(/*keepLogs=*/result != 0);
    {
        std::lock_guard lock(mutex);
        finished = true;
    }
    done.notify_all();
    watchdog.join();
    return result;
}
