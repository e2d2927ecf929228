#include "models/EligibilityChecklistModel.h"
#include "clinical/Protocol.h"
#include <QBrush>
#include <QColor>
#include <QLocale>

namespace muco::ui {

void EligibilityChecklistModel::setCriteria(const QList<CriterionResult> &criteria)
{
    beginResetModel();
    m_criteria = criteria;
    if (m_texts.isEmpty()) {
        const QString language = QLocale().name();
        for (const muco::Criterion &c : Protocol::nct07312656().criteria)
            m_texts.insert(c.id, c.text(language));
    }
    endResetModel();
}

int EligibilityChecklistModel::rowOf(const QString &criterionId) const
{
    for (int i = 0; i < m_criteria.size(); ++i)
        if (m_criteria.at(i).id == criterionId)
            return i;
    return -1;
}

int EligibilityChecklistModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_criteria.size()); }
int EligibilityChecklistModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EligibilityChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_criteria.size())
        return {};
    const CriterionResult &c = m_criteria.at(index.row());
    switch (role) {
    case OutcomeRole: return int(c.outcome);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Criterion: return c.id;
        case Outcome:
            return c.outcome == CriterionOutcome::Pass ? tr("pass") : c.outcome == CriterionOutcome::Fail ? tr("FAIL") : tr("missing");
        case ValuesUsed: return c.detail;
        default: return {};
        }
    case Qt::ToolTipRole: {
        const QString text = m_texts.value(c.id);
        if (index.column() == Criterion)
            return text;
        if (index.column() == ValuesUsed && !text.isEmpty())
            return QString(text + QStringLiteral("\n\n") + c.detail);
        return {};
    }
    case Qt::ForegroundRole:
        if (index.column() != Outcome)
            return {};
        return QBrush(c.outcome == CriterionOutcome::Pass ? QColor(0x1b, 0x5e, 0x20)
                      : c.outcome == CriterionOutcome::Fail ? QColor(0xb0, 0x00, 0x20) : QColor(0x6c, 0x75, 0x7d));
    default: return {};
    }
}

QVariant EligibilityChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Criterion: return tr("Criterion");
    case Outcome: return tr("Result");
    case ValuesUsed: return tr("Values used");
    default: return {};
    }
}

} // namespace muco::ui
