// The command line of queries and SDV (contracts/cli-trial.md, "Queries and source data
// verification"), and of the conflicts a sync reports (`sync conflicts`, `sync resolve`),
// driven through the real binaries as a script would: exit codes, JSON, the option named in
// every refusal, and `mucotrack-central queries` with ages.
#include "CliRunner.h"
#include "demo/DirectTransport.h"
#include "TestSite.h"
#include "records/AdverseEvents.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include "sync/SyncClient.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace muco;

namespace {

const QByteArray kStdin = test::kPassword.toUtf8() + '\n';

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run central(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("MUCOTRACK_CENTRAL"), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCliQueries : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    QString m_event;

    static test::CliRun cliOn(const test::TestSite &site, const QString &user, QStringList args, const QByteArray &in = kStdin)
    {
        args << QStringLiteral("--db") << site.path() << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
        return test::runCli(args, in);
    }
    test::CliRun cli(const QString &user, const QStringList &args, const QByteArray &in = kStdin) { return cliOn(*m_site, user, args, in); }

    test::CliRun raise(const QString &user, const QString &record, const QString &field)
    {
        return cli(user, {QStringLiteral("query"), QStringLiteral("raise"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0001"),
                          QStringLiteral("--record"), record, QStringLiteral("--field"), field,
                          QStringLiteral("--text"), QStringLiteral("The source says grade 3"), QStringLiteral("--json")});
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        auto p = Patients::add(*doctor, {{}, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"), {}, QStringLiteral("1960-01-01"), QStringLiteral("male")});
        QVERIFY(p.ok());
        AdverseEvent e;
        e.patientId = p->id;
        e.term = QStringLiteral("Mucositis oral");
        e.grade = 2;
        e.onset = QDate(2026, 11, 18);
        e.relation = QStringLiteral("unlikely");
        e.action = QStringLiteral("none");
        e.outcome = QStringLiteral("not_recovered");
        e.state = QStringLiteral("confirmed");
        auto saved = AdverseEvents::save(*doctor, e);
        QVERIFY(saved.ok());
        m_event = saved->id;
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("named");
        QTest::newRow("a nurse cannot raise") << QStringLiteral("nurse") << QStringLiteral("adverse_events/EVENT") << QStringLiteral("grade") << 3 << QStringLiteral("nurse");
        QTest::newRow("unknown table") << QStringLiteral("monitor") << QStringLiteral("users/EVENT") << QStringLiteral("grade") << 4 << QStringLiteral("--record");
        QTest::newRow("identity table") << QStringLiteral("monitor") << QStringLiteral("patient_identity/EVENT") << QStringLiteral("name") << 4 << QStringLiteral("--record");
        QTest::newRow("unknown field") << QStringLiteral("monitor") << QStringLiteral("adverse_events/EVENT") << QStringLiteral("colour") << 4 << QStringLiteral("--field");
        QTest::newRow("SQL as a field") << QStringLiteral("monitor") << QStringLiteral("adverse_events/EVENT") << QStringLiteral("grade=1;--") << 4 << QStringLiteral("--field");
        QTest::newRow("no such record") << QStringLiteral("monitor") << QStringLiteral("adverse_events/nope") << QStringLiteral("grade") << 4 << QStringLiteral("--record");
        QTest::newRow("not TABLE/ID") << QStringLiteral("monitor") << QStringLiteral("adverse_events") << QStringLiteral("grade") << 4 << QStringLiteral("--record");
    }
    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, record);
        QFETCH(QString, field);
        QFETCH(int, exit);
        QFETCH(QString, named);
        const test::CliRun r = raise(user, QString(record).replace(QStringLiteral("EVENT"), m_event), field);
        QCOMPARE(r.exitCode, exit);
        QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const test::CliRun list = cli(QStringLiteral("monitor"), {QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.json().value(QStringLiteral("queries")).toArray().isEmpty());
    }

    void wrongPasswordSignsNothing()
    {
        const test::CliRun r = cli(QStringLiteral("monitor"),
                                   {QStringLiteral("query"), QStringLiteral("raise"), QStringLiteral("--subject-id"), QStringLiteral("GX01-0001"),
                                    QStringLiteral("--record"), QStringLiteral("adverse_events/") + m_event, QStringLiteral("--field"),
                                    QStringLiteral("grade"), QStringLiteral("--text"), QStringLiteral("?")},
                                   "wrong-password\n");
        QCOMPARE(r.exitCode, 3);
    }

    void cycleThroughTheCliAndTheCentralSite()
    {
        const test::CliRun raised = raise(QStringLiteral("monitor"), QStringLiteral("adverse_events/") + m_event, QStringLiteral("grade"));
        QVERIFY2(raised.exitCode == 0, raised.err.constData());
        const QString id = raised.json().value(QStringLiteral("id")).toString();
        QCOMPARE(raised.json().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(raised.json().value(QStringLiteral("value")).toString(), QStringLiteral("2"));
        QCOMPARE(raised.json().value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0001"));

        const QStringList answer{QStringLiteral("query"), QStringLiteral("answer"), QStringLiteral("--query"), id,
                                 QStringLiteral("--text"), QStringLiteral("Corrected from the source"),
                                 QStringLiteral("--correct"), QStringLiteral("3"), QStringLiteral("--reason"),
                                 QStringLiteral("Source: confluent ulcers"), QStringLiteral("--json")};
        QCOMPARE(cli(QStringLiteral("monitor"), answer).exitCode, 3);   // a monitor does not answer
        QCOMPARE(cli(QStringLiteral("nurse"), answer).exitCode, 3);     // nor does a nurse correct an adverse event
        const test::CliRun noReason = cli(QStringLiteral("doctor"), answer.mid(0, 8));
        QCOMPARE(noReason.exitCode, 2);
        QStringList nine = answer;
        nine[7] = QStringLiteral("9");
        const test::CliRun badValue = cli(QStringLiteral("doctor"), nine);
        QCOMPARE(badValue.exitCode, 4);
        QVERIFY2(badValue.err.contains("--correct"), badValue.err.constData());
        const test::CliRun answered = cli(QStringLiteral("doctor"), answer);
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QCOMPARE(answered.json().value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
        QCOMPARE(answered.json().value(QStringLiteral("value")).toString(), QStringLiteral("3"));
        QCOMPARE(answered.json().value(QStringLiteral("messages")).toArray().last().toObject().value(QStringLiteral("corrected_value")).toString(),
                 QStringLiteral("3"));

        // What the central site holds after the site syncs, with its age.
        QTemporaryDir data;
        {
            auto backend = CentralBackend::openEmbedded(data.path(), true);
            QVERIFY(backend.ok());
            CentralStore store(std::move(backend).value(), Clock::system());
            CentralService service(store);
            auto code = store.createEnrollmentCode(QStringLiteral("GX01"));
            auto e = store.enroll(code.value());
            DirectTransport transport(service, e->token);
            auto doctor = m_site->signIn(QStringLiteral("doctor"));
            SyncClient::Options o;
            o.baseBackoffMs = 1;
            SyncClient client(*doctor, transport, o);
            QVERIFY(client.runBlocking().ok);
        }
        const Run open = central({QStringLiteral("queries"), QStringLiteral("--data"), data.path(), QStringLiteral("--open"), QStringLiteral("--json")});
        QVERIFY2(open.exitCode == 0, open.err.constData());
        const QJsonArray all = open.json().value(QStringLiteral("queries")).toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject q = all.first().toObject();
        QCOMPARE(q.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(q.value(QStringLiteral("site")).toString(), QStringLiteral("GX01"));
        QCOMPARE(q.value(QStringLiteral("subject_id")).toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(q.value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
        QCOMPARE(q.value(QStringLiteral("field")).toString(), QStringLiteral("grade"));
        QCOMPARE(q.value(QStringLiteral("messages")).toInt(), 2);
        // Raised a moment ago by the CLI (the system clock): 0 days old (tst_queries checks older ones).
        const QDateTime raisedAt = QDateTime::fromString(q.value(QStringLiteral("raised_utc")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(raisedAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QCOMPARE(q.value(QStringLiteral("age_days")).toInt(), int(raisedAt.daysTo(QDateTime::currentDateTimeUtc())));

        // The monitor closes; the open list at the site is empty.
        const test::CliRun closed = cli(QStringLiteral("monitor"), {QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"), id,
                                                                    QStringLiteral("--text"), QStringLiteral("Thank you"), QStringLiteral("--json")});
        QVERIFY2(closed.exitCode == 0, closed.err.constData());
        QCOMPARE(closed.json().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        const test::CliRun openList = cli(QStringLiteral("doctor"), {QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json")});
        QVERIFY(openList.json().value(QStringLiteral("queries")).toArray().isEmpty());
        const test::CliRun allList = cli(QStringLiteral("doctor"), {QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(allList.json().value(QStringLiteral("queries")).toArray().size(), 1);
        // Closing twice is invalid input, naming the query.
        const test::CliRun again = cli(QStringLiteral("monitor"), {QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"), id});
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.err.contains("--query"));
    }

    void sdvMarkThroughTheCli()
    {
        const QString record = QStringLiteral("adverse_events/") + m_event;
        QCOMPARE(cli(QStringLiteral("nurse"), {QStringLiteral("sdv"), QStringLiteral("mark"), QStringLiteral("--record"), record}).exitCode, 3);
        const test::CliRun bad = cli(QStringLiteral("monitor"), {QStringLiteral("sdv"), QStringLiteral("mark"), QStringLiteral("--record"),
                                                                 QStringLiteral("audit/1")});
        QCOMPARE(bad.exitCode, 4);
        QVERIFY(bad.err.contains("--record"));
        const test::CliRun before = cli(QStringLiteral("monitor"), {QStringLiteral("sdv"), QStringLiteral("remaining"), QStringLiteral("--json")});
        QCOMPARE(before.json().value(QStringLiteral("remaining")).toArray().size(), 1);
        const test::CliRun marked = cli(QStringLiteral("monitor"), {QStringLiteral("sdv"), QStringLiteral("mark"), QStringLiteral("--record"), record,
                                                                    QStringLiteral("--json")});
        QVERIFY2(marked.exitCode == 0, marked.err.constData());
        QCOMPARE(marked.json().value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
        QCOMPARE(marked.json().value(QStringLiteral("critical")).toBool(), true);
        const test::CliRun after = cli(QStringLiteral("monitor"), {QStringLiteral("sdv"), QStringLiteral("remaining"), QStringLiteral("--json")});
        QVERIFY(after.json().value(QStringLiteral("remaining")).toArray().isEmpty());
    }

    // Conflicts from the command line, as the desktop's dialog resolves them (every workflow of
    // the app is a command): listed, each refusal naming its option, resolved with a reason, and
    // the resolution synced so that both devices hold the same value.
    void conflictsAreListedAndResolved()
    {
        QTemporaryDir data;
        auto backend = CentralBackend::openEmbedded(data.path(), true);
        QVERIFY(backend.ok());
        CentralStore store(std::move(backend).value(), Clock::system());
        CentralService service(store);
        test::TestSite other;
        QVERIFY(other.ok());
        const auto transport = [&] {
            auto e = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value());
            return std::make_unique<DirectTransport>(service, e->token);
        };
        auto here = transport(), there = transport();
        const auto synced = [](const test::TestSite &site, DirectTransport &t) {
            auto doctor = site.signIn(QStringLiteral("doctor"));
            SyncClient::Options o;
            o.baseBackoffMs = 1;
            SyncClient client(*doctor, t, o);
            return client.runBlocking().ok;
        };
        const QString patient = Patients::bySubjectId(*m_site->signIn(QStringLiteral("doctor")), QStringLiteral("GX01-0001"))->id;
        const auto setDate = [&](const test::TestSite &site, const QString &date) {
            auto s = site.signIn(QStringLiteral("doctor"));
            Transaction tx(s->db());
            return RecordStore::update(*s, {&Patients::table(), patient, {{QStringLiteral("status_date"), date}}, QStringLiteral("test")}).ok()
                   && tx.commit().ok();
        };
        const auto dateOn = [&](const test::TestSite &site) {
            return RecordStore::read(*site.signIn(QStringLiteral("doctor")), Patients::table(), patient)->value(QStringLiteral("status_date")).toString();
        };
        QVERIFY(synced(*m_site, *here));
        QVERIFY(synced(other, *there));
        QVERIFY(setDate(*m_site, QStringLiteral("2026-11-10")));
        QVERIFY(setDate(other, QStringLiteral("2026-11-12")));
        QVERIFY(synced(*m_site, *here));
        QVERIFY(synced(other, *there));

        const test::CliRun listed = cliOn(other, QStringLiteral("doctor"), {QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray all = listed.json().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject c = all.first().toObject();
        QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("status_date"));
        QCOMPARE(c.value(QStringLiteral("central_value")).toString(), QStringLiteral("2026-11-10"));
        QCOMPARE(c.value(QStringLiteral("device_value")).toString(), QStringLiteral("2026-11-12"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QString id = c.value(QStringLiteral("id")).toString();

        const auto resolving = [&](const QString &user, const QStringList &options) {
            return cliOn(other, user, QStringList{QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("--json")} + options);
        };
        const QStringList reason{QStringLiteral("--reason"), QStringLiteral("The form says the 10th")};
        struct Refusal {
            QString user;
            QStringList options;
            int exit;
            QByteArray named;
        };
        const QList<Refusal> refusals{
            {QStringLiteral("doctor"), QStringList{QStringLiteral("--conflict"), id, QStringLiteral("--keep"), QStringLiteral("mine")} + reason, 4, "--keep"},
            {QStringLiteral("doctor"), {QStringLiteral("--conflict"), id, QStringLiteral("--keep"), QStringLiteral("central")}, 2, "--reason"},
            {QStringLiteral("doctor"), {QStringLiteral("--conflict"), id, QStringLiteral("--keep"), QStringLiteral("central"), QStringLiteral("--reason"), QStringLiteral(" ")}, 4, "--reason"},
            {QStringLiteral("doctor"), QStringList{QStringLiteral("--conflict"), QStringLiteral("nope"), QStringLiteral("--keep"), QStringLiteral("central")} + reason, 4, "--conflict"},
            {QStringLiteral("doctor"), QStringList{QStringLiteral("--keep"), QStringLiteral("central")} + reason, 2, "--conflict"},
            {QStringLiteral("nurse"), QStringList{QStringLiteral("--conflict"), id, QStringLiteral("--keep"), QStringLiteral("central")} + reason, 3, ""}};
        for (const Refusal &r : refusals) {
            const test::CliRun refused = resolving(r.user, r.options);
            QCOMPARE(refused.exitCode, r.exit);
            QVERIFY2(refused.err.contains(r.named), refused.err.constData());
            QVERIFY(refused.out.isEmpty());
        }
        QCOMPARE(dateOn(other), QStringLiteral("2026-11-12"));

        const test::CliRun resolved = resolving(QStringLiteral("doctor"), QStringList{QStringLiteral("--conflict"), id, QStringLiteral("--keep"), QStringLiteral("central")} + reason);
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        QCOMPARE(resolved.json().value(QStringLiteral("kept")).toString(), QStringLiteral("central"));
        QCOMPARE(dateOn(other), QStringLiteral("2026-11-10"));
        const test::CliRun open = cliOn(other, QStringLiteral("doctor"), {QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--open"), QStringLiteral("--json")});
        QVERIFY(open.json().value(QStringLiteral("conflicts")).toArray().isEmpty());
        QVERIFY(synced(other, *there));
        QVERIFY(synced(*m_site, *here));
        QCOMPARE(dateOn(*m_site), QStringLiteral("2026-11-10"));
    }
};

QTEST_GUILESS_MAIN(TestCliQueries)
#include "tst_cli_queries.moc"
