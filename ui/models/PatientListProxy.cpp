#include "models/PatientListProxy.h"
#include "models/PatientListModel.h"

namespace muco::ui {

PatientListProxy::PatientListProxy(PatientListModel *source, QObject *parent) : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

// The subject column, the list's order after every sign-in, is compared by the model's
// lower-cased ASCII keys, as bytes: through data() each of the 50,000 x 16 comparisons of a
// sort made and compared two QVariants (issue 14). The order is the base class's for these
// settings (display text, QString::compare case-insensitive, not locale-aware); a subject ID
// without a key (not ASCII), any other column or other settings take the general path.
bool PatientListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == PatientListModel::SubjectId && right.column() == PatientListModel::SubjectId
        && left.model() == m_source && right.model() == m_source && sortRole() == Qt::DisplayRole
        && sortCaseSensitivity() == Qt::CaseInsensitive && !isSortLocaleAware()) {
        const QByteArrayView a = m_source->subjectSortKey(left.row());
        const QByteArrayView b = m_source->subjectSortKey(right.row());
        if (!a.isNull() && !b.isNull())
            return a.compare(b) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace muco::ui
