#include "CentralHttpServer.h"
#include "common/Gzip.h"
#include "sync/SyncClient.h"
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace muco {

CentralHttpServer::CentralHttpServer(CentralService &service, const HttpLimits &limits) : m_service(service), m_limits(limits)
{
    // One handler for every path: routing and limits live in CentralService.
    m_server.route(QStringLiteral("/v1/<arg>"), [this](const QString &, const QHttpServerRequest &request) { return respond(request); });
}

QHttpServerResponse CentralHttpServer::respond(const QHttpServerRequest &request)
{
    ServiceRequest r;
    r.method = request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
             : request.method() == QHttpServerRequest::Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("OTHER");
    r.path = request.url().path();
    r.query = request.query();
    r.authorization = request.value("Authorization");
    r.contentEncoding = request.value("Content-Encoding").trimmed().toLower();
    r.body = request.body();
    const ServiceResponse out = m_service.handle(r);
    const QByteArray json = QJsonDocument(out.body).toJson(QJsonDocument::Compact);
    const bool gzip = request.value("Accept-Encoding").contains("gzip") && json.size() > 256;
    QHttpServerResponse response(QByteArrayLiteral("application/json"), gzip ? gzipCompress(json) : json,
                                 static_cast<QHttpServerResponse::StatusCode>(out.status));
    if (gzip)
        response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    // GuardedTcpServer closes the connection after this answer: every request is screened.
    response.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    return response;
}

Result<quint16> CentralHttpServer::listen(const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile)
{
    auto *tcp = new GuardedTcpServer(m_limits, [this](const ServiceRequest &head, qint64 declared) { return m_service.screen(head, declared); });
    std::unique_ptr<GuardedTcpServer> owned(tcp);
    if (!certFile.isEmpty()) {
        QFile c(certFile), k(keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("tls"), QStringLiteral("the TLS certificate or key file cannot be read"));
        const QSslCertificate cert(&c, QSsl::Pem);
        const QSslKey key(&k, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(k.seek(0) ? &k : &k, QSsl::Ec, QSsl::Pem) : key;
        if (cert.isNull() || ecKey.isNull())
            return Error::invalid(QStringLiteral("tls"), QStringLiteral("the TLS certificate or key is not valid PEM"));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(ecKey);
        // The devices' own rule (forward-secret suites, TLS 1.2 or later): the server offered every
        // suite its TLS library had, RSA key transport among them (a review).
        if (const Status kept = HttpTransport::keepForwardSecret(config); !kept.ok())
            return kept.error();
        tcp->setTls(config);
    }
    if (!tcp->listen(address, port))
        return Error{ErrorKind::Network, QStringLiteral("Cannot listen on %1:%2.").arg(address.toString()).arg(port), {}};
    m_server.bind(owned.release());   // the HTTP server owns it from here
    return tcp->serverPort();
}

} // namespace muco
