// The audit trail, readable (issue 17): AuditTrail::read's filters (patient, table, record,
// field, user, time, free text with LIKE's wildcards taken literally), who may read it, the
// chain's verification as `audit verify` reports it, and the CSV an inspector gets.
#include "TestSite.h"
#include "export/AuditTrailCsv.h"
#include "records/AdverseEvents.h"
#include "records/AuditTrail.h"
#include "records/Patients.h"
#include "SampleRecords.h"
#include <QtTest>

using namespace muco;

class TestAuditTrail : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    QString m_first, m_second, m_event;

    static bool allRows(const QList<AuditRow> &rows, const std::function<bool(const AuditRow &)> &p)
    {
        return std::all_of(rows.cbegin(), rows.cend(), p);
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        m_first = Patients::add(*doctor, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")}).value().id;
        m_second = Patients::add(*doctor, {{}, QStringLiteral("Wu Fang"), {}, {}, QStringLiteral("1966-07-02"), QStringLiteral("female")}).value().id;
        AdverseEvent e = test::mucositisEvent(m_first);
        auto saved = AdverseEvents::save(*doctor, e);
        QVERIFY(saved.ok());
        m_event = saved->id;
        e.id = m_event;
        e.grade = 3;
        QVERIFY(AdverseEvents::save(*doctor, e, QStringLiteral("transcription error, 100% sure")).ok());
    }

    void cleanup() { m_site.reset(); }

    void whoMayRead_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("monitor") << "monitor" << true;
        QTest::newRow("administrator") << "admin" << true;
        QTest::newRow("investigator") << "doctor" << false;
        QTest::newRow("nurse") << "nurse" << false;
        QTest::newRow("coordinator") << "coord" << false;
    }

    void whoMayRead()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        auto s = m_site->signIn(user);
        QCOMPARE(AuditTrail::read(*s).ok(), allowed);
        QCOMPARE(AuditTrail::verify(*s).ok(), allowed);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("patient");   // "first", "second" or empty
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");      // -1: at least one, each checked below
        QTest::newRow("the first patient's rows") << "first" << "" << "" << "" << "" << -1;
        QTest::newRow("the second patient has no adverse event") << "second" << "adverse_events" << "" << "" << "" << 0;
        QTest::newRow("the grade's two values") << "first" << "adverse_events" << "grade" << "" << "" << 2;
        QTest::newRow("by the reason's words") << "" << "" << "" << "" << "transcription" << 1;
        QTest::newRow("percent taken literally") << "" << "" << "" << "" << "100%" << 1;
        QTest::newRow("percent matches nothing else") << "" << "" << "" << "" << "0% s" << 1;
        QTest::newRow("underscore taken literally") << "" << "" << "" << "" << "Mucositis_oral" << 0;
        QTest::newRow("the term as written") << "" << "" << "" << "" << "Mucositis oral" << 1;
        QTest::newRow("another user's rows") << "" << "adverse_events" << "" << "nurse" << "" << 0;
        QTest::newRow("the doctor's grade") << "" << "adverse_events" << "grade" << "doctor" << "" << 2;
    }

    void filters()
    {
        QFETCH(QString, patient);
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QString, user);
        QFETCH(QString, text);
        QFETCH(int, expected);
        auto s = m_site->signIn(QStringLiteral("monitor"));
        AuditFilter f;
        f.patientId = patient == QLatin1String("first") ? m_first : patient == QLatin1String("second") ? m_second : QString();
        f.table = table;
        f.field = field;
        f.user = user;
        f.text = text;
        auto rows = AuditTrail::read(*s, f);
        QVERIFY(rows.ok());
        if (expected >= 0)
            QCOMPARE(rows->size(), expected);
        else
            QVERIFY(!rows->isEmpty());
        QVERIFY(allRows(rows.value(), [&](const AuditRow &r) {
            return (f.patientId.isEmpty() || r.patientId == f.patientId) && (table.isEmpty() || r.table == table)
                && (field.isEmpty() || r.field == field) && (user.isEmpty() || r.user == user);
        }));
        QVERIFY(std::is_sorted(rows->cbegin(), rows->cend(), [](const AuditRow &a, const AuditRow &b) { return a.seq < b.seq; }));
    }

    void rowsNameTheirPatientAndSubject()
    {
        auto s = m_site->signIn(QStringLiteral("monitor"));
        AuditFilter f;
        f.table = QStringLiteral("adverse_events");
        f.field = QStringLiteral("grade");
        auto rows = AuditTrail::read(*s, f);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const AuditRow &update = rows->last();
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.oldValue, QStringLiteral("2"));
        QCOMPARE(update.newValue, QStringLiteral("3"));
        QCOMPARE(update.reason, QStringLiteral("transcription error, 100% sure"));
        QCOMPARE(update.user, QStringLiteral("doctor"));
        QCOMPARE(update.patientId, m_first);
        QCOMPARE(update.subjectId, QStringLiteral("GX01-0001"));
        QCOMPARE(update.recordId, m_event);
        QVERIFY(update.isSigned);
        // Sign-ins belong to no patient.
        f = {};
        f.text = QStringLiteral("sign_in");
        auto signIns = AuditTrail::read(*s, f);
        QVERIFY(signIns.ok() && !signIns->isEmpty());
        QVERIFY(allRows(signIns.value(), [](const AuditRow &r) { return r.patientId.isEmpty() || r.action != QLatin1String("sign_in"); }));
    }

    void theNewestRowsWithALimitAndATimeWindow()
    {
        auto s = m_site->signIn(QStringLiteral("monitor"));
        auto all = AuditTrail::read(*s);
        QVERIFY(all.ok() && all->size() > 5);
        AuditFilter f;
        f.limit = 3;
        auto newest = AuditTrail::read(*s, f);
        QCOMPARE(newest->size(), 3);
        QCOMPARE(newest->last().seq, all->last().seq);
        QCOMPARE(newest->first().seq, all->at(all->size() - 3).seq);
        f = {};
        f.fromUtc = all->last().atUtc.addSecs(1);
        QCOMPARE(AuditTrail::read(*s, f)->size(), 0);
        f = {};
        f.toUtc = all->first().atUtc;
        QCOMPARE(AuditTrail::read(*s, f)->size(), 0);
    }

    void anUnknownTableIsRefusedByName()
    {
        auto s = m_site->signIn(QStringLiteral("monitor"));
        AuditFilter f;
        f.table = QStringLiteral("audit; DROP TABLE patients");
        auto rows = AuditTrail::read(*s, f);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().field, QStringLiteral("table"));
    }

    void verificationFindsAnEditedRow()
    {
        auto monitor = m_site->signIn(QStringLiteral("monitor"));
        auto v = AuditTrail::verify(*monitor);
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        AuditFilter f;
        f.field = QStringLiteral("grade");
        const qint64 seq = AuditTrail::read(*monitor, f)->last().seq;
        QVERIFY(monitor->db().exec(QStringLiteral("UPDATE audit SET new_value = '2' WHERE seq = %1").arg(seq)).ok());
        auto broken = AuditTrail::verify(*monitor);
        QVERIFY(broken.ok());
        QVERIFY(!broken->intact);
        QCOMPARE(broken->firstBroken, seq);
        QVERIFY(!broken->problem.isEmpty());
    }

    void csvQuotesWhatNeedsIt()
    {
        auto s = m_site->signIn(QStringLiteral("monitor"));
        AuditFilter f;
        f.field = QStringLiteral("grade");
        auto rows = AuditTrail::read(*s, f);
        QVERIFY(rows.ok());
        const QStringList lines = QString::fromUtf8(exports::auditTrailCsv(rows.value())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first(), QStringLiteral("seq,at_utc,user,action,table,record_id,subject_id,field,old_value,new_value,reason,signed"));
        QVERIFY2(lines.last().endsWith(QStringLiteral(",grade,2,3,\"transcription error, 100% sure\",yes")), qPrintable(lines.last()));
        QVERIFY(lines.last().contains(QStringLiteral(",GX01-0001,")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(exports::writeAuditTrailCsv(path, rows.value()).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exports::auditTrailCsv(rows.value()));
    }
};

QTEST_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
