#pragma once
// The site's laboratory reference ranges as an editable table: per analyte its lower limit and
// ULN for any patient, then for women and men (a sex's pair left empty means "as for any
// patient"). Edits stay in the model as typed until save(), which checks each changed cell and
// writes only the ranges that changed, through Labs (the write path, with its permission check).
#include "common/Result.h"
#include <QAbstractTableModel>
#include <QModelIndex>
#include <optional>

namespace muco {
class Session;
}

namespace muco::ui {

class ReferenceRangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Test, Unit, AnyLower, AnyUpper, WomenLower, WomenUpper, MenLower, MenUpper, ColumnCount };
    enum Roles { AnalyteKeyRole = Qt::UserRole + 1 };

    struct SaveProblem {
        QModelIndex cell;   // the cell to put right
        QString message;    // names the test and the column
    };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the ranges; cells are editable only for those who may manage the site's settings.
    Status load(Session &session);
    bool editable() const { return m_editable; }
    int rowOf(const QString &analyteKey) const;
    // Writes every range whose cells changed since load(); stops at the first cell that is not
    // a number or that core refuses, leaving what was saved before it saved.
    std::optional<SaveProblem> save(Session &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString key;
        QString label;
        QString unit;
        QStringList cells;   // the six limits as typed, AnyLower..MenUpper
        QStringList saved;   // as loaded
    };
    QList<Row> m_rows;
    bool m_editable = false;
};

} // namespace muco::ui
