#pragma once
// A patient's radiotherapy fraction log (records/Radiotherapy), by date: delivered, missed and
// held fractions, and those voided as recorded in error (kept, struck through, never counted).
#include "records/Radiotherapy.h"
#include <QAbstractTableModel>

namespace muco {
class Session;
}

namespace muco::ui {

class FractionLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Date, Dose, Status, Reason, Source, ColumnCount };
    enum Roles { FractionIdRole = Qt::UserRole, VoidedRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the log through core; when the fractions cannot be read the log is empty.
    muco::Status load(Session &session, const QString &patientId);   // muco::: the Status column hides it here
    void clear();
    const FractionRecord *fractionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FractionRecord> m_rows;
};

} // namespace muco::ui
