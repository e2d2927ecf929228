#include "records/Schedule.h"
#include "clinical/Protocol.h"
#include "records/Assessments.h"
#include "records/Labs.h"
#include "records/Radiotherapy.h"
#include "security/Session.h"
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Schedule)
};
} // namespace

QList<ScheduledVisit> PatientSchedule::withStatus(VisitStatus status) const
{
    QList<ScheduledVisit> out;
    std::copy_if(visits.begin(), visits.end(), std::back_inserter(out), [&](const ScheduledVisit &v) { return v.status == status; });
    return out;
}

const QList<VisitDefinition> &Schedule::definitions()
{
    return Protocol::nct07312656().visits;
}

Result<PatientSchedule> Schedule::forPatient(Session &s, const QString &patientId)
{
    MUCO_READ(patient, Patients::get(s, patientId));
    PatientSchedule out;
    out.patient = patient;
    MUCO_READ(plan, Radiotherapy::plan(s, patientId));
    if (!plan)
        return out;
    const QDate today = s.today();
    ScheduleInput in;
    in.today = today;
    in.rtStart = plan->startDate;
    MUCO_READ(summary, Radiotherapy::summaryNow(s, patientId));
    out.deliveredFractions = summary.deliveredFractions;
    out.plannedFractions = plan->fractions;
    if (summary.deliveredFractions >= plan->fractions && summary.lastFractionDate) {
        in.rtEnd = *summary.lastFractionDate;
    } else if (summary.projectedCompletionDate) {
        in.rtEnd = *summary.projectedCompletionDate;
        out.rtEndProjected = true;
    }
    MUCO_READ(labs, Labs::list(s, patientId));
    for (const LabResult &l : labs)
        in.forms.labCollections << s.siteDate(l.collectedUtc);
    MUCO_READ(visits, Assessments::list(s, patientId));
    for (const Assessment &a : visits)
        (a.state == QLatin1String("signed") ? in.forms.signedGrades : in.forms.draftGrades) << a.visitDate;
    out.rtStart = in.rtStart;
    out.rtEnd = in.rtEnd;
    out.visits = scheduleVisits(definitions(), in);
    // Nothing falls due after a patient left the trial; what was done or missed before stays.
    const QDate ended = QDate::fromString(patient.statusDate, Qt::ISODate);
    if (participationEnded(patient.status))
        out.visits = visitsWhileParticipating(out.visits, ended);
    out.onTreatment = patient.status == QLatin1String("enrolled") && today >= plan->startDate
                   && summary.deliveredFractions < plan->fractions;
    if (out.onTreatment) {
        MUCO_READ(treatmentDay, Radiotherapy::isTreatmentDay(s, *plan, today));
        MUCO_READ(fractions, Radiotherapy::fractions(s, patientId));
        const bool recordedToday = std::any_of(fractions.begin(), fractions.end(),
                                               [&](const FractionRecord &f) { return f.date == today && !f.voided; });
        out.fractionDueToday = treatmentDay && !recordedToday;
    }
    return out;
}

Result<QList<PatientSchedule>> Schedule::forSite(Session &s)
{
    MUCO_READ(patients, Patients::list(s));
    QList<PatientSchedule> out;
    for (const Patient &p : patients) {
        if (p.status == QLatin1String("screen_failed"))
            continue;
        MUCO_READ(one, forPatient(s, p.id));
        out << one;
    }
    return out;
}

QList<OverdueVisit> Schedule::overdueOf(const QList<PatientSchedule> &schedules)
{
    QList<OverdueVisit> out;
    for (const PatientSchedule &p : schedules)
        for (const ScheduledVisit &v : p.visits)
            if (v.status == VisitStatus::Overdue)
                out << OverdueVisit{p.patient.id, p.patient.subjectId, p.patient.site, v};
    std::stable_sort(out.begin(), out.end(), [](const OverdueVisit &a, const OverdueVisit &b) {
        return std::tie(a.site, a.subjectId) < std::tie(b.site, b.subjectId)
            || (std::tie(a.site, a.subjectId) == std::tie(b.site, b.subjectId) && a.visit.due < b.visit.due);
    });
    return out;
}

Result<QList<OverdueVisit>> Schedule::overdue(Session &s, const QString &patientId)
{
    if (!patientId.isEmpty()) {
        MUCO_READ(one, forPatient(s, patientId));
        return overdueOf({one});
    }
    MUCO_READ(all, forSite(s));
    return overdueOf(all);
}

QString Schedule::formLabel(const QString &form)
{
    if (form == QLatin1String("labs"))
        return Tr::tr("labs");
    if (form == QLatin1String("grade"))
        return Tr::tr("signed grade");
    return form;
}

QString Schedule::statusLabel(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Upcoming: return Tr::tr("upcoming");
    case VisitStatus::Due: return Tr::tr("due");
    case VisitStatus::Overdue: return Tr::tr("overdue");
    case VisitStatus::Done: return Tr::tr("done");
    }
    return {};
}

QString Schedule::missingLabel(const ScheduledVisit &v)
{
    QStringList out;
    for (const QString &form : v.missing)
        out << (form == QLatin1String("grade") && v.draftGrade ? Tr::tr("%1 (recorded, to sign)").arg(formLabel(form)) : formLabel(form));
    return out.join(QStringLiteral(", "));
}

QString Schedule::visitLabel(const ScheduledVisit &v)
{
    const QString name = v.definition.label(QLocale().name());
    if (v.definition.repeatDays == 0)
        return name;
    // The week of radiotherapy the visit closes: day 7 ends week 1.
    const int week = (v.definition.day + (v.occurrence - 1) * v.definition.repeatDays) / 7;
    return Tr::tr("%1 (week %2)").arg(name).arg(week);
}

} // namespace muco
