// Item models under QAbstractItemModelTester (after Hotspot's tests/modeltests).
#include "models/AccountListModel.h"
#include "models/AdverseEventListModel.h"
#include "models/DrugDiaryModel.h"
#include "models/FractionLogModel.h"
#include "models/LabResultsModel.h"
#include "models/PatientListModel.h"
#include "models/VisitListModel.h"
#include "workspace/AdverseEventsTab.h"
#include "workspace/LabsTab.h"
#include "workspace/PatientWorkspace.h"
#include "workspace/RadiotherapyTab.h"
#include "workspace/StudyDrugTab.h"
#include "workspace/VisitsTab.h"
#include "DisplayFormat.h"
#include "Enrollment.h"
#include "SignatureDialog.h"
#include "TestSite.h"
#include "clinical/Protocol.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "security/Accounts.h"
#include "records/Queries.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/StudyDrug.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QFont>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QPushButton>
#include <QtTest>

using namespace muco;

namespace {
QString header(const QAbstractItemModel &model, int section)
{
    return model.headerData(section, Qt::Horizontal).toString();
}
QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}
// A patient shown in a workspace, as the desktop shows one: its tabs reload on change notices.
struct ShownPatient {
    QString id;
    std::unique_ptr<ui::PatientWorkspace> workspace = std::make_unique<ui::PatientWorkspace>();
};
ShownPatient showNewPatient(Session &coord, Session &viewer, const QString &sex = QStringLiteral("male"))
{
    ShownPatient shown;
    auto p = Patients::add(coord, {{}, QStringLiteral("Chen Jie"), {}, {}, QStringLiteral("1966-01-20"), sex});
    if (!p.ok())
        return shown;
    shown.id = p->id;
    shown.workspace->showPatient(viewer, p.value());
    return shown;
}
Exam severeExam()
{
    Exam f;
    f.sorenessReported = f.erythemaSeen = true;
    f.diet = DietTolerated::LiquidOnly;
    f.pain = Severity::Severe;
    f.analgesia = Analgesia::Narcotic;
    f.appearance = MucosaAppearance::ConfluentPseudomembranes;
    f.omas.insert(OmasSite::LeftCheek, {3, 2});
    return f;
}
} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void patientListFollowsTheNotifier()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        ui::PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(coord.get());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 3; ++i)
            QVERIFY(Patients::add(*coord, {}).ok());
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ui::PatientListModel::SubjectId).data().toString(), QStringLiteral("GX01-0003"));
        QCOMPARE(model.rowOf(model.index(1, 0).data(ui::PatientListModel::PatientIdRole).toString()), 1);
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
        // While locked, new records are not fetched (there is no session to read them).
        QVERIFY(Patients::add(*coord, {}).ok());
        QCOMPARE(model.rowCount(), 0);
    }

    // The list's dose column is the core's exact cumulative dose (no SQL REAL sum rounded
    // to 2 decimals): 68 Gy in 32 fractions is 2.125 Gy each.
    void doseColumnIsTheExactCumulativeDose_data()
    {
        QTest::addColumn<QStringList>("doses");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nothing delivered") << QStringList{} << "";
        QTest::newRow("one fraction of 2.125 Gy") << QStringList{QStringLiteral("2.125")} << "2.125";
        QTest::newRow("0.1 + 0.2") << QStringList{QStringLiteral("0.1"), QStringLiteral("0.2")} << "0.3";
        QTest::newRow("three of 2.125 Gy") << QStringList{QStringLiteral("2.125"), QStringLiteral("2.125"), QStringLiteral("2.125")} << "6.375";
    }

    void doseColumnIsTheExactCumulativeDose()
    {
        QFETCH(QStringList, doses);
        QFETCH(QString, shown);
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto patient = Patients::add(*coord, {});
        QVERIFY(patient.ok());
        RtPlan plan;
        plan.patientId = patient->id;
        plan.totalDoseGy = Decimal(68);
        plan.fractions = 32;
        plan.dosePerFractionGy = *Decimal::parse(QStringLiteral("2.125"));
        plan.startDate = nurse->today().addDays(-14);
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*site.signIn(QStringLiteral("doctor")), plan).ok());
        ui::PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(nurse.get());
        QDate day = plan.startDate;
        for (const QString &d : std::as_const(doses)) {
            auto saved = Radiotherapy::record(*nurse, patient->id, day, FractionStatus::Delivered, Decimal::parse(d), {});
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
            day = day.addDays(1);
        }
        QCOMPARE(model.index(0, ui::PatientListModel::Dose).data().toString(), shown);   // followed the notifier
        model.setSession(nurse.get());                                                     // read for the whole list
        QCOMPARE(model.index(0, ui::PatientListModel::Dose).data().toString(), shown);
        QCOMPARE(Radiotherapy::cumulativeDose(*nurse, patient->id)->toString(), shown.isEmpty() ? QStringLiteral("0") : shown);
    }

    // The Visits tab's list: one row a visit, the grades as recorded, the state after signing,
    // and the primary endpoint's scale marked when the visit reaches it.
    void visitListFollowsTheChangeNotices()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto doctor = site.signIn(QStringLiteral("doctor"));
        ShownPatient shown = showNewPatient(*coord, *doctor);
        QVERIFY(!shown.id.isEmpty());
        ui::VisitListModel *model = shown.workspace->visits()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), 10);
        QCOMPARE(header(*model, ui::VisitListModel::Visit), QStringLiteral("Visit"));
        QCOMPARE(header(*model, ui::VisitListModel::Omas), QStringLiteral("OMAS"));
        QCOMPARE(header(*model, ui::VisitListModel::SignedBy), QStringLiteral("Signed by"));

        auto a = Assessments::record(*doctor, shown.id, QDate(2026, 11, 20), severeExam(), {{3}, {2}});
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QCOMPARE(model->rowCount(), 1);   // reloaded from the change notice
        QCOMPARE(text(*model, 0, ui::VisitListModel::Visit), QStringLiteral("2026-11-20"));
        QCOMPARE(text(*model, 0, ui::VisitListModel::Who), QString::number(a->who.grade));
        QCOMPARE(text(*model, 0, ui::VisitListModel::Ctcae), QString::number(a->ctcae.grade));
        QCOMPARE(text(*model, 0, ui::VisitListModel::Rtog), QString::number(a->rtog.grade));
        QCOMPARE(model->index(0, ui::VisitListModel::Who).data(Qt::ToolTipRole).toString(), a->who.label);
        QCOMPARE(text(*model, 0, ui::VisitListModel::Omas), ui::displayNumber(a->omas.total));
        QCOMPARE(text(*model, 0, ui::VisitListModel::State), QStringLiteral("Draft"));
        QCOMPARE(text(*model, 0, ui::VisitListModel::SignedBy), QString());
        QCOMPARE(model->index(0, 5).data(ui::VisitListModel::AssessmentIdRole).toString(), a->id);
        QCOMPARE(model->index(0, 0).data(ui::VisitListModel::StateRole).toString(), QStringLiteral("draft"));
        // WHO 3 and above is the primary endpoint: exactly its scale's column is marked.
        QVERIFY(Assessments::reachesPrimaryEndpoint(a.value()));
        int marked = 0;
        for (int c : {ui::VisitListModel::Who, ui::VisitListModel::Ctcae, ui::VisitListModel::Rtog})
            marked += model->index(0, c).data(Qt::BackgroundRole).isValid() ? 1 : 0;
        QCOMPARE(marked, 1);
        QVERIFY(!model->index(0, ui::VisitListModel::Visit).data(Qt::BackgroundRole).isValid());

        // Signed by an investigator whose display name is not his user name: the list shows the
        // signer's printed name (21 CFR 11.50), where it showed "drlin".
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(Accounts::add(*admin, QStringLiteral("drlin"), QStringLiteral("Dr. Lin Wei"), Role::Investigator, test::kPassword, KdfCost::fast()).ok());
        auto lin = site.signIn(QStringLiteral("drlin"));
        QVERIFY(lin);
        QVERIFY(Assessments::sign(*lin, a->id, test::kPassword).ok());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(text(*model, 0, ui::VisitListModel::State), QStringLiteral("Signed"));
        const Assessment signedOne = Assessments::list(*doctor, shown.id)->first();
        QCOMPARE(signedOne.signedBy, QStringLiteral("drlin"));
        QCOMPARE(text(*model, 0, ui::VisitListModel::SignedBy),
                 QStringLiteral("Dr. Lin Wei, %1").arg(ui::displayDateTime(signedOne.signedUtc, doctor->siteZone())));

        // Another patient's visit is not this list's business.
        ShownPatient other = showNewPatient(*coord, *doctor);
        QVERIFY(Assessments::record(*doctor, other.id, QDate(2026, 11, 20), Exam{}, {}).ok());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(other.workspace->visits()->model()->rowCount(), 1);
    }

    // The fraction log by date: delivered ones numbered, a missed one with its reason, and a
    // voided one kept, struck through, with its status saying so.
    void fractionLogFollowsTheChangeNotices()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ShownPatient shown = showNewPatient(*coord, *nurse);
        QVERIFY(!shown.id.isEmpty());
        ui::FractionLogModel *model = shown.workspace->radiotherapy()->fractionLog();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 6);
        QCOMPARE(header(*model, ui::FractionLogModel::Number), QStringLiteral("#"));
        QCOMPARE(header(*model, ui::FractionLogModel::Source), QStringLiteral("Source"));
        RtPlan plan;
        plan.patientId = shown.id;
        plan.totalDoseGy = Decimal(70);
        plan.fractions = 35;
        plan.dosePerFractionGy = Decimal(2);
        plan.startDate = QDate(2026, 11, 16);
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*site.signIn(QStringLiteral("doctor")), plan).ok());
        QCOMPARE(model->rowCount(), 0);
        auto first = Radiotherapy::record(*nurse, shown.id, QDate(2026, 11, 16), FractionStatus::Delivered, Decimal(2), {});
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        auto missed = Radiotherapy::record(*nurse, shown.id, QDate(2026, 11, 17), FractionStatus::Missed, std::nullopt, QStringLiteral("machine down"));
        QVERIFY2(missed.ok(), qPrintable(missed.ok() ? QString() : missed.error().message));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(text(*model, 0, ui::FractionLogModel::Number), QStringLiteral("1"));
        QCOMPARE(text(*model, 0, ui::FractionLogModel::Date), QStringLiteral("2026-11-16"));
        QCOMPARE(text(*model, 0, ui::FractionLogModel::Dose), QStringLiteral("2"));
        QCOMPARE(text(*model, 0, ui::FractionLogModel::Status), QStringLiteral("Delivered"));
        QCOMPARE(text(*model, 0, ui::FractionLogModel::Source), QStringLiteral("Entered"));
        QCOMPARE(text(*model, 1, ui::FractionLogModel::Number), QString());
        QCOMPARE(text(*model, 1, ui::FractionLogModel::Status), QStringLiteral("Missed"));
        QCOMPARE(text(*model, 1, ui::FractionLogModel::Reason), QStringLiteral("machine down"));
        QCOMPARE(model->index(0, 0).data(ui::FractionLogModel::FractionIdRole).toString(), first->id);
        QVERIFY(!model->index(0, 0).data(Qt::FontRole).isValid());

        QVERIFY(Radiotherapy::voidFraction(*nurse, first->id, QStringLiteral("wrong patient")).ok());
        QCOMPARE(model->rowCount(), 2);   // kept in the log
        QCOMPARE(text(*model, 0, ui::FractionLogModel::Status), QStringLiteral("Voided: Delivered"));
        QVERIFY(model->index(0, 0).data(ui::FractionLogModel::VoidedRole).toBool());
        QVERIFY(model->index(0, ui::FractionLogModel::Reason).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model->index(1, 0).data(ui::FractionLogModel::VoidedRole).toBool());
    }

    // Lab results flagged against the site's range for the patient's sex.
    void labResultsAreFlaggedForThePatientsSex()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        auto admin = site.signIn(QStringLiteral("admin"));
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {Decimal(44), Decimal(97)}, QStringLiteral("female")).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {Decimal(57), Decimal(111)}, QStringLiteral("male")).ok());
        ShownPatient shown = showNewPatient(*coord, *nurse, QStringLiteral("male"));
        QVERIFY(!shown.id.isEmpty());
        ui::LabResultsModel *model = shown.workspace->labs()->resultsModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(header(*model, ui::LabResultsModel::Collected), QStringLiteral("Collected"));
        QCOMPARE(header(*model, ui::LabResultsModel::Flag), QStringLiteral("Flag"));
        QCOMPARE(model->rowCount(), 0);
        const QDateTime collected(QDate(2026, 11, 19), QTime(2, 0), QTimeZone::utc());
        // 105 umol/L: high for a woman (ULN 97), within a man's range (ULN 111).
        QVERIFY(Labs::recordPanel(*nurse, shown.id, collected, QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), Decimal(105), QStringLiteral("umol/L")}}).ok());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(text(*model, 0, ui::LabResultsModel::Collected), ui::displayDateTime(collected, nurse->siteZone()));
        QCOMPARE(text(*model, 0, ui::LabResultsModel::Test), QStringLiteral("Creatinine"));
        QCOMPARE(text(*model, 0, ui::LabResultsModel::Entered), QStringLiteral("105 umol/L"));
        QCOMPARE(text(*model, 0, ui::LabResultsModel::SiValue), QStringLiteral("105 umol/L"));
        QCOMPARE(text(*model, 0, ui::LabResultsModel::Flag), QString());
        QCOMPARE(model->index(0, 0).data(ui::LabResultsModel::FlagRole), QVariant(0));
        // 1.5 mg/dL is 132.6 umol/L: high for him too, shown in the unit entered and in SI.
        QVERIFY(Labs::recordPanel(*nurse, shown.id, collected.addSecs(3600), QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), *Decimal::parse(QStringLiteral("1.5")), QStringLiteral("mg/dL")}}).ok());
        QCOMPARE(model->rowCount(), 2);
        int high = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (text(*model, row, ui::LabResultsModel::Entered) == QStringLiteral("1.5 mg/dL"))
                high = row;
        QVERIFY(high >= 0);
        QCOMPARE(text(*model, high, ui::LabResultsModel::SiValue), QStringLiteral("132.6 umol/L"));
        QCOMPARE(text(*model, high, ui::LabResultsModel::Flag), QStringLiteral("High"));
        QCOMPARE(model->index(high, 0).data(ui::LabResultsModel::FlagRole), QVariant(1));
        QVERIFY(model->index(high, ui::LabResultsModel::Flag).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(high, ui::LabResultsModel::Test).data(Qt::BackgroundRole).isValid());
    }

    // Signing a severe grade drafts an adverse event: the list shows it to confirm; a query
    // raised on it flags it; confirming it clears the mark.
    void adverseEventListFollowsTheChangeNotices()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto doctor = site.signIn(QStringLiteral("doctor"));
        ShownPatient shown = showNewPatient(*coord, *doctor);
        QVERIFY(!shown.id.isEmpty());
        ui::AdverseEventListModel *model = shown.workspace->adverseEvents()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 8);
        QCOMPARE(header(*model, ui::AdverseEventListModel::State), QStringLiteral("State"));
        QCOMPARE(header(*model, ui::AdverseEventListModel::Outcome), QStringLiteral("Outcome"));
        auto a = Assessments::record(*doctor, shown.id, QDate(2026, 11, 20), severeExam(), {{3}, {2}});
        QVERIFY(a.ok());
        QCOMPARE(model->rowCount(), 0);   // a draft grade drafts nothing yet
        QVERIFY(Assessments::sign(*doctor, a->id, test::kPassword).ok());
        QCOMPARE(model->rowCount(), 1);
        const AdverseEvent drafted = AdverseEvents::list(*doctor, shown.id)->first();
        QCOMPARE(text(*model, 0, ui::AdverseEventListModel::State), QStringLiteral("Draft: confirm"));
        QCOMPARE(model->index(0, 0).data(ui::AdverseEventListModel::StateRole).toString(), QStringLiteral("draft"));
        QCOMPARE(model->index(0, 3).data(ui::AdverseEventListModel::EventIdRole).toString(), drafted.id);
        QVERIFY(model->index(0, ui::AdverseEventListModel::State).data(Qt::BackgroundRole).isValid());
        QCOMPARE(text(*model, 0, ui::AdverseEventListModel::Term), QStringLiteral("Mucositis oral"));
        QCOMPARE(model->index(0, ui::AdverseEventListModel::Term).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("CTCAE v5.0, MedDRA %1").arg(drafted.meddraCode));
        QCOMPARE(text(*model, 0, ui::AdverseEventListModel::Grade), QString::number(a->ctcae.grade));
        QCOMPARE(text(*model, 0, ui::AdverseEventListModel::Onset), QStringLiteral("2026-11-20"));
        QCOMPARE(text(*model, 0, ui::AdverseEventListModel::Resolved), QStringLiteral("ongoing"));
        QVERIFY(!model->index(0, 0).data(ui::AdverseEventListModel::QueriedRole).toBool());

        // Someone is typing a new event in the tab's form when a monitor raises a query: the
        // flag shows at once, and what is being typed stays (a reload would clear the form).
        ui::AdverseEventsTab *tab = shown.workspace->adverseEvents();
        tab->termField()->setText(QStringLiteral("Dysphagia"));
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        auto monitor = site.signIn(QStringLiteral("monitor"));
        auto q = Queries::raise(*monitor, shown.id, AdverseEvents::table().name, drafted.id, QStringLiteral("grade"),
                                QStringLiteral("Grade per source?"), test::kPassword);
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().message));
        QCOMPARE(text(*model, 0, ui::AdverseEventListModel::State), QStringLiteral("Draft: confirm ⚑"));
        QCOMPARE(tab->termField()->text(), QStringLiteral("Dysphagia"));
        QCOMPARE(reset.count(), 0);   // the rows stayed; only the mark changed
        QVERIFY(model->index(0, 0).data(ui::AdverseEventListModel::QueriedRole).toBool());
        QVERIFY(!model->index(0, ui::AdverseEventListModel::State).data(Qt::ToolTipRole).toString().isEmpty());
    }

    // The patient list's latest grade comes from core: the last visit by date (then by last
    // change), a superseded one never, and none before the first visit.
    void latestWhoGradeIsTheLastVisitsNotSuperseded()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto doctor = site.signIn(QStringLiteral("doctor"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Chen Jie"), {}, {}, QStringLiteral("1966-01-20"), QStringLiteral("male")})->id;
        QCOMPARE(Assessments::latestWhoGrade(*doctor, patient).value(), std::optional<int>());
        QVERIFY(!Assessments::latestWhoGrades(*doctor)->contains(patient));
        auto severe = Assessments::record(*doctor, patient, QDate(2026, 11, 18), severeExam(), {{3}, {2}});
        auto mild = Assessments::record(*doctor, patient, QDate(2026, 11, 12), Exam{}, {});   // earlier visit, recorded later
        QVERIFY(severe.ok() && mild.ok());
        QVERIFY(severe->who.grade != mild->who.grade);
        QCOMPARE(Assessments::latestWhoGrade(*doctor, patient).value(), std::optional<int>(severe->who.grade));
        QCOMPARE(Assessments::latestWhoGrades(*doctor)->value(patient, -1), severe->who.grade);
        // A correction supersedes the signed grade: the list shows the correction's.
        QVERIFY(Assessments::sign(*doctor, severe->id, test::kPassword).ok());
        auto corrected = Assessments::correct(*doctor, severe->id, Exam{}, {}, QStringLiteral("wrong site scored"));
        QVERIFY2(corrected.ok(), qPrintable(corrected.ok() ? QString() : corrected.error().message));
        QCOMPARE(Assessments::latestWhoGrade(*doctor, patient).value(), std::optional<int>(corrected->who.grade));
        QCOMPARE(Assessments::latestWhoGrades(*doctor)->value(patient, -1), corrected->who.grade);
        ui::PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(doctor.get());
        QCOMPARE(text(model, 0, ui::PatientListModel::LatestGrade), QStringLiteral("WHO %1").arg(corrected->who.grade));
    }

    // The accounts list: administrators only (core refuses the others), a deactivated account
    // kept and greyed, the role's stable id beside its label.
    void accountListShowsRolesAndDeactivatedAccounts()
    {
        test::TestSite site;
        auto admin = site.signIn(QStringLiteral("admin"));
        ui::AccountListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.load(*site.signIn(QStringLiteral("nurse"))).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.load(*admin).ok());
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(ui::AccountListModel::RoleColumn, Qt::Horizontal).toString(), QStringLiteral("Role"));
        QCOMPARE(model.rowCount(), 5);   // admin, doctor, nurse, coord, monitor
        auto rowOf = [&](const QString &user) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (text(model, r, ui::AccountListModel::UserName) == user)
                    return r;
            return -1;
        };
        int nurse = rowOf(QStringLiteral("nurse"));
        QVERIFY(nurse >= 0);
        QCOMPARE(text(model, nurse, ui::AccountListModel::RoleColumn), QStringLiteral("Nurse"));
        QCOMPARE(model.index(nurse, 0).data(ui::AccountListModel::RoleIdRole).toString(), QStringLiteral("nurse"));
        QCOMPARE(text(model, nurse, ui::AccountListModel::Status), QStringLiteral("Active"));
        QVERIFY(!model.index(nurse, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(Accounts::deactivate(*admin, QStringLiteral("nurse"), QStringLiteral("left the ward")).ok());
        QVERIFY(model.load(*admin).ok());
        QCOMPARE(model.rowCount(), 5);
        nurse = rowOf(QStringLiteral("nurse"));
        QCOMPARE(text(model, nurse, ui::AccountListModel::Status), QStringLiteral("Deactivated"));
        QVERIFY(!model.index(nurse, 0).data(ui::AccountListModel::ActiveRole).toBool());
        QVERIFY(model.index(nurse, ui::AccountListModel::Name).data(Qt::ForegroundRole).isValid());
    }

    // The spray diary: a row a day of radiotherapy up to today, a checkable dose per meal. A check
    // is written through core and shown once stored; an uncheck without a reason changes nothing.
    void drugDiaryShowsWhatCoreStored()
    {
        test::TestSite site;
        auto coord = site.signIn(QStringLiteral("coord"));
        auto nurse = site.signIn(QStringLiteral("nurse"));
        ShownPatient shown = showNewPatient(*coord, *nurse);
        QVERIFY(!shown.id.isEmpty());
        ui::DrugDiaryModel *model = shown.workspace->studyDrug()->diaryModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RtPlan plan;
        plan.patientId = shown.id;
        plan.totalDoseGy = Decimal(70);
        plan.fractions = 35;
        plan.dosePerFractionGy = Decimal(2);
        plan.startDate = QDate(2026, 11, 16);
        plan.oralCavity = true;
        QVERIFY(Radiotherapy::savePlan(*site.signIn(QStringLiteral("doctor")), plan).ok());
        QCOMPARE(model->rowCount(), 0);   // not randomized: no diary
        QVERIFY(test::writeArm(*coord, shown.id, QStringLiteral("experimental")).ok());
        QCOMPARE(model->rowCount(), 5);   // 16 to 20 November (today)
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("After lunch"));
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), ui::displayDateWithDay(QDate(2026, 11, 16)));
        QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsUserCheckable);
        QCOMPARE(model->index(1, 2).data(ui::DrugDiaryModel::DateRole).toDate(), QDate(2026, 11, 17));
        QCOMPARE(model->index(1, 2).data(ui::DrugDiaryModel::SlotRole).toString(), StudyDrug::doseSlots().at(2));
        QCOMPARE(model->index(1, 2).data(Qt::CheckStateRole), QVariant(Qt::Unchecked));

        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QVERIFY(model->setData(model->index(1, 2), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(reset.count() >= 1);   // reloaded from the change notice
        QCOMPARE(shown.workspace->studyDrug()->diary()->currentIndex(), model->index(1, 2));   // the dose clicked is selected
        QCOMPARE(model->index(1, 2).data(Qt::CheckStateRole), QVariant(Qt::Checked));
        QCOMPARE(StudyDrug::adherence(*nurse, shown.id)->taken, 1);
        // Unchecking asks why; no reason, nothing changes.
        ui::setReasonPromptForTests([](const QString &) { return QString(); });
        QVERIFY(model->setData(model->index(1, 2), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->index(1, 2).data(Qt::CheckStateRole), QVariant(Qt::Checked));
        QCOMPARE(StudyDrug::adherence(*nurse, shown.id)->taken, 1);
        // With a reason, the prompt names the dose, and the dose reads "Not taken", not blank.
        QString asked;
        ui::setReasonPromptForTests([&](const QString &what) {
            asked = what;
            return QStringLiteral("Diary card read again");
        });
        QVERIFY(model->setData(model->index(1, 2), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY2(asked.contains(QStringLiteral("After dinner")) && asked.contains(ui::displayDateWithDay(QDate(2026, 11, 17)))
                     && asked.contains(QStringLiteral("recorded as taken")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Clear (recorded in error)")), qPrintable(asked));   // the other way back
        using State = ui::DrugDiaryModel::DoseState;
        QCOMPARE(model->index(1, 2).data(ui::DrugDiaryModel::StateRole).value<State>(), State::NotTaken);
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("Not taken"));
        QCOMPARE(model->index(1, 1).data(ui::DrugDiaryModel::StateRole).value<State>(), State::Undocumented);
        QCOMPARE(model->index(1, 1).data().toString(), QString());
        // A dose never documented is recorded as not taken with N, asking nothing; the
        // adherence line counts taken, not taken and not documented apart.
        ui::StudyDrugTab *tab = shown.workspace->studyDrug();
        shown.workspace->resize(1000, 600);
        shown.workspace->show();
        shown.workspace->findChild<QTabWidget *>()->setCurrentWidget(tab);
        shown.workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(shown.workspace.get()));
        tab->diary()->setFocus();
        asked.clear();
        tab->diary()->setCurrentIndex(model->index(2, 1));
        QVERIFY(tab->notTakenAction()->isEnabled());
        QVERIFY(!tab->clearAction()->isEnabled());   // nothing recorded to clear
        QVERIFY(!tab->clearButton()->isEnabled());
        QTest::keyClick(tab->diary(), Qt::Key_N);
        QVERIFY(asked.isEmpty());
        QCOMPARE(model->index(2, 1).data(ui::DrugDiaryModel::StateRole).value<State>(), State::NotTaken);
        QCOMPARE(tab->diary()->currentIndex(), model->index(2, 1));   // the reload keeps the nurse's place
        QVERIFY(!tab->notTakenAction()->isEnabled());   // already not taken
        QVERIFY(tab->clearAction()->isEnabled());
        QVERIFY(tab->clearButton()->isVisible() && tab->clearButton()->isEnabled());
        auto a = StudyDrug::adherence(*nurse, shown.id);
        QCOMPARE(a->taken, 0);
        QCOMPARE(a->notTaken, 2);
        QCOMPARE(a->undocumented(), 14 - 2);   // 16-19 November, and today's breakfast and lunch (17:00 at the site)
        QVERIFY2(tab->adherenceLabel()->text().contains(QStringLiteral("2 not taken, 12 not documented yet")),
                 qPrintable(tab->adherenceLabel()->text()));
        // Checking a dose recorded as not taken is a correction too.
        asked.clear();
        QVERIFY(model->setData(model->index(2, 1), Qt::Checked, Qt::CheckStateRole));
        QVERIFY2(asked.contains(QStringLiteral("recorded as not taken")), qPrintable(asked));
        QCOMPARE(model->index(2, 1).data(Qt::CheckStateRole), QVariant(Qt::Checked));
        // A dose recorded in error is cleared (Delete, with a reason): not documented again, and
        // no volume was ever stored for a dose not taken.
        asked.clear();
        QTest::mouseClick(tab->clearButton(), Qt::LeftButton);   // or Delete
        QVERIFY2(asked.contains(QStringLiteral("recorded in error")) && asked.contains(QStringLiteral("After lunch")), qPrintable(asked));
        QCOMPARE(model->index(2, 1).data(ui::DrugDiaryModel::StateRole).value<State>(), State::Undocumented);
        a = StudyDrug::adherence(*nurse, shown.id);
        QCOMPARE(a->taken, 0);
        QCOMPARE(a->notTaken, 1);
        QCOMPARE(a->undocumented(), 14 - 1);
        QCOMPARE(nurse->db().scalarInt(QStringLiteral("SELECT COUNT(*) FROM drug_doses WHERE taken = 0 AND volume_ml IS NOT NULL")).value_or(-1), 0);
        ui::setReasonPromptForTests({});
        shown.workspace->hide();
        // A course that has not started yet: the diary says when it starts (it read "0 of 0 doses").
        ShownPatient later = showNewPatient(*coord, *nurse);
        plan.patientId = later.id;
        plan.startDate = QDate(2026, 11, 23);
        QVERIFY(Radiotherapy::savePlan(*site.signIn(QStringLiteral("doctor")), plan).ok());
        QVERIFY(test::writeArm(*coord, later.id, QStringLiteral("experimental")).ok());
        QCOMPARE(later.workspace->studyDrug()->adherenceLabel()->text(),
                 QStringLiteral("The diary starts with radiotherapy, on %1.").arg(ui::displayDateWithDay(QDate(2026, 11, 23))));
        QCOMPARE(later.workspace->studyDrug()->diaryModel()->rowCount(), 0);
        // A monitor sees the diary but cannot tick it.
        auto monitor = site.signIn(QStringLiteral("monitor"));
        ShownPatient asMonitor;
        asMonitor.workspace->showPatient(*monitor, Patients::get(*monitor, shown.id).value());
        QCOMPARE(asMonitor.workspace->studyDrug()->diaryModel()->rowCount(), 5);
        QVERIFY(!(asMonitor.workspace->studyDrug()->diaryModel()->flags(asMonitor.workspace->studyDrug()->diaryModel()->index(0, 0)) & Qt::ItemIsUserCheckable));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
