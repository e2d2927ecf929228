#include "models/SdvListModel.h"
#include "DisplayFormat.h"
#include <QBrush>
#include <QColor>

namespace muco::ui {

QString sdvStateLabel(const QString &state)
{
    if (state == QLatin1String("verified"))
        return SdvListModel::tr("Verified");
    if (state == QLatin1String("changed"))
        return SdvListModel::tr("Changed since verified: verify again");
    if (state == QLatin1String("unverified"))
        return SdvListModel::tr("Not verified");
    return state;
}

void SdvListModel::setRows(const QList<Row> &rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone;
    endResetModel();
}

const SdvListModel::Row *SdvListModel::rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int SdvListModel::rowOf(const QString &table, const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).table == table && m_rows.at(i).id == id)
            return i;
    return -1;
}

int SdvListModel::remainingToVerify() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += (r.status.critical || r.status.sampled) && r.status.state != QLatin1String("verified") ? 1 : 0;
    return n;
}

int SdvListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int SdvListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SdvListModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const SdvStatus &st = r->status;
    switch (role) {
    case TableRole: return r->table;
    case RecordIdRole: return r->id;
    case StateRole: return st.state;
    case Qt::BackgroundRole:
        if (index.column() != State)
            return {};
        if (st.state == QLatin1String("changed"))
            return QBrush(QColor(0xf8, 0xd7, 0xda));   // a mark that was reset: the change needs a look
        if (st.state == QLatin1String("verified"))
            return QBrush(QColor(0xd4, 0xed, 0xda));
        return st.critical || st.sampled ? QBrush(QColor(0xff, 0xf3, 0xcd)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Critical && st.critical)
            return tr("The protocol names every record of this kind for verification.");
        if (index.column() == Critical && st.sampled)
            return tr("Chosen for verification by the monitoring plan's share of this site's records.");
        if (index.column() == Critical)
            return tr("Neither critical nor in the monitoring plan's sample: verifying it is optional.");
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Record: return r->summary;
    case Critical: return st.critical ? tr("Critical") : st.sampled ? tr("Sampled") : QString();
    case State: return sdvStateLabel(st.state);
    case VerifiedBy: return st.verifiedBy;
    case VerifiedAt: return st.verifiedUtc.isValid() ? displayDateTime(st.verifiedUtc, m_zone) : QString();
    default: return {};
    }
}

QVariant SdvListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record: return tr("Record");
    case Critical: return tr("Protocol");
    case State: return tr("Source data verification");
    case VerifiedBy: return tr("Last verified by");
    case VerifiedAt: return tr("Last verified at");
    default: return {};
    }
}

} // namespace muco::ui
