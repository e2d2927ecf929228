#pragma once
// The spray diary (records/StudyDrug): one row a day from the start of radiotherapy to today (or
// the last fraction), one checkable column a dose (after breakfast, lunch, dinner). Checking a
// dose is not stored here: the model asks (doseToggled) and the tab writes through core, whose
// change notice reloads the diary, so a refused or cancelled change never shows as done.
#include "common/Result.h"
#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

namespace muco {
class Session;
}

namespace muco::ui {

class DrugDiaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { DateRole = Qt::UserRole, SlotRole /* breakfast | lunch | dinner */ };

    using QAbstractTableModel::QAbstractTableModel;
    // The days from `first` to `last` with the doses recorded taken (date + slot), editable or not.
    void setDiary(const QDate &first, const QDate &last, const QSet<QString> &taken, bool editable);
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

signals:
    void doseToggled(const QDate &date, const QString &slot, bool taken);

private:
    static QString key(const QDate &date, const QString &slot) { return date.toString(Qt::ISODate) + slot; }
    QDate m_first;
    int m_days = 0;
    QSet<QString> m_taken;
    bool m_editable = false;
};

} // namespace muco::ui
