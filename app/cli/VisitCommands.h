#pragma once
#include "CommandTable.h"

namespace muco::cli {
// visit record | sign | list (contracts/cli-trial.md "Radiotherapy, labs, visits").
CommandGroup visitCommands();
} // namespace muco::cli
