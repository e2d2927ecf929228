#include "GuardedTcpServer.h"
#include <QJsonDocument>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace muco {

QList<QByteArray> RequestHead::values(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &[n, v] : fields)
        if (n == name)
            out << v;
    return out;
}

std::optional<RequestHead> parseRequestHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    RequestHead h;
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    if (start.size() != 3 || start[0].isEmpty() || !start[1].startsWith('/') || !start[2].startsWith("HTTP/1."))
        return std::nullopt;
    h.method = start[0];
    h.target = start[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // A folded line or a field without a name is not accepted (RFC 9112 5.2).
        if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t' || line.left(colon).contains(' '))
            return std::nullopt;
        h.fields.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return h;
}

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

// The refusal of a request whose body is never read: Qt HttpServer never sees the connection,
// so this short answer (status line, three fields, JSON) is written here and the connection
// closed after it.
QByteArray refusal(const ServiceResponse &r)
{
    const QByteArray json = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonFor(r.status) +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
           "\r\nConnection: close\r\n\r\n" + json;
}

ServiceResponse error(int status, const char *message)
{
    return {status, {{QStringLiteral("error"), QString::fromLatin1(message)}}};
}

} // namespace

// One connection from accept to close. Child of its socket, so it goes with it.
class ConnectionGuard : public QObject {
public:
    enum class Stage { Headers, Body, Closing };

    ConnectionGuard(GuardedTcpServer &server, QTcpSocket *socket)
        : QObject(socket), m_server(server), m_serverAlive(server.m_alive), m_socket(socket)
    {
        m_peer = socket->peerAddress();
        socket->setReadBufferSize(server.m_limits.maxHeaderBytes);
        // Connected before Qt HttpServer's own slots, so these run first on every signal.
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
        connect(socket, &QAbstractSocket::disconnected, this, &ConnectionGuard::onDisconnected);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        m_timer.start(server.m_limits.headerTimeoutMs);
    }
    ~ConnectionGuard() override { releaseOnce(); }

    Stage stage() const { return m_stage; }
    const QHostAddress &peer() const { return m_peer; }
    qint64 buffered() const { return m_received; }
    // Ends the connection now (a connection evicted to make room, or gone silent).
    void drop()
    {
        m_stage = Stage::Closing;
        m_socket->abort();
        onDisconnected();
    }

private:
    void onReadyRead()
    {
        if (m_stage == Stage::Headers)
            return readHeaders();
        if (m_stage != Stage::Body)
            return;
        if (m_skipNextReadyRead) {   // our own nudge to Qt HttpServer, already counted
            m_skipNextReadyRead = false;
            return;
        }
        // Qt HttpServer reads everything on each signal: what is available now arrived since.
        count(m_socket->bytesAvailable());
    }

    void readHeaders()
    {
        const QByteArray seen = m_socket->peek(m_server.m_limits.maxHeaderBytes);
        const qsizetype end = seen.indexOf("\r\n\r\n");
        if (end < 0) {
            if (seen.size() >= m_server.m_limits.maxHeaderBytes)
                refuse(error(431, "The request's header fields are too large."));
            return;
        }
        const auto head = parseRequestHead(QByteArrayView(seen).first(end));
        if (!head)
            return refuse(error(400, "This is not an HTTP/1.1 request."));
        const QList<QByteArray> lengths = head->values("content-length");
        const QList<QByteArray> encodings = head->values("transfer-encoding");
        qint64 declared = -1;
        for (const QByteArray &l : lengths) {
            bool ok = false;
            const qint64 v = l.toLongLong(&ok);
            // Digits only, and every copy the same: anything else could be read two ways.
            if (!ok || v < 0 || l.startsWith('+') || (declared >= 0 && v != declared))
                return refuse(error(400, "Content-Length is not one whole number."));
            declared = v;
        }
        if (!encodings.isEmpty() && (declared >= 0 || encodings.size() > 1 || encodings.first().toLower() != "chunked"))
            return refuse(error(declared >= 0 ? 400 : 501, "Only a chunked Transfer-Encoding without Content-Length is accepted."));
        ServiceRequest r;
        r.method = head->method;
        const QUrl url = QUrl::fromEncoded(head->target);
        r.path = url.path();
        r.query = QUrlQuery(url);
        r.authorization = head->values("authorization").value(0);
        if (auto refused = m_server.m_screen(r, declared))
            return refuse(*refused);
        m_server.pass(this, m_socket);
    }

public:
    // Hands the connection to Qt HttpServer (called by the server, which listens for it).
    void enterBody()
    {
        m_stage = Stage::Body;
        m_timer.start(m_server.m_limits.requestTimeoutMs);
        // A socket buffer bounded past the largest acceptable request: a longer one stalls and
        // times out even if the count below were wrong.
        m_socket->setReadBufferSize(m_server.m_limits.maxHeaderBytes + m_server.m_limits.maxBodyBytes + 64 * 1024);
        count(m_socket->bytesAvailable());
    }
    // What arrived before Qt HttpServer was listening is announced to it once more.
    void nudge()
    {
        if (m_stage != Stage::Body || m_socket->bytesAvailable() == 0)
            return;
        m_skipNextReadyRead = true;
        emit m_socket->readyRead();
        m_skipNextReadyRead = false;
    }

private:
    void count(qint64 bytes)
    {
        m_received += bytes;
        m_server.m_buffered += bytes;
        const qint64 limit = m_server.m_limits.maxHeaderBytes + m_server.m_limits.maxBodyBytes;
        if (m_received > limit || m_server.m_buffered > m_server.m_limits.maxBufferedBytes) {
            qInfo().noquote() << "mucotrack-central: a request from" << m_peer.toString() << "was cut off:"
                              << (m_received > limit ? "its body is larger than the limit" : "the server's request memory is full");
            drop();
        }
    }

    void refuse(const ServiceResponse &r)
    {
        m_stage = Stage::Closing;
        m_server.release(this);
        m_socket->write(refusal(r));
        m_socket->disconnectFromHost();
        // A client that keeps sending is not read: the close is forced shortly after.
        m_timer.start(2000);
    }

    void onBytesWritten()
    {
        // The answer is out (Qt HttpServer writes it whole): one request per connection.
        if (m_stage == Stage::Body && m_socket->bytesToWrite() == 0) {
            m_stage = Stage::Closing;
            m_server.release(this);
            m_socket->disconnectFromHost();
            m_timer.start(2000);
        }
    }

    void onTimeout()
    {
        if (m_stage == Stage::Closing) {
            m_socket->abort();
            return;
        }
        qInfo().noquote() << "mucotrack-central: closed a connection from" << m_peer.toString()
                          << (m_stage == Stage::Headers ? "that sent no complete request headers in time" : "whose request did not complete in time");
        drop();
    }

    void onDisconnected()
    {
        const bool ours = m_stage != Stage::Body && !m_handedOver;
        m_stage = Stage::Closing;
        releaseOnce();
        m_timer.stop();
        // Before the hand-over the socket is ours to delete; after it, Qt HttpServer's.
        if (ours)
            m_socket->deleteLater();
    }

    void releaseOnce()
    {
        if (*m_serverAlive)
            m_server.release(this);
    }

    friend class GuardedTcpServer;
    GuardedTcpServer &m_server;
    std::shared_ptr<bool> m_serverAlive;   // sockets (and so guards) may outlive the server
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    QTimer m_timer;
    Stage m_stage = Stage::Headers;
    qint64 m_received = 0;
    bool m_skipNextReadyRead = false;
    bool m_handedOver = false;
    bool m_counted = true;   // still in the server's live counts
};

GuardedTcpServer::GuardedTcpServer(const HttpLimits &limits, Screen screen, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_screen(std::move(screen))
{
    // Out of descriptors, QTcpServer stops accepting for good: start again shortly.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError e) {
        qWarning() << "mucotrack-central: cannot accept a connection:" << e;
        QTimer::singleShot(200, this, [this] { resumeAccepting(); });
    });
}

GuardedTcpServer::~GuardedTcpServer()
{
    // Guards still alive (children of sockets) must not call back into a server being destroyed.
    *m_alive = false;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    // Full: the oldest connection still without its headers (of this client first) gives way.
    auto evictOldest = [this](const QHostAddress *of) {
        for (ConnectionGuard *g : m_waiting)
            if (!of || g->peer() == *of) {
                g->drop();
                return true;
            }
        return false;
    };
    if (m_limits.maxConnectionsPerClient > 0 && m_perClient.value(peer) >= m_limits.maxConnectionsPerClient && !evictOldest(&peer)) {
        socket->abort();
        delete socket;
        return;
    }
    if (m_limits.maxConnections > 0 && m_live >= m_limits.maxConnections && !evictOldest(nullptr)) {
        socket->abort();
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(*this, socket);
    ++m_live;
    ++m_perClient[peer];
    m_waiting.push_back(guard);
    if (m_tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
    }
}

void GuardedTcpServer::pass(ConnectionGuard *guard, QTcpSocket *socket)
{
    m_waiting.remove(guard);
    guard->enterBody();
    if (guard->stage() != ConnectionGuard::Stage::Body)
        return;   // already over the limit: dropped, and the socket deleted as still ours
    guard->m_handedOver = true;
    // Qt HttpServer takes pending connections when this signals (pendingConnectionAvailable).
    QTcpServer::addPendingConnection(socket);
    guard->nudge();
}

void GuardedTcpServer::release(ConnectionGuard *guard)
{
    if (!guard->m_counted)
        return;
    guard->m_counted = false;
    m_waiting.remove(guard);
    --m_live;
    if (--m_perClient[guard->peer()] <= 0)
        m_perClient.remove(guard->peer());
    m_buffered -= guard->buffered();
}

} // namespace muco
