// Change notices come from the write path (issue 9): every write records itself on the open
// Transaction, and its commit emits one typed list; a rollback emits nothing; a write outside
// a transaction is refused. The UI listens to nothing else.
#include "TestSite.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Transaction.h"
#include <QSignalSpy>
#include <QtTest>

using namespace muco;

namespace {

QList<ChangeSet> sets(const QSignalSpy &spy)
{
    QList<ChangeSet> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<ChangeSet>();
    return out;
}

QStringList tables(const ChangeSet &set)
{
    QStringList out;
    for (const RecordChange &c : set)
        out << c.table;
    return out;
}

} // namespace

class TestChangeNotices : public QObject {
    Q_OBJECT
    test::TestSite m_site;

private slots:
    void initTestCase() { qRegisterMetaType<ChangeSet>(); }

    void aNewPatientIsOneCommittedSet()
    {
        auto coord = m_site.signIn(QStringLiteral("coord"));
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        auto p = Patients::add(*coord, {{}, QStringLiteral("Li Wei"), {}, {}, QStringLiteral("1961-04-02"), QStringLiteral("male")});
        QVERIFY(p.ok());
        QCOMPARE(spy.count(), 1);
        const ChangeSet set = sets(spy).first();
        QCOMPARE(tables(set), (QStringList{QStringLiteral("patients"), QStringLiteral("patient_identity")}));
        for (const RecordChange &c : set) {
            QCOMPARE(c.kind, RecordChange::Kind::Created);
            QCOMPARE(c.recordId, p->id);
            QCOMPARE(c.patientId, p->id);   // both are the patient's own record
        }
        QVERIFY(set.first().fields.contains(QStringLiteral("birth_date")));
    }

    void aClinicalRecordNamesItsPatientAndFields()
    {
        auto coord = m_site.signIn(QStringLiteral("coord"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Zhao Min"), {}, {}, QStringLiteral("1958-09-12"), QStringLiteral("female")})->id;
        auto doctor = m_site.signIn(QStringLiteral("doctor"));
        RtPlan plan;
        plan.patientId = patient;
        plan.totalDoseGy = *Decimal::parse(QStringLiteral("70"));
        plan.fractions = 35;
        plan.dosePerFractionGy = *Decimal::parse(QStringLiteral("2"));
        plan.startDate = QDate(2026, 11, 2);
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        auto saved = Radiotherapy::savePlan(*doctor, plan);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(spy.count(), 1);
        const ChangeSet set = sets(spy).first();
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.first().table, Radiotherapy::planTable().name);
        QCOMPARE(set.first().patientId, patient);
        QVERIFY(set.first().fields.contains(QStringLiteral("total_dose_gy")));
        QCOMPARE(ChangeNotifier::tablesOf(set, patient), QStringList{Radiotherapy::planTable().name});
        QVERIFY(ChangeNotifier::tablesOf(set, QStringLiteral("someone-else")).isEmpty());

        // Changing one field names that field only.
        spy.clear();
        RtPlan changed = saved.value();
        changed.technique = QStringLiteral("IMRT");
        QVERIFY(Radiotherapy::savePlan(*doctor, changed, QStringLiteral("planning system export")).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(sets(spy).first().first().kind, RecordChange::Kind::Updated);
        // An untouched empty field is not a change (chemo_agent stayed NULL, not NULL -> "").
        QCOMPARE(sets(spy).first().first().fields.join(QLatin1Char(',')), QStringLiteral("technique"));
    }

    // Signing a severe grade drafts an adverse event in the same transaction: one set names
    // both tables, so the workspace reloads the adverse-event tab without knowing why.
    void signingASevereGradeNamesTheDraftedAdverseEvent()
    {
        auto coord = m_site.signIn(QStringLiteral("coord"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Chen Jie"), {}, {}, QStringLiteral("1966-01-20"), QStringLiteral("male")})->id;
        auto doctor = m_site.signIn(QStringLiteral("doctor"));
        Exam f;
        f.sorenessReported = f.erythemaSeen = true;
        f.diet = DietTolerated::LiquidOnly;
        f.pain = Severity::Severe;
        f.analgesia = Analgesia::Narcotic;
        f.appearance = MucosaAppearance::ConfluentPseudomembranes;
        f.omas.insert(OmasSite::LeftCheek, {3, 2});
        auto a = Assessments::record(*doctor, patient, QDate(2026, 11, 20), f, {{3}, {2}});
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QVERIFY(a->who.grade >= 3);
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        QVERIFY(Assessments::sign(*doctor, a->id, test::kPassword).ok());
        QCOMPARE(spy.count(), 1);
        const QStringList touched = ChangeNotifier::tablesOf(sets(spy).first(), patient);
        QVERIFY2(touched.contains(Assessments::table().name), qPrintable(touched.join(QLatin1Char(','))));
        QVERIFY2(touched.contains(AdverseEvents::table().name), qPrintable(touched.join(QLatin1Char(','))));
    }

    void aRollbackEmitsNothing()
    {
        auto coord = m_site.signIn(QStringLiteral("coord"));
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        {
            Transaction tx(coord->db());
            QVERIFY(tx.begun().ok());
            auto w = RecordStore::create(*coord, {&Patients::table(), {}, {{QStringLiteral("subject_id"), QStringLiteral("GX01-9999")},
                                                                          {QStringLiteral("subject_number"), 9999},
                                                                          {QStringLiteral("status"), QStringLiteral("screening")},
                                                                          {QStringLiteral("created_utc"), QStringLiteral("2026-11-20T09:00:00Z")}}, {}});
            QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        }   // not committed: rolled back
        QCOMPARE(spy.count(), 0);
        QCOMPARE(coord->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients WHERE subject_id = 'GX01-9999'")).value(), qint64(0));
    }

    void aWriteOutsideATransactionIsRefused()
    {
        auto coord = m_site.signIn(QStringLiteral("coord"));
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        auto w = RecordStore::create(*coord, {&Patients::table(), {}, {{QStringLiteral("subject_id"), QStringLiteral("GX01-9998")},
                                                                      {QStringLiteral("subject_number"), 9998},
                                                                      {QStringLiteral("status"), QStringLiteral("screening")},
                                                                          {QStringLiteral("created_utc"), QStringLiteral("2026-11-20T09:00:00Z")}}, {}});
        QVERIFY(!w.ok());
        QCOMPARE(w.error().kind, ErrorKind::Storage);
        QCOMPARE(coord->db().scalarInt(QStringLiteral("SELECT count(*) FROM patients WHERE subject_id = 'GX01-9998'")).value(), qint64(0));
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotices)
#include "tst_change_notices.moc"
