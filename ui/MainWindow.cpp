#include "MainWindow.h"
#include "ColumnsToWidth.h"
#include "admin/AccountsDialog.h"
#include "admin/AuditTrailDialog.h"
#include "admin/BackupDialog.h"
#include "admin/RestoreWizard.h"
#include "admin/RecoveryKeyDialog.h"
#include "BackupTimer.h"
#include "ShortcutMap.h"
#include "AddPatientDialog.h"
#include "PatientDetailsDialog.h"
#include "AppController.h"
#include "IdleWatcher.h"
#include "WheelGuard.h"
#include "models/PatientListModel.h"
#include "models/PatientListProxy.h"
#include "workspace/PatientWorkspace.h"
#include "SignInPage.h"
#include "admin/SiteSettingsDialog.h"
#include "PasswordDialog.h"
#include "admin/ReferenceRangesDialog.h"
#include "admin/ReportsMenu.h"
#include "admin/ScreeningLogDialog.h"
#include "admin/OverdueVisitsDialog.h"
#include "admin/ConflictsDialog.h"
#include "HelpBrowser.h"
#include "HelpTopics.h"
#include "SyncController.h"
#include "TodayView.h"
#include "MonitorView.h"
#include "workspace/VisitsTab.h"
#include "workspace/SourceVerificationTab.h"
#include "workspace/QueriesTab.h"
#include "UserPreferences.h"
#include "WindowGeometry.h"
#include "security/Session.h"
#include <QAction>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QDialog>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace muco::ui {

MainWindow::MainWindow(AppController &controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_stack(new QStackedWidget), m_signIn(new SignInPage(controller)),
      m_filter(new QLineEdit), m_list(new QTableView), m_side(new QTabWidget), m_today(new TodayView), m_monitor(new MonitorView), m_model(new PatientListModel(this)),
      m_proxy(new PatientListProxy(m_model, this)), m_workspace(new QStackedWidget), m_patientWorkspace(new PatientWorkspace),
      m_userLabel(new QLabel), m_siteLabel(new QLabel), m_syncLabel(new QLabel), m_demoBanner(new QLabel),
      m_idle(new IdleWatcher(this)), m_sync(new SyncController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(QStringLiteral("patientList"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(PatientListModel::SubjectId, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    // Columns fitted to the rows in view and 100 more, not to 1,000 laid-out rows (Qt's default):
    // 20 ms of each sign-in at 50,000 patients (issue 14).
    m_list->horizontalHeader()->setResizeContentsPrecision(100);
    m_list->setAlternatingRowColors(true);
    // Beside a patient's workspace the list is a third of a laptop's screen, and it scrolled
    // sideways (a walkthrough at 1366x768): what the workspace's header says of the open patient
    // gives way first; the subject, the queries and the name stay.
    m_listColumns = ColumnsToWidth::install(m_list, {PatientListModel::Sex, PatientListModel::Age, PatientListModel::Dose,
                                                     PatientListModel::Arm, PatientListModel::LatestGrade, PatientListModel::Status});
    m_filter->setObjectName(QStringLiteral("patientFilter"));
    m_filter->setPlaceholderText(tr("Filter patients (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [proxy = static_cast<PatientListProxy *>(m_proxy)](const QString &text) { proxy->setFilterText(text); });
    // Down or Enter in the filter goes to the list, selecting the first match: keyboard first.
    auto toList = [this] {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        else
            onSelectionChanged();
    };
    connect(m_filter, &QLineEdit::returnPressed, this, toList);
    auto *down = new QAction(m_filter);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, toList);
    m_filter->addAction(down);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    // Remembered per user as they change them (a crash or a power cut keeps the last choice).
    connect(m_list->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int resized) {
        Session *s = m_controller.session();
        if (!s || m_restoringPreferences || m_listColumns->isFitting())
            return;
        // A column hidden (it gave way, or the role has none) keeps the width remembered for it;
        // so does the last one shown, which the header stretches to its edge (not the user's width):
        // its resizing (every step of a splitter's drag) writes nothing.
        const QHeaderView *header = m_list->horizontalHeader();
        int stretched = -1;
        for (int v = header->count() - 1; v >= 0 && stretched < 0; --v)
            if (!header->isSectionHidden(header->logicalIndex(v)))
                stretched = header->logicalIndex(v);
        if (resized == stretched || m_list->isColumnHidden(resized))
            return;
        UserPreferences prefs(s->site(), s->user().id);
        const QList<int> remembered = prefs.columnWidths();
        QList<int> widths;
        for (int c = 0; c < m_model->columnCount(); ++c)
            widths << (m_list->isColumnHidden(c) || c == stretched ? remembered.value(c) : m_list->columnWidth(c));
        prefs.setColumnWidths(widths);
    });
    connect(m_patientWorkspace->tabs(), &QTabWidget::currentChanged, this, [this](int index) {
        Session *s = m_controller.session();
        if (s && !m_restoringPreferences && index >= 0)
            UserPreferences(s->site(), s->user().id).setWorkspaceTab(index);
    });

    auto *left = new QWidget;
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addWidget(m_filter);
    lv->addWidget(m_list);

    m_noPatient = new QLabel(tr("Select a patient in the list, or add one with Ctrl+N."));
    m_noPatient->setAlignment(Qt::AlignCenter);
    m_workspace->addWidget(m_noPatient);
    m_workspace->addWidget(m_patientWorkspace);

    // The patient list and the clinic day side by side in one panel: Ctrl+F and Ctrl+T bring
    // each forward, and the workspace beside them shows the patient a row opens.
    m_side->setObjectName(QStringLiteral("sidePanel"));
    m_side->addTab(left, tr("Patients"));
    m_side->addTab(m_today, tr("Today"));
    m_side->setTabToolTip(0, shortcutFor(Command::FindPatient).toString(QKeySequence::NativeText));
    m_side->setTabToolTip(1, shortcutFor(Command::Today).toString(QKeySequence::NativeText));
    connect(m_side, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_side->widget(index) == m_today && m_controller.session())
            m_today->activate();
    });
    connect(m_today, &TodayView::openTask, this,
            [this](const TodayModel::Task &task) { openTodayTask(task.patientId, static_cast<int>(task.kind)); });
    connect(m_today, &TodayView::patientChosen, this, [this](const QString &patientId) {
        // Not shown (not in the list, or unsaved work asked about first): the highlight goes back
        // to the patient shown, never left on one who is not (review).
        if (!showPatient(patientId))
            m_today->followPatient(m_workspace->currentWidget() == m_patientWorkspace ? m_patientWorkspace->patientId() : QString());
    });
    // The monitor mode (issue 17): shown for a monitor instead of Today (onSignedIn).
    m_side->addTab(m_monitor, tr("Monitoring"));
    m_side->setTabVisible(m_side->indexOf(m_monitor), false);
    // A row of the monitoring lists opens its patient where the row points: the query
    // selected, the record to verify selected, the visits (a walkthrough landed on the overview
    // each time, the query unselected and its thread empty).
    connect(m_monitor, &MonitorView::openPatient, this,
            [this](const QString &patientId, MonitorView::List list, const QString &table, const QString &id) {
                if (!showPatient(patientId))
                    return;
                QTabWidget *tabs = m_patientWorkspace->tabs();
                if (list == MonitorView::QueriesList) {
                    tabs->setCurrentWidget(m_patientWorkspace->queries());
                    m_patientWorkspace->queries()->selectQuery(id);
                } else if (list == MonitorView::SdvList) {
                    tabs->setCurrentWidget(m_patientWorkspace->sourceVerification());
                    m_patientWorkspace->sourceVerification()->selectRecord(table, id);
                } else if (list == MonitorView::OverdueList) {
                    tabs->setCurrentWidget(m_patientWorkspace->visits());
                }
            });

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_side);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({m_preferredSide, 820});
    connect(m_splitter, &QSplitter::splitterMoved, this, [this](int position) { m_preferredSide = position; });
    connect(m_workspace, &QStackedWidget::currentChanged, this, &MainWindow::fitWorkspace);
    connect(m_side, &QTabWidget::currentChanged, this, &MainWindow::fitWorkspace);

    auto *work = new QWidget;
    auto *wv = new QVBoxLayout(work);
    wv->setContentsMargins(6, 6, 6, 6);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setText(tr("DEMO SITE: synthetic patients for training and trying MucoTrack. Not for clinical use."));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(QStringLiteral("background: #ffcc00; color: #000; font-weight: bold; padding: 6px;"));
    m_demoBanner->setVisible(controller.isDemo());
    wv->addWidget(m_demoBanner);
    wv->addWidget(m_splitter, 1);

    m_stack->addWidget(m_signIn);
    m_stack->addWidget(work);
    setCentralWidget(m_stack);

    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_siteLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));

    buildMenus();
    connect(&controller, &AppController::signedIn, this, &MainWindow::onSignedIn);
    connect(&controller, &AppController::locked, this, &MainWindow::onLocked);
    // The site's scheduled backup (Administration > Backups), set off while anyone works.
    m_backupTimer = new BackupTimer([this] { return m_controller.session(); }, this);
    connect(m_backupTimer, &BackupTimer::done, this, [this](const QString &message, bool ok) {
        statusBar()->showMessage(message, ok ? 10000 : 0);
    });
    connect(m_idle, &IdleWatcher::idle, &controller, &AppController::lock);
    connect(m_sync, &SyncController::statusChanged, m_syncLabel, &QLabel::setText);
    connect(m_sync, &SyncController::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    setWindowTitle(controller.isDemo() ? tr("MucoTrack — DEMO SITE (synthetic data)") : tr("MucoTrack"));
    restoreWindowGeometry(this, QStringLiteral("main"), QSize(1380, 860));
    onLocked();
    m_signIn->prepare(false);
}

MainWindow::~MainWindow()
{
    // The list's columns collapse as its widgets are destroyed: not the user's choice to keep.
    m_restoringPreferences = true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_controller.session()) {
        auto *key = static_cast<QKeyEvent *>(event);
        bool ours = false;   // a form of this window (isAncestorOf stops at the dialog's window)
        for (QWidget *w = QApplication::activeModalWidget(); w && !ours; w = w->parentWidget())
            ours = w == this;
        if (ours && QKeySequence(key->keyCombination()) == shortcutFor(Command::Lock)) {
            lockAsked(false);   // onLocked closes every open form first
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitWorkspace();
}

// The workspace's nine tabs, whole: on a 1366-wide laptop the patient list gives way (it scrolls
// sideways; the workspace is where the work is), down to a list that still shows subject and
// name; the workspace also keeps two thirds of the width. A wider screen keeps the list as it is.
void MainWindow::fitWorkspace()
{
    // No patient open on the monitoring lists: the workspace would be a one-line hint beside
    // them, and the lists (a site's and its patients' counts, many columns) squeezed into a
    // third (a walkthrough found every table scrolling sideways). They take the width until
    // a patient opens. Not the patient list nor the day's: a click there opens the patient
    // under the pointer, and a panel that narrowed under it had moved the rows (tst_gui_today).
    const bool listsAlone = m_workspace->currentWidget() == m_noPatient && m_side->currentWidget() == m_monitor;
    m_workspace->setVisible(!listsAlone);
    if (listsAlone)
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    // Each tab's whole title (QTabBar's own hint is of the elided titles when eliding is on), at
    // its widest: the same whoever is open, or none.
    const QTabBar *bar = m_patientWorkspace->tabs()->tabBar();
    const int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar) + 4;
    int need = 32;   // the workspace's layout margins and the tab widget's frame
    for (const QString &title : m_patientWorkspace->widestTabTitles())
        need += bar->fontMetrics().horizontalAdvance(QString(title).remove(QLatin1Char('&'))) + padding;
    need = std::max(need, total * 2 / 3);   // and two thirds at least: the forms' tables beside them
    constexpr int kSmallestList = 320;
    const int side = std::max(kSmallestList, std::min(m_preferredSide, total - need));
    if (side != sizes.value(0))
        m_splitter->setSizes({side, total - side});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting asks about unsaved work as leaving a patient does (so do Lock and Switch user;
    // the idle lock discards it: the session's input does not outlive the person who typed it).
    if (m_controller.session() && m_workspace->currentWidget() == m_patientWorkspace && !m_patientWorkspace->mayLeave()) {
        event->ignore();
        return;
    }
    saveWindowGeometry(this, QStringLiteral("main"));
    QMainWindow::closeEvent(event);
}

// A lab value typed, then Lock or Switch user: the value was gone after unlocking, without a
// word (a walkthrough). Asked as leaving the patient is; the idle lock still discards, since
// nobody is there to answer and the session must end.
void MainWindow::lockAsked(bool forgetUser)
{
    if (m_lockAsking)
        return;   // Ctrl+L again (or its auto-repeat) while the question is open
    m_lockAsking = true;
    const bool leave = !m_controller.session() || m_workspace->currentWidget() != m_patientWorkspace
                       || m_patientWorkspace->mayLeave();
    m_lockAsking = false;
    if (!leave)
        return;
    if (!m_controller.session())
        return;   // locked meanwhile (the idle lock, while the question was open)
    m_controller.lock();
    if (forgetUser)
        m_signIn->forgetUser();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_addPatient = file->addAction(tr("&New patient..."), shortcutFor(Command::NewPatient), this, [this] { addPatient(); });
    m_editPatient = file->addAction(tr("Patient &details..."), shortcutFor(Command::PatientDetails), this, [this] { editPatient(); });
    file->addSeparator();
    QAction *syncNow = file->addAction(tr("S&ync now"), shortcutFor(Command::SyncNow), m_sync, &SyncController::syncNow);
    QAction *conflicts = file->addAction(tr("Sync &conflicts..."), this, [this] {
        if (m_controller.session())
            ConflictsDialog(*m_controller.session(), this).exec();
        m_syncLabel->setText(m_sync->statusText());
    });
    file->addSeparator();
    QAction *lock = file->addAction(tr("&Lock"), shortcutFor(Command::Lock), this, [this] { lockAsked(false); });
    QAction *switchUser = file->addAction(tr("&Switch user..."), shortcutFor(Command::SwitchUser), this, [this] { lockAsked(true); });
    QAction *screeningLog = file->addAction(tr("Screening &log..."), this, [this] {
        if (m_controller.session())
            ScreeningLogDialog(*m_controller.session(), this).exec();
    });
    QAction *overdue = file->addAction(tr("&Overdue visits..."), this, [this] {
        if (m_controller.session())
            OverdueVisitsDialog(*m_controller.session(), this).exec();
    });
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    const QList<QAction *> reportActions = addReportActions(exportMenu, reports, this, [this] { return m_controller.session(); });
    QAction *password = file->addAction(tr("Change &password..."), this, [this] {
        if (m_controller.session())
            PasswordDialog(*m_controller.session(), this).exec();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), shortcutFor(Command::Quit), qApp, &QApplication::quit);

    QMenu *admin = menuBar()->addMenu(tr("&Administration"));
    m_accounts = admin->addAction(tr("&Accounts..."), this, [this] {
        if (m_controller.session())
            AccountsDialog(*m_controller.session(), this).exec();
    });
    m_settings = admin->addAction(tr("Site &settings..."), this, [this] {
        if (m_controller.session() && SiteSettingsDialog(*m_controller.session(), this).exec() == QDialog::Accepted)
            m_idle->start(m_controller.autoLockMinutes());
    });

    QAction *ranges = admin->addAction(tr("Laboratory &reference ranges..."), this, [this] {
        if (m_controller.session())
            ReferenceRangesDialog(*m_controller.session(), this).exec();
    });

    admin->addSeparator();
    m_backups = admin->addAction(tr("&Backups..."), this, [this] {
        if (m_controller.session())
            BackupDialog(*m_controller.session(), this).exec();
    });
    // Needs no session: the recovery key is what opens a backup (the computer may be new).
    admin->addAction(tr("Restore from a bac&kup..."), this, [this] {
        RestoreWizard wizard(this);
        if (wizard.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Restored to %1: open it with --db to sign in there.").arg(wizard.restoredPath()));
    });
    m_recoveryKey = admin->addAction(tr("New reco&very key..."), this, [this] {
        if (m_controller.session())
            RecoveryKeyDialog(*m_controller.session(), this).exec();
    });
    admin->addSeparator();
    m_auditTrail = admin->addAction(tr("Audit &trail..."), this, [this] { openAuditTrail(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 itself is handled by help::installF1() in every window and dialog; the menu shows it.
    QAction *guide = help->addAction(tr("&User guide"), this, [this] {
        QWidget *context = focusWidget() ? focusWidget() : this;
        HelpBrowser::open(context, help::topicFor(context));
    });
    guide->setShortcut(shortcutFor(Command::Help));
    guide->setShortcutContext(Qt::WidgetShortcut);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { HelpBrowser::open(this, QStringLiteral("shortcuts.html")); });
    help->addSeparator();
    help->addAction(tr("&About MucoTrack"), this, [this] {
        QMessageBox::about(this, tr("About MucoTrack"),
                           tr("<b>MucoTrack</b> %1<br>Bedside data capture for trial NCT07312656: "
                              "exosome mouth spray against radiation-induced oral mucositis.<br><br>"
                              "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                              "This program comes with ABSOLUTELY NO WARRANTY.")
                               .arg(QApplication::applicationVersion()));
    });
    help::installF1();
    qApp->installEventFilter(this);
    WheelGuard::install(this);

    auto *find = new QAction(this);
    find->setShortcut(shortcutFor(Command::FindPatient));
    connect(find, &QAction::triggered, m_filter, [this] {
        m_side->setCurrentIndex(0);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    auto *today = new QAction(tr("Today"), this);
    today->setShortcut(shortcutFor(Command::Today));
    connect(today, &QAction::triggered, this, &MainWindow::showToday);
    addAction(today);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_addPatient);
    bar->addAction(lock);
    m_sessionActions = {m_addPatient, m_editPatient, lock, switchUser, m_accounts, m_settings, m_backups, m_recoveryKey, find, today, syncNow, conflicts, password, ranges, screeningLog, m_auditTrail, overdue};
    m_sessionActions += reportActions;
}

QDialog *MainWindow::addPatient()
{
    Session *s = m_controller.session();
    if (!s || !s->can(Permission::AddPatient))
        return nullptr;
    auto *dialog = new AddPatientDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int row = m_model->rowOf(dialog->createdPatientId());
        if (row >= 0)
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    });
    connect(&m_controller, &AppController::locked, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

QDialog *MainWindow::editPatient()
{
    Session *s = m_controller.session();
    if (!s || m_patientWorkspace->patientId().isEmpty() || m_workspace->currentIndex() != 1)
        return nullptr;
    auto *dialog = new PatientDetailsDialog(*s, m_patientWorkspace->patientId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_controller, &AppController::locked, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

QDialog *MainWindow::openAuditTrail()
{
    Session *s = m_controller.session();
    if (!s || !s->can(Permission::VerifyAudit))
        return nullptr;
    auto *dialog = new AuditTrailDialog(*s, this, m_workspace->currentIndex() == 1 ? m_patientWorkspace->patientId() : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_controller, &AppController::locked, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

bool MainWindow::isMonitorMode(const Session &s)
{
    return s.isMonitorDevice() || s.user().role == Role::Monitor;
}

void MainWindow::showToday()
{
    if (!m_controller.session())
        return;
    if (m_controller.session()->isMonitorDevice()) {
        m_side->setCurrentWidget(m_monitor);   // no clinic day here: the monitoring lists
        return;
    }
    if (m_side->currentWidget() == m_today)
        m_today->activate();   // already shown: reload (the day may have turned) and take the keyboard
    else
        m_side->setCurrentWidget(m_today);
}

bool MainWindow::showPatient(const QString &patientId)
{
    // The patient in the list (a filter that hides it is cleared), its workspace beside the day.
    int row = m_model->rowOf(patientId);
    if (row < 0 && m_model->restPending()) {
        m_model->listAll();   // asked for right after sign-in, before the rest of the list was read
        row = m_model->rowOf(patientId);
    }
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    else
        onSelectionChanged();
    return m_workspace->currentWidget() == m_patientWorkspace && m_patientWorkspace->patientId() == patientId;
}

void MainWindow::openTodayTask(const QString &patientId, int kind)
{
    if (!showPatient(patientId))
        return;
    switch (static_cast<TodayModel::Kind>(kind)) {
    case TodayModel::Kind::Fraction: m_patientWorkspace->showFractionEntry(); break;
    case TodayModel::Kind::Grade: m_patientWorkspace->startGrading(); break;
    case TodayModel::Kind::SignGrade: m_patientWorkspace->showDraftToSign(); break;
    case TodayModel::Kind::Labs: m_patientWorkspace->showLabEntry(); break;
    }
}

void MainWindow::onSignedIn()
{
    Session *s = m_controller.session();
    m_model->setSession(s);
    m_today->setSession(s);
    // A monitor (a monitor's device, or a monitor's account at a site): the monitoring lists. On
    // a monitor's device they replace the clinic day, which is a site's, and come first.
    const bool monitorMode = isMonitorMode(*s);
    m_side->setTabVisible(m_side->indexOf(m_today), !s->isMonitorDevice());
    m_side->setTabVisible(m_side->indexOf(m_monitor), monitorMode);
    m_monitor->setSession(monitorMode ? s : nullptr);
    m_list->setCurrentIndex({});   // the next user starts from the list, not the last patient
    // In subject order, which the first screen's rows read at sign-in are (PatientListModel),
    // whatever order the last user chose.
    m_list->sortByColumn(PatientListModel::SubjectId, Qt::AscendingOrder);
    // The role's columns first: the user's widths are then restored over every column shown.
    m_listColumns->setKeptHidden(PatientListModel::SdvRemaining, !s->can(Permission::VerifySource));
    restoreUserPreferences();
    if (s->isMonitorDevice())
        m_side->setCurrentWidget(m_monitor);   // the monitor's laptop starts from the monitoring lists
    else if (!m_side->isTabVisible(m_side->currentIndex()))
        m_side->setCurrentIndex(0);
    for (QAction *a : std::as_const(m_sessionActions))
        a->setEnabled(true);
    m_addPatient->setEnabled(s->can(Permission::AddPatient));
    m_noPatient->setText(s->can(Permission::AddPatient) ? tr("Select a patient in the list, or add one with Ctrl+N.")
                                                        : tr("Select a patient in a list."));
    m_accounts->setEnabled(s->can(Permission::ManageUsers));
    m_recoveryKey->setEnabled(s->can(Permission::ManageUsers));
    m_settings->setEnabled(s->can(Permission::ManageSettings));
    m_backups->setEnabled(s->can(Permission::ManageSettings));
    m_backupTimer->start();
    m_auditTrail->setEnabled(s->can(Permission::VerifyAudit));
    m_stack->setCurrentIndex(1);
    m_workspace->setCurrentIndex(0);
    fitWorkspace();
    m_filter->setFocus();
    updateStatus();
    m_idle->start(m_controller.autoLockMinutes());
}

void MainWindow::restoreUserPreferences()
{
    Session *s = m_controller.session();
    const UserPreferences prefs(s->site(), s->user().id);
    m_restoringPreferences = true;
    // Fitted to the contents first; then each remembered width, except of a column hidden when it
    // was saved (0) and anything too narrow to read, which keep the fitted width. Every column
    // that gave way for the last user is shown for it (a review: they kept the last user's widths).
    m_listColumns->showAll();
    m_list->resizeColumnsToContents();
    const QList<int> widths = prefs.columnWidths();
    if (widths.size() == m_model->columnCount()) {
        for (int c = 0; c < widths.size(); ++c)
            if (widths.at(c) >= 20 && !m_list->isColumnHidden(c))
                m_list->setColumnWidth(c, widths.at(c));
    }
    m_listColumns->fit();
    const int tab = prefs.workspaceTab();
    m_patientWorkspace->tabs()->setCurrentIndex(tab >= 0 && tab < m_patientWorkspace->tabs()->count() ? tab : 0);
    m_restoringPreferences = false;
}

void MainWindow::onLocked()
{
    m_backupTimer->stop();
    // The session is gone already (AppController::lock): first the list, which reads through
    // it when a row is shown or selected (names are opened on demand).
    m_model->setSession(nullptr);
    // Every open form holds the session that is going away: close them all, unsaved input
    // with them (a signature or a record half-typed must not outlive the person who typed it).
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *d : dialogs)
        if (d->isVisible())
            d->reject();
    m_idle->stop();
    m_sync->setSession(nullptr);
    m_today->setSession(nullptr);
    m_today->followPatient({});   // the next user starts with no one's task chosen
    m_monitor->setSession(nullptr);
    m_patientWorkspace->clear();
    m_workspace->setCurrentIndex(0);
    m_filter->clear();
    for (QAction *a : std::as_const(m_sessionActions))
        a->setEnabled(false);
    m_stack->setCurrentIndex(0);
    m_signIn->prepare(true);
    updateStatus();
}

void MainWindow::onSelectionChanged()
{
    if (m_returning)
        return;
    // Unsaved work on the patient shown: decided once the list has settled. A filter that hides
    // the patient moves the current row while its rows are being removed, and no dialog may
    // open inside that (review: the list was left half-updated). Otherwise at once, as always.
    if (m_workspace->currentWidget() == m_patientWorkspace && m_patientWorkspace->hasUnsavedWork()) {
        if (!m_selectionPending) {
            m_selectionPending = true;
            QTimer::singleShot(0, this, [this] {
                m_selectionPending = false;
                applySelection();
            });
        }
        return;
    }
    applySelection();
}

void MainWindow::applySelection()
{
    Session *s = m_controller.session();
    QModelIndex current = m_proxy->mapToSource(m_list->currentIndex());
    const Patient *p = s && current.isValid() ? m_model->patientAt(current.row()) : nullptr;
    const QString leaving = m_workspace->currentWidget() == m_patientWorkspace ? m_patientWorkspace->patientId() : QString();
    // The patient already shown (a filter's Enter, a Today task for them): nothing to reload,
    // and reloading would clear what is being typed.
    if (p && p->id == leaving)
        return;
    // Another patient, or none: unsaved work on this one is saved, discarded or kept, as asked.
    if (s && !leaving.isEmpty()) {
        const QString next = p ? p->id : QString();
        const bool leave = m_patientWorkspace->mayLeave(p ? p->subjectId : QString());
        s = m_controller.session();   // a lock while it asked ends the session
        if (!s)
            return;
        if (!leave) {
            const int row = m_model->rowOf(leaving);
            m_returning = true;   // back to the patient whose work is kept, without asking again
            m_list->setCurrentIndex(row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0)));
            m_returning = false;
            m_today->followPatient(leaving);   // a task of another patient chosen there: back too
            return;
        }
        // Saving changed the list (a status, a row moved): the patient is found again by id,
        // and made current again should the list have moved off it meanwhile.
        const int row = next.isEmpty() ? -1 : m_model->rowOf(next);
        p = row < 0 ? nullptr : m_model->patientAt(row);
        if (row >= 0) {
            m_returning = true;
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            m_returning = false;
        }
    }
    if (!s || !p) {
        m_workspace->setCurrentIndex(0);
        m_today->followPatient({});
        return;
    }
    m_patientWorkspace->showPatient(*s, *p);
    m_workspace->setCurrentIndex(1);
    m_today->followPatient(p->id);
}

void MainWindow::updateStatus()
{
    Session *s = m_controller.session();
    if (!s) {
        m_userLabel->setText(tr("Locked"));
        m_siteLabel->clear();
        m_syncLabel->clear();
        return;
    }
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(s->user().displayName, roleLabel(s->user().role)));
    m_siteLabel->setText(s->isMonitorDevice() ? tr("Monitor's device %1: every site, monitoring only").arg(s->site())
                                              : tr("Site %1").arg(s->site()));
    m_sync->setSession(s);
    m_syncLabel->setText(m_sync->statusText());
}

} // namespace muco::ui
