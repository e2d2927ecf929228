#include "reports/KaplanMeier.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace muco::stats {

SurvivalCurve kaplanMeier(QList<Observation> observations, double confidence)
{
    std::sort(observations.begin(), observations.end(), [](const Observation &a, const Observation &b) { return a.time < b.time; });
    SurvivalCurve curve;
    curve.n = int(observations.size());
    const double z = zFor(confidence);
    double survival = 1;
    double greenwood = 0;   // sum of d / (n (n - d))
    int atRisk = curve.n;
    qsizetype i = 0;
    while (i < observations.size()) {
        const double t = observations[i].time;
        int events = 0;
        int censored = 0;
        for (; i < observations.size() && observations[i].time == t; ++i)
            (observations[i].event ? events : censored)++;
        SurvivalStep step{t, atRisk, events, censored, survival, {}};
        if (events > 0) {
            survival *= 1.0 - double(events) / atRisk;
            greenwood += events < atRisk ? double(events) / (double(atRisk) * (atRisk - events))
                                         : std::numeric_limits<double>::infinity();
            curve.events += events;
        }
        step.survival = survival;
        if (survival > 0 && std::isfinite(greenwood)) {
            const double se = std::sqrt(greenwood);
            step.ci = {survival * std::exp(-z * se), std::min(1.0, survival * std::exp(z * se))};
        } else {
            step.ci = {0, 0};
        }
        curve.steps.append(step);
        atRisk -= events + censored;
    }
    for (const SurvivalStep &s : curve.steps) {
        if (s.events == 0)
            continue;   // the curve and its limits only move at an event
        if (!curve.median && s.survival <= 0.5)
            curve.median = s.time;
        if (!curve.medianLower && s.ci.lower <= 0.5)
            curve.medianLower = s.time;
        if (!curve.medianUpper && s.ci.upper <= 0.5)
            curve.medianUpper = s.time;
    }
    return curve;
}

} // namespace muco::stats
