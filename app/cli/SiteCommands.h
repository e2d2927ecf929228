#pragma once
#include "CliContext.h"

namespace muco::cli {
// init, user add|list, patient add|list, audit verify, db raw-key (contracts/cli.md).
int runSiteCommand(const QStringList &words, CliContext &ctx);
bool isSiteCommand(const QString &word);
} // namespace muco::cli
