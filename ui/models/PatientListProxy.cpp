#include "models/PatientListProxy.h"
#include "models/PatientListModel.h"
#include <QRegularExpression>

namespace muco::ui {

namespace {
constexpr qsizetype kMrnSearchLength = 6;
} // namespace

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

void PatientListProxy::setFilterText(const QString &text)
{
    m_text = QtPrivate::isAscii(text) ? (text.isNull() ? QStringLiteral("") : text) : QString();
    m_escaped = QRegularExpression::escape(m_text);
    setFilterFixedString(text);
}

// A fixed ASCII string over every column, as the search box sets it, is matched with
// QString::contains: the base class ran a regular expression on each of the 10 cells of
// 50,000 rows, 143 ms a keystroke (issue 14). For an ASCII pattern the two agree (Unicode
// simple case folding on both sides, e.g. the Kelvin sign and the long s match k and s);
// anything else, or a filter set another way, takes the base class's path.
bool PatientListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QRegularExpression re = filterRegularExpression();
    const bool caseless = filterCaseSensitivity() == Qt::CaseInsensitive;
    if (m_text.isNull() || sourceParent.isValid() || filterKeyColumn() != -1 || sourceModel() != m_source
        || re.pattern() != m_escaped
        || re.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption) != caseless)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent) || mrnMatches(sourceRow, sourceParent, re);
    const int role = filterRole();
    for (int c = 0; c < m_source->columnCount(); ++c)
        if (m_source->index(sourceRow, c).data(role).toString().contains(m_text, filterCaseSensitivity()))
            return true;
    return m_text.size() >= kMrnSearchLength && m_source->mrnAt(sourceRow).contains(m_text, filterCaseSensitivity());
}

// Nurses look a patient up by the hospital's number, which no column shows: "100200" found
// nobody (a walkthrough). Searched as the columns are, when the search is the box's, from six
// characters on: a shorter text ("0012" for DEMO-0012) listed patients whose number merely
// contains it, for a reason no column shows (review).
bool PatientListProxy::mrnMatches(int sourceRow, const QModelIndex &sourceParent, const QRegularExpression &re) const
{
    if (sourceParent.isValid() || filterKeyColumn() != -1 || sourceModel() != m_source || m_text.size() < kMrnSearchLength)
        return false;
    const QString mrn = m_source->mrnAt(sourceRow);
    return !mrn.isEmpty() && re.match(mrn).hasMatch();
}

} // namespace muco::ui
