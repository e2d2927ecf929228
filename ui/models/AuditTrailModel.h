#pragma once
// Rows of the audit trail (AuditTrail::read) as a table for people: time in the site's zone,
// who, what happened, the patient's subject ID, the record and field by their labels, the
// old and new values and the reason.
#include "records/AuditTrail.h"
#include <QAbstractTableModel>
#include <QTimeZone>

namespace muco::ui {

class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Action, Subject, Record, Field, OldValue, NewValue, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<AuditRow> &rows, const QTimeZone &zone);
    const QList<AuditRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString recordLabel(const AuditRow &row);

private:
    QString valueLabel(const AuditRow &row, const QString &value) const;
    QList<AuditRow> m_rows;
    QTimeZone m_zone;
};

// "create", "sync_update", "sign_in" ... as people read them; an unknown action as stored.
QString auditActionLabel(const QString &action);

} // namespace muco::ui
