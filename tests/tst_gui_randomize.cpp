// The Randomize action in the desktop (issue 15): an enrolled patient is randomized from the
// workspace with an electronic signature, online through the in-process central site; the arm
// shows in the workspace and the patient list, and the study-drug diary follows the arm.
#include "AppController.h"
#include "demo/DirectTransport.h"
#include "Enrollment.h"
#include "MainWindow.h"
#include "MainWindowOnTestSite.h"
#include "models/PatientListModel.h"
#include "workspace/OverviewTab.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RandomizePanel.h"
#include "SignInForm.h"
#include "SignatureDialog.h"
#include "workspace/StudyDrugTab.h"
#include "central/AllocationList.h"
#include "central/CentralService.h"
#include "sync/SyncEngine.h"
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QtTest>

using namespace muco;

class TestGuiRandomize : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<CentralStore> m_store;
    std::unique_ptr<CentralService> m_service;
    QString m_token;
    QStringList m_meanings;

    void signIn(const QString &user)
    {
        if (m_controller->session())
            m_controller->lock();
        QVERIFY(test::typeSignIn(*m_window, user, test::kPassword));
        QVERIFY(m_controller->session());
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
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
        auto b = CentralBackend::openEmbedded(m_dir.path() + QStringLiteral("/central-") + QString::number(QRandomGenerator::global()->generate()), true);
        QVERIFY(b.ok());
        m_store = std::make_unique<CentralStore>(std::move(b).value(), Clock::system());
        m_service = std::make_unique<CentralService>(*m_store);
        GenerateRequest g;
        g.seed = 2026;
        g.perStratum = 20;
        QVERIFY(m_store->allocationList().generate(CentralRole::Statistician, g).ok());
        auto e = m_store->enroll(m_store->createEnrollmentCode(QStringLiteral("GX01")).value());
        m_token = e->token;
        auto admin = m_site->signIn(QStringLiteral("admin"));
        QVERIFY(SyncEngine::configure(*admin, {QStringLiteral("https://central.example"), e->token, e->deviceId, {}}).ok());
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QVERIFY(test::enrollDirectly(*coord, Patients::bySubjectId(*coord, QStringLiteral("GX01-0001"))->id).ok());
        ui::RandomizePanel::setTransportFactoryForTests([this](Session &) -> std::unique_ptr<SyncTransport> {
            return std::make_unique<DirectTransport>(*m_service, m_token);
        });
        m_meanings.clear();
        ui::SignatureDialog::setPromptForTests([this](const QString &meaning) -> std::optional<QString> {
            m_meanings << meaning;
            return test::kPassword;
        });
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
        m_service.reset();
        m_store.reset();
        ui::SignatureDialog::setPromptForTests({});
        ui::RandomizePanel::setTransportFactoryForTests({});
    }

    void coordinatorRandomizesFromTheWorkspace()
    {
        signIn(QStringLiteral("coord"));
        ui::RandomizePanel *panel = m_window->workspace()->randomization();
        QVERIFY(panel->button()->isVisible());
        QCOMPARE(panel->armLabel()->text(), QStringLiteral("Not randomized yet"));
        QTest::mouseClick(panel->button(), Qt::LeftButton);
        QTRY_VERIFY2(panel->armLabel()->text().startsWith(QStringLiteral("<b>Arm: ")), qPrintable(panel->armLabel()->text()));
        QCOMPARE(m_meanings, QStringList{Randomizations::signatureMeaning()});
        // The signature names the patient it randomizes (it asked a password without saying whom).
        QVERIFY2(ui::SignatureDialog::lastSubject().startsWith(QStringLiteral("the randomization of GX01-0001")),
                 qPrintable(ui::SignatureDialog::lastSubject()));
        QVERIFY(!panel->button()->isVisible());   // once
        QVERIFY2(panel->messageLabel()->text().isEmpty(), qPrintable(panel->messageLabel()->text()));
        auto a = Randomizations::forPatient(m_controller->session()->db(), m_window->workspace()->patientId());
        QVERIFY(a.ok() && a->has_value());
        QCOMPARE(a->value().source, QStringLiteral("online"));
        QCOMPARE(a->value().signedBy, QStringLiteral("coord"));
        const QString shown = ui::armLabel(a->value().arm);
        QVERIFY(panel->armLabel()->text().contains(shown));
        // The overview chart names the arm beside the subject (an exported chart says it too).
        // (Tabs reload from the change notice, which arrives through the event loop.)
        QTRY_VERIFY2(m_window->workspace()->overview()->chart()->title().startsWith(QStringLiteral("GX01-0001 (%1)").arg(shown)),
                     qPrintable(m_window->workspace()->overview()->chart()->title()));
        // The list shows the arm too.
        const int row = m_window->patientModel()->rowOf(m_window->workspace()->patientId());
        QCOMPARE(m_window->patientModel()->index(row, ui::PatientListModel::Arm).data().toString(), shown);
        // The diary exists for the experimental arm only.
        ui::StudyDrugTab *drug = m_window->workspace()->studyDrug();
        if (a->value().arm == Randomizations::experimental())
            QVERIFY2(!drug->adherenceLabel()->text().contains(QStringLiteral("Control arm")), qPrintable(drug->adherenceLabel()->text()));
        else
            QVERIFY2(drug->adherenceLabel()->text().startsWith(QStringLiteral("Control arm")), qPrintable(drug->adherenceLabel()->text()));
        QCOMPARE(drug->diary()->isEnabled(), a->value().arm == Randomizations::experimental());
    }

    void cancelledSignatureAllocatesNothing()
    {
        ui::SignatureDialog::setPromptForTests([](const QString &) -> std::optional<QString> { return std::nullopt; });
        signIn(QStringLiteral("doctor"));
        ui::RandomizePanel *panel = m_window->workspace()->randomization();
        QTest::mouseClick(panel->button(), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(panel->button()->isVisible());
        QVERIFY(!Randomizations::forPatient(m_controller->session()->db(), m_window->workspace()->patientId())->has_value());
    }

    void wrongPasswordIsShownAndNothingAllocated()
    {
        ui::SignatureDialog::setPromptForTests([](const QString &) -> std::optional<QString> { return QStringLiteral("nope"); });
        signIn(QStringLiteral("doctor"));
        ui::RandomizePanel *panel = m_window->workspace()->randomization();
        QTest::mouseClick(panel->button(), Qt::LeftButton);
        QTRY_VERIFY(!panel->messageLabel()->text().isEmpty());
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("password")), qPrintable(panel->messageLabel()->text()));
        QVERIFY(!Randomizations::forPatient(m_controller->session()->db(), m_window->workspace()->patientId())->has_value());
    }

    void nurseHasNoRandomizeAction()
    {
        signIn(QStringLiteral("nurse"));
        QVERIFY(!m_window->workspace()->randomization()->button()->isVisible());
    }
};

QTEST_MAIN(TestGuiRandomize)
#include "tst_gui_randomize.moc"
