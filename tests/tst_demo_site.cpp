// The DEMO site's first start (issue 14): built in few commits, none of them waiting for the
// disk, and still a site like any other: its audit chain verifies, its diary is filled, and a
// session opened on it afterwards writes with full durability again.
#include "records/DemoSite.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/RandomizationReserve.h"
#include "records/Radiotherapy.h"
#include "records/Screenings.h"
#include "sync/RandomizeClient.h"
#include "sync/SyncEngine.h"
#include "storage/Statement.h"
#include "records/Schedule.h"
#include "records/StudyDrug.h"
#include "security/AuditChain.h"
#include "security/SiteVault.h"
#include "storage/ChangeNotifier.h"
#include <QFile>
#include <QJsonDocument>
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
        // 306 since its history is written as it happened (the fractions imported and a diary
        // card entered at each visit); a commit per diary dose made 757 (each an fdatasync).
        QVERIFY2(commits.size() < 350, qPrintable(QString::number(commits.size())));

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

    // The DEMO's history carries the times of its events (a walkthrough read a screening
    // "signed on" the day the DEMO was built, beside a randomization of weeks before): each
    // patient's screening is signed on its own day, before the patient is randomized, and the
    // audit trail runs forward in time, as a site's does.
    void itsHistoryIsDatedAsItHappened()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        const QDateTime now(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
        auto clock = std::make_shared<FixedClock>(now);
        QVERIFY(DemoSite::ensure(path, clock).ok());
        auto monitor = SiteVault::signIn(path, QStringLiteral("monitor"), DemoSite::password(), clock);
        QVERIFY(monitor.ok());
        Database &db = (*monitor)->db();
        auto st = db.prepare(QStringLiteral("SELECT s.assessment_date, s.signed_utc, r.allocated_utc, r.signed_utc FROM screenings s"
                                            " JOIN randomizations r ON r.patient_id = s.patient_id WHERE s.signed_utc IS NOT NULL"));
        QVERIFY(st.ok());
        int randomized = 0;
        QVERIFY(st->forEachRow([&](const Statement &row) {
                      ++randomized;
                      QCOMPARE(row.text(1).left(10), row.text(0));   // signed on the screening's day
                      QVERIFY2(row.text(1) < row.text(2), qPrintable(row.text(1) + QStringLiteral(" / ") + row.text(2)));
                      QCOMPARE(row.text(3), row.text(2));   // the randomization signed as allocated
                  }).ok());
        QCOMPARE(randomized, 12);
        auto times = db.prepare(QStringLiteral("SELECT seq, at_utc FROM audit ORDER BY seq"));
        QVERIFY(times.ok());
        QString last;
        int entries = 0;
        QVERIFY(times->forEachRow([&](const Statement &row) {
                         ++entries;
                         QVERIFY2(row.text(1) >= last, qPrintable(QStringLiteral("entry %1 at %2 after %3").arg(row.integer(0)).arg(row.text(1), last)));
                         last = row.text(1);
                     }).ok());
        QVERIFY(entries > 1000);
        QVERIFY2(last <= isoUtc(now), qPrintable(last));
        QVERIFY2(last > isoUtc(now.addDays(-2)), qPrintable(last));   // the last diary card, entered at the build
    }

    // A coordinator trying the DEMO randomizes as an offline device does: from a sealed reserve
    // (it has no central site), whose entries continue the DEMO's list in order. It had said
    // that nothing could be allocated (a walkthrough).
    void aCoordinatorRandomizesFromItsReserve()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(path, clock).ok());
        auto nurse = SiteVault::signIn(path, QStringLiteral("nurse"), DemoSite::password(), clock);
        auto doctor = SiteVault::signIn(path, QStringLiteral("doctor"), DemoSite::password(), clock);
        auto coord = SiteVault::signIn(path, QStringLiteral("coord"), DemoSite::password(), clock);
        QVERIFY(nurse.ok() && doctor.ok() && coord.ok());
        const auto remaining = RandomizationReserve::remaining(**coord);
        QVERIFY(remaining.ok());
        QCOMPARE(remaining->value(DemoSite::siteCode()), 28);
        const auto patients = Patients::list(**doctor);
        QVERIFY(patients.ok());
        const QString id = patients->at(15).id;   // registered, never screened
        const QDate today = clock->nowUtc().date();
        const auto prescribe = [&](const QString &patient) {
            RtPlan plan;
            plan.patientId = patient;
            plan.totalDoseGy = Decimal(70);
            plan.fractions = 35;
            plan.dosePerFractionGy = Decimal(2);
            plan.technique = QStringLiteral("IMRT");
            plan.startDate = today.addDays(7);
            plan.oralCavity = true;
            return Radiotherapy::savePlan(**doctor, plan).ok();
        };
        QVERIFY(prescribe(id));
        QVERIFY(DemoSite::recordScreeningLabs(**nurse, id, QDateTime(today.addDays(-1), QTime(1, 0), QTimeZone::utc()), 15).ok());
        auto screening = Screenings::save(**doctor, id, today, DemoSite::eligibleScreeningForm(15));
        QVERIFY2(screening.ok(), qPrintable(screening.ok() ? QString() : screening.error().message));
        QVERIFY2(screening->outcome == QLatin1String("eligible"), QJsonDocument(screening->result).toJson().constData());
        QVERIFY(Screenings::sign(**doctor, screening->id, DemoSite::password()).ok());
        const auto allocation = RandomizeClient::runBlocking(**coord, nullptr, id, Secret(DemoSite::password()));
        QVERIFY2(allocation.ok(), qPrintable(allocation.ok() ? QString() : allocation.error().message));
        const auto list = AllocationSequence::generate(20261125, DemoSite::siteCode(), 40, {2, 4});
        QVERIFY(list.ok());
        QCOMPARE(allocation->sequence, 13);
        QCOMPARE(allocation->arm, list->at(12).arm);
        QCOMPARE(RandomizationReserve::remaining(**coord)->value(DemoSite::siteCode()), 27);
        // Sealed for its place: entry 15's seal copied over entry 14's (to choose an arm) does not open.
        auto st = (*coord)->db().prepare(QStringLiteral("UPDATE randomization_reserve SET sealed ="
                                                        " (SELECT sealed FROM randomization_reserve WHERE sequence = 15) WHERE sequence = 14"));
        QVERIFY(st.ok() && st->run().ok());
        const QString next = patients->at(16).id;
        QVERIFY(prescribe(next));
        QVERIFY(DemoSite::recordScreeningLabs(**nurse, next, QDateTime(today.addDays(-1), QTime(1, 0), QTimeZone::utc()), 16).ok());
        auto second = Screenings::save(**doctor, next, today, DemoSite::eligibleScreeningForm(16));
        QVERIFY(second.ok() && Screenings::sign(**doctor, second->id, DemoSite::password()).ok());
        const auto refused = RandomizeClient::runBlocking(**coord, nullptr, next, Secret(DemoSite::password()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Integrity);
    }

    // The DEMO's synthetic patients never reach a trial's central site: its enrolment is refused
    // before anything is stored (the CLI asks before it spends the code), and its own reserve,
    // sealed for no device, stays the one it opens.
    void itIsNeverEnrolled()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(path, clock).ok());
        auto admin = SiteVault::signIn(path, QStringLiteral("admin"), DemoSite::password(), clock);
        QVERIFY(admin.ok());
        QCOMPARE(SyncEngine::mayEnroll(**admin).error().field, QStringLiteral("site"));
        SyncConfig config;
        config.server = QStringLiteral("https://central.example.org");
        config.token = QStringLiteral("token");
        const Status configured = SyncEngine::configure(**admin, config);
        QVERIFY(!configured.ok());
        QCOMPARE(configured.error().field, QStringLiteral("site"));
        QVERIFY(!SyncEngine::enrolled(**admin).value());
    }

    // A DEMO is kept across starts, with what a trainee did on it; one built by an earlier
    // version's rules (no build mark, or another) is built again: its history and reserve were
    // the old rules' (a walkthrough met a randomization refused on a DEMO built before its reserve).
    void aDemoOfEarlierRulesIsBuiltAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/demo.db");
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(DemoSite::ensure(path, clock).ok());
        const auto patientCount = [&] {
            auto coord = SiteVault::signIn(path, QStringLiteral("coord"), DemoSite::password(), clock);
            return coord.ok() ? static_cast<int>(Patients::list(**coord)->size()) : -1;
        };
        {
            auto coord = SiteVault::signIn(path, QStringLiteral("coord"), DemoSite::password(), clock);
            QVERIFY(coord.ok());
            QVERIFY(Patients::add(**coord, {{}, QStringLiteral("DEMO Trainee"), {}, {}, QStringLiteral("1970-01-01"), QStringLiteral("male")}).ok());
        }
        QVERIFY(DemoSite::ensure(path, clock).ok());
        QCOMPARE(patientCount(), 21);   // kept
        QVERIFY(QFile::remove(path + QStringLiteral(".build")));   // as a DEMO built before the mark
        QVERIFY(DemoSite::ensure(path, clock).ok());
        QCOMPARE(patientCount(), 20);   // built again
        auto coord = SiteVault::signIn(path, QStringLiteral("coord"), DemoSite::password(), clock);
        QVERIFY(coord.ok());
        QCOMPARE(RandomizationReserve::remaining(**coord)->value(DemoSite::siteCode()), 28);
    }
};

QTEST_GUILESS_MAIN(TestDemoSite)
#include "tst_demo_site.moc"
