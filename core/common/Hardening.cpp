#include "common/Hardening.h"
#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace muco {

bool disableCoreDumps()
{
    // Every build type (debug builds too: a developer's core file holds a real site's key
    // as surely as a release build's would). The first thing each program's main() does.
#if defined(__linux__)
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    // Not dumpable: no core even where a core pattern pipes to a helper, and no ptrace or
    // /proc/PID/mem by other processes of the same user.
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
#elif defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0;
#else
    return true;   // Windows writes no core file unless WER is configured to
#endif
}

} // namespace muco
