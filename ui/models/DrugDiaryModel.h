#pragma once
// The spray diary (records/StudyDrug): one row a day from the start of radiotherapy to today (or
// the last fraction), one checkable column a dose (after breakfast, lunch, dinner). A dose is
// taken (checked), recorded as not taken (unchecked, "Not taken" in red) or not documented yet
// (blank): a missed dose is not a blank page. Checking a dose is not stored here: the model asks (doseToggled) and the tab writes through core, whose
// change notice reloads the diary, so a refused or cancelled change never shows as done.
#include "common/Result.h"
#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace muco {
class Session;
}

namespace muco::ui {

class DrugDiaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { DateRole = Qt::UserRole, SlotRole /* breakfast | lunch | dinner */, StateRole };
    enum class DoseState { Undocumented, Taken, NotTaken };
    Q_ENUM(DoseState)

    using QAbstractTableModel::QAbstractTableModel;
    // The days from `first` to `last` with the doses recorded (date + slot -> taken), editable or not.
    void setDiary(const QDate &first, const QDate &last, const QHash<QString, bool> &recorded, bool editable);
    void clear();
    // Reads the recorded doses through core and shows the days from `first` to `last`.
    Status load(Session &session, const QString &patientId, const QDate &first, const QDate &last, bool editable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A check or uncheck by the user: emits doseToggled, changes nothing by itself.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    DoseState state(const QDate &date, const QString &slot) const;
    QModelIndex indexOf(const QDate &date, const QString &slot) const;
    // "Not taken" for the dose at `index` (emits doseToggled with taken false), unless it is already.
    bool markNotTaken(const QModelIndex &index);
    static QString slotLabel(const QString &slot);

signals:
    void doseToggled(const QDate &date, const QString &slot, bool taken);

private:
    static QString key(const QDate &date, const QString &slot) { return date.toString(Qt::ISODate) + slot; }
    QDate m_first;
    int m_days = 0;
    QHash<QString, bool> m_recorded;
    bool m_editable = false;
};

} // namespace muco::ui
