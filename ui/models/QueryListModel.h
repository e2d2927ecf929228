#pragma once
// A patient's data queries as a table: the record and field by their labels, the value when
// the query was raised and as it is now, the state and the age in days. The selected query's
// thread is shown beside it (QueriesTab).
#include "records/Queries.h"
#include <QAbstractTableModel>
#include <QDateTime>

namespace muco::ui {

class QueryListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Record, Field, ValueAtRaise, ValueNow, State, Age, RaisedBy, ColumnCount };
    enum Roles { QueryIdRole = Qt::UserRole + 1, StateRole };

    using QAbstractTableModel::QAbstractTableModel;
    // `summaries`: the record line of each "table/id" target (PatientRecords); `now` ages them.
    void setQueries(const QList<Query> &queries, const QHash<QString, QString> &summaries, const QDateTime &now);
    const Query *queryAt(int row) const;
    int rowOf(const QString &queryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Query> m_queries;
    QHash<QString, QString> m_summaries;
    QDateTime m_now;
};

// The open (not closed) queries on one record, by field: the note a form shows under the
// field ("Open query: ..."), for FieldErrors::markQueried.
QHash<QString, QString> openQueryNotes(Session &session, const QString &patientId, const QString &table, const QString &recordId);

// "open", "answered", "closed" in the UI language.
QString queryStateLabel(const QString &state);

} // namespace muco::ui
