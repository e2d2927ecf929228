#pragma once
// The screening's live checklist: each of the protocol's criteria with its outcome (pass,
// FAIL, missing) in the outcome's colour and the values it was decided on; the criterion's
// text, in the reader's language, as the tooltip.
#include "clinical/Eligibility.h"
#include <QAbstractTableModel>

namespace muco::ui {

class EligibilityChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Criterion, Outcome, ValuesUsed, ColumnCount };
    enum Roles { OutcomeRole = Qt::UserRole + 1 };   // CriterionOutcome as int

    using QAbstractTableModel::QAbstractTableModel;
    void setCriteria(const QList<CriterionResult> &criteria);
    void clear() { setCriteria({}); }
    int rowOf(const QString &criterionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CriterionResult> m_criteria;
    QHash<QString, QString> m_texts;   // criterion id -> its text in the reader's language
};

} // namespace muco::ui
