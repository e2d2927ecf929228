// How the trial was conducted, for the DMC report (issue 16): each scheduled visit kept in its
// window, out of it, missed or not due yet (reports/VisitConduct, over the protocol file's
// windows: every edge of a window), the schedule read from a snapshot (when radiotherapy ends,
// a withdrawal cutting the visits), protocol deviations and data completeness per site and arm,
// the CONSORT flow (every patient in exactly one box, the boxes adding up) and the screen
// failures with the criteria that failed. Dates are written out, never computed by the code
// under test.
#include "reports/ConsortFlow.h"
#include "reports/DataCompleteness.h"
#include "reports/ProtocolDeviations.h"
#include "reports/ScreenFailures.h"
#include "reports/VisitConduct.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace muco;

namespace {

// Baseline grading due on day 0 (window -14..0) and a weekly grading due on day 7 (window
// 5..9), days from the start of radiotherapy (Monday 2026-10-05).
const QDate kStart(2026, 10, 5);

QList<VisitDefinition> twoVisits()
{
    VisitDefinition baseline{QStringLiteral("baseline"), QStringLiteral("Baseline"), {}, ScheduleAnchor::RtStart, 0, 14, 0, 0, {QStringLiteral("grade")}};
    VisitDefinition week{QStringLiteral("week1"), QStringLiteral("Week 1"), {}, ScheduleAnchor::RtStart, 7, 2, 2, 0, {QStringLiteral("grade")}};
    return {baseline, week};
}

QList<QDate> days(const QString &list)
{
    QList<QDate> out;
    for (const QString &d : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << kStart.addDays(d.toInt());
    return out;
}

SnapshotRecord row(const QString &id, const QString &site, const QVariantMap &fields)
{
    return SnapshotRecord{id, site, 1, {}, QStringLiteral("2026-10-01T00:00:00.000Z"), fields};
}

QVariantMap fields(std::initializer_list<std::pair<const char *, QVariant>> items)
{
    QVariantMap out;
    for (const auto &[k, v] : items)
        out.insert(QString::fromLatin1(k), v);
    return out;
}

// One enrolled patient, p1 of GX01, with a plan of `fractions` on weekdays from kStart.
TrialSnapshot plannedPatient(const QString &totalGy, int fractions)
{
    TrialSnapshot s;
    s.tables[QStringLiteral("patients")] << row(QStringLiteral("p1"), QStringLiteral("GX01"),
                                                fields({{"subject_id", QStringLiteral("GX01-0001")}, {"status", QStringLiteral("enrolled")}}));
    s.tables[QStringLiteral("rt_plans")] << row(QStringLiteral("rt1"), QStringLiteral("GX01"),
                                                fields({{"patient_id", QStringLiteral("p1")}, {"total_dose_gy", totalGy},
                                                        {"fractions", fractions}, {"start_date", kStart.toString(Qt::ISODate)},
                                                        {"weekdays", QStringLiteral("1,2,3,4,5")}}));
    return s;
}

// Fraction `number` of 2 Gy, delivered to p1 on `date`.
SnapshotRecord deliveredFraction(int number, const QString &date)
{
    return row(QStringLiteral("f%1").arg(number), QStringLiteral("GX01"),
               fields({{"patient_id", QStringLiteral("p1")}, {"date", date}, {"number", number},
                       {"dose_gy", QStringLiteral("2")}, {"status", QStringLiteral("delivered")}}));
}

const ConductedVisit *visit(const PatientVisits &p, const QString &id)
{
    for (const ConductedVisit &v : p.visits)
        if (v.visit.definition.id == id)
            return &v;
    return nullptr;
}

} // namespace

class TestTrialConduct : public QObject {
    Q_OBJECT
private slots:
    // The week 1 visit (due day 7, window 5..9) for signed grades and drafts on the given days.
    void windowEdges_data()
    {
        QTest::addColumn<QString>("signedDays");
        QTest::addColumn<QString>("draftDays");
        QTest::addColumn<int>("asOfDay");
        QTest::addColumn<QString>("conduct");
        QTest::addColumn<int>("recordedDay");    // out of window: the day recorded
        QTest::addColumn<int>("daysOutside");
        QTest::addColumn<bool>("awaitingSignature");
        QTest::newRow("on the due day") << "7" << "" << 30 << "in_window" << 0 << 0 << false;
        QTest::newRow("on the window's first day") << "5" << "" << 30 << "in_window" << 0 << 0 << false;
        QTest::newRow("on the window's last day") << "9" << "" << 30 << "in_window" << 0 << 0 << false;
        QTest::newRow("the day after the window: 1 day late") << "10" << "" << 30 << "out_of_window" << 10 << 1 << false;
        QTest::newRow("the day before the window: 1 day early") << "4" << "" << 30 << "out_of_window" << 4 << -1 << false;
        QTest::newRow("day 3 is nearer the baseline: week 1 missed") << "3" << "" << 30 << "missed" << 0 << 0 << false;
        QTest::newRow("a grade in the baseline's window is the baseline's") << "-1" << "" << 30 << "missed" << 0 << 0 << false;
        QTest::newRow("the nearest of two late grades counts") << "14,11" << "" << 30 << "out_of_window" << 11 << 2 << false;
        QTest::newRow("nothing yet, as of the window's last day: not expected yet") << "" << "" << 9 << "pending" << 0 << 0 << false;
        QTest::newRow("nothing, as of the day after the window: missed") << "" << "" << 10 << "missed" << 0 << 0 << false;
        QTest::newRow("a grade later than the data's date is not seen") << "12" << "" << 11 << "missed" << 0 << 0 << false;
        QTest::newRow("an unsigned grade in the window: recorded, to sign") << "" << "9" << 30 << "in_window" << 0 << 0 << true;
        QTest::newRow("an unsigned grade outside the window does not count") << "" << "10" << 30 << "missed" << 0 << 0 << false;
        QTest::newRow("kept early, while the window is still open") << "6" << "" << 6 << "in_window" << 0 << 0 << false;
    }
    void windowEdges()
    {
        QFETCH(QString, signedDays);
        QFETCH(QString, draftDays);
        QFETCH(int, asOfDay);
        QFETCH(QString, conduct);
        QFETCH(int, recordedDay);
        QFETCH(int, daysOutside);
        QFETCH(bool, awaitingSignature);
        ScheduleInput in;
        in.rtStart = kStart;
        in.rtEnd = kStart.addDays(40);
        in.today = kStart.addDays(asOfDay);
        in.forms.signedGrades = days(signedDays);
        in.forms.draftGrades = days(draftDays);
        const QList<ConductedVisit> out = conductOf(scheduleVisits(twoVisits(), in), in.forms, in.today);
        QCOMPARE(out.size(), 2);
        const ConductedVisit &week = out.at(1);
        QCOMPARE(week.visit.definition.id, QStringLiteral("week1"));
        QCOMPARE(visitConductId(week.conduct), conduct);
        QCOMPARE(week.expected(), conduct != QLatin1String("pending"));
        QCOMPARE(week.awaitingSignature, awaitingSignature);
        if (conduct == QLatin1String("out_of_window")) {
            QCOMPARE(week.recordedOn, kStart.addDays(recordedDay));
            QCOMPARE(week.daysOutside, daysOutside);
        } else {
            QVERIFY(!week.recordedOn.isValid());
        }
    }

    // "day 3 is nearer the baseline": the baseline (window -14..0) was kept 3 days late.
    void aFormIsClaimedByOneVisitOnly()
    {
        ScheduleInput in;
        in.rtStart = kStart;
        in.rtEnd = kStart.addDays(40);
        in.today = kStart.addDays(30);
        in.forms.signedGrades = days(QStringLiteral("3"));
        const QList<ConductedVisit> out = conductOf(scheduleVisits(twoVisits(), in), in.forms, in.today);
        QCOMPARE(out.at(0).conduct, VisitConduct::OutOfWindow);
        QCOMPARE(out.at(0).daysOutside, 3);
        QCOMPARE(out.at(1).conduct, VisitConduct::Missed);
    }

    // The schedule from a snapshot, with the protocol file's visits: radiotherapy of 5 fractions
    // from Monday 2026-10-05 ends on the last delivered one, or on the projected day.
    void scheduleFromASnapshot_data()
    {
        QTest::addColumn<QString>("delivered");   // fraction days, comma-separated
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("rtEndDue");        // the end-of-radiotherapy visit's due day
        QTest::newRow("all five delivered: the last one") << "2026-10-05,2026-10-06,2026-10-07,2026-10-08,2026-10-12"
                                                          << "2026-10-20" << "2026-10-12";
        QTest::newRow("two delivered, today open: projected to Friday") << "2026-10-05,2026-10-06" << "2026-10-07" << "2026-10-09";
        QTest::newRow("two delivered, a day passed untreated: projected to Monday")
            << "2026-10-05,2026-10-06" << "2026-10-08" << "2026-10-12";
    }
    void scheduleFromASnapshot()
    {
        QFETCH(QString, delivered);
        QFETCH(QString, asOf);
        QFETCH(QString, rtEndDue);
        TrialSnapshot s = plannedPatient(QStringLiteral("10"), 5);
        int n = 0;
        for (const QString &d : delivered.split(QLatin1Char(',')))
            s.tables[QStringLiteral("fractions")] << deliveredFraction(++n, d);
        const QList<PatientVisits> visits = patientVisits(s, trialCourses(s), QDate::fromString(asOf, Qt::ISODate));
        QCOMPARE(visits.size(), 1);
        const ConductedVisit *end = visit(visits.first(), QStringLiteral("rt_end"));
        QVERIFY(end);
        QCOMPARE(end->visit.due, QDate::fromString(rtEndDue, Qt::ISODate));
        QVERIFY(visit(visits.first(), QStringLiteral("follow_up")));
    }

    // Visit conduct counts a grade as the endpoint does (reports/TrialCourses): a signed grade
    // marked superseded keeps its visit until a correction of it is signed. The end-of-radiotherapy
    // visit (one fraction, 2026-10-05) graded that day: kept, whatever became of the grade, and
    // missed with no grade at all (the control).
    void aVisitIsKeptByItsLastSignedGrade_data()
    {
        QTest::addColumn<QStringList>("grades");   // "state" or "state>corrects": one assessment each, 2026-10-05
        QTest::addColumn<bool>("kept");
        QTest::newRow("signed") << QStringList{QStringLiteral("signed")} << true;
        QTest::newRow("superseded, no correction") << QStringList{QStringLiteral("superseded")} << true;
        QTest::newRow("superseded, correction a draft") << QStringList{QStringLiteral("superseded"), QStringLiteral("draft>0")} << true;
        QTest::newRow("superseded, correction signed") << QStringList{QStringLiteral("superseded"), QStringLiteral("signed>0")} << true;
        QTest::newRow("no grade") << QStringList{} << false;
    }
    void aVisitIsKeptByItsLastSignedGrade()
    {
        QFETCH(QStringList, grades);
        QFETCH(bool, kept);
        TrialSnapshot s = plannedPatient(QStringLiteral("2"), 1);
        s.tables[QStringLiteral("fractions")] << deliveredFraction(1, QStringLiteral("2026-10-05"));
        for (int i = 0; i < grades.size(); ++i) {
            const QStringList parts = grades.at(i).split(QLatin1Char('>'));
            QVariantMap f = fields({{"patient_id", QStringLiteral("p1")}, {"visit_date", QStringLiteral("2026-10-05")}, {"state", parts.at(0)},
                                    {"who_grade", 1}});
            if (parts.at(0) != QLatin1String("draft"))
                f.insert(QStringLiteral("signed_utc"), QStringLiteral("2026-10-05T1%1:00:00.000Z").arg(i));
            if (parts.size() > 1)
                f.insert(QStringLiteral("supersedes"), QStringLiteral("a%1").arg(parts.at(1)));
            s.tables[QStringLiteral("assessments")] << row(QStringLiteral("a%1").arg(i), QStringLiteral("GX01"), f);
        }
        const QList<PatientVisits> visits = patientVisits(s, trialCourses(s), QDate(2026, 12, 31));
        QCOMPARE(visits.size(), 1);
        const ConductedVisit *end = visit(visits.first(), QStringLiteral("rt_end"));
        QVERIFY(end);
        QCOMPARE(end->conduct == VisitConduct::InWindow, kept);
    }

    // A withdrawal on 2026-10-20 drops the visits not kept whose window opens after it (the
    // follow-up), as the "Today" view does; a screen failure has no visits at all.
    void participationCutsTheSchedule()
    {
        TrialSnapshot s;
        for (const auto &[id, status] : {std::pair{"p1", "withdrawn"}, std::pair{"p2", "enrolled"}, std::pair{"p3", "screen_failed"}}) {
            s.tables[QStringLiteral("patients")] << row(QString::fromLatin1(id), QStringLiteral("GX01"),
                                                        fields({{"subject_id", QStringLiteral("GX01-%1").arg(QString::fromLatin1(id))},
                                                                {"status", QString::fromLatin1(status)}, {"status_date", QStringLiteral("2026-10-20")}}));
            s.tables[QStringLiteral("rt_plans")] << row(QStringLiteral("rt") + QString::fromLatin1(id), QStringLiteral("GX01"),
                                                        fields({{"patient_id", QString::fromLatin1(id)}, {"total_dose_gy", QStringLiteral("2")},
                                                                {"fractions", 1}, {"start_date", QStringLiteral("2026-10-05")},
                                                                {"weekdays", QStringLiteral("1,2,3,4,5")}}));
            s.tables[QStringLiteral("fractions")] << row(QStringLiteral("f") + QString::fromLatin1(id), QStringLiteral("GX01"),
                                                         fields({{"patient_id", QString::fromLatin1(id)}, {"date", QStringLiteral("2026-10-05")},
                                                                 {"number", 1}, {"dose_gy", QStringLiteral("2")}, {"status", QStringLiteral("delivered")}}));
        }
        const QList<PatientVisits> visits = patientVisits(s, trialCourses(s), QDate(2026, 12, 31));
        QCOMPARE(visits.size(), 2);
        QCOMPARE(visits.at(0).patientId, QStringLiteral("p1"));
        QVERIFY(!visit(visits.at(0), QStringLiteral("follow_up")));
        QVERIFY(visit(visits.at(0), QStringLiteral("rt_end")));   // its window opened before the withdrawal: missed
        QCOMPARE(visit(visits.at(0), QStringLiteral("rt_end"))->conduct, VisitConduct::Missed);
        QVERIFY(visit(visits.at(1), QStringLiteral("follow_up")));
        QVERIFY(visits.at(1).finalVisitMissed());
    }

    // Deviations and completeness counted by hand: GX01 has an experimental patient (one missed
    // and one held fraction, baseline kept, week 1 a day late) and a control patient (nothing
    // recorded: baseline and week 1 missed); GX02 a control patient with both visits kept, the
    // second unsigned. As of day 30, so both windows have closed.
    void deviationsAndCompleteness()
    {
        auto conducted = [](const QString &signedDays, const QString &draftDays) {
            ScheduleInput in;
            in.rtStart = kStart;
            in.rtEnd = kStart.addDays(40);
            in.today = kStart.addDays(30);
            in.forms.signedGrades = days(signedDays);
            in.forms.draftGrades = days(draftDays);
            return conductOf(scheduleVisits(twoVisits(), in), in.forms, in.today);
        };
        const QList<PatientVisits> patients{
            {QStringLiteral("p1"), QStringLiteral("GX01-0001"), QStringLiteral("GX01"), armExperimental(), QStringLiteral("enrolled"), conducted(QStringLiteral("-2,10"), {})},
            {QStringLiteral("p2"), QStringLiteral("GX01-0002"), QStringLiteral("GX01"), armControl(), QStringLiteral("enrolled"), conducted({}, {})},
            {QStringLiteral("p3"), QStringLiteral("GX02-0001"), QStringLiteral("GX02"), armControl(), QStringLiteral("enrolled"), conducted(QStringLiteral("0"), QStringLiteral("8"))}};
        TrialSnapshot s;
        s.tables[QStringLiteral("fractions")] << row(QStringLiteral("f1"), QStringLiteral("GX01"), fields({{"patient_id", QStringLiteral("p1")}, {"status", QStringLiteral("missed")}}))
                                              << row(QStringLiteral("f2"), QStringLiteral("GX01"), fields({{"patient_id", QStringLiteral("p1")}, {"status", QStringLiteral("held")}}))
                                              << row(QStringLiteral("f3"), QStringLiteral("GX01"), fields({{"patient_id", QStringLiteral("p1")}, {"status", QStringLiteral("delivered")}}));
        const ProtocolDeviations d = protocolDeviations(s, patients);
        QCOMPARE(d.experimental.patients, 1);
        QCOMPARE(d.experimental.missedFractions, 1);
        QCOMPARE(d.experimental.heldFractions, 1);
        QCOMPARE(d.experimental.patientsMissedOrHeld, 1);
        QCOMPARE(d.experimental.visitsOutOfWindow, 1);
        QCOMPARE(d.experimental.visitsMissed, 0);
        QCOMPARE(d.control.patients, 2);
        QCOMPARE(d.control.patientsWithDeviation, 1);
        QCOMPARE(d.control.visitsMissed, 2);
        QCOMPARE(d.all.patients, 3);
        QCOMPARE(d.all.patientsWithDeviation, 2);
        QCOMPARE(d.visits.size(), 3);
        QCOMPARE(d.visits.at(0).subjectId, QStringLiteral("GX01-0001"));
        QCOMPARE(d.visits.at(0).visit.daysOutside, 1);

        const QList<CompletenessRow> rows = dataCompleteness(patients, {QStringLiteral("GX01"), QStringLiteral("GX02")});
        // GX01 experimental, GX01 control, GX02 experimental (none), GX02 control, then per arm, then the total.
        QCOMPARE(rows.size(), 7);
        auto check = [&](int i, const QString &site, const QString &arm, int patientsN, int expected, int inWindow, int out, int missed, int unsignedN) {
            const CompletenessRow &r = rows.at(i);
            QCOMPARE(r.site, site);
            QCOMPARE(r.arm, arm);
            QCOMPARE(r.counts.patients, patientsN);
            QCOMPARE(r.counts.expected, expected);
            QCOMPARE(r.counts.inWindow, inWindow);
            QCOMPARE(r.counts.outOfWindow, out);
            QCOMPARE(r.counts.missed, missed);
            QCOMPARE(r.counts.awaitingSignature, unsignedN);
            QCOMPARE(r.counts.recorded(), inWindow + out);
        };
        check(0, QStringLiteral("GX01"), armExperimental(), 1, 2, 1, 1, 0, 0);
        check(1, QStringLiteral("GX01"), armControl(), 1, 2, 0, 0, 2, 0);
        check(2, QStringLiteral("GX02"), armExperimental(), 0, 0, 0, 0, 0, 0);
        check(3, QStringLiteral("GX02"), armControl(), 1, 2, 2, 0, 0, 1);
        check(4, QString(), armExperimental(), 1, 2, 1, 1, 0, 0);
        check(5, QString(), armControl(), 2, 4, 2, 0, 2, 1);
        check(6, QStringLiteral("*"), QStringLiteral("*"), 3, 6, 3, 1, 2, 1);
    }

    // Each patient lands in exactly one box of each stage.
    void consortBoxes_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("arm");
        QTest::addColumn<QString>("finalVisit");   // none | missed | kept | pending
        QTest::addColumn<bool>("inAnalysis");
        QTest::addColumn<QString>("box");
        QTest::newRow("screen failure") << "screen_failed" << "" << "none" << false << "not_eligible";
        QTest::newRow("withdrew before randomization") << "withdrawn" << "" << "none" << false << "withdrew_before";
        QTest::newRow("still screening") << "screening" << "" << "none" << false << "screening";
        QTest::newRow("eligible, not randomized yet") << "enrolled" << "" << "none" << false << "awaiting";
        QTest::newRow("randomized, in follow-up") << "enrolled" << "experimental" << "pending" << true << "ongoing";
        QTest::newRow("randomized, no plan yet: in follow-up") << "enrolled" << "control" << "none" << false << "ongoing";
        QTest::newRow("withdrawn after randomization, even with visits kept") << "withdrawn" << "control" << "kept" << true << "withdrawn";
        QTest::newRow("last visit missed: lost") << "enrolled" << "control" << "missed" << true << "lost";
        QTest::newRow("completed but last visit missed: lost") << "completed" << "experimental" << "missed" << true << "lost";
        QTest::newRow("last visit kept: completed") << "enrolled" << "experimental" << "kept" << true << "completed";
        QTest::newRow("status completed") << "completed" << "control" << "pending" << true << "completed";
    }
    void consortBoxes()
    {
        QFETCH(QString, status);
        QFETCH(QString, arm);
        QFETCH(QString, finalVisit);
        QFETCH(bool, inAnalysis);
        QFETCH(QString, box);
        PatientCourse c;
        c.patientId = QStringLiteral("p1");
        c.subjectId = QStringLiteral("GX01-0001");
        c.site = QStringLiteral("GX01");
        c.status = status;
        c.arm = arm;
        PatientVisits v{c.patientId, c.subjectId, c.site, arm, status, {}};
        if (finalVisit != QLatin1String("none")) {
            ConductedVisit last;
            last.conduct = finalVisit == QLatin1String("missed") ? VisitConduct::Missed
                         : finalVisit == QLatin1String("kept")   ? VisitConduct::InWindow : VisitConduct::Pending;
            v.visits << ConductedVisit{{}, VisitConduct::InWindow, false, {}, 0} << last;
        }
        EndpointResult endpoint;
        if (!inAnalysis)
            endpoint.excluded << EndpointExclusion{c.subjectId, QStringLiteral("randomized, no signed graded visit")};
        const ConsortFlow f = consortFlow({c}, {v}, endpoint);
        QCOMPARE(f.assessed, 1);
        QCOMPARE(f.excludedTotal() + f.randomized, 1);
        const QMap<QString, ConsortExclusion> exclusions{{QStringLiteral("not_eligible"), ConsortExclusion::NotEligible},
                                                         {QStringLiteral("withdrew_before"), ConsortExclusion::WithdrewBeforeRandomization},
                                                         {QStringLiteral("screening"), ConsortExclusion::ScreeningOngoing},
                                                         {QStringLiteral("awaiting"), ConsortExclusion::AwaitingRandomization}};
        if (arm.isEmpty()) {
            QCOMPARE(f.excluded.value(exclusions.value(box)), 1);
            QCOMPARE(f.randomized, 0);
            return;
        }
        const ConsortArm &a = arm == armExperimental() ? f.experimental : f.control;
        const ConsortArm &other = arm == armExperimental() ? f.control : f.experimental;
        QCOMPARE(other.allocated, 0);
        QCOMPARE(a.allocated, 1);
        QCOMPARE(a.withdrawn + a.lostToFollowUp + a.completed + a.ongoing, 1);
        const int inBox = box == QLatin1String("withdrawn") ? a.withdrawn : box == QLatin1String("lost") ? a.lostToFollowUp
                        : box == QLatin1String("completed") ? a.completed : a.ongoing;
        QCOMPARE(inBox, 1);
        QCOMPARE(a.analysed, inAnalysis ? 1 : 0);
        QCOMPARE(a.notAnalysedTotal(), inAnalysis ? 0 : 1);
        QCOMPARE(a.analysed + a.notAnalysedTotal(), a.allocated);
    }

    // Screen failures: the latest signed ineligible screening gives the reasons, in the
    // protocol's order; drafts, eligible screenings and ids the protocol does not have are not
    // reasons; a screen failure without one is counted as such.
    void screenFailureReasons()
    {
        TrialSnapshot s;
        auto patient = [&](const QString &id, const QString &site, const QString &status) {
            s.tables[QStringLiteral("patients")] << row(id, site, fields({{"subject_id", QString(site + QStringLiteral("-") + id)}, {"status", status}}));
        };
        auto screening = [&](const QString &id, const QString &patientId, const QString &date, const QString &state, const QString &outcome,
                             const QStringList &failed) {
            QJsonArray criteria;
            for (const QString &c : failed)
                criteria << QJsonObject{{QStringLiteral("id"), c}, {QStringLiteral("result"), QStringLiteral("fail")}};
            criteria << QJsonObject{{QStringLiteral("id"), QStringLiteral("I1")}, {QStringLiteral("result"), QStringLiteral("pass")}};
            s.tables[QStringLiteral("screenings")]
                << row(id, QStringLiteral("GX01"),
                       fields({{"patient_id", patientId}, {"assessment_date", date}, {"state", state}, {"outcome", outcome},
                               {"result", QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("criteria"), criteria}}).toJson(QJsonDocument::Compact))}}));
        };
        patient(QStringLiteral("p1"), QStringLiteral("GX01"), QStringLiteral("screen_failed"));
        patient(QStringLiteral("p2"), QStringLiteral("GX01"), QStringLiteral("screen_failed"));
        patient(QStringLiteral("p3"), QStringLiteral("GX02"), QStringLiteral("screen_failed"));
        patient(QStringLiteral("p4"), QStringLiteral("GX02"), QStringLiteral("enrolled"));
        screening(QStringLiteral("s1"), QStringLiteral("p1"), QStringLiteral("2026-10-01"), QStringLiteral("signed"), QStringLiteral("ineligible"), {QStringLiteral("I5")});
        screening(QStringLiteral("s2"), QStringLiteral("p1"), QStringLiteral("2026-10-03"), QStringLiteral("signed"), QStringLiteral("ineligible"),
                  {QStringLiteral("E1"), QStringLiteral("I3"), QStringLiteral("X9")});
        screening(QStringLiteral("s3"), QStringLiteral("p1"), QStringLiteral("2026-10-09"), QStringLiteral("draft"), QStringLiteral("ineligible"), {QStringLiteral("E4")});
        screening(QStringLiteral("s4"), QStringLiteral("p2"), QStringLiteral("2026-10-02"), QStringLiteral("signed"), QStringLiteral("ineligible"), {QStringLiteral("E1")});
        screening(QStringLiteral("s5"), QStringLiteral("p3"), QStringLiteral("2026-10-02"), QStringLiteral("signed"), QStringLiteral("eligible"), {});
        screening(QStringLiteral("s6"), QStringLiteral("p4"), QStringLiteral("2026-10-02"), QStringLiteral("signed"), QStringLiteral("ineligible"), {QStringLiteral("E2")});
        const ScreenFailureSummary f = screenFailures(s, trialCourses(s));
        QCOMPARE(f.patients.size(), 3);
        QCOMPARE(f.patients.at(0).subjectId, QStringLiteral("GX01-p1"));
        QCOMPARE(f.patients.at(0).failed, (QStringList{QStringLiteral("I3"), QStringLiteral("E1")}));
        QCOMPARE(f.patients.at(0).assessed, QDate(2026, 10, 3));
        QCOMPARE(f.patients.at(2).failed, QStringList{});
        QCOMPARE(f.withoutReason, 1);
        QCOMPARE(f.byCriterion, (QList<QPair<QString, int>>{{QStringLiteral("I3"), 1}, {QStringLiteral("E1"), 2}}));
        QCOMPARE(f.bySite.value(QStringLiteral("GX01")), 2);
        QCOMPARE(f.bySite.value(QStringLiteral("GX02")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrialConduct)
#include "tst_trial_conduct.moc"
