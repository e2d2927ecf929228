#pragma once
// A patient's adverse events (records/AdverseEvents): drafts raised by severe grades marked to
// confirm, events with a data query not closed flagged. The Adverse events tab's list.
#include "records/AdverseEvents.h"
#include <QAbstractTableModel>
#include <QSet>

namespace muco {
class Session;
}

namespace muco::ui {

class AdverseEventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, Term, Grade, Onset, Resolved, Serious, Relation, Outcome, ColumnCount };
    enum Roles { EventIdRole = Qt::UserRole, StateRole /* draft | confirmed */, QueriedRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the events and the open queries through core; a failed read leaves the list empty.
    Status load(Session &session, const QString &patientId);
    void clear();
    // Re-reads only which events have a query not closed, keeping the rows (and the selection).
    void refreshQueried(Session &session, const QString &patientId);
    const AdverseEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdverseEvent> m_rows;
    QSet<QString> m_queried;   // events with a query not closed
};

} // namespace muco::ui
