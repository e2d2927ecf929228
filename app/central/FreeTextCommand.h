#pragma once
#include "CliContext.h"
#include "central/CentralStore.h"

namespace muco::cli {
// mucotrack-central free-text --data DIR [--json]: the free-text values the central site holds
// and has not had reviewed (they stay out of its reports and exports until then).
// mucotrack-central free-text review --table T --record ID --field F --data DIR: marks the
// value the field holds now as reviewed. Options are parsed by the caller.
int runFreeText(CliContext &ctx, CentralStore &store);
} // namespace muco::cli
