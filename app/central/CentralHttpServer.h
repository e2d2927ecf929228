#pragma once
// Puts CentralService on HTTP(S) with Qt HttpServer: gzip both ways, in-flight requests
// finished before a shutdown. Connections reach Qt HttpServer through GuardedTcpServer, which
// bounds headers, bodies, time and connections (issue 13, D3 and D4).
#include "GuardedTcpServer.h"
#include "central/CentralService.h"
#include <QHttpServer>

namespace muco {

class CentralHttpServer {
public:
    explicit CentralHttpServer(CentralService &service, const HttpLimits &limits = {});
    // Port bound, or an error naming the address.
    Result<quint16> listen(const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile);

private:
    QHttpServerResponse respond(const QHttpServerRequest &request);
    CentralService &m_service;
    HttpLimits m_limits;
    QHttpServer m_server;
};

} // namespace muco
