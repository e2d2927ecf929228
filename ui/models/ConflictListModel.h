#pragma once
// The open sync conflicts side by side (sync/ConflictDetails): the record's patient, the form and
// field, this device's value and the central site's, who changed it here, when the central
// change was seen. The conflicts dialog's list.
#include "sync/ConflictDetails.h"
#include <QAbstractTableModel>
#include <QTimeZone>

namespace muco::ui {

class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Subject, Form, Field, ThisDevice, CentralSite, ChangedHereBy, CentralChangeSeen, ColumnCount };
    enum Roles { ConflictIdRole = Qt::UserRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the open conflicts through core; a failed read leaves the list empty.
    Status load(Session &session);
    const ConflictDetails *conflictAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConflictDetails> m_rows;
    QTimeZone m_zone;
};

// A field's stored JSON value as people read it: dates, codes and numbers in the UI's format.
QString conflictValueText(const QString &field, const QJsonValue &value);

} // namespace muco::ui
