#pragma once
// The patient list as the window shows it: sorted by a header, filtered by the search box.
#include <QSortFilterProxyModel>

namespace muco::ui {

class PatientListModel;

class PatientListProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PatientListProxy(PatientListModel *source, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const PatientListModel *m_source;
};

} // namespace muco::ui
