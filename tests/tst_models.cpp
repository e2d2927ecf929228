// Item models under QAbstractItemModelTester (after Hotspot's tests/modeltests).
#include "models/PatientListModel.h"
#include "TestSite.h"
#include "records/Radiotherapy.h"
#include <QAbstractItemModelTester>
#include <QtTest>

using namespace muco;

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void patientListFollowsTheNotifier()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        ui::PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(coord.get());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 3; ++i)
            QVERIFY(Patients::add(*coord, {}).ok());
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ui::PatientListModel::SubjectId).data().toString(), QStringLiteral("GX01-0003"));
        QCOMPARE(model.rowOf(model.index(1, 0).data(ui::PatientListModel::PatientIdRole).toString()), 1);
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
        // While locked, new records are not fetched (there is no session to read them).
        QVERIFY(Patients::add(*coord, {}).ok());
        QCOMPARE(model.rowCount(), 0);
    }

    // The list's dose column is the core's exact cumulative dose (no SQL REAL sum rounded
    // to 2 decimals): 68 Gy in 32 fractions is 2.125 Gy each.
    void doseColumnIsTheExactCumulativeDose_data()
    {
        QTest::addColumn<QStringList>("doses");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nothing delivered") << QStringList{} << "";
        QTest::newRow("one fraction of 2.125 Gy") << QStringList{QStringLiteral("2.125")} << "2.125";
        QTest::newRow("0.1 + 0.2") << QStringList{QStringLiteral("0.1"), QStringLiteral("0.2")} << "0.3";
        QTest::newRow("three of 2.125 Gy") << QStringList{QStringLiteral("2.125"), QStringLiteral("2.125"), QStringLiteral("2.125")} << "6.375";
    }

    void doseColumnIsTheExactCumulativeDose()
    {
        QFETCH(QStringList, doses);
        QFETCH(QString, shown);
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto patient = Patients::add(*coord, {});
        QVERIFY(patient.ok());
        RtPlan plan;
        plan.patientId = patient->id;
        plan.totalDoseGy = Decimal(68);
        plan.fractions = 32;
        plan.dosePerFractionGy = *Decimal::parse(QStringLiteral("2.125"));
        plan.startDate = nurse->today().addDays(-14);
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*site.signIn(QStringLiteral("doctor")), plan).ok());
        ui::PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(nurse.get());
        QDate day = plan.startDate;
        for (const QString &d : std::as_const(doses)) {
            auto saved = Radiotherapy::record(*nurse, patient->id, day, FractionStatus::Delivered, Decimal::parse(d), {});
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
            day = day.addDays(1);
        }
        QCOMPARE(model.index(0, ui::PatientListModel::Dose).data().toString(), shown);   // followed the notifier
        model.setSession(nurse.get());                                                     // read for the whole list
        QCOMPARE(model.index(0, ui::PatientListModel::Dose).data().toString(), shown);
        QCOMPARE(Radiotherapy::cumulativeDose(*nurse, patient->id)->toString(), shown.isEmpty() ? QStringLiteral("0") : shown);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
