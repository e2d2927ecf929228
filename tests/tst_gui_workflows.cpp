// The clinic workflows driven offscreen through the real main window, as users would:
// a nurse records the plan and today's fraction and enters labs; an investigator grades
// a visit with the keyboard and signs; the overview chart exports; a monitor changes nothing.
#include "workspace/AdverseEventsTab.h"
#include "AppController.h"
#include "workspace/GradingWizard.h"
#include "workspace/LabsTab.h"
#include "MainWindow.h"
#include "workspace/OverviewTab.h"
#include "models/PatientListModel.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RadiotherapyTab.h"
#include "admin/ScreeningLogDialog.h"
#include "workspace/ScreeningTab.h"
#include "models/EligibilityChecklistModel.h"
#include "AnswerBox.h"
#include "PatientDetailsDialog.h"
#include "SignatureDialog.h"
#include "workspace/StudyDrugTab.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "workspace/VisitsTab.h"
#include "clinical/Protocol.h"
#include "records/AdverseEvents.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Screenings.h"
#include "records/Radiotherapy.h"
#include <QChart>
#include <QPointer>
#include <QScopeGuard>
#include "IdleWatcher.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include "MainWindowOnTestSite.h"
#include "Enrollment.h"
#include <QtTest>
#include <QWheelEvent>
#include <QSpontaneKeyEvent>
#include <QScrollBar>
#include <QScrollArea>

using namespace muco;

class TestGuiWorkflows : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;

    void signIn(const QString &user)
    {
        if (m_controller->session())
            m_controller->lock();
        QVERIFY(test::typeSignIn(*m_window, user, test::kPassword));
        QVERIFY(m_controller->session());
        // Select the patient: the filter, then Down into the list.
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        // Offscreen, a closed window-modal wizard does not hand activation back by itself.
        m_window->activateWindow();
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClicks(filter, QStringLiteral("GX01-0001"));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(m_window->workspace()->isVisible());
    }

private slots:
    void init()
    {
        QVERIFY(test::openMainWindowWithOnePatient(m_site, m_controller, m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
        ui::SignatureDialog::setPromptForTests({});
        ui::setReasonPromptForTests({});
        ui::RadiotherapyTab::setConfirmForTests({});
    }

    // Issue 10: the collection time starts at the site's clock, not the machine's. The site is
    // in Asia/Shanghai; the machine here is put in New York, 13 hours behind: 20:30 UTC is
    // 04:30 the next day at the site and 15:30 the same day on the machine.
    void labsCollectionTimeIsTheSitesClock()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        auto restore = qScopeGuard([&] { oldTz.isNull() ? qunsetenv("TZ") : qputenv("TZ", oldTz); });
        const QDateTime now(QDate(2026, 11, 20), QTime(20, 30), QTimeZone::utc());
        m_site->clock()->set(now);
        signIn(QStringLiteral("nurse"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->labs());
        ui::LabsTab *labs = w->labs();
        QCOMPARE(labs->collectedField()->date(), QDate(2026, 11, 21));
        QCOMPARE(labs->collectedField()->time(), QTime(4, 30));
        QLineEdit *hb = labs->valueField(QStringLiteral("hemoglobin"));
        labs->unitField(QStringLiteral("hemoglobin"))->setCurrentText(QStringLiteral("g/L"));
        QTest::keyClicks(hb, QStringLiteral("121"));
        QTest::keyClick(hb, Qt::Key_Return);
        QVERIFY2(labs->errorLabel()->text().isEmpty(), qPrintable(labs->errorLabel()->text()));
        // Saved as the instant the clinician saw: 04:30 at the site is 20:30 UTC.
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(nurse);
        auto saved = Labs::list(*nurse, Patients::list(*nurse)->first().id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().collectedUtc, now);
        // A time typed into the field is read in the site's zone too: 02:00 at the site is 18:00 UTC.
        labs->collectedField()->setDateTime(QDateTime(QDate(2026, 11, 21), QTime(2, 0), QTimeZone::utc()));
        QTest::keyClicks(hb, QStringLiteral("118"));
        QTest::keyClick(hb, Qt::Key_Return);
        saved = Labs::list(*nurse, Patients::list(*nurse)->first().id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 2);
        QList<QDateTime> times;
        for (const LabResult &r : saved.value())
            times << r.collectedUtc;
        QVERIFY2(times.contains(QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone::utc())), "02:00 at the site is saved as 18:00 UTC");
    }

    // A plan that does not add up is refused at its field before any reason is asked, the Save
    // button stays, and a plan typed and not saved is asked about before another patient (a
    // walkthrough: the button vanished after the refusal, the reason was typed twice, and 66 Gy
    // typed over 70 was lost without a word).
    void aPlanEditIsCheckedFirstAndNeverLostUnasked()
    {
        signIn(QStringLiteral("doctor"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->radiotherapy());
        ui::RadiotherapyTab *rt = w->radiotherapy();
        QVERIFY(rt->unsavedWork().isEmpty());   // the defaults of a new plan are not work
        rt->findChild<QDateEdit *>()->setDate(QDate(2026, 11, 16));
        QCOMPARE(rt->unsavedWork(), QStringLiteral("The radiotherapy plan"));
        rt->savePlan();
        QVERIFY(!rt->summaryText().contains(QStringLiteral("No radiotherapy plan")));
        QVERIFY(rt->unsavedWork().isEmpty());
        int asked = 0;
        ui::setReasonPromptForTests([&](const QString &) { ++asked; return QStringLiteral("replanned"); });
        QLineEdit *total = rt->totalField();
        total->setText(QStringLiteral("66"));
        QCOMPARE(rt->unsavedWork(), QStringLiteral("The radiotherapy plan"));
        rt->savePlan();
        QCOMPARE(asked, 0);   // 35 x 2 Gy is not 66 Gy: said first
        QVERIFY2(rt->findChild<QLabel *>(QStringLiteral("dose_per_fraction_gyError"))->text().contains(QStringLiteral("66 Gy")),
                 qPrintable(rt->findChild<QLabel *>(QStringLiteral("dose_per_fraction_gyError"))->text()));
        QVERIFY(!rt->saveButton()->isHidden());
        QVERIFY(rt->saveButton()->isEnabled());
        rt->fractionsField()->setValue(33);
        QVERIFY(rt->saveUnsaved());
        QCOMPARE(asked, 1);
        QVERIFY(rt->unsavedWork().isEmpty());
        QVERIFY(!rt->saveButton()->isHidden());
        auto plan = Radiotherapy::plan(*m_controller->session(), w->patientId());
        QCOMPARE(plan.value()->fractions, 33);
        total->setText(QStringLiteral("60"));
        QCOMPARE(rt->unsavedWork(), QStringLiteral("The radiotherapy plan"));
        // A commit reloads the tab (a fraction recorded): the plan being typed stays (review).
        QVERIFY(Radiotherapy::record(*m_controller->session(), w->patientId(), QDate(2026, 11, 16), FractionStatus::Delivered,
                                     Decimal(2), {}).ok());
        QTRY_COMPARE(rt->fractionTable()->model()->rowCount(), 1);
        QCOMPARE(total->text(), QStringLiteral("60"));
        QCOMPARE(rt->unsavedWork(), QStringLiteral("The radiotherapy plan"));
        ui::setReasonPromptForTests({});
    }

    void nurseRecordsPlanFractionsLabsAndDiary()
    {
        // The investigator prescribes the plan; the nurse records fractions, labs and the diary.
        signIn(QStringLiteral("doctor"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->radiotherapy());
        ui::RadiotherapyTab *rt = w->radiotherapy();
        QVERIFY(rt->summaryText().contains(QStringLiteral("No radiotherapy plan")));
        auto *deliver = rt->findChild<QPushButton *>(QStringLiteral("deliverToday"));
        QVERIFY(!deliver->isEnabled());   // nothing to deliver without a plan
        rt->findChild<QDateEdit *>()->setDate(QDate(2026, 11, 16));
        rt->findChildren<QCheckBox *>().at(7)->setChecked(true);   // oral cavity
        rt->savePlan();
        QVERIFY(deliver->isEnabled());
        signIn(QStringLiteral("nurse"));
        w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->radiotherapy());
        QVERIFY(deliver->isEnabled());
        // The patient is still in screening: the tab asks before recording a fraction.
        ui::RadiotherapyTab::setConfirmForTests([](const QString &) { return true; });
        QTest::mouseClick(deliver, Qt::LeftButton);
        auto *table = rt->findChild<QTableView *>(QStringLiteral("fractionTable"))->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, 1).data().toString(), QStringLiteral("2026-11-20"));
        QVERIFY2(rt->summaryText().startsWith(QStringLiteral("1 of 35 fractions delivered")), qPrintable(rt->summaryText()));
        // The list shows the dose at a glance.
        QCOMPARE(m_window->patientModel()->index(0, ui::PatientListModel::Dose).data().toString(), QStringLiteral("2"));

        QTemporaryDir dir;
        QFile csv(dir.path() + QStringLiteral("/rt.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,fraction,dose\n2026-11-16,2,2\n2026-11-17,3,2\n2026-11-18,3,2\nbad line\n");
        csv.close();
        const QString report = rt->importCsv(csv.fileName());
        QVERIFY2(report.contains(QStringLiteral("Imported 2")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("line 4")));
        QVERIFY(report.contains(QStringLiteral("line 5")));
        QCOMPARE(table->rowCount(), 3);

        // Labs: an impossible value is refused at the field, the good one saved with its SI value.
        w->tabs()->setCurrentWidget(w->labs());
        ui::LabsTab *labs = w->labs();
        QLineEdit *hb = labs->valueField(QStringLiteral("hemoglobin"));
        labs->unitField(QStringLiteral("hemoglobin"))->setCurrentText(QStringLiteral("g/dL"));
        QTest::keyClicks(hb, QStringLiteral("31"));
        QTest::keyClick(hb, Qt::Key_Return);
        QVERIFY2(labs->errorLabel()->text().startsWith(QStringLiteral("Hemoglobin: ")), qPrintable(labs->errorLabel()->text()));
        QCOMPARE(labs->results()->model()->rowCount(), 0);
        hb->selectAll();
        QTest::keyClick(hb, Qt::Key_Backspace);   // the user's correction (a reload's own clearing keeps its message)
        QVERIFY2(labs->errorLabel()->text().isEmpty(), qPrintable(labs->errorLabel()->text()));   // corrected: the refusal goes
        QTest::keyClicks(hb, QStringLiteral("12.1"));
        QCOMPARE(labs->siLabel(QStringLiteral("hemoglobin"))->text(), QStringLiteral("121 g/L"));
        QTest::keyClick(hb, Qt::Key_Return);
        QCOMPARE(labs->results()->model()->rowCount(), 1);
        QCOMPARE(labs->results()->model()->index(0, 2).data().toString(), QStringLiteral("12.1 g/dL"));
        QCOMPARE(labs->results()->model()->index(0, 3).data().toString(), QStringLiteral("121 g/L"));

        // The diary (experimental arm only, issue 15): checking a dose counts towards adherence.
        w->tabs()->setCurrentWidget(w->studyDrug());
        ui::StudyDrugTab *drug = w->studyDrug();
        QCOMPARE(drug->diary()->model()->rowCount(), 0);   // not randomized: no diary
        {
            auto coord = m_site->signIn(QStringLiteral("coord"));
            QVERIFY(test::writeArm(*coord, m_window->workspace()->patientId(), QStringLiteral("experimental")).ok());
        }
        QCOMPARE(drug->diary()->model()->rowCount(), 5);   // 16-20 November
        QVERIFY(drug->diary()->model()->setData(drug->diary()->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(drug->diary()->model()->index(0, 0).data(Qt::CheckStateRole), QVariant(Qt::Checked));   // stored, reloaded
        // 16-19 November and today's breakfast and lunch (17:00 at the site; dinner is not due yet).
        QVERIFY2(drug->adherenceLabel()->text().contains(QStringLiteral("1 of 14")), qPrintable(drug->adherenceLabel()->text()));

        // A nurse cannot grade.
        QVERIFY(!w->visits()->gradeVisit());
    }

    void investigatorGradesAVisitWithTheKeyboard()
    {
        signIn(QStringLiteral("doctor"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->visits());
        ui::GradingWizard *wizard = w->visits()->gradeVisit();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        // A routine visit with severe findings, keyboard only (each line: the keys pressed).
        // One exam: ulceration is scored at the OMAS sites, the diet asked once.
        int keys = 0;
        auto press = [&](QWidget *target, Qt::Key key) { QTest::keyClick(target, key); ++keys; };
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(wizard->soreness()));
        press(wizard->soreness(), Qt::Key_Space);            // soreness reported
        press(wizard->soreness(), Qt::Key_Tab);
        press(wizard->erythema(), Qt::Key_Space);            // erythema seen
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);   // Alt+I: to the diet
        ++keys;
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(wizard->diet()));
        press(wizard->diet(), Qt::Key_L);                    // liquid diet only
        QCOMPARE(wizard->diet()->currentIndex(), int(DietTolerated::LiquidOnly));
        // No ulceration scored yet: WHO 1, and the contradiction is shown, not hidden.
        QVERIFY2(wizard->liveText().contains(QStringLiteral("WHO: grade 1")), qPrintable(wizard->liveText()));
        QVERIFY(wizard->liveText().contains(examWarnings(wizard->exam()).first().toHtmlEscaped()));
        press(wizard, Qt::Key_Return);                       // next: OMAS, the first site's ulceration
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(wizard->omasUlceration(OmasSite::UpperLip)));
        press(wizard->omasUlceration(OmasSite::UpperLip), Qt::Key_3);   // ulceration > 3 cm2
        press(wizard->omasUlceration(OmasSite::UpperLip), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(wizard->omasErythema(OmasSite::UpperLip)));
        press(wizard->omasErythema(OmasSite::UpperLip), Qt::Key_2);     // severe erythema
        const QString live = wizard->liveText();
        QVERIFY2(live.contains(QStringLiteral("WHO: grade 3")), qPrintable(live));
        QVERIFY(live.contains(QStringLiteral("Oral ulcers, liquid diet only")));
        QVERIFY(examWarnings(wizard->exam()).isEmpty());   // the observations agree now
        QVERIFY2(!live.contains(QStringLiteral("no ulceration is scored")), qPrintable(live));
        // One abnormal site of nine examined: the mean is 5/9, as core computes it.
        QVERIFY2(live.contains(QStringLiteral("mean 0.56 over 9 site(s)")), qPrintable(live));
        QCOMPARE(*scoreOmas(wizard->findings()).mean, 5.0 / 9);
        // The primary endpoint is the protocol's, named from it.
        QVERIFY(live.contains(Protocol::nct07312656().primaryEndpoint.label().toHtmlEscaped()));
        QVERIFY(live.contains(QStringLiteral("the primary endpoint")));
        QVERIFY(live.contains(QStringLiteral("CTCAE grade 3, for you to confirm or change")));
        press(wizard->omasErythema(OmasSite::UpperLip), Qt::Key_Return);   // next: PRO-CTCAE
        press(wizard, Qt::Key_Return);                       // next: review
        QTRY_VERIFY(wizard->signaturePassword()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(wizard->signaturePassword()));
        QTest::keyClicks(wizard->signaturePassword(), test::kPassword);
        ++keys;                                              // the password, typed once
        press(wizard->signaturePassword(), Qt::Key_Return);  // save and sign
        QTRY_VERIFY(!wizard->isVisible());
        qInfo("keystrokes to grade and sign a visit (password counted once): %d", keys + 1 /* Ctrl+G */);
        QVERIFY(keys + 1 < 15);

        QAbstractItemModel *visits = w->visits()->table()->model();
        QCOMPARE(visits->rowCount(), 1);
        QCOMPARE(visits->index(0, 3).data().toString(), QStringLiteral("3"));
        QCOMPARE(visits->index(0, 6).data().toString(), QStringLiteral("5"));   // OMAS total
        QCOMPARE(visits->index(0, 8).data().toString(), QStringLiteral("Signed"));
        // WHO grade 3 drafted an adverse event with the CTCAE grade derived (3), for the
        // investigator to confirm or change.
        ui::AdverseEventsTab *aeTab = w->adverseEvents();
        QCOMPARE(aeTab->table()->model()->rowCount(), 1);
        QVERIFY(aeTab->table()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Draft")));
        QCOMPARE(aeTab->table()->model()->index(0, 2).data().toString(), QStringLiteral("3"));
        w->tabs()->setCurrentWidget(aeTab);
        aeTab->edit(0);
        auto *aeGrade = aeTab->findChild<QSpinBox *>();
        QCOMPARE(aeGrade->value(), 3);
        aeGrade->setValue(2);   // the investigator changes it on confirming
        aeTab->save();
        QCOMPARE(AdverseEvents::list(*m_controller->session(), m_window->workspace()->patientId())->first().grade, 2);
        QCOMPARE(AdverseEvents::list(*m_controller->session(), m_window->workspace()->patientId())->first().state, QStringLiteral("confirmed"));
        w->tabs()->setCurrentWidget(w->visits());
        QCOMPARE(m_window->patientModel()->index(0, ui::PatientListModel::LatestGrade).data().toString(), QStringLiteral("WHO 3"));

        // The overview chart carries dose, three grade series and the grade-3 line, and exports.
        ui::OverviewTab *overview = w->overview();
        QCOMPARE(overview->chart()->series().size(), 5);
        QTemporaryDir dir;
        const QString png = dir.path() + QStringLiteral("/chart.png");
        QVERIFY(overview->exportPng(png));
        QVERIFY(QFileInfo(png).size() > 1000);
    }

    // OMAS in the wizard: every site examined and scored 0 unless marked not assessable;
    // the mean is core's over the assessable sites. The primary endpoint (protocol file) and
    // the exam's contradictions are shown live; both sides of the endpoint's threshold.
    void wizardDerivesFromOneExam_data()
    {
        QTest::addColumn<int>("ulceration");      // upper lip
        QTest::addColumn<int>("erythema");        // upper lip
        QTest::addColumn<int>("notAssessable");   // that many sites, from the hard palate backwards
        QTest::addColumn<int>("diet");            // DietTolerated
        QTest::addColumn<bool>("erythemaSeen");
        QTest::addColumn<int>("sitesScored");
        QTest::addColumn<QString>("mean");        // as shown; empty: no site assessable
        QTest::addColumn<int>("who");
        QTest::addColumn<bool>("endpoint");
        QTest::addColumn<int>("warnings");
        QTest::newRow("nothing abnormal, nine examined") << 0 << 0 << 0 << 0 << false << 9 << "0.00" << 0 << false << 0;
        QTest::newRow("one site 3+2 of nine") << 3 << 2 << 0 << 0 << true << 9 << "0.56" << 2 << false << 0;
        QTest::newRow("one site 3+2 of seven") << 3 << 2 << 2 << 0 << true << 7 << "0.71" << 2 << false << 0;
        QTest::newRow("one site 3+2, itself the only one") << 3 << 2 << 8 << 0 << true << 1 << "5.00" << 2 << false << 0;
        QTest::newRow("no site assessable") << 0 << 0 << 9 << 0 << false << 0 << "" << 0 << false << 0;
        QTest::newRow("WHO 2: below the endpoint") << 1 << 1 << 0 << int(DietTolerated::SoftOrModified) << true << 9 << "0.22" << 2 << false << 0;
        QTest::newRow("WHO 3: the endpoint") << 1 << 1 << 0 << int(DietTolerated::LiquidOnly) << true << 9 << "0.22" << 3 << true << 0;
        QTest::newRow("WHO 4: beyond it") << 1 << 1 << 0 << int(DietTolerated::NothingByMouth) << true << 9 << "0.22" << 4 << true << 0;
        QTest::newRow("liquid diet without ulceration") << 0 << 1 << 0 << int(DietTolerated::LiquidOnly) << true << 9 << "0.11" << 1 << false << 1;
        QTest::newRow("erythema seen, no site scores it") << 1 << 0 << 0 << 0 << true << 9 << "0.11" << 2 << false << 1;
        QTest::newRow("a site scores erythema, none seen") << 0 << 2 << 0 << 0 << false << 9 << "0.22" << 0 << false << 1;
    }

    void wizardDerivesFromOneExam()
    {
        QFETCH(int, ulceration);
        QFETCH(int, erythema);
        QFETCH(int, notAssessable);
        QFETCH(int, diet);
        QFETCH(bool, erythemaSeen);
        QFETCH(int, sitesScored);
        QFETCH(QString, mean);
        QFETCH(int, who);
        QFETCH(bool, endpoint);
        QFETCH(int, warnings);
        signIn(QStringLiteral("doctor"));
        QPointer<ui::GradingWizard> wizard = m_window->workspace()->visits()->gradeVisit();
        QVERIFY(wizard);
        const QList<OmasSite> sites = omasSites();
        for (OmasSite site : sites) {   // the default: examined, 0
            QVERIFY(!wizard->omasNotAssessable(site)->isChecked());
            QCOMPARE(wizard->omasUlceration(site)->value(), 0);
        }
        wizard->erythema()->setChecked(erythemaSeen);
        wizard->diet()->setCurrentIndex(diet);
        wizard->next();   // the OMAS page
        wizard->omasUlceration(OmasSite::UpperLip)->setValue(ulceration);
        wizard->omasErythema(OmasSite::UpperLip)->setValue(erythema);
        for (int i = 0; i < notAssessable; ++i) {
            QTest::keyClick(wizard->omasNotAssessable(sites.at(sites.size() - 1 - i)), Qt::Key_Space);
            QVERIFY(!wizard->omasUlceration(sites.at(sites.size() - 1 - i))->isEnabled());
        }
        const OmasResult omas = scoreOmas(wizard->findings());
        QCOMPARE(omas.sitesScored, sitesScored);
        const QString live = wizard->liveText();
        if (mean.isEmpty()) {
            QVERIFY(!omas.mean);
            QVERIFY2(live.contains(QStringLiteral("no site assessable")), qPrintable(live));
        } else {
            QCOMPARE(*omas.mean, double(ulceration + erythema) / sitesScored);
            QVERIFY2(live.contains(QStringLiteral("mean %1 over %2 site(s)").arg(mean).arg(sitesScored)), qPrintable(live));
        }
        QVERIFY2(live.contains(QStringLiteral("WHO: grade %1").arg(who)), qPrintable(live));
        QCOMPARE(live.contains(QStringLiteral("the primary endpoint (WHO grade &gt;= 3) is reached")), endpoint);
        QCOMPARE(int(live.count(QStringLiteral("&#9888;"))) >= warnings, true);
        QCOMPARE(examWarnings(wizard->exam()).size(), warnings);
        for (const QString &w : examWarnings(wizard->exam()))
            QVERIFY2(live.contains(w.toHtmlEscaped()), qPrintable(w));
        wizard->reject();
    }

    void lockClosesAnOpenWizard()
    {
        signIn(QStringLiteral("doctor"));
        QPointer<ui::GradingWizard> wizard = m_window->workspace()->visits()->gradeVisit();
        QVERIFY(wizard);
        QTest::keyClick(wizard->soreness(), Qt::Key_Space);
        m_window->idleWatcher()->start(0);   // auto-lock while the wizard is open
        QTRY_VERIFY(!m_controller->session());
        QTRY_VERIFY(!wizard);                 // closed and gone: it held the old session
        signIn(QStringLiteral("nurse"));
        QCOMPARE(m_window->workspace()->visits()->table()->model()->rowCount(), 0);   // nothing half-saved
    }

    void wrongSignaturePasswordSavesNothing()
    {
        signIn(QStringLiteral("doctor"));
        ui::GradingWizard *wizard = m_window->workspace()->visits()->gradeVisit();
        wizard->next();
        wizard->next();
        wizard->next();
        QTest::keyClicks(wizard->signaturePassword(), QStringLiteral("wrong-password-1"));
        wizard->accept();
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("gradingError"))->text().contains(QStringLiteral("password")));
        QCOMPARE(m_window->workspace()->visits()->table()->model()->rowCount(), 0);
        wizard->reject();
    }

    // A screened patient's tab shows the screening signed, on its own date and as it was
    // evaluated: it showed a new screening dated today, whose lab window held none of the
    // screening's labs ("labs missing" for a patient screened eligible). A screen failure may be
    // screened again; an enrolled patient's signed screening stands.
    void aSignedScreeningIsShownAsSigned()
    {
        auto coord = m_site->signIn(QStringLiteral("coord"));
        const QString patient = Patients::list(*coord)->first().id;
        auto failed = Screenings::save(*coord, patient, QDate(2026, 11, 10), {{QStringLiteral("prior_head_neck_radiotherapy"), true}});
        QVERIFY(failed.ok());
        QVERIFY(Screenings::sign(*m_site->signIn(QStringLiteral("doctor")), failed->id, test::kPassword).ok());
        signIn(QStringLiteral("coord"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->screening());
        ui::ScreeningTab *sc = w->screening();
        QVERIFY(sc->showsSignedScreening());
        QCOMPARE(sc->assessmentDate()->date(), QDate(2026, 11, 10));
        QVERIFY2(sc->statusLabel()->text().startsWith(QStringLiteral("Signed not eligible by doctor on ")), qPrintable(sc->statusLabel()->text()));
        QCOMPARE(sc->answer(QStringLiteral("prior_head_neck_radiotherapy"))->currentIndex(), 1);
        QVERIFY(!sc->answer(QStringLiteral("prior_head_neck_radiotherapy"))->isEnabled());
        // ECOG's choices say their grade in words (they were bare numbers, read by hovering).
        QComboBox *ecog = sc->findChild<QComboBox *>(QStringLiteral("ecog"));
        QVERIFY(ecog);
        QCOMPARE(ecog->itemText(2), QStringLiteral("1 Restricted in strenuous activity"));
        QCOMPARE(ecog->itemText(6), QStringLiteral("5 Dead"));
        QVERIFY(ecog->itemData(2, Qt::ToolTipRole).toString().startsWith(QStringLiteral("1 Restricted in physically strenuous activity but ambulatory")));
        QVERIFY(!sc->signButton()->isEnabled());
        QCOMPARE(sc->checklist()->index(sc->checklist()->rowOf(QStringLiteral("E1")), 1).data().toString(), QStringLiteral("FAIL"));
        QVERIFY(!sc->screenAgainButton()->isHidden());
        QVERIFY(sc->unsavedWork().isEmpty());

        sc->screenAgainButton()->click();
        QVERIFY(!sc->showsSignedScreening());
        QCOMPARE(sc->assessmentDate()->date(), QDate(2026, 11, 20));   // the site's today
        QCOMPARE(sc->answer(QStringLiteral("prior_head_neck_radiotherapy"))->currentIndex(), 1);
        QVERIFY(sc->answer(QStringLiteral("prior_head_neck_radiotherapy"))->isEnabled());
        QVERIFY(sc->statusLabel()->text().startsWith(QStringLiteral("Not eligible")));
        QVERIFY(sc->screenAgainButton()->isHidden());
        QVERIFY(sc->unsavedWork().isEmpty());   // nothing typed yet
        // A commit reloads the tab (labs saved for the re-screening): still a new screening, and
        // what is typed stays (review: both went back to the signed one).
        {
            auto nurse = m_site->signIn(QStringLiteral("nurse"));
            const auto lab = [&](const char *value) {
                return Labs::recordPanel(*nurse, patient, QDateTime(QDate(2026, 11, 19), QTime(7, 0), QTimeZone::utc()),
                                         QStringLiteral("blood_count"),
                                         {{QStringLiteral("hemoglobin"), *Decimal::parse(QString::fromLatin1(value)), QStringLiteral("g/L")}});
            };
            QVERIFY(lab("121").ok());
            QVERIFY(!sc->showsSignedScreening());
            QCOMPARE(sc->assessmentDate()->date(), QDate(2026, 11, 20));
            sc->answer(QStringLiteral("cirrhosis"))->setCurrentIndex(2);   // no
            QVERIFY(lab("122").ok());
            QCOMPARE(sc->answer(QStringLiteral("cirrhosis"))->currentIndex(), 2);
            QVERIFY(!sc->unsavedWork().isEmpty());
            sc->answer(QStringLiteral("cirrhosis"))->setCurrentIndex(0);   // as it was: nothing typed
        }

        QVERIFY(test::enrollDirectly(*coord, patient).ok());
        sc->reload();
        QVERIFY(sc->showsSignedScreening());
        QCOMPARE(sc->assessmentDate()->date(), QDate(2026, 11, 20));
        QVERIFY2(sc->statusLabel()->text().startsWith(QStringLiteral("Signed eligible by doctor on ")), qPrintable(sc->statusLabel()->text()));
        QVERIFY(sc->screenAgainButton()->isHidden());
        QVERIFY(!sc->signButton()->isEnabled());
    }

    // Saving or signing what was saved makes no other draft: each Save and each Sign made one,
    // five in the history for one day (a walkthrough). A change, or a lab since, makes one.
    void aScreeningSavedAgainUnchangedIsOneDraft()
    {
        signIn(QStringLiteral("coord"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->screening());
        ui::ScreeningTab *sc = w->screening();
        const QString patient = w->patientId();
        const auto drafts = [&] { return Screenings::list(*m_controller->session(), patient)->size(); };
        sc->answer(QStringLiteral("prior_head_neck_radiotherapy"))->setCurrentIndex(1);   // yes: not eligible
        sc->save();
        QCOMPARE(drafts(), 1);
        sc->save();
        QCOMPARE(drafts(), 1);
        sc->answer(QStringLiteral("cirrhosis"))->setCurrentIndex(2);   // no
        sc->save();
        QCOMPARE(drafts(), 2);
        {   // a lab recorded since: what the screening would say changed, so it is saved again
            auto nurse = m_site->signIn(QStringLiteral("nurse"));
            QVERIFY(Labs::recordPanel(*nurse, patient, QDateTime(QDate(2026, 11, 19), QTime(7, 0), QTimeZone::utc()), QStringLiteral("blood_count"),
                                      {{QStringLiteral("hemoglobin"), *Decimal::parse(QStringLiteral("121")), QStringLiteral("g/L")}}).ok());
        }
        sc->save();
        QCOMPARE(drafts(), 3);
        signIn(QStringLiteral("doctor"));
        w->tabs()->setCurrentWidget(w->screening());
        ui::SignatureDialog::setPromptForTests([](const QString &) { return std::optional<QString>(test::kPassword); });
        sc->signDecision();
        // The signature names what it signs: the patient, the decision and the screening's date.
        const QString subject = ui::SignatureDialog::lastSubject();
        QVERIFY2(subject.startsWith(Patients::get(*m_controller->session(), patient)->subjectId) && subject.contains(QStringLiteral(" is "))
                     && subject.contains(QStringLiteral("eligible (screening of ")),
                 qPrintable(subject));
        auto all = Screenings::list(*m_controller->session(), patient);
        QCOMPARE(all->size(), 3);   // the draft shown, signed
        QCOMPARE(all->last().state, QStringLiteral("signed"));

        // The birth date corrected afterwards to an age the protocol excludes: the tab says so
        // beside the decision, which stands as signed.
        QVERIFY(!sc->birthDateNote()->isVisible());
        {   // corrected in the patient details dialog, which says what it means once saved
            ui::PatientDetailsDialog details(*m_controller->session(), patient, m_window.get());
            details.findChild<QLineEdit *>(QStringLiteral("birthDateField"))->setText(QStringLiteral("1940-01-01"));
            details.findChild<QLineEdit *>(QStringLiteral("reasonField"))->setText(QStringLiteral("typing error at registration"));
            QString said;
            test::whenBoxOpens(QStringLiteral("eligibilityToReview"), [&](QMessageBox *box) {
                said = box->text();
                box->accept();
            });
            details.accept();
            QTRY_VERIFY2(said.contains(QStringLiteral("I2 fails")), qPrintable(said));
        }
        QCOMPARE(Patients::get(*m_controller->session(), patient)->birthDate, QStringLiteral("1940-01-01"));
        QTRY_VERIFY(sc->birthDateNote()->isVisible());   // the tab reloads for the patient's record
        QVERIFY2(sc->birthDateNote()->text().contains(QStringLiteral("I2 fails")) && sc->birthDateNote()->text().contains(QStringLiteral("\"screen failure\"")),
                 qPrintable(sc->birthDateNote()->text()));
        QVERIFY(sc->showsSignedScreening());   // the decision as signed, not evaluated again
        QTRY_VERIFY2(sc->statusLabel()->text().startsWith(QStringLiteral("Signed not eligible")), qPrintable(sc->statusLabel()->text()));
    }

    // An incomplete screening is not offered for signing: no password is asked for a decision core
    // refuses; the form says what is missing.
    void anIncompleteScreeningAsksNoSignature()
    {
        signIn(QStringLiteral("doctor"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->screening());
        int prompted = 0;
        ui::SignatureDialog::setPromptForTests([&](const QString &) {
            ++prompted;
            return std::optional<QString>(test::kPassword);
        });
        QString said;
        test::whenBoxOpens(QString(), [&](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        w->screening()->signDecision();
        ui::SignatureDialog::setPromptForTests({});
        QCOMPARE(prompted, 0);
        QVERIFY2(said.startsWith(QStringLiteral("The screening is incomplete")), qPrintable(said));
    }

    // The wheel over a form scrolls it: it changed the choice under the pointer instead (a
    // walkthrough's "Oral mucosa intact" became "No" while scrolling, and I9 failed).
    void theWheelScrollsTheFormNotItsAnswers()
    {
        signIn(QStringLiteral("coord"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->screening());
        ui::ScreeningTab *sc = w->screening();
        QComboBox *mucosa = sc->answer(QStringLiteral("oral_mucosa_intact"));
        auto *scroll = sc->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->isAncestorOf(mucosa));
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
        const auto wheel = [](QWidget *target) {   // one notch down, as the window system sends it
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent e(at, target->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QSpontaneKeyEvent::setSpontaneous(&e);   // as QTest's own events: sendEvent would clear it
            qApp->notify(target, &e);
        };
        QCOMPARE(mucosa->currentIndex(), 0);
        QVERIFY(!mucosa->hasFocus());
        const int top = scroll->verticalScrollBar()->value();
        wheel(mucosa);
        QCOMPARE(mucosa->currentIndex(), 0);   // not recorded, still
        QVERIFY(scroll->verticalScrollBar()->value() > top);   // the form scrolled instead
        QCOMPARE(mucosa->focusPolicy(), Qt::StrongFocus);   // the wheel gives it no focus either
        QDateEdit *date = sc->assessmentDate();
        const QDate day = date->date();
        wheel(date);
        QCOMPARE(date->date(), day);
        // Once chosen (clicked or tabbed into), a field takes the wheel as it always did.
        mucosa->setFocus();
        QTRY_VERIFY(mucosa->hasFocus());
        wheel(mucosa);
        QCOMPARE(mucosa->currentIndex(), 1);
    }

    void screeningChecklistIsLive()
    {
        signIn(QStringLiteral("coord"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->screening());
        ui::ScreeningTab *sc = w->screening();
        QAbstractItemModelTester checklistTester(sc->checklist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sc->checklist()->rowCount(), 21);
        QCOMPARE(sc->checklist()->index(1, 1).data().toString(), QStringLiteral("pass"));   // I2: age from the record
        QVERIFY(sc->statusLabel()->text().startsWith(QStringLiteral("Incomplete")));
        sc->answer(QStringLiteral("prior_head_neck_radiotherapy"))->setCurrentIndex(1);   // yes
        const int e1 = sc->checklist()->rowOf(QStringLiteral("E1"));
        QCOMPARE(e1, 10);
        QCOMPARE(sc->checklist()->index(e1, 0).data().toString(), QStringLiteral("E1"));
        QCOMPARE(sc->checklist()->index(e1, 1).data().toString(), QStringLiteral("FAIL"));
        QCOMPARE(sc->checklist()->index(e1, 1).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(sc->checklist()->index(e1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("radiotherapy"), Qt::CaseInsensitive));
        QVERIFY(sc->statusLabel()->text().startsWith(QStringLiteral("Not eligible")));
        // An impossible value is named by its label and unit (it was "700 is impossible (allowed
        // 20 to 350)", under no field).
        auto *weight = sc->findChild<QLineEdit *>(QStringLiteral("weight_kg"));
        QVERIFY(weight);
        weight->setText(QStringLiteral("700"));
        QCOMPARE(sc->statusLabel()->text(), QStringLiteral("Weight: 700 kg is impossible (allowed 20 to 350 kg)"));
        weight->clear();
        QVERIFY(sc->statusLabel()->text().startsWith(QStringLiteral("Not eligible")));
        // A coordinator saves the screening but cannot sign the decision.
        QVERIFY(!sc->signButton()->isEnabled());
        sc->save();
        ui::ScreeningLogDialog log(*m_controller->session());
        QAbstractItemModelTester tester(log.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(log.table()->model()->columnCount(), 6);
        QCOMPARE(log.table()->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Decision"));
        QCOMPARE(log.table()->model()->index(0, 3).data().toString(), QStringLiteral("draft"));   // saved, not signed
        QCOMPARE(log.table()->model()->rowCount(), 1);
        QCOMPARE(log.table()->model()->index(0, 0).data().toString(), QStringLiteral("GX01-0001"));
        QCOMPARE(log.table()->model()->index(0, 2).data().toString(), QStringLiteral("screen failure"));
        QCOMPARE(log.table()->model()->index(0, 4).data().toString(), QStringLiteral("E1"));
    }

    // The intent starts "not recorded" for every patient (I3 missing), and only a saved
    // screening of the same patient brings it back.
    void screeningIntentStartsNotRecorded()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        const QString first = Patients::list(*nurse)->first().id;
        RtPlan plan;
        plan.patientId = first;
        plan.totalDoseGy = Decimal(70);
        plan.fractions = 35;
        plan.dosePerFractionGy = Decimal(2);
        plan.startDate = QDate(2026, 11, 23);
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan).ok());
        auto coord = m_site->signIn(QStringLiteral("coord"));
        const QString second = Patients::add(*coord, {})->id;
        signIn(QStringLiteral("coord"));
        ui::PatientWorkspace *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->screening());
        ui::ScreeningTab *sc = w->screening();
        QCOMPARE(sc->intent()->currentData().toString(), QString());
        QCOMPARE(sc->checklist()->index(2, 0).data().toString(), QStringLiteral("I3"));
        QCOMPARE(sc->checklist()->index(2, 1).data().toString(), QStringLiteral("missing"));
        sc->intent()->setCurrentIndex(sc->intent()->findData(QStringLiteral("radical")));
        QCOMPARE(sc->checklist()->index(2, 1).data().toString(), QStringLiteral("pass"));
        sc->save();
        sc->setPatient(m_controller->session(), second);   // the next patient: nothing carried over
        QCOMPARE(sc->intent()->currentData().toString(), QString());
        sc->setPatient(m_controller->session(), first);    // the saved screening comes back
        QCOMPARE(sc->intent()->currentData().toString(), QStringLiteral("radical"));
    }

    // A date criterion's field is blank until a date is entered: choosing "On date:" records
    // no date by itself (it was QDateEdit's 2000-01-01, which passed E2), and a date entered
    // for one patient is not there for the next.
    void screeningDatesStartBlank()
    {
        auto coord = m_site->signIn(QStringLiteral("coord"));
        const QString first = Patients::list(*coord)->first().id;
        const QString second = Patients::add(*coord, {})->id;
        signIn(QStringLiteral("coord"));
        ui::ScreeningTab *sc = m_window->workspace()->screening();
        sc->setPatient(m_controller->session(), first);
        const QString surgery = QStringLiteral("last_head_neck_surgery_date");
        QDateEdit *date = sc->dateField(surgery);
        QVERIFY(!date->isEnabled());
        QCOMPARE(date->text(), QStringLiteral("enter the date"));
        sc->dateChoice(surgery)->setCurrentIndex(2);   // "On date:"
        QVERIFY(date->isEnabled());
        QCOMPARE(date->text(), QStringLiteral("enter the date"));
        QVERIFY(!sc->form().contains(surgery));        // not recorded: E2 stays missing
        date->setDate(QDate(2026, 10, 1));
        QCOMPARE(sc->form().value(surgery).toString(), QStringLiteral("2026-10-01"));
        sc->setPatient(m_controller->session(), second);
        sc->dateChoice(surgery)->setCurrentIndex(2);
        QCOMPARE(date->text(), QStringLiteral("enter the date"));
        QVERIFY(!sc->form().contains(surgery));
    }

    void monitorChangesNothing()
    {
        signIn(QStringLiteral("monitor"));
        ui::PatientWorkspace *w = m_window->workspace();
        QVERIFY(!w->visits()->gradeVisit());
        QVERIFY(!w->radiotherapy()->findChild<QPushButton *>(QStringLiteral("deliverToday"))->isEnabled());
        QVERIFY(!w->labs()->valueField(QStringLiteral("wbc"))->isEnabled());
        QCOMPARE(m_window->patientModel()->index(0, ui::PatientListModel::Name).data().toString(), QStringLiteral("(hidden)"));
    }
};

QTEST_MAIN(TestGuiWorkflows)
#include "tst_gui_workflows.moc"
