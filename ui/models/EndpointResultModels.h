#pragma once
// The endpoint analysis (reports/EndpointAnalysis) as two read-only tables: one row per scale
// (the protocol's primary scale first) with each arm's events, the risk difference, relative
// risk and their 95% intervals, Fisher's and the CMH p; and the patients left out of the
// primary analysis, with why.
#include "reports/EndpointAnalysis.h"
#include <QAbstractTableModel>

namespace muco::ui {

class EndpointResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scale, Experimental, Control, RiskDifference, RelativeRisk, FisherP, CmhP, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    // The first result is the primary endpoint's.
    void setResults(const QList<EndpointResult> &results);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EndpointResult> m_results;
};

class EndpointExclusionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Subject, Why, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setExclusions(const QList<EndpointExclusion> &excluded);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EndpointExclusion> m_excluded;
};

} // namespace muco::ui
