// Data queries in the desktop app (issue 17), driven through the real main window as a monitor
// and site staff use it: the monitor raises a query on a field chosen from the record's own
// labels; the patient list, the workspace's tab and the form's field show it; a nurse answers
// but can neither correct an adverse event nor close; the investigator answers with a
// correction through the write path; the monitor closes and re-opens. Every step is signed
// (the signature prompt answered through its test seam); a wrong password saves nothing.
#include "workspace/AdverseEventsTab.h"
#include "admin/AuditTrailDialog.h"
#include "AppController.h"
#include "MainWindow.h"
#include "MainWindowOnTestSite.h"
#include "models/PatientListModel.h"
#include <QSortFilterProxyModel>
#include "workspace/PatientWorkspace.h"
#include "workspace/QueriesTab.h"
#include "workspace/QueryDialog.h"
#include "workspace/PatientRecords.h"
#include "models/QueryListModel.h"
#include "models/SdvListModel.h"
#include "SignatureDialog.h"
#include "AnswerBox.h"
#include "workspace/SourceVerificationTab.h"
#include "SignInForm.h"
#include "TestSite.h"
#include "records/AdverseEvents.h"
#include "records/Labs.h"
#include "clinical/Protocol.h"
#include "clinical/SdvSample.h"
#include "records/Queries.h"
#include "records/SourceVerification.h"
#include "storage/Statement.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QLibraryInfo>
#include <QTranslator>
#include "SampleRecords.h"
#include <QtTest>

using namespace muco;

class TestGuiQueries : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    std::unique_ptr<ui::AppController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_patient, m_event;
    QString m_password = test::kPassword;   // what the signature prompt answers

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

    ui::QueriesTab *queriesTab()
    {
        ui::PatientWorkspace *w = m_window->workspace();
        // Alt+8 brings the tab forward, as the tab's title underlines.
        QTest::keyClick(m_window.get(), Qt::Key_8, Qt::AltModifier);
        return w->queries();
    }

    ui::QueryDialog *openDialog()
    {
        ui::QueryDialog *d = nullptr;
        for (ui::QueryDialog *c : m_window->findChildren<ui::QueryDialog *>())
            if (c->isVisible())
                d = c;
        return d;
    }

    static void choose(QComboBox *box, const QString &shownText)
    {
        const int at = box->findText(shownText, Qt::MatchStartsWith);
        QVERIFY2(at >= 0, qPrintable(shownText + QStringLiteral(" is not offered")));
        box->setFocus();
        box->setCurrentIndex(at);
    }

    static void sign(ui::QueryDialog *d)
    {
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QString openCountShown()
    {
        const int row = m_window->patientModel()->rowOf(m_patient);
        return m_window->patientModel()->index(row, ui::PatientListModel::OpenQueries).data().toString();
    }

    int grade()
    {
        auto s = m_site->signIn(QStringLiteral("doctor"));
        auto list = AdverseEvents::list(*s, m_patient);
        return list.ok() && !list->isEmpty() ? list->first().grade : -1;
    }

    // Raises the usual query (the event's grade) as the monitor, through the tab.
    void raiseOnGrade()
    {
        signIn(QStringLiteral("monitor"));
        ui::QueriesTab *tab = queriesTab();
        QVERIFY(tab->raiseButton()->isVisible());
        QVERIFY(!tab->answerButton()->isVisible());   // a monitor does not answer
        QTest::mouseClick(tab->raiseButton(), Qt::LeftButton);
        ui::QueryDialog *d = openDialog();
        QVERIFY(d);
        choose(d->recordBox(), QStringLiteral("Adverse event · Mucositis oral"));
        choose(d->fieldBox(), QStringLiteral("Grade"));
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("queryValue"))->text(), QStringLiteral("2"));
        QTest::keyClicks(d->textField(), QStringLiteral("Source notes say grade 3"));
        sign(d);
        QTRY_VERIFY(!d->isVisible());
    }

private slots:
    // A queried value is shown with its unit where its record says it (a monitor's walkthrough:
    // "Recorded value: 6.1" beside nothing to compare it with).
    void valuesCarryTheirUnits_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantMap>("record");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        const QVariantMap wbc{{QStringLiteral("analyte"), QStringLiteral("wbc")}, {QStringLiteral("unit"), QStringLiteral("10^9/L")}};
        const QVariantMap hb{{QStringLiteral("analyte"), QStringLiteral("hemoglobin")}, {QStringLiteral("unit"), QStringLiteral("g/dL")}};
        QTest::newRow("lab value, its own unit") << "lab_results" << wbc << "value" << QVariant(QStringLiteral("6.1")) << "6.1 10^9/L";
        QTest::newRow("lab value in another unit") << "lab_results" << hb << "value" << QVariant(QStringLiteral("12.7")) << "12.7 g/dL";
        QTest::newRow("lab SI value, the analyte's SI unit") << "lab_results" << hb << "si_value" << QVariant(QStringLiteral("127")) << "127 g/L";
        QTest::newRow("lab value empty") << "lab_results" << wbc << "value" << QVariant() << "(empty)";
        QTest::newRow("lab value, no unit recorded") << "lab_results" << QVariantMap{} << "value" << QVariant(QStringLiteral("6.1")) << "6.1";
        QTest::newRow("plan dose") << "rt_plans" << QVariantMap{} << "total_dose_gy" << QVariant(QStringLiteral("70")) << "70 Gy";
        QTest::newRow("fraction dose") << "fractions" << QVariantMap{} << "dose_gy" << QVariant(QStringLiteral("2")) << "2 Gy";
        QTest::newRow("spray volume") << "drug_doses" << QVariantMap{} << "volume_ml" << QVariant(QStringLiteral("1.5")) << "1.5 mL";
        QTest::newRow("a grade has none") << "adverse_events" << QVariantMap{} << "grade" << QVariant(QStringLiteral("2")) << "2";
        QTest::newRow("a date has none") << "adverse_events" << QVariantMap{} << "onset_date" << QVariant(QStringLiteral("2026-11-18")) << "2026-11-18";
    }
    void valuesCarryTheirUnits()
    {
        QFETCH(QString, table);
        QFETCH(QVariantMap, record);
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        QCOMPARE(ui::displayValue(ui::PatientRecord{table, QStringLiteral("id"), {}, record}, field, value), shown);
    }

    void init()
    {
        QVERIFY(test::openMainWindowWithOnePatient(m_site, m_controller, m_window));
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        m_patient = Patients::list(*doctor).value().first().id;
        AdverseEvent e = test::mucositisEvent(m_patient);
        auto saved = AdverseEvents::save(*doctor, e);
        QVERIFY(saved.ok());
        m_event = saved->id;
        m_password = test::kPassword;
        ui::SignatureDialog::setPromptForTests([this](const QString &) { return std::optional<QString>(m_password); });
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_site.reset();
        ui::SignatureDialog::setPromptForTests({});
    }

    void monitorRaisesOnAFieldChosenByItsLabel()
    {
        QVERIFY(openCountShown().isEmpty());
        raiseOnGrade();
        ui::QueriesTab *tab = m_window->workspace()->queries();
        QCOMPARE(tab->model()->rowCount(), 1);
        const QModelIndex row = tab->model()->index(0, 0);
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::Field).data().toString(), QStringLiteral("Grade"));
        QVERIFY(row.siblingAtColumn(ui::QueryListModel::Record).data().toString().startsWith(QStringLiteral("Adverse event · Mucositis oral")));
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::ValueAtRaise).data().toString(), QStringLiteral("2"));
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::State).data().toString(), QStringLiteral("Open"));
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::Age).data().toInt(), 0);
        QVERIFY(tab->thread()->toPlainText().contains(QStringLiteral("Source notes say grade 3")));
        // Seen from the list and from every tab.
        QCOMPARE(openCountShown(), QStringLiteral("⚑ 1"));
        QCOMPARE(m_window->workspace()->tabs()->tabText(m_window->workspace()->tabs()->indexOf(tab)), QStringLiteral("&8 Queries (1)"));
        // Signed and audited by the monitor in core.
        auto s = m_site->signIn(QStringLiteral("monitor"));
        auto list = Queries::list(*s, false, m_patient);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().raisedBy, QStringLiteral("monitor"));
        QCOMPARE(list->first().field, QStringLiteral("grade"));
    }

    void aWrongPasswordOrNoTextSavesNothing()
    {
        signIn(QStringLiteral("monitor"));
        ui::QueriesTab *tab = queriesTab();
        ui::QueryDialog *d = tab->raiseQuery(QStringLiteral("adverse_events"), m_event, QStringLiteral("grade"));
        QVERIFY(d);
        QCOMPARE(d->fieldBox()->currentText(), QStringLiteral("Grade"));
        sign(d);   // no question typed
        QVERIFY(d->isVisible());
        auto *textError = d->findChild<QLabel *>(QStringLiteral("textError"));
        QVERIFY(!textError->text().isEmpty());
        QVERIFY(!textError->isHidden());
        QTest::keyClicks(d->textField(), QStringLiteral("Please check"));
        QVERIFY2(textError->isHidden(), "the error stayed under the question once it was typed");
        m_password = QStringLiteral("not-the-password");
        sign(d);
        QVERIFY(d->isVisible());
        QVERIFY(!d->errorLabel()->isHidden());
        QCOMPARE(tab->model()->rowCount(), 0);
        auto s = m_site->signIn(QStringLiteral("monitor"));
        QCOMPARE(Queries::list(*s, false, m_patient)->size(), 0);
        d->reject();
    }

    void nurseAnswersButNeitherCorrectsAnEventNorCloses()
    {
        raiseOnGrade();
        signIn(QStringLiteral("nurse"));
        ui::QueriesTab *tab = queriesTab();
        QVERIFY(!tab->raiseButton()->isVisible());
        QVERIFY(!tab->closeButton()->isVisible());
        QVERIFY(tab->answerButton()->isVisible());
        tab->table()->setCurrentIndex(tab->model()->index(0, 0));
        QTest::mouseClick(tab->answerButton(), Qt::LeftButton);
        ui::QueryDialog *d = openDialog();
        QVERIFY(d);
        // Adverse events are the investigator's: the nurse cannot correct one here either.
        QVERIFY(!d->correctBox()->isEnabled());
        QTest::keyClicks(d->textField(), QStringLiteral("Asked the investigator to look"));
        sign(d);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(tab->model()->index(0, ui::QueryListModel::State).data().toString(), QStringLiteral("Answered"));
        QCOMPARE(grade(), 2);
        // Still counted: answered is not closed until the monitor says so.
        QCOMPARE(openCountShown(), QStringLiteral("⚑ 1"));
        // Core refuses the nurse's close, whatever the screen offers.
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(!Queries::close(*nurse, tab->model()->queryAt(0)->id, QString(), test::kPassword).ok());
    }

    void investigatorCorrectsTheValueInTheAnswer()
    {
        raiseOnGrade();
        signIn(QStringLiteral("doctor"));
        ui::QueriesTab *tab = queriesTab();
        tab->table()->setCurrentIndex(tab->model()->index(0, 0));
        // The adverse event's form shows the query under the field it is about.
        ui::AdverseEventsTab *ae = m_window->workspace()->adverseEvents();
        m_window->workspace()->tabs()->setCurrentWidget(ae);
        QVERIFY(ae->table()->model()->index(0, 0).data().toString().contains(QStringLiteral("⚑")));
        ae->edit(0);
        auto *marker = ae->findChild<QLabel *>(QStringLiteral("gradeQuery"));
        QVERIFY(marker && marker->isVisible());
        QVERIFY(marker->text().contains(QStringLiteral("Source notes say grade 3")));
        QVERIFY(ae->findChild<QLabel *>(QStringLiteral("onset_dateQuery"))->isHidden());

        tab = queriesTab();
        ui::QueryDialog *d = tab->answerSelected();
        QVERIFY(d);
        QVERIFY(d->correctBox()->isEnabled());
        QTest::keyClicks(d->textField(), QStringLiteral("Checked the notes: grade 3"));
        QTest::mouseClick(d->correctBox(), Qt::LeftButton);
        QVERIFY(d->newValueField()->isEnabled());
        d->newValueField()->selectAll();
        QTest::keyClicks(d->newValueField(), QStringLiteral("7"));
        QTest::keyClicks(d->reasonField(), QStringLiteral("transcription error"));
        sign(d);
        // Not a CTCAE grade: refused at the field, nothing saved.
        QVERIFY(d->isVisible());
        QVERIFY(!d->findChild<QLabel *>(QStringLiteral("correctError"))->isHidden());
        QCOMPARE(grade(), 2);
        d->newValueField()->selectAll();
        QTest::keyClicks(d->newValueField(), QStringLiteral("3"));
        sign(d);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(grade(), 3);
        const QModelIndex row = tab->model()->index(0, 0);
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::State).data().toString(), QStringLiteral("Answered"));
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::ValueAtRaise).data().toString(), QStringLiteral("2"));
        QCOMPARE(row.siblingAtColumn(ui::QueryListModel::ValueNow).data().toString(), QStringLiteral("3"));
        QVERIFY(tab->thread()->toPlainText().contains(QStringLiteral("Value corrected to: 3")));
        // Through the write path: the audit holds the change with its reason.
        auto s = m_site->signIn(QStringLiteral("doctor"));
        auto reason = s->db().prepare(QStringLiteral(
            "SELECT reason FROM audit WHERE table_name = 'adverse_events' AND field = 'grade' AND action = 'update' ORDER BY seq DESC LIMIT 1"));
        QVERIFY(reason.ok() && reason->next().value_or(false));
        QCOMPARE(reason->text(0), QStringLiteral("transcription error"));
    }

    void monitorClosesAndReopens()
    {
        raiseOnGrade();
        signIn(QStringLiteral("doctor"));
        ui::QueriesTab *tab = queriesTab();
        tab->table()->setCurrentIndex(tab->model()->index(0, 0));
        ui::QueryDialog *answer = tab->answerSelected();
        QTest::keyClicks(answer->textField(), QStringLiteral("Grade 2 is right"));
        sign(answer);
        QTRY_VERIFY(!answer->isVisible());

        signIn(QStringLiteral("monitor"));
        tab = queriesTab();
        tab->table()->setCurrentIndex(tab->model()->index(0, 0));
        QVERIFY(tab->closeButton()->isEnabled());
        QTest::mouseClick(tab->closeButton(), Qt::LeftButton);
        ui::QueryDialog *close = openDialog();
        QVERIFY(close);
        sign(close);   // a comment is optional when closing
        QTRY_VERIFY(!close->isVisible());
        QCOMPARE(tab->model()->index(0, ui::QueryListModel::State).data().toString(), QStringLiteral("Closed"));
        QVERIFY(openCountShown().isEmpty());
        QCOMPARE(m_window->workspace()->tabs()->tabText(m_window->workspace()->tabs()->indexOf(tab)), QStringLiteral("&8 Queries"));
        QVERIFY(!tab->closeButton()->isEnabled());

        QVERIFY(tab->reopenButton()->isEnabled());
        QTest::mouseClick(tab->reopenButton(), Qt::LeftButton);
        ui::QueryDialog *reopen = openDialog();
        QVERIFY(reopen);
        QTest::keyClicks(reopen->textField(), QStringLiteral("The CRF page says 3"));
        sign(reopen);
        QTRY_VERIFY(!reopen->isVisible());
        QCOMPARE(tab->model()->index(0, ui::QueryListModel::State).data().toString(), QStringLiteral("Open"));
        QCOMPARE(openCountShown(), QStringLiteral("⚑ 1"));
        const QString thread = tab->thread()->toPlainText();
        for (const char *step : {"Raised", "Answered", "Closed", "Re-opened"})
            QVERIFY2(thread.contains(QLatin1String(step)), step);
    }

    // Issue 17, SDV: what remains is shown per patient, a mark is signed, and a change made
    // afterwards shows the mark as reset.
    // A record with a query not closed is asked about before it is marked verified: the mark
    // says every value agrees with the source while one is in question (a monitor's walkthrough).
    void aRecordWithAnOpenQueryIsAskedAboutBeforeItsMark()
    {
        signIn(QStringLiteral("monitor"));
        QVERIFY(Queries::raise(*m_controller->session(), m_patient, QStringLiteral("adverse_events"), m_event, QStringLiteral("grade"),
                               QStringLiteral("Source notes say grade 3"), test::kPassword).ok());
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
        ui::SourceVerificationTab *tab = m_window->workspace()->sourceVerification();
        tab->reload();
        const auto state = [&] {
            return tab->model()->index(tab->model()->rowOf(QStringLiteral("adverse_events"), m_event), ui::SdvListModel::State).data().toString();
        };
        tab->table()->setCurrentIndex(tab->model()->index(tab->model()->rowOf(QStringLiteral("adverse_events"), m_event), 0));
        m_password = test::kPassword;
        QString asked;
        test::whenBoxOpens(QStringLiteral("sdvWithOpenQuery"), [&](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseClick(tab->markButton(), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("Grade")), qPrintable(asked));
        QCOMPARE(state(), QStringLiteral("Not verified"));
        test::whenBoxOpens(QStringLiteral("sdvWithOpenQuery"), [&](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(tab->markButton(), Qt::LeftButton);
        QCOMPARE(state(), QStringLiteral("Verified"));
    }

    void monitorVerifiesAndAChangeResetsTheMark()
    {
        signIn(QStringLiteral("monitor"));
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
        ui::PatientWorkspace *w = m_window->workspace();
        ui::SourceVerificationTab *tab = w->sourceVerification();
        QCOMPARE(w->tabs()->currentWidget(), static_cast<QWidget *>(tab));
        const int row = tab->model()->rowOf(QStringLiteral("adverse_events"), m_event);
        QVERIFY(row >= 0);
        auto cell = [&](int column) { return tab->model()->index(tab->model()->rowOf(QStringLiteral("adverse_events"), m_event), column).data().toString(); };
        QCOMPARE(cell(ui::SdvListModel::Critical), QStringLiteral("Critical"));
        QCOMPARE(cell(ui::SdvListModel::State), QStringLiteral("Not verified"));
        // The patient record itself is listed but not critical: one critical record remains.
        const int patientRow = tab->model()->rowOf(QStringLiteral("patients"), m_patient);
        QVERIFY(patientRow >= 0);
        QVERIFY(tab->model()->index(patientRow, ui::SdvListModel::Critical).data().toString().isEmpty());
        QCOMPARE(tab->model()->remainingToVerify(), 1);
        QCOMPARE(w->tabs()->tabText(w->tabs()->indexOf(tab)), QStringLiteral("&9 SDV (1)"));
        // And on the patient list, for the monitor only.
        auto toVerify = [&] {
            return m_window->patientModel()->index(m_window->patientModel()->rowOf(m_patient), ui::PatientListModel::SdvRemaining).data().toString();
        };
        auto *list = m_window->findChild<QTableView *>(QStringLiteral("patientList"));
        QVERIFY(!list->isColumnHidden(ui::PatientListModel::SdvRemaining));
        QCOMPARE(toVerify(), QStringLiteral("1"));

        tab->table()->setCurrentIndex(tab->model()->index(row, 0));
        QVERIFY(tab->markButton()->isEnabled());
        m_password = QStringLiteral("wrong-password-1");
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QTest::mouseClick(tab->markButton(), Qt::LeftButton);
        QCOMPARE(cell(ui::SdvListModel::State), QStringLiteral("Not verified"));
        m_password = test::kPassword;
        QTest::mouseClick(tab->markButton(), Qt::LeftButton);
        QCOMPARE(cell(ui::SdvListModel::State), QStringLiteral("Verified"));
        QCOMPARE(cell(ui::SdvListModel::VerifiedBy), QStringLiteral("monitor"));
        // The signature dialog named the record signed for (it covers the list, which may have
        // scrolled): its summary and the patient.
        QCOMPARE(ui::SignatureDialog::lastSubject(), QStringLiteral("%1 of GX01-0001").arg(cell(ui::SdvListModel::Record)));
        QCOMPARE(tab->model()->remainingToVerify(), 0);
        QCOMPARE(w->tabs()->tabText(w->tabs()->indexOf(tab)), QStringLiteral("&9 SDV"));
        QVERIFY(!tab->markButton()->isEnabled());
        QVERIFY(toVerify().isEmpty());

        // The investigator changes the event afterwards: the mark shows as reset.
        {
            auto doctor = m_site->signIn(QStringLiteral("doctor"));
            AdverseEvent e = AdverseEvents::list(*doctor, m_patient)->first();
            e.grade = 3;
            QVERIFY(AdverseEvents::save(*doctor, e, QStringLiteral("late entry from the clinic notes")).ok());
        }
        signIn(QStringLiteral("monitor"));
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
        QCOMPARE(cell(ui::SdvListModel::State), QStringLiteral("Changed since verified: verify again"));
        QCOMPARE(tab->model()->remainingToVerify(), 1);
        QCOMPARE(toVerify(), QStringLiteral("1"));

        // From the record to a query on it, preselected.
        tab->table()->setCurrentIndex(tab->model()->index(tab->model()->rowOf(QStringLiteral("adverse_events"), m_event), 0));
        QTest::mouseClick(tab->queryButton(), Qt::LeftButton);
        ui::QueryDialog *d = openDialog();
        QVERIFY(d);
        QCOMPARE(w->tabs()->currentWidget(), static_cast<QWidget *>(w->queries()));
        QVERIFY(d->recordBox()->currentText().startsWith(QStringLiteral("Adverse event · Mucositis oral")));
        d->reject();

        // Site staff see the state but do not mark.
        signIn(QStringLiteral("nurse"));
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
        QVERIFY(!tab->markButton()->isVisible());
        QCOMPARE(cell(ui::SdvListModel::State), QStringLiteral("Changed since verified: verify again"));
        QVERIFY(list->isColumnHidden(ui::PatientListModel::SdvRemaining));
    }

    // Issue 17: the tab says which records the monitoring plan samples, counts them with the
    // critical ones, and agrees with the patient list's count (SourceVerification::remaining).
    void theTabShowsTheSampledRecords()
    {
        const int share = Protocol::nct07312656().sdvSample.percentFor(QStringLiteral("GX01"));
        QStringList sampled, notSampled;
        {
            auto nurse = m_site->signIn(QStringLiteral("nurse"));
            for (int n = 0; n < 400 && (sampled.isEmpty() || notSampled.isEmpty()); ++n) {
                auto panel = Labs::recordPanel(*nurse, m_patient, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(60 * n),
                                               QStringLiteral("renal"), {{QStringLiteral("creatinine"), Decimal(80), QStringLiteral("umol/L")}});
                QVERIFY(panel.ok());
                (SdvSamplePlan::bucket(panel->first().id) < share ? sampled : notSampled) << panel->first().id;
            }
        }
        QVERIFY(!sampled.isEmpty() && !notSampled.isEmpty());
        signIn(QStringLiteral("monitor"));
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
        ui::PatientWorkspace *w = m_window->workspace();
        ui::SourceVerificationTab *tab = w->sourceVerification();
        auto protocolCell = [&](const QString &id) {
            const int row = tab->model()->rowOf(QStringLiteral("lab_results"), id);
            return row < 0 ? QStringLiteral("(not listed)") : tab->model()->index(row, ui::SdvListModel::Critical).data().toString();
        };
        for (const QString &id : sampled)
            QCOMPARE(protocolCell(id), QStringLiteral("Sampled"));
        // Named as the Labs tab names the analyte, not by its stored key.
        const QString summary = tab->model()->index(tab->model()->rowOf(QStringLiteral("lab_results"), sampled.first()), ui::SdvListModel::Record).data().toString();
        QVERIFY2(summary.startsWith(QStringLiteral("Lab result · Creatinine · ")), qPrintable(summary));
        for (const QString &id : notSampled)
            QCOMPARE(protocolCell(id), QString());
        // The adverse event (critical) and the sampled labs remain.
        const int expected = 1 + static_cast<int>(sampled.size());
        QCOMPARE(tab->model()->remainingToVerify(), expected);
        QCOMPARE(w->tabs()->tabText(w->tabs()->indexOf(tab)), QStringLiteral("&9 SDV (%1)").arg(expected));
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("sdvSummary"))->text().contains(QString::number(expected)));
        const int listRow = m_window->patientModel()->rowOf(m_patient);
        QCOMPARE(m_window->patientModel()->index(listRow, ui::PatientListModel::SdvRemaining).data().toString(), QString::number(expected));
        // The first record still to verify is selected, whichever kind it is.
        const ui::SdvListModel::Row *current = tab->model()->rowAt(tab->table()->currentIndex().row());
        QVERIFY(current && (current->status.critical || current->status.sampled));
    }

    // Screenshots for looking at the screens as a user would (not a check): set MUCOTRACK_SHOTS
    // to a folder, MUCOTRACK_SHOTS_SIZE (e.g. 1366x768) and MUCOTRACK_SHOTS_QM to a compiled
    // zh_CN .qm for Chinese. Skipped otherwise.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MUCOTRACK_SHOTS");
        if (dir.isEmpty())
            QSKIP("MUCOTRACK_SHOTS is not set");
        const QStringList size = qEnvironmentVariable("MUCOTRACK_SHOTS_SIZE", QStringLiteral("1600x1000")).split(QLatin1Char('x'));
        const QString qm = qEnvironmentVariable("MUCOTRACK_SHOTS_QM");
        const QString tag = (qm.isEmpty() ? QStringLiteral("en") : QStringLiteral("zh")) + QLatin1Char('-') + size.join(QLatin1Char('x'));
        QTranslator app, qt;
        if (!qm.isEmpty()) {
            QVERIFY(app.load(qm));
            QCoreApplication::installTranslator(&app);
            if (qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        // A thread with every step, a verified record and one reset by a change.
        {
            auto monitor = m_site->signIn(QStringLiteral("monitor"));
            auto q = Queries::raise(*monitor, m_patient, QStringLiteral("adverse_events"), m_event, QStringLiteral("grade"),
                                    QStringLiteral("Source notes say grade 3; please check the clinic letter of 18 Nov."), test::kPassword);
            QVERIFY(q.ok());
            QVERIFY(Queries::raise(*monitor, m_patient, QStringLiteral("patients"), m_patient, QStringLiteral("birth_date"),
                                   QStringLiteral("Birth date differs from the ID card copy."), test::kPassword).ok());
            auto doctor = m_site->signIn(QStringLiteral("doctor"));
            QVERIFY(Queries::answer(*doctor, q->id, QStringLiteral("Checked: grade 3 is right."), test::kPassword,
                                    QueryCorrection{QStringLiteral("3"), QStringLiteral("transcription error")}).ok());
            QVERIFY(SourceVerification::mark(*monitor, QStringLiteral("patients"), m_patient, test::kPassword).ok());
            auto nurse = m_site->signIn(QStringLiteral("nurse"));   // lab results, some of them in the plan's sample
            for (int day = 1; day <= 12; ++day)
                QVERIFY(Labs::recordPanel(*nurse, m_patient, QDateTime(QDate(2026, 10, day), QTime(8, 0), Qt::UTC), QStringLiteral("renal"),
                                          {{QStringLiteral("creatinine"), Decimal(80), QStringLiteral("umol/L")}}).ok());
        }
        ui::AppController controller(m_site->path(), m_site->clock());
        ui::MainWindow window(controller);
        window.resize(size.value(0).toInt(), size.value(1).toInt());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto saveShot = [&](QWidget *w, const QString &name) { QVERIFY(w->grab().save(dir + QStringLiteral("/%1-%2.png").arg(name, tag))); };
        auto signInAs = [&](const QString &user) {
            if (controller.session())
                controller.lock();
            QVERIFY(test::typeSignIn(window, user, test::kPassword));
            window.activateWindow();
            window.findChild<QTableView *>(QStringLiteral("patientList"))->setCurrentIndex(window.patientProxy()->index(0, 0));
        };
        signInAs(QStringLiteral("monitor"));
        ui::PatientWorkspace *w = window.workspace();
        w->tabs()->setCurrentWidget(w->queries());
        w->queries()->table()->setCurrentIndex(w->queries()->model()->index(1, 0));
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("queries-monitor"));
        w->tabs()->setCurrentWidget(w->sourceVerification());
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("sdv-monitor"));
        w->tabs()->setCurrentWidget(w->queries());
        ui::QueryDialog *raise = w->queries()->raiseQuery(QStringLiteral("adverse_events"), m_event, QStringLiteral("onset_date"));
        QTest::qWait(50);
        saveShot(raise, QStringLiteral("raise-dialog"));
        raise->reject();
        auto *audit = static_cast<ui::AuditTrailDialog *>(window.openAuditTrail());
        QVERIFY(audit);
        audit->resize(std::min(1200, window.width() - 40), std::min(680, window.height() - 60));
        QTest::qWait(50);
        saveShot(audit, QStringLiteral("audit-trail"));
        audit->reject();
        signInAs(QStringLiteral("doctor"));
        w->tabs()->setCurrentWidget(w->queries());
        w->queries()->table()->setCurrentIndex(w->queries()->model()->index(0, 0));
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("queries-site"));
        ui::QueryDialog *answer = w->queries()->answerSelected();
        QVERIFY(answer);
        answer->correctBox()->setChecked(true);
        QTest::qWait(50);
        saveShot(answer, QStringLiteral("answer-dialog"));
        answer->reject();
        w->tabs()->setCurrentWidget(w->adverseEvents());
        w->adverseEvents()->edit(0);
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("ae-marker"));
        if (!qm.isEmpty()) {
            QCoreApplication::removeTranslator(&app);
            QCoreApplication::removeTranslator(&qt);
            QLocale::setDefault(QLocale::c());
        }
    }
};

QTEST_MAIN(TestGuiQueries)
#include "tst_gui_queries.moc"
