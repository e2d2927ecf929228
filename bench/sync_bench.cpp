// mucotrack-sync-bench: sync throughput and cost on this machine, against the real
// mucotrack-central service. Run: build/dev/bench/mucotrack-sync-bench [changes]
#include "CentralProcess.h"
#include "FaultyProxy.h"
#include "TestSite.h"
#include "common/Ids.h"
#include "security/KeyCertificate.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncClient.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace muco;

namespace {


QString runCentral(const QStringList &args) { return test::runProgram(QStringLiteral(MUCOTRACK_CENTRAL_BIN), args); }

// n synthetic change-log entries shaped like real ones (a lab result: 7 fields).
void fillOutbox(Session &s, int n)
{
    Transaction tx(s.db());
    auto st = s.db().prepare(QStringLiteral(
        "INSERT INTO change_log (id, table_name, record_id, version, base_version, fields, changed_by, changed_utc, old_fields)"
        " VALUES (?, 'lab_results', ?, 1, 0, ?, 'nurse', '2026-11-25T08:00:00.000Z', '{}')"));
    for (int i = 0; i < n; ++i) {
        st->reset();
        st->bind(1, newUuid()).bind(2, newUuid())
            .bind(3, QStringLiteral("{\"analyte\":\"hemoglobin\",\"collected_utc\":\"2026-11-25T07:%1:00.000Z\",\"panel\":\"blood_count\","
                                    "\"patient_id\":\"%2\",\"si_value\":\"%3\",\"unit\":\"g/L\",\"value\":\"%3\"}")
                      .arg(i % 60, 2, 10, QLatin1Char('0')).arg(newUuid()).arg(90 + i % 80));
        (void)st->run();
    }
    (void)tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString data = dir.path() + QStringLiteral("/central");
    runCentral({QStringLiteral("init"), QStringLiteral("--data"), data});
    const quint16 port = test::freePort();
    QProcess server;
    server.start(QStringLiteral(MUCOTRACK_CENTRAL_BIN), {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--insecure-loopback")});
    server.waitForReadyRead(10000);

    // Each measurement enrolls for its own site, so it pulls nothing of the other's.
    // The site's administrator enrols it, as `sync enroll` does (their key certificate is the root).
    auto enrollDevice = [&](const test::TestSite &site, const QString &siteCode) {
        const QString code = runCentral({QStringLiteral("enroll"), QStringLiteral("--data"), data, QStringLiteral("--site"), siteCode});
        HttpTransport t(QStringLiteral("http://127.0.0.1:%1").arg(port), {}, {});
        QEventLoop loop;
        QString token;
        auto admin = site.signIn(QStringLiteral("admin"));
        const QJsonObject request{{QStringLiteral("code"), code}, {QStringLiteral("root"), KeyCertificates::root(*admin)->toJson()}};
        t.send("POST", QStringLiteral("/v1/enroll"), {}, request, [&](int, const QJsonObject &b, const QString &) {
            token = b.value(QStringLiteral("token")).toString();
            loop.quit();
        });
        loop.exec();
        return token;
    };

    {
        test::TestSite site;
        const QString token = enrollDevice(site, QStringLiteral("GX01"));
        auto s = site.signIn(QStringLiteral("nurse"));
        fillOutbox(*s, total);
        HttpTransport t(QStringLiteral("http://127.0.0.1:%1").arg(port), token, {});
        SyncClient::Options o;
        o.batch = 500;
        o.maxBatch = 1000;
        SyncClient client(*s, t, o);
        QElapsedTimer timer;
        timer.start();
        const SyncReport r = client.runBlocking();
        const double secs = static_cast<double>(timer.elapsed()) / 1000.0;
        std::printf("push %d changes on loopback: %.2f s (%.0f changes/s), ok=%d pending=%d\n", r.pushed, secs, r.pushed / secs, r.ok, r.pending);
        std::printf("bytes per change on the wire (gzip request body): %.1f up; %.1f down incl. acks\n",
                    static_cast<double>(t.bytesSent) / std::max(1, r.pushed), static_cast<double>(t.bytesReceived) / std::max(1, r.pushed));
    }
    {
        // Five trials, each a fresh device with 200 changes; the proxy's loss decides per request.
        QList<double> times;
        int lost = 0, failures = 0;
        qint64 up = 0, down = 0;
        for (int trial = 0; trial < 5; ++trial) {
            test::TestSite site(QStringLiteral("GX%1").arg(10 + trial));
            const QString token = enrollDevice(site, QStringLiteral("GX%1").arg(10 + trial));
            auto s = site.signIn(QStringLiteral("nurse"));
            fillOutbox(*s, 200);
            // 256 kbit/s = 32,000 bytes/s; 150 ms each way = 300 ms round trip; 5% of requests lost.
            test::FaultyProxy proxy(port, {5, 0, 0, 150, 32000}, static_cast<quint32>(trial + 1));
            const quint16 slow = proxy.start();
            HttpTransport t(QStringLiteral("http://127.0.0.1:%1").arg(slow), token, {});
            t.timeoutMs = 4000;
            SyncClient::Options o;
            o.batch = 50;
            o.maxRetries = 20;
            o.baseBackoffMs = 250;
            SyncClient client(*s, t, o);
            QElapsedTimer timer;
            timer.start();
            const SyncReport r = client.runBlocking();
            times << static_cast<double>(timer.elapsed()) / 1000.0;
            failures += r.ok && r.pushed == 200 ? 0 : 1;
            lost += proxy.dropped;
            up += proxy.bytesUp;
            down += proxy.bytesDown;
        }
        std::sort(times.begin(), times.end());
        std::printf("200 changes over 256 kbit/s, 300 ms RTT, 5%% request loss (5 trials): median %.2f s, worst %.2f s, "
                    "failed runs %d, requests lost %d, bytes up %lld down %lld per run\n",
                    times[2], times[4], failures, lost, static_cast<long long>(up / 5), static_cast<long long>(down / 5));
    }
    ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
    server.waitForFinished(5000);
    return 0;
}
