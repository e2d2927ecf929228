#pragma once
// The trial's primary endpoint (and the same analysis for every other scale): per arm, the
// randomized patients with at least one signed graded visit on or after the day of
// randomization (n) and those among them with a signed grade >= the threshold (events);
// risk difference (Newcombe hybrid score 95% CI), relative risk (Katz log 95% CI), Fisher's
// exact two-sided p, per-site counts and the CMH test stratified by site (no continuity
// correction), and every patient left out with why. Arms: experimental vs control.
#include "clinical/Protocol.h"
#include "reports/Statistics.h"
#include "reports/TrialCourses.h"
#include <QJsonObject>

namespace muco {

struct ArmCounts {
    int n = 0;
    int events = 0;
};

struct EndpointExclusion {
    QString subjectId;
    QString why;
};

struct EndpointResult {
    QString scale;   // who | ctcae | rtog
    int threshold = 3;
    ArmCounts experimental;
    ArmCounts control;
    std::optional<stats::RiskDifference> riskDifference;
    std::optional<stats::RelativeRisk> relativeRisk;
    std::optional<double> fisherP;
    QMap<QString, QPair<ArmCounts, ArmCounts>> bySite;   // site -> (experimental, control)
    std::optional<stats::CmhTest> cmh;
    QList<EndpointExclusion> excluded;
};

EndpointResult analyseEndpoint(const QList<PatientCourse> &courses, const QString &scale, int threshold);

// The protocol's primary endpoint, then the other graded scales at the same threshold.
QList<EndpointResult> analyseEndpoints(const QList<PatientCourse> &courses, const PrimaryEndpoint &primary);

// The contract's JSON (shared/contracts/cli-trial.md, "Reports and exports"); a value that is
// undefined for the data (no events in an arm: no relative risk) is null.
QJsonObject endpointJson(const EndpointResult &r);
// endpointJson of the primary endpoint plus "other_scales": [endpointJson of each other scale].
QJsonObject endpointsJson(const QList<EndpointResult> &results);

} // namespace muco
