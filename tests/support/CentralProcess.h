#pragma once
// Helpers for running the real mucotrack-central in tests and benchmarks.
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

namespace muco::test {

// A loopback port free a moment ago (the usual small race is acceptable in tests).
inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Runs `binary args` to completion and returns its standard output, trimmed.
inline QString runProgram(const QString &binary, const QStringList &args)
{
    QProcess p;
    p.start(binary, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace muco::test
