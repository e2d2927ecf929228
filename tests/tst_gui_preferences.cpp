// Per user, the desktop remembers the last workspace tab and the patient list's column widths
// (issue 12), restored at the next sign-in and after a restart; another user keeps their own.
// The settings file names no user: keys are the site code and the account's id.
#include "AppController.h"
#include "MainWindow.h"
#include "models/PatientListModel.h"
#include "workspace/LabsTab.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RadiotherapyTab.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "UserPreferences.h"
#include "records/Patients.h"
#include "security/Session.h"
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace muco;

class TestGuiPreferences : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;

    void openWindow()
    {
        m_window.reset();
        m_controller = std::make_unique<ui::AppController>(m_site->path(), m_site->clock());
        m_window = std::make_unique<ui::MainWindow>(*m_controller);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void signIn(const QString &user)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        if (m_controller->session())
            QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+L")));
        QVERIFY(!m_controller->session());
        QVERIFY(test::typeSignIn(*m_window, user, test::kPassword));
        QVERIFY(m_controller->session());
    }
    void select(const QString &subjectId)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        filter->clear();
        QTest::keyClicks(filter, subjectId);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(m_window->workspace()->patientId().isEmpty(), false);
    }
    QTabWidget *tabs() const { return m_window->workspace()->tabs(); }
    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("patientList")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/config")));
        QCoreApplication::setOrganizationName(QStringLiteral("MucoTrackTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_preferences"));
    }
    void init()
    {
        QSettings().clear();
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QVERIFY(Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")}).ok());
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
    }

    void eachUserGetsTheirTabAndWidthsBack()
    {
        signIn(QStringLiteral("doctor"));
        // The doctor widens the subject column and narrows the name's (a drag on the header
        // resizes its section).
        list()->horizontalHeader()->resizeSection(ui::PatientListModel::SubjectId, 173);
        list()->horizontalHeader()->resizeSection(ui::PatientListModel::Name, 61);
        // ... and works on Labs (Alt+5), the list narrowed beside the workspace: some columns give
        // way, the last one shown stretches to the edge; neither is the doctor's choice of widths.
        select(QStringLiteral("GX01-0001"));
        QCOMPARE(tabs()->currentIndex(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->workspace()->labs()));
        QTRY_VERIFY(list()->isColumnHidden(ui::PatientListModel::Sex));

        // The nurse signs in on the same PC: the defaults, not the doctor's choices.
        signIn(QStringLiteral("nurse"));
        QCOMPARE(tabs()->currentIndex(), 0);
        QVERIFY(list()->columnWidth(ui::PatientListModel::SubjectId) != 173);
        select(QStringLiteral("GX01-0001"));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->workspace()->radiotherapy()));

        // The doctor again: Labs, and the widths as left (the name's as remembered: in the narrow
        // panel it is the last column shown, stretched to the edge).
        signIn(QStringLiteral("doctor"));
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->workspace()->labs()));
        QCOMPARE(list()->columnWidth(ui::PatientListModel::SubjectId), 173);
        const Session *s = m_controller->session();
        QCOMPARE(ui::UserPreferences(s->site(), s->user().id).columnWidths().value(ui::PatientListModel::Name), 61);
        QVERIFY(list()->columnWidth(ui::PatientListModel::Name) >= 61);

        // A restart of the program: still there, for each of them.
        openWindow();
        signIn(QStringLiteral("nurse"));
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->workspace()->radiotherapy()));
        signIn(QStringLiteral("doctor"));
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->workspace()->labs()));
        QCOMPARE(list()->columnWidth(ui::PatientListModel::SubjectId), 173);
    }

    // Readable by anyone who can read the home directory: no user name, no display name in it.
    void settingsNameNoUser()
    {
        signIn(QStringLiteral("doctor"));
        select(QStringLiteral("GX01-0001"));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        list()->horizontalHeader()->resizeSection(ui::PatientListModel::SubjectId, 150);
        const QString accountId = m_controller->session()->user().id;
        QSettings settings;
        settings.sync();
        const QStringList keys = settings.allKeys();
        QVERIFY(keys.contains(QStringLiteral("users/GX01_%1/workspace_tab").arg(accountId)));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("doctor"));
        QVERIFY(!text.contains("Ma Lin"));
    }

    // A hand-edited or foreign value gives the defaults, never a hidden column or a missing tab.
    void badValuesGiveTheDefaults()
    {
        signIn(QStringLiteral("doctor"));
        const QString group = QStringLiteral("users/GX01_%1/").arg(m_controller->session()->user().id);
        QSettings().setValue(group + QStringLiteral("workspace_tab"), 99);
        QSettings().setValue(group + QStringLiteral("patient_list_columns"), QStringLiteral("0,0,0,0,0,0,0,0"));
        signIn(QStringLiteral("doctor"));
        QCOMPARE(tabs()->currentIndex(), 0);
        QVERIFY(list()->columnWidth(ui::PatientListModel::SubjectId) > 20);
        QCOMPARE(ui::UserPreferences(QStringLiteral("GX01"), QStringLiteral("x")).columnWidths(), QList<int>{});
    }
};

QTEST_MAIN(TestGuiPreferences)
#include "tst_gui_preferences.moc"
