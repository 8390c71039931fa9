#include <rollwise/platform/process_hardening.h>

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace rollwise::platform {

bool hardenProcess() {
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#if defined(Q_OS_WIN)
    // No Windows Error Reporting dialog or dump for this process.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
    return ok;
}

bool coreDumpsDisabled() {
#if defined(Q_OS_UNIX)
    rlimit current{};
    if (getrlimit(RLIMIT_CORE, &current) != 0 || current.rlim_cur != 0) {
        return false;
    }
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return false;
    }
#endif
    return true;
}

} // namespace rollwise::platform
