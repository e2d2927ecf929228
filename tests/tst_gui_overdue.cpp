// The overdue lists (issue 17) in the desktop app: per site (File > Overdue visits, for site
// staff and the monitor) and per patient (the schedule line of the Visits tab). Each moves with
// the site's calendar and with what is recorded.
#include "AppController.h"
#include "MainWindow.h"
#include "admin/OverdueVisitsDialog.h"
#include "models/OverdueVisitsModel.h"
#include "workspace/PatientWorkspace.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "workspace/VisitsTab.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "storage/Transaction.h"
#include <QLabel>
#include <QMenuBar>
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QtTest>

using namespace muco;

namespace {
QDateTime siteNoon(const QDate &day) { return QDateTime(day, QTime(4, 0), Qt::UTC); }
}

class TestGuiOverdue : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    QString m_first, m_second;

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
    static QStringList rows(const QTableView *view)
    {
        const QAbstractItemModel *t = view->model();
        QStringList out;
        for (int r = 0; r < t->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < t->columnCount(); ++c)
                cells << t->index(r, c).data().toString();
            out << cells.join(QStringLiteral(" | "));
        }
        return out;
    }

private slots:
    // Friday 2026-11-20. The first patient started radiotherapy on 2 November: labs, baseline
    // and week 1 done, week 2 (14-18 November) recorded but not signed. The second starts on
    // 23 November: its screening labs and baseline are due, not overdue.
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
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        Exam e;
        e.erythemaSeen = true;
        for (const QDate &day : {QDate(2026, 10, 30), QDate(2026, 11, 9)})
            QVERIFY(Assessments::sign(*doctor, Assessments::record(*doctor, m_first, day, e, {})->id, test::kPassword).ok());
        QVERIFY(Assessments::record(*doctor, m_first, QDate(2026, 11, 16), e, {}).ok());   // week 2, a draft
    }
    void cleanup() { m_site.reset(); }

    void perSiteForStaffAndMonitor()
    {
        for (const char *user : {"nurse", "monitor"}) {
            auto session = m_site->signIn(QString::fromLatin1(user));
            ui::OverdueVisitsDialog dialog(*session);
            QCOMPARE(rows(dialog.table()),
                     QStringList{QStringLiteral("GX01 | GX01-0001 | Weekly grading during radiotherapy (week 2) | "
                                                "2026-11-14 to 2026-11-18 | signed grade (recorded, to sign) | 2")});
            QCOMPARE(dialog.summary()->text(), QStringLiteral("On 2026-11-20: Site GX01: overdue visits: 1; patients: 1"));
        }
        // Tuesday: the second patient's windows closed on Monday; the first patient's week 3 is open.
        m_site->clock()->set(siteNoon(QDate(2026, 11, 24)));
        auto monitor = m_site->signIn(QStringLiteral("monitor"));
        ui::OverdueVisitsDialog dialog(*monitor);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->headerData(ui::OverdueVisitsModel::DaysOverdue, Qt::Horizontal).toString(), QStringLiteral("Days\noverdue"));
        QCOMPARE(dialog.model()->index(0, ui::OverdueVisitsModel::DaysOverdue).data(), QVariant(6));   // 18 to 24 November
        QCOMPARE(dialog.model()->index(1, 0).data(ui::OverdueVisitsModel::PatientIdRole).toString(),
                 Patients::bySubjectId(*monitor, QStringLiteral("GX01-0002"))->id);
        const QStringList after = rows(dialog.table());
        QCOMPARE(after.size(), 3);
        QVERIFY(after.at(0).startsWith(QStringLiteral("GX01 | GX01-0001 | Weekly grading during radiotherapy (week 2)")));
        QCOMPARE(after.at(1), QStringLiteral("GX01 | GX01-0002 | Screening labs | 2026-11-09 to 2026-11-23 | labs | 1"));
        QCOMPARE(after.at(2), QStringLiteral("GX01 | GX01-0002 | Baseline grading | 2026-11-09 to 2026-11-23 | signed grade | 1"));
        QCOMPARE(dialog.summary()->text(), QStringLiteral("On 2026-11-24: Site GX01: overdue visits: 3; patients: 2"));
    }

    // The patient's own list, in the Visits tab: overdue, then what is next; signing the draft
    // takes the visit off the list at once.
    void perPatientInTheVisitsTab()
    {
        ui::AppController controller(m_site->path(), m_site->clock());
        ui::MainWindow window(controller);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::typeSignIn(window, QStringLiteral("doctor"), test::kPassword));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        QTest::keyClicks(filter, QStringLiteral("GX01-0001"));
        QTest::keyClick(filter, Qt::Key_Down);
        ui::PatientWorkspace *w = window.workspace();
        w->tabs()->setCurrentWidget(w->visits());
        QLabel *line = w->visits()->scheduleLine();
        QVERIFY(line->isVisible());
        QCOMPARE(QTextDocumentFragment::fromHtml(line->text()).toPlainText(),
                 QStringLiteral("Overdue: Weekly grading during radiotherapy (week 2) (2026-11-14 to 2026-11-18): missing signed grade "
                                "(recorded, to sign)   Next: Weekly grading during radiotherapy (week 3), from 2026-11-21"));
        auto draft = Assessments::list(*controller.session(), m_first).value().last();
        QCOMPARE(draft.state, QStringLiteral("draft"));
        QVERIFY(Assessments::sign(*controller.session(), draft.id, test::kPassword).ok());
        QCOMPARE(QTextDocumentFragment::fromHtml(line->text()).toPlainText(),
                 QStringLiteral("Next: Weekly grading during radiotherapy (week 3), from 2026-11-21"));
        // The second patient: nothing overdue yet, two things due now.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(filter, QStringLiteral("GX01-0002"));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(QTextDocumentFragment::fromHtml(line->text()).toPlainText().startsWith(
            QStringLiteral("Due now: Screening labs (2026-11-09 to 2026-11-23): missing labs; Baseline grading (2026-11-09 to 2026-11-23): missing signed grade")));
        const QString dir = qEnvironmentVariable("MUCOTRACK_SHOTS");
        if (!dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/visits-schedule.png"));
    }
};

QTEST_MAIN(TestGuiOverdue)
#include "tst_gui_overdue.moc"
