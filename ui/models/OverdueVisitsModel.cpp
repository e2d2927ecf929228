#include "models/OverdueVisitsModel.h"
#include "DisplayFormat.h"
#include "security/Session.h"

namespace muco::ui {

Status OverdueVisitsModel::load(Session &session)
{
    auto overdue = Schedule::overdue(session);
    setVisits(overdue.ok() ? overdue.value() : QList<OverdueVisit>{}, session.today());
    if (!overdue.ok())
        return overdue.error();
    return {};
}

void OverdueVisitsModel::setVisits(const QList<OverdueVisit> &visits, const QDate &today)
{
    beginResetModel();
    m_rows = visits;
    m_today = today;
    endResetModel();
}

int OverdueVisitsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int OverdueVisitsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OverdueVisitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OverdueVisit &o = m_rows.at(index.row());
    if (role == PatientIdRole)
        return o.patientId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Site: return o.site;
    case Subject: return o.subjectId;
    case Visit: return Schedule::visitLabel(o.visit);
    case Window: return tr("%1 to %2").arg(displayDate(o.visit.windowStart), displayDate(o.visit.windowEnd));
    case Missing: return Schedule::missingLabel(o.visit);
    case DaysOverdue: return static_cast<int>(o.visit.windowEnd.daysTo(m_today));
    default: return {};
    }
}

QVariant OverdueVisitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)   // the two-line header in one line
        return headerData(section, orientation, Qt::DisplayRole).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Site: return tr("Site");
    case Subject: return tr("Subject");
    case Visit: return tr("Visit");
    case Window: return tr("Window");
    case Missing: return tr("Missing");
    case DaysOverdue: return tr("Days\noverdue");   // two short lines: the visit's name takes the rest
    default: return {};
    }
}

} // namespace muco::ui
