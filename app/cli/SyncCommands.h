#pragma once
#include "CommandTable.h"

namespace muco::cli {
// sync enroll | now | status (contracts/cli.md, "Sync").
CommandGroup syncCommands();
} // namespace muco::cli
