#pragma once
// The Kaplan-Meier estimate of the time to an event, with Greenwood's variance, the
// pointwise interval on the log scale (R survival's default, conf.type = "log") and the
// median with its 95% interval by Brookmeyer and Crowley (1982): the first times at which
// the upper and the lower pointwise limits fall to 0.5 or below.
#include "reports/Statistics.h"
#include <QList>
#include <optional>

namespace muco::stats {

struct Observation {
    double time = 0;      // days, or Gy
    bool event = false;   // false: censored at `time`
};

struct SurvivalStep {
    double time = 0;
    int atRisk = 0;
    int events = 0;
    int censored = 0;      // censored at this time (after the events)
    double survival = 1;
    Interval ci;           // pointwise
};

struct SurvivalCurve {
    QList<SurvivalStep> steps;   // one per distinct time with an event or a censoring
    int n = 0;
    int events = 0;
    std::optional<double> median;        // empty: not reached
    std::optional<double> medianLower;   // empty: not reached
    std::optional<double> medianUpper;   // empty: not reached
};

SurvivalCurve kaplanMeier(QList<Observation> observations, double confidence = 0.95);

} // namespace muco::stats
