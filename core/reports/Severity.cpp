#include "reports/Severity.h"
#include <QJsonArray>
#include <algorithm>

namespace muco {

namespace {

constexpr int kGrades = 5;   // 0..4 on WHO, CTCAE (mucositis oral) and RTOG

// Days at or above the threshold, as the visits saw them (see the header).
void severeEpisodes(const QList<SignedVisit> &visits, const QString &scale, int threshold, PatientSeverity &out)
{
    std::optional<QDate> since;
    QDate last;
    for (const SignedVisit &v : visits) {
        if (!v.grades.contains(scale))
            continue;
        last = v.date;
        const bool severe = v.grades.value(scale) >= threshold;
        if (severe && !since)
            since = v.date;
        else if (!severe && since) {
            out.severeDays += int(since->daysTo(v.date));
            since.reset();
        }
    }
    if (since) {
        out.severeDays += int(since->daysTo(last));
        out.severeOngoing = true;
    }
}

std::optional<double> omasAucPerDay(const QList<SignedVisit> &visits)
{
    QList<std::pair<QDate, double>> points;
    for (const SignedVisit &v : visits)
        if (v.omasMean)
            points.append({v.date, *v.omasMean});
    if (points.size() < 2)
        return std::nullopt;
    const qint64 span = points.first().first.daysTo(points.last().first);
    if (span <= 0)
        return std::nullopt;
    double area = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        area += double(points[i - 1].first.daysTo(points[i].first)) * (points[i - 1].second + points[i].second) / 2.0;
    return area / double(span);
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype m = values.size() / 2;
    return values.size() % 2 ? double(values[m]) : (values[m - 1] + values[m]) / 2.0;
}

QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

QJsonObject armJson(const ArmSeverity &a)
{
    QJsonObject worst;
    for (auto it = a.worstGradeCounts.cbegin(); it != a.worstGradeCounts.cend(); ++it) {
        QJsonArray counts;
        for (int c : it.value())
            counts.append(c);
        worst.insert(it.key(), counts);
    }
    return {{QStringLiteral("n"), a.n},
            {QStringLiteral("worst_grade"), worst},
            {QStringLiteral("patients_severe"), a.patientsSevere},
            {QStringLiteral("ongoing"), a.ongoing},
            {QStringLiteral("median_severe_days"), orNull(a.medianSevereDays)},
            {QStringLiteral("omas_scored"), a.omasScored},
            {QStringLiteral("mean_omas_auc_per_day"), orNull(a.meanOmasAucPerDay)}};
}

} // namespace

QList<PatientSeverity> patientSeverity(const QList<PatientCourse> &courses, const QString &scale, int threshold)
{
    QList<PatientSeverity> out;
    for (const PatientCourse &c : courses) {
        const QList<SignedVisit> visits = c.visitsAfterRandomization();
        if (visits.isEmpty())
            continue;
        PatientSeverity p{c.subjectId, c.site, c.arm, {}, 0, false, std::nullopt};
        for (const SignedVisit &v : visits)
            for (auto g = v.grades.cbegin(); g != v.grades.cend(); ++g)
                p.worstGrade[g.key()] = std::max(p.worstGrade.value(g.key(), 0), g.value());
        severeEpisodes(visits, scale, threshold, p);
        p.omasAucPerDay = omasAucPerDay(visits);
        out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const PatientSeverity &a, const PatientSeverity &b) { return a.subjectId < b.subjectId; });
    return out;
}

SeveritySummary summarizeSeverity(const QList<PatientSeverity> &patients, const QString &scale, int threshold)
{
    SeveritySummary s{scale, threshold, {}, {}};
    QList<int> days[2];
    double aucSum[2] = {0, 0};
    for (const PatientSeverity &p : patients) {
        const int i = p.arm == armExperimental() ? 0 : p.arm == armControl() ? 1 : -1;
        if (i < 0)
            continue;
        ArmSeverity &a = i == 0 ? s.experimental : s.control;
        ++a.n;
        for (auto g = p.worstGrade.cbegin(); g != p.worstGrade.cend(); ++g) {
            QList<int> &counts = a.worstGradeCounts[g.key()];
            if (counts.isEmpty())
                counts = QList<int>(kGrades, 0);
            ++counts[std::clamp(g.value(), 0, kGrades - 1)];
        }
        if (p.worstGrade.value(scale, 0) >= threshold) {
            ++a.patientsSevere;
            a.ongoing += p.severeOngoing ? 1 : 0;
            days[i].append(p.severeDays);
        }
        if (p.omasAucPerDay) {
            ++a.omasScored;
            aucSum[i] += *p.omasAucPerDay;
        }
    }
    for (int i = 0; i < 2; ++i) {
        ArmSeverity &a = i == 0 ? s.experimental : s.control;
        a.medianSevereDays = median(days[i]);
        if (a.omasScored > 0)
            a.meanOmasAucPerDay = aucSum[i] / a.omasScored;
    }
    return s;
}

QJsonObject severityJson(const SeveritySummary &s)
{
    return {{QStringLiteral("scale"), s.scale},
            {QStringLiteral("threshold"), s.threshold},
            {QStringLiteral("experimental"), armJson(s.experimental)},
            {QStringLiteral("control"), armJson(s.control)}};
}

} // namespace muco
