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
#include "records/Radiotherapy.h"
#include "DisplayFormat.h"
#include "models/HolidayListModel.h"
#include "admin/SiteSettingsDialog.h"
#include "models/ReferenceRangeModel.h"
#include "AnswerBox.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QAbstractItemModelTester>
#include <QtTest>
#include <QListView>
#include <QTableView>
#include <QDateEdit>

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

    // The new-patient form names every problem at once, each under its field, the first focused;
    // nothing is saved (it had named one a time: a save per mistake, a walkthrough).
    void theNewPatientFormNamesEveryProblemAtOnce()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        ui::AppController controller(site.path(), site.clock());
        ui::MainWindow w(controller);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signIn(w, QStringLiteral("coord"), test::kPassword);
        QDialog *dialog = w.addPatient();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subjectIdField")), QStringLiteral("GX 01"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phoneField")), QString(70, QLatin1Char('1')));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        const auto shown = [&](const QString &key) {
            const QLabel *error = dialog->findChild<QLabel *>(key + QStringLiteral("Error"));
            return error && !error->isHidden() ? error->text() : QString();
        };
        QVERIFY2(shown(QStringLiteral("subject-id")).startsWith(QStringLiteral("Use up to 32")), qPrintable(shown(QStringLiteral("subject-id"))));
        QVERIFY(shown(QStringLiteral("name")).contains(QStringLiteral("name or medical record number")));
        QVERIFY(shown(QStringLiteral("birth-date")).contains(QStringLiteral("required")));
        QVERIFY(shown(QStringLiteral("sex")).contains(QStringLiteral("sex")));
        QVERIFY(shown(QStringLiteral("phone")).contains(QStringLiteral("too long")));
        QVERIFY(shown(QStringLiteral("mrn")).isEmpty());
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("subjectIdField")));
        QCOMPARE(w.patientModel()->rowCount(), 0);
        dialog->reject();
    }

    // A medical record number another patient holds is asked about before it is saved (a
    // walkthrough added a patient with another's number without a word); Cancel saves nothing
    // and keeps the form, Save goes on. A correction of the number is asked about alike.
    void aSecondPatientWithTheSameMrnIsAskedAbout()
    {
        test::TestSite site;
        QVERIFY(site.ok());
        {
            auto coord = site.signIn(QStringLiteral("coord"));
            QVERIFY(Patients::add(*coord, {{}, QStringLiteral("Sun Mei"), QStringLiteral("MRN-5150"), {}, QStringLiteral("1962-02-28"),
                                           QStringLiteral("female")}).ok());
        }
        ui::AppController controller(site.path(), site.clock());
        ui::MainWindow w(controller);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signIn(w, QStringLiteral("coord"), test::kPassword);
        QDialog *dialog = w.addPatient();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Li Hua"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("mrnField")), QStringLiteral(" mrn-5150"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthDateField")), QStringLiteral("1970-01-02"));
        dialog->findChild<QComboBox *>(QStringLiteral("sexField"))->setCurrentIndex(2);
        int asked = 0;
        QString question;
        test::whenBoxOpens(QStringLiteral("sharedMrn"), [&](QMessageBox *box) {
            ++asked;
            question = box->text();
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->button(QMessageBox::Cancel)->click();
        });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(asked, 1);
        QVERIFY2(question.contains(QStringLiteral("GX01-0001 (Sun Mei)")), qPrintable(question));
        QVERIFY(dialog->isVisible());
        QCOMPARE(w.patientModel()->rowCount(), 1);
        test::answerWhenOpen(QStringLiteral("sharedMrn"), QMessageBox::Save, &asked);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(asked, 2);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(w.patientModel()->rowCount(), 2);
        // A number no one else holds: not asked.
        dialog = w.addPatient();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Wu Bo"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("mrnField")), QStringLiteral("MRN-5151"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthDateField")), QStringLiteral("1971-01-02"));
        dialog->findChild<QComboBox *>(QStringLiteral("sexField"))->setCurrentIndex(1);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(asked, 2);
        QCOMPARE(w.patientModel()->rowCount(), 3);
    }

    void administratorEditsReferenceRanges()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        ui::ReferenceRangesDialog dialog(*admin);
        ui::ReferenceRangeModel *m = dialog.model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int altRow = m->rowOf(QStringLiteral("alt"));
        QVERIFY(altRow >= 0);
        QCOMPARE(m->index(altRow, 0).data(ui::ReferenceRangeModel::AnalyteKeyRole).toString(), QStringLiteral("alt"));
        QVERIFY(m->setData(m->index(altRow, 3), QStringLiteral("forty")));
        dialog.accept();
        QVERIFY(dialog.findChildren<QLabel *>().last()->text().contains(QStringLiteral("forty")));
        QCOMPARE(dialog.table()->currentIndex(), m->index(altRow, 3));   // the cell to put right
        QVERIFY(!Labs::referenceRanges(*admin)->value(QStringLiteral("alt")).uln);
        m->setData(m->index(altRow, 3), QStringLiteral("40"));
        m->setData(m->index(altRow, 2), QStringLiteral("7"));
        dialog.accept();
        QCOMPARE(Labs::referenceRanges(*admin)->value(QStringLiteral("alt")).uln->toString(), QStringLiteral("40"));
        // A nurse sees them but cannot change them, in the view or through the model.
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ui::ReferenceRangesDialog readOnly(*nurse);
        QVERIFY(!(readOnly.model()->flags(readOnly.model()->index(altRow, 3)) & Qt::ItemIsEditable));
        QVERIFY(!readOnly.model()->setData(readOnly.model()->index(altRow, 3), QStringLiteral("41")));
        QCOMPARE(readOnly.model()->index(altRow, 3).data().toString(), QStringLiteral("40"));
    }

    // The holiday calendar lists each day with its weekday and name, in date order, however
    // they were entered; "Remove selected" removes the day selected, and only that one.
    void administratorKeepsTheHolidayCalendar()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        ui::SiteSettingsDialog dialog(*admin);
        ui::HolidayListModel *m = dialog.holidays();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 0);
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("holidayDate"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("holidayName"));
        QPushButton *add = nullptr, *remove = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            (b->text() == QLatin1String("&Add") ? add : b->text() == QLatin1String("&Remove selected") ? remove : b) = b;
        QVERIFY(date && name && add && remove);
        date->setDate(QDate(2027, 2, 6));
        name->setText(QStringLiteral("Spring Festival"));
        add->click();
        date->setDate(QDate(2027, 1, 1));
        name->setText(QStringLiteral("New Year"));
        add->click();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->dateAt(0), QDate(2027, 1, 1));
        QVERIFY(m->index(0).data().toString().contains(QStringLiteral("New Year")));
        QVERIFY(m->index(1).data().toString().contains(QStringLiteral("Spring Festival")));
        QVERIFY(m->index(1).data().toString().contains(ui::displayDateWithDay(QDate(2027, 2, 6))));
        dialog.holidayList()->setCurrentIndex(m->index(1));
        remove->click();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->dateAt(0), QDate(2027, 1, 1));
        QCOMPARE(Radiotherapy::holidays(*admin).value(), QSet<QDate>{QDate(2027, 1, 1)});
        // Nothing selected: nothing removed.
        dialog.holidayList()->setCurrentIndex({});
        remove->click();
        QCOMPARE(m->rowCount(), 1);
    }

    // Creatinine differs by sex: the administrator sets women's and men's ULN beside the
    // range for all patients, and clearing a sex's pair falls back to that range.
    void administratorEditsRangesBySex()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        ui::ReferenceRangesDialog dialog(*admin);
        ui::ReferenceRangeModel *m = dialog.model();
        QCOMPARE(m->columnCount(), 8);
        const int row = m->rowOf(QStringLiteral("creatinine"));
        QVERIFY(row >= 0);
        m->setData(m->index(row, 3), QStringLiteral("106"));
        m->setData(m->index(row, 5), QStringLiteral("97"));   // women's ULN
        m->setData(m->index(row, 6), QStringLiteral("57"));   // men's lower limit
        m->setData(m->index(row, 7), QStringLiteral("111"));
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
        ui::ReferenceRangeModel *m2 = again.model();
        QCOMPARE(m2->index(row, 5).data().toString(), QStringLiteral("97"));
        m2->setData(m2->index(row, 5), QStringLiteral("ninety"));
        again.accept();
        QVERIFY(again.findChildren<QLabel *>().last()->text().contains(QStringLiteral("Women: ULN")));
        // Cleared, the women's pair falls back to the range for all patients.
        m2->setData(m2->index(row, 5), QString());
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
