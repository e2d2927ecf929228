#pragma once
// A patient's clinic visits and their grades as signed (records/Assessments), one row a visit,
// oldest first: the Visits tab's list.
#include "records/Assessments.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace muco {
class Session;
}

namespace muco::ui {

class VisitListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Visit, Fraction, Dose, Who, Ctcae, Rtog, Omas, ProSores, State, SignedBy, ColumnCount };
    enum Roles {
        AssessmentIdRole = Qt::UserRole,
        StateRole,   // draft | signed | superseded
    };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the patient's visits through core; a read that fails leaves the list empty.
    Status load(Session &session, const QString &patientId);
    void clear();
    const Assessment *assessmentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Assessment> m_rows;
    QTimeZone m_zone;
    QHash<QString, QString> m_signerNames;   // user name: display name (Accounts::displayNames)
};

} // namespace muco::ui
