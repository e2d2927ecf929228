#include "common/Hardening.h"
#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace muco {

void disableCoreDumps()
{
#if defined(NDEBUG) && defined(__linux__)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

} // namespace muco
