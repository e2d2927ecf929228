#pragma once
// Time to the first signed grade >= threshold on a scale, per arm, by days from the start of
// radiotherapy and by cumulative dose in Gy: censored at the last signed graded visit. Only
// randomized patients with a radiotherapy start and a signed visit on or after randomization.
#include "reports/KaplanMeier.h"
#include "reports/TrialCourses.h"

namespace muco {

enum class TimeScale { DaysFromRtStart, CumulativeDoseGy };

struct ArmCurves {
    stats::SurvivalCurve experimental;
    stats::SurvivalCurve control;
};

ArmCurves timeToEvent(const QList<PatientCourse> &courses, const QString &scale, int threshold, TimeScale by);

} // namespace muco
