#include "sync/SyncClient.h"
#include "records/DeviceScope.h"
#include "records/RandomizationReserve.h"
#include "records/SubjectNumbers.h"
#include "sync/AuditAnchoring.h"
#include "security/SyncToken.h"
#include "security/Session.h"
#include "common/Gzip.h"
#include "common/StrictJson.h"
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSslCertificate>
#include <QSslCipher>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <memory>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
};
} // namespace

HttpTransport::HttpTransport(const QString &server, const QString &token, const QString &caCertPath, QObject *parent)
    : SyncTransport(token, parent), m_server(server), m_caCert(caCertPath)
{
    if (m_server.endsWith(QLatin1Char('/')))
        m_server.chop(1);
}

Status HttpTransport::checkServerUrl(const QString &server)
{
    const QUrl url(server);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || !url.userInfo().isEmpty())
        return Error::invalid(QStringLiteral("server"), Tr::tr("\"%1\" is not an https URL").arg(server));
    if (scheme == QLatin1String("https"))
        return {};
    const QHostAddress address(url.host());
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
        return {};
    return Error::invalid(QStringLiteral("server"),
                          Tr::tr("the central site must be reached over https (plain http only to this computer, for tests): %1").arg(server));
}

Status HttpTransport::keepForwardSecret(QSslConfiguration &ssl)
{
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    // Forward secrecy: TLS 1.3, or TLS 1.2 with an ephemeral (EC)DH key exchange and a
    // certificate; never RSA key transport, PSK, SRP or anonymous suites.
    QList<QSslCipher> ciphers;
    for (const QSslCipher &c : ssl.ciphers()) {
        const QString kx = c.keyExchangeMethod();
        const bool tls13 = c.protocol() == QSsl::TlsV1_3;
        const bool ephemeral = kx == QLatin1String("ECDH") || kx == QLatin1String("DH");
        const bool authenticated = !c.authenticationMethod().isEmpty() && c.authenticationMethod() != QLatin1String("None");
        if (tls13 || (ephemeral && authenticated && c.protocol() == QSsl::TlsV1_2))
            ciphers << c;
    }
    if (ciphers.isEmpty())
        return Error{ErrorKind::Network, Tr::tr("This computer's TLS library offers no forward-secret cipher suite (TLS 1.3, or "
                                                "TLS 1.2 with ECDHE or DHE); update it."), {}};
    ssl.setCiphers(ciphers);
    return {};
}

Result<QSslConfiguration> HttpTransport::sslConfiguration(const QString &caCertPath)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    MUCO_TRY(keepForwardSecret(ssl));
    if (!caCertPath.isEmpty()) {
        const QList<QSslCertificate> pinned = QSslCertificate::fromPath(caCertPath, QSsl::Pem);
        if (pinned.isEmpty())
            return Error::invalid(QStringLiteral("ca-cert"), Tr::tr("%1 holds no PEM certificate").arg(caCertPath));
        ssl.setCaCertificates(pinned);   // replaces the system's roots: only this CA is trusted
    }
    return ssl;
}

void HttpTransport::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                         Callback callback)
{
    // Refused before anything leaves: the token never travels in clear to another host.
    if (const Status allowed = checkServerUrl(m_server); !allowed.ok()) {
        QTimer::singleShot(0, this, [callback, allowed] { callback(-1, {}, allowed.error().message); });
        return;
    }
    auto ssl = sslConfiguration(m_caCert);
    if (!ssl.ok()) {
        QTimer::singleShot(0, this, [callback, error = ssl.error()] { callback(-1, {}, error.message); });
        return;
    }
    QUrl url(m_server + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // A redirect is answered, never followed: the bearer token would go along with it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // QNAM asks for gzip itself and inflates the answer (it would not if we set the header).
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(ssl.value());
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
        if (status.toInt() >= 300 && status.toInt() < 400) {
            // Failed for good: a redirect will not go away by retrying.
            callback(-1, {}, Tr::tr("the central site answered with a redirect (HTTP %1 to %2), which is not followed")
                                 .arg(status.toInt()).arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toString()));
            return;
        }
        // A key given twice is refused like a mangled answer: two readers could take either.
        auto doc = json::parseObject(data);
        if (!doc.ok() && status.toInt() == 200) {
            // A truncated or mangled answer is a failed attempt, not data.
            callback(0, {}, Tr::tr("The central site's answer was incomplete."));
            return;
        }
        callback(status.toInt(), doc.ok() ? doc.value() : QJsonObject(), {});
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
    m_redrawn = false;
    m_anchorAfterKeys = false;
    m_anchoredAgain = false;
    if (auto allowed = m_session.require(Permission::SyncNow); !allowed.ok()) {
        m_report.denied = true;   // a permission, not the network: the CLI exits 3, not 6
        QTimer::singleShot(0, this, [this, allowed] { finish(false, allowed.error().message, false); });
        return;
    }
    QTimer::singleShot(0, this, &SyncClient::replaceToken);
}

// First, when an account that could read the token left: the device's next token, sent with
// its current one. It is drawn and kept before it is sent (SyncToken::pending), so a lost answer
// is settled at the next attempt: the pending token is tried first, stored if the central site
// took it, and sent again if not. A central site from before replacements (404) is synced with
// as it is; the replacement waits for one that can.
void SyncClient::replaceToken()
{
    auto underway = SyncToken::replacementUnderway(m_session);
    if (!underway.ok() || !underway.value()) {
        if (!underway.ok())
            finish(false, underway.error().message, false);
        else
            anchorHead();
        return;
    }
    auto config = SyncEngine::config(m_session);
    if (!config.ok()) {
        finish(false, config.error().message, false);
        return;
    }
    const SyncToken::Destination to{config->server, config->deviceId, config->caCert};
    auto pending = SyncToken::pending(m_session, to);
    if (!pending.ok()) {
        finish(false, pending.error().message, false);
        return;
    }
    if (pending->drawn)
        sendNextToken(to, pending->token);
    else
        probeToken(to, pending->token, [this, to, next = pending->token] { sendNextToken(to, next); });
}

// Whether the central site took `next` already: asked with `next` itself. Taken: stored; not
// known there (401): `unknown`.
void SyncClient::probeToken(const SyncToken::Destination &to, const QString &next, std::function<void()> unknown)
{
    const QString current = m_transport.token();
    m_transport.setToken(next);
    m_transport.send("GET", QStringLiteral("/v1/status"), {}, {},
                     [this, to, next, current, unknown](int status, const QJsonObject &body, const QString &networkError) {
                         m_transport.setToken(current);
                         if (status == 200 && body.value(QStringLiteral("device_id")).toString() == to.deviceId)
                             adoptToken(to, next);
                         else if (status == 401 || status == 200)
                             unknown();
                         else
                             notOk(status, body, networkError, [this] { replaceToken(); });
                     });
}

void SyncClient::sendNextToken(const SyncToken::Destination &to, const QString &next)
{
    m_transport.send("POST", QStringLiteral("/v1/token"), {}, {{QStringLiteral("token"), next}},
                     [this, to, next](int status, const QJsonObject &body, const QString &networkError) {
                         if (status == 200) {
                             adoptToken(to, next);
                         } else if (status == 404) {
                             anchorHead();
                         } else if (status == 400 && !m_redrawn) {
                             // A token the central site knew already (a collision, or one planted
                             // as pending): another is drawn, once.
                             m_redrawn = true;
                             const Status discarded = SyncToken::discardPending(m_session, next, to);
                             if (!discarded.ok())
                                 finish(false, discarded.error().message, false);
                             else
                                 replaceToken();
                         } else if (status == 401) {
                             // Another program of this device may have sent the same token first;
                             // if not, the current token was taken over or revoked.
                             probeToken(to, next, [this, to, body] {
                                 m_report.denied = true;
                                 finish(false, Tr::tr("The central site no longer accepts this device's token (%1). Someone who kept a "
                                                      "copy of it may have replaced it: ask the central site's operator to revoke device "
                                                      "%2, then enrol this device again.")
                                                   .arg(body.value(QStringLiteral("error")).toString(), to.deviceId),
                                        false);
                             });
                         } else {
                             notOk(status, body, networkError, [this] { replaceToken(); });
                         }
                     });
}

void SyncClient::adoptToken(const SyncToken::Destination &to, const QString &next)
{
    auto adopted = SyncToken::adopt(m_session, next, to);
    if (!adopted.ok()) {
        // Still pending: the next run finds it taken and stores it.
        finish(false, Tr::tr("The central site took the device's new token, which could not be stored yet (%1); "
                             "it is stored at the next sync.").arg(adopted.error().message), false);
        return;
    }
    if (!adopted.value()) {
        // Stored by another program of this device, or the device was enrolled again meanwhile.
        auto config = SyncEngine::config(m_session);
        if (!config.ok() || config->token != next || config->deviceId != to.deviceId) {
            finish(false, Tr::tr("This device's enrolment changed in another program during the sync; sync again."), false);
            return;
        }
    } else {
        m_report.tokenReplaced = true;
    }
    m_transport.setToken(next);
    m_attempt = 0;
    replaceToken();   // another, if an account left after this one was drawn
}

void SyncClient::anchorHead()
{
    m_transport.send("GET", QStringLiteral("/v1/anchor"), {}, {}, [this](int status, const QJsonObject &answer, const QString &networkError) {
        if (status == 404) {
            // A central site from before anchoring: sync, unanchored.
            pushNext();
            return;
        }
        if (status != 200) {
            notOk(status, answer, networkError, [this] { anchorHead(); });
            return;
        }
        auto request = AuditAnchoring::request(m_session, answer);
        if (!request.ok()) {
            finish(false, request.error().message, false);
            return;
        }
        // A lost answer is retried with the same request: the central site answers a head it
        // already anchored with 200, so the retry neither alarms nor loops.
        auto post = std::make_shared<std::function<void()>>();
        *post = [this, body = request.value(), weak = std::weak_ptr<std::function<void()>>(post)] {
            // The request in flight keeps the retry alive; the function itself holds it weakly (no cycle).
            m_transport.send("POST", QStringLiteral("/v1/anchor"), {}, body,
                             [this, self = weak.lock()](int postStatus, const QJsonObject &answerBody, const QString &postError) {
                                 if (postStatus == 409) {
                                     // Nothing is pushed from a device whose history no longer holds.
                                     m_report.integrity = true;
                                     finish(false, answerBody.value(QStringLiteral("error")).toString(), false);
                                     return;
                                 }
                                 if (postStatus == 412) {
                                     // The anchor moved since it was asked for (another run of this device): ask again.
                                     failed(answerBody.value(QStringLiteral("error")).toString(), false, [this] { anchorHead(); });
                                     return;
                                 }
                                 if (postStatus != 200) {
                                     notOk(postStatus, answerBody, postError, [self] { (*self)(); });
                                     return;
                                 }
                                 m_attempt = 0;
                                 if (answerBody.value(QStringLiteral("unproven")).toBool()) {
                                     if (!m_anchoredAgain)
                                         m_anchorAfterKeys = true;
                                     else
                                         m_report.warnings.append(
                                             tr("The central site holds no key of yours it can check this device's audit trail "
                                                "against, so the trail was not anchored there: history rewritten on this device "
                                                "would not be noticed. An administrator enrols this device again (sync enroll)."));
                                 }
                                 sendKeys();
                             });
        };
        (*post)();
    });
}

// After anchoring (the keys come from the trail the central site just checked), before pushing
// (the central site checks signed records against them).
void SyncClient::sendKeys()
{
    // A monitor's device too: its source verification and query messages are signed.
    auto request = AuditAnchoring::keysRequest(m_session);
    if (!request.ok()) {
        m_report.integrity = request.error().kind == ErrorKind::Integrity;
        finish(false, request.error().message, false);
        return;
    }
    if (!request->has_value()) {
        afterKeys();
        return;
    }
    postKeys(**request);
}

void SyncClient::afterKeys()
{
    if (m_anchorAfterKeys) {
        m_anchorAfterKeys = false;
        m_anchoredAgain = true;
        anchorHead();
        return;
    }
    pushNext();
}

// Retried with the same request: making it verifies the whole trail, once a run is enough.
void SyncClient::postKeys(const AuditAnchoring::KeysRequest &request)
{
    m_transport.send("POST", QStringLiteral("/v1/keys"), {}, request.body,
                     [this, request](int status, const QJsonObject &answer, const QString &networkError) {
                         // A central site from before signatures (404), or before signed monitoring
                         // records (403 to a monitor's keys): it checks none, the run goes on.
                         if (status == 404 || (status == 403 && DeviceScope::isMonitorDevice(m_session).value_or(false))) {
                             afterKeys();
                             return;
                         }
                         if (status != 200) {
                             notOk(status, answer, networkError, [this, request] { postKeys(request); });
                             return;
                         }
                         // Not chained to the device's root: an older device (enrolled before
                         // roots) or certificates made by no administrator the central site knows.
                         if (const int unproven = answer.value(QStringLiteral("unproven")).toInt(); unproven > 0)
                             m_report.warnings.append(
                                 tr("The central site did not take %n key certificate(s) from this device, so signatures made with "
                                    "those keys will be refused there. An administrator enrols this device again (sync enroll).",
                                    nullptr, unproven));
                         const Status sent = AuditAnchoring::keysSent(m_session, request.through);
                         if (!sent.ok()) {
                             finish(false, sent.error().message, false);
                             return;
                         }
                         m_attempt = 0;
                         afterKeys();
                     });
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
    QSet<QString> sent;
    for (const QJsonValue &c : outbox.value())
        sent.insert(c.toObject().value(QStringLiteral("id")).toString());
    m_transport.send("POST", QStringLiteral("/v1/push"), {}, {{QStringLiteral("changes"), outbox.value()}},
                     [this, sent](int status, const QJsonObject &body, const QString &networkError) {
                         if (status == 409) {
                             // A signed record that does not hold (CentralSignatures): it stays
                             // in the outbox, and the central site's operator was alerted.
                             m_report.integrity = true;
                             finish(false, body.value(QStringLiteral("error")).toString(), false);
                             return;
                         }
                         if (status != 200) {
                             notOk(status, body, networkError, [this] { pushNext(); });
                             return;
                         }
                         // No progress is an error, not a reason to send the same batch again.
                         bool progress = false;
                         for (const QJsonValue &id : body.value(QStringLiteral("acked")).toArray())
                             progress = progress || sent.contains(id.toString());
                         if (!progress) {
                             finish(false, Tr::tr("The central site acknowledged none of the %n change(s) sent; they stay in the "
                                                  "outbox. Ask the central site's operator to look at it.", nullptr, int(sent.size())), false);
                             return;
                         }
                         const Status acked = SyncEngine::acknowledge(m_session, body);
                         if (!acked.ok()) {
                             finish(false, acked.error().message, false);
                             return;
                         }
                         m_report.pushed += static_cast<int>(body.value(QStringLiteral("acked")).toArray().size());
                         succeeded();
                         pushNext();
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
        if (status != 200) {
            notOk(status, body, networkError, [this] { pullNext(); });
            return;
        }
        auto applied = SyncEngine::applyPage(m_session, body);
        if (!applied.ok()) {
            finish(false, applied.error().message, false);
            return;
        }
        m_report.pulled += applied.value();
        succeeded();
        if (body.value(QStringLiteral("more")).toBool())
            pullNext();
        else
            reserveNext();
    });
}

// Last step of every run (issue 15): the central site reconciles what this device opened of its
// sealed randomization reserve and tops it up; the new sealed entries are kept as they came.
void SyncClient::reserveNext()
{
    // A monitor's device randomizes nobody and adds no patients: no reserve, no subject numbers.
    auto monitor = DeviceScope::isMonitorDevice(m_session);
    if (!monitor.ok()) {
        finish(false, monitor.error().message, false);
        return;
    }
    if (monitor.value()) {
        finish(true, {}, false);
        return;
    }
    auto report = RandomizationReserve::report(m_session);
    if (!report.ok()) {
        finish(false, report.error().message, false);
        return;
    }
    m_transport.send("POST", QStringLiteral("/v1/reserve"), {}, report.value(),
                     [this](int status, const QJsonObject &body, const QString &networkError) {
                         if (status != 200) {
                             notOk(status, body, networkError, [this] { reserveNext(); });
                             return;
                         }
                         if (const Status stored = RandomizationReserve::store(m_session, body); !stored.ok()) {
                             finish(false, stored.error().message, false);
                             return;
                         }
                         succeeded();
                         subjectBlocksNext();
                     });
}

// Subject-number blocks (issue 13): the device learns all of its blocks, and asks for another
// when its numbers run low. A central site from before blocks (404) leaves the device
// allocating after the highest number it holds, as before.
void SyncClient::subjectBlocksNext()
{
    auto request = SubjectNumbers::request(m_session);
    if (!request.ok()) {
        finish(false, request.error().message, false);
        return;
    }
    m_transport.send("POST", QStringLiteral("/v1/subjects"), {}, request.value(),
                     [this](int status, const QJsonObject &body, const QString &networkError) {
                         if (status == 404) {
                             finish(true, {}, false);
                             return;
                         }
                         if (status != 200) {
                             notOk(status, body, networkError, [this] { subjectBlocksNext(); });
                             return;
                         }
                         if (const Status stored = SubjectNumbers::storeBlocks(m_session, body.value(QStringLiteral("blocks"))); !stored.ok()) {
                             finish(false, stored.error().message, false);
                             return;
                         }
                         succeeded();
                         finish(true, {}, false);
                     });
}

// Push and pull answer the same way when the central site does not say 200: a TLS failure
// ends the run for good, a dropped link or a server error is retried, anything else refuses.
void SyncClient::notOk(int status, const QJsonObject &body, const QString &networkError, std::function<void()> retryStep)
{
    if (status < 0)
        finish(false, Tr::tr("The central site cannot be used safely: %1").arg(networkError), true);
    else if (status == 0 || status >= 500)
        failed(status == 0 ? networkError : body.value(QStringLiteral("error")).toString(), true, std::move(retryStep));
    else
        refused(status, body);
}

// A step that worked: the link is healthy again, so the retry count restarts and the batch grows.
void SyncClient::succeeded()
{
    m_attempt = 0;
    m_batch = std::min(m_options.maxBatch, m_batch * 2);
}

void SyncClient::failed(const QString &error, bool network, std::function<void()> retryStep)
{
    if (++m_attempt > m_options.maxRetries) {
        finish(false, Tr::tr("The central site cannot be reached: %1").arg(error), network);
        return;
    }
    // Smaller batches for a struggling link; exponential backoff with "equal jitter" (half the
    // delay fixed, half random), so retries of many devices spread out but never bunch at zero.
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
