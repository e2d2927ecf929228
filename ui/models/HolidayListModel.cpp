#include "models/HolidayListModel.h"
#include "DisplayFormat.h"
#include "records/Radiotherapy.h"

namespace muco::ui {

Status HolidayListModel::load(Session &session)
{
    const auto calendar = Radiotherapy::holidayCalendar(session);
    beginResetModel();
    m_days.clear();
    if (calendar.ok())
        for (auto it = calendar->cbegin(); it != calendar->cend(); ++it)
            m_days.append({it.key(), it.value()});
    endResetModel();
    if (!calendar.ok())
        return calendar.error();
    return {};
}

QDate HolidayListModel::dateAt(int row) const { return row >= 0 && row < m_days.size() ? m_days.at(row).first : QDate(); }

int HolidayListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_days.size()); }

QVariant HolidayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const auto &[date, name] = m_days.at(index.row());
    switch (role) {
    case DateRole: return date;
    case Qt::DisplayRole:
        return name.isEmpty() ? displayDateWithDay(date) : QStringLiteral("%1  %2").arg(displayDateWithDay(date), name);
    default: return {};
    }
}

} // namespace muco::ui
