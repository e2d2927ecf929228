// mucotrack-cli: site administration and the clinical calculators (shared/contracts).
#include "CommandTable.h"
#include "ReportCommands.h"
#include "common/Hardening.h"
#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    muco::disableCoreDumps();   // first: no core file may ever hold a key or a password
    const auto app = muco::cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mucotrack-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUCOTRACK_VERSION));
    QFile in, out, err;
    // Unbuffered: a password read from standard input goes straight into guarded memory
    // (CliContext readSecretLine), not through a stdio or Qt buffer first.
    in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered);
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return muco::cli::run(QCoreApplication::arguments().mid(1), &in, &out, &err);
}
