// Item models under QAbstractItemModelTester (after Hotspot's tests/modeltests).
#include "PatientListModel.h"
#include "TestSite.h"
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
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
