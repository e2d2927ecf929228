#pragma once

namespace muco {
// No core dumps (they would hold the database key and passwords), in every build type:
// RLIMIT_CORE 0 and, on Linux, PR_SET_DUMPABLE 0. Called first in every program's main().
// False when the system refused either.
bool disableCoreDumps();
} // namespace muco
