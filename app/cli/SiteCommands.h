#pragma once
#include "CommandTable.h"

namespace muco::cli {
// init, user, patient, screening log, audit verify, db raw-key (contracts/cli.md, cli-trial.md).
CommandGroup siteCommands();
} // namespace muco::cli
