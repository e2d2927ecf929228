#pragma once
#include "CliContext.h"
#include "central/CentralStore.h"

namespace muco::cli {
// mucotrack-central audit --data DIR [--json]: the central site's own audit trail, oldest first,
// and whether its hash chain is intact (exit 7 when not, naming the first row that breaks it).
// Options are parsed by the caller.
int runCentralAudit(CliContext &ctx, CentralStore &store);
} // namespace muco::cli
