#pragma once
#include "CliContext.h"

namespace muco::cli {
// mucotrack-central demo --data DIR [--seed N] [--json]: a new central site in DIR holding the
// DEMO trial (core/demo/DemoTrial), and the three DEMO sites' databases in DIR/demo-sites.
// Options are parsed by the caller.
int runDemo(CliContext &ctx);
} // namespace muco::cli
