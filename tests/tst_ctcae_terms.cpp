// The CTCAE v5.0 term list compiled into the program, and the rule that an adverse event is
// named by one of its terms, stored with the term's MedDRA code and the CTCAE version.
#include "TestSite.h"
#include "clinical/CtcaeTerms.h"
#include "records/AdverseEvents.h"
#include "records/Patients.h"
#include <QSet>
#include <QtTest>

using namespace muco;

class TestCtcaeTerms : public QObject {
    Q_OBJECT
private slots:
    void listIsCompiledIn()
    {
        const QList<CtcaeTerm> &all = CtcaeTerms::all();
        QCOMPARE(all.size(), 837);
        QSet<QString> codes, names;
        int other = 0;
        for (const CtcaeTerm &t : all) {
            codes.insert(t.meddraCode);
            names.insert(t.term.toCaseFolded());
            other += t.isOtherSpecify() ? 1 : 0;
            QVERIFY2(t.meddraCode.size() == 8, qPrintable(t.term));
        }
        QCOMPARE(codes.size(), 837);
        QCOMPARE(names.size(), 837);
        QCOMPARE(other, 26);
        const CtcaeTerm *mucositis = CtcaeTerms::find(QStringLiteral("  mucositis ORAL "));
        QVERIFY(mucositis);
        QCOMPARE(mucositis->term, QStringLiteral("Mucositis oral"));
        QCOMPARE(mucositis->meddraCode, QStringLiteral("10028130"));
        QCOMPARE(mucositis->gradeText(3), QStringLiteral("Severe pain; interfering with oral intake"));
        // A quoted field with commas and quotes inside reads whole.
        QVERIFY(CtcaeTerms::find(QStringLiteral("Blood and lymphatic system disorders - Other, specify")));
        QVERIFY(!CtcaeTerms::find(QStringLiteral("2026-11-20")));
    }

    void parseRefusesAnotherFile()
    {
        QVERIFY(!CtcaeTerms::parse("code,term\n1,x\n").ok());
        QVERIFY(!CtcaeTerms::parse("meddra_code,soc,term,definition,grade1,grade2,grade3,grade4,grade5\n1,soc,term\n").ok());
        auto one = CtcaeTerms::parse("meddra_code,soc,term,definition,grade1,grade2,grade3,grade4,grade5\r\n"
                                     "1,\"A, b\",\"T \"\"q\"\"\",d,g1,-,g3,-,Death\r\n");
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().soc, QStringLiteral("A, b"));
        QCOMPARE(one->first().term, QStringLiteral("T \"q\""));
        QVERIFY(one->first().hasGrade(1) && !one->first().hasGrade(2) && one->first().hasGrade(5));
    }

    void adverseEventTerm_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("specify");
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("refusedField");   // empty: saved
        QTest::addColumn<QString>("storedTerm");
        QTest::addColumn<QString>("code");
        QTest::newRow("a CTCAE term") << "Mucositis oral" << "" << 3 << "" << "Mucositis oral" << "10028130";
        QTest::newRow("spelled in another case") << "mucositis oral" << "" << 2 << "" << "Mucositis oral" << "10028130";
        QTest::newRow("a date typed as the term (the issue)") << "2026-11-20" << "" << 2 << "term" << "" << "";
        QTest::newRow("free text") << "sore mouth" << "" << 2 << "term" << "" << "";
        QTest::newRow("its highest grade") << "Dysgeusia" << "" << 2 << "" << "Dysgeusia" << "10013911";
        QTest::newRow("a grade the term does not have") << "Dysgeusia" << "" << 3 << "grade" << "" << "";
        QTest::newRow("Other, specify without words") << "Gastrointestinal disorders - Other, specify" << "" << 2 << "term_specify" << "" << "";
        QTest::newRow("Other, specify with words") << "Gastrointestinal disorders - Other, specify" << "tongue fissure" << 2 << ""
                                                   << "Gastrointestinal disorders - Other, specify" << "10017947";
    }

    void adverseEventTerm()
    {
        QFETCH(QString, term);
        QFETCH(QString, specify);
        QFETCH(int, grade);
        QFETCH(QString, refusedField);
        QFETCH(QString, storedTerm);
        QFETCH(QString, code);
        test::TestSite site;
        QVERIFY(site.ok());
        auto doctor = site.signIn(QStringLiteral("doctor"));
        const QString patient = Patients::add(*doctor, {{}, QStringLiteral("Qian Li"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
        AdverseEvent e;
        e.patientId = patient;
        e.term = term;
        e.termSpecify = specify;
        e.meddraCode = QStringLiteral("99999999");   // never trusted from the caller
        e.grade = grade;
        e.onset = QDate(2026, 11, 10);
        e.relation = QStringLiteral("possible");
        e.action = QStringLiteral("none");
        e.outcome = QStringLiteral("recovered");
        e.state = QStringLiteral("confirmed");
        auto saved = AdverseEvents::save(*doctor, e);
        if (!refusedField.isEmpty()) {
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().field, refusedField);
            QCOMPARE(AdverseEvents::list(*doctor, patient)->size(), 0);
            return;
        }
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const AdverseEvent stored = AdverseEvents::list(*doctor, patient)->first();
        QCOMPARE(stored.term, storedTerm);
        QCOMPARE(stored.meddraCode, code);
        QCOMPARE(stored.ctcaeVersion, QStringLiteral("5.0"));
        QCOMPARE(stored.termSpecify, specify);
    }
};

QTEST_GUILESS_MAIN(TestCtcaeTerms)
#include "tst_ctcae_terms.moc"
