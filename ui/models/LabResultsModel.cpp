#include "models/LabResultsModel.h"
#include "DisplayFormat.h"
#include "clinical/LabUnits.h"
#include "security/Session.h"
#include <QBrush>
#include <QColor>

namespace muco::ui {

Status LabResultsModel::load(Session &session, const QString &patientId, const RangesBySex &ranges, const QString &sex)
{
    auto list = Labs::list(session, patientId);
    QList<Row> rows;
    if (list.ok())
        for (const LabResult &r : list.value())
            rows.append({r, Labs::compare(ranges.value(r.analyte), sex, r.si)});
    beginResetModel();
    m_rows = rows;
    m_zone = session.siteZone();
    endResetModel();
    if (!list.ok())
        return list.error();
    return {};
}

void LabResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int LabResultsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int LabResultsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LabResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const LabResult &r = row.result;
    switch (role) {
    case ResultIdRole: return r.id;
    case FlagRole: return row.flag ? QVariant(*row.flag) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == Flag && row.flag && *row.flag != 0 ? QVariant(QBrush(QColor(0xff, 0xf3, 0xcd))) : QVariant();
    case Qt::ToolTipRole:   // the test's name whole where its column gives way
        return index.column() == Test ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::DisplayRole: {
        const AnalyteInfo *info = analyteByKey(r.analyte);
        switch (index.column()) {
        case Collected: return displayDateTime(r.collectedUtc, m_zone);
        case Test: return info ? analyteLabel(info->analyte) : r.analyte;
        case Entered: return QStringLiteral("%1 %2").arg(displayNumber(r.value), r.unit);
        case SiValue: return QStringLiteral("%1 %2").arg(displayNumber(r.si), info ? info->siUnit : QString());
        case Flag: return !row.flag ? QString() : *row.flag > 0 ? tr("High") : *row.flag < 0 ? tr("Low") : QString();
        default: return {};
        }
    }
    default: return {};
    }
}

QVariant LabResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Collected: return tr("Collected");
    case Test: return tr("Test");
    case Entered: return tr("Entered");
    case SiValue: return tr("SI value");
    case Flag: return tr("Flag");
    default: return {};
    }
}

} // namespace muco::ui
