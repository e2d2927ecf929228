#pragma once
// The patient list as the window shows it: sorted by a header, filtered by the search box.
#include <QSortFilterProxyModel>

class QRegularExpression;

namespace muco::ui {

class PatientListModel;

class PatientListProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PatientListProxy(PatientListModel *source, QObject *parent = nullptr);
    // The search box's text as a fixed string (QSortFilterProxyModel::setFilterFixedString),
    // matched without a regular expression where the result is the same (filterAcceptsRow).
    void setFilterText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool mrnMatches(int sourceRow, const QModelIndex &sourceParent, const QRegularExpression &re) const;
    const PatientListModel *m_source;
    QString m_text;      // the last setFilterText, ASCII; null otherwise
    QString m_escaped;   // m_text as setFilterFixedString makes it a pattern
};

} // namespace muco::ui
