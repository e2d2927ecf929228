#include "reports/ConsortFlow.h"
#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConsortFlow)
};
} // namespace

int ConsortArm::notAnalysedTotal() const
{
    int n = 0;
    for (int v : notAnalysed)
        n += v;
    return n;
}

int ConsortFlow::excludedTotal() const
{
    int n = 0;
    for (int v : excluded)
        n += v;
    return n;
}

ConsortFlow consortFlow(const QList<PatientCourse> &courses, const QList<PatientVisits> &visits, const EndpointResult &primary)
{
    QHash<QString, const PatientVisits *> byPatient;
    for (const PatientVisits &v : visits)
        byPatient.insert(v.patientId, &v);
    QHash<QString, QString> whyNotAnalysed;   // subject -> why
    for (const EndpointExclusion &e : primary.excluded)
        whyNotAnalysed.insert(e.subjectId, e.why);
    ConsortFlow f;
    for (const PatientCourse &c : courses) {
        ++f.assessed;
        if (c.arm.isEmpty()) {
            const ConsortExclusion why = c.status == QLatin1String("screen_failed") ? ConsortExclusion::NotEligible
                                       : c.status == QLatin1String("screening")     ? ConsortExclusion::ScreeningOngoing
                                       : c.status == QLatin1String("enrolled")      ? ConsortExclusion::AwaitingRandomization
                                                                                    : ConsortExclusion::WithdrewBeforeRandomization;
            ++f.excluded[why];
            continue;
        }
        ++f.randomized;
        ConsortArm &arm = c.arm == armExperimental() ? f.experimental : f.control;
        ++arm.allocated;
        const PatientVisits *v = byPatient.value(c.patientId);
        if (c.status == QLatin1String("withdrawn"))
            ++arm.withdrawn;
        else if (v && v->finalVisitMissed())
            ++arm.lostToFollowUp;
        else if (c.status == QLatin1String("completed") || (v && v->finalVisitKept()))
            ++arm.completed;
        else
            ++arm.ongoing;
        if (whyNotAnalysed.contains(c.subjectId))
            ++arm.notAnalysed[whyNotAnalysed.value(c.subjectId)];
        else
            ++arm.analysed;
    }
    return f;
}

QString consortExclusionLabel(ConsortExclusion why)
{
    switch (why) {
    case ConsortExclusion::NotEligible: return Tr::tr("Not eligible (screen failure)");
    case ConsortExclusion::WithdrewBeforeRandomization: return Tr::tr("Withdrew before randomization");
    case ConsortExclusion::ScreeningOngoing: return Tr::tr("Screening not finished");
    case ConsortExclusion::AwaitingRandomization: return Tr::tr("Eligible, not yet randomized");
    }
    return {};
}

} // namespace muco
