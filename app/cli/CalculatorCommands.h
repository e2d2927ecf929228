#pragma once
#include "CommandTable.h"

namespace muco::cli {
// eligibility check, grade SCALE, dose summary: stateless, no database, no sign-in.
CommandGroup calculatorCommands();
} // namespace muco::cli
