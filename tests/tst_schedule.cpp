// Each patient's visit schedule read from a site database (records/Schedule): what was recorded
// through the write path decides what is missing; the site's clock moving a day turns a due
// visit overdue; a draft grade is still missing; the overdue lists per patient and per site;
// today's fractions; nothing falls due after a withdrawal.
#include "TestSite.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Patients.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "records/Schedule.h"
#include "storage/Transaction.h"
#include <QtTest>

using namespace muco;

namespace {
Decimal d(const char *t) { return *Decimal::parse(QString::fromLatin1(t)); }

// 70 Gy in 35 fractions, Monday 2026-11-02 to Friday 2026-12-18.
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

const ScheduledVisit *find(const QList<ScheduledVisit> &visits, const QString &id, int occurrence = 1)
{
    for (const ScheduledVisit &v : visits)
        if (v.definition.id == id && v.occurrence == occurrence)
            return &v;
    return nullptr;
}

// Noon in Shanghai (the test site's zone) on `day`.
QDateTime siteNoon(const QDate &day) { return QDateTime(day, QTime(4, 0), Qt::UTC); }
} // namespace

class TestSchedule : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestSite> m_site;
    QString m_patient;

    void enrol(const QString &id)
    {
        // As signing an eligible screening does: through the write path.
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        Transaction tx(doctor->db());
        QVERIFY(tx.begun().ok());
        QVERIFY(RecordStore::update(*doctor, {&Patients::table(), id, {{QStringLiteral("status"), QStringLiteral("enrolled")}},
                                              QStringLiteral("eligible")}).ok());
        QVERIFY(tx.commit().ok());
    }
    QString addPatient(const QString &name)
    {
        auto coord = m_site->signIn(QStringLiteral("coord"));
        auto p = Patients::add(*coord, {{}, name, {}, {}, QStringLiteral("1960-05-01"), QStringLiteral("male")});
        return p.ok() ? p->id : QString();
    }
    void deliver(const QString &patient, const QDate &from, const QDate &through)
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        for (QDate day = from; day <= through; day = day.addDays(1))
            if (day.dayOfWeek() <= 5)
                QVERIFY(Radiotherapy::record(*nurse, patient, day, FractionStatus::Delivered, d("2"), {}).ok());
    }
    void setToday(const QDate &day) { m_site->clock()->set(siteNoon(day)); }
    Exam mild()
    {
        Exam e;
        e.erythemaSeen = true;
        return e;
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::TestSite>();
        QVERIFY(m_site->ok());
        m_patient = addPatient(QStringLiteral("Qian Li"));
        QVERIFY(!m_patient.isEmpty());
        setToday(QDate(2026, 10, 30));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(m_patient)).ok());
        enrol(m_patient);
    }

    void nothingScheduledWithoutAPlan()
    {
        const QString other = addPatient(QStringLiteral("Zhao Min"));
        auto s = Schedule::forPatient(*m_site->signIn(QStringLiteral("doctor")), other);
        QVERIFY(s.ok());
        QVERIFY(s->visits.isEmpty());
        QVERIFY(!s->onTreatment);
    }

    void recordedFormsDecideWhatIsMissing()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Labs::recordPanel(*nurse, m_patient, siteNoon(QDate(2026, 10, 28)), QStringLiteral("renal"),
                                  {{QStringLiteral("creatinine"), d("80"), QStringLiteral("umol/L")}}).ok());
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        auto baseline = Assessments::record(*doctor, m_patient, QDate(2026, 10, 30), mild(), {});
        QVERIFY(baseline.ok());
        auto s = Schedule::forPatient(*doctor, m_patient);
        QVERIFY(s.ok());
        QCOMPARE(find(s->visits, QStringLiteral("screening_labs"))->status, VisitStatus::Done);
        // Recorded, not signed: the grade is still missing.
        const ScheduledVisit *b = find(s->visits, QStringLiteral("baseline"));
        QCOMPARE(b->status, VisitStatus::Due);
        QVERIFY(b->draftGrade);
        QVERIFY(Assessments::sign(*doctor, baseline->id, test::kPassword).ok());
        s = Schedule::forPatient(*doctor, m_patient);
        QCOMPARE(find(s->visits, QStringLiteral("baseline"))->status, VisitStatus::Done);
        // Before radiotherapy the end is projected from the plan: 35 weekdays from 2 November.
        QCOMPARE(s->rtEnd, QDate(2026, 12, 18));
        QVERIFY(s->rtEndProjected);
        QCOMPARE(s->withStatus(VisitStatus::Upcoming).size(), 8);   // 6 weekly, end, follow-up
    }

    // The site's calendar moves on a day: the weekly visit's window closed, it is overdue, in
    // the patient's and the site's overdue lists.
    void dateChangeTurnsDueIntoOverdue()
    {
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        auto baseline = Assessments::record(*doctor, m_patient, QDate(2026, 10, 30), mild(), {});
        QVERIFY(Assessments::sign(*doctor, baseline->id, test::kPassword).ok());
        setToday(QDate(2026, 11, 11));
        deliver(m_patient, QDate(2026, 11, 2), QDate(2026, 11, 11));
        auto s = Schedule::forPatient(*doctor, m_patient);
        QCOMPARE(find(s->visits, QStringLiteral("weekly"))->status, VisitStatus::Due);
        auto mine = Schedule::overdue(*doctor, m_patient);
        QCOMPARE(mine->size(), 1);   // screening labs were never taken
        QCOMPARE(mine->first().visit.definition.id, QStringLiteral("screening_labs"));
        setToday(QDate(2026, 11, 12));
        s = Schedule::forPatient(*doctor, m_patient);
        QCOMPARE(find(s->visits, QStringLiteral("weekly"))->status, VisitStatus::Overdue);
        mine = Schedule::overdue(*doctor, m_patient);
        QCOMPARE(mine->size(), 2);
        QCOMPARE(mine->at(1).visit.definition.id, QStringLiteral("weekly"));
        QCOMPARE(mine->at(1).subjectId, s->patient.subjectId);
        QCOMPARE(mine->at(1).visit.missing, QStringList{QStringLiteral("grade")});
        // The monitor sees the same list for the site, by site code.
        auto monitor = m_site->signIn(QStringLiteral("monitor"));
        auto site = Schedule::overdue(*monitor);
        QVERIFY(site.ok());
        QCOMPARE(site->size(), 2);   // the weekly grade, and screening labs never taken
        for (const OverdueVisit &o : *site)
            QCOMPARE(o.site, monitor->site());
        QCOMPARE(site->at(0).visit.definition.id, QStringLiteral("screening_labs"));
        QCOMPARE(site->at(1).visit.definition.id, QStringLiteral("weekly"));
    }

    void overdueListCoversEveryPatientOfTheSite()
    {
        const QString second = addPatient(QStringLiteral("Zhao Min"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(second)).ok());
        enrol(second);
        const QString noPlan = addPatient(QStringLiteral("Sun Wei"));
        setToday(QDate(2026, 11, 3));
        auto coord = m_site->signIn(QStringLiteral("coord"));
        auto list = Schedule::overdue(*coord);
        QVERIFY(list.ok());
        // Baseline closed on 2 November, screening labs too: two each, ordered by subject.
        QCOMPARE(list->size(), 4);
        QVERIFY(list->at(0).subjectId < list->at(2).subjectId);
        for (const OverdueVisit &o : *list)
            QVERIFY(o.patientId != noPlan);
        auto all = Schedule::forSite(*coord);
        QCOMPARE(all->size(), 3);
    }

    void fractionDueOnTreatmentDaysOnly()
    {
        auto nurse = m_site->signIn(QStringLiteral("nurse"));
        setToday(QDate(2026, 10, 30));   // before the start
        QVERIFY(!Schedule::forPatient(*nurse, m_patient)->fractionDueToday);
        setToday(QDate(2026, 11, 2));    // the first day
        auto s = Schedule::forPatient(*nurse, m_patient);
        QVERIFY(s->onTreatment);
        QVERIFY(s->fractionDueToday);
        nurse = m_site->signIn(QStringLiteral("nurse"));
        QVERIFY(Radiotherapy::deliverToday(*nurse, m_patient).ok());
        QVERIFY(!Schedule::forPatient(*nurse, m_patient)->fractionDueToday);   // done for today
        setToday(QDate(2026, 11, 7));    // a Saturday
        nurse = m_site->signIn(QStringLiteral("nurse"));
        s = Schedule::forPatient(*nurse, m_patient);
        QVERIFY(s->onTreatment);
        QVERIFY(!s->fractionDueToday);
        // A patient still in screening is not on treatment.
        const QString screening = addPatient(QStringLiteral("Zhao Min"));
        QVERIFY(Radiotherapy::savePlan(*m_site->signIn(QStringLiteral("doctor")), plan70(screening)).ok());
        setToday(QDate(2026, 11, 9));
        s = Schedule::forPatient(*nurse, screening);
        QVERIFY(!s->onTreatment);
        QVERIFY(!s->fractionDueToday);
    }

    void nothingFallsDueAfterWithdrawal()
    {
        setToday(QDate(2026, 11, 20));
        auto doctor = m_site->signIn(QStringLiteral("doctor"));
        QVERIFY(Patients::setStatus(*doctor, m_patient, QStringLiteral("withdrawn"), QDate(2026, 11, 6),
                                    QStringLiteral("Consent withdrawn")).ok());
        auto s = Schedule::forPatient(*doctor, m_patient);
        QVERIFY(s.ok());
        QVERIFY(!s->onTreatment);
        // Screening labs and baseline were missed before the withdrawal and stay missed; the
        // weekly window opened the day after it (7 November): not due.
        QCOMPARE(s->visits.size(), 2);
        QCOMPARE(s->withStatus(VisitStatus::Overdue).size(), 2);
        QVERIFY(!find(s->visits, QStringLiteral("weekly")));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
