#include "reports/EndpointAnalysis.h"
#include "records/Patients.h"
#include "clinical/Grading.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue interval(bool has, const stats::Interval &ci)
{
    return has ? QJsonValue(QJsonArray{ci.lower, ci.upper}) : QJsonValue(QJsonValue::Null);
}

QJsonObject arms(const ArmCounts &e, const ArmCounts &c)
{
    auto arm = [](const ArmCounts &a) { return QJsonObject{{QStringLiteral("n"), a.n}, {QStringLiteral("events"), a.events}}; };
    return {{armExperimental(), arm(e)}, {armControl(), arm(c)}};
}

} // namespace

EndpointResult analyseEndpoint(const QList<PatientCourse> &courses, const QString &scale, int threshold)
{
    EndpointResult r;
    r.scale = scale;
    r.threshold = threshold;
    for (const PatientCourse &c : courses) {
        if (c.arm.isEmpty()) {
            r.excluded << EndpointExclusion{c.subjectId, Tr::tr("not randomized (%1)").arg(Patients::statusLabel(c.status))};
            continue;
        }
        const QList<SignedVisit> visits = c.visitsAfterRandomization();
        bool graded = false;
        bool event = false;
        for (const SignedVisit &v : visits) {
            if (!v.grades.contains(scale))
                continue;
            graded = true;
            event = event || v.grades.value(scale) >= threshold;
        }
        if (!graded) {
            r.excluded << EndpointExclusion{c.subjectId, c.visits.isEmpty()
                                                             ? Tr::tr("randomized, no signed graded visit")
                                                             : Tr::tr("randomized, no signed graded visit on or after the day of randomization")};
            continue;
        }
        ArmCounts &arm = c.arm == armExperimental() ? r.experimental : r.control;
        auto &site = r.bySite[c.site];
        ArmCounts &siteArm = c.arm == armExperimental() ? site.first : site.second;
        ++arm.n;
        ++siteArm.n;
        if (event) {
            ++arm.events;
            ++siteArm.events;
        }
    }
    r.riskDifference = stats::riskDifference(r.experimental.events, r.experimental.n, r.control.events, r.control.n);
    r.relativeRisk = stats::relativeRisk(r.experimental.events, r.experimental.n, r.control.events, r.control.n);
    r.fisherP = stats::fisherExactTwoSided(r.experimental.events, r.experimental.n - r.experimental.events, r.control.events,
                                           r.control.n - r.control.events);
    QList<stats::Stratum> strata;
    for (auto it = r.bySite.cbegin(); it != r.bySite.cend(); ++it)
        strata << stats::Stratum{it->first.events, it->first.n, it->second.events, it->second.n};
    r.cmh = stats::cochranMantelHaenszel(strata);
    return r;
}

QList<EndpointResult> analyseEndpoints(const QList<PatientCourse> &courses, const PrimaryEndpoint &primary)
{
    QList<EndpointResult> out{analyseEndpoint(courses, scaleId(primary.scale), primary.threshold)};
    for (Scale s : {Scale::Who, Scale::Ctcae, Scale::Rtog})
        if (s != primary.scale)
            out << analyseEndpoint(courses, scaleId(s), primary.threshold);
    return out;
}

QJsonObject endpointJson(const EndpointResult &r)
{
    QJsonObject bySite;
    for (auto it = r.bySite.cbegin(); it != r.bySite.cend(); ++it)
        bySite.insert(it.key(), arms(it->first, it->second));
    QJsonArray excluded;
    for (const EndpointExclusion &e : r.excluded)
        excluded.append(QJsonObject{{QStringLiteral("subject_id"), e.subjectId}, {QStringLiteral("why"), e.why}});
    return {
        {QStringLiteral("scale"), r.scale},
        {QStringLiteral("threshold"), r.threshold},
        {QStringLiteral("arms"), arms(r.experimental, r.control)},
        {QStringLiteral("risk_difference"), number(r.riskDifference ? std::optional<double>(r.riskDifference->estimate) : std::nullopt)},
        {QStringLiteral("risk_difference_ci95"), interval(r.riskDifference.has_value(), r.riskDifference ? r.riskDifference->ci : stats::Interval{})},
        {QStringLiteral("relative_risk"), number(r.relativeRisk ? std::optional<double>(r.relativeRisk->estimate) : std::nullopt)},
        {QStringLiteral("relative_risk_ci95"), interval(r.relativeRisk.has_value(), r.relativeRisk ? r.relativeRisk->ci : stats::Interval{})},
        {QStringLiteral("fisher_exact_p"), number(r.fisherP)},
        {QStringLiteral("by_site"), bySite},
        {QStringLiteral("cmh_p"), number(r.cmh ? std::optional<double>(r.cmh->p) : std::nullopt)},
        {QStringLiteral("excluded"), excluded},
    };
}

QJsonObject endpointsJson(const QList<EndpointResult> &results)
{
    if (results.isEmpty())
        return {};
    QJsonObject out = endpointJson(results.first());
    QJsonArray others;
    for (qsizetype i = 1; i < results.size(); ++i)
        others.append(endpointJson(results[i]));
    out.insert(QStringLiteral("other_scales"), others);
    return out;
}

} // namespace muco
