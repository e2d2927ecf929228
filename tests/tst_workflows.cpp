// The clinic workflows in core: radiotherapy, graded visits, labs, screening, study drug,
// adverse events; each through the one write path and its permission checks.
#include "TestSite.h"
#include "records/AdverseEvents.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/Screenings.h"
#include "records/StudyDrug.h"
#include "security/AuditChain.h"
#include "storage/ChangeNotifier.h"
#include "storage/Statement.h"
#include "records/Randomizations.h"
#include "storage/Transaction.h"
#include "common/Clock.h"
#include <QtTest>

using namespace muco;

namespace {
Decimal d(const char *t) { return *Decimal::parse(QString::fromLatin1(t)); }

// The site clock stands at 2026-11-20 09:00 UTC (17:00 in Shanghai, the site's zone).
RtPlan plan70(const QString &patientId)
{
    RtPlan p;
    p.patientId = patientId;
    p.totalDoseGy = d("70");
    p.fractions = 35;
    p.dosePerFractionGy = d("2");
    p.technique = QStringLiteral("VMAT");
    p.startDate = QDate(2026, 11, 2);
    p.oralCavity = true;
    return p;
}
} // namespace

class TestWorkflows : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    QString m_patient;

    // The patient's allocation as a randomization writes it (online, from the central list).
    void allocate(Session &coord, const QString &arm)
    {
        Transaction tx(coord.db());
        QVERIFY(RecordStore::create(coord, {&Randomizations::table(), {},
                                            {{QStringLiteral("patient_id"), m_patient}, {QStringLiteral("stratum"), QStringLiteral("S1")},
                                             {QStringLiteral("sequence"), 1}, {QStringLiteral("arm"), arm},
                                             {QStringLiteral("source"), QStringLiteral("online")},
                                             {QStringLiteral("allocated_utc"), isoUtc(coord.now())}}, {}}).ok());
        QVERIFY(tx.commit().ok());
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        auto coord = m_site->signIn(QStringLiteral("coord"));
        m_patient = Patients::add(*coord, {{}, QStringLiteral("Qian Li"), {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")})->id;
    }

    void planIsValidated()
    {
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        RtPlan bad = plan70(m_patient);
        bad.dosePerFractionGy = d("2.1");
        auto r = Radiotherapy::savePlan(*doctor, bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("dose_per_fraction_gy"));
        bad = plan70(m_patient);
        bad.concurrentChemo = true;
        QCOMPARE(Radiotherapy::savePlan(*doctor, bad).error().field, QStringLiteral("chemo_agent"));
        QVERIFY(Radiotherapy::savePlan(*doctor, plan70(m_patient)).ok());
        // Changing the saved plan asks for a reason.
        RtPlan changed = plan70(m_patient);
        changed.technique = QStringLiteral("IMRT");
        QCOMPARE(Radiotherapy::savePlan(*doctor, changed).error().field, QStringLiteral("reason"));
        QVERIFY(Radiotherapy::savePlan(*doctor, changed, QStringLiteral("Replanned after mask refit")).ok());
        QCOMPARE(Radiotherapy::plan(*doctor, m_patient).value()->technique, QStringLiteral("IMRT"));
        auto monitor = m_site->signIn(QStringLiteral("monitor"));
        QCOMPARE(Radiotherapy::savePlan(*monitor, plan70(m_patient)).error().kind, ErrorKind::Denied);
        // Nurses record fractions; the prescription is the investigator's (issue 12).
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QCOMPARE(Radiotherapy::savePlan(*nurse, plan70(m_patient), QStringLiteral("x")).error().kind, ErrorKind::Denied);
        QCOMPARE(Radiotherapy::plan(*nurse, m_patient).value()->technique, QStringLiteral("IMRT"));
    }

    // Why a day is not one the plan treats on, said in words, every reason in the order checked
    // (the questions before recording a fraction on such a day quote it); a treatment day has none.
    void whyNotATreatmentDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("why");
        QTest::newRow("the start day") << QDate(2026, 11, 2) << QString();
        QTest::newRow("a weekday") << QDate(2026, 11, 12) << QString();
        QTest::newRow("the day before the start") << QDate(2026, 11, 1) << QStringLiteral("The plan starts on 2026-11-02 Mon, after 2026-11-01 Sun.");
        QTest::newRow("a Saturday") << QDate(2026, 11, 7) << QStringLiteral("2026-11-07 Sat is not one of the plan's treatment days.");
        QTest::newRow("a Saturday that is also a holiday") << QDate(2026, 11, 14) << QStringLiteral("2026-11-14 Sat is not one of the plan's treatment days.");
        QTest::newRow("a named holiday") << QDate(2026, 11, 11) << QStringLiteral("2026-11-11 Wed is a holiday of the site (Singles' Day).");
        QTest::newRow("an unnamed holiday") << QDate(2026, 11, 13) << QStringLiteral("2026-11-13 Fri is a holiday of the site.");
        QTest::newRow("a holiday before the start") << QDate(2026, 10, 30) << QStringLiteral("The plan starts on 2026-11-02 Mon, after 2026-10-30 Fri.");
        QTest::newRow("no date") << QDate() << QStringLiteral("No date is given.");
    }

    void whyNotATreatmentDay()
    {
        QFETCH(QDate, day);
        QFETCH(QString, why);
        auto admin = m_site->signIn(QStringLiteral("admin"));
        for (const auto &[date, name] : {std::pair{QDate(2026, 11, 11), QStringLiteral("Singles' Day")}, std::pair{QDate(2026, 11, 13), QStringLiteral(" ")},
                                         std::pair{QDate(2026, 11, 14), QStringLiteral("Weekend holiday")}, std::pair{QDate(2026, 10, 30), QStringLiteral("Before")}})
            QVERIFY(Radiotherapy::setHoliday(*admin, date, name, true).ok());
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        const RtPlan plan = plan70(m_patient);
        const auto said = Radiotherapy::whyNotATreatmentDay(*nurse, plan, day);
        QVERIFY(said.ok());
        QCOMPARE(said.value(), why);
        QCOMPARE(Radiotherapy::isTreatmentDay(*nurse, plan, day).value(), why.isEmpty());
    }

    void fractionsAndSummary()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QCOMPARE(Radiotherapy::deliverToday(*nurse, m_patient).error().field, QStringLiteral("plan"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        auto first = Radiotherapy::record(*nurse, m_patient, QDate(2026, 11, 2), FractionStatus::Delivered, d("2"), {});
        QVERIFY(first.ok());
        QCOMPARE(first->number, 1);
        QCOMPARE(Radiotherapy::record(*nurse, m_patient, QDate(2026, 11, 3), FractionStatus::Missed, std::nullopt, {}).error().field,
                 QStringLiteral("reason"));
        QVERIFY(Radiotherapy::record(*nurse, m_patient, QDate(2026, 11, 3), FractionStatus::Missed, std::nullopt, QStringLiteral("Machine service")).ok());
        QCOMPARE(Radiotherapy::record(*nurse, m_patient, QDate(2026, 11, 21), FractionStatus::Delivered, d("2"), {}).error().field,
                 QStringLiteral("date"));
        auto today = Radiotherapy::deliverToday(*nurse, m_patient);
        QVERIFY(today.ok());
        QCOMPARE(today->date, QDate(2026, 11, 20));
        QCOMPARE(today->number, 2);
        QCOMPARE(*today->doseGy, d("2"));
        QCOMPARE(Radiotherapy::deliverToday(*nurse, m_patient).error().field, QStringLiteral("date"));   // not twice a day
        auto s = Radiotherapy::summary(*nurse, m_patient, QDate(2026, 11, 20));
        QVERIFY(s.ok());
        QCOMPARE(s->deliveredFractions, 2);
        QCOMPARE(s->cumulativeDoseGy, d("4"));
        QCOMPARE(s->missedTreatmentDays, 13);   // 15 weekdays 2-20 Nov, two delivered
        // The site's holiday calendar (administrator) is part of the treatment calendar.
        QCOMPARE(Radiotherapy::setHoliday(*nurse, QDate(2026, 11, 11), QStringLiteral("Holiday"), true).error().kind, ErrorKind::Denied);
        auto admin = m_site->signIn(QStringLiteral("admin"));
        QVERIFY(Radiotherapy::setHoliday(*admin, QDate(2026, 11, 11), QStringLiteral("Holiday"), true).ok());
        QCOMPARE(Radiotherapy::summary(*nurse, m_patient, QDate(2026, 11, 20))->missedTreatmentDays, 12);
    }

    void csvImportReportsAndNeverDoubles()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        const QByteArray csv = "date,fraction,dose\n"
                               "2026-11-02,1,2.0\n"
                               "2026-11-03,2,2.0\n"
                               "2026-13-04,3,2.0\n"
                               "2026-11-05,4,-2\n"
                               "2026-11-06,x,2\n"
                               "2026-11-30,5,2\n"
                               "2026-11-04,3,2.0\n";
        auto r = Radiotherapy::importCsv(*nurse, m_patient, csv);
        QVERIFY(r.ok());
        QCOMPARE(r->imported, 3);
        QCOMPARE(r->refused.size(), 4);
        QVERIFY(r->refused[0].startsWith(QStringLiteral("line 4:")));
        QVERIFY(r->refused[0].contains(QStringLiteral("2026-13-04")));
        QVERIFY(r->refused[1].contains(QStringLiteral("dose")));
        QVERIFY(r->refused[3].contains(QStringLiteral("future")));
        // The same file again imports nothing twice.
        auto again = Radiotherapy::importCsv(*nurse, m_patient, csv);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->alreadyPresent, 3);
        QCOMPARE(Radiotherapy::fractions(*nurse, m_patient)->size(), 3);
        // A different record under a number already used is refused, not merged.
        auto clash = Radiotherapy::importCsv(*nurse, m_patient, "date,fraction,dose\n2026-11-09,2,2.0\n");
        QCOMPARE(clash->imported, 0);
        QVERIFY(clash->refused.first().contains(QStringLiteral("already recorded")));
        QCOMPARE(Radiotherapy::importCsv(*nurse, m_patient, "when,what\n1,2\n").error().field, QStringLiteral("file"));
    }

    // The drafted event's relation to the study drug follows the arm: a walkthrough found
    // "unlikely" drafted for a control-arm patient, who receives no study drug.
    void aDraftedEventsRelationFollowsTheArm_data()
    {
        QTest::addColumn<QString>("arm");
        QTest::addColumn<QString>("relation");
        QTest::newRow("control") << "control" << "unrelated";
        QTest::newRow("experimental") << "experimental" << "unlikely";
    }

    void aDraftedEventsRelationFollowsTheArm()
    {
        QFETCH(QString, arm);
        QFETCH(QString, relation);
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        auto coord = m_site->signIn(QStringLiteral("coord"));
        QVERIFY(Radiotherapy::savePlan(*doctor, plan70(m_patient)).ok());
        allocate(*coord, arm);
        Exam f;
        f.sorenessReported = f.erythemaSeen = true;
        f.diet = DietTolerated::LiquidOnly;
        f.appearance = MucosaAppearance::ConfluentPseudomembranes;
        auto a = Assessments::record(*doctor, m_patient, QDate(2026, 11, 4), f, {});
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QVERIFY(Assessments::sign(*doctor, a->id, test::kPassword).ok());
        auto aes = AdverseEvents::list(*doctor, m_patient);
        QCOMPARE(aes->size(), 1);
        QCOMPARE(aes->first().relation, relation);
    }

    void gradingVisitSignedAndLocked()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        QVERIFY(Radiotherapy::importCsv(*nurse, m_patient, "date,fraction,dose\n2026-11-02,1,2\n2026-11-03,2,2\n2026-11-04,3,2\n").ok());
        Exam f;   // one exam; every scale derived from it
        f.sorenessReported = f.erythemaSeen = true;
        f.diet = DietTolerated::LiquidOnly;
        f.pain = Severity::Severe;
        f.analgesia = Analgesia::Narcotic;
        f.appearance = MucosaAppearance::ConfluentPseudomembranes;
        f.omas.insert(OmasSite::LeftCheek, {3, 2});   // ulceration seen; the other eight sites examined, 0
        QCOMPARE(Assessments::record(*nurse, m_patient, QDate(2026, 11, 3), f, {}).error().kind, ErrorKind::Denied);

        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        auto a = Assessments::record(*doctor, m_patient, QDate(2026, 11, 3), f, {{3}, {2}});
        QVERIFY(a.ok());
        QCOMPARE(a->fractionNumber, 2);             // linked automatically: fractions by the visit date
        QCOMPARE(a->cumulativeDoseGy, d("4"));
        QCOMPARE(a->who.grade, 3);
        QCOMPARE(a->ctcae.grade, 3);
        QCOMPARE(a->rtog.grade, 3);
        QCOMPARE(a->omas.total, 5);
        QCOMPARE(a->omas.sitesScored, 9);   // all nine examined: one abnormal site's mean is 5/9
        QCOMPARE(*a->omas.mean, 5.0 / 9);
        QVERIFY(a->warnings.isEmpty());
        QCOMPARE(a->state, QStringLiteral("draft"));

        // A nurse's session cannot sign, whatever the caller.
        QCOMPARE(Assessments::sign(*nurse, a->id, test::kPassword).error().kind, ErrorKind::Denied);
        auto wrong = Assessments::sign(*doctor, a->id, QStringLiteral("not-my-password"));
        QCOMPARE(wrong.error().field, QStringLiteral("password"));
        QCOMPARE(AdverseEvents::list(*doctor, m_patient)->size(), 0);
        auto signedA = Assessments::sign(*doctor, a->id, test::kPassword);
        QVERIFY(signedA.ok());
        QCOMPARE(signedA->state, QStringLiteral("signed"));
        QCOMPARE(signedA->signedBy, QStringLiteral("doctor"));
        QCOMPARE(Assessments::sign(*doctor, a->id, test::kPassword).error().field, QStringLiteral("state"));

        // WHO grade 3: an adverse event is drafted for the investigator to confirm.
        auto aes = AdverseEvents::list(*doctor, m_patient);
        QCOMPARE(aes->size(), 1);
        QCOMPARE(aes->first().state, QStringLiteral("draft"));
        QCOMPARE(aes->first().term, QStringLiteral("Mucositis oral"));
        QCOMPARE(aes->first().grade, 3);
        QCOMPARE(aes->first().sourceAssessment, a->id);
        QCOMPARE(aes->first().relation, QStringLiteral("unrelated"));   // not randomized: no study drug to relate it to
        AdverseEvent confirmed = aes->first();
        confirmed.state = QStringLiteral("confirmed");
        confirmed.relation = QStringLiteral("unlikely");
        QVERIFY(AdverseEvents::save(*doctor, confirmed, QStringLiteral("Confirmed at review")).ok());

        // A correction is a new version with a reason; the signed one is kept, superseded.
        Exam milder = f;
        milder.diet = DietTolerated::NormalSolid;
        QCOMPARE(Assessments::correct(*doctor, a->id, milder, {}, {}).error().field, QStringLiteral("reason"));
        auto c = Assessments::correct(*doctor, a->id, milder, {}, QStringLiteral("Diet misrecorded"));
        QVERIFY(c.ok());
        QCOMPARE(c->who.grade, 2);
        QCOMPARE(c->supersedes, a->id);
        QCOMPARE(Assessments::list(*doctor, m_patient)->size(), 1);
        QCOMPARE(Assessments::list(*doctor, m_patient, true)->size(), 2);
    }

    // A signed visit shows the grades that were signed: read back from the record, never
    // re-derived from its findings (a later version of the rules could grade them otherwise).
    // The stored grade is changed under the record, as an older program would have signed it.
    void signedGradesAreShown_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("scale");
        QTest::newRow("WHO signed 3 as derived") << "who_grade" << 3 << int(Scale::Who);
        QTest::newRow("WHO signed 2, the exam derives 3") << "who_grade" << 2 << int(Scale::Who);
        QTest::newRow("WHO signed 4, the exam derives 3") << "who_grade" << 4 << int(Scale::Who);
        QTest::newRow("CTCAE signed 2") << "ctcae_grade" << 2 << int(Scale::Ctcae);
        QTest::newRow("CTCAE signed 4") << "ctcae_grade" << 4 << int(Scale::Ctcae);
        QTest::newRow("RTOG signed 2") << "rtog_grade" << 2 << int(Scale::Rtog);
        QTest::newRow("RTOG signed 4") << "rtog_grade" << 4 << int(Scale::Rtog);
    }

    void signedGradesAreShown()
    {
        QFETCH(QString, column);
        QFETCH(int, stored);
        QFETCH(int, scale);
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        Exam e;
        e.sorenessReported = e.erythemaSeen = true;
        e.diet = DietTolerated::LiquidOnly;
        e.pain = Severity::Severe;
        e.appearance = MucosaAppearance::ConfluentPseudomembranes;
        e.omas.insert(OmasSite::LeftCheek, {3, 2});
        auto a = Assessments::record(*doctor, m_patient, QDate(2026, 11, 3), e, {});
        QVERIFY(a.ok());
        QCOMPARE(a->who.grade, 3);
        QCOMPARE(a->ctcae.grade, 3);
        QCOMPARE(a->rtog.grade, 3);
        auto st = doctor->db().prepare(QStringLiteral("UPDATE assessments SET %1 = ? WHERE id = ?").arg(column));
        QVERIFY(st.ok());
        st->bind(1, stored).bind(2, a->id);
        QVERIFY(st->run().ok());
        auto signedA = Assessments::sign(*doctor, a->id, test::kPassword);
        QVERIFY(signedA.ok());
        const Assessment shown = Assessments::list(*doctor, m_patient)->first();
        QCOMPARE(shown.state, QStringLiteral("signed"));
        for (const GradeResult *g : {&shown.who, &shown.ctcae, &shown.rtog}) {
            const int expected = int(g->scale) == scale ? stored : 3;
            QCOMPARE(g->grade, expected);
            QCOMPARE(g->label, gradeLabel(g->scale, expected));   // the signed grade's definition
        }
        QCOMPARE(signedA->who.grade, shown.who.grade);
        QCOMPARE(shown.omas.total, 5);
        QCOMPARE(shown.omas.sitesScored, 9);
        QCOMPARE(*shown.omas.mean, 5.0 / 9);
        // The exam comes back whole, for a correction to start from.
        QCOMPARE(examToJson(shown.exam), examToJson(e));
    }

    // The adverse event drafted at signing takes the CTCAE grade that was derived and signed
    // (no floor of 3); it is drafted when the primary endpoint is reached or CTCAE >= 3.
    void adverseEventTakesTheDerivedCtcaeGrade_data()
    {
        QTest::addColumn<QString>("exam");
        QTest::addColumn<int>("signedCtcae");   // -1: as derived; else the stored grade (an older wizard's)
        QTest::addColumn<int>("who");
        QTest::addColumn<int>("aeGrade");       // 0: no event drafted
        QTest::newRow("WHO 2, CTCAE 2: none") << "ulcer-soft" << -1 << 2 << 0;
        QTest::newRow("WHO 3, CTCAE 3") << "ulcer-liquid" << -1 << 3 << 3;
        QTest::newRow("WHO 4, CTCAE 3") << "ulcer-nothing" << -1 << 4 << 3;
        QTest::newRow("WHO 1, CTCAE 3 by severe pain") << "severe-pain" << -1 << 1 << 3;
        QTest::newRow("WHO 0, CTCAE 4") << "urgent" << -1 << 0 << 4;
        QTest::newRow("CTCAE 5") << "death" << -1 << 0 << 5;
        QTest::newRow("WHO 3 signed with CTCAE 1") << "ulcer-liquid" << 1 << 3 << 1;
        QTest::newRow("WHO 3 signed with CTCAE 2") << "ulcer-liquid" << 2 << 3 << 2;
    }

    void adverseEventTakesTheDerivedCtcaeGrade()
    {
        QFETCH(QString, exam);
        QFETCH(int, signedCtcae);
        QFETCH(int, who);
        QFETCH(int, aeGrade);
        Exam e;
        if (exam.startsWith(QLatin1String("ulcer")))
            e.omas.insert(OmasSite::RightTongue, {1, 0});
        e.diet = exam == QLatin1String("ulcer-soft") ? DietTolerated::SoftOrModified
               : exam == QLatin1String("ulcer-liquid") ? DietTolerated::LiquidOnly
               : exam == QLatin1String("ulcer-nothing") ? DietTolerated::NothingByMouth : DietTolerated::NormalSolid;
        if (exam == QLatin1String("severe-pain")) {
            e.sorenessReported = true;
            e.pain = Severity::Severe;
        }
        e.urgentInterventionIndicated = exam == QLatin1String("urgent");
        e.death = exam == QLatin1String("death");
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        auto a = Assessments::record(*doctor, m_patient, QDate(2026, 11, 3), e, {});
        QVERIFY(a.ok());
        QCOMPARE(a->who.grade, who);
        if (signedCtcae >= 0) {
            auto st = doctor->db().prepare(QStringLiteral("UPDATE assessments SET ctcae_grade = ? WHERE id = ?"));
            QVERIFY(st.ok());
            st->bind(1, signedCtcae).bind(2, a->id);
            QVERIFY(st->run().ok());
        }
        QVERIFY(Assessments::sign(*doctor, a->id, test::kPassword).ok());
        auto aes = AdverseEvents::list(*doctor, m_patient);
        QCOMPARE(aes->size(), aeGrade ? 1 : 0);
        if (!aeGrade)
            return;
        QCOMPARE(aes->first().grade, aeGrade);
        QCOMPARE(aes->first().state, QStringLiteral("draft"));
        QCOMPARE(aes->first().term, QStringLiteral("Mucositis oral"));
        // The investigator confirms it, or changes the grade on confirming.
        AdverseEvent confirmed = aes->first();
        confirmed.state = QStringLiteral("confirmed");
        confirmed.grade = aeGrade > 1 ? aeGrade - 1 : 2;
        confirmed.outcome = QStringLiteral("not_recovered");
        QVERIFY(AdverseEvents::save(*doctor, confirmed, QStringLiteral("drafted adverse event confirmed by the investigator")).ok());
        QCOMPARE(AdverseEvents::list(*doctor, m_patient)->first().grade, confirmed.grade);
        QCOMPARE(AdverseEvents::list(*doctor, m_patient)->first().state, QStringLiteral("confirmed"));
    }

    // One event while it lasts: each severe visit drafted another (four drafts of one ongoing
    // grade 3, a week apart, in a monitor's walkthrough). A worse grade is drafted anew; so is
    // the grade after the event has resolved.
    void anOngoingMucositisIsDraftedOnce()
    {
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        Exam grade3;   // WHO 3, CTCAE 3: ulcers, liquids only
        grade3.omas.insert(OmasSite::RightTongue, {1, 0});
        grade3.diet = DietTolerated::LiquidOnly;
        Exam grade4;
        grade4.urgentInterventionIndicated = true;
        const auto signVisit = [&](const QDate &day, const Exam &e) {
            auto a = Assessments::record(*doctor, m_patient, day, e, {});
            return a.ok() && Assessments::sign(*doctor, a->id, test::kPassword).ok();
        };
        const auto events = [&] { return AdverseEvents::list(*doctor, m_patient).value(); };
        QVERIFY(signVisit(QDate(2026, 11, 2), grade3));
        QVERIFY(signVisit(QDate(2026, 11, 9), grade3));
        QCOMPARE(events().size(), 1);
        QVERIFY(signVisit(QDate(2026, 11, 16), grade4));
        QCOMPARE(events().size(), 2);   // worse: drafted for the investigator
        QVERIFY(signVisit(QDate(2026, 11, 17), grade3));
        QCOMPARE(events().size(), 2);   // within the grade 4 event still ongoing
        for (AdverseEvent e : events()) {   // both resolve
            e.resolution = QDate(2026, 11, 18);
            e.outcome = QStringLiteral("recovered");
            e.state = QStringLiteral("confirmed");
            QVERIFY(AdverseEvents::save(*doctor, e, QStringLiteral("resolved")).ok());
        }
        QVERIFY(signVisit(QDate(2026, 11, 18), grade3));
        QCOMPARE(events().size(), 2);   // signed late, within the event it belongs to
        QVERIFY(signVisit(QDate(2026, 11, 19), grade3));
        QCOMPARE(events().size(), 3);   // after it resolved: a new event
        QVERIFY(signVisit(QDate(2026, 11, 1), grade3));
        QCOMPARE(events().size(), 4);   // before the first onset: the investigator decides
    }

    void labsKeepUnitAndSi()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        const QDateTime collected(QDate(2026, 11, 18), QTime(7, 30), QTimeZone::utc());
        auto bad = Labs::recordPanel(*nurse, m_patient, collected, QStringLiteral("blood_count"),
                                     {{QStringLiteral("wbc"), d("4.2"), QStringLiteral("10^9/L")},
                                      {QStringLiteral("hemoglobin"), d("31"), QStringLiteral("g/dL")}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("labs.hemoglobin.value"));
        QCOMPARE(Labs::list(*nurse, m_patient)->size(), 0);   // all or nothing
        auto ok = Labs::recordPanel(*nurse, m_patient, collected, QStringLiteral("blood_count"),
                                    {{QStringLiteral("wbc"), d("4200"), QStringLiteral("/uL")},
                                     {QStringLiteral("hemoglobin"), d("12.1"), QStringLiteral("g/dL")}});
        QVERIFY(ok.ok());
        QCOMPARE(ok->at(0).si, d("4.2"));
        QCOMPARE(ok->at(1).si, d("121"));
        QCOMPARE(ok->at(1).unit, QStringLiteral("g/dL"));
        QCOMPARE(Labs::recordPanel(*nurse, m_patient, collected.addDays(10), QStringLiteral("renal"),
                                   {{QStringLiteral("creatinine"), d("80"), QStringLiteral("umol/L")}}).error().field,
                 QStringLiteral("collected"));
        QCOMPARE(Labs::latestWithin(*nurse, m_patient, QDate(2026, 11, 20), 14)->size(), 2);
        QCOMPARE(Labs::latestWithin(*nurse, m_patient, QDate(2026, 12, 20), 14)->size(), 0);
        QCOMPARE(Labs::setReferenceRange(*nurse, QStringLiteral("alt"), {std::nullopt, d("40")}).error().kind, ErrorKind::Denied);
        auto admin = m_site->signIn(QStringLiteral("admin"));
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("alt"), {d("7"), d("40")}).ok());
        QCOMPARE(Labs::compare(Labs::referenceRanges(*admin)->value(QStringLiteral("alt")), d("41")), 1);
        QCOMPARE(Labs::compare(Labs::referenceRanges(*admin)->value(QStringLiteral("alt")), d("40")), 0);
    }

    // Labs count within the window by the site's calendar day (Asia/Shanghai here), not UTC's:
    // 14 site-days before 2026-11-20 is 2026-11-06, whatever UTC date 07:00 there falls on.
    void labWindowBySiteDate_data()
    {
        QTest::addColumn<QDateTime>("collectedSite");   // wall time at the site
        QTest::addColumn<bool>("inside");
        const QTimeZone shanghai("Asia/Shanghai");
        QTest::newRow("14 site-days before, 07:00 (UTC the day before)") << QDateTime(QDate(2026, 11, 6), QTime(7, 0), shanghai) << true;
        QTest::newRow("14 site-days before, 00:00") << QDateTime(QDate(2026, 11, 6), QTime(0, 0), shanghai) << true;
        QTest::newRow("14 site-days before, 23:59") << QDateTime(QDate(2026, 11, 6), QTime(23, 59), shanghai) << true;
        QTest::newRow("15 site-days before, 23:59") << QDateTime(QDate(2026, 11, 5), QTime(23, 59), shanghai) << false;
        QTest::newRow("15 site-days before, 09:00 (UTC the same day)") << QDateTime(QDate(2026, 11, 5), QTime(9, 0), shanghai) << false;
        QTest::newRow("today, 07:00 (UTC yesterday)") << QDateTime(QDate(2026, 11, 20), QTime(7, 0), shanghai) << true;
    }

    void labWindowBySiteDate()
    {
        QFETCH(QDateTime, collectedSite);
        QFETCH(bool, inside);
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Labs::recordPanel(*nurse, m_patient, collectedSite.toUTC(), QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), d("80"), QStringLiteral("umol/L")}}).ok());
        QCOMPARE(Labs::latestWithin(*nurse, m_patient, QDate(2026, 11, 20), 14)->size(), inside ? 1 : 0);
        auto ev = Screenings::evaluate(*nurse, m_patient, QDate(2026, 11, 20), {});
        QVERIFY(ev.ok());
        QCOMPARE(ev->labsUsed.size(), inside ? 1 : 0);
        if (inside)   // the collection shown by its site date
            QVERIFY2(ev->labsUsed.first().endsWith(collectedSite.date().toString(Qt::ISODate)), qPrintable(ev->labsUsed.first()));
    }

    // The radiotherapy intent is what the form records; not recorded leaves I3 missing. With no
    // plan yet the intent is kept all the same (it was dropped, and vanished from the form on save).
    void screeningIntentIsNeverAssumed_data()
    {
        QTest::addColumn<QString>("intent");   // empty: not recorded
        QTest::addColumn<bool>("planned");
        QTest::addColumn<QString>("i3");
        QTest::newRow("not recorded") << "" << true << "missing";
        QTest::newRow("radical") << "radical" << true << "pass";
        QTest::newRow("palliative") << "palliative" << true << "fail";
        QTest::newRow("no plan, not recorded") << "" << false << "missing";
        QTest::newRow("no plan, radical") << "radical" << false << "missing";   // the dose still to come
        QTest::newRow("no plan, palliative") << "palliative" << false << "fail";
    }

    void screeningIntentIsNeverAssumed()
    {
        QFETCH(QString, intent);
        QFETCH(bool, planned);
        QFETCH(QString, i3);
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        if (planned)
            QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        QJsonObject form;
        if (!intent.isEmpty())
            form.insert(QStringLiteral("rt_intent"), intent);
        auto ev = Screenings::evaluate(*nurse, m_patient, QDate(2026, 11, 20), form);
        QVERIFY(ev.ok());
        QCOMPARE(ev->result.criteria.at(2).id, QStringLiteral("I3"));
        QCOMPARE(outcomeId(ev->result.criteria.at(2).outcome), i3);
        QCOMPARE(ev->inputs.value(QStringLiteral("rt_plan")).toObject().value(QStringLiteral("intent")).toString(), intent);
        QCOMPARE(ev->inputs.contains(QStringLiteral("rt_plan")), planned || !intent.isEmpty());
    }

    // Reference ranges per analyte and sex (creatinine differs); with sex unknown only what
    // both sexes' ranges decide is decided. Both sides of each limit.
    void referenceRangesBySex_data()
    {
        QTest::addColumn<QString>("analyte");
        QTest::addColumn<QString>("sex");   // empty: unknown
        QTest::addColumn<QString>("si");
        QTest::addColumn<int>("expected");  // -1 below, 0 inside, 1 above, 9 undecided
        QTest::newRow("female at her ULN") << "creatinine" << "female" << "97" << 0;
        QTest::newRow("female above her ULN") << "creatinine" << "female" << "97.1" << 1;
        QTest::newRow("male at his ULN") << "creatinine" << "male" << "111" << 0;
        QTest::newRow("male above his ULN") << "creatinine" << "male" << "111.1" << 1;
        QTest::newRow("male below his LLN") << "creatinine" << "male" << "56.9" << -1;
        QTest::newRow("unknown, inside both") << "creatinine" << "" << "97" << 0;
        QTest::newRow("unknown, above hers only") << "creatinine" << "" << "97.1" << 9;
        QTest::newRow("unknown, at his ULN") << "creatinine" << "" << "111" << 9;
        QTest::newRow("unknown, above both") << "creatinine" << "" << "111.1" << 1;
        QTest::newRow("unknown, below his LLN only") << "creatinine" << "" << "56.9" << 9;
        QTest::newRow("unknown, below both") << "creatinine" << "" << "43.9" << -1;
        QTest::newRow("one range for both, unknown") << "alt" << "" << "40.1" << 1;
        QTest::newRow("one range for both, female") << "alt" << "female" << "40" << 0;
    }

    void referenceRangesBySex()
    {
        QFETCH(QString, analyte);
        QFETCH(QString, sex);
        QFETCH(QString, si);
        QFETCH(int, expected);
        auto admin = m_site->signIn(QStringLiteral("admin"));
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {d("44"), d("97")}, QStringLiteral("female")).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {d("57"), d("111")}, QStringLiteral("male")).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("alt"), {d("7"), d("40")}).ok());
        QCOMPARE(Labs::setReferenceRange(*admin, QStringLiteral("alt"), {d("7"), d("40")}, QStringLiteral("other")).error().field,
                 QStringLiteral("sex"));
        auto ranges = Labs::referenceRangesBySex(*admin);
        QVERIFY(ranges.ok());
        const auto r = Labs::compare(ranges->value(analyte), sex, d(si.toLatin1().constData()));
        QCOMPARE(r.has_value() ? *r : 9, expected);

        // Screening takes the ULN of the patient's sex; sex unknown: only a ULN both share.
        auto coord = m_site->signIn(QStringLiteral("coord"));
        const QString patient = Patients::add(*coord, {{}, QStringLiteral("Xu Ning"), {}, {}, QStringLiteral("1960-05-01"), sex})->id;
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Labs::recordPanel(*nurse, patient, QDateTime(QDate(2026, 11, 18), QTime(1, 0), QTimeZone::utc()), QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), d("80"), QStringLiteral("umol/L")}}).ok());
        auto ev = Screenings::evaluate(*nurse, patient, QDate(2026, 11, 20), {});
        QVERIFY(ev.ok());
        const QJsonObject creatinine = ev->inputs.value(QStringLiteral("labs")).toObject().value(QStringLiteral("creatinine")).toObject();
        QCOMPARE(creatinine.value(QStringLiteral("uln")).toDouble(), sex == QLatin1String("female") ? 97.0 : sex == QLatin1String("male") ? 111.0 : 0.0);
        // 80 umol/L is within 1.5 x ULN for either sex: I7 passes even with the sex unknown
        // (no weight, so no clearance: the ULN rule alone decides).
        const auto i7 = std::find_if(ev->result.criteria.cbegin(), ev->result.criteria.cend(),
                                     [](const CriterionResult &c) { return c.id == QLatin1String("I7"); });
        QVERIFY(i7 != ev->result.criteria.cend());
        QVERIFY2(i7->outcome == CriterionOutcome::Pass, qPrintable(i7->detail));
    }

    // The plan and the labs a screening on 2026-11-20 needs (their ULNs set by the site).
    void prepareScreening()
    {
        auto admin = m_site->signIn(QStringLiteral("admin"));
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("alt"), {std::nullopt, d("40")}).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("ast"), {std::nullopt, d("40")}).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("total_bilirubin"), {std::nullopt, d("21")}).ok());
        QVERIFY(Labs::setReferenceRange(*admin, QStringLiteral("creatinine"), {std::nullopt, d("106")}).ok());
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        const QDateTime collected(QDate(2026, 11, 18), QTime(7, 30), QTimeZone::utc());
        QVERIFY(Labs::recordPanel(*nurse, m_patient, collected, QStringLiteral("blood_count"),
                                  {{QStringLiteral("wbc"), d("4.2"), QStringLiteral("10^9/L")},
                                   {QStringLiteral("hemoglobin"), d("121"), QStringLiteral("g/L")},
                                   {QStringLiteral("platelets"), d("210"), QStringLiteral("10^9/L")}}).ok());
        QVERIFY(Labs::recordPanel(*nurse, m_patient, collected, QStringLiteral("liver"),
                                  {{QStringLiteral("alt"), d("35"), QStringLiteral("U/L")},
                                   {QStringLiteral("ast"), d("30"), QStringLiteral("U/L")},
                                   {QStringLiteral("total_bilirubin"), d("12"), QStringLiteral("umol/L")}}).ok());
        QVERIFY(Labs::recordPanel(*nurse, m_patient, collected, QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), d("80"), QStringLiteral("umol/L")}}).ok());

    }

    // Every criterion answered, eligible (with the labs of prepareScreening).
    static QJsonObject eligibleForm()
    {
        QJsonObject form{{QStringLiteral("weight_kg"), 70}, {QStringLiteral("malignancy_confirmed"), true},
                         {QStringLiteral("rt_intent"), QStringLiteral("radical")},
                         {QStringLiteral("ecog"), 1}, {QStringLiteral("life_expectancy_months"), 12}};
        for (const char *no : {"ecg_clinically_significant_abnormality", "active_oral_infection", "severe_periodontal_disease",
                               "prior_head_neck_radiotherapy", "current_other_trial", "significant_cardiovascular_disease",
                               "cirrhosis", "chronic_renal_insufficiency", "active_systemic_infection_on_antimicrobials",
                               "autoimmune_disease_on_immunosuppression", "severe_psychiatric_disorder",
                               "non_discontinuable_mucosal_protectant_or_anti_inflammatory", "long_term_immunosuppressants",
                               "unable_to_comply", "investigator_judges_unsuitable"})
            form.insert(QString::fromLatin1(no), false);
        form.insert(QStringLiteral("oral_mucosa_intact"), true);
        form.insert(QStringLiteral("informed_consent_signed"), true);
        form.insert(QStringLiteral("last_head_neck_surgery_date"), QJsonValue::Null);
        form.insert(QStringLiteral("last_other_interventional_study_date"), QJsonValue::Null);
        form.insert(QStringLiteral("long_term_corticosteroid_prednisone_eq_mg_per_day"), 0);
        return form;
    }

    void screeningSignedDecision()
    {
        prepareScreening();
        QJsonObject form{{QStringLiteral("weight_kg"), 70}, {QStringLiteral("malignancy_confirmed"), true},
                         {QStringLiteral("rt_intent"), QStringLiteral("radical")},
                         {QStringLiteral("ecog"), 1}, {QStringLiteral("life_expectancy_months"), 12}};
        auto coord = m_site->signIn(QStringLiteral("coord"));
        auto partial = Screenings::evaluate(*coord, m_patient, QDate(2026, 11, 20), form);
        QVERIFY(partial.ok());
        QCOMPARE(partial->labsUsed.size(), 7);
        QCOMPARE(statusId(partial->result.status), QStringLiteral("incomplete"));
        for (const CriterionResult &c : partial->result.criteria)
            if (c.id.startsWith(QLatin1Char('I')) && c.id.size() == 2 && c.id[1] <= QLatin1Char('7'))
                QVERIFY2(c.outcome == CriterionOutcome::Pass, qPrintable(c.id + QLatin1Char(' ') + c.detail));

        auto incomplete = Screenings::save(*coord, m_patient, QDate(2026, 11, 20), form);
        QVERIFY(incomplete.ok());
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        QCOMPARE(Screenings::sign(*doctor, incomplete->id, test::kPassword).error().field, QStringLiteral("outcome"));

        auto complete = Screenings::save(*coord, m_patient, QDate(2026, 11, 20), eligibleForm());
        QVERIFY(complete.ok());
        QCOMPARE(complete->outcome, QStringLiteral("eligible"));
        QCOMPARE(Screenings::sign(*coord, complete->id, test::kPassword).error().kind, ErrorKind::Denied);
        QVERIFY(Screenings::sign(*doctor, complete->id, test::kPassword).ok());
        QCOMPARE(Patients::get(*doctor, m_patient)->status, QStringLiteral("enrolled"));
        QCOMPARE(Screenings::list(*doctor, m_patient)->size(), 2);   // the incomplete draft is kept too

        // Shown as signed, whatever is recorded later: a hemoglobin of 80 g/L the next day fails
        // the screening evaluated again, not the one signed.
        const auto signedEvaluation = Screenings::evaluate(*doctor, m_patient, QDate(2026, 11, 20), eligibleForm());
        QVERIFY(Labs::recordPanel(*m_site->signIn(QStringLiteral("nurse")), m_patient, QDateTime(QDate(2026, 11, 19), QTime(7, 30), QTimeZone::utc()),
                                  QStringLiteral("blood_count"), {{QStringLiteral("hemoglobin"), d("80"), QStringLiteral("g/L")}}).ok());
        QCOMPARE(statusId(Screenings::evaluate(*doctor, m_patient, QDate(2026, 11, 20), eligibleForm())->result.status), QStringLiteral("ineligible"));
        const ScreeningEvaluation asSigned = Screenings::asScreened(Screenings::list(*doctor, m_patient)->last());
        QCOMPARE(statusId(asSigned.result.status), QStringLiteral("eligible"));
        QCOMPARE(asSigned.result.criteria.size(), signedEvaluation->result.criteria.size());
        for (qsizetype i = 0; i < asSigned.result.criteria.size(); ++i) {
            const CriterionResult &was = signedEvaluation->result.criteria.at(i);
            const CriterionResult &shown = asSigned.result.criteria.at(i);
            QCOMPARE(shown.id, was.id);
            QCOMPARE(shown.inclusion, was.inclusion);
            QCOMPARE(shown.outcome, was.outcome);
            QCOMPARE(shown.detail, was.detail);
        }
        QCOMPARE(asSigned.labsUsed.size(), 7);
        QVERIFY2(asSigned.labsUsed.contains(QStringLiteral("Hemoglobin 121 g/L")), qPrintable(asSigned.labsUsed.join(QLatin1Char(';'))));
        auto log = Screenings::log(*doctor);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().subjectId, QStringLiteral("GX01-0001"));
        bool sawIncomplete = false;
        for (const ScreeningLogEntry &e : log.value())
            if (e.outcome == QLatin1String("incomplete")) {
                sawIncomplete = true;
                QVERIFY(e.missing.contains(QStringLiteral("I8")));
                QVERIFY(e.failed.isEmpty());
            }
        QVERIFY(sawIncomplete);

        // A birth date corrected after the decision was signed: the decision stands as signed,
        // and what its own inputs decide with the date now is said (a coordinator's walkthrough
        // moved an enrolled patient to 86 years and the tab still read "I2 passes, age 66").
        QVERIFY(!Screenings::birthDateSinceSigned(*doctor, m_patient).value().has_value());
        QVERIFY(Patients::update(*coord, m_patient, {QStringLiteral("1940-01-01"), QStringLiteral("male"), QStringLiteral("Qian Li"), {}, {}},
                                 QStringLiteral("typing error at registration")).ok());
        auto since = Screenings::birthDateSinceSigned(*doctor, m_patient);
        QVERIFY2(since.ok() && since.value(), since.ok() ? "nothing said" : qPrintable(since.error().message));
        QCOMPARE(since.value()->signedWith, QStringLiteral("1960-05-01"));
        QCOMPARE(since.value()->now, QStringLiteral("1940-01-01"));
        QCOMPARE(since.value()->outcomeNow, QStringLiteral("ineligible"));
        QCOMPARE(since.value()->changed.size(), 1);
        QCOMPARE(since.value()->changed.first().id, QStringLiteral("I2"));
        QCOMPARE(since.value()->changed.first().outcome, CriterionOutcome::Fail);
        QCOMPARE(Screenings::list(*doctor, m_patient)->last().outcome, QStringLiteral("eligible"));   // as signed
        // Corrected again within the age range: said, with nothing deciding otherwise.
        QVERIFY(Patients::update(*coord, m_patient, {QStringLiteral("1960-06-01"), QStringLiteral("male"), QStringLiteral("Qian Li"), {}, {}},
                                 QStringLiteral("the source document")).ok());
        since = Screenings::birthDateSinceSigned(*doctor, m_patient);
        QVERIFY(since.ok() && since.value());
        QVERIFY(since.value()->changed.isEmpty());
        QCOMPARE(since.value()->outcomeNow, QStringLiteral("eligible"));
        // A monitor sees the year of birth only: nothing to compare a date with.
        QVERIFY(!Screenings::birthDateSinceSigned(*m_site->signIn(QStringLiteral("monitor")), m_patient).value().has_value());
    }

    // A screening decides entry once: a patient enrolled (and so randomized), withdrawn or
    // completed keeps the signed decision. A later "ineligible" made a randomized patient a
    // screen failure, a later "eligible" undid a withdrawal. A screen failure is screened again.
    void aScreeningIsForAPatientNotYetEnrolled_data()
    {
        QTest::addColumn<QString>("before");   // how the patient stands when screened again
        QTest::addColumn<bool>("open");
        QTest::newRow("screening") << QStringLiteral("screening") << true;
        QTest::newRow("screen failure") << QStringLiteral("screen_failed") << true;
        QTest::newRow("enrolled") << QStringLiteral("enrolled") << false;
        QTest::newRow("randomized") << QStringLiteral("randomized") << false;
        QTest::newRow("withdrawn") << QStringLiteral("withdrawn") << false;
        QTest::newRow("completed") << QStringLiteral("completed") << false;
    }

    void aScreeningIsForAPatientNotYetEnrolled()
    {
        QFETCH(QString, before);
        QFETCH(bool, open);
        prepareScreening();
        auto coord = m_site->signIn(QStringLiteral("coord"));
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        // A draft from before, waiting: signing it later is refused as a new one is.
        auto waiting = Screenings::save(*coord, m_patient, QDate(2026, 11, 19), eligibleForm());
        QVERIFY(waiting.ok());
        QJsonObject failing = eligibleForm();
        failing.insert(QStringLiteral("cirrhosis"), true);
        if (before == QLatin1String("screen_failed")) {
            auto failed = Screenings::save(*coord, m_patient, QDate(2026, 11, 19), failing);
            QVERIFY(failed.ok());
            QVERIFY(Screenings::sign(*doctor, failed->id, test::kPassword).ok());
        } else if (before != QLatin1String("screening") && before != QLatin1String("withdrawn")) {
            auto eligible = Screenings::save(*coord, m_patient, QDate(2026, 11, 19), eligibleForm());
            QVERIFY(eligible.ok());
            QVERIFY(Screenings::sign(*doctor, eligible->id, test::kPassword).ok());
        }
        if (before == QLatin1String("randomized"))
            allocate(*coord, QStringLiteral("control"));
        if (before == QLatin1String("withdrawn") || before == QLatin1String("completed"))
            QVERIFY(Patients::setStatus(*coord, m_patient, before, QDate(2026, 11, 20), QStringLiteral("test")).ok());
        const QString status = Patients::get(*coord, m_patient)->status;

        auto again = Screenings::save(*coord, m_patient, QDate(2026, 11, 20), before == QLatin1String("screen_failed") ? eligibleForm() : failing);
        QCOMPARE(again.ok(), open);
        // The draft from before is superseded by what was saved since (it enrolled a screen
        // failure on answers the signed failure contradicts); only the latest is signed.
        auto late = Screenings::sign(*doctor, waiting->id, test::kPassword);
        QVERIFY(!late.ok());
        if (open) {
            QCOMPARE(late.error().field, QStringLiteral("state"));
            QVERIFY(Screenings::sign(*doctor, again->id, test::kPassword).ok());
            QCOMPARE(Patients::get(*coord, m_patient)->status, before == QLatin1String("screen_failed") ? QStringLiteral("enrolled")
                                                                                                         : QStringLiteral("screen_failed"));
            return;
        }
        QCOMPARE(again.error().field, QStringLiteral("status"));
        QCOMPARE(late.error().field, QStringLiteral("status"));
        QVERIFY2(again.error().message.contains(Patients::statusLabel(status)), qPrintable(again.error().message));
        QCOMPARE(Patients::get(*coord, m_patient)->status, status);   // nothing changed
        QCOMPARE(Screenings::list(*coord, m_patient)->size(), before == QLatin1String("withdrawn") ? 1 : 2);
    }

    void studyDrugDiary()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        QVERIFY(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("breakfast"), true).ok());
        QVERIFY(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("lunch"), true).ok());
        QCOMPARE(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("lunch"), false).error().field,
                 QStringLiteral("reason"));
        QCOMPARE(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 21), QStringLiteral("lunch"), true).error().field,
                 QStringLiteral("date"));
        QCOMPARE(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("supper"), true).error().field,
                 QStringLiteral("slot"));
        auto a = StudyDrug::adherence(*nurse, m_patient);
        QCOMPARE(a->expected, 3 * 18 + 2);   // 2-19 November, and today's (17:00 at the site) breakfast and lunch
        QCOMPARE(a->taken, 2);
        QCOMPARE(a->notTaken, 0);
        QCOMPARE(a->undocumented(), 56 - 2);
        // A dose missed is documented as not taken, without a reason (nothing recorded changes);
        // it is no longer counted as not yet documented. A recorded dose changed needs one.
        QVERIFY(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"), false).ok());
        a = StudyDrug::adherence(*nurse, m_patient);
        QCOMPARE(a->taken, 2);
        QCOMPARE(a->notTaken, 1);
        QCOMPARE(a->undocumented(), 56 - 3);
        QCOMPARE(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"), true).error().field,
                 QStringLiteral("reason"));
        QVERIFY(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"), true, QStringLiteral("Diary card read again")).ok());
        a = StudyDrug::adherence(*nurse, m_patient);
        QCOMPARE(a->taken, 3);
        QCOMPARE(a->notTaken, 0);
        // Recorded in error: cleared with a reason, the dose is not documented again (and can be
        // recorded anew); a dose never recorded has nothing to clear.
        QCOMPARE(StudyDrug::clear(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"), {}).error().field, QStringLiteral("reason"));
        QCOMPARE(StudyDrug::clear(*nurse, m_patient, QDate(2026, 11, 3), QStringLiteral("dinner"), QStringLiteral("x")).error().field,
                 QStringLiteral("date"));
        QVERIFY(StudyDrug::clear(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"), QStringLiteral("Another patient's card")).ok());
        a = StudyDrug::adherence(*nurse, m_patient);
        QCOMPARE(a->taken, 2);
        QCOMPARE(a->undocumented(), 56 - 2);
        QVERIFY(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"), false).ok());
        QCOMPARE(StudyDrug::adherence(*nurse, m_patient)->notTaken, 1);
        QCOMPARE(StudyDrug::clear(*m_site->signIn(QStringLiteral("monitor")), m_patient, QDate(2026, 11, 2), QStringLiteral("dinner"),
                                  QStringLiteral("x")).error().kind, ErrorKind::Denied);
        auto monitor = m_site->signIn(QStringLiteral("monitor"));
        QCOMPARE(StudyDrug::setTaken(*monitor, m_patient, QDate(2026, 11, 3), QStringLiteral("lunch"), true).error().kind, ErrorKind::Denied);
    }

    // Today's doses are expected once due (from 09:00, 13:00 and 19:00 at the site, half an hour
    // after each meal) or documented: at 00:30 adherence had counted today's three as missing.
    void adherenceCountsTodaysDosesOnceDue_data()
    {
        QTest::addColumn<QTime>("siteTime");
        QTest::addColumn<bool>("dinnerDocumented");
        QTest::addColumn<int>("today");
        QTest::newRow("00:30") << QTime(0, 30) << false << 0;
        QTest::newRow("08:59") << QTime(8, 59) << false << 0;
        QTest::newRow("09:00") << QTime(9, 0) << false << 1;
        QTest::newRow("12:59") << QTime(12, 59) << false << 1;
        QTest::newRow("13:00") << QTime(13, 0) << false << 2;
        QTest::newRow("18:59") << QTime(18, 59) << false << 2;
        QTest::newRow("19:00") << QTime(19, 0) << false << 3;
        QTest::newRow("23:59") << QTime(23, 59) << false << 3;
        QTest::newRow("10:00, dinner documented early") << QTime(10, 0) << true << 2;
    }

    void adherenceCountsTodaysDosesOnceDue()
    {
        QFETCH(QTime, siteTime);
        QFETCH(bool, dinnerDocumented);
        QFETCH(int, today);
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        m_site->clock()->set(QDateTime(QDate(2026, 11, 20), siteTime, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC());
        if (dinnerDocumented)
            QVERIFY(StudyDrug::setTaken(*nurse, m_patient, QDate(2026, 11, 20), QStringLiteral("dinner"), true).ok());
        const auto a = StudyDrug::adherence(*nurse, m_patient);
        QVERIFY(a.ok());
        QCOMPARE(a->expected, 3 * 18 + today);   // 2-19 November whole
        QCOMPARE(a->taken, dinnerDocumented ? 1 : 0);
        QCOMPARE(a->undocumented(), 3 * 18 + today - a->taken);
    }

    // A diary page (or the DEMO's history) in one transaction: every mark saved, or none of
    // them; one commit heard by the UI, not one per dose (the DEMO's first start made 1,400).
    void studyDrugDiaryPageIsOneTransaction()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        QList<DoseMark> page;
        for (int day = 2; day <= 6; ++day)
            for (const QString &slot : StudyDrug::doseSlots())
                page.append({QDate(2026, 11, day), slot, true});
        page.append({QDate(2026, 11, 6), QStringLiteral("dinner"), true});   // the same dose twice: one record
        QSignalSpy commits(&ChangeNotifier::instance(), &ChangeNotifier::committed);
        QVERIFY(StudyDrug::setTakenMany(*nurse, m_patient, page).ok());
        QCOMPARE(commits.size(), 1);
        QCOMPARE(StudyDrug::doses(*nurse, m_patient)->size(), 15);
        QCOMPARE(StudyDrug::adherence(*nurse, m_patient)->taken, 15);

        // A bad mark anywhere on the page saves nothing of it: a future day, an un-check without reason.
        const QList<DoseMark> future{{QDate(2026, 11, 9), QStringLiteral("breakfast"), true}, {QDate(2026, 11, 21), QStringLiteral("lunch"), true}};
        QCOMPARE(StudyDrug::setTakenMany(*nurse, m_patient, future).error().field, QStringLiteral("date"));
        const QList<DoseMark> unchecked{{QDate(2026, 11, 9), QStringLiteral("breakfast"), true}, {QDate(2026, 11, 2), QStringLiteral("lunch"), false}};
        QCOMPARE(StudyDrug::setTakenMany(*nurse, m_patient, unchecked).error().field, QStringLiteral("reason"));
        QCOMPARE(StudyDrug::doses(*nurse, m_patient)->size(), 15);
        QCOMPARE(commits.size(), 1);
        // With a reason, the page's un-check and its new dose are saved together, audited.
        QVERIFY(StudyDrug::setTakenMany(*nurse, m_patient, unchecked, QStringLiteral("Patient vomited")).ok());
        QCOMPARE(StudyDrug::adherence(*nurse, m_patient)->taken, 15);
        QCOMPARE(StudyDrug::doses(*nurse, m_patient)->size(), 16);
        auto chain = AuditChain::verify(nurse->db());
        QVERIFY(chain.ok() && chain->intact);
    }

    void adverseEventsValidated()
    {
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        AdverseEvent e;
        e.patientId = m_patient;
        e.term = QStringLiteral("Dysgeusia");
        e.grade = 2;
        e.onset = QDate(2026, 11, 10);
        e.resolution = QDate(2026, 11, 9);
        e.relation = QStringLiteral("possible");
        e.action = QStringLiteral("none");
        e.outcome = QStringLiteral("recovered");
        e.state = QStringLiteral("confirmed");
        QCOMPARE(AdverseEvents::save(*doctor, e).error().field, QStringLiteral("resolution_date"));
        e.resolution = QDate();
        e.grade = 6;
        QCOMPARE(AdverseEvents::save(*doctor, e).error().field, QStringLiteral("grade"));
        e.grade = 2;
        QVERIFY(AdverseEvents::save(*doctor, e).ok());
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QCOMPARE(AdverseEvents::save(*nurse, e).error().kind, ErrorKind::Denied);
    }
};

QTEST_GUILESS_MAIN(TestWorkflows)
#include "tst_workflows.moc"
