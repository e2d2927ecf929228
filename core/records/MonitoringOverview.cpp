#include "records/MonitoringOverview.h"
#include "security/Session.h"
#include <QHash>
#include <QMap>
#include <algorithm>

namespace muco {

Result<MonitoringOverview> MonitoringOverview::load(Session &s)
{
    MonitoringOverview o;
    o.asOf = s.now();
    o.today = s.today();
    MUCO_READ(patients, Patients::list(s));
    for (const Patient &p : patients)
        o.patients.append({p});
    MUCO_READ(queries, Queries::list(s, true));
    o.openQueries = queries;
    // What remains to verify is the monitor's list; for anyone else it would read as a to-do
    // they cannot act on.
    o.sdvShown = s.can(Permission::VerifySource);
    if (o.sdvShown) {
        QHash<QString, QString> siteOf;
        for (const Patient &p : std::as_const(patients))
            siteOf.insert(p.id, p.site);
        MUCO_READ(remaining, SourceVerification::remaining(s));
        for (const SdvStatus &r : remaining)
            o.sdvRemaining.append({siteOf.value(r.patientId, s.site()), r});
    }
    MUCO_READ(overdue, Schedule::overdue(s));
    o.overdueVisits = overdue;
    summarise(o);
    return o;
}

bool MonitoringOverview::missesGrade(const OverdueVisit &v)
{
    return v.visit.missing.contains(QLatin1String("grade"));
}

void MonitoringOverview::summarise(MonitoringOverview &o)
{
    QMap<QString, SiteMonitoring> bySite;
    const auto site = [&](const QString &code) -> SiteMonitoring & {
        SiteMonitoring &m = bySite[code];
        m.site = code;
        return m;
    };
    QHash<QString, qsizetype> rowOf;
    for (qsizetype i = 0; i < o.patients.size(); ++i) {
        PatientMonitoring &p = o.patients[i];
        p.openQueries = p.sdvRemaining = p.overdueVisits = p.missingGrades = 0;
        rowOf.insert(p.patient.id, i);
        site(p.patient.site).patients += 1;
    }
    const auto patient = [&](const QString &id) -> PatientMonitoring * {
        const auto it = rowOf.constFind(id);
        return it == rowOf.cend() ? nullptr : &o.patients[*it];
    };
    for (const Query &q : std::as_const(o.openQueries)) {
        SiteMonitoring &m = site(q.site);
        m.openQueries += 1;
        m.oldestOpenQueryDays = std::max(m.oldestOpenQueryDays, q.ageDays(o.asOf));
        if (PatientMonitoring *p = patient(q.patientId))
            p->openQueries += 1;
    }
    for (const SdvRemainingItem &r : std::as_const(o.sdvRemaining)) {
        site(r.site).sdvRemaining += 1;
        if (PatientMonitoring *p = patient(r.status.patientId))
            p->sdvRemaining += 1;
    }
    for (const OverdueVisit &v : std::as_const(o.overdueVisits)) {
        const int grade = missesGrade(v) ? 1 : 0;
        SiteMonitoring &m = site(v.site);
        m.overdueVisits += 1;
        m.missingGrades += grade;
        if (PatientMonitoring *p = patient(v.patientId)) {
            p->overdueVisits += 1;
            p->missingGrades += grade;
        }
    }
    o.sites = bySite.values();
}

} // namespace muco
