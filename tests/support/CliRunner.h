#pragma once
// Runs the real mucotrack-cli binary (path from MUCOTRACK_CLI) as a script would.
#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace muco::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});

} // namespace muco::test
