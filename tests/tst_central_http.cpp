// The real mucotrack-central service over HTTP (and HTTPS), with devices syncing through a
// faulty link: drops, truncated answers, duplicated requests and delays still converge
// with nothing lost or doubled. Also the service's own rules: loopback-only plain HTTP,
// SIGTERM ends it cleanly.
#include "CliRunner.h"
#include "CentralProcess.h"
#include "FaultyProxy.h"
#include "security/KeyCertificate.h"
#include "TestSite.h"
#include "records/Patients.h"
#include "storage/Statement.h"
#include "central/CentralBackend.h"
#include "sync/SyncClient.h"
#include <QElapsedTimer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <csignal>

using namespace muco;

namespace {

QString central() { return qEnvironmentVariable("MUCOTRACK_CENTRAL"); }


QString runCentral(const QStringList &args) { return test::runProgram(central(), args); }

// Resident memory of a process, in KiB (Linux).
qint64 residentKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Sends `head` (request line and fields, without the blank line) and then up to `bodyBytes`
// of body (as 1 MiB chunks of a chunked body when `chunked`), stopping when the server
// answers or closes. Returns what the server answered; `sent` is how much body went out.
QByteArray sendRaw(quint16 port, const QByteArray &head, qint64 bodyBytes, bool chunked, qint64 *sent = nullptr)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return "no connection";
    s.write(head + "\r\n\r\n");
    s.waitForBytesWritten(5000);
    QByteArray answer;
    const QByteArray chunk(1024 * 1024, 'x');
    qint64 out = 0;
    QElapsedTimer t;
    t.start();
    while (out < bodyBytes && s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 60000) {
        if (s.waitForReadyRead(1))
            answer += s.readAll();
        if (!answer.isEmpty())
            break;
        if (chunked)
            s.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        else
            s.write(chunk);
        // Wait until it left: a server that stopped reading leaves it queued here.
        if (!s.waitForBytesWritten(3000))
            break;
        out += chunk.size();
    }
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(3000))
        answer += s.readAll();
    answer += s.readAll();
    if (sent)
        *sent = out;
    return answer;
}

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
        const QJsonObject request{{QStringLiteral("code"), code}, {QStringLiteral("root"), KeyCertificates::root(*admin)->toJson()}};
        t.send("POST", QStringLiteral("/v1/enroll"), {}, request, [&](int, const QJsonObject &b, const QString &) {
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

    // `sync enroll` on a device enrolled before sends the token it had, to the same server:
    // that identity is revoked with the device's next sync (tst_attacks_central says when and
    // when not).
    void enrollingAgainRetiresTheOldIdentity()
    {
        startServer();
        const QString server = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        auto site = device(server);
        QVERIFY(site);
        QString oldToken, oldId;
        {
            auto s = site->signIn(QStringLiteral("admin"));
            const SyncConfig c = SyncEngine::config(*s).value();
            oldToken = c.token;
            oldId = c.deviceId;
        }
        QVERIFY(syncThrough(*site, m_port).ok);
        const QString code = runCentral({QStringLiteral("enroll"), QStringLiteral("--data"), data(), QStringLiteral("--site"), QStringLiteral("GX01")});
        const test::CliRun r = test::runCli({QStringLiteral("sync"), QStringLiteral("enroll"), QStringLiteral("--db"), site->path(),
                                             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                                             QStringLiteral("--server"), server, QStringLiteral("--code"), code},
                                            test::kPassword.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(oldId.toUtf8()), r.out.constData());
        const auto statusWith = [&](const QString &token) {
            HttpTransport t(server, token, {});
            QEventLoop loop;
            int status = 0;
            t.send("GET", QStringLiteral("/v1/pull"), QUrlQuery(QStringLiteral("after=0&limit=1")), {}, [&](int st, const QJsonObject &, const QString &) {
                status = st;
                loop.quit();
            });
            loop.exec();
            return status;
        };
        QCOMPARE(statusWith(oldToken), 200);   // until the new identity is used
        const SyncReport next = syncThrough(*site, m_port);
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(statusWith(oldToken), 401);
        stopServer();
    }

    // What the site sees when the central site refuses its history (issue 11): `sync now`, the
    // program hospital systems call, exits 7 with the central site's explanation and pushes
    // nothing, at every try; the operator's list holds one alarm. The in-process tests checked
    // the report's flag, never the program's exit code.
    void aCutHistoryMakesSyncNowExitSeven()
    {
        startServer();
        const QString server = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        auto site = device(server);
        QVERIFY(site);
        const auto syncNow = [&] {
            return test::runCli({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--db"), site->path(), QStringLiteral("--user"),
                                 QStringLiteral("doctor"), QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                test::kPassword.toUtf8() + '\n');
        };
        const test::CliRun first = syncNow();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        {
            // An insider's cut, below the row the first sync anchored: the later half of the
            // trail removed and the head put on the last row left.
            auto db = site->openWithExtractedKey(QStringLiteral("monitor"));
            QVERIFY(db);
            const qint64 cut = db->scalarInt(QStringLiteral("SELECT max(seq) / 2 FROM audit")).value();
            QVERIFY(db->exec(QStringLiteral("DELETE FROM audit WHERE seq > %1").arg(cut)).ok());
            QVERIFY(db->exec(QStringLiteral("UPDATE meta SET value = '%1:' || (SELECT hash FROM audit WHERE seq = %1) WHERE key = 'audit_head'")
                                 .arg(cut)).ok());
        }
        {
            auto coord = site->signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*coord, {}).ok());   // work waiting to be sent
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            const test::CliRun refused = syncNow();
            QCOMPARE(refused.exitCode, 7);
            QVERIFY2(refused.err.contains("refuses this device's data"), refused.err.constData());
        }
        const QJsonArray alarms = QJsonDocument::fromJson(runCentral({QStringLiteral("integrity"), QStringLiteral("--data"), data(),
                                                                      QStringLiteral("--json")}).toUtf8())
                                      .object().value(QStringLiteral("alarms")).toArray();
        QCOMPARE(alarms.size(), 1);
        stopServer();
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

    // Issue 13, D3: a body's size is judged on its headers, and a request without a valid
    // device token is refused before its body is read; a chunked body is cut at the limit.
    // The server read whole bodies first (three 1 GiB bodies crashed it).
    void hugeBodiesAreRefusedBeforeTheyAreRead()
    {
        startServer({QStringLiteral("--insecure-loopback"), QStringLiteral("--idle-timeout"), QStringLiteral("2")});
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        auto a = device(url);
        QVERIFY(a);
        const QByteArray token = SyncEngine::config(*a->signIn(QStringLiteral("doctor"))).value().token.toLatin1();
        const qint64 before = residentKiB(m_server.processId());
        QVERIFY(before > 0);

        qint64 sent = 0;
        QElapsedTimer t;
        t.start();
        const QByteArray gib = sendRaw(m_port, "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                                                   "\r\nContent-Type: application/json\r\nContent-Length: 1073741824", 64LL << 20, false, &sent);
        QVERIFY2(gib.startsWith("HTTP/1.1 413"), gib.left(200).constData());
        QVERIFY2(sent < (32LL << 20), qPrintable(QString::number(sent)));   // answered before the body came
        QVERIFY(t.elapsed() < 30000);

        // No token: refused on the headers, whatever the size.
        const QByteArray anonymous = sendRaw(m_port, "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000000", 4000000, false, &sent);
        QVERIFY2(anonymous.startsWith("HTTP/1.1 401"), anonymous.left(200).constData());
        QVERIFY(sent < 4000000);
        const QByteArray badToken = sendRaw(m_port, "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer nope\r\n"
                                                    "Transfer-Encoding: chunked", 64LL << 20, true, &sent);
        QVERIFY2(badToken.startsWith("HTTP/1.1 401"), badToken.left(200).constData());

        // A device's chunked body is counted as it arrives and cut past the limit.
        const QByteArray chunked = sendRaw(m_port, "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                                                       "\r\nTransfer-Encoding: chunked", 64LL << 20, true, &sent);
        QVERIFY2(sent < (40LL << 20), qPrintable(QString::number(sent)));
        QVERIFY(!chunked.startsWith("HTTP/1.1 200"));

        const qint64 after = residentKiB(m_server.processId());
        QVERIFY2(after - before < 48 * 1024, qPrintable(QStringLiteral("%1 KiB -> %2 KiB").arg(before).arg(after)));
        // And the server still serves its devices.
        {
            auto s = a->signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*s, {}).ok());
        }
        SyncReport r = syncThrough(*a, m_port);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pushed, 1);
        stopServer();
    }

    // Issue 13, D4: idle connections were kept for ever and 1,067 of them locked every device
    // out. Now a connection that sends no request headers in time is closed, and when the
    // server is full the oldest such connection makes room for a new one.
    void idleConnectionsAreClosedAndCannotLockDevicesOut()
    {
        startServer({QStringLiteral("--insecure-loopback"), QStringLiteral("--idle-timeout"), QStringLiteral("1"),
                     QStringLiteral("--max-connections"), QStringLiteral("40")});
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        auto a = device(url);
        QVERIFY(a);
        {
            auto s = a->signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*s, {}).ok());
        }
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 120; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        // Connections beyond the limit pushed the oldest idle ones out at once.
        auto closed = [&] {
            QCoreApplication::processEvents();
            return std::count_if(idle.begin(), idle.end(), [](const auto &s) {
                s->waitForReadyRead(0);
                return s->state() == QAbstractSocket::UnconnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(closed() >= 80, 5000);
        // A device still gets in while the idle ones hold the server full.
        SyncReport r = syncThrough(*a, m_port);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pushed, 1);
        // And the rest are closed after the idle timeout.
        QTRY_COMPARE_WITH_TIMEOUT(closed(), qint64(idle.size()), 5000);
        stopServer();
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
        // A client that offers only RSA key transport (no forward secrecy) is refused at the
        // handshake: the server offered every suite its TLS library had (a review). One that
        // offers ECDHE gets through.
        const auto handshake = [&](const QString &kx) {
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setProtocol(QSsl::TlsV1_2);
            QList<QSslCipher> offered;
            for (const QSslCipher &s : QSslConfiguration::supportedCiphers())
                if (s.protocol() == QSsl::TlsV1_2 && s.keyExchangeMethod() == kx && s.authenticationMethod() == QLatin1String("RSA"))
                    offered << s;
            c.setCiphers(offered);
            c.setCaCertificates(QSslCertificate::fromPath(cert));
            QSslSocket socket;
            socket.setSslConfiguration(c);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
            return std::make_pair(offered.size(), socket.waitForEncrypted(10000));
        };
        const auto [rsaSuites, rsaAccepted] = handshake(QStringLiteral("RSA"));
        QVERIFY2(rsaSuites > 0, "this TLS library has no RSA key-transport suite to try");
        QVERIFY2(!rsaAccepted, "a suite without forward secrecy was accepted");
        QVERIFY(handshake(QStringLiteral("ECDH")).second);
        stopServer();
    }
};

QTEST_GUILESS_MAIN(TestCentralHttp)
#include "tst_central_http.moc"
