// Issue 12, "wrong data saved": each test drives the real main window as a clinician would
// and checks that the screen saves exactly what was meant.
#include "AdverseEventsTab.h"
#include "AppController.h"
#include "LabsTab.h"
#include "MainWindow.h"
#include "PatientListModel.h"
#include "PatientOverview.h"
#include "RadiotherapyTab.h"
#include "SignatureDialog.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "records/AdverseEvents.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace muco;

class TestGuiBedside : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_first, m_second;

    void signIn(const QString &user)
    {
        if (m_controller->session())
            m_controller->lock();
        QVERIFY(test::typeSignIn(*m_window, user, test::kPassword));
        QVERIFY(m_controller->session());
    }

    void select(const QString &subjectId)
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        // Offscreen, a closed window-modal dialog does not hand activation back by itself.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        filter->clear();
        QTest::keyClicks(filter, subjectId);
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(m_window->workspace()->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("overviewSubject"))->text().startsWith(subjectId));
    }

    void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MUCOTRACK_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    void enrol(const QString &id)
    {
        // Enrolled as signing an eligible screening would: through the write path.
        auto admin = m_site->signIn(QStringLiteral("doctor"));
        Transaction tx(admin->db());
        QVERIFY(tx.begun().ok());
        QVERIFY(RecordStore::update(*admin, {&Patients::table(), id, {{QStringLiteral("status"), QStringLiteral("enrolled")}},
                                             QStringLiteral("eligible")}).ok());
        QVERIFY(tx.commit().ok());
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        auto coord = m_site->signIn(QStringLiteral("coord"));
        m_first = Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")}).value().id;
        m_second = Patients::add(*coord, {{}, QStringLiteral("Wu Fang"), {}, {}, QStringLiteral("1966-07-02"), QStringLiteral("female")}).value().id;
        m_controller = std::make_unique<ui::AppController>(m_site->path(), m_site->clock());
        m_window = std::make_unique<ui::MainWindow>(*m_controller);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
        ui::setReasonPromptForTests({});
        ui::RadiotherapyTab::setConfirmForTests({});
        ui::LabsTab::setQuestionForTests({});
    }

    // 1. A patient without a plan must not show (and Save must not record) the previous one's.
    void planFormShowsOnlyItsOwnPatient()
    {
        signIn(QStringLiteral("doctor"));
        select(QStringLiteral("GX01-0001"));
        ui::PatientOverview *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->radiotherapy());
        ui::RadiotherapyTab *rt = w->radiotherapy();
        auto edits = rt->findChildren<QLineEdit *>();
        QLineEdit *technique = nullptr, *agent = nullptr;
        for (QLineEdit *e : edits) {
            if (e->placeholderText().contains(QStringLiteral("cisplatin")))
                agent = e;
        }
        QVERIFY(agent);
        // The technique field is the row labelled "Technique:".
        for (QLabel *l : rt->findChildren<QLabel *>())
            if (l->text() == QStringLiteral("Technique:"))
                technique = qobject_cast<QLineEdit *>(l->buddy());
        QVERIFY(technique);
        QTest::keyClicks(technique, QStringLiteral("IMRT"));
        QCheckBox *chemo = nullptr;
        for (QCheckBox *c : rt->findChildren<QCheckBox *>())
            if (c->text() == QStringLiteral("Concurrent chemotherapy"))
                chemo = c;
        chemo->setChecked(true);
        QTest::keyClicks(agent, QStringLiteral("cisplatin"));
        rt->findChild<QDateEdit *>()->setDate(QDate(2026, 11, 16));
        rt->savePlan();
        QVERIFY(Radiotherapy::plan(*m_controller->session(), m_first).value().has_value());

        select(QStringLiteral("GX01-0002"));
        QVERIFY(rt->summaryText().contains(QStringLiteral("No radiotherapy plan")));
        QCOMPARE(technique->text(), QString());
        QVERIFY(!chemo->isChecked());
        QCOMPARE(agent->text(), QString());
        QCOMPARE(rt->findChild<QDateEdit *>()->date(), Radiotherapy::today(*m_controller->session()));
        shot(m_window.get(), QStringLiteral("bedside-1-no-plan"));
    }

    // 2. Ctrl+N then Enter must not use up a subject ID on a blank patient.
    void blankPatientIsRefusedAndDetailsAreCorrectedWithAReason()
    {
        signIn(QStringLiteral("coord"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("addPatientDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_window->patientModel()->rowCount(), 2);
        shot(dialog, QStringLiteral("bedside-2-blank-refused"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Li Qiang"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthDateField")), QStringLiteral("1970-01-15"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("birthDateField")), Qt::Key_Return);
        QVERIFY(dialog->isVisible());   // sex still missing
        dialog->findChild<QComboBox *>(QStringLiteral("sexField"))->setCurrentIndex(1);
        QTest::keyClick(dialog->findChild<QComboBox *>(QStringLiteral("sexField")), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("addPatientDialog")));
        QCOMPARE(m_window->patientModel()->rowCount(), 3);

        // Correct the birth date (reason required), then withdraw: kept, audited.
        select(QStringLiteral("GX01-0003"));
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        auto *details = m_window->findChild<QDialog *>(QStringLiteral("patientDetailsDialog"));
        QVERIFY(details);
        QTRY_VERIFY(details->isVisible());
        auto *birth = details->findChild<QLineEdit *>(QStringLiteral("birthDateField"));
        birth->selectAll();
        QTest::keyClicks(birth, QStringLiteral("1970-01-25"));
        QTest::keyClick(birth, Qt::Key_Return);
        QVERIFY(details->isVisible());   // no reason given
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("reasonError"))->isVisible());
        QTest::keyClicks(details->findChild<QLineEdit *>(QStringLiteral("reasonField")), QStringLiteral("typo in the birth date"));
        details->findChild<QComboBox *>(QStringLiteral("statusField"))->setCurrentIndex(2);   // withdrawn
        shot(details, QStringLiteral("bedside-2-details"));
        QTest::keyClick(details->findChild<QLineEdit *>(QStringLiteral("reasonField")), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("patientDetailsDialog")));
        auto p = Patients::bySubjectId(*m_controller->session(), QStringLiteral("GX01-0003"));
        QVERIFY(p.ok());
        QCOMPARE(p->birthDate, QStringLiteral("1970-01-25"));
        QCOMPARE(p->status, QStringLiteral("withdrawn"));
        QCOMPARE(p->statusDate, m_controller->session()->today().toString(Qt::ISODate));
        QCOMPARE(p->statusReason, QStringLiteral("typo in the birth date"));
        // Nothing to withdraw twice; a withdrawn patient gets no fraction.
        QVERIFY(!Patients::setStatus(*m_controller->session(), p->id, QStringLiteral("completed"), m_controller->session()->today(),
                                     QStringLiteral("x")).ok());
    }

    // 3. Labs: the collection date is out of the value path; units start at the default;
    // a value plausible in another unit is questioned.
    void labsSaveWhatWasMeant()
    {
        signIn(QStringLiteral("nurse"));
        select(QStringLiteral("GX01-0001"));
        ui::PatientOverview *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->labs());
        ui::LabsTab *labs = w->labs();
        const QDateTime collectedBefore = labs->collectedField()->dateTime();
        labs->panelChooser()->setFocus();
        QTest::keyClick(labs->panelChooser(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != labs->collectedField(), "Tab from Panel went into the collection date");
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
        QCOMPARE(labs->collectedField()->dateTime(), collectedBefore);

        // Hb 12.1 with the unit left at g/L: asked, and saved in g/dL on "Yes".
        QStringList asked;
        ui::LabsTab::setQuestionForTests([&](const QString &q) { asked << q; return QMessageBox::Yes; });
        labs->panelChooser()->setCurrentIndex(0);
        QLineEdit *hb = labs->valueField(QStringLiteral("hemoglobin"));
        hb->clear();
        labs->valueField(QStringLiteral("wbc"))->clear();
        labs->unitField(QStringLiteral("hemoglobin"))->setCurrentText(QStringLiteral("g/L"));
        QTest::keyClicks(hb, QStringLiteral("12.1"));
        QTest::keyClick(hb, Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("g/dL")), qPrintable(asked.first()));
        auto saved = Labs::list(*m_controller->session(), m_first);
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().unit, QStringLiteral("g/dL"));
        // The unit does not stick: back at the site's default after saving and for the next patient.
        QCOMPARE(labs->unitField(QStringLiteral("hemoglobin"))->currentText(), QStringLiteral("g/L"));
        labs->unitField(QStringLiteral("hemoglobin"))->setCurrentText(QStringLiteral("g/dL"));
        select(QStringLiteral("GX01-0002"));
        QCOMPARE(labs->unitField(QStringLiteral("hemoglobin"))->currentText(), QStringLiteral("g/L"));

        // A collection time days ago is confirmed before saving; "No" saves nothing.
        asked.clear();
        ui::LabsTab::setQuestionForTests([&](const QString &q) { asked << q; return QMessageBox::No; });
        labs->collectedField()->setDateTime(labs->collectedField()->dateTime().addDays(-60));
        QTest::keyClicks(labs->valueField(QStringLiteral("hemoglobin")), QStringLiteral("121"));
        QTest::keyClick(labs->valueField(QStringLiteral("hemoglobin")), Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(Labs::list(*m_controller->session(), m_second)->size(), 0);
        shot(m_window.get(), QStringLiteral("bedside-3-labs"));
    }

    // 4. Treatment days: Ctrl+D asks on a non-treatment day and for a patient in screening,
    // refuses a withdrawn patient; a missed fraction beside a delivered one is refused; a
    // wrong fraction is voided with a reason and stays, struck through.
    void fractionsOnlyOnTreatment()
    {
        enrol(m_first);
        {
            auto doctor = m_site->signIn(QStringLiteral("doctor"));
            RtPlan plan;
            plan.patientId = m_first;
            plan.totalDoseGy = Decimal(70);
            plan.fractions = 35;
            plan.dosePerFractionGy = Decimal(2);
            plan.startDate = QDate(2026, 11, 16);
            QVERIFY(Radiotherapy::savePlan(*doctor, plan).ok());
            plan.patientId = m_second;
            QVERIFY(Radiotherapy::savePlan(*doctor, plan).ok());
        }
        // Sunday 22 November 2026.
        m_site->clock()->set(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        signIn(QStringLiteral("nurse"));
        select(QStringLiteral("GX01-0001"));
        ui::PatientOverview *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->radiotherapy());
        ui::RadiotherapyTab *rt = w->radiotherapy();
        QStringList asked;
        ui::RadiotherapyTab::setConfirmForTests([&](const QString &q) { asked << q; return false; });
        // A button's shortcut clicks it after its press animation (QAbstractButton::animateClick).
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("not a treatment day")), qPrintable(asked.first()));
        QCOMPARE(rt->fractionTable()->rowCount(), 0);

        // Monday: delivered, then "missed" the same day is refused.
        m_site->clock()->set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        asked.clear();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(rt->fractionTable()->rowCount(), 1);
        QCOMPARE(asked.size(), 0);
        auto missed = Radiotherapy::record(*m_controller->session(), m_first, QDate(2026, 11, 23), FractionStatus::Missed,
                                           std::nullopt, QStringLiteral("machine down"));
        QVERIFY(!missed.ok());

        // Void it: kept in the log, struck through, not counted.
        ui::setReasonPromptForTests([](const QString &) { return QStringLiteral("recorded for the wrong patient"); });
        rt->fractionTable()->selectRow(0);
        rt->findChild<QPushButton *>(QStringLiteral("voidFraction"))->click();
        QCOMPARE(rt->fractionTable()->rowCount(), 1);
        QVERIFY(rt->fractionTable()->item(0, 1)->font().strikeOut());
        QVERIFY2(rt->summaryText().contains(QStringLiteral("Fraction 0 of 35")), qPrintable(rt->summaryText()));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);   // the right one, numbered 1 again
        QTRY_COMPARE(rt->fractionTable()->rowCount(), 2);
        QVERIFY2(rt->summaryText().startsWith(QStringLiteral("Fraction 1 of 35")), qPrintable(rt->summaryText()));
        shot(m_window.get(), QStringLiteral("bedside-4-voided"));

        // A patient still in screening: asked first.
        select(QStringLiteral("GX01-0002"));
        asked.clear();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("screening")));
        QCOMPARE(rt->fractionTable()->rowCount(), 0);
        // Withdrawn: refused in core.
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QVERIFY(Patients::setStatus(*coord, m_second, QStringLiteral("withdrawn"), QDate(2026, 11, 20), QStringLiteral("consent withdrawn")).ok());
        QVERIFY(!Radiotherapy::deliverToday(*m_controller->session(), m_second).ok());
    }

    // 5. Confirming a drafted adverse event is the investigator's decision, not a change.
    void confirmingADraftAsksNoReason()
    {
        {
            auto doctor = m_site->signIn(QStringLiteral("doctor"));
            AdverseEvent e;
            e.patientId = m_first;
            e.term = QStringLiteral("Mucositis oral");
            e.grade = 3;
            e.onset = QDate(2026, 11, 19);
            e.relation = QStringLiteral("unlikely");
            e.action = QStringLiteral("none");
            e.outcome = QStringLiteral("not_recovered");
            e.state = QStringLiteral("draft");
            QVERIFY(AdverseEvents::save(*doctor, e).ok());
        }
        signIn(QStringLiteral("doctor"));
        select(QStringLiteral("GX01-0001"));
        ui::PatientOverview *w = m_window->workspace();
        w->tabs()->setCurrentWidget(w->adverseEvents());
        QStringList asked;
        ui::setReasonPromptForTests([&](const QString &q) { asked << q; return QString(); });
        QTableWidget *table = w->adverseEvents()->table();
        table->setCurrentCell(0, 1);
        QTest::keyClick(table, Qt::Key_Return);
        QPushButton *confirm = nullptr;
        for (QPushButton *b : w->adverseEvents()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Confirm event"))
                confirm = b;
        QVERIFY(confirm);
        confirm->click();
        QVERIFY2(asked.isEmpty(), qPrintable(asked.join(QLatin1Char('|'))));
        QCOMPARE(AdverseEvents::list(*m_controller->session(), m_first)->first().state, QStringLiteral("confirmed"));
    }

    // Ctrl+L locks while a form is open; Switch user leaves no name behind.
    void lockFromAFormAndSwitchUser()
    {
        signIn(QStringLiteral("coord"));
        QDialog *add = m_window->addPatient();
        QVERIFY(add);
        QTRY_VERIFY(add->isVisible());
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Half typed"));
        QTest::keyClick(add->findChild<QLineEdit *>(QStringLiteral("nameField")), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!m_controller->session());
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("addPatientDialog")));

        signIn(QStringLiteral("coord"));
        QAction *switchUser = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Switch user..."))
                switchUser = a;
        QVERIFY(switchUser);
        switchUser->trigger();
        QVERIFY(!m_controller->session());
        QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("userField"))->text(), QString());
    }
};

QTEST_MAIN(TestGuiBedside)
#include "tst_gui_bedside.moc"
