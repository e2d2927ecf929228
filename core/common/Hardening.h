#pragma once

namespace muco {
// No core dumps (they would hold the database key) in release builds.
void disableCoreDumps();
} // namespace muco
