#pragma once
// The listening socket in front of Qt HttpServer. Qt HttpServer 6.4 reads a whole request,
// body included, into memory before any handler runs, keeps connections open for ever and
// takes as many as come (issue 13, D3 and D4: three unauthenticated 1 GiB bodies crashed the
// central site; 1,067 idle connections locked every device out). So a connection reaches it
// only once its request's headers are complete and acceptable:
//  - headers within `headerTimeoutMs` of the connection (TLS handshake included) and at most
//    `maxHeaderBytes`; a Content-Length above the limit is refused (413) and a request
//    without a valid device token (401) before a byte of the body is read;
//  - the body is counted as it arrives (chunked too) and the connection cut past the limit,
//    within `requestTimeoutMs`, and all connections together buffer at most `maxBufferedBytes`;
//  - one request per connection (the answer says "Connection: close");
//  - at most `maxConnections` at once and `maxConnectionsPerClient` per address: when full,
//    the oldest connection that has not yet sent its headers makes room, so idle sockets
//    cannot lock a device out.
#include "central/CentralService.h"
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <list>
#include <memory>
#include <optional>

class QTcpSocket;

namespace muco {

struct HttpLimits {
    int headerTimeoutMs = 10000;
    int requestTimeoutMs = 120000;
    int maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = CentralService::kMaxBody;
    qint64 maxBufferedBytes = 256LL * 1024 * 1024;
    int maxConnections = 1000;
    int maxConnectionsPerClient = 100;
};

// A request's method, target and header fields as the client sent them.
struct RequestHead {
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> fields;   // names lower-cased, values trimmed
    QList<QByteArray> values(const QByteArray &name) const;
};
// Reads a request line and header fields up to (not including) the blank line; nothing
// when it is not an HTTP/1.x request.
std::optional<RequestHead> parseRequestHead(QByteArrayView head);

class ConnectionGuard;

class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    // screen: the service's decision on the headers (CentralService::screen).
    using Screen = std::function<std::optional<ServiceResponse>(const ServiceRequest &, qint64 declaredLength)>;
    GuardedTcpServer(const HttpLimits &limits, Screen screen, QObject *parent = nullptr);
    ~GuardedTcpServer() override;
    // Serve TLS with this configuration (certificate and key set).
    void setTls(const QSslConfiguration &config) { m_tls = config; }
    int liveConnections() const { return m_live; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    void release(ConnectionGuard *guard);
    void pass(ConnectionGuard *guard, QTcpSocket *socket);

    HttpLimits m_limits;
    Screen m_screen;
    std::optional<QSslConfiguration> m_tls;
    std::list<ConnectionGuard *> m_waiting;   // no complete headers yet, oldest first
    QHash<QHostAddress, int> m_perClient;
    int m_live = 0;
    qint64 m_buffered = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace muco
