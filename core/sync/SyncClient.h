#pragma once
// One sync run, in the background of the event loop (the UI never waits): replace the device's
// token first when an account that could read it left (SyncToken), anchor the audit
// chain's head at the central site (AuditAnchoring; refused if the chain lost the head
// anchored before), push the outbox
// in batches until it is empty, then pull pages until the feed is exhausted. Network
// failures retry with exponential backoff and jitter; the batch shrinks on a slow or
// failing link and grows again when it recovers. An interrupted run loses nothing: what
// was not acknowledged stays in the outbox, and the cursor moves only with applied pages.
// Every run ends by refilling the device's sealed randomization reserve (/v1/reserve).
#include "common/Result.h"
#include "security/SyncToken.h"
#include "sync/AuditAnchoring.h"
#include "sync/SyncEngine.h"
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <functional>

namespace muco {

class Session;

class SyncTransport : public QObject {
    Q_OBJECT
public:
    // status 0: the network failed (networkError says how), -1: failed for good (TLS);
    // else the HTTP status and body.
    using Callback = std::function<void(int status, const QJsonObject &body, const QString &networkError)>;
    using QObject::QObject;
    // The device's bearer token; replaced in the middle of a run when the device replaces its
    // token (SyncClient::replaceToken).
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    virtual void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                      Callback callback) = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;

protected:
    SyncTransport(const QString &token, QObject *parent) : QObject(parent), m_token(token) {}
    QString m_token;
};

// HTTPS (or loopback HTTP) with a bearer token and gzip request bodies (docs/security.md, M2):
// any other URL is refused before anything is sent; redirects are never followed (a 3xx is
// an error: the token would go along); TLS 1.2 or later; a CA certificate given for the
// site replaces the system's roots (it pins the central site, it does not add to them).
class HttpTransport : public SyncTransport {
    Q_OBJECT
public:
    HttpTransport(const QString &server, const QString &token, const QString &caCertPath, QObject *parent = nullptr);
    // https://host, or http:// to a loopback address (127.0.0.0/8, ::1, localhost) only.
    static Status checkServerUrl(const QString &server);
    // The TLS settings of every request: TLS 1.2+, and only caCertPath's certificates as
    // roots when it is given (invalid when it holds none).
    static Result<QSslConfiguration> sslConfiguration(const QString &caCertPath);
    // TLS 1.2 or later with forward-secret suites only, for both ends (the central site's server
    // too): TLS 1.3, or TLS 1.2 with an ephemeral (EC)DH key exchange and a certificate. Fails
    // when the TLS library offers none, rather than keep every suite (it fell back to them all).
    static Status keepForwardSecret(QSslConfiguration &ssl);
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
              Callback callback) override;
    int timeoutMs = 30000;

private:
    QNetworkAccessManager m_nam;
    QString m_server;
    QString m_caCert;
};

struct SyncReport {
    bool ok = true;
    bool networkFailure = false;
    bool denied = false;          // the central site refused this device (401/403)
    bool integrity = false;       // refused: the audit chain lost the head anchored at the central site
    bool tokenReplaced = false;   // the device's token was replaced during the run
    QString error;
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;   // open conflicts after the run
    int pending = 0;
    // The run went through, but something needs an administrator: key certificates the central
    // site did not take (signatures made with those keys will be refused there).
    QStringList warnings;
};

class SyncClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxRetries = 5;
        int baseBackoffMs = 500;
        int batch = 100;
        int minBatch = 5;
        int maxBatch = 500;
    };
    SyncClient(Session &session, SyncTransport &transport, Options options, QObject *parent = nullptr);
    void start();
    // Runs an event loop until the run ends (CLI and tests).
    SyncReport runBlocking();

signals:
    void finished(const muco::SyncReport &report);

private:
    void replaceToken();
    void probeToken(const SyncToken::Destination &to, const QString &next, std::function<void()> unknown);
    void sendNextToken(const SyncToken::Destination &to, const QString &next);
    void adoptToken(const SyncToken::Destination &to, const QString &next);
    void anchorHead();
    void sendKeys();
    void postKeys(const AuditAnchoring::KeysRequest &request);
    // After the keys (or none to send): the head anchored again when it was not proven, else the push.
    void afterKeys();
    void pushNext();
    void pullNext();
    void reserveNext();
    void subjectBlocksNext();
    void notOk(int status, const QJsonObject &body, const QString &networkError, std::function<void()> retryStep);
    void succeeded();
    void failed(const QString &error, bool network, std::function<void()> retryStep);
    void finish(bool ok, const QString &error, bool network);
    void refused(int status, const QJsonObject &body);

    Session &m_session;
    SyncTransport &m_transport;
    Options m_options;
    int m_batch;
    int m_attempt = 0;
    SyncReport m_report;
    bool m_running = false;
    bool m_redrawn = false;   // a token refused as not available was drawn again once this run
    // The central site did not yet hold the key that signed the head (a device's first sync, a
    // password reset since the last): anchored again once the keys are sent.
    bool m_anchorAfterKeys = false;
    bool m_anchoredAgain = false;   // once a run: a head still unproven then is reported, not asked again
};

} // namespace muco
