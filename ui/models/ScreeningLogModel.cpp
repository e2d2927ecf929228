#include "models/ScreeningLogModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "security/Accounts.h"

namespace muco::ui {

Status ScreeningLogModel::load(Session &session)
{
    auto log = Screenings::log(session);
    beginResetModel();
    m_rows = log.ok() ? log.value() : QList<ScreeningLogEntry>{};
    m_signerNames = Accounts::signerNames(session, m_rows, [](const ScreeningLogEntry &e) { return e.signedBy; });
    endResetModel();
    if (!log.ok())
        return log.error();
    return {};
}

int ScreeningLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ScreeningLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScreeningLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const ScreeningLogEntry &e = m_rows.at(index.row());
    switch (index.column()) {
    case Subject: return e.subjectId;
    case Date: return displayDate(e.assessmentDate);
    case Outcome: return screeningOutcomeLabel(e.outcome);
    case Decision: return e.state == QLatin1String("signed") ? tr("signed by %1").arg(m_signerNames.value(e.signedBy, e.signedBy)) : tr("draft");
    case FailedCriteria: return e.failed.join(QStringLiteral(", "));
    case Missing: return e.missing.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant ScreeningLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject: return tr("Subject");
    case Date: return tr("Date");
    case Outcome: return tr("Outcome");
    case Decision: return tr("Decision");
    case FailedCriteria: return tr("Failed criteria");
    case Missing: return tr("Missing");
    default: return {};
    }
}

} // namespace muco::ui
