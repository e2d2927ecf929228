// The statistics of the reports (core/reports/Statistics, KaplanMeier) against published
// worked examples, each source named at its table, and against a second computation written
// here independently of the library (other formulas, no Boost).
#include "reports/KaplanMeier.h"
#include "reports/NumberFormat.h"
#include "reports/Statistics.h"
#include <QtTest>
#include <cmath>

using namespace muco;
using namespace muco::stats;

namespace {

constexpr double kZ95 = 1.959963984540054;

// Second computation of Wilson's interval: the two roots of |p - pi| = z sqrt(pi (1 - pi) / n),
// found by bisection rather than by the closed form.
Interval wilsonByBisection(int x, int n)
{
    const double p = double(x) / n;
    auto outside = [&](double pi) { return std::fabs(p - pi) > kZ95 * std::sqrt(pi * (1 - pi) / n); };
    auto root = [&](double inside, double out) {
        for (int i = 0; i < 200; ++i) {
            const double mid = (inside + out) / 2;
            (outside(mid) ? out : inside) = mid;
        }
        return (inside + out) / 2;
    };
    return {x == 0 ? 0.0 : root(p, 0.0), x == n ? 1.0 : root(p, 1.0)};
}

// Second computation of Fisher's test: hypergeometric probabilities from log-factorials.
double fisherByLogFactorials(int a, int b, int c, int d)
{
    const int r1 = a + b, r2 = c + d, c1 = a + c, n = a + b + c + d;
    auto lf = [](int k) { return std::lgamma(k + 1.0); };
    auto prob = [&](int x) {
        return std::exp(lf(r1) + lf(r2) + lf(c1) + lf(n - c1) - lf(n) - lf(x) - lf(r1 - x) - lf(c1 - x) - lf(r2 - c1 + x));
    };
    const double observed = prob(a);
    double p = 0;
    for (int x = std::max(0, c1 - r2); x <= std::min(r1, c1); ++x)
        if (prob(x) <= observed * (1 + 1e-7))
            p += prob(x);
    return std::min(1.0, p);
}

// Second computation of the CMH statistic: (sum (a d - b c) / n)^2 over the summed
// variances, and its p from the complementary error function (chi-squared with 1 df).
std::pair<double, double> cmhByCrossProducts(const QList<Stratum> &strata)
{
    double num = 0, var = 0;
    for (const Stratum &s : strata) {
        const double a = s.events1, b = s.n1 - s.events1, c = s.events2, d = s.n2 - s.events2;
        const double n = a + b + c + d;
        if (n < 2)
            continue;
        num += (a * d - b * c) / n;
        var += (a + b) * (c + d) * (a + c) * (b + d) / (n * n * (n - 1));
    }
    const double x2 = num * num / var;
    return {x2, std::erfc(std::sqrt(x2 / 2))};
}

// Second computation of Kaplan-Meier: S(t) as the product over event times <= t, each
// factor counted from the raw observations.
double survivalByProduct(const QList<Observation> &obs, double t)
{
    QList<double> times;
    for (const Observation &o : obs)
        if (o.event && o.time <= t && !times.contains(o.time))
            times << o.time;
    double s = 1;
    for (double u : times) {
        int atRisk = 0, events = 0;
        for (const Observation &o : obs) {
            atRisk += o.time >= u;
            events += o.event && o.time == u;
        }
        s *= 1.0 - double(events) / atRisk;
    }
    return s;
}

QList<Observation> observations(const QList<double> &events, const QList<double> &censored)
{
    QList<Observation> out;
    for (double t : events)
        out << Observation{t, true};
    for (double t : censored)
        out << Observation{t, false};
    return out;
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT
private slots:
    void normalQuantile()
    {
        QCOMPARE(qRound(zFor(0.95) * 1e6), 1959964);
        QCOMPARE(qRound(zFor(0.99) * 1e6), 2575829);
    }

    // Newcombe RG. Interval estimation for the difference between independent proportions:
    // comparison of eleven methods. Stat Med 1998;17:873-890, Table II, method 10 (hybrid
    // score, no continuity correction), examples (a) to (h), printed to 4 decimals.
    void newcombeHybrid_data()
    {
        QTest::addColumn<int>("x1");
        QTest::addColumn<int>("n1");
        QTest::addColumn<int>("x2");
        QTest::addColumn<int>("n2");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::newRow("(a) 56/70 - 48/80") << 56 << 70 << 48 << 80 << 0.0524 << 0.3339;
        QTest::newRow("(b) 9/10 - 3/10") << 9 << 10 << 3 << 10 << 0.1705 << 0.8090;
        QTest::newRow("(c) 6/7 - 2/7") << 6 << 7 << 2 << 7 << 0.0582 << 0.8062;
        QTest::newRow("(d) 5/56 - 0/29") << 5 << 56 << 0 << 29 << -0.0381 << 0.1926;
        QTest::newRow("(e) 0/10 - 0/20") << 0 << 10 << 0 << 20 << -0.1611 << 0.2775;
        QTest::newRow("(f) 0/10 - 0/10") << 0 << 10 << 0 << 10 << -0.2775 << 0.2775;
        QTest::newRow("(g) 10/10 - 0/20") << 10 << 10 << 0 << 20 << 0.6791 << 1.0000;
        QTest::newRow("(h) 10/10 - 0/10") << 10 << 10 << 0 << 10 << 0.6075 << 1.0000;
    }
    void newcombeHybrid()
    {
        QFETCH(int, x1);
        QFETCH(int, n1);
        QFETCH(int, x2);
        QFETCH(int, n2);
        QFETCH(double, lower);
        QFETCH(double, upper);
        const auto rd = riskDifference(x1, n1, x2, n2);
        QVERIFY(rd.has_value());
        QCOMPARE(rd->estimate, double(x1) / n1 - double(x2) / n2);
        QVERIFY2(std::fabs(rd->ci.lower - lower) < 0.00005, qPrintable(QString::number(rd->ci.lower, 'f', 6)));
        QVERIFY2(std::fabs(rd->ci.upper - upper) < 0.00005, qPrintable(QString::number(rd->ci.upper, 'f', 6)));
        // Second computation: the same combination of Wilson limits found by bisection.
        const Interval w1 = wilsonByBisection(x1, n1), w2 = wilsonByBisection(x2, n2);
        const double p1 = double(x1) / n1, p2 = double(x2) / n2;
        QVERIFY(std::fabs(rd->ci.lower - (p1 - p2 - std::hypot(p1 - w1.lower, w2.upper - p2))) < 1e-9);
        QVERIFY(std::fabs(rd->ci.upper - (p1 - p2 + std::hypot(w1.upper - p1, p2 - w2.lower))) < 1e-9);
    }

    void wilsonBoundaries_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("n");
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("all") << 5 << 5;
        QTest::newRow("one of many") << 1 << 200;
        QTest::newRow("half") << 50 << 100;
    }
    void wilsonBoundaries()
    {
        QFETCH(int, x);
        QFETCH(int, n);
        const auto w = wilsonInterval(x, n);
        QVERIFY(w.has_value());
        const Interval second = wilsonByBisection(x, n);
        QVERIFY(std::fabs(w->lower - second.lower) < 1e-9);
        QVERIFY(std::fabs(w->upper - second.upper) < 1e-9);
        QVERIFY(w->lower >= 0 && w->upper <= 1 && w->lower <= double(x) / n && w->upper >= double(x) / n);
    }

    void undefinedInputs()
    {
        QVERIFY(!riskDifference(0, 0, 1, 2));
        QVERIFY(!wilsonInterval(3, 2));
        QVERIFY(!relativeRisk(0, 10, 3, 10));   // no events: log RR undefined, no silent 0.5
        QVERIFY(!relativeRisk(3, 10, 0, 10));
        QVERIFY(!fisherExactTwoSided(0, 0, 0, 0));
        QVERIFY(!cochranMantelHaenszel({{0, 5, 0, 5}}));   // no events anywhere: no variance
        QVERIFY(!cochranMantelHaenszel({}));
    }

    // Agresti A. An Introduction to Categorical Data Analysis, 2nd ed. (Wiley 2007), section
    // 2.2: Physicians' Health Study, myocardial infarction in 189 of 11034 on placebo and 104
    // of 11037 on aspirin: relative risk 1.82, 95% interval about 1.43 to 2.3 (printed to 2
    // decimals; the Katz formula gives 1.433 to 2.306).
    void relativeRiskKatz()
    {
        const auto rr = relativeRisk(189, 11034, 104, 11037);
        QVERIFY(rr.has_value());
        QCOMPARE(QString::number(rr->estimate, 'f', 2), QStringLiteral("1.82"));
        QCOMPARE(QString::number(rr->ci.lower, 'f', 2), QStringLiteral("1.43"));
        QVERIFY(std::fabs(rr->ci.upper - 2.30) <= 0.01);
        // Second computation: directly from the formula with a fixed z.
        const double se = std::sqrt(1.0 / 189 - 1.0 / 11034 + 1.0 / 104 - 1.0 / 11037);
        const double est = (189.0 / 11034) / (104.0 / 11037);
        QVERIFY(std::fabs(rr->ci.lower - est * std::exp(-kZ95 * se)) < 1e-9);
        QVERIFY(std::fabs(rr->ci.upper - est * std::exp(kZ95 * se)) < 1e-9);
    }

    void fisher_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("published");
        QTest::addColumn<double>("tolerance");
        // Agresti A. Categorical Data Analysis, 2nd ed. (Wiley 2002), section 3.5.2, Table 3.8:
        // Fisher's tea tasting, 3 of 4 cups right: two-sided P = 0.486.
        QTest::newRow("Agresti tea tasting") << 3 << 1 << 1 << 3 << 0.4857 << 0.00005;
        // Fisher RA (1935) via R's fisher.test documentation: convictions of like-sex twins of
        // criminals, dizygotic 2 convicted / 15 not, monozygotic 10 / 3: two-sided p = 0.0005367.
        QTest::newRow("Fisher criminal twins") << 2 << 15 << 10 << 3 << 0.0005367 << 0.00000005;
        QTest::newRow("all in one cell") << 5 << 0 << 0 << 0 << 1.0 << 1e-12;
        QTest::newRow("identical arms") << 4 << 6 << 4 << 6 << 1.0 << 1e-12;
    }
    void fisher()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, c);
        QFETCH(int, d);
        QFETCH(double, published);
        QFETCH(double, tolerance);
        const auto p = fisherExactTwoSided(a, b, c, d);
        QVERIFY(p.has_value());
        QVERIFY2(std::fabs(*p - published) <= tolerance, qPrintable(QString::number(*p, 'g', 10)));
        QVERIFY(std::fabs(*p - fisherByLogFactorials(a, b, c, d)) < 1e-9);
        // Two-sided: the same table with the rows swapped has the same p.
        QVERIFY(std::fabs(*p - *fisherExactTwoSided(c, d, a, b)) < 1e-12);
    }

    // Bickel, Hammel and O'Connell (1975), UC Berkeley admissions by department (R's
    // UCBAdmissions); R's mantelhaen.test(UCBAdmissions, correct = FALSE) prints
    // "Mantel-Haenszel X-squared = 1.5246, df = 1, p-value = 0.2169".
    void cmhWithoutContinuityCorrection()
    {
        // events = admitted; group 1 = male, group 2 = female; one stratum per department.
        const QList<Stratum> ucb{{512, 825, 89, 108}, {353, 560, 17, 25}, {120, 325, 202, 593},
                                 {138, 417, 131, 375}, {53, 191, 94, 393}, {22, 373, 24, 341}};
        const auto cmh = cochranMantelHaenszel(ucb);
        QVERIFY(cmh.has_value());
        QCOMPARE(QString::number(cmh->statistic, 'f', 4), QStringLiteral("1.5246"));
        QCOMPARE(QString::number(cmh->p, 'f', 4), QStringLiteral("0.2169"));
        QCOMPARE(cmh->strataUsed, 6);
        const auto second = cmhByCrossProducts(ucb);
        QVERIFY(std::fabs(cmh->statistic - second.first) < 1e-9);
        QVERIFY(std::fabs(cmh->p - second.second) < 1e-9);
        // A stratum of one patient carries no information: adding it changes nothing.
        auto withSingleton = ucb;
        withSingleton << Stratum{1, 1, 0, 0};
        QCOMPARE(cochranMantelHaenszel(withSingleton)->statistic, cmh->statistic);
    }

    // Freireich et al. (1963) 6-MP remission data, as tabulated in Kleinbaum & Klein, Survival
    // Analysis: A Self-Learning Text, chapter 2 (the 6-MP product-limit table): KM estimates
    // 0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448; R's survfit (conf.type "log") gives the
    // medians 23 (16, NA) for 6-MP and 8 (4, 12) for placebo.
    void kaplanMeierFreireich()
    {
        const QList<Observation> mp = observations({6, 6, 6, 7, 10, 13, 16, 22, 23},
                                                   {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35});
        const SurvivalCurve c = kaplanMeier(mp);
        QCOMPARE(c.n, 21);
        QCOMPARE(c.events, 9);
        const QList<double> published{0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
        QList<double> atEvents;
        for (const SurvivalStep &s : c.steps)
            if (s.events > 0) {
                atEvents << s.survival;
                QVERIFY(std::fabs(s.survival - survivalByProduct(mp, s.time)) < 1e-12);
                QVERIFY(s.ci.lower <= s.survival && s.survival <= s.ci.upper);
            }
        QCOMPARE(atEvents.size(), published.size());
        for (int i = 0; i < published.size(); ++i)
            QCOMPARE(QString::number(atEvents[i], 'f', 3), QString::number(published[i], 'f', 3));
        QCOMPARE(c.median.value_or(-1), 23.0);
        QCOMPARE(c.medianLower.value_or(-1), 16.0);
        QVERIFY(!c.medianUpper.has_value());

        const QList<Observation> placebo = observations({1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23}, {});
        const SurvivalCurve p = kaplanMeier(placebo);
        QCOMPARE(p.median.value_or(-1), 8.0);
        QCOMPARE(p.medianLower.value_or(-1), 4.0);
        QCOMPARE(p.medianUpper.value_or(-1), 12.0);
        QCOMPARE(p.steps.last().survival, 0.0);
    }

    void kaplanMeierBoundaries()
    {
        // Nobody has the event: the curve stays at 1, no median.
        const SurvivalCurve none = kaplanMeier(observations({}, {3, 5, 9}));
        QCOMPARE(none.events, 0);
        QVERIFY(!none.median.has_value());
        QCOMPARE(none.steps.last().survival, 1.0);
        // Exactly half at one time: S = 0.5 is the median (the first time S <= 0.5).
        const SurvivalCurve half = kaplanMeier(observations({4, 4}, {7, 7}));
        QCOMPARE(half.median.value_or(-1), 4.0);
        // Censored before the event at the same time: the event counts the censored patient at risk.
        const SurvivalCurve tie = kaplanMeier(observations({5}, {5}));
        QCOMPARE(tie.steps.first().atRisk, 2);
        QCOMPARE(tie.steps.first().survival, 0.5);
        QVERIFY(kaplanMeier({}).steps.isEmpty());
    }

    // The DEMO trial's DMC report printed "-0.142 (-0.276, -0.000)" and a relative risk's
    // bound of 1.004 as "1.00": an interval that seemed to touch the null value.
    void formatBesideNull_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("null");
        QTest::addColumn<QString>("text");
        QTest::newRow("RD bound just below 0") << -0.00047755542732250134 << 3 << 0.0 << QStringLiteral("-0.0005");
        QTest::newRow("RD bound just above 0") << 0.00012 << 3 << 0.0 << QStringLiteral("0.0001");
        QTest::newRow("RD estimate") << -0.14210526315789473 << 3 << 0.0 << QStringLiteral("-0.142");
        QTest::newRow("RD exactly 0") << 0.0 << 3 << 0.0 << QStringLiteral("0.000");
        QTest::newRow("negative zero") << -0.0 << 3 << 0.0 << QStringLiteral("0.000");
        QTest::newRow("RD 0.0005 rounds away") << 0.0005 << 3 << 0.0 << QStringLiteral("0.001");
        QTest::newRow("too close even at 6") << -1e-9 << 3 << 0.0 << QStringLiteral("0.000000");
        QTest::newRow("RR bound above 1 at 2") << 1.0037244985828 << 2 << 1.0 << QStringLiteral("1.004");
        QTest::newRow("RR bound above 1 at 3") << 1.0037244985828 << 3 << 1.0 << QStringLiteral("1.004");
        QTest::newRow("RR bound below 1") << 0.99961 << 3 << 1.0 << QStringLiteral("0.9996");
        QTest::newRow("RR exactly 1") << 1.0 << 2 << 1.0 << QStringLiteral("1.00");
        QTest::newRow("RR far from 1") << 0.510453387717978 << 3 << 1.0 << QStringLiteral("0.510");
    }
    void formatBesideNull()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(double, null);
        QFETCH(QString, text);
        QCOMPARE(muco::formatBesideNull(value, decimals, null), text);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
