#include "models/ReferenceRangeModel.h"
#include "records/Labs.h"
#include "security/Session.h"

namespace muco::ui {

namespace {
constexpr int kFirstLimit = ReferenceRangeModel::AnyLower;
constexpr int kLimits = ReferenceRangeModel::ColumnCount - kFirstLimit;
// The three pairs of limit columns, in column order.
const QStringList &sexes()
{
    static const QStringList s{QStringLiteral("any"), QStringLiteral("female"), QStringLiteral("male")};
    return s;
}
QString text(const std::optional<Decimal> &d) { return d ? d->toString() : QString(); }
} // namespace

Status ReferenceRangeModel::load(Session &session)
{
    const auto read = Labs::referenceRangesBySex(session);
    beginResetModel();
    m_rows.clear();
    m_editable = session.can(Permission::ManageSettings);
    const auto ranges = read.value_or({});
    for (const AnalyteInfo &a : analytes()) {
        if (a.analyte == Analyte::CreatinineClearance)   // calculated, it has no range of its own
            continue;
        Row row{a.key, analyteLabel(a.analyte), a.siUnit, {}, {}};
        for (const QString &sex : sexes()) {
            const ReferenceRange r = ranges.value(a.key).value(sex);
            row.cells << text(r.lln) << text(r.uln);
        }
        row.saved = row.cells;
        m_rows.append(row);
    }
    endResetModel();
    if (!read.ok())
        return read.error();
    return {};
}

int ReferenceRangeModel::rowOf(const QString &analyteKey) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == analyteKey)
            return i;
    return -1;
}

std::optional<ReferenceRangeModel::SaveProblem> ReferenceRangeModel::save(Session &session)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        for (int pair = 0; pair < sexes().size(); ++pair) {
            const int lower = 2 * pair, upper = lower + 1;
            if (r.cells.at(lower).trimmed() == r.saved.at(lower).trimmed() && r.cells.at(upper).trimmed() == r.saved.at(upper).trimmed())
                continue;
            ReferenceRange range;
            for (int limit : {lower, upper}) {
                const QString cell = r.cells.at(limit).trimmed();
                if (cell.isEmpty())
                    continue;
                const auto v = Decimal::parse(cell);
                const int column = kFirstLimit + limit;
                if (!v)
                    return SaveProblem{index(row, column), tr("%1, %2: \"%3\" is not a number.")
                                                               .arg(r.label, headerData(column, Qt::Horizontal).toString(), cell)};
                (limit == lower ? range.lln : range.uln) = v;
            }
            const Status s = Labs::setReferenceRange(session, r.key, range, sexes().at(pair));
            if (!s.ok()) {
                const int column = kFirstLimit + upper;
                return SaveProblem{index(row, column),
                                   QStringLiteral("%1, %2: %3").arg(r.label, headerData(column, Qt::Horizontal).toString(), s.error().why())};
            }
            r.saved[lower] = r.cells.at(lower);
            r.saved[upper] = r.cells.at(upper);
        }
    }
    return std::nullopt;
}

int ReferenceRangeModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ReferenceRangeModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReferenceRangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == AnalyteKeyRole)
        return r.key;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Test: return r.label;
    case Unit: return r.unit;
    default: return r.cells.value(index.column() - kFirstLimit);
    }
}

bool ReferenceRangeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString &cell = m_rows[index.row()].cells[index.column() - kFirstLimit];
    if (cell == value.toString())
        return true;
    cell = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ReferenceRangeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() >= kFirstLimit && index.column() < kFirstLimit + kLimits)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReferenceRangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= WomenLower && section <= MenUpper)
        return tr("Only where the range differs by sex; leave empty to use the range for all patients.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Test: return tr("Test");
    case Unit: return tr("SI unit");
    case AnyLower: return tr("Lower limit");
    case AnyUpper: return tr("Upper limit (ULN)");
    case WomenLower: return tr("Women: lower");
    case WomenUpper: return tr("Women: ULN");
    case MenLower: return tr("Men: lower");
    case MenUpper: return tr("Men: ULN");
    default: return {};
    }
}

} // namespace muco::ui
