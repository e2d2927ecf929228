#include "CliRunner.h"
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace muco::test {

QJsonObject CliRun::json() const { return QJsonDocument::fromJson(out).object(); }

CliRun runCli(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(qEnvironmentVariable("MUCOTRACK_CLI"), args);
    p.waitForStarted();
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace muco::test
