// The Randomization part of contracts/cli-trial.md, through the real programs: the central
// site's `randomization generate | import | report` and the site's `randomize`, online against
// a served central site and offline from the sealed reserve; exit codes, messages naming the
// option or the line and column, and the --json shapes exactly as the contract writes them.
#include "CentralProcess.h"
#include "CliRunner.h"
#include "Enrollment.h"
#include "TestSite.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>
#include <csignal>

using namespace muco;
using test::CliRun;

namespace {

QString central() { return qEnvironmentVariable("MUCOTRACK_CENTRAL"); }

CliRun runCentral(const QStringList &args)
{
    QProcess p;
    p.start(central(), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestCliRandomization : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    std::unique_ptr<test::TestSite> m_site;

    QString data() const { return m_dir.path() + QStringLiteral("/central"); }

    QStringList as(const QString &user, QStringList args) const
    {
        return args << QStringLiteral("--db") << m_site->path() << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
    }
    static QByteArray password(const QString &p = test::kPassword) { return p.toUtf8() + '\n'; }

private slots:
    void initTestCase()
    {
        QVERIFY(runCentral({QStringLiteral("init"), QStringLiteral("--data"), data()}).exitCode == 0);
        QCOMPARE(runCentral({QStringLiteral("enroll"), QStringLiteral("--data"), data(), QStringLiteral("--site"), QStringLiteral("GX01")}).exitCode, 0);
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QVERIFY(test::addEnrolledPatient(*coord, QStringLiteral("Ma Lin")).ok());                                        // GX01-0001
        QVERIFY(Patients::add(*coord, {{}, QStringLiteral("Qian Li"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")}).ok());   // GX01-0002
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }

    void generateAndImportRefuseBadInput()
    {
        CliRun r = runCentral({QStringLiteral("randomization"), QStringLiteral("generate"), QStringLiteral("--data"), data(),
                               QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--per-stratum"), QStringLiteral("10"),
                               QStringLiteral("--blocks"), QStringLiteral("2,3")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("--blocks"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = runCentral({QStringLiteral("randomization"), QStringLiteral("generate"), QStringLiteral("--data"), data(),
                        QStringLiteral("--seed"), QStringLiteral("seven"), QStringLiteral("--per-stratum"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("--seed"), r.err.constData());
        QFile csv(m_dir.path() + QStringLiteral("/list.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("stratum,sequence,arm\nGX01,1,control\nGX01,2,placebo\n");
        csv.close();
        r = runCentral({QStringLiteral("randomization"), QStringLiteral("import"), QStringLiteral("--data"), data(), csv.fileName()});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("list.csv, line 3, column arm"), r.err.constData());
        r = runCentral({QStringLiteral("randomization"), QStringLiteral("generate"), QStringLiteral("--data"), data(),
                        QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--per-stratum"), QStringLiteral("10"),
                        QStringLiteral("--blocks"), QStringLiteral("2,4")});
        QCOMPARE(r.exitCode, 0);
    }

    void randomizeRefusals()
    {
        const QStringList first{QStringLiteral("randomize"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0001"), QStringLiteral("--json")};
        CliRun r = test::runCli(as(QStringLiteral("nurse"), first), password());
        QCOMPARE(r.exitCode, 3);
        r = test::runCli(as(QStringLiteral("coord"), first), password(QStringLiteral("wrong-password")));
        QCOMPARE(r.exitCode, 3);
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("randomize"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0002")}), password());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("not enrolled"), r.err.constData());
        // Not enrolled with a central site, and no reserve: offline and empty, nothing allocated.
        r = test::runCli(as(QStringLiteral("coord"), first), password());
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.isEmpty());
        // Said as it is: no central site to reach ("cannot be reached" sent a DEMO user looking
        // for a network fault).
        QVERIFY2(r.err.contains("not enrolled with the trial's central site"), r.err.constData());
        QVERIFY(!r.err.contains("cannot be reached"));
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QCOMPARE(Randomizations::all(coord->db())->size(), 0);
    }

    void onlineThenReserveAndReport()
    {
        m_port = test::freePort();
        m_server.start(central(), {QStringLiteral("serve"), QStringLiteral("--data"), data(), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--insecure-loopback")});
        QVERIFY(m_server.waitForStarted());
        QByteArray out;
        QTRY_VERIFY((out += m_server.readAllStandardOutput()).contains("Serving") || m_server.state() != QProcess::Running);
        const QString code = QString::fromUtf8(runCentral({QStringLiteral("enroll"), QStringLiteral("--data"), data(), QStringLiteral("--site"),
                                                           QStringLiteral("GX01")}).out).trimmed();
        CliRun r = test::runCli(as(QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("enroll"), QStringLiteral("--server"),
                                                             QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("--code"), code}),
                                password());
        QCOMPARE(r.exitCode, 0);
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("randomize"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0001"),
                                                      QStringLiteral("--json")}), password());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject a = r.json();
        QCOMPARE(keys(a), (QStringList{QStringLiteral("allocated_utc"), QStringLiteral("arm"), QStringLiteral("sequence"), QStringLiteral("source"),
                                       QStringLiteral("stratum"), QStringLiteral("subject_id")}));
        QCOMPARE(a.value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(a.value(QStringLiteral("source")).toString(), QStringLiteral("online"));
        QCOMPARE(a.value(QStringLiteral("stratum")).toString(), QStringLiteral("GX01"));
        QCOMPARE(a.value(QStringLiteral("sequence")).toInt(), 1);
        // Once.
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("randomize"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0001")}), password());
        QCOMPARE(r.exitCode, 4);
        // Sync refills the reserve, which sync status shows by stratum.
        QCOMPARE(test::runCli(as(QStringLiteral("coord"), {QStringLiteral("sync"), QStringLiteral("now")}), password()).exitCode, 0);
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")}), password());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("reserve")).toObject(), (QJsonObject{{QStringLiteral("GX01"), 2}}));
        ::kill(static_cast<pid_t>(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));

        // Offline now: the next enrolled patient is randomized from the reserve.
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QVERIFY(test::addEnrolledPatient(*coord, QStringLiteral("Xu Ning")).ok());   // GX01-0003
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("randomize"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0003"),
                                                      QStringLiteral("--json")}), password());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("source")).toString(), QStringLiteral("reserve"));
        QCOMPARE(r.json().value(QStringLiteral("sequence")).toInt(), 2);

        // The central site's report: the online allocation (the reserve use arrives at the next sync).
        r = runCentral({QStringLiteral("randomization"), QStringLiteral("report"), QStringLiteral("--data"), data(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(keys(rep), (QStringList{QStringLiteral("allocations"), QStringLiteral("by_site"), QStringLiteral("integrity"),
                                         QStringLiteral("unused_reserved")}));
        const QJsonArray allocations = rep.value(QStringLiteral("allocations")).toArray();
        QCOMPARE(allocations.size(), 1);
        QCOMPARE(keys(allocations.at(0).toObject()),
                 (QStringList{QStringLiteral("allocated_utc"), QStringLiteral("arm"), QStringLiteral("device"), QStringLiteral("sequence"),
                              QStringLiteral("site"), QStringLiteral("source"), QStringLiteral("stratum"), QStringLiteral("subject_id")}));
        QCOMPARE(allocations.at(0).toObject().value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(rep.value(QStringLiteral("unused_reserved")).toInt(), 2);
        QCOMPARE(rep.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        const QJsonObject gx01 = rep.value(QStringLiteral("by_site")).toObject().value(QStringLiteral("GX01")).toObject();
        QCOMPARE(keys(gx01), (QStringList{QStringLiteral("control"), QStringLiteral("experimental")}));
        QCOMPARE(gx01.value(QStringLiteral("control")).toInt() + gx01.value(QStringLiteral("experimental")).toInt(), 1);

        // An enrolled device whose token no longer opens (its server changed outside MucoTrack,
        // by whoever holds the database key) says so, and does not take an arm from the reserve
        // as if it had never been enrolled.
        {
            auto db = m_site->openWithExtractedKey(QStringLiteral("monitor"));
            QVERIFY(db);
            QVERIFY(db->putMeta(QStringLiteral("sync_server"), QStringLiteral("http://127.0.0.1:1")).ok());
        }
        QVERIFY(test::addEnrolledPatient(*coord, QStringLiteral("Zhou Bo")).ok());   // GX01-0004
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("randomize"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0004"),
                                                      QStringLiteral("--json")}), password());
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("does not open"), r.err.constData());
        r = test::runCli(as(QStringLiteral("coord"), {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")}), password());
        QCOMPARE(r.json().value(QStringLiteral("reserve")).toObject(), (QJsonObject{{QStringLiteral("GX01"), 1}}));   // untouched

        // A list with allocations is not replaced.
        r = runCentral({QStringLiteral("randomization"), QStringLiteral("generate"), QStringLiteral("--data"), data(),
                        QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--per-stratum"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliRandomization)
#include "tst_cli_randomization.moc"
