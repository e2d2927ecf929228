// The real mucotrack-central service over HTTP (and HTTPS), with devices syncing through a
// faulty link: drops, truncated answers, duplicated requests and delays still converge
// with nothing lost or doubled. Also the service's own rules: loopback-only plain HTTP,
// SIGTERM ends it cleanly.
#include "CliRunner.h"
#include "CentralProcess.h"
#include "FaultyProxy.h"
#include "TestSite.h"
#include "records/Patients.h"
#include "storage/Statement.h"
#include "central/CentralBackend.h"
#include "sync/SyncClient.h"
#include <QProcess>
#include <QTcpServer>
#include <QtTest>
#include <csignal>

using namespace muco;

namespace {

QString central() { return qEnvironmentVariable("MUCOTRACK_CENTRAL"); }


QString runCentral(const QStringList &args) { return test::runProgram(central(), args); }

} // namespace

class TestCentralHttp : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;

    QString data() const { return m_dir.path() + QStringLiteral("/central"); }

    void startServer(const QStringList &extra = {QStringLiteral("--insecure-loopback")})
    {
        m_port = test::freePort();
        m_server.start(central(), QStringList{QStringLiteral("serve"), QStringLiteral("--data"), data(), QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1:%1").arg(m_port)} + extra);
        QVERIFY(m_server.waitForStarted());
        // QTRY_VERIFY evaluates its condition once more at the end: collect, then test.
        QByteArray out;
        QTRY_VERIFY((out += m_server.readAllStandardOutput()).contains("Serving") || m_server.state() != QProcess::Running);
        QCOMPARE(m_server.state(), QProcess::Running);
    }

    void stopServer()
    {
        if (m_server.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(m_server.processId()), SIGTERM);
            QVERIFY(m_server.waitForFinished(10000));
            QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_server.exitCode(), 0);
        }
    }

    // A device of site GX01, enrolled through the CLI of the central site.
    std::unique_ptr<test::TestSite> device(const QString &server, const QString &caCert = {})
    {
        auto site = std::make_unique<test::TestSite>();
        const QString code = runCentral({QStringLiteral("enroll"), QStringLiteral("--data"), data(), QStringLiteral("--site"), QStringLiteral("GX01")});
        auto admin = site->signIn(QStringLiteral("admin"));
        HttpTransport t(server, {}, caCert);
        QEventLoop loop;
        QJsonObject body;
        t.send("POST", QStringLiteral("/v1/enroll"), {}, {{QStringLiteral("code"), code}}, [&](int, const QJsonObject &b, const QString &) {
            body = b;
            loop.quit();
        });
        loop.exec();
        if (!SyncEngine::configure(*admin, {server, body.value(QStringLiteral("token")).toString(),
                                            body.value(QStringLiteral("device_id")).toString(), caCert}).ok())
            return nullptr;
        return site;
    }

    SyncReport syncThrough(test::TestSite &site, quint16 port, const QString &caCert = {}, const QString &scheme = QStringLiteral("http"))
    {
        auto s = site.signIn(QStringLiteral("doctor"));
        auto c = SyncEngine::config(*s).value();
        // 127.0.0.1, not "localhost": a minimal machine may have no hosts entry for the name.
        HttpTransport t(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port), c.token, caCert);
        t.timeoutMs = 3000;
        SyncClient::Options o;
        o.baseBackoffMs = 20;
        o.maxRetries = 40;
        o.batch = 10;
        SyncClient client(*s, t, o);
        return client.runBlocking();
    }

private slots:
    // A test that failed half-way leaves no server behind for the next one.
    void cleanup()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }

    void initTestCase()
    {
        QVERIFY2(!central().isEmpty(), "MUCOTRACK_CENTRAL is not set");
        QProcess init;
        init.start(central(), {QStringLiteral("init"), QStringLiteral("--data"), data()});
        QVERIFY(init.waitForFinished(30000));
        QCOMPARE(init.exitCode(), 0);
    }

    void plainHttpOnlyOnLoopback()
    {
        QProcess p;
        p.start(central(), {QStringLiteral("serve"), QStringLiteral("--data"), data(), QStringLiteral("--listen"),
                            QStringLiteral("0.0.0.0:%1").arg(test::freePort()), QStringLiteral("--insecure-loopback")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("loopback"));
    }

    void faultyLinkStillConverges()
    {
        startServer();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        auto a = device(url), b = device(url);
        QVERIFY(a && b);
        test::FaultyProxy proxy(m_port, {15, 15, 15, 20, 0}, 7);
        const quint16 port = proxy.start();
        QStringList ids;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 8; ++i) {
                auto s = (round % 2 ? b : a)->signIn(QStringLiteral("coord"));
                ids << Patients::add(*s, {{}, QStringLiteral("Private %1").arg(i), {}, {}, QStringLiteral("1970-01-01"), {}}).value().id;
            }
            SyncReport ra = syncThrough(*a, port);
            QVERIFY2(ra.ok, qPrintable(ra.error));
            SyncReport rb = syncThrough(*b, port);
            QVERIFY2(rb.ok, qPrintable(rb.error));
        }
        QVERIFY(syncThrough(*a, port).ok);
        QVERIFY(proxy.dropped + proxy.truncated + proxy.duplicated > 0);
        for (auto *site : {a.get(), b.get()}) {
            auto s = site->signIn(QStringLiteral("doctor"));
            QCOMPARE(s->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients")).value(), qint64(ids.size()));
            QCOMPARE(SyncEngine::pendingCount(*s).value(), 0);
        }
        stopServer();
        // The central feed holds each change exactly once.
        auto backend = CentralBackend::openEmbedded(data(), false);
        QVERIFY(backend.ok());
        auto rows = (*backend)->query(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM changes"));
        QCOMPARE(rows->first().at(0).toInt(), ids.size());
        QCOMPARE(rows->first().at(1).toInt(), ids.size());
    }

    void httpsWithTheSitesCertificate()
    {
        QProcess openssl;
        const QString cert = m_dir.path() + QStringLiteral("/cert.pem"), key = m_dir.path() + QStringLiteral("/key.pem");
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                                  QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!openssl.waitForStarted() || !openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a test certificate");
        startServer({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
        auto a = device(url, cert);
        QVERIFY(a);
        {
            auto s = a->signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*s, {}).ok());
        }
        SyncReport r = syncThrough(*a, m_port, cert, QStringLiteral("https"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pushed, 1);
        // Without the site's CA the certificate is not trusted.
        SyncReport untrusted = syncThrough(*a, m_port, {}, QStringLiteral("https"));
        QVERIFY(!untrusted.ok);
        stopServer();
    }
};

QTEST_GUILESS_MAIN(TestCentralHttp)
#include "tst_central_http.moc"
