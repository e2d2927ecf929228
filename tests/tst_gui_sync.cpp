// The sync state in the app's words, and conflicts resolved side by side by a clinician.
#include "admin/ConflictsDialog.h"
#include "models/ConflictListModel.h"
#include "CodeLabels.h"
#include "models/PatientListModel.h"
#include "SignatureDialog.h"
#include "SyncController.h"
#include "TestSite.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include "demo/DirectTransport.h"
#include "sync/SyncClient.h"
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace muco;

class TestGuiSync : public QObject {
    Q_OBJECT
private slots:
    void statusAndConflictResolution()
    {
        QTemporaryDir dir;
        auto backend = CentralBackend::openEmbedded(dir.path(), true);
        QVERIFY(backend.ok());
        CentralStore store(std::move(backend).value(), Clock::system());
        CentralService service(store);
        test::TestSite siteA, siteB;
        auto a = siteA.signIn(QStringLiteral("doctor"));
        auto b = siteB.signIn(QStringLiteral("doctor"));
        auto tokenA = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value())->token;
        auto tokenB = store.enroll(store.createEnrollmentCode(QStringLiteral("GX01")).value())->token;
        DirectTransport ta(service, tokenA), tb(service, tokenB);
        auto run = [](Session &s, SyncTransport &t) { SyncClient c(s, t, {}); return c.runBlocking(); };

        ui::SyncController controller;
        controller.setSession(b.get());
        QCOMPARE(controller.statusText(), QStringLiteral("Sync: no central site configured"));
        // Asked to sync all the same, it says why nothing happens (the status line stays as it was).
        QSignalSpy notices(&controller, &ui::SyncController::notice);
        controller.syncNow();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().first().toString().contains(QStringLiteral("enroll this device")),
                 qPrintable(notices.first().first().toString()));

        ui::PatientListModel listOnB;
        listOnB.setSession(b.get());
        auto p = Patients::add(*a, {{}, {}, {}, {}, QStringLiteral("1970-01-01"), {}});
        QVERIFY(run(*a, ta).ok);
        QVERIFY(run(*b, tb).ok);
        // A patient pulled in the background appears in the list at once.
        QCOMPARE(listOnB.rowCount(), 1);
        QCOMPARE(listOnB.index(0, ui::PatientListModel::SubjectId).data().toString(), QStringLiteral("GX01-0001"));
        listOnB.setSession(nullptr);
        for (auto &[s, value] : {std::pair{a.get(), QStringLiteral("male")}, std::pair{b.get(), QStringLiteral("female")}}) {
            Transaction tx(s->db());
            QVERIFY(RecordStore::update(*s, {&Patients::table(), p->id, {{QStringLiteral("sex"), value}}, QStringLiteral("exam")}).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(run(*a, ta).ok);
        QVERIFY(run(*b, tb).ok);

        // Configured (the address is never contacted here): the status speaks plainly.
        QVERIFY(SyncEngine::configure(*siteB.signIn(QStringLiteral("admin")), {QStringLiteral("https://central.invalid"), tokenB, {}, {}}).ok());
        controller.setSession(nullptr);
        const QString text = [&] {
            ui::SyncController c2;
            c2.setSession(b.get());
            const QString t = c2.statusText();
            c2.setSession(nullptr);
            return t;
        }();
        QVERIFY2(text.contains(QStringLiteral("1 conflict(s) to resolve")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("0 pending change(s)")));

        ui::ConflictsDialog dialog(*b);
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
        QVERIFY2(dialog.noteText().startsWith(QStringLiteral("The same field was changed")), qPrintable(dialog.noteText()));
        QCOMPARE(dialog.table()->model()->index(0, 0).data().toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(dialog.table()->model()->index(0, 3).data().toString(), QStringLiteral("female"));
        QCOMPARE(dialog.table()->model()->index(0, 4).data().toString(), QStringLiteral("male"));
        // The dialog's model, under the tester: the record's form and field, who changed it here and
        // when the central change was seen, all read through core (sync/ConflictDetails).
        ui::ConflictListModel *conflicts = dialog.model();
        QAbstractItemModelTester tester(conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(conflicts->columnCount(), 7);
        QCOMPARE(conflicts->headerData(ui::ConflictListModel::ThisDevice, Qt::Horizontal).toString(), QStringLiteral("This device"));
        QCOMPARE(conflicts->index(0, ui::ConflictListModel::Form).data().toString(), ui::tableLabel(Patients::table().name));
        QCOMPARE(conflicts->index(0, ui::ConflictListModel::Field).data().toString(), ui::fieldLabel(QStringLiteral("sex")));
        QVERIFY(!conflicts->index(0, ui::ConflictListModel::ChangedHereBy).data().toString().isEmpty());
        QVERIFY(!conflicts->index(0, ui::ConflictListModel::CentralChangeSeen).data().toString().isEmpty());
        QCOMPARE(conflicts->index(0, 2).data(ui::ConflictListModel::ConflictIdRole).toString(), SyncEngine::conflicts(*b)->first().id);
        ui::setReasonPromptForTests([](const QString &) { return QStringLiteral("Confirmed at the bedside"); });
        dialog.table()->selectRow(0);
        dialog.resolveSelected(false);   // take the central value
        ui::setReasonPromptForTests({});
        QCOMPARE(dialog.table()->model()->rowCount(), 0);
        // Resolved: the dialog says there is nothing left, and offers no choice to make.
        QCOMPARE(dialog.noteText(), QStringLiteral("No sync conflicts to resolve."));
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("value")))
                QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QCOMPARE(Patients::get(*b, p->id)->sex, QStringLiteral("male"));
        QCOMPARE(SyncEngine::pendingCount(*b).value(), 1);   // the resolution syncs like any change
    }

    void unreachableCentralSiteInPlainWords()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        // Nothing listens on port 1: every attempt is refused, retried with backoff, then reported.
        QVERIFY(SyncEngine::configure(*admin, {QStringLiteral("http://127.0.0.1:1"), QStringLiteral("token"), {}, {}}).ok());
        auto nurse = site.signIn(QStringLiteral("nurse"));
        QVERIFY(Patients::add(*admin, {}).ok());
        ui::SyncController controller;
        QString last;
        connect(&controller, &ui::SyncController::statusChanged, this, [&](const QString &t) { last = t; });
        controller.setSession(nurse.get());   // starts a run at once, in the background
        QTRY_VERIFY_WITH_TIMEOUT(last.contains(QStringLiteral("offline")), 20000);
        QVERIFY2(last.contains(QStringLiteral("cannot be reached")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("1 pending change(s)")), qPrintable(last));   // kept for the next run
        QVERIFY(last.contains(QStringLiteral("never synchronised")));
        controller.setSession(nullptr);
    }

    // A token that does not open (its server changed outside MucoTrack) stops sync, and the
    // status line says why rather than showing the last sync as if nothing were wrong.
    void aTokenThatDoesNotOpenIsShown()
    {
        test::TestSite site;
        {
            auto admin = site.signIn(QStringLiteral("admin"));
            QVERIFY(SyncEngine::configure(*admin, {QStringLiteral("https://central.example"), QStringLiteral("token"), {}, {}}).ok());
        }
        {
            auto db = site.openWithExtractedKey(QStringLiteral("monitor"));
            QVERIFY(db && db->putMeta(QStringLiteral("sync_server"), QStringLiteral("https://elsewhere.example")).ok());
        }
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ui::SyncController controller;
        QString last;
        connect(&controller, &ui::SyncController::statusChanged, this, [&](const QString &t) { last = t; });
        controller.setSession(nurse.get());
        QVERIFY2(last.contains(QStringLiteral("not synchronised")) && last.contains(QStringLiteral("does not open")), qPrintable(last));
        controller.setSession(nullptr);
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
