#include "reports/TrialCourses.h"
#include <QHash>
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

QSet<QString> countingAssessments(const TrialSnapshot &snapshot)
{
    // A visit counts by its last signed word. A correction still being written leaves the
    // signed grade in, and so does a state marked superseded without any correction (an
    // insider's edit with the database key: the central site takes a state-only change of a
    // signed record, and the grade would otherwise leave the analyses, signed off by no one).
    // A correction counts only for its own patient, never for itself, and only when signed
    // after what it corrects (so two records naming each other do not both drop out).
    // A visit is its first record with every correction of it and of its corrections; of these
    // the one signed last counts, once. Two corrections of the same grade (two devices offline,
    // or a second correction made from the original) are one visit, not two.
    const auto signedState = [](const SnapshotRecord &a) {
        const QString state = a.text(QStringLiteral("state"));
        return state == QLatin1String("signed") || state == QLatin1String("superseded");
    };
    const QList<SnapshotRecord> &all = snapshot.rows(QStringLiteral("assessments"));
    QHash<QString, const SnapshotRecord *> byId;
    for (const SnapshotRecord &a : all)
        byId.insert(a.id, &a);
    // What a record corrects, when the correction holds. Each link goes to a record signed
    // strictly before, so following links always ends.
    const auto corrects = [&](const SnapshotRecord &c) -> const SnapshotRecord * {
        const QString old = c.text(QStringLiteral("supersedes"));
        const SnapshotRecord *target = byId.value(old);
        if (!target || old == c.id || !signedState(c)
            || target->text(QStringLiteral("patient_id")) != c.text(QStringLiteral("patient_id"))
            || c.text(QStringLiteral("signed_utc")) <= target->text(QStringLiteral("signed_utc")))
            return nullptr;
        return target;
    };
    // Each record's first, remembered for every record on the way (a long chain is walked once).
    QHash<const SnapshotRecord *, const SnapshotRecord *> firstOf;
    const auto firstRecord = [&](const SnapshotRecord *r) {
        QList<const SnapshotRecord *> path;
        const SnapshotRecord *first = r;
        for (;;) {
            if (const auto known = firstOf.constFind(first); known != firstOf.constEnd()) {
                first = *known;
                break;
            }
            path << first;
            const SnapshotRecord *target = corrects(*first);
            if (!target)
                break;
            first = target;
        }
        for (const SnapshotRecord *p : std::as_const(path))
            firstOf.insert(p, first);
        return first;
    };
    // Signed last; at the same time, the larger id (any fixed choice, the same on every run).
    const auto order = [](const SnapshotRecord *r) { return std::pair(r->text(QStringLiteral("signed_utc")), r->id); };
    QHash<QString, const SnapshotRecord *> lastOfVisit;   // first record's id -> its visit's last signed word
    for (const SnapshotRecord &a : all) {
        if (!signedState(a))
            continue;
        const SnapshotRecord *&last = lastOfVisit[firstRecord(&a)->id];
        if (!last || order(last) < order(&a))
            last = &a;
    }
    QSet<QString> out;
    for (const SnapshotRecord *last : std::as_const(lastOfVisit))
        out.insert(last->id);
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
    const QSet<QString> counting = countingAssessments(snapshot);
    for (const SnapshotRecord &a : snapshot.rows(QStringLiteral("assessments"))) {
        auto it = byId.find(a.text(QStringLiteral("patient_id")));
        if (it == byId.end() || !counting.contains(a.id))
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
