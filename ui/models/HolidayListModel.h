#pragma once
// The site's holiday calendar (no radiotherapy on these days), in date order: the date with
// its weekday, then the holiday's name.
#include "common/Result.h"
#include <QAbstractListModel>
#include <QDate>

namespace muco {
class Session;
}

namespace muco::ui {

class HolidayListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { DateRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;
    Status load(Session &session);
    QDate dateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<std::pair<QDate, QString>> m_days;
};

} // namespace muco::ui
