// The desktop's reports and exports (issue 16): File > Export (ODM, CSV) and Reports (the
// primary endpoint, the DMC PDF) on the real main window, through the same core as the CLI;
// nothing identifying leaves, and nothing is offered while the window is locked.
#include "MainWindowOnTestSite.h"
#include "admin/PrimaryEndpointDialog.h"
#include "admin/ReportsMenu.h"
#include "models/EndpointResultModels.h"
#include "workspace/PatientWorkspace.h"
#include "SignInForm.h"
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QXmlStreamReader>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include "OdmSchema.h"
#include <QAbstractItemModelTester>
#include <QtTest>

using namespace muco;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiReports : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_out;
    QString m_nextPath;
    QStringList m_notices;

private slots:
    void initTestCase()
    {
        QVERIFY(test::openMainWindowWithOnePatient(m_site, m_controller, m_window));
        QVERIFY(test::typeSignIn(*m_window, QStringLiteral("doctor"), test::kPassword));
        QTRY_VERIFY(m_controller->session() != nullptr);
        ui::setPathPromptForTests([this](QWidget *, const QString &, const QString &, bool) { return m_nextPath; });
        ui::setNoticeForTests([this](QWidget *, const QString &text, bool ok) { m_notices << (ok ? QStringLiteral("ok: ") : QStringLiteral("error: ")) + text; });
    }

    void menusExist()
    {
        QStringList menus;
        for (QAction *a : m_window->menuBar()->actions())
            menus << a->text();
        QVERIFY(menus.contains(QStringLiteral("&Reports")));
        for (const char *text : {"CDISC &ODM 1.3.2...", "&CSV (one file per domain)...", "&Primary endpoint...", "&DMC report (PDF)..."})
            QVERIFY2(findAction(m_window.get(), QString::fromLatin1(text)), text);
    }

    void exportOdm()
    {
        m_nextPath = m_out.filePath(QStringLiteral("site.xml"));
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("CDISC &ODM 1.3.2..."))->trigger();
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().startsWith(QLatin1String("ok: ")), qPrintable(m_notices.first()));
        const QByteArray xml = readAll(m_nextPath);
        QVERIFY(xml.contains("SubjectKey=\"GX01-0001\""));
        QVERIFY(!xml.contains("Ma Lin"));
    }

    // Cancel in the export's progress dialog: no file is left, not even a temporary one, and a
    // file already at the path stays as it was; an export not cancelled writes a valid file.
    void exportOdmCancelled()
    {
        QTemporaryDir out;
        m_nextPath = out.filePath(QStringLiteral("cancelled.xml"));
        int steps = 0;
        ui::setExportProgressForTests([&steps](QProgressDialog &dialog) {
            ++steps;
            if (auto *cancel = dialog.findChild<QPushButton *>())
                cancel->click();   // the dialog's own Cancel button
        });
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("CDISC &ODM 1.3.2..."))->trigger();
        QCOMPARE(steps, 1);   // stopped at the first subject written
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().contains(QStringLiteral("cancelled")), qPrintable(m_notices.first()));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList());

        {
            QFile before(m_nextPath);
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("the export of yesterday");
        }
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("CDISC &ODM 1.3.2..."))->trigger();
        QCOMPARE(readAll(m_nextPath), QByteArray("the export of yesterday"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList{QStringLiteral("cancelled.xml")});

        ui::setExportProgressForTests({});
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("CDISC &ODM 1.3.2..."))->trigger();
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().startsWith(QLatin1String("ok: ")), qPrintable(m_notices.first()));
        const QByteArray xml = readAll(m_nextPath);
        QVERIFY(xml.trimmed().endsWith("</ODM>"));
        QVERIFY(xml.contains("SubjectKey=\"GX01-0001\""));
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        if (const QString why = test::odmSchemaCheckUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString problems = test::odmSchemaErrors(m_nextPath);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void exportCsv()
    {
        m_nextPath = m_out.filePath(QStringLiteral("csv"));
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("&CSV (one file per domain)..."))->trigger();
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().startsWith(QLatin1String("ok: ")), qPrintable(m_notices.first()));
        const QByteArray dm = readAll(QDir(m_nextPath).filePath(QStringLiteral("DM.csv")));
        QVERIFY(dm.contains("GX01-0001"));
        QVERIFY(!dm.contains("Ma Lin"));
        QVERIFY(QFileInfo::exists(QDir(m_nextPath).filePath(QStringLiteral("dictionary.csv"))));
    }

    void dmcReport()
    {
        m_nextPath = m_out.filePath(QStringLiteral("dmc.pdf"));
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("&DMC report (PDF)..."))->trigger();
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().startsWith(QLatin1String("ok: ")), qPrintable(m_notices.first()));
        QVERIFY(readAll(m_nextPath).startsWith("%PDF-"));
        // A folder that does not exist: the message names it, nothing is written.
        m_nextPath = m_out.filePath(QStringLiteral("missing/dmc.pdf"));
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("&DMC report (PDF)..."))->trigger();
        QCOMPARE(m_notices.size(), 1);
        QVERIFY(m_notices.first().startsWith(QLatin1String("error: ")));
        QVERIFY(m_notices.first().contains(QStringLiteral("missing")));
        // Cancelled: nothing happens.
        m_nextPath.clear();
        m_notices.clear();
        findAction(m_window.get(), QStringLiteral("&DMC report (PDF)..."))->trigger();
        QVERIFY(m_notices.isEmpty());
    }

    void primaryEndpointWindow()
    {
        ui::PrimaryEndpointDialog dialog(*m_controller->session(), m_window.get());
        QAbstractItemModelTester scalesTester(dialog.scales(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester excludedTester(dialog.excluded(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.scales()->rowCount(), 3);
        QVERIFY(dialog.scales()->index(0, ui::EndpointResultModel::Scale).data().toString().startsWith(QLatin1String("WHO >= 3 (primary)")));
        QVERIFY(!dialog.scales()->index(1, ui::EndpointResultModel::Scale).data().toString().contains(QLatin1String("primary")));
        // No randomized patient: nothing is estimable, and the arms read 0/0.
        QCOMPARE(dialog.scales()->index(0, ui::EndpointResultModel::Experimental).data().toString(), QStringLiteral("0/0 (-)"));
        QCOMPARE(dialog.scales()->index(0, ui::EndpointResultModel::FisherP).data().toString(), QStringLiteral("not estimable"));
        // The one patient is not randomized: excluded, with why.
        QCOMPARE(dialog.excluded()->rowCount(), 1);
        QCOMPARE(dialog.excluded()->index(0, ui::EndpointExclusionModel::Subject).data().toString(), QStringLiteral("GX01-0001"));
        QVERIFY(dialog.excluded()->index(0, ui::EndpointExclusionModel::Why).data().toString().contains(QStringLiteral("not randomized")));
    }

    // "Print casebook..." in the patient's workspace writes the PDF by subject ID, no name.
    void printCasebook()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("patientFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("GX01-0001"));
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(m_window->workspace()->isVisible());
        QPushButton *button = m_window->workspace()->casebookButton();
        QVERIFY(button->isEnabled());
        m_nextPath = m_out.filePath(QStringLiteral("casebook.pdf"));
        m_notices.clear();
        button->click();
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().startsWith(QLatin1String("ok: ")), qPrintable(m_notices.first()));
        QVERIFY(m_notices.first().contains(QStringLiteral("GX01-0001")));
        QVERIFY(readAll(m_nextPath).startsWith("%PDF-"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {m_nextPath, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(60000));
            const QByteArray t = text.readAllStandardOutput();
            QVERIFY(t.contains("GX01-0001"));
            QVERIFY(!t.contains("Ma Lin"));
        }
        // Cancelled: nothing written, nothing said.
        m_nextPath.clear();
        m_notices.clear();
        button->click();
        QVERIFY(m_notices.isEmpty());
    }

    void lockedOffersNothing()
    {
        m_controller->lock();
        QTRY_VERIFY(m_controller->session() == nullptr);
        QVERIFY(!findAction(m_window.get(), QStringLiteral("CDISC &ODM 1.3.2..."))->isEnabled());
        QVERIFY(!findAction(m_window.get(), QStringLiteral("&DMC report (PDF)..."))->isEnabled());
    }
};

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
