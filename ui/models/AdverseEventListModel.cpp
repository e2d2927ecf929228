#include "models/AdverseEventListModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "records/Queries.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include <QBrush>
#include <QColor>

namespace muco::ui {

namespace {
// The patient's adverse events with a query not closed.
QSet<QString> queriedEvents(Session &session, const QString &patientId)
{
    QSet<QString> queried;
    if (auto open = Queries::list(session, true, patientId); open.ok())
        for (const Query &q : open.value())
            if (q.table == AdverseEvents::table().name)
                queried.insert(q.recordId);
    return queried;
}
} // namespace

Status AdverseEventListModel::load(Session &session, const QString &patientId)
{
    auto list = AdverseEvents::list(session, patientId);
    const QSet<QString> queried = list.ok() ? queriedEvents(session, patientId) : QSet<QString>{};
    beginResetModel();
    m_rows = list.ok() ? list.value() : QList<AdverseEvent>{};
    m_queried = queried;
    endResetModel();
    if (!list.ok())
        return list.error();
    return {};
}

void AdverseEventListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_queried.clear();
    endResetModel();
}

void AdverseEventListModel::refreshQueried(Session &session, const QString &patientId)
{
    QSet<QString> queried = queriedEvents(session, patientId);
    if (queried == m_queried || m_rows.isEmpty()) {
        m_queried = std::move(queried);
        return;
    }
    m_queried = std::move(queried);
    emit dataChanged(index(0, State), index(int(m_rows.size()) - 1, State), {Qt::DisplayRole, Qt::ToolTipRole, QueriedRole});
}

const AdverseEvent *AdverseEventListModel::eventAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int AdverseEventListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int AdverseEventListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AdverseEventListModel::data(const QModelIndex &index, int role) const
{
    const AdverseEvent *e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e)
        return {};
    const bool draft = e->state == QLatin1String("draft");
    const bool queried = m_queried.contains(e->id);
    switch (role) {
    case EventIdRole: return e->id;
    case StateRole: return e->state;
    case QueriedRole: return queried;
    case Qt::BackgroundRole: return index.column() == State && draft ? QVariant(QBrush(QColor(0xff, 0xf3, 0xcd))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == State && queried)
            return tr("This event has a data query that is not closed: see the Queries tab.");
        if (index.column() == Term && !e->meddraCode.isEmpty())
            return tr("CTCAE v%1, MedDRA %2").arg(e->ctcaeVersion, e->meddraCode);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case State: {
            const QString state = draft ? tr("Draft: confirm") : tr("Confirmed");
            return queried ? state + QStringLiteral(" ⚑") : state;
        }
        case Term: return e->termSpecify.isEmpty() ? e->term : tr("%1: %2").arg(e->term, e->termSpecify);
        case Grade: return displayNumber(e->grade);
        case Onset: return displayDate(e->onset);
        case Resolved: return e->resolution.isValid() ? displayDate(e->resolution) : tr("ongoing");
        case Serious: return e->serious ? tr("yes") : tr("no");
        case Relation: return aeRelationLabel(e->relation);
        case Outcome: return aeOutcomeLabel(e->outcome);
        default: return {};
        }
    default: return {};
    }
}

QVariant AdverseEventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State: return tr("State");
    case Term: return tr("Term");
    case Grade: return tr("Grade");
    case Onset: return tr("Onset");
    case Resolved: return tr("Resolved");
    case Serious: return tr("Serious");
    case Relation: return tr("Relation");
    case Outcome: return tr("Outcome");
    default: return {};
    }
}

} // namespace muco::ui
