#pragma once
// The overdue visits by the protocol's schedule (records/Schedule), per site and patient: which
// visit, its window, what is missing, and how many days past the window's end.
#include "records/Schedule.h"
#include <QAbstractTableModel>
#include <QDate>

namespace muco::ui {

class OverdueVisitsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Site, Subject, Visit, Window, Missing, DaysOverdue, ColumnCount };
    enum Roles { PatientIdRole = Qt::UserRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the overdue visits through core as of the session's today; a failed read leaves the
    // list empty and returns why.
    Status load(Session &session);
    // The visits as read already (the monitor view reads them once for its counts and this list).
    void setVisits(const QList<OverdueVisit> &visits, const QDate &today);
    const QList<OverdueVisit> &visits() const { return m_rows; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OverdueVisit> m_rows;
    QDate m_today;
};

} // namespace muco::ui
