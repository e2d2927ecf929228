#pragma once
#include "CommandTable.h"

namespace muco::cli {
// plan set, fraction add | import, labs add (contracts/cli-trial.md "Radiotherapy, labs, visits").
CommandGroup clinicCommands();
} // namespace muco::cli
