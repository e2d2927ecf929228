// The DEMO site's first start (issue 14): built in few commits, none of them waiting for the
// disk, and still a site like any other: its audit chain verifies, its diary is filled, and a
// session opened on it afterwards writes with full durability again.
#include "records/DemoSite.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Schedule.h"
#include "records/StudyDrug.h"
#include "security/AuditChain.h"
#include "security/SiteVault.h"
#include "storage/ChangeNotifier.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace muco;

class TestDemoSite : public QObject {
    Q_OBJECT

private slots:
    void firstStartIsFewCommitsAndAnOrdinarySite()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QSignalSpy commits(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        QVERIFY(DemoSite::ensure(path, clock).ok());
        // 219; a commit per diary dose made 757 (each waited for an fdatasync).
        QVERIFY2(commits.size() < 300, qPrintable(QString::number(commits.size())));

        auto nurse = SiteVault::signIn(path, QStringLiteral("nurse"), DemoSite::password(), clock);
        QVERIFY(nurse.ok());
        auto chain = AuditChain::verify((*nurse)->db());
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact, qPrintable(chain->problem));
        int doses = 0;
        const auto patients = Patients::list(**nurse);
        QVERIFY(patients.ok());
        for (const Patient &p : patients.value())
            doses += static_cast<int>(StudyDrug::doses(**nurse, p.id)->size());
        QVERIFY(doses > 100);   // the experimental arm's diaries, most doses taken
        // The build's relaxed syncing was its own sessions': this one waits for the disk (FULL).
        QCOMPARE((*nurse)->db().scalarInt(QStringLiteral("PRAGMA synchronous")).value_or(-1), 2);
    }

    // The DEMO's ranges are per sex where the analyte's are: one range for both sexes judged a
    // woman's creatinine of 150 umol/L against a man's ULN, and she passed I7 (a walkthrough).
    void itsReferenceRangesArePerSex_data()
    {
        QTest::addColumn<QString>("analyte");
        QTest::addColumn<QString>("female");   // "lln-uln"
        QTest::addColumn<QString>("male");
        QTest::newRow("creatinine") << "creatinine" << "41-81" << "57-111";
        QTest::newRow("hemoglobin") << "hemoglobin" << "115-150" << "130-175";
        QTest::newRow("alt") << "alt" << "7-40" << "9-50";
        QTest::newRow("ast") << "ast" << "13-35" << "15-40";
        QTest::newRow("wbc: one range") << "wbc" << "3.5-9.5" << "3.5-9.5";
    }

    void itsReferenceRangesArePerSex()
    {
        QFETCH(QString, analyte);
        QFETCH(QString, female);
        QFETCH(QString, male);
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(path, clock).ok());
        auto nurse = SiteVault::signIn(path, QStringLiteral("nurse"), DemoSite::password(), clock);
        QVERIFY(nurse.ok());
        auto ranges = Labs::referenceRangesBySex(**nurse);
        QVERIFY(ranges.ok());
        const auto text = [&](const QString &sex) {
            const auto r = Labs::rangeFor(ranges->value(analyte), sex);
            return r && r->lln && r->uln ? r->lln->toString() + QLatin1Char('-') + r->uln->toString() : QString();
        };
        QCOMPARE(text(QStringLiteral("female")), female);
        QCOMPARE(text(QStringLiteral("male")), male);
    }

    // The DEMO's visits are on the protocol's days (a walkthrough found weekly grades a few days
    // before each window and no baseline: 45 overdue visits for 12 patients on treatment). What
    // is overdue is the one weekly visit the DEMO leaves out on purpose.
    void itsVisitsFollowTheProtocolsSchedule()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(path, clock).ok());
        auto doctor = SiteVault::signIn(path, QStringLiteral("doctor"), DemoSite::password(), clock);
        QVERIFY(doctor.ok());
        auto overdue = Schedule::overdue(**doctor);
        QVERIFY(overdue.ok());
        QStringList seen;
        for (const OverdueVisit &o : overdue.value())
            seen << QStringLiteral("%1 %2 #%3 due %4").arg(o.subjectId, o.visit.definition.id).arg(o.visit.occurrence)
                        .arg(o.visit.due.toString(Qt::ISODate));
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen.first().contains(QStringLiteral(" weekly #2 ")), qPrintable(seen.join(QStringLiteral("; "))));
        auto schedules = Schedule::forSite(**doctor);
        QVERIFY(schedules.ok());
        int done = 0;
        for (const PatientSchedule &p : schedules.value())
            done += static_cast<int>(p.withStatus(VisitStatus::Done).size());
        QVERIFY2(done >= 12 * 2, qPrintable(QString::number(done)));   // screening labs and baseline at least, for each
    }
};

QTEST_GUILESS_MAIN(TestDemoSite)
#include "tst_demo_site.moc"
