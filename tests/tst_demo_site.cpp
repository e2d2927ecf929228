// The DEMO site's first start (issue 14): built in few commits, none of them waiting for the
// disk, and still a site like any other: its audit chain verifies, its diary is filled, and a
// session opened on it afterwards writes with full durability again.
#include "records/DemoSite.h"
#include "records/Patients.h"
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
};

QTEST_GUILESS_MAIN(TestDemoSite)
#include "tst_demo_site.moc"
