// Randomization (issue 15): the table others read (reports) and its read API.
#include "Enrollment.h"
#include "TestSite.h"
#include "records/Patients.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include <QtTest>

using namespace muco;

class TestRandomization : public QObject {
    Q_OBJECT

private slots:
    void tableAndReadApi()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Qian Li"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
        QVERIFY(!Randomizations::forPatient(coord->db(), patient)->has_value());
        QVERIFY(RecordStore::tableNamed(QStringLiteral("randomizations")));   // synced
        QVERIFY(test::writeArm(*coord, patient, QStringLiteral("control"), 3).ok());
        auto one = Randomizations::forPatient(coord->db(), patient);
        QVERIFY(one.ok() && one->has_value());
        const Allocation &a = **one;
        QCOMPARE(a.site, QStringLiteral("GX01"));
        QCOMPARE(a.patientId, patient);
        QCOMPARE(a.stratum, QStringLiteral("GX01"));
        QCOMPARE(a.sequence, 3);
        QCOMPARE(a.arm, QStringLiteral("control"));
        QCOMPARE(a.source, QStringLiteral("online"));
        QCOMPARE(a.allocatedUtc, QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(Randomizations::all(coord->db())->size(), 1);
        // A second allocation of the same patient cannot be stored, whatever the caller does.
        QVERIFY(!test::writeArm(*coord, patient, QStringLiteral("experimental"), 4).ok());
        QCOMPARE(Randomizations::all(coord->db())->size(), 1);
        // An arm outside the two is refused by the table itself.
        const QString other = Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
        QVERIFY(!test::writeArm(*coord, other, QStringLiteral("placebo"), 5).ok());
    }
};

QTEST_GUILESS_MAIN(TestRandomization)
#include "tst_randomization.moc"
