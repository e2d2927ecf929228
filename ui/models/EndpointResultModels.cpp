#include "models/EndpointResultModels.h"
#include "reports/NumberFormat.h"

namespace muco::ui {

namespace {
QString percent(int events, int n) { return n == 0 ? QStringLiteral("-") : QString::number(100.0 * events / n, 'f', 1) + QLatin1Char('%'); }

QString arm(const ArmCounts &a) { return QStringLiteral("%1/%2 (%3)").arg(a.events).arg(a.n).arg(percent(a.events, a.n)); }

// The estimate and its interval, each rounded so that a value beside the null (0 for a
// difference, 1 for a ratio) never reads as the null itself.
QString interval(double estimate, double lower, double upper, int decimals, double nullValue)
{
    return EndpointResultModel::tr("%1 (%2 to %3)", "an estimate and its 95% confidence interval").arg(formatBesideNull(estimate, decimals, nullValue), formatBesideNull(lower, decimals, nullValue),
                                                formatBesideNull(upper, decimals, nullValue));
}
} // namespace

void EndpointResultModel::setResults(const QList<EndpointResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int EndpointResultModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_results.size()); }
int EndpointResultModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EndpointResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size() || role != Qt::DisplayRole)
        return {};
    const EndpointResult &r = m_results.at(index.row());
    switch (index.column()) {
    case Scale:
        return QString(r.scale.toUpper() + QStringLiteral(" >= ") + QString::number(r.threshold) + (index.row() == 0 ? tr(" (primary)") : QString()));
    case Experimental: return arm(r.experimental);
    case Control: return arm(r.control);
    case RiskDifference:
        return r.riskDifference ? interval(r.riskDifference->estimate, r.riskDifference->ci.lower, r.riskDifference->ci.upper, 3, 0)
                                : tr("not estimable");
    case RelativeRisk:
        return r.relativeRisk ? interval(r.relativeRisk->estimate, r.relativeRisk->ci.lower, r.relativeRisk->ci.upper, 3, 1)
                              : tr("not estimable");
    case FisherP: return r.fisherP ? QString::number(*r.fisherP, 'f', 4) : tr("not estimable");
    case CmhP: return r.cmh ? QString::number(r.cmh->p, 'f', 4) : tr("not estimable");
    default: return {};
    }
}

QVariant EndpointResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scale: return tr("Scale");
    case Experimental: return tr("Experimental");
    case Control: return tr("Control");
    case RiskDifference: return tr("Risk difference (95% CI)");
    case RelativeRisk: return tr("Relative risk (95% CI)");
    case FisherP: return tr("Fisher p");
    case CmhP: return tr("CMH p");
    default: return {};
    }
}

void EndpointExclusionModel::setExclusions(const QList<EndpointExclusion> &excluded)
{
    beginResetModel();
    m_excluded = excluded;
    endResetModel();
}

int EndpointExclusionModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_excluded.size()); }
int EndpointExclusionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EndpointExclusionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_excluded.size() || role != Qt::DisplayRole)
        return {};
    const EndpointExclusion &e = m_excluded.at(index.row());
    return index.column() == Subject ? e.subjectId : e.why;
}

QVariant EndpointExclusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject: return tr("Subject");
    case Why: return tr("Why");
    default: return {};
    }
}

} // namespace muco::ui
