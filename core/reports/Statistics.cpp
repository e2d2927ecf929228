#include "reports/Statistics.h"
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>
#include <algorithm>
#include <cmath>

namespace muco::stats {

namespace {

// Errors are reported through errno and a NaN, never by an exception across the core API;
// every caller checks its inputs first, so none is expected.
using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::pole_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

} // namespace

double zFor(double confidence)
{
    const boost::math::normal_distribution<double, NoThrow> normal;
    return boost::math::quantile(normal, 1.0 - (1.0 - confidence) / 2.0);
}

std::optional<Interval> wilsonInterval(int x, int n, double confidence)
{
    if (n <= 0 || x < 0 || x > n)
        return std::nullopt;
    const double z = zFor(confidence);
    const double p = double(x) / n;
    const double z2 = z * z;
    const double centre = (2.0 * x + z2) / (2.0 * (n + z2));
    const double half = z * std::sqrt(z2 + 4.0 * x * (1.0 - p)) / (2.0 * (n + z2));
    // x = 0 and x = n give exact bounds of 0 and 1; rounding must not push them past.
    return Interval{x == 0 ? 0.0 : std::max(0.0, centre - half), x == n ? 1.0 : std::min(1.0, centre + half)};
}

std::optional<RiskDifference> riskDifference(int x1, int n1, int x2, int n2, double confidence)
{
    const auto w1 = wilsonInterval(x1, n1, confidence);
    const auto w2 = wilsonInterval(x2, n2, confidence);
    if (!w1 || !w2)
        return std::nullopt;
    const double p1 = double(x1) / n1;
    const double p2 = double(x2) / n2;
    const double d = p1 - p2;
    const double lower = d - std::sqrt((p1 - w1->lower) * (p1 - w1->lower) + (w2->upper - p2) * (w2->upper - p2));
    const double upper = d + std::sqrt((w1->upper - p1) * (w1->upper - p1) + (p2 - w2->lower) * (p2 - w2->lower));
    return RiskDifference{d, {std::max(-1.0, lower), std::min(1.0, upper)}};
}

std::optional<RelativeRisk> relativeRisk(int x1, int n1, int x2, int n2, double confidence)
{
    if (n1 <= 0 || n2 <= 0 || x1 <= 0 || x2 <= 0 || x1 > n1 || x2 > n2)
        return std::nullopt;
    const double rr = (double(x1) / n1) / (double(x2) / n2);
    const double se = std::sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2);
    const double z = zFor(confidence);
    return RelativeRisk{rr, {std::exp(std::log(rr) - z * se), std::exp(std::log(rr) + z * se)}};
}

std::optional<double> fisherExactTwoSided(int a, int b, int c, int d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return std::nullopt;
    const unsigned total = unsigned(a + b + c + d);
    if (total == 0)
        return std::nullopt;
    const unsigned row1 = unsigned(a + b);
    const unsigned col1 = unsigned(a + c);
    // The count in the first cell given the margins is hypergeometric: col1 "successes"
    // among total, row1 drawn.
    const boost::math::hypergeometric_distribution<double, NoThrow> h(col1, row1, total);
    const unsigned lo = row1 + col1 > total ? row1 + col1 - total : 0;
    const unsigned hi = std::min(row1, col1);
    const double observed = boost::math::pdf(h, unsigned(a));
    double p = 0;
    for (unsigned k = lo; k <= hi; ++k) {
        const double pk = boost::math::pdf(h, k);
        if (pk <= observed * (1.0 + 1e-7))
            p += pk;
    }
    return std::min(1.0, p);
}

std::optional<CmhTest> cochranMantelHaenszel(const QList<Stratum> &strata)
{
    double deviation = 0;
    double variance = 0;
    int used = 0;
    for (const Stratum &s : strata) {
        const double n = s.n1 + s.n2;
        if (n < 2)
            continue;
        const double events = s.events1 + s.events2;
        const double nonEvents = n - events;
        deviation += s.events1 - s.n1 * events / n;
        variance += double(s.n1) * s.n2 * events * nonEvents / (n * n * (n - 1));
        ++used;
    }
    if (variance <= 0)
        return std::nullopt;
    const double statistic = deviation * deviation / variance;
    const boost::math::chi_squared_distribution<double, NoThrow> chi2(1.0);
    return CmhTest{statistic, boost::math::cdf(boost::math::complement(chi2, statistic)), used};
}

} // namespace muco::stats
