// Severity per patient (issue 16): the worst grade on each scale, the days at or above the
// threshold (episodes from the first visit at or above it to the next visit below it, added
// up, an open one counted to the last visit and marked ongoing), and the OMAS area under the
// curve per day of follow-up. Every boundary of those rules as a data-driven table over
// hand-made courses; the AUCs are worked out by hand in the rows' names.
#include "reports/Severity.h"
#include <QJsonArray>
#include <QtTest>
#include <cmath>

using namespace muco;

namespace {

const QDate kDay0(2026, 10, 12);

// "DAY:WHO[:OMAS]" comma-separated, days after kDay0; the patient is randomized on kDay0 + 0
// unless `allocatedDay` says otherwise.
PatientCourse course(const QString &arm, const QString &visits, int allocatedDay = 0, const QString &subject = QStringLiteral("GX01-0001"))
{
    PatientCourse c;
    c.patientId = subject;
    c.subjectId = subject;
    c.site = subject.left(4);
    c.arm = arm;
    c.allocatedDate = kDay0.addDays(allocatedDay);
    int n = 0;
    for (const QString &spec : visits.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList p = spec.split(QLatin1Char(':'));
        SignedVisit v;
        v.id = QStringLiteral("v%1").arg(++n);
        v.date = kDay0.addDays(p.value(0).toInt());
        v.grades.insert(QStringLiteral("who"), p.value(1).toInt());
        v.grades.insert(QStringLiteral("ctcae"), std::min(p.value(1).toInt(), 3));
        if (p.size() > 2)
            v.omasMean = p.value(2).toDouble();
        c.visits << v;
    }
    return c;
}

} // namespace

class TestSeverity : public QObject {
    Q_OBJECT
private slots:
    void perPatient_data()
    {
        QTest::addColumn<QString>("visits");
        QTest::addColumn<int>("allocatedDay");
        QTest::addColumn<int>("worstWho");
        QTest::addColumn<int>("severeDays");
        QTest::addColumn<bool>("ongoing");
        QTest::addColumn<double>("aucPerDay");   // < 0: undefined
        QTest::newRow("never severe; AUC 7*(0.5+1)/2 over 7 days") << "0:1:0.5,7:2:1" << 0 << 2 << 0 << false << 0.75;
        QTest::newRow("grade 2 is below the threshold") << "0:2,7:2" << 0 << 2 << 0 << false << -1.0;
        QTest::newRow("grade 3 is at the threshold: 7 days to the grade 2") << "0:3,7:2" << 0 << 3 << 7 << false << -1.0;
        QTest::newRow("one episode, from the first grade 3 to the first grade below") << "0:1,7:3,14:3,21:2" << 0 << 3 << 14 << false << -1.0;
        QTest::newRow("two episodes add up (7 + 7)") << "0:3,7:1,14:4,21:0" << 0 << 4 << 14 << false << -1.0;
        QTest::newRow("open at the last visit: counted to it, ongoing") << "0:1,7:3,21:4" << 0 << 4 << 14 << true << -1.0;
        QTest::newRow("a single severe visit: 0 days, ongoing") << "0:3" << 0 << 3 << 0 << true << -1.0;
        QTest::newRow("visits before randomization do not count") << "0:4,7:1,14:2" << 5 << 2 << 0 << false << -1.0;
        QTest::newRow("AUC (7*1.5 + 7*1) over 14 days = 1.25") << "0:0:1,7:0:2,14:0:0" << 0 << 0 << 0 << false << 1.25;
        QTest::newRow("AUC, unequal spacing: (2*2 + 10*2) over 12 days = 2") << "0:0:1,2:0:3,12:0:1" << 0 << 0 << 0 << false << 2.0;
        QTest::newRow("AUC needs two scored visits") << "0:1:2,7:1" << 0 << 1 << 0 << false << -1.0;
        QTest::newRow("AUC needs two days") << "3:1:2,3:1:1" << 0 << 1 << 0 << false << -1.0;
    }
    void perPatient()
    {
        QFETCH(QString, visits);
        QFETCH(int, allocatedDay);
        QFETCH(int, worstWho);
        QFETCH(int, severeDays);
        QFETCH(bool, ongoing);
        QFETCH(double, aucPerDay);
        const QList<PatientSeverity> s = patientSeverity({course(armExperimental(), visits, allocatedDay)}, QStringLiteral("who"), 3);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().worstGrade.value(QStringLiteral("who")), worstWho);
        QCOMPARE(s.first().severeDays, severeDays);
        QCOMPARE(s.first().severeOngoing, ongoing);
        QCOMPARE(s.first().omasAucPerDay.has_value(), aucPerDay >= 0);
        if (aucPerDay >= 0)
            QVERIFY2(std::fabs(*s.first().omasAucPerDay - aucPerDay) < 1e-12, qPrintable(QString::number(*s.first().omasAucPerDay)));
    }

    void whoIsCounted()
    {
        // Not randomized, or no signed visit after randomization: not in the summary.
        const QList<PatientCourse> courses{course(QString(), QStringLiteral("0:4")), course(armControl(), QStringLiteral("0:4"), 5),
                                           course(armControl(), QString())};
        QVERIFY(patientSeverity(courses, QStringLiteral("who"), 3).isEmpty());
    }

    void perArm()
    {
        // Experimental: worst WHO 1, 3 (7 days), 4 (21 days, ongoing); control: 3 (14 days), 3 (7 days), 2, 4 (28 days).
        const QList<PatientCourse> courses{
            course(armExperimental(), QStringLiteral("0:1:0,14:1:1"), 0, QStringLiteral("GX01-0001")),
            course(armExperimental(), QStringLiteral("0:3:2,7:2:1"), 0, QStringLiteral("GX01-0002")),
            course(armExperimental(), QStringLiteral("0:4,21:3"), 0, QStringLiteral("GX02-0001")),
            course(armControl(), QStringLiteral("0:3:3,14:1:1"), 0, QStringLiteral("GX01-0003")),
            course(armControl(), QStringLiteral("0:3,7:0"), 0, QStringLiteral("GX02-0002")),
            course(armControl(), QStringLiteral("0:2"), 0, QStringLiteral("GX02-0003")),
            course(armControl(), QStringLiteral("0:4,28:2"), 0, QStringLiteral("GX03-0001")),
        };
        const SeveritySummary s = summarizeSeverity(patientSeverity(courses, QStringLiteral("who"), 3), QStringLiteral("who"), 3);
        QCOMPARE(s.experimental.n, 3);
        QCOMPARE(s.control.n, 4);
        QCOMPARE(s.experimental.worstGradeCounts.value(QStringLiteral("who")), (QList<int>{0, 1, 0, 1, 1}));
        QCOMPARE(s.control.worstGradeCounts.value(QStringLiteral("who")), (QList<int>{0, 0, 1, 2, 1}));
        QCOMPARE(s.control.worstGradeCounts.value(QStringLiteral("ctcae")), (QList<int>{0, 0, 1, 3, 0}));
        QCOMPARE(s.experimental.patientsSevere, 2);
        QCOMPARE(s.experimental.ongoing, 1);
        QCOMPARE(*s.experimental.medianSevereDays, 14.0);   // 7 and 21: the mean of the middle two
        QCOMPARE(s.control.patientsSevere, 3);
        QCOMPARE(s.control.ongoing, 0);
        QCOMPARE(*s.control.medianSevereDays, 14.0);        // 7, 14, 28
        // OMAS AUC per day: experimental 14*0.5/14 = 0.5 and 7*1.5/7 = 1.5 -> mean 1;
        // control 14*2/14 = 2 -> mean 2 (one patient scored).
        QCOMPARE(s.experimental.omasScored, 2);
        QVERIFY(std::fabs(*s.experimental.meanOmasAucPerDay - 1.0) < 1e-12);
        QCOMPARE(s.control.omasScored, 1);
        QVERIFY(std::fabs(*s.control.meanOmasAucPerDay - 2.0) < 1e-12);
        const QJsonObject json = severityJson(s);
        QCOMPARE(json.value(QStringLiteral("control")).toObject().value(QStringLiteral("worst_grade")).toObject().value(QStringLiteral("who")).toArray(),
                 (QJsonArray{0, 0, 1, 2, 1}));
        QCOMPARE(json.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("median_severe_days")).toDouble(), 14.0);
    }

    void undefinedValuesAreNull()
    {
        const SeveritySummary s = summarizeSeverity(patientSeverity({course(armControl(), QStringLiteral("0:1"))}, QStringLiteral("who"), 3),
                                                    QStringLiteral("who"), 3);
        const QJsonObject json = severityJson(s);
        QVERIFY(json.value(QStringLiteral("control")).toObject().value(QStringLiteral("median_severe_days")).isNull());
        QVERIFY(json.value(QStringLiteral("control")).toObject().value(QStringLiteral("mean_omas_auc_per_day")).isNull());
        QCOMPARE(json.value(QStringLiteral("experimental")).toObject().value(QStringLiteral("n")).toInt(), 0);
    }
};

QTEST_MAIN(TestSeverity)
#include "tst_severity.moc"
