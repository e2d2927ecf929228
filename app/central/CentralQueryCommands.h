#pragma once
#include "CliContext.h"
#include "central/CentralStore.h"

namespace muco::cli {
// mucotrack-central queries --data DIR [--open] [--json] (contracts/cli-trial.md): every
// site's queries with their state and age. Options are parsed by the caller.
int runCentralQueries(CliContext &ctx, CentralStore &store);
} // namespace muco::cli
