#include "reports/TimeToEvent.h"

namespace muco {

ArmCurves timeToEvent(const QList<PatientCourse> &courses, const QString &scale, int threshold, TimeScale by)
{
    QList<stats::Observation> experimental, control;
    for (const PatientCourse &c : courses) {
        if (c.arm.isEmpty() || !c.rtStart)
            continue;
        std::optional<stats::Observation> obs;
        for (const SignedVisit &v : c.visitsAfterRandomization()) {
            if (!v.grades.contains(scale))
                continue;
            const double t = by == TimeScale::DaysFromRtStart ? double(c.rtStart->daysTo(v.date)) : v.cumulativeDoseGy;
            obs = stats::Observation{t, v.grades.value(scale) >= threshold};
            if (obs->event)
                break;   // the first event ends follow-up for this analysis
        }
        if (obs)
            (c.arm == armExperimental() ? experimental : control) << *obs;
    }
    return {stats::kaplanMeier(experimental), stats::kaplanMeier(control)};
}

} // namespace muco
