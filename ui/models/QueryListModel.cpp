#include "models/QueryListModel.h"
#include "CodeLabels.h"
#include "workspace/PatientRecords.h"
#include <QBrush>
#include <QColor>

namespace muco::ui {

QString queryStateLabel(const QString &state)
{
    if (state == QLatin1String("open"))
        return QueryListModel::tr("Open");
    if (state == QLatin1String("answered"))
        return QueryListModel::tr("Answered");
    if (state == QLatin1String("closed"))
        return QueryListModel::tr("Closed");
    return state;
}

QHash<QString, QString> openQueryNotes(Session &session, const QString &patientId, const QString &table, const QString &recordId)
{
    QHash<QString, QString> notes;
    auto list = Queries::list(session, true, patientId);
    if (!list.ok() || recordId.isEmpty())
        return notes;
    for (const Query &q : list.value()) {
        if (q.table != table || q.recordId != recordId || q.thread.isEmpty())
            continue;
        const QString note = q.state == QLatin1String("answered") ? QueryListModel::tr("Query answered, awaiting the monitor: %1")
                                                                  : QueryListModel::tr("Open query: %1");
        notes.insert(q.field, note.arg(q.thread.first().text));
    }
    return notes;
}

void QueryListModel::setQueries(const QList<Query> &queries, const QHash<QString, QString> &summaries, const QDateTime &now)
{
    beginResetModel();
    m_queries = queries;
    // Open first (the site's work), then answered (the monitor's), closed last; oldest first within.
    auto rank = [](const Query &q) { return q.state == QLatin1String("open") ? 0 : q.state == QLatin1String("answered") ? 1 : 2; };
    std::stable_sort(m_queries.begin(), m_queries.end(), [&](const Query &a, const Query &b) { return rank(a) < rank(b); });
    m_summaries = summaries;
    m_now = now;
    endResetModel();
}

const Query *QueryListModel::queryAt(int row) const { return row >= 0 && row < m_queries.size() ? &m_queries.at(row) : nullptr; }

int QueryListModel::rowOf(const QString &queryId) const
{
    for (int i = 0; i < m_queries.size(); ++i)
        if (m_queries.at(i).id == queryId)
            return i;
    return -1;
}

int QueryListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_queries.size()); }
int QueryListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QueryListModel::data(const QModelIndex &index, int role) const
{
    const Query *q = index.isValid() ? queryAt(index.row()) : nullptr;
    if (!q)
        return {};
    if (role == QueryIdRole)
        return q->id;
    if (role == StateRole)
        return q->state;
    if (role == Qt::BackgroundRole && index.column() == State && q->state == QLatin1String("open"))
        return QBrush(QColor(0xff, 0xf3, 0xcd));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Record: {
        const QString summary = m_summaries.value(q->table + QLatin1Char('/') + q->recordId);
        return summary.isEmpty() ? tableLabel(q->table) : summary;
    }
    case Field: return fieldLabel(q->field);
    case ValueAtRaise: return displayValue(q->field, q->valueAtRaise.isEmpty() ? QVariant() : QVariant(q->valueAtRaise));
    case ValueNow: return displayValue(q->field, q->currentValue);
    case State: return queryStateLabel(q->state);
    case Age: {
        const int days = q->ageDays(m_now);
        return role == Qt::ToolTipRole ? tr("Raised %1 days ago").arg(days) : QVariant(days);
    }
    case RaisedBy: return q->raisedBy;
    default: return {};
    }
}

QVariant QueryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record: return tr("Record");
    case Field: return tr("Field");
    case ValueAtRaise: return tr("Value when raised");
    case ValueNow: return tr("Value now");
    case State: return tr("State");
    case Age: return tr("Age (days)");
    case RaisedBy: return tr("Raised by");
    default: return {};
    }
}

} // namespace muco::ui
