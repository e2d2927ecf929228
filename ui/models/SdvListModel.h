#pragma once
// A patient's records and their source data verification (issue 17): whether each is to be
// verified (critical: its table named by the protocol's monitoring.sdv_critical; or sampled:
// chosen by the monitoring plan's share of the rest at the patient's site), and verified as it
// stands, changed since it was verified (the mark reset), or not verified.
#include "records/SourceVerification.h"
#include <QAbstractTableModel>
#include <QTimeZone>

namespace muco::ui {

struct PatientRecord;

class SdvListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Record, Critical, State, VerifiedBy, VerifiedAt, ColumnCount };
    enum Roles { TableRole = Qt::UserRole + 1, RecordIdRole, StateRole };

    struct Row {
        QString table;
        QString id;
        QString summary;
        SdvStatus status;
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Row> &rows, const QTimeZone &zone);
    const Row *rowAt(int row) const;
    int rowOf(const QString &table, const QString &id) const;
    // Critical and sampled records not verified as they stand: what remains for the monitor
    // (what SourceVerification::remaining lists for the patient).
    int remainingToVerify() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QTimeZone m_zone;
};

// verified | changed | unverified in the UI language.
QString sdvStateLabel(const QString &state);

} // namespace muco::ui
