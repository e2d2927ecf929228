#include "sync/SyncClient.h"
#include "security/Session.h"
#include "common/Gzip.h"
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
};
} // namespace

HttpTransport::HttpTransport(const QString &server, const QString &token, const QString &caCertPath, QObject *parent)
    : SyncTransport(parent), m_server(server), m_token(token), m_caCert(caCertPath)
{
    if (m_server.endsWith(QLatin1Char('/')))
        m_server.chop(1);
}

void HttpTransport::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                         Callback callback)
{
    QUrl url(m_server + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // QNAM asks for gzip itself and inflates the answer (it would not if we set the header).
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!m_caCert.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCert);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        const QByteArray payload = gzipCompress(QJsonDocument(body).toJson(QJsonDocument::Compact));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Content-Encoding", "gzip");
        bytesSent += payload.size();
        reply = m_nam.post(request, payload);
    } else {
        reply = m_nam.get(request);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, callback] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QByteArray data = reply->readAll();
        bytesReceived += data.size();
        if (!status.isValid()) {
            // An untrusted certificate will not become trusted by retrying.
            callback(reply->error() == QNetworkReply::SslHandshakeFailedError ? -1 : 0, {}, reply->errorString());
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(data);
        if (!doc.isObject() && status.toInt() == 200) {
            // A truncated or mangled answer is a failed attempt, not data.
            callback(0, {}, Tr::tr("The central site's answer was incomplete."));
            return;
        }
        callback(status.toInt(), doc.object(), {});
    });
}

SyncClient::SyncClient(Session &session, SyncTransport &transport, Options options, QObject *parent)
    : QObject(parent), m_session(session), m_transport(transport), m_options(options), m_batch(options.batch)
{
}

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_attempt = 0;
    if (auto allowed = m_session.require(Permission::SyncNow); !allowed.ok()) {
        QTimer::singleShot(0, this, [this, allowed] { finish(false, allowed.error().message, false); });
        return;
    }
    QTimer::singleShot(0, this, &SyncClient::pushNext);
}

SyncReport SyncClient::runBlocking()
{
    QEventLoop loop;
    SyncReport result;
    auto c = connect(this, &SyncClient::finished, &loop, [&](const SyncReport &r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    disconnect(c);
    return result;
}

void SyncClient::pushNext()
{
    auto outbox = SyncEngine::outbox(m_session, m_batch);
    if (!outbox.ok()) {
        finish(false, outbox.error().message, false);
        return;
    }
    if (outbox->isEmpty()) {
        pullNext();
        return;
    }
    m_transport.send("POST", QStringLiteral("/v1/push"), {}, {{QStringLiteral("changes"), outbox.value()}},
                     [this](int status, const QJsonObject &body, const QString &networkError) {
                         if (status == 200) {
                             const Status acked = SyncEngine::acknowledge(m_session, body);
                             if (!acked.ok()) {
                                 finish(false, acked.error().message, false);
                                 return;
                             }
                             m_report.pushed += static_cast<int>(body.value(QStringLiteral("acked")).toArray().size());
                             m_attempt = 0;
                             m_batch = std::min(m_options.maxBatch, m_batch * 2);
                             pushNext();
                         } else if (status < 0) {
                             finish(false, Tr::tr("The central site's identity cannot be verified: %1").arg(networkError), true);
                         } else if (status == 0 || status >= 500) {
                             failed(status == 0 ? networkError : body.value(QStringLiteral("error")).toString(), true, [this] { pushNext(); });
                         } else {
                             refused(status, body);
                         }
                     });
}

void SyncClient::pullNext()
{
    const auto cursor = SyncEngine::cursor(m_session);
    if (!cursor.ok()) {
        finish(false, cursor.error().message, false);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("after"), QString::number(cursor.value()));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_batch));
    m_transport.send("GET", QStringLiteral("/v1/pull"), q, {}, [this](int status, const QJsonObject &body, const QString &networkError) {
        if (status == 200) {
            auto applied = SyncEngine::applyPage(m_session, body);
            if (!applied.ok()) {
                finish(false, applied.error().message, false);
                return;
            }
            m_report.pulled += applied.value();
            m_attempt = 0;
            m_batch = std::min(m_options.maxBatch, m_batch * 2);
            if (body.value(QStringLiteral("more")).toBool())
                pullNext();
            else
                finish(true, {}, false);
        } else if (status < 0) {
            finish(false, Tr::tr("The central site's identity cannot be verified: %1").arg(networkError), true);
        } else if (status == 0 || status >= 500) {
            failed(status == 0 ? networkError : body.value(QStringLiteral("error")).toString(), true, [this] { pullNext(); });
        } else {
            refused(status, body);
        }
    });
}

void SyncClient::failed(const QString &error, bool network, std::function<void()> retryStep)
{
    if (++m_attempt > m_options.maxRetries) {
        finish(false, Tr::tr("The central site cannot be reached: %1").arg(error), network);
        return;
    }
    // Smaller batches for a struggling link; exponential backoff with full jitter.
    m_batch = std::max(m_options.minBatch, m_batch / 2);
    const int base = m_options.baseBackoffMs * (1 << std::min(m_attempt - 1, 6));
    const int delay = base / 2 + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
    QTimer::singleShot(delay, this, std::move(retryStep));
}

void SyncClient::refused(int status, const QJsonObject &body)
{
    m_report.denied = status == 401 || status == 403;
    finish(false, Tr::tr("The central site refused the request (HTTP %1): %2").arg(status).arg(body.value(QStringLiteral("error")).toString()), false);
}

void SyncClient::finish(bool ok, const QString &error, bool network)
{
    m_running = false;
    (void)SyncEngine::recordOutcome(m_session, ok ? QString() : error);
    m_report.ok = ok;
    m_report.error = error;
    m_report.networkFailure = network;
    // Counts for the report; a database that cannot be read now leaves them at -1 (unknown).
    const auto status = SyncEngine::status(m_session);
    m_report.pending = status.ok() ? status->pending : -1;
    m_report.conflicts = status.ok() ? status->conflicts : -1;
    emit finished(m_report);
}

} // namespace muco
