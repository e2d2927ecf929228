#pragma once
#include "CliContext.h"

namespace muco::cli {
// sync enroll | now | status (contracts/cli.md, "Sync").
int runSyncCommand(const QStringList &words, CliContext &ctx);
} // namespace muco::cli
