#pragma once
#include "CliContext.h"

namespace muco::cli {
// eligibility check, grade SCALE, dose summary: stateless, no database, no sign-in.
int runCalculatorCommand(const QStringList &words, CliContext &ctx);
bool isCalculatorCommand(const QString &word);
// The whole command line: picks the command and runs it.
int run(const QStringList &args, QIODevice *in, QIODevice *out, QIODevice *err);
} // namespace muco::cli
