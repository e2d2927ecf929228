#pragma once
#include "CommandTable.h"

namespace muco::cli {
// query raise | answer | close | reopen | list, sdv mark | status | remaining
// (contracts/cli-trial.md, "Queries and source data verification").
CommandGroup queryCommands();
} // namespace muco::cli
