#pragma once
#include "CommandTable.h"

namespace muco::cli {
// randomize --subject-id ID [--json] (contracts/cli-trial.md, "Randomization").
CommandGroup randomizeCommands();
} // namespace muco::cli
