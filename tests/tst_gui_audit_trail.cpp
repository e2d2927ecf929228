// The audit trail viewer (issue 17) driven as a monitor uses it: opened from the
// Administration menu on the patient shown, filtered to a record type and field, searched,
// exported to CSV; the chain's verification shown, broken when a row was edited; and not
// offered to site staff.
#include "AppController.h"
#include "admin/AuditTrailDialog.h"
#include "models/AuditTrailModel.h"
#include "MainWindow.h"
#include "MainWindowOnTestSite.h"
#include "workspace/PatientWorkspace.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "export/AuditTrailCsv.h"
#include "records/AdverseEvents.h"
#include "records/AuditTrail.h"
#include "records/Queries.h"
#include "records/StudyDrug.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "Enrollment.h"
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include "SampleRecords.h"
#include <QtTest>

using namespace muco;

class TestGuiAuditTrail : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_patient;

    void signInAndSelect(const QString &user)
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

    QAction *auditAction()
    {
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QStringLiteral("Audit &trail..."))
                return a;
        return nullptr;
    }

    ui::AuditTrailDialog *openFromMenu()
    {
        QAction *a = auditAction();
        if (!a || !a->isEnabled())
            return nullptr;
        a->trigger();
        for (ui::AuditTrailDialog *d : m_window->findChildren<ui::AuditTrailDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

    static QStringList column(ui::AuditTrailDialog *d, int c)
    {
        QStringList out;
        for (int r = 0; r < d->model()->rowCount(); ++r)
            out << d->model()->index(r, c).data().toString();
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(test::openMainWindowWithOnePatient(m_site, m_controller, m_window));
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        m_patient = Patients::list(*doctor).value().first().id;
        // A second patient, so the patient filter has something to leave out.
        QVERIFY(Patients::add(*doctor, {{}, QStringLiteral("Wu Fang"), {}, {}, QStringLiteral("1966-07-02"), QStringLiteral("female")}).ok());
        AdverseEvent e = test::mucositisEvent(m_patient);
        auto saved = AdverseEvents::save(*doctor, e);
        QVERIFY(saved.ok());
        e.id = saved->id;
        e.grade = 3;
        QVERIFY(AdverseEvents::save(*doctor, e, QStringLiteral("transcription error")).ok());
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
        ui::AuditTrailDialog::setExportPathForTests({});
    }

    // A patient has a hundred doses: each dose's rows say which one (the walkthrough read
    // "Study drug dose" on every row and could not tell them apart).
    void aDosesRowsNameTheDose()
    {
        {
            auto coord = m_site->signIn(QStringLiteral("coord"));
            QVERIFY(test::writeArm(*coord, m_patient, QStringLiteral("experimental")).ok());
        }
        const QDate day = m_site->clock()->nowUtc().date().addDays(-2);
        {
            auto nurse = m_site->signIn(QStringLiteral("nurse"));
            QVERIFY(StudyDrug::setTaken(*nurse, m_patient, day, QStringLiteral("lunch"), true).ok());
        }
        signInAndSelect(QStringLiteral("monitor"));
        ui::AuditTrailDialog *d = openFromMenu();
        QVERIFY(d);
        d->tableFilter()->setCurrentIndex(d->tableFilter()->findText(QStringLiteral("Study drug dose")));
        QVERIFY(d->model()->rowCount() > 0);
        for (const QString &record : column(d, ui::AuditTrailModel::Record))
            QCOMPARE(record, QStringLiteral("Study drug dose %1, After lunch").arg(ui::displayDateWithDay(day)));
        // Values as words: the patient by subject ID (its internal id was shown), the arm and
        // where it came from.
        const auto valueOf = [&](const QString &field) {
            for (int r = 0; r < d->model()->rowCount(); ++r)
                if (d->model()->index(r, ui::AuditTrailModel::Field).data().toString() == ui::fieldLabel(field))
                    return d->model()->index(r, ui::AuditTrailModel::NewValue).data().toString();
            return QStringLiteral("(no row)");
        };
        QCOMPARE(valueOf(QStringLiteral("patient_id")), QStringLiteral("GX01-0001"));
        QCOMPARE(valueOf(QStringLiteral("taken")), QStringLiteral("Yes"));   // stored 1
        d->tableFilter()->setCurrentIndex(d->tableFilter()->findText(QStringLiteral("Randomization")));
        QCOMPARE(valueOf(QStringLiteral("arm")), QStringLiteral("Experimental (exosome spray)"));
        QCOMPARE(valueOf(QStringLiteral("source")), QStringLiteral("Central site"));
    }

    void monitorFiltersSearchesAndExports()
    {
        signInAndSelect(QStringLiteral("monitor"));
        ui::AuditTrailDialog *d = openFromMenu();
        QVERIFY(d);
        QVERIFY2(d->verification()->text().startsWith(QStringLiteral("The audit trail is intact")), qPrintable(d->verification()->text()));
        // Opened on the patient shown: only that patient's rows.
        QCOMPARE(d->patientFilter()->currentText(), QStringLiteral("GX01-0001"));
        QVERIFY(d->model()->rowCount() > 0);
        for (const QString &subject : column(d, ui::AuditTrailModel::Subject))
            QCOMPARE(subject, QStringLiteral("GX01-0001"));
        const int patientRows = d->model()->rowCount();
        d->patientFilter()->setCurrentIndex(0);   // all patients
        QVERIFY(d->model()->rowCount() > patientRows);
        QVERIFY(column(d, ui::AuditTrailModel::Subject).contains(QStringLiteral("GX01-0002")));

        // Per record type and field, chosen by their labels.
        d->tableFilter()->setCurrentIndex(d->tableFilter()->findText(QStringLiteral("Adverse event")));
        d->fieldFilter()->setCurrentIndex(d->fieldFilter()->findText(QStringLiteral("Grade")));
        QCOMPARE(d->model()->rowCount(), 2);
        const int last = d->model()->rowCount() - 1;
        QCOMPARE(d->model()->index(last, ui::AuditTrailModel::Action).data().toString(), QStringLiteral("Changed"));
        QCOMPARE(d->model()->index(last, ui::AuditTrailModel::Record).data().toString(), QStringLiteral("Adverse event"));
        QCOMPARE(d->model()->index(last, ui::AuditTrailModel::OldValue).data().toString(), QStringLiteral("2"));
        QCOMPARE(d->model()->index(last, ui::AuditTrailModel::NewValue).data().toString(), QStringLiteral("3"));
        QCOMPARE(d->model()->index(last, ui::AuditTrailModel::Reason).data().toString(), QStringLiteral("transcription error"));
        QCOMPARE(d->model()->index(last, ui::AuditTrailModel::User).data().toString(), QStringLiteral("doctor"));

        // A search over values and reasons, as typed.
        d->fieldFilter()->setCurrentIndex(0);
        QTest::keyClicks(d->search(), QStringLiteral("transcription"));
        QTest::keyClick(d->search(), Qt::Key_Return);
        QCOMPARE(d->model()->rowCount(), 1);
        QVERIFY2(d->isVisible(), "Enter in the search closed the viewer");
        // By user: the administrator made the accounts, and no adverse event.
        d->search()->clear();
        QVERIFY(d->userFilter()->findText(QStringLiteral("admin")) > 0);
        d->userFilter()->setCurrentIndex(d->userFilter()->findText(QStringLiteral("admin")));
        QTRY_COMPARE(d->model()->rowCount(), 0);
        QVERIFY(!d->exportButton()->isEnabled());
        d->userFilter()->setCurrentIndex(d->userFilter()->findText(QStringLiteral("doctor")));
        QVERIFY(d->model()->rowCount() > 1);

        // Export what is shown, as a monitor may take it off the device: without the reasons
        // typed for changes nor free-text values (AuditTrail::forExport), which the screen shows.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        ui::AuditTrailDialog::setExportPathForTests([path] { return path; });
        QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv, exports::auditTrailCsv(AuditTrail::forExport(*m_controller->session(), d->model()->rows())));
        QCOMPARE(csv.count('\n'), d->model()->rowCount() + 1);
        QVERIFY(!csv.contains("transcription error"));
        QVERIFY(exports::auditTrailCsv(d->model()->rows()).contains("transcription error"));
        d->reject();
    }

    // A query's rows read as words and site times: not "adverse_events", "raise", "monitor"
    // or "2026-11-25T02:00:00.000Z" (issue 12).
    void aQuerysRowsReadAsWords()
    {
        auto monitor = m_site->signIn(QStringLiteral("monitor"));
        const QString event = AdverseEvents::list(*monitor, m_patient)->first().id;
        QVERIFY(Queries::raise(*monitor, m_patient, QStringLiteral("adverse_events"), event, QStringLiteral("grade"),
                               QStringLiteral("Grade 3 in the source?"), test::kPassword).ok());
        signInAndSelect(QStringLiteral("monitor"));
        ui::AuditTrailDialog *d = openFromMenu();
        QVERIFY(d);
        QHash<QString, QString> shown;   // field label -> new value, of the query's rows
        for (int r = 0; r < d->model()->rowCount(); ++r)
            shown.insert(d->model()->index(r, ui::AuditTrailModel::Field).data().toString(),
                         d->model()->index(r, ui::AuditTrailModel::NewValue).data().toString());
        QCOMPARE(shown.value(QStringLiteral("Record type")), QStringLiteral("Adverse event"));
        QCOMPARE(shown.value(QStringLiteral("Step")), QStringLiteral("raised"));
        QCOMPARE(shown.value(QStringLiteral("Author's role")), QStringLiteral("Monitor"));
        const QString raisedAt = shown.value(QStringLiteral("Raised at"));
        static const QRegularExpression siteTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
        QVERIFY2(siteTime.match(raisedAt).hasMatch(), qPrintable(raisedAt));
    }

    void anEditedRowShowsTheChainBroken()
    {
        {
            auto admin = m_site->signIn(QStringLiteral("admin"));
            AuditFilter f;
            f.field = QStringLiteral("grade");
            const qint64 seq = AuditTrail::read(*admin, f)->last().seq;
            QVERIFY(admin->db().exec(QStringLiteral("UPDATE audit SET new_value = '2' WHERE seq = %1").arg(seq)).ok());
        }
        signInAndSelect(QStringLiteral("admin"));
        ui::AuditTrailDialog *d = openFromMenu();
        QVERIFY(d);
        QVERIFY2(d->verification()->text().contains(QStringLiteral("BROKEN at row")), qPrintable(d->verification()->text()));
        d->reject();
    }

    void siteStaffAreNotOfferedIt_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("nurse") << "nurse";
        QTest::newRow("investigator") << "doctor";
        QTest::newRow("coordinator") << "coord";
    }

    void siteStaffAreNotOfferedIt()
    {
        QFETCH(QString, user);
        signInAndSelect(user);
        QVERIFY(auditAction());
        QVERIFY(!auditAction()->isEnabled());
        QVERIFY(!m_window->openAuditTrail());
    }
};

QTEST_MAIN(TestGuiAuditTrail)
#include "tst_gui_audit_trail.moc"
