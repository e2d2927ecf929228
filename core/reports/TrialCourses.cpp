#include "reports/TrialCourses.h"
#include <QSet>
#include <algorithm>

namespace muco {

QString armExperimental() { return QStringLiteral("experimental"); }
QString armControl() { return QStringLiteral("control"); }

QList<SignedVisit> PatientCourse::visitsAfterRandomization() const
{
    QList<SignedVisit> out;
    if (arm.isEmpty())
        return out;
    for (const SignedVisit &v : visits)
        if (v.date >= allocatedDate)
            out << v;
    return out;
}

QList<PatientCourse> trialCourses(const TrialSnapshot &snapshot)
{
    QMap<QString, PatientCourse> byId;
    for (const SnapshotRecord &p : snapshot.rows(QStringLiteral("patients"))) {
        PatientCourse c;
        c.patientId = p.id;
        c.subjectId = p.text(QStringLiteral("subject_id"));
        c.site = p.site;
        c.status = p.text(QStringLiteral("status"));
        byId.insert(p.id, c);
    }
    // The first allocation counts: a patient is randomized once.
    QMap<QString, QString> firstAllocation;
    for (const SnapshotRecord &r : snapshot.rows(QStringLiteral("randomizations"))) {
        auto it = byId.find(r.text(QStringLiteral("patient_id")));
        const QString arm = r.text(QStringLiteral("arm"));
        if (it == byId.end() || (arm != armExperimental() && arm != armControl()))
            continue;
        const QString at = r.text(QStringLiteral("allocated_utc"));
        if (firstAllocation.contains(it->patientId) && firstAllocation.value(it->patientId) <= at)
            continue;
        firstAllocation.insert(it->patientId, at);
        it->arm = arm;
        it->allocatedDate = QDateTime::fromString(at, Qt::ISODate).toUTC().date();
    }
    for (const SnapshotRecord &plan : snapshot.rows(QStringLiteral("rt_plans"))) {
        auto it = byId.find(plan.text(QStringLiteral("patient_id")));
        const QDate start = QDate::fromString(plan.text(QStringLiteral("start_date")), Qt::ISODate);
        if (it != byId.end() && start.isValid() && (!it->rtStart || start < *it->rtStart))
            it->rtStart = start;
    }
    // A visit counts by its last signed word: a signed assessment, or a superseded one until a
    // correction of it (same patient) is signed. A correction still being written leaves the
    // signed grade in the analysis, and so does a state marked superseded without any correction
    // (an insider's edit with the database key: the central site takes a state-only change of a
    // signed record, and the grade would otherwise leave the primary endpoint unsigned by anyone).
    const auto signedState = [](const SnapshotRecord &a) {
        const QString state = a.text(QStringLiteral("state"));
        return state == QLatin1String("signed") || state == QLatin1String("superseded");
    };
    QSet<std::pair<QString, QString>> correctedBySignature;   // (patient, superseded assessment)
    for (const SnapshotRecord &a : snapshot.rows(QStringLiteral("assessments")))
        if (const QString old = a.text(QStringLiteral("supersedes")); !old.isEmpty() && signedState(a))
            correctedBySignature.insert({a.text(QStringLiteral("patient_id")), old});
    for (const SnapshotRecord &a : snapshot.rows(QStringLiteral("assessments"))) {
        auto it = byId.find(a.text(QStringLiteral("patient_id")));
        if (it == byId.end() || !signedState(a) || correctedBySignature.contains({it->patientId, a.id}))
            continue;
        SignedVisit v;
        v.id = a.id;
        v.date = QDate::fromString(a.text(QStringLiteral("visit_date")), Qt::ISODate);
        v.cumulativeDoseGy = a.fields.value(QStringLiteral("cumulative_dose_gy")).toString().toDouble();
        for (const QString &scale : {QStringLiteral("who"), QStringLiteral("ctcae"), QStringLiteral("rtog")}) {
            const QVariant g = a.fields.value(scale + QStringLiteral("_grade"));
            if (g.isValid() && !g.isNull() && !g.toString().isEmpty())
                v.grades.insert(scale, g.toInt());
        }
        const QVariant omas = a.fields.value(QStringLiteral("omas_mean"));
        if (omas.isValid() && !omas.isNull() && !omas.toString().isEmpty())
            v.omasMean = omas.toDouble();
        if (v.date.isValid())
            it->visits << v;
    }
    QList<PatientCourse> out = byId.values();
    for (PatientCourse &c : out)
        std::sort(c.visits.begin(), c.visits.end(), [](const SignedVisit &x, const SignedVisit &y) {
            return x.date != y.date ? x.date < y.date : x.id < y.id;
        });
    std::sort(out.begin(), out.end(), [](const PatientCourse &x, const PatientCourse &y) { return x.subjectId < y.subjectId; });
    return out;
}

} // namespace muco
