// Attacks through sync (issue 11, M1 and M2), each as it was shown against the built
// programs: a crafted page from the network, plain http, a redirect, a central site that
// never acknowledges. Every test here failed on the code before the fix (docs/security.md).
#include "CliRunner.h"
#include "TestSite.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace muco;

namespace {

// Answers every HTTP request with `response` and remembers what it received.
class RawHttpServer : public QObject {
public:
    explicit RawHttpServer(QByteArray response) : m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    received += s->readAll();
                    if (received.contains("\r\n\r\n")) {
                        ++requests;
                        s->write(m_response);
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_response;
};

// Always 200 with no acknowledgement, like the hostile central site of the issue; stops the
// run after 50 requests so that the old code's endless loop ends too.
class NeverAcknowledges : public SyncTransport {
public:
    int calls = 0;
    void send(const QByteArray &, const QString &path, const QUrlQuery &, const QJsonObject &, Callback callback) override
    {
        if (path.endsWith(QLatin1String("anchor")) || path.endsWith(QLatin1String("keys"))) {
            // The audit head is anchored and the keys taken; pushing is what is under test.
            QTimer::singleShot(0, this, [callback] { callback(200, {{QStringLiteral("anchored"), QJsonValue()}}, {}); });
            return;
        }
        ++calls;
        const bool push = path.endsWith(QLatin1String("push"));
        QTimer::singleShot(0, this, [this, callback, push] {
            if (calls > 50)
                callback(400, {{QStringLiteral("error"), QStringLiteral("test limit")}}, {});
            else
                callback(200, push ? QJsonObject{{QStringLiteral("acked"), QJsonArray()}} : QJsonObject{{QStringLiteral("more"), false}}, {});
        });
    }
};

} // namespace

class TestAttacksSync : public QObject {
    Q_OBJECT
private slots:
    // M1: a field name from a pulled conflict went into `UPDATE %1 SET %2` unchecked: when a
    // clinician resolved it, two other columns of the record changed.
    void aConflictOnAnUndeclaredFieldIsRefused()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        QString id;
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            auto p = Patients::add(*coord, {{}, {}, {}, {}, QStringLiteral("1961-03-04"), QStringLiteral("female")});
            QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
            id = p->id;
        }
        auto doctor = site.signIn(QStringLiteral("doctor"));
        const QJsonObject page{
            {QStringLiteral("conflicts"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c-evil")},
                                    {QStringLiteral("table"), QStringLiteral("patients")},
                                    {QStringLiteral("record_id"), id},
                                    {QStringLiteral("field"), QStringLiteral("sex = 'male', birth_date")},
                                    {QStringLiteral("central_value"), QStringLiteral("1999-01-01")},
                                    {QStringLiteral("device_value"), QStringLiteral("1961-03-04")},
                                    {QStringLiteral("status"), QStringLiteral("open")}}}},
            {QStringLiteral("changes"), QJsonArray()},
            {QStringLiteral("next"), 1}};
        auto applied = SyncEngine::applyPage(*doctor, page);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, ErrorKind::Invalid);
        (void)SyncEngine::resolve(*doctor, QStringLiteral("c-evil"), false, QStringLiteral("central is right"));
        // The same name given to the write path directly.
        {
            Transaction tx(doctor->db());
            const Status direct = RecordStore::resolveConflict(*doctor, Patients::table(), id, QStringLiteral("sex = 'male', birth_date"),
                                                               QStringLiteral("1999-01-01"), QStringLiteral("1999-01-01"),
                                                               QStringLiteral("c-evil"), QStringLiteral("central is right"));
            QCOMPARE(direct.error().kind, ErrorKind::Invalid);
        }
        auto p = Patients::get(*doctor, id);
        QVERIFY(p.ok());
        QCOMPARE(p->sex, QStringLiteral("female"));
        QCOMPARE(p->birthDate, QStringLiteral("1961-03-04"));
        QVERIFY(RecordStore::checkField(Patients::table(), QStringLiteral("sex")).ok());
        QVERIFY(!RecordStore::checkField(Patients::table(), QStringLiteral("deleted")).ok());
        QVERIFY(RecordStore::checkField(Patients::table(), QStringLiteral("deleted"), RecordStore::FieldUse::Sync).ok());
    }

    // M2: `sync enroll` accepted plain http to any host (the code and then the token in clear).
    void plainHttpIsRefusedExceptToThisComputer()
    {
        QVERIFY(HttpTransport::checkServerUrl(QStringLiteral("https://central.example.org")).ok());
        QVERIFY(HttpTransport::checkServerUrl(QStringLiteral("http://127.0.0.1:8080")).ok());
        QVERIFY(HttpTransport::checkServerUrl(QStringLiteral("http://[::1]:8080")).ok());
        QVERIFY(HttpTransport::checkServerUrl(QStringLiteral("http://localhost:8080")).ok());
        QVERIFY(!HttpTransport::checkServerUrl(QStringLiteral("http://central.example.org")).ok());
        QVERIFY(!HttpTransport::checkServerUrl(QStringLiteral("http://192.0.2.10:8080")).ok());
        QVERIFY(!HttpTransport::checkServerUrl(QStringLiteral("ftp://central.example.org")).ok());

        // Nothing is sent: the transport refuses before connecting.
        HttpTransport t(QStringLiteral("http://192.0.2.10:9"), QStringLiteral("secret-token"), {});
        t.timeoutMs = 1500;
        int status = 1;
        QString error;
        QEventLoop loop;
        t.send("POST", QStringLiteral("/v1/enroll"), {}, {{QStringLiteral("code"), QStringLiteral("ABCD")}},
               [&](int s, const QJsonObject &, const QString &e) { status = s; error = e; loop.quit(); });
        loop.exec();
        QCOMPARE(status, -1);
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));

        // And the CLI says so (exit 4) before signing in.
        test::TestSite site;
        const test::CliRun r = test::runCli({QStringLiteral("sync"), QStringLiteral("enroll"), QStringLiteral("--db"), site.path(),
                                             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                                             QStringLiteral("--server"), QStringLiteral("http://192.0.2.10:9"), QStringLiteral("--code"),
                                             QStringLiteral("ABCD-EFGH")},
                                            test::kPassword.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("https"), r.err.constData());
    }

    // M2: the client followed a redirect to another host, bearer token and all.
    void redirectsAreNotFollowed()
    {
        RawHttpServer elsewhere("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{\"acked\":[]}");
        RawHttpServer central(QByteArray("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:")
                              + QByteArray::number(elsewhere.port()) + "/steal\r\nContent-Length: 0\r\n\r\n");
        HttpTransport t(QStringLiteral("http://127.0.0.1:%1").arg(central.port()), QStringLiteral("secret-token"), {});
        t.timeoutMs = 3000;
        int status = 1;
        QString error;
        QEventLoop loop;
        t.send("POST", QStringLiteral("/v1/push"), {}, {{QStringLiteral("changes"), QJsonArray()}},
               [&](int s, const QJsonObject &, const QString &e) { status = s; error = e; loop.quit(); });
        loop.exec();
        QCOMPARE(central.requests, 1);
        QCOMPARE(elsewhere.requests, 0);
        QVERIFY(!elsewhere.received.contains("secret-token"));
        QCOMPARE(status, -1);
        QVERIFY2(error.contains(QStringLiteral("redirect")), qPrintable(error));
    }

    // M2: a central site that answers 200 with no acknowledgement made the client push the
    // same batch forever (135,000 requests).
    void aPushWithoutProgressStops()
    {
        test::TestSite site;
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*coord, {}).ok());
        }
        auto nurse = site.signIn(QStringLiteral("nurse"));
        NeverAcknowledges transport;
        SyncClient client(*nurse, transport, {});
        const SyncReport r = client.runBlocking();
        QCOMPARE(transport.calls, 1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("acknowledged none")), qPrintable(r.error));
        QVERIFY(r.pending > 0);   // nothing lost
    }

    // M2: --ca-cert added the site's CA to the system's roots; it now replaces them.
    void aGivenCaCertificatePinsTheCentralSite()
    {
        QTemporaryDir dir;
        const QString cert = dir.path() + QStringLiteral("/ca.pem"), key = dir.path() + QStringLiteral("/key.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        if (!openssl.waitForStarted() || !openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a test certificate");
        auto ssl = HttpTransport::sslConfiguration(cert);
        QVERIFY(ssl.ok());
        QCOMPARE(ssl->caCertificates(), QSslCertificate::fromPath(cert));
        QCOMPARE(ssl->protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(HttpTransport::sslConfiguration({}).value().protocol(), QSsl::TlsV1_2OrLater);
        // Forward-secret suites only (TLS 1.3, or ECDHE/DHE with a certificate on TLS 1.2).
        const QList<QSslCipher> suites = ssl->ciphers();
        QVERIFY(!suites.isEmpty());
        for (const QSslCipher &c : suites) {
            QVERIFY2(c.protocol() == QSsl::TlsV1_3 || c.protocol() == QSsl::TlsV1_2, qPrintable(c.name()));
            if (c.protocol() == QSsl::TlsV1_2)
                QVERIFY2(c.keyExchangeMethod() == QLatin1String("ECDH") || c.keyExchangeMethod() == QLatin1String("DH"), qPrintable(c.name()));
        }
        QVERIFY(!HttpTransport::sslConfiguration(key + QStringLiteral(".missing")).ok());
        // A TLS library that offers no forward-secret suite is refused, not given every suite
        // it has (the filter kept them all when it found none).
        QSslConfiguration weak = QSslConfiguration::defaultConfiguration();
        QList<QSslCipher> transport;
        for (const QSslCipher &c : weak.ciphers())
            if (c.keyExchangeMethod() == QLatin1String("RSA"))
                transport << c;
        if (transport.isEmpty())
            QSKIP("this TLS library has no RSA key-transport suite to offer alone");
        weak.setCiphers(transport);
        QVERIFY(!HttpTransport::keepForwardSecret(weak).ok());
        QCOMPARE(weak.ciphers(), transport);
    }
};

QTEST_GUILESS_MAIN(TestAttacksSync)
#include "tst_attacks_sync.moc"
