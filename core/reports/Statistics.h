#pragma once
// The statistics of the trial's reports, as pure functions over counts: no storage, no
// clock. The distributions are Boost.Math's (normal, chi-squared, hypergeometric); nothing
// here approximates a distribution by hand. Each function states its method, because a
// data monitoring committee reads the method beside the number.
#include <QList>
#include <optional>

namespace muco::stats {

struct Interval {
    double lower = 0;
    double upper = 0;
};

// The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964).
double zFor(double confidence);

// Wilson's score interval for a proportion x/n (no continuity correction). n > 0.
std::optional<Interval> wilsonInterval(int x, int n, double confidence = 0.95);

// Risk difference x1/n1 - x2/n2 with Newcombe's hybrid score interval (Newcombe 1998,
// Stat Med 17:873, method 10: Wilson intervals of each proportion combined). Empty when
// either group is empty.
struct RiskDifference {
    double estimate = 0;
    Interval ci;
};
std::optional<RiskDifference> riskDifference(int x1, int n1, int x2, int n2, double confidence = 0.95);

// Relative risk (x1/n1) / (x2/n2) with the log (Katz 1978) interval,
// SE(ln RR) = sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2). Empty when a group is empty or has no events
// (the ratio or its logarithm is then undefined; no 0.5 is added behind the reader's back).
struct RelativeRisk {
    double estimate = 0;
    Interval ci;
};
std::optional<RelativeRisk> relativeRisk(int x1, int n1, int x2, int n2, double confidence = 0.95);

// Fisher's exact test of a 2x2 table [[a, b], [c, d]], two-sided: the sum of the
// probabilities of every table with the same margins that is no more likely than the
// observed one (with R's relative tolerance of 1e-7 for ties). Empty for an empty table.
std::optional<double> fisherExactTwoSided(int a, int b, int c, int d);

// One stratum of the Cochran-Mantel-Haenszel test: events and totals of each group.
struct Stratum {
    int events1 = 0;
    int n1 = 0;
    int events2 = 0;
    int n2 = 0;
};
struct CmhTest {
    double statistic = 0;   // chi-squared, 1 degree of freedom
    double p = 1;
    int strataUsed = 0;     // strata with at least two patients
};
// The Cochran-Mantel-Haenszel test of conditional independence across strata, without
// continuity correction. Strata with fewer than two patients carry no information and are
// skipped. Empty when no stratum has any variance (every patient an event, or none).
std::optional<CmhTest> cochranMantelHaenszel(const QList<Stratum> &strata);

} // namespace muco::stats
