#pragma once
// One main window: the patient list on the left, the selected patient's workspace on
// the right, and a status bar with who is signed in, the site and the sync state.
// While locked, a sign-in page covers everything.
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QAction;

namespace muco {
class Session;
}

namespace muco::ui {

class AppController;
class BackupTimer;
class ColumnsToWidth;
class IdleWatcher;
class PatientListModel;
class PatientWorkspace;
class SignInPage;
class SyncController;
class TodayView;
class MonitorView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppController &controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    PatientListModel *patientModel() const { return m_model; }
    QSortFilterProxyModel *patientProxy() const { return m_proxy; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    PatientWorkspace *workspace() const { return m_patientWorkspace; }
    SyncController *syncController() const { return m_sync; }
    TodayView *today() const { return m_today; }
    MonitorView *monitorView() const { return m_monitor; }
    QTabWidget *sidePanel() const { return m_side; }
    // Test seam: the patient dialog is opened with open(), not exec(), so tests can fill it.
    QDialog *addPatient();
    // The selected patient's details and participation (open(), like addPatient()).
    QDialog *editPatient();
    // The audit trail viewer (monitors, administrators), filtered to the patient shown if any.
    QDialog *openAuditTrail();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Ctrl+L locks even while a modal form or wizard of this window has the keyboard.
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void onSignedIn();
    void onLocked();
    void onSelectionChanged();
    void applySelection();   // the list's current patient into the workspace (onSelectionChanged)
    // Lock or switch user, asked by the user: unsaved work is asked about first (Cancel stays
    // signed in). The idle lock does not ask: it discards (docs/architecture.md).
    void lockAsked(bool forgetUser);

private:
    bool m_lockAsking = false;   // the question of lockAsked is open
    void buildMenus();
    void showToday();
    // A monitor's device or a monitor's account: the Monitoring tab (in place of Today on the device).
    static bool isMonitorMode(const Session &session);
    void restoreUserPreferences();   // the signed-in user's last workspace tab and column widths
    void openTodayTask(const QString &patientId, int kind);
    // Selects the patient in the list (clearing a filter that hides it); true when its workspace shows.
    bool showPatient(const QString &patientId);
    void updateStatus();
    void fitWorkspace();   // the splitter leaves the workspace room for its tabs' whole titles

    AppController &m_controller;
    QStackedWidget *m_stack;
    SignInPage *m_signIn;
    QLineEdit *m_filter;
    QTableView *m_list;
    ColumnsToWidth *m_listColumns;
    QTabWidget *m_side;      // the patient list and the Today view (Monitoring on a monitor's device)
    TodayView *m_today;
    MonitorView *m_monitor;
    QLabel *m_noPatient;   // the workspace while no patient is selected
    PatientListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    bool m_returning = false;
    bool m_selectionPending = false;   // a selection to apply once the list has settled   // the list goes back to a patient whose unsaved work was kept (onSelectionChanged)
    int m_preferredSide = 560;   // the list's width as the user left it (a narrow screen may give less)
    QStackedWidget *m_workspace;
    PatientWorkspace *m_patientWorkspace;
    QLabel *m_userLabel;
    QLabel *m_siteLabel;
    QLabel *m_syncLabel;
    QLabel *m_demoBanner;
    IdleWatcher *m_idle;
    SyncController *m_sync;
    QList<QAction *> m_sessionActions;
    bool m_restoringPreferences = false;   // what a restore sets is not saved back as the user's choice
    QAction *m_addPatient = nullptr;
    QAction *m_editPatient = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_backups = nullptr;
    QAction *m_recoveryKey = nullptr;
    BackupTimer *m_backupTimer = nullptr;
    QAction *m_auditTrail = nullptr;
};

} // namespace muco::ui
