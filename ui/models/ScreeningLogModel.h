#pragma once
// The trial's screening log (records/Screenings): every screening of the site with its outcome,
// the decision and the criteria that failed or were missing.
#include "records/Screenings.h"
#include <QAbstractTableModel>
#include <QHash>

namespace muco::ui {

class ScreeningLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Subject, Date, Outcome, Decision, FailedCriteria, Missing, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the log through core; a failed read leaves it empty.
    Status load(Session &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScreeningLogEntry> m_rows;
    QHash<QString, QString> m_signerNames;   // user name: display name (Accounts::displayNames)
};

} // namespace muco::ui
