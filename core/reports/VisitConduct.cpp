#include "reports/VisitConduct.h"
#include "clinical/Dose.h"
#include "clinical/Protocol.h"
#include <QHash>
#include <algorithm>

namespace muco {

namespace {

const QList<QDate> &datesOf(const RecordedForms &forms, const QString &form)
{
    static const QList<QDate> none;
    if (form == QLatin1String("labs"))
        return forms.labCollections;
    if (form == QLatin1String("grade"))
        return forms.signedGrades;
    return none;
}

bool insideAnyWindow(const QList<ScheduledVisit> &visits, const QString &form, const QDate &d)
{
    return std::any_of(visits.begin(), visits.end(), [&](const ScheduledVisit &v) {
        return v.collects(form) && d >= v.windowStart && d <= v.windowEnd;
    });
}

// The visit collecting `form` whose due day is nearest to `d`; the earlier one on a tie, so a
// form is never claimed by two visits.
int nearestVisit(const QList<ScheduledVisit> &visits, const QString &form, const QDate &d)
{
    int best = -1;
    qint64 bestGap = 0;
    for (int i = 0; i < visits.size(); ++i) {
        if (!visits[i].collects(form))
            continue;
        const qint64 gap = std::abs(d.daysTo(visits[i].due));
        if (best < 0 || gap < bestGap || (gap == bestGap && visits[i].due < visits[best].due)) {
            best = i;
            bestGap = gap;
        }
    }
    return best;
}

std::optional<Decimal> decimal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : Decimal::parse(v.toString());
}

// When radiotherapy ended or is expected to: as records/Schedule does at the site, without
// the site's holidays (they do not sync).
QDate rtEndOf(const SnapshotRecord &plan, const QList<const SnapshotRecord *> &fractions, const QDate &asOf)
{
    DoseInput in;
    in.asOf = asOf;
    in.asOfDayOpen = true;
    in.plan.totalDoseGy = decimal(plan.fields.value(QStringLiteral("total_dose_gy"))).value_or(Decimal());
    in.plan.fractions = plan.fields.value(QStringLiteral("fractions")).toInt();
    in.plan.startDate = QDate::fromString(plan.text(QStringLiteral("start_date")), Qt::ISODate);
    QSet<int> weekdays;
    for (const QString &d : plan.text(QStringLiteral("weekdays")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        weekdays.insert(d.toInt());
    if (!weekdays.isEmpty())
        in.plan.treatmentWeekdays = weekdays;
    for (const SnapshotRecord *f : fractions) {
        const QString status = f->text(QStringLiteral("status"));
        const QDate date = QDate::fromString(f->text(QStringLiteral("date")), Qt::ISODate);
        if (date.isValid() && date <= asOf)
            in.fractions.append({date, decimal(f->fields.value(QStringLiteral("dose_gy"))),
                                 status == QLatin1String("missed") ? FractionStatus::Missed
                                 : status == QLatin1String("held") ? FractionStatus::Held : FractionStatus::Delivered});
    }
    if (!validateDoseInput(in).ok())
        return {};
    const DoseSummary s = summarizeDose(in);
    if (s.deliveredFractions >= in.plan.fractions && s.lastFractionDate)
        return *s.lastFractionDate;
    return s.projectedCompletionDate.value_or(QDate());
}

} // namespace

QList<ConductedVisit> conductOf(const QList<ScheduledVisit> &visits, const RecordedForms &forms, const QDate &asOf)
{
    QList<ConductedVisit> out;
    for (int i = 0; i < visits.size(); ++i) {
        const ScheduledVisit &v = visits[i];
        ConductedVisit c;
        c.visit = v;
        const bool onlyUnsigned = v.missing == QStringList{QStringLiteral("grade")} && v.draftGrade;
        if (v.missing.isEmpty() || onlyUnsigned) {
            c.conduct = VisitConduct::InWindow;
            c.awaitingSignature = onlyUnsigned;
        } else if (asOf <= v.windowEnd) {
            c.conduct = VisitConduct::Pending;
        } else {
            // Each missing form recorded outside every window, nearest to this visit, makes it
            // out of window; one form not found at all makes it missed.
            c.conduct = VisitConduct::OutOfWindow;
            for (const QString &form : v.missing) {
                QDate found;
                for (const QDate &d : datesOf(forms, form)) {
                    if (d > asOf || insideAnyWindow(visits, form, d) || nearestVisit(visits, form, d) != i)
                        continue;
                    if (!found.isValid() || std::abs(d.daysTo(v.due)) < std::abs(found.daysTo(v.due)))
                        found = d;
                }
                if (!found.isValid()) {
                    c.conduct = VisitConduct::Missed;
                    c.recordedOn = {};
                    break;
                }
                if (!c.recordedOn.isValid() || std::abs(found.daysTo(v.due)) > std::abs(c.recordedOn.daysTo(v.due)))
                    c.recordedOn = found;
            }
            if (c.conduct == VisitConduct::OutOfWindow)
                c.daysOutside = c.recordedOn < v.windowStart ? int(c.recordedOn.daysTo(v.windowStart)) * -1
                                                             : int(v.windowEnd.daysTo(c.recordedOn));
        }
        out << c;
    }
    return out;
}

bool PatientVisits::finalVisitMissed() const
{
    return !visits.isEmpty() && visits.last().conduct == VisitConduct::Missed;
}

bool PatientVisits::finalVisitKept() const
{
    return !visits.isEmpty()
        && (visits.last().conduct == VisitConduct::InWindow || visits.last().conduct == VisitConduct::OutOfWindow);
}

QList<PatientVisits> patientVisits(const TrialSnapshot &s, const QList<PatientCourse> &courses, const QDate &asOf)
{
    QHash<QString, const SnapshotRecord *> patients;
    for (const SnapshotRecord &p : s.rows(QStringLiteral("patients")))
        patients.insert(p.id, &p);
    // The plan last modified is the one in force (records/Radiotherapy::plan).
    QHash<QString, const SnapshotRecord *> plans;
    for (const SnapshotRecord &p : s.rows(QStringLiteral("rt_plans"))) {
        const SnapshotRecord *&had = plans[p.text(QStringLiteral("patient_id"))];
        if (!had || std::tie(had->modifiedUtc, had->id) < std::tie(p.modifiedUtc, p.id))
            had = &p;
    }
    QHash<QString, QList<const SnapshotRecord *>> fractions;
    for (const SnapshotRecord &f : s.rows(QStringLiteral("fractions")))
        fractions[f.text(QStringLiteral("patient_id"))] << &f;
    QHash<QString, RecordedForms> forms;
    for (const SnapshotRecord &l : s.rows(QStringLiteral("lab_results"))) {
        const QDateTime at = QDateTime::fromString(l.text(QStringLiteral("collected_utc")), Qt::ISODate);
        if (at.isValid())
            forms[l.text(QStringLiteral("patient_id"))].labCollections << at.toUTC().date();
    }
    // Signed grades as the endpoint counts them: the courses' visits (countingAssessments).
    for (const PatientCourse &c : courses)
        for (const SignedVisit &v : c.visits)
            forms[c.patientId].signedGrades << v.date;
    for (const SnapshotRecord &a : s.rows(QStringLiteral("assessments"))) {
        const QDate d = QDate::fromString(a.text(QStringLiteral("visit_date")), Qt::ISODate);
        if (d.isValid() && a.text(QStringLiteral("state")) == QLatin1String("draft"))
            forms[a.text(QStringLiteral("patient_id"))].draftGrades << d;
    }
    QList<PatientVisits> out;
    for (const PatientCourse &c : courses) {
        if (c.status == QLatin1String("screen_failed"))
            continue;
        PatientVisits pv{c.patientId, c.subjectId, c.site, c.arm, c.status, {}};
        const SnapshotRecord *plan = plans.value(c.patientId);
        const QDate start = plan ? QDate::fromString(plan->text(QStringLiteral("start_date")), Qt::ISODate) : QDate();
        if (plan && start.isValid()) {
            ScheduleInput in;
            in.today = asOf;
            in.rtStart = start;
            in.rtEnd = rtEndOf(*plan, fractions.value(c.patientId), asOf);
            in.forms = forms.value(c.patientId);
            QList<ScheduledVisit> visits = scheduleVisits(Protocol::nct07312656().visits, in);
            if (participationEnded(c.status)) {
                const SnapshotRecord *p = patients.value(c.patientId);
                visits = visitsWhileParticipating(visits, p ? QDate::fromString(p->text(QStringLiteral("status_date")), Qt::ISODate) : QDate());
            }
            pv.visits = conductOf(visits, in.forms, asOf);
        }
        out << pv;
    }
    return out;
}

QString visitConductId(VisitConduct c)
{
    switch (c) {
    case VisitConduct::Pending: return QStringLiteral("pending");
    case VisitConduct::InWindow: return QStringLiteral("in_window");
    case VisitConduct::OutOfWindow: return QStringLiteral("out_of_window");
    case VisitConduct::Missed: return QStringLiteral("missed");
    }
    return {};
}

} // namespace muco
