#pragma once
// A patient's lab results (records/Labs) as entered, with the SI value and the flag against the
// site's reference range for the patient's sex: the Labs tab's list.
#include "records/Labs.h"
#include <QAbstractTableModel>
#include <QMap>
#include <QTimeZone>

namespace muco {
class Session;
}

namespace muco::ui {

class LabResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Collected, Test, Entered, SiValue, Flag, ColumnCount };
    enum Roles {
        ResultIdRole = Qt::UserRole,
        FlagRole,   // -1 low, 0 within, 1 high; null when no range decides
    };
    using RangesBySex = QMap<QString, QMap<QString, ReferenceRange>>;

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the results through core and flags them against `ranges` (the site's, by analyte and
    // sex) for a patient of this sex (empty: unknown). A failed read leaves the list empty.
    Status load(Session &session, const QString &patientId, const RangesBySex &ranges, const QString &sex);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        LabResult result;
        std::optional<int> flag;
    };
    QList<Row> m_rows;
    QTimeZone m_zone;
};

} // namespace muco::ui
