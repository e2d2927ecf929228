// When a graded visit may be dated (clinical/VisitDates): every bound on both sides.
#include "clinical/VisitDates.h"
#include <QtTest>

using namespace muco;

class TestVisitDates : public QObject {
    Q_OBJECT

    static VisitDateContext context()
    {
        VisitDateContext c;
        c.today = QDate(2026, 12, 20);
        c.birthDate = QDate(1958, 3, 10);
        c.consentDate = QDate(2026, 11, 2);
        c.radiotherapyStart = QDate(2026, 11, 16);
        c.baselineWindowDays = 14;
        return c;
    }

private slots:
    void bounds_data()
    {
        QTest::addColumn<QDate>("visit");
        QTest::addColumn<QDate>("ended");   // end of participation, or invalid
        QTest::addColumn<QString>("refusedBecause");   // empty: allowed
        const QDate none;
        QTest::newRow("no date") << QDate() << none << "needs a date";
        QTest::newRow("today") << QDate(2026, 12, 20) << none << "";
        QTest::newRow("tomorrow") << QDate(2026, 12, 21) << none << "in the future";
        QTest::newRow("first day of radiotherapy") << QDate(2026, 11, 16) << none << "";
        QTest::newRow("baseline window's first day (start - 14)") << QDate(2026, 11, 2) << none << "";
        QTest::newRow("the day before consent and the window (start - 15)") << QDate(2026, 11, 1) << none << "before the patient's screening";
        QTest::newRow("on the consent date") << QDate(2026, 11, 2) << none << "";
        QTest::newRow("day of withdrawal") << QDate(2026, 12, 1) << QDate(2026, 12, 1) << "";
        QTest::newRow("day after withdrawal") << QDate(2026, 12, 2) << QDate(2026, 12, 1) << "participation ended";
        QTest::newRow("months before radiotherapy (the issue's case)") << QDate(2026, 8, 3) << none << "before the patient's screening";
    }

    void bounds()
    {
        QFETCH(QDate, visit);
        QFETCH(QDate, ended);
        QFETCH(QString, refusedBecause);
        VisitDateContext c = context();
        c.participationEnded = ended;
        const Status s = checkVisitDate(visit, c);
        if (refusedBecause.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().field, QStringLiteral("visit_date"));
            QVERIFY2(s.error().why().contains(refusedBecause), qPrintable(s.error().why()));
        }
    }

    // Each rule alone, with the others unknown: its own bound, both sides.
    void eachRuleAlone_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("visit");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("birth: on the birth date") << "birth" << QDate(1958, 3, 10) << true;
        QTest::newRow("birth: the day before") << "birth" << QDate(1958, 3, 9) << false;
        QTest::newRow("consent: on it") << "consent" << QDate(2026, 11, 2) << true;
        QTest::newRow("consent: the day before") << "consent" << QDate(2026, 11, 1) << false;
        QTest::newRow("plan: start - 14") << "plan" << QDate(2026, 11, 2) << true;
        QTest::newRow("plan: start - 15") << "plan" << QDate(2026, 11, 1) << false;
        QTest::newRow("plan: after the start") << "plan" << QDate(2026, 12, 19) << true;
        QTest::newRow("plan, window 0: the start") << "plan0" << QDate(2026, 11, 16) << true;
        QTest::newRow("plan, window 0: the day before") << "plan0" << QDate(2026, 11, 15) << false;
        QTest::newRow("nothing known: long ago") << "none" << QDate(1900, 1, 1) << true;
    }

    void eachRuleAlone()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, visit);
        QFETCH(bool, allowed);
        const VisitDateContext full = context();
        VisitDateContext c;
        c.today = full.today;
        if (rule == QLatin1String("birth"))
            c.birthDate = full.birthDate;
        if (rule == QLatin1String("consent"))
            c.consentDate = full.consentDate;
        if (rule.startsWith(QLatin1String("plan")))
            c.radiotherapyStart = full.radiotherapyStart;
        c.baselineWindowDays = rule == QLatin1String("plan0") ? 0 : 14;
        const Status s = checkVisitDate(visit, c);
        QCOMPARE(s.ok(), allowed);
        if (!allowed)
            QCOMPARE(s.error().field, QStringLiteral("visit_date"));
    }
};

QTEST_MAIN(TestVisitDates)
#include "tst_visit_dates.moc"
