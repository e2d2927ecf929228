// The "Today" view (issue 12), driven as a clinician would: Ctrl+T, arrows, Enter. What the
// protocol's schedule makes due today is listed, overdue first and flagged; Enter opens the right
// form (the grading wizard, the fraction entry, the visit to sign, labs); a fraction delivered
// leaves the list at once; the next day a visit whose window closed turns overdue.
#include "AppController.h"
#include "workspace/GradingWizard.h"
#include "workspace/LabsTab.h"
#include "MainWindow.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RadiotherapyTab.h"
#include "ShortcutMap.h"
#include "AnswerBox.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "models/TodayModel.h"
#include "TodayView.h"
#include "workspace/VisitsTab.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace muco;

namespace {
// Noon in Shanghai, the test site's zone.
QDateTime siteNoon(const QDate &day) { return QDateTime(day, QTime(4, 0), Qt::UTC); }
}

class TestGuiToday : public QObject {
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
    void enrol(const QString &id)
    {
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        Transaction tx(doctor->db());
        QVERIFY(tx.begun().ok());
        QVERIFY(RecordStore::update(*doctor, {&Patients::table(), id, {{QStringLiteral("status"), QStringLiteral("enrolled")}},
                                              QStringLiteral("eligible")}).ok());
        QVERIFY(tx.commit().ok());
    }
    void savePlan(const QString &patientId, const QDate &start)
    {
        RtPlan plan;
        plan.patientId = patientId;
        plan.totalDoseGy = Decimal(70);
        plan.fractions = 35;
        plan.dosePerFractionGy = Decimal(2);
        plan.technique = QStringLiteral("VMAT");
        plan.startDate = start;
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan).ok());
    }
    QString grade(const QString &patientId, const QDate &day, bool sign)
    {
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        Exam e;
        e.erythemaSeen = true;
        auto a = Assessments::record(*doctor, patientId, day, e, {});
        if (!a.ok())
            return a.error().message;
        if (sign && !Assessments::sign(*doctor, a->id, test::kPassword).ok())
            return QStringLiteral("not signed");
        return {};
    }
    void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MUCOTRACK_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    ui::TodayView *today() const { return m_window->today(); }
    QString cell(int row, int column) const
    {
        return today()->model()->index(row, column).data().toString();
    }
    void press(const QKeySequence &keys)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keySequence(target, keys);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MucoTrackTest"));
    }

    // The site's clock: Friday 2026-11-20. The first patient is in week 3 of radiotherapy
    // (started Monday 2 November, 14 fractions through yesterday), labs and baseline and week 1
    // graded, week 2 (window 14-18 November) not: overdue. The second starts Monday 23 November:
    // screening labs and baseline are due (a baseline recorded, not signed: to sign).
    void init()
    {
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        m_site->clock()->set(siteNoon(QDate(2026, 11, 20)));
        auto coord = m_site->signIn(QStringLiteral("coord"));
        m_first = Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")}).value().id;
        m_second = Patients::add(*coord, {{}, QStringLiteral("Wu Fang"), {}, {}, QStringLiteral("1966-07-02"), QStringLiteral("female")}).value().id;
        savePlan(m_first, QDate(2026, 11, 2));
        savePlan(m_second, QDate(2026, 11, 23));
        enrol(m_first);
        enrol(m_second);
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Labs::recordPanel(*nurse, m_first, siteNoon(QDate(2026, 10, 28)), QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), Decimal(80), QStringLiteral("umol/L")}}).ok());
        for (QDate day(2026, 11, 2); day < QDate(2026, 11, 20); day = day.addDays(1))
            if (day.dayOfWeek() <= 5)
                QVERIFY(Radiotherapy::record(*nurse, m_first, day, FractionStatus::Delivered, Decimal(2), {}).ok());
        QCOMPARE(grade(m_first, QDate(2026, 10, 30), true), QString());
        QCOMPARE(grade(m_first, QDate(2026, 11, 9), true), QString());
        QCOMPARE(grade(m_second, QDate(2026, 11, 20), false), QString());

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
        ui::RadiotherapyTab::setConfirmForTests({});
    }

    void modelPassesTheTester()
    {
        signIn(QStringLiteral("doctor"));
        press(ui::shortcutFor(ui::Command::Today));
        QAbstractItemModelTester tester(today()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        today()->model()->reload();
        QCOMPARE(today()->model()->rowCount(), 4);
    }

    void listsTheDayAndEnterOpensTheRightForm()
    {
        signIn(QStringLiteral("doctor"));
        QVERIFY(!today()->isVisible());
        press(ui::shortcutFor(ui::Command::Today));
        QVERIFY(today()->isVisible());
        QCOMPARE(QApplication::focusWidget(), today()->table());
        shot(m_window.get(), QStringLiteral("today"));

        // Overdue first, flagged; then by subject: the fraction, the labs, the visit to sign.
        ui::TodayModel *m = today()->model();
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(cell(0, ui::TodayModel::SubjectId), QStringLiteral("GX01-0001"));
        QCOMPARE(cell(0, ui::TodayModel::Name), QStringLiteral("Ma Lin"));
        QCOMPARE(cell(0, ui::TodayModel::What), QStringLiteral("Grade: Weekly grading during radiotherapy (week 2)"));
        QCOMPARE(cell(0, ui::TodayModel::Window), QStringLiteral("2026-11-14 to 2026-11-18"));
        QCOMPARE(cell(0, ui::TodayModel::State), QStringLiteral("OVERDUE"));
        QVERIFY(m->index(0, 0).data(ui::TodayModel::OverdueRole).toBool());
        QVERIFY(m->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell(1, ui::TodayModel::What), QStringLiteral("Fraction 15 of 35"));
        QCOMPARE(cell(1, ui::TodayModel::State), QStringLiteral("due today"));
        QVERIFY(!m->index(1, 0).data(ui::TodayModel::OverdueRole).toBool());
        QCOMPARE(cell(2, ui::TodayModel::SubjectId), QStringLiteral("GX01-0002"));
        QCOMPARE(cell(2, ui::TodayModel::What), QStringLiteral("Labs: Screening labs"));
        QCOMPARE(cell(2, ui::TodayModel::State), QStringLiteral("due"));
        QCOMPARE(cell(3, ui::TodayModel::What), QStringLiteral("Sign the grade: Baseline grading"));
        QCOMPARE(QTextDocumentFragment::fromHtml(today()->findChild<QLabel *>(QStringLiteral("todayTitle"))->text()).toPlainText(),
                 QStringLiteral("Today, 2026-11-20 Fri: patients due: 2, overdue: 1"));

        // Enter on the overdue visit: the grading wizard, for that patient.
        QTest::keyClick(today()->table(), Qt::Key_Return);
        auto *wizard = m_window->findChild<ui::GradingWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(m_window->workspace()->patientId(), m_first);
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), m_window->workspace()->visits());
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
        // The day stays beside the workspace: back to the list, down one, Enter: the fraction.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        press(ui::shortcutFor(ui::Command::Today));
        QCOMPARE(QApplication::focusWidget(), today()->table());
        QCOMPARE(today()->table()->currentIndex().row(), 0);
        QTest::keyClick(today()->table(), Qt::Key_Down);
        QTest::keyClick(today()->table(), Qt::Key_Return);
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), m_window->workspace()->radiotherapy());
        auto *deliver = m_window->findChild<QPushButton *>(QStringLiteral("deliverToday"));
        QCOMPARE(QApplication::focusWidget(), deliver);
        QTest::keyClick(deliver, Qt::Key_Space);   // delivered: it leaves the day's list at once
        QCOMPARE(Radiotherapy::summaryNow(*m_controller->session(), m_first)->deliveredFractions, 15);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(cell(1, ui::TodayModel::What), QStringLiteral("Labs: Screening labs"));

        // Labs: the Labs tab, the keyboard on its first field.
        press(ui::shortcutFor(ui::Command::Today));
        today()->table()->setCurrentIndex(m->index(0, 0));
        QTest::keyClick(today()->table(), Qt::Key_Down);
        QTest::keyClick(today()->table(), Qt::Key_Return);
        QCOMPARE(m_window->workspace()->patientId(), m_second);
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), m_window->workspace()->labs());
        QCOMPARE(QApplication::focusWidget(), m_window->workspace()->labs()->panelChooser());

        // The recorded baseline: the Visits tab, the draft selected for signing.
        press(ui::shortcutFor(ui::Command::Today));
        QTest::keyClick(today()->table(), Qt::Key_Down);
        QCOMPARE(today()->table()->currentIndex().row(), 2);
        QTest::keyClick(today()->table(), Qt::Key_Return);
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), m_window->workspace()->visits());
        QTableView *visits = m_window->workspace()->visits()->table();
        QCOMPARE(QApplication::focusWidget(), visits);
        QCOMPARE(visits->currentIndex().row(), 0);
        QCOMPARE(visits->model()->index(0, 0).data().toString(), QStringLiteral("2026-11-20"));
    }

    // The row highlighted in the day is a task of the patient open, or none is: a row of another
    // patient read as the one open (a walkthrough: DEMO-0006 highlighted beside DEMO-0001 once
    // its fraction was delivered, DEMO-0002 after Cancel on the unsaved-changes question).
    void theHighlightedTaskIsTheOpenPatients()
    {
        signIn(QStringLiteral("doctor"));
        press(ui::shortcutFor(ui::Command::Today));
        ui::TodayModel *m = today()->model();
        QTableView *table = today()->table();
        const auto highlighted = [&] {
            const QModelIndexList rows = table->selectionModel()->selectedRows();
            return rows.isEmpty() ? QString() : m->taskAt(rows.first().row())->patientId;
        };
        QCOMPARE(m->rowCount(), 4);
        table->setCurrentIndex(m->index(2, 0));   // the second patient's screening labs
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_window->workspace()->patientId(), m_second);
        QCOMPARE(highlighted(), m_second);
        // The first patient's fraction recorded: the day is read again, the second stays chosen.
        QVERIFY(Radiotherapy::deliverToday(*m_controller->session(), m_first).ok());
        QTRY_COMPARE(m->rowCount(), 3);
        QCOMPARE(highlighted(), m_second);
        // Enter on the first patient's task with a lab value typed, Cancel: back, row and all.
        m_window->workspace()->labs()->valueField(QStringLiteral("hemoglobin"))->setText(QStringLiteral("131"));
        int asked = 0;
        test::answerWhenOpen(QStringLiteral("unsavedChanges"), QMessageBox::Cancel, &asked);
        table->setCurrentIndex(m->index(0, 0));
        QCOMPARE(highlighted(), m_first);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(asked, 1);
        QCOMPARE(m_window->workspace()->patientId(), m_second);
        QTRY_COMPARE(highlighted(), m_second);
        QCOMPARE(m_window->workspace()->labs()->valueField(QStringLiteral("hemoglobin"))->text(), QStringLiteral("131"));
    }

    // Choosing a row, by a click or the arrows, shows its patient beside the list, and opens no
    // form: a row of patient B had stayed highlighted beside patient A's open forms (a wrong-
    // patient risk, a walkthrough). Unsaved work on the patient open is asked about first, and
    // kept on Cancel with the highlight back on that patient's task.
    void aChosenRowShowsItsPatient()
    {
        signIn(QStringLiteral("doctor"));
        press(ui::shortcutFor(ui::Command::Today));
        ui::TodayModel *m = today()->model();
        QTableView *table = today()->table();
        QCOMPARE(m->rowCount(), 4);
        const auto click = [&](int row) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(m->index(row, ui::TodayModel::SubjectId)).center());
        };
        // The row highlighted is the patient shown: the first patient opened narrows the panel and
        // its rows grow taller, and the click's selection had landed on the row then under the
        // pointer, another patient's (a walkthrough: DEMO-0009 highlighted beside DEMO-0010).
        const auto highlighted = [&] {
            const QModelIndexList rows = table->selectionModel()->selectedRows();
            return rows.size() == 1 ? m->taskAt(rows.first().row())->patientId : QStringLiteral("%1 rows").arg(rows.size());
        };
        const int panelBefore = table->viewport()->width();
        click(2);   // the second patient's screening labs
        QTRY_COMPARE(m_window->workspace()->patientId(), m_second);
        QCOMPARE(highlighted(), m_second);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(table->viewport()->width(), panelBefore);   // the panel keeps its width
        QVERIFY(m_window->workspace()->isVisible());
        QVERIFY(!m_window->findChild<ui::GradingWizard *>());
        QCOMPARE(m_window->workspace()->tabs()->currentWidget(), m_window->workspace()->tabs()->widget(0));   // no form opened
        QCOMPARE(QApplication::focusWidget(), table);   // the arrows go on through the day
        QTest::keyClick(table, Qt::Key_Up);   // the first patient's fraction
        QTRY_COMPARE(m_window->workspace()->patientId(), m_first);
        QCOMPARE(highlighted(), m_first);
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Up);   // the same patient's overdue visit: nothing reloads
        QCOMPARE(m_window->workspace()->patientId(), m_first);

        // Unsaved work on the first patient: asked; Cancel keeps it, and the highlight comes back
        // to the task it was on (the overdue visit: Enter opens the grading wizard, as before).
        QCOMPARE(table->currentIndex().row(), 0);
        m_window->workspace()->tabs()->setCurrentWidget(m_window->workspace()->labs());
        m_window->workspace()->labs()->valueField(QStringLiteral("hemoglobin"))->setText(QStringLiteral("131"));
        int asked = 0;
        QString told;   // which way each answer goes: the patient chosen is named
        test::whenBoxOpens(QStringLiteral("unsavedChanges"), [&](QMessageBox *box) {
            ++asked;
            told = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        click(3);
        QTRY_COMPARE(asked, 1);
        QVERIFY2(told.contains(QLatin1String("GX01-0002")) && told.contains(QLatin1String("GX01-0001")), qPrintable(told));
        QCOMPARE(m_window->workspace()->patientId(), m_first);
        QTRY_COMPARE(m->taskAt(table->currentIndex().row())->patientId, m_first);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(highlighted(), m_first);
        QCOMPARE(m_window->workspace()->labs()->valueField(QStringLiteral("hemoglobin"))->text(), QStringLiteral("131"));
        // From the fraction (the first patient's second task), the same: back to the fraction.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        test::answerWhenOpen(QStringLiteral("unsavedChanges"), QMessageBox::Cancel, &asked);
        click(2);
        QTRY_COMPARE(asked, 2);
        QTRY_COMPARE(table->currentIndex().row(), 1);
        QCOMPARE(m_window->workspace()->patientId(), m_first);
        // Discarded: the second patient is shown.
        test::answerWhenOpen(QStringLiteral("unsavedChanges"), QMessageBox::Discard, &asked);
        click(3);
        QTRY_COMPARE(asked, 3);
        QTRY_COMPARE(m_window->workspace()->patientId(), m_second);
        QCOMPARE(m->taskAt(table->currentIndex().row())->patientId, m_second);
    }

    // The list's own choices show no one: with a patient open who has nothing due today, the day
    // read again and the list given the keyboard, the view makes its first row current by itself;
    // that had opened the first row's patient, whom nobody chose (review).
    void theListsOwnChoiceShowsNoOne()
    {
        auto coord = m_site->signIn(QStringLiteral("coord"));
        const QString third = Patients::add(*coord, {{}, QStringLiteral("Zhou Yi"), {}, {}, QStringLiteral("1971-02-03"), QStringLiteral("male")}).value().id;
        signIn(QStringLiteral("doctor"));
        QSignalSpy chosen(today(), &ui::TodayView::patientChosen);
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        QTest::keyClicks(filter, QStringLiteral("GX01-0003"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_COMPARE(m_window->workspace()->patientId(), third);
        for (int round = 0; round < 2; ++round) {
            press(ui::shortcutFor(ui::Command::Today));   // shown, then read again and focused
            QTRY_VERIFY(today()->table()->hasFocus());
            QTest::qWait(20);
            QCOMPARE(chosen.count(), 0);
            QCOMPARE(m_window->workspace()->patientId(), third);
            QVERIFY(today()->table()->selectionModel()->selectedRows().isEmpty());   // none of theirs: none highlighted
            m_window->workspace()->setFocus();
        }
    }

    // A filter that hides the patient does not stop Enter: the filter is cleared.
    // At 1366x768 the status (what says "overdue") is on screen without scrolling sideways.
    void statusIsVisibleAt1366()
    {
        m_window->resize(1366, 768);
        signIn(QStringLiteral("doctor"));
        press(ui::shortcutFor(ui::Command::Today));
        QTRY_VERIFY(today()->model()->rowCount() > 0);
        QTableView *table = today()->table();
        QHeaderView *header = table->horizontalHeader();
        const int right = header->sectionViewportPosition(ui::TodayModel::State) + header->sectionSize(ui::TodayModel::State);
        QVERIFY2(right <= table->viewport()->width(), qPrintable(QStringLiteral("status ends at %1 of %2").arg(right).arg(table->viewport()->width())));
        // Nothing of the list scrolls sideways: what is due wraps, with its window below it,
        // and every row is as tall as its wrapped text (nothing is cut at the bottom).
        QVERIFY2(!table->horizontalScrollBar()->isVisible() || table->horizontalScrollBar()->maximum() <= 2,
                 qPrintable(QStringLiteral("the list scrolls sideways by %1 px").arg(table->horizontalScrollBar()->maximum())));
        QVERIFY(table->isColumnHidden(ui::TodayModel::Window));
        const int line = table->fontMetrics().height();
        const QAbstractItemView *view = table;   // sizeHintForRow is public here, protected in QTableView
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QVERIFY2(table->rowHeight(r) >= view->sizeHintForRow(r),
                     qPrintable(QStringLiteral("row %1: %2 of %3 px").arg(r).arg(table->rowHeight(r)).arg(view->sizeHintForRow(r))));
            // A visit shows its window on a second line; a fraction (due today only) does not.
            const bool visit = cell(r, ui::TodayModel::What).startsWith(QLatin1String("Grade")) || cell(r, ui::TodayModel::What).startsWith(QLatin1String("Labs"))
                               || cell(r, ui::TodayModel::What).startsWith(QLatin1String("Sign"));
            if (visit)
                QVERIFY2(table->rowHeight(r) >= 2 * line, qPrintable(cell(r, ui::TodayModel::What)));
        }
        shot(m_window.get(), QStringLiteral("today-1366"));
    }

    void enterFindsAPatientTheFilterHid()
    {
        signIn(QStringLiteral("doctor"));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        QTest::keyClicks(filter, QStringLiteral("GX01-0002"));
        press(ui::shortcutFor(ui::Command::Today));
        QTest::keyClick(today()->table(), Qt::Key_Return);   // the first patient's overdue visit
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(m_window->workspace()->patientId(), m_first);
        auto *wizard = m_window->findChild<ui::GradingWizard *>();
        QVERIFY(wizard);
        wizard->reject();
        // Ctrl+F brings the patient list back.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        press(ui::shortcutFor(ui::Command::FindPatient));
        QVERIFY(!today()->isVisible());
        QCOMPARE(QApplication::focusWidget(), filter);
    }

    // Left open over the site's midnight, the list turns to the new day by itself (it had kept
    // "Today, 2026-12-01" past midnight, a walkthrough): the view's timer calls dayMayHaveTurned.
    void theListTurnsToTheNewDayAtMidnight()
    {
        signIn(QStringLiteral("nurse"));
        press(ui::shortcutFor(ui::Command::Today));
        QCOMPARE(today()->model()->day(), QDate(2026, 11, 20));
        QSignalSpy reset(today()->model(), &QAbstractItemModel::modelReset);
        m_site->clock()->set(QDateTime(QDate(2026, 11, 20), QTime(23, 59, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC());
        today()->dayMayHaveTurned();   // the same day: nothing read again, the timer set for a second past midnight
        QCOMPARE(reset.count(), 0);
        QTimer *midnight = today()->findChild<QTimer *>(QStringLiteral("midnight"));
        QVERIFY(midnight && midnight->isActive());
        QCOMPARE(midnight->interval(), 61000);
        m_site->clock()->set(QDateTime(QDate(2026, 11, 21), QTime(0, 0, 1), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC());
        today()->dayMayHaveTurned();
        QCOMPARE(today()->model()->day(), QDate(2026, 11, 21));
        QVERIFY2(QTextDocumentFragment::fromHtml(today()->findChild<QLabel *>(QStringLiteral("todayTitle"))->text()).toPlainText()
                     .startsWith(QStringLiteral("Today, 2026-11-21 Sat")),
                 qPrintable(today()->findChild<QLabel *>(QStringLiteral("todayTitle"))->text()));
        QCOMPARE(reset.count(), 1);
        QVERIFY(midnight->isActive());   // and set again for the next: at most an hour ahead
        QCOMPARE(midnight->interval(), 3600 * 1000);
    }

    // The next clinic day: the second patient's windows closed on Monday 23 November.
    void theNextDayTurnsDueIntoOverdue()
    {
        signIn(QStringLiteral("nurse"));
        press(ui::shortcutFor(ui::Command::Today));
        QCOMPARE(today()->model()->rowCount(), 4);
        m_site->clock()->set(siteNoon(QDate(2026, 11, 24)));
        press(ui::shortcutFor(ui::Command::Today));   // shown again: the day is read again
        ui::TodayModel *m = today()->model();
        QStringList overdue;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(ui::TodayModel::OverdueRole).toBool())
                overdue << cell(r, ui::TodayModel::SubjectId) + QLatin1Char(' ') + cell(r, ui::TodayModel::What);
        QCOMPARE(overdue, (QStringList{QStringLiteral("GX01-0001 Grade: Weekly grading during radiotherapy (week 2)"),
                                       QStringLiteral("GX01-0002 Labs: Screening labs"),
                                       QStringLiteral("GX01-0002 Sign the grade: Baseline grading")}));
        // Tuesday of week 4: the first patient's fraction and week 3's visit (window 21-25
        // November); the second patient's first fraction (started yesterday, none recorded).
        QCOMPARE(m->rowCount(), 6);
        QCOMPARE(cell(3, ui::TodayModel::What), QStringLiteral("Fraction 15 of 35"));
        QCOMPARE(cell(4, ui::TodayModel::What), QStringLiteral("Grade: Weekly grading during radiotherapy (week 3)"));
        QCOMPARE(cell(4, ui::TodayModel::State), QStringLiteral("due"));
        QCOMPARE(cell(5, ui::TodayModel::SubjectId), QStringLiteral("GX01-0002"));
        QCOMPARE(cell(5, ui::TodayModel::What), QStringLiteral("Fraction 1 of 35"));
    }

    // A monitor sees the day without names (no identity), and the list's name column is hidden.
    void monitorSeesNoNames()
    {
        signIn(QStringLiteral("monitor"));
        press(ui::shortcutFor(ui::Command::Today));
        QCOMPARE(today()->model()->rowCount(), 4);
        QVERIFY(today()->table()->isColumnHidden(ui::TodayModel::Name));
        for (int r = 0; r < today()->model()->rowCount(); ++r)
            QVERIFY(cell(r, ui::TodayModel::Name).isEmpty());
    }
};

QTEST_MAIN(TestGuiToday)
#include "tst_gui_today.moc"
