#include "models/DrugDiaryModel.h"
#include "DisplayFormat.h"
#include "records/StudyDrug.h"

namespace muco::ui {

void DrugDiaryModel::setDiary(const QDate &first, const QDate &last, const QSet<QString> &taken, bool editable)
{
    beginResetModel();
    m_first = first;
    m_days = first.isValid() && last.isValid() && first <= last ? static_cast<int>(first.daysTo(last)) + 1 : 0;
    m_taken = taken;
    m_editable = editable;
    endResetModel();
}

void DrugDiaryModel::clear() { setDiary({}, {}, {}, false); }

Status DrugDiaryModel::load(Session &session, const QString &patientId, const QDate &first, const QDate &last, bool editable)
{
    auto doses = StudyDrug::doses(session, patientId);
    QSet<QString> taken;
    if (doses.ok())
        for (const DrugDose &d : doses.value())
            if (d.taken)
                taken.insert(key(d.date, d.slot));
    setDiary(first, last, taken, editable);   // the days show even when the doses cannot be read
    if (!doses.ok())
        return doses.error();
    return {};
}

int DrugDiaryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_days; }
int DrugDiaryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(StudyDrug::doseSlots().size()); }

QVariant DrugDiaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days || index.column() >= columnCount())
        return {};
    const QDate date = m_first.addDays(index.row());
    const QString slot = StudyDrug::doseSlots().at(index.column());
    switch (role) {
    case Qt::CheckStateRole: return m_taken.contains(key(date, slot)) ? Qt::Checked : Qt::Unchecked;
    case DateRole: return date;
    case SlotRole: return slot;
    default: return {};
    }
}

QVariant DrugDiaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_days ? QVariant(displayDateWithDay(m_first.addDays(section))) : QVariant();
    switch (section) {
    case 0: return tr("After breakfast");
    case 1: return tr("After lunch");
    case 2: return tr("After dinner");
    default: return {};
    }
}

Qt::ItemFlags DrugDiaryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_editable ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

bool DrugDiaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_editable || !index.isValid() || index.row() >= m_days)
        return false;
    const bool taken = value.value<Qt::CheckState>() == Qt::Checked;
    if (taken == (data(index, Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked))
        return false;
    emit doseToggled(index.data(DateRole).toDate(), index.data(SlotRole).toString(), taken);
    return true;
}

} // namespace muco::ui
