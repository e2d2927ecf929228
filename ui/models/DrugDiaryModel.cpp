#include "models/DrugDiaryModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "records/StudyDrug.h"
#include <QColor>

namespace muco::ui {

void DrugDiaryModel::setDiary(const QDate &first, const QDate &last, const QHash<QString, bool> &recorded, bool editable)
{
    beginResetModel();
    m_first = first;
    m_days = first.isValid() && last.isValid() && first <= last ? static_cast<int>(first.daysTo(last)) + 1 : 0;
    m_recorded = recorded;
    m_editable = editable;
    endResetModel();
}

void DrugDiaryModel::clear() { setDiary({}, {}, {}, false); }

Status DrugDiaryModel::load(Session &session, const QString &patientId, const QDate &first, const QDate &last, bool editable)
{
    auto doses = StudyDrug::doses(session, patientId);
    QHash<QString, bool> recorded;
    if (doses.ok())
        for (const DrugDose &d : doses.value())
            recorded.insert(key(d.date, d.slot), d.taken);
    setDiary(first, last, recorded, editable);   // the days show even when the doses cannot be read
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
    const DoseState st = state(date, slot);
    switch (role) {
    case Qt::CheckStateRole: return st == DoseState::Taken ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole: return st == DoseState::NotTaken ? tr("Not taken") : QVariant();
    case Qt::ForegroundRole: return st == DoseState::NotTaken ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::ToolTipRole:
        return st == DoseState::Taken      ? tr("Taken")
             : st == DoseState::NotTaken ? tr("Recorded as not taken")
                                         : tr("Not documented yet");
    case DateRole: return date;
    case SlotRole: return slot;
    case StateRole: return QVariant::fromValue(st);
    default: return {};
    }
}

DrugDiaryModel::DoseState DrugDiaryModel::state(const QDate &date, const QString &slot) const
{
    const auto it = m_recorded.constFind(key(date, slot));
    return it == m_recorded.cend() ? DoseState::Undocumented : *it ? DoseState::Taken : DoseState::NotTaken;
}

QModelIndex DrugDiaryModel::indexOf(const QDate &date, const QString &slot) const
{
    const qint64 row = m_first.isValid() && date.isValid() ? m_first.daysTo(date) : -1;
    const qsizetype column = StudyDrug::doseSlots().indexOf(slot);
    return row >= 0 && row < m_days && column >= 0 ? index(static_cast<int>(row), static_cast<int>(column)) : QModelIndex();
}

QString DrugDiaryModel::slotLabel(const QString &slot)
{
    return fieldValueLabel(QStringLiteral("slot"), slot);   // one list of the doses' names: CodeLabels
}

bool DrugDiaryModel::markNotTaken(const QModelIndex &index)
{
    if (!m_editable || !index.isValid() || index.row() >= m_days || index.column() >= columnCount())
        return false;
    const QDate date = index.data(DateRole).toDate();
    const QString slot = index.data(SlotRole).toString();
    if (state(date, slot) == DoseState::NotTaken)
        return false;
    emit doseToggled(date, slot, false);
    return true;
}

QVariant DrugDiaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_days ? QVariant(displayDateWithDay(m_first.addDays(section))) : QVariant();
    return section >= 0 && section < columnCount() ? QVariant(slotLabel(StudyDrug::doseSlots().at(section))) : QVariant();
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
    const DoseState now = state(index.data(DateRole).toDate(), index.data(SlotRole).toString());
    // Unchecked is both "not taken" and "not documented yet": unchecking either changes nothing
    // ("not taken" is asked for apart, markNotTaken).
    if (taken == (now == DoseState::Taken))
        return false;
    emit doseToggled(index.data(DateRole).toDate(), index.data(SlotRole).toString(), taken);
    return true;
}

} // namespace muco::ui
