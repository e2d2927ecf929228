// Drives the real main window offscreen, as a user would: sign in, add a patient,
// see it in the list, filter, lock, switch user, auto-lock.
#include "AppController.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "models/PatientListModel.h"
#include "admin/NewSiteWizard.h"
#include "PasswordDialog.h"
#include "security/SiteVault.h"
#include <QCheckBox>
#include <QAbstractButton>
#include "workspace/LabsTab.h"
#include "admin/ReferenceRangesDialog.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include <QTableWidget>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace muco;

class TestGui : public QObject {
    Q_OBJECT

    static void signIn(QWidget &w, const QString &user, const QString &password)
    {
        QVERIFY(test::typeSignIn(w, user, password));
    }

private slots:
    void signInAddPatientSeeItInTheList()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        ui::AppController controller(site.path(), site.clock());
        ui::MainWindow w(controller);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // A wrong password is refused at the form.
        signIn(w, QStringLiteral("coord"), QStringLiteral("not-my-password"));
        QVERIFY(!controller.session());
        auto *error = w.findChild<QLabel *>(QStringLiteral("signInError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("wrong")));

        signIn(w, QStringLiteral("coord"), test::kPassword);
        QVERIFY(controller.session());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("coord")));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("statusSync"))->text(), QStringLiteral("Sync: no central site configured"));

        QDialog *dialog = w.addPatient();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Sun Mei"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("mrnField")), QStringLiteral("MRN-5150"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthDateField")), QStringLiteral("1962-02-30"));
        dialog->findChild<QComboBox *>(QStringLiteral("sexField"))->setCurrentIndex(2);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        // Bad input is caught at the field; nothing is saved and the form keeps its input.
        QVERIFY(dialog->isVisible());
        auto *dateError = dialog->findChild<QLabel *>(QStringLiteral("birth-dateError"));
        QVERIFY(dateError && dateError->isVisible());
        QVERIFY2(dateError->text().contains(QStringLiteral("1962-02-30")), qPrintable(dateError->text()));
        QCOMPARE(w.patientModel()->rowCount(), 0);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameField"))->text(), QStringLiteral("Sun Mei"));

        auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("birthDateField"));
        date->clear();
        QTest::keyClicks(date, QStringLiteral("1962-02-28"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!dialog->isVisible());

        QCOMPARE(w.patientModel()->rowCount(), 1);
        QCOMPARE(w.patientModel()->index(0, ui::PatientListModel::SubjectId).data().toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(w.patientModel()->index(0, ui::PatientListModel::Name).data().toString(), QStringLiteral("Sun Mei"));
        QCOMPARE(w.patientModel()->index(0, ui::PatientListModel::Age).data().toInt(), 64);
        // The new patient is selected and shown.
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("workspaceSubject"))->text().startsWith(QStringLiteral("GX01-0001")));

        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QCOMPARE(w.patientProxy()->rowCount(), 0);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("sun"));
        QCOMPARE(w.patientProxy()->rowCount(), 1);

        // Lock: nothing of the patients stays on screen; switching user loses nothing.
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!controller.session());
        QCOMPARE(w.patientModel()->rowCount(), 0);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("signInPage"))->isVisible());
        signIn(w, QStringLiteral("nurse"), test::kPassword);
        QCOMPARE(w.patientModel()->rowCount(), 1);
        QVERIFY(!w.addPatient());   // a nurse may not register patients

        controller.lock();
        signIn(w, QStringLiteral("monitor"), test::kPassword);
        QCOMPARE(w.patientModel()->index(0, ui::PatientListModel::Name).data().toString(), QStringLiteral("(hidden)"));
    }

    void administratorEditsReferenceRanges()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        ui::ReferenceRangesDialog dialog(*admin);
        QTableWidget *t = dialog.table();
        int altRow = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("alt"))
                altRow = r;
        QVERIFY(altRow >= 0);
        t->item(altRow, 3)->setText(QStringLiteral("forty"));
        dialog.accept();
        QVERIFY(dialog.findChildren<QLabel *>().last()->text().contains(QStringLiteral("forty")));
        QVERIFY(!Labs::referenceRanges(*admin)->value(QStringLiteral("alt")).uln);
        t->item(altRow, 3)->setText(QStringLiteral("40"));
        t->item(altRow, 2)->setText(QStringLiteral("7"));
        dialog.accept();
        QCOMPARE(Labs::referenceRanges(*admin)->value(QStringLiteral("alt")).uln->toString(), QStringLiteral("40"));
        // A nurse sees them but cannot change them.
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ui::ReferenceRangesDialog readOnly(*nurse);
        QVERIFY(!(readOnly.table()->item(altRow, 3)->flags() & Qt::ItemIsEditable));
    }

    // Creatinine differs by sex: the administrator sets women's and men's ULN beside the
    // range for all patients, and clearing a sex's pair falls back to that range.
    void administratorEditsRangesBySex()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        ui::ReferenceRangesDialog dialog(*admin);
        QTableWidget *t = dialog.table();
        QCOMPARE(t->columnCount(), 8);
        int row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("creatinine"))
                row = r;
        QVERIFY(row >= 0);
        t->item(row, 3)->setText(QStringLiteral("106"));
        t->item(row, 5)->setText(QStringLiteral("97"));   // women's ULN
        t->item(row, 6)->setText(QStringLiteral("57"));   // men's lower limit
        t->item(row, 7)->setText(QStringLiteral("111"));
        dialog.accept();
        auto ranges = Labs::referenceRangesBySex(*admin);
        QVERIFY(ranges.ok());
        const auto creatinine = ranges->value(QStringLiteral("creatinine"));
        QCOMPARE(creatinine.value(QStringLiteral("any")).uln->toString(), QStringLiteral("106"));
        QCOMPARE(creatinine.value(QStringLiteral("female")).uln->toString(), QStringLiteral("97"));
        QCOMPARE(creatinine.value(QStringLiteral("male")).lln->toString(), QStringLiteral("57"));
        QCOMPARE(Labs::rangeFor(creatinine, QStringLiteral("male"))->uln->toString(), QStringLiteral("111"));
        // Reopened, it shows what was saved; a wrong women's value is named by its column.
        ui::ReferenceRangesDialog again(*admin);
        QCOMPARE(again.table()->item(row, 5)->text(), QStringLiteral("97"));
        again.table()->item(row, 5)->setText(QStringLiteral("ninety"));
        again.accept();
        QVERIFY(again.findChildren<QLabel *>().last()->text().contains(QStringLiteral("Women: ULN")));
        // Cleared, the women's pair falls back to the range for all patients.
        again.table()->item(row, 5)->setText(QString());
        again.accept();
        ranges = Labs::referenceRangesBySex(*admin);
        QCOMPARE(Labs::rangeFor(ranges->value(QStringLiteral("creatinine")), QStringLiteral("female"))->uln->toString(),
                 QStringLiteral("106"));
    }

    // The Labs tab flags a value against the range of the patient's sex; with the sex unknown
    // it shows both and flags only what both ranges decide.
    void labsTabUsesThePatientsSex_data()
    {
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("creatinine");
        QTest::addColumn<QString>("range");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("woman at 100") << "female" << "100" << "44-97 umol/L" << true;
        QTest::newRow("man at 100") << "male" << "100" << "57-111 umol/L" << false;
        QTest::newRow("man at 112") << "male" << "112" << "57-111 umol/L" << true;
        QTest::newRow("unknown at 100") << "" << "100" << "women 44-97 umol/L, men 57-111 umol/L" << false;
        QTest::newRow("unknown at 112") << "" << "112" << "women 44-97 umol/L, men 57-111 umol/L" << true;
    }

    void labsTabUsesThePatientsSex()
    {
        QFETCH(QString, sex);
        QFETCH(QString, creatinine);
        QFETCH(QString, range);
        QFETCH(bool, flagged);
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {Decimal::parse(QStringLiteral("44")), Decimal::parse(QStringLiteral("97"))}, QStringLiteral("female")).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {Decimal::parse(QStringLiteral("57")), Decimal::parse(QStringLiteral("111"))}, QStringLiteral("male")).ok());
        auto coord = site.signIn(QStringLiteral("coord"));
        auto patient = Patients::add(*coord, {{}, QStringLiteral("Xu Ning"), {}, {}, QStringLiteral("1960-05-01"), sex});
        QVERIFY(patient.ok());
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ui::LabsTab tab;
        tab.setPatient(nurse.get(), patient->id);
        QCOMPARE(tab.rangeLabel(QStringLiteral("creatinine"))->text(), range);
        tab.panelChooser()->setCurrentIndex(tab.panelChooser()->findData(QStringLiteral("renal")));
        tab.unitField(QStringLiteral("creatinine"))->setCurrentText(QStringLiteral("umol/L"));
        QTest::keyClicks(tab.valueField(QStringLiteral("creatinine")), creatinine);
        QCOMPARE(tab.valueField(QStringLiteral("creatinine"))->styleSheet().contains(QStringLiteral("#fff3cd")), flagged);
    }

    void passwordChangeAtTheField()
    {
        test::TestSite site;
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ui::PasswordDialog dialog(*nurse);
        auto fields = dialog.findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 3);
        QTest::keyClicks(fields[0], QStringLiteral("not-my-password"));
        QTest::keyClicks(fields[1], QStringLiteral("a-new-password-9"));
        QTest::keyClicks(fields[2], QStringLiteral("a-new-password-9"));
        dialog.accept();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("passwordError"))->isVisibleTo(&dialog));
        fields[0]->clear();
        QTest::keyClicks(fields[0], test::kPassword);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(site.signIn(QStringLiteral("nurse"), QStringLiteral("a-new-password-9")));
    }

    void firstStartSetsUpASite()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/new-site.db");
        ui::NewSiteWizard wizard(path);
        wizard.show();
        auto *code = wizard.findChild<QLineEdit *>(QStringLiteral("siteCodeField"));
        QTest::keyClicks(code, QStringLiteral("gx9"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);   // upper-cased and accepted
        auto fields = wizard.currentPage()->findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 4);        // user, full name, password, repeat
        QTest::keyClicks(fields[2], QStringLiteral("short"));
        QTest::keyClicks(fields[3], QStringLiteral("short"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);   // refused: too short, nothing created
        QVERIFY(!QFile::exists(path));
        fields[2]->clear();
        fields[3]->clear();
        QTest::keyClicks(fields[2], QStringLiteral("site-admin-password"));
        QTest::keyClicks(fields[3], QStringLiteral("site-admin-password"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);
        QVERIFY(QFile::exists(path));
        const QString key = wizard.findChild<QLabel *>(QStringLiteral("recoveryKeyLabel"))->text();
        QCOMPARE(key.size(), 39);          // 8 groups of 4 hex digits
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());   // until written down
        wizard.currentPage()->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        auto session = SiteVault::signIn(path, QStringLiteral("admin"), QStringLiteral("site-admin-password"), Clock::system());
        QVERIFY(session.ok());
        QCOMPARE(session.value()->site(), QStringLiteral("GX9"));
        QVERIFY(SiteVault::recoverKey(path, key).ok());
    }

    void autoLockAfterIdle()
    {
        test::TestSite site;
        ui::AppController controller(site.path(), site.clock());
        ui::MainWindow w(controller);
        w.show();
        signIn(w, QStringLiteral("doctor"), test::kPassword);
        QVERIFY(controller.session());
        QCOMPARE(w.idleWatcher()->intervalMs(), 5 * 60 * 1000);   // the site default
        w.idleWatcher()->start(0);
        QTRY_VERIFY(!controller.session());
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("signInPage"))->isVisible());
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
