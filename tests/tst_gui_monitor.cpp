// The desktop's monitor mode (issue 17). Two sites sync to an in-process central site; the
// monitor's laptop is enrolled there with a monitor's code and pulls both (TrialDevices, as
// tst_monitor_device does). Signed in on that laptop, the Monitoring tab (in place of Today)
// shows the sites with their counts, each site's patients by subject ID, the open queries by
// age, the records left to verify and the overdue visits; a site narrows every list; Enter
// opens the patient. Nothing that would change clinical data is offered there, whatever the
// account's role. At a site, a monitor's account gets the same tab for that site; site staff
// do not.
#include "AppController.h"
#include "MainWindow.h"
#include "MonitorView.h"
#include "TodayView.h"
#include "SampleRecords.h"
#include "SignInForm.h"
#include "TrialDevices.h"
#include "models/MonitorListModel.h"
#include "models/OverdueVisitsModel.h"
#include "records/Patients.h"
#include "records/Queries.h"
#include "records/Radiotherapy.h"
#include "records/StudyDrug.h"
#include "workspace/PatientRecords.h"
#include "workspace/LabsTab.h"
#include "workspace/RadiotherapyTab.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/ScreeningTab.h"
#include <QComboBox>
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QTranslator>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QSplitter>
#include "workspace/SourceVerificationTab.h"
#include "workspace/QueriesTab.h"
#include "models/SdvListModel.h"
#include <QtTest>

using namespace muco;

namespace {

QDateTime siteNoon(const QDate &day) { return QDateTime(day, QTime(4, 0), Qt::UTC); }

QStringList column(const QTableView *view, int c)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, c).data().toString();
    return out;
}

QStringList rows(const QTableView *view)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        QStringList cells;
        for (int v = 0; v < view->model()->columnCount(); ++v)   // as shown: in visual order, hidden ones left out
            if (const int c = view->horizontalHeader()->logicalIndex(v); !view->isColumnHidden(c))
                cells << view->model()->index(r, c).data().toString();
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

// The buttons a person can press in the patient's workspace, on each of its tabs, by text.
QStringList pressableButtons(ui::PatientWorkspace *w)
{
    QStringList out;
    for (int i = 0; i < w->tabs()->count(); ++i) {
        w->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (QAbstractButton *b : w->tabs()->widget(i)->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(w) && b->isEnabled() && !b->text().isEmpty())
                out << b->text().remove(QLatin1Char('&'));
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

// Fields a person could type a value into on the workspace's tabs.
int editableFields(ui::PatientWorkspace *w)
{
    int n = 0;
    for (int i = 0; i < w->tabs()->count(); ++i) {
        w->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (QLineEdit *e : w->tabs()->widget(i)->findChildren<QLineEdit *>())
            if (e->isVisibleTo(w) && e->isEnabled() && !e->isReadOnly())
                ++n;
    }
    return n;
}

} // namespace

class TestGuiMonitor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<CentralService> m_service;
    test::TrialDevice m_gx01, m_gx02, m_monitor;
    QString m_patientA, m_eventA;

    std::unique_ptr<ui::MainWindow> signedInWindow(ui::AppController &controller, const QString &user)
    {
        auto window = std::make_unique<ui::MainWindow>(controller);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !test::typeSignIn(*window, user, test::kPassword))
            return {};
        return window;
    }

private slots:
    // Friday 2026-11-20. GX01: one patient, radiotherapy from 2 November and nothing graded
    // since (screening labs, baseline, weeks 1 and 2 overdue), an adverse event the monitor
    // queried three days ago. GX02: two patients in screening, nothing due.
    void initTestCase()
    {
        auto b = CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/central"), true);
        QVERIFY(b.ok());
        m_store = std::make_unique<CentralStore>(std::move(b).value(), Clock::system());
        m_service = std::make_unique<CentralService>(*m_store);
        m_gx01 = test::enrolSiteDevice(*m_store, *m_service, QStringLiteral("GX01"), QStringLiteral("doctor"));
        m_gx02 = test::enrolSiteDevice(*m_store, *m_service, QStringLiteral("GX02"), QStringLiteral("doctor"));
        for (test::TrialDevice *d : {&m_gx01, &m_gx02})
            d->site->clock()->set(siteNoon(QDate(2026, 11, 20)));
        auto a = Patients::add(*m_gx01.session, {{}, QStringLiteral("Li Wei"), QStringLiteral("MRN-1"), {}, QStringLiteral("1960-01-01"), QStringLiteral("male")});
        QVERIFY(a.ok());
        m_patientA = a->id;
        RtPlan plan;
        plan.patientId = m_patientA;
        plan.totalDoseGy = Decimal(70);
        plan.fractions = 35;
        plan.dosePerFractionGy = Decimal(2);
        plan.technique = QStringLiteral("VMAT");
        plan.startDate = QDate(2026, 11, 2);
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*m_gx01.session, plan).ok());
        auto event = AdverseEvents::save(*m_gx01.session, test::mucositisEvent(m_patientA));
        QVERIFY(event.ok());
        m_eventA = event->id;
        for (const char *name : {"Zhao Min", "Sun Li"})
            QVERIFY(Patients::add(*m_gx02.session, {{}, QString::fromLatin1(name), {}, {}, QStringLiteral("1970-05-05"), QStringLiteral("female")}).ok());
        QVERIFY(test::syncDevice(m_gx01).ok);
        QVERIFY(test::syncDevice(m_gx02).ok);

        m_monitor = test::enrolMonitorDevice(*m_store, *m_service);
        QVERIFY(m_monitor.session);
        QVERIFY(m_monitor.session->isMonitorDevice());
        m_monitor.site->clock()->set(siteNoon(QDate(2026, 11, 17)));
        QVERIFY(test::syncDevice(m_monitor).ok);
        QVERIFY(Queries::raise(*m_monitor.session, m_patientA, QStringLiteral("adverse_events"), m_eventA, QStringLiteral("grade"),
                               QStringLiteral("Grade 3 in the source?"), test::kPassword).ok());
        m_monitor.site->clock()->set(siteNoon(QDate(2026, 11, 20)));
        m_monitor.session.reset();   // the desktop signs in on its own
    }

    void theMonitoringTabShowsEverySiteAndNarrowsToOne()
    {
        ui::AppController controller(m_monitor.site->path(), m_monitor.site->clock());
        auto window = signedInWindow(controller, QStringLiteral("monitor"));
        QVERIFY(window);
        QTRY_VERIFY(controller.session());

        ui::MonitorView *view = window->findChild<ui::MonitorView *>(QStringLiteral("monitorView"));
        QVERIFY(view);
        QTabWidget *side = window->sidePanel();
        QVERIFY(side->isTabVisible(side->indexOf(view)));
        QVERIFY(!side->isTabVisible(side->indexOf(window->today())));
        QCOMPARE(side->currentWidget(), view);   // where a monitor starts
        // With no patient open the lists have the width (they had a third, beside an empty workspace).
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        const auto sideShare = [&] { return double(splitter->sizes().value(0)) / (splitter->sizes().value(0) + splitter->sizes().value(1)); };
        QTRY_VERIFY2(sideShare() > 0.6, qPrintable(QString::number(sideShare())));
        QList<std::shared_ptr<QAbstractItemModelTester>> testers;
        for (QTableView *t : {view->sites(), view->list(ui::MonitorView::PatientsList), view->list(ui::MonitorView::QueriesList),
                              view->list(ui::MonitorView::SdvList), view->list(ui::MonitorView::OverdueList)})
            testers << std::make_shared<QAbstractItemModelTester>(t->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Both sites, with their counts: site | patients | open queries | oldest (days) | SDV
        // remaining (the plan and the adverse event) | overdue visits | missing grades.
        QCOMPARE(rows(view->sites()), (QStringList{QStringLiteral("GX01 | 1 | 1 | 3 | 2 | 4 | 3"), QStringLiteral("GX02 | 2 | 0 |  | 0 | 0 | 0")}));
        QCOMPARE(view->summary()->text(), QStringLiteral("Every site this device holds, as of 2026-11-20. Sites: 2."));
        // The patients by subject ID (the monitor's device holds no names), with their counts.
        QCOMPARE(rows(view->list(ui::MonitorView::PatientsList)),
                 (QStringList{QStringLiteral("GX01-0001 | Screening | 1 | 2 | 4 | 3"), QStringLiteral("GX02-0001 | Screening | 0 | 0 | 0 | 0"),
                              QStringLiteral("GX02-0002 | Screening | 0 | 0 | 0 | 0")}));
        for (const QString &row : rows(view->list(ui::MonitorView::PatientsList)))
            QVERIFY(!row.contains(QStringLiteral("Li Wei")) && !row.contains(QStringLiteral("Zhao")));
        // Each record by what tells it from its siblings (a walkthrough found a patient's seven
        // fractions as seven identical "Radiotherapy fraction" rows, and two lab queries alike).
        QCOMPARE(rows(view->list(ui::MonitorView::QueriesList)),
                 QStringList{QStringLiteral("GX01-0001 | Adverse event \u00B7 Mucositis oral \u00B7 2026-11-18 | Grade | Open | 3")});
        QCOMPARE(rows(view->list(ui::MonitorView::SdvList)),
                 (QStringList{QStringLiteral("GX01-0001 | Radiotherapy plan \u00B7 2026-11-02 \u00B7 70 Gy | Not verified | Critical"),
                              QStringLiteral("GX01-0001 | Adverse event \u00B7 Mucositis oral \u00B7 2026-11-18 | Not verified | Critical")}));
        const QStringList overdue = rows(view->list(ui::MonitorView::OverdueList));
        QCOMPARE(overdue.size(), 4);
        // The longest overdue first; days and what is missing before the visit's long name.
        QCOMPARE(overdue.first(), QStringLiteral("GX01-0001 | 18 | labs | Screening labs"));
        QVERIFY(view->lists()->tabText(ui::MonitorView::OverdueList).contains(QStringLiteral("(4)")));

        // One site: every list narrows to it, and the tabs count its rows.
        view->sites()->setCurrentIndex(view->sites()->model()->index(1, 0));
        QCOMPARE(view->shownSite(), QStringLiteral("GX02"));
        QCOMPARE(column(view->list(ui::MonitorView::PatientsList), 1), (QStringList{QStringLiteral("GX02-0001"), QStringLiteral("GX02-0002")}));
        for (auto list : {ui::MonitorView::QueriesList, ui::MonitorView::SdvList, ui::MonitorView::OverdueList}) {
            QCOMPARE(view->list(list)->model()->rowCount(), 0);
            QVERIFY(view->lists()->tabText(list).endsWith(QStringLiteral("(0)")));
        }
        view->findChild<QAbstractButton *>(QStringLiteral("monitorEverySite"))->click();
        QCOMPARE(view->list(ui::MonitorView::PatientsList)->model()->rowCount(), 3);

        // Enter on the query opens its patient's workspace beside the lists.
        QTableView *queries = view->list(ui::MonitorView::QueriesList);
        view->lists()->setCurrentIndex(ui::MonitorView::QueriesList);
        queries->setCurrentIndex(queries->model()->index(0, 0));
        QTest::keyClick(queries, Qt::Key_Return);
        QTRY_COMPARE(window->workspace()->patientId(), m_patientA);
        QCOMPARE(side->currentWidget(), view);
        // ... at the query, selected with its thread (it opened the overview, nothing selected).
        QCOMPARE(window->workspace()->tabs()->currentWidget(), static_cast<QWidget *>(window->workspace()->queries()));
        QCOMPARE(window->workspace()->queries()->table()->currentIndex().row(), 0);
        // A record to verify opens the verification tab at that record.
        QTableView *sdv = view->list(ui::MonitorView::SdvList);
        view->lists()->setCurrentIndex(ui::MonitorView::SdvList);
        sdv->setCurrentIndex(sdv->model()->index(1, 0));
        QTest::keyClick(sdv, Qt::Key_Return);
        ui::SourceVerificationTab *verify = window->workspace()->sourceVerification();
        QTRY_COMPARE(window->workspace()->tabs()->currentWidget(), static_cast<QWidget *>(verify));
        QVERIFY(verify->table()->currentIndex().isValid());
        QCOMPARE(verify->table()->currentIndex().data(ui::SdvListModel::RecordIdRole).toString(),
                 sdv->model()->index(1, 0).data(ui::MonitorListModel::ItemIdRole).toString());
        QTRY_VERIFY2(sideShare() < 0.4, qPrintable(QString::number(sideShare())));   // the patient's workspace takes it back
        // In that narrow panel nothing scrolls sideways (a walkthrough: the sites' last column cut
        // to "Mi gr", the overdue visit's name to "Weekly ..."). The oldest query's age gives way
        // and stays in the open queries' tooltip; the visit's name wraps, its row as tall as it.
        QTableView *sites = view->sites();
        QTRY_VERIFY2(sites->horizontalHeader()->length() <= sites->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(sites->horizontalHeader()->length()).arg(sites->viewport()->width())));
        QVERIFY(sites->isColumnHidden(ui::MonitorListModel::SiteOldestQuery));
        // Every list's tab in sight, none behind scroll arrows (the fourth needed 377 px in 330).
        QTabBar *bar = view->lists()->tabBar();
        for (int i = 0; i < bar->count(); ++i)
            if (bar->isTabVisible(i))
                QVERIFY2(bar->tabRect(i).left() >= 0 && bar->tabRect(i).right() < bar->width(),
                         qPrintable(QStringLiteral("tab %1 at %2-%3 in %4").arg(i).arg(bar->tabRect(i).left()).arg(bar->tabRect(i).right()).arg(bar->width())));
        QCOMPARE(sites->model()->index(0, ui::MonitorListModel::SiteOpenQueries).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("The oldest open query: 3 day(s)"));
        QTableView *overdueList = view->list(ui::MonitorView::OverdueList);
        view->lists()->setCurrentIndex(ui::MonitorView::OverdueList);
        QTRY_VERIFY(overdueList->isVisible());
        QTRY_VERIFY2(overdueList->horizontalHeader()->length() <= overdueList->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(overdueList->horizontalHeader()->length()).arg(overdueList->viewport()->width())));
        const int visitColumn = ui::OverdueVisitsModel::Visit;
        for (int r = 0; r < overdueList->model()->rowCount(); ++r) {
            const QString visit = overdueList->model()->index(r, visitColumn).data().toString();
            const QRect needed = overdueList->fontMetrics().boundingRect(QRect(0, 0, overdueList->columnWidth(visitColumn) - 8, 10000),
                                                                         Qt::TextWordWrap, visit);
            QVERIFY2(overdueList->rowHeight(r) >= needed.height(), qPrintable(visit));
        }
        // The panel dragged wider: the column is back.
        splitter->setSizes({900, splitter->sizes().value(0) + splitter->sizes().value(1) - 900});
        QTRY_VERIFY(!sites->isColumnHidden(ui::MonitorListModel::SiteOldestQuery));

        // The status bar says what this device is.
        bool named = false;
        for (QLabel *l : window->statusBar()->findChildren<QLabel *>())
            named = named || l->text().contains(QStringLiteral("every site, monitoring only"));
        QVERIFY(named);
    }

    // An investigator's account on the monitor's device: the same clinical actions an
    // investigator has at a site are not offered (core refuses them anyway: tst_monitor_device).
    void noClinicalActionOnTheMonitorDevice()
    {
        QStringList atSite;
        {
            ui::AppController controller(m_gx01.site->path(), m_gx01.site->clock());
            auto window = signedInWindow(controller, QStringLiteral("doctor"));
            QVERIFY(window);
            QTRY_VERIFY(controller.session());
            QVERIFY(!window->sidePanel()->isTabVisible(window->sidePanel()->indexOf(window->monitorView())));
            window->workspace()->showPatient(*controller.session(), Patients::get(*controller.session(), m_patientA).value());
            atSite = pressableButtons(window->workspace());
            QVERIFY(editableFields(window->workspace()) > 0);
        }
        ui::AppController controller(m_monitor.site->path(), m_monitor.site->clock());
        auto window = signedInWindow(controller, QStringLiteral("doctor"));
        QVERIFY(window);
        QTRY_VERIFY(controller.session());
        QVERIFY(controller.session()->isMonitorDevice());
        QVERIFY(window->sidePanel()->isTabVisible(window->sidePanel()->indexOf(window->monitorView())));
        for (QAction *a : window->findChildren<QAction *>())
            if (a->text() == ui::MainWindow::tr("&New patient..."))
                QVERIFY(!a->isEnabled());
        window->workspace()->showPatient(*controller.session(), Patients::get(*controller.session(), m_patientA).value());
        const QStringList onMonitorDevice = pressableButtons(window->workspace());
        qInfo() << "at the site:" << atSite << "on the monitor's device:" << onMonitorDevice;
        QVERIFY(!atSite.isEmpty());
        // Of what the site's investigator may press, only what reads.
        const QStringList reading{QStringLiteral("Export chart as PNG...")};
        for (const QString &b : onMonitorDevice)
            QVERIFY2(!atSite.contains(b) || reading.contains(b), qPrintable(b));
        // No field takes typing that nothing could save, the screening form's included; and what
        // is read-only looks it: the window's colour behind its text, not a field's white (the
        // plan's fields looked editable, a walkthrough), and no unit to choose beside a value.
        QCOMPARE(editableFields(window->workspace()), 0);
        int readOnly = 0;
        window->workspace()->tabs()->setCurrentWidget(window->workspace()->radiotherapy());
        for (QLineEdit *e : window->workspace()->radiotherapy()->findChildren<QLineEdit *>())
            if (e->isVisibleTo(window->workspace()) && e->isReadOnly()) {
                ++readOnly;
                QCOMPARE(e->palette().color(QPalette::Base), e->palette().color(QPalette::Window));
            }
        QVERIFY(readOnly >= 4);   // total, per fraction, technique, agent (and the spin boxes' own)
        for (QComboBox *unit : window->workspace()->labs()->findChildren<QComboBox *>())
            if (unit != window->workspace()->labs()->panelChooser())
                QVERIFY2(!unit->isEnabled(), qPrintable(unit->currentText()));
        ui::ScreeningTab *screening = window->workspace()->screening();
        QVERIFY(!screening->intent()->isEnabled());
        QVERIFY(!screening->answer(QStringLiteral("informed_consent_signed"))->isEnabled());
        QVERIFY(!screening->dateChoice(QStringLiteral("last_head_neck_surgery_date"))->isEnabled());
    }

    // At a site, a monitor's account sees that site's monitoring lists beside the clinic day
    // (without names, tst_gui_today); a nurse the clinic day only.
    void atASiteTheMonitorGetsTheTab()
    {
        ui::AppController controller(m_gx01.site->path(), m_gx01.site->clock());
        auto window = signedInWindow(controller, QStringLiteral("monitor"));
        QVERIFY(window);
        QTRY_VERIFY(controller.session());
        ui::MonitorView *view = window->monitorView();
        QVERIFY(window->sidePanel()->isTabVisible(window->sidePanel()->indexOf(view)));
        QVERIFY(window->sidePanel()->isTabVisible(window->sidePanel()->indexOf(window->today())));
        QCOMPARE(window->sidePanel()->currentIndex(), 0);   // from the patient list, as site staff
        QCOMPARE(column(view->sites(), 0), QStringList{QStringLiteral("GX01")});
        QVERIFY(view->summary()->text().startsWith(QStringLiteral("This site")));
        controller.lock();
        QVERIFY(test::typeSignIn(*window, QStringLiteral("nurse"), test::kPassword));
        QTRY_VERIFY(controller.session());
        QVERIFY(!window->sidePanel()->isTabVisible(window->sidePanel()->indexOf(view)));
        QVERIFY(window->sidePanel()->isTabVisible(window->sidePanel()->indexOf(window->today())));
    }

    // With MUCOTRACK_SHOTS set: the monitor's window at 1366x768, in English, then in Chinese
    // (Qt's and the app's translations, as the app loads them), for a person to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MUCOTRACK_SHOTS");
        if (dir.isEmpty())
            QSKIP("MUCOTRACK_SHOTS names no folder");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTranslator app, qt;
            if (language != QLatin1String("en")) {
                QVERIFY(app.load(QStringLiteral(":/i18n/mucotrack_%1.qm").arg(language)));
                QVERIFY(qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
                QCoreApplication::installTranslator(&app);
                QCoreApplication::installTranslator(&qt);
                QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            }
            {
                ui::AppController controller(m_monitor.site->path(), m_monitor.site->clock());
                auto window = signedInWindow(controller, QStringLiteral("monitor"));
                QVERIFY(window);
                QTRY_VERIFY(controller.session());
                ui::MonitorView *view = window->monitorView();
                QTest::qWait(50);
                window->grab().save(QStringLiteral("%1/monitor-%2.png").arg(dir, language));
                view->lists()->setCurrentIndex(ui::MonitorView::OverdueList);
                QTableView *overdue = view->list(ui::MonitorView::OverdueList);
                overdue->setCurrentIndex(overdue->model()->index(0, 0));
                QTest::keyClick(overdue, Qt::Key_Return);
                QTRY_COMPARE(window->workspace()->patientId(), m_patientA);
                QTest::qWait(50);
                window->grab().save(QStringLiteral("%1/monitor-patient-%2.png").arg(dir, language));
                view->sites()->setCurrentIndex(view->sites()->model()->index(1, 0));
                view->lists()->setCurrentIndex(ui::MonitorView::PatientsList);
                QTest::qWait(50);
                window->grab().save(QStringLiteral("%1/monitor-site-%2.png").arg(dir, language));
            }
            QCoreApplication::removeTranslator(&app);
            QCoreApplication::removeTranslator(&qt);
            QLocale::setDefault(QLocale::c());
        }
    }

    // A missed or held fraction has no number: its line says what it was (it read "No.  ").
    void aFractionWithoutNumberSaysWhy()
    {
        auto missed = Radiotherapy::record(*m_gx01.session, m_patientA, QDate(2026, 11, 19), FractionStatus::Missed, std::nullopt,
                                           QStringLiteral("machine down"));
        QVERIFY2(missed.ok(), qPrintable(missed.ok() ? QString() : missed.error().message));
        auto delivered = Radiotherapy::record(*m_gx01.session, m_patientA, QDate(2026, 11, 20), FractionStatus::Delivered, Decimal(2), {});
        QVERIFY(delivered.ok());
        QStringList lines;
        for (const ui::PatientRecord &r : ui::patientRecords(*m_gx01.session, m_patientA))
            if (r.table == QLatin1String("fractions"))
                lines << r.summary;
        QCOMPARE(lines, (QStringList{QStringLiteral("Radiotherapy fraction \u00B7 Missed \u00B7 2026-11-19"),
                                     QStringLiteral("Radiotherapy fraction \u00B7 No. 1 \u00B7 2026-11-20")}));
    }

    // A day's doses in the order they were given, not the order they were entered in (a
    // walkthrough: dinner was listed before lunch, ordered by id).
    void aDaysDosesAreListedInMealOrder()
    {
        for (const QString &slot : {QStringLiteral("dinner"), QStringLiteral("lunch"), QStringLiteral("breakfast")}) {
            const Status marked = StudyDrug::setTaken(*m_gx01.session, m_patientA, QDate(2026, 11, 20), slot, true);
            QVERIFY2(marked.ok(), qPrintable(marked.ok() ? QString() : marked.error().message));
        }
        QStringList listed;
        for (const ui::PatientRecord &r : ui::patientRecords(*m_gx01.session, m_patientA))
            if (r.table == StudyDrug::table().name)
                listed << r.values.value(QStringLiteral("slot")).toString();
        QCOMPARE(listed, StudyDrug::doseSlots());
    }

    void cleanupTestCase()
    {
        m_gx01 = {};
        m_gx02 = {};
        m_monitor = {};
        m_service.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestGuiMonitor)
#include "tst_gui_monitor.moc"
