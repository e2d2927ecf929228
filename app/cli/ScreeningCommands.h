#pragma once
#include "CommandTable.h"

namespace muco::cli {
// screening submit | sign (contracts/cli-trial.md "Patients and screening").
CommandGroup screeningCommands();
// The --help heading of the trial's commands (screening, radiotherapy, labs, visits).
QString headingTrial();
} // namespace muco::cli
