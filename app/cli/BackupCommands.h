#pragma once
#include "CommandTable.h"

namespace muco::cli {
// backup create, verify, restore (contracts/cli-trial.md, "Backup").
CommandGroup backupCommands();
} // namespace muco::cli
