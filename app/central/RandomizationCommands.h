#pragma once
#include <QIODevice>
#include <QStringList>

namespace muco::central {
// mucotrack-central randomization generate | import | report (contracts/cli-trial.md).
// args: what follows "randomization".
int runRandomizationCommand(const QStringList &args, QIODevice *in, QIODevice *out, QIODevice *err);
} // namespace muco::central
