#include "models/VisitListModel.h"
#include "DisplayFormat.h"
#include "CodeLabels.h"
#include "clinical/Grading.h"
#include "clinical/Protocol.h"
#include "security/Accounts.h"
#include "security/Session.h"
#include <QBrush>
#include <QColor>

namespace muco::ui {

Status VisitListModel::load(Session &session, const QString &patientId)
{
    auto list = Assessments::list(session, patientId);
    beginResetModel();
    m_rows = list.ok() ? list.value() : QList<Assessment>{};
    m_zone = session.siteZone();
    m_signerNames = Accounts::signerNames(session, m_rows, [](const Assessment &a) { return a.signedBy; });
    endResetModel();
    if (!list.ok())
        return list.error();
    return {};
}

void VisitListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const Assessment *VisitListModel::assessmentAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int VisitListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int VisitListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    const Assessment *a = index.isValid() ? assessmentAt(index.row()) : nullptr;
    if (!a)
        return {};
    const GradeResult *grade = index.column() == Who ? &a->who : index.column() == Ctcae ? &a->ctcae : index.column() == Rtog ? &a->rtog : nullptr;
    switch (role) {
    case AssessmentIdRole: return a->id;
    case StateRole: return a->state;
    case Qt::ToolTipRole: return grade ? QVariant(grade->label) : QVariant();
    case Qt::BackgroundRole:
        // The grades as signed (Assessments reads them back, never re-derives them); the
        // primary endpoint's scale is marked when the visit reaches it (protocol file).
        if (grade && grade->scale == Protocol::nct07312656().primaryEndpoint.scale && Assessments::reachesPrimaryEndpoint(*a))
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Visit: return displayDate(a->visitDate);
        case Fraction: return displayNumber(a->fractionNumber);
        case Dose: return displayNumber(a->cumulativeDoseGy);
        case Who: case Ctcae: case Rtog: return QString::number(grade->grade);
        case Omas: return a->omas.sitesScored ? displayNumber(a->omas.total) : QString();
        case ProSores: return a->pro.severity ? proCtcaeSeverityChoices().value(*a->pro.severity) : QString();
        case State: {
            const QString state = recordStateLabel(a->state);
            return a->supersedes.isEmpty() ? state : tr("%1 (correction: %2)").arg(state, a->correctionReason);
        }
        case SignedBy:
            return a->signedBy.isEmpty() ? QString()
                                         : QStringLiteral("%1, %2").arg(m_signerNames.value(a->signedBy, a->signedBy), displayDateTime(a->signedUtc, m_zone));
        default: return {};
        }
    default: return {};
    }
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Visit: return tr("Visit");
    case Fraction: return tr("Fraction");
    case Dose: return tr("Dose (Gy)");
    case Who: return tr("WHO");
    case Ctcae: return tr("CTCAE");
    case Rtog: return tr("RTOG");
    case Omas: return tr("OMAS");
    case ProSores: return tr("Sores (PRO)");   // PRO-CTCAE: the patient's own worst mouth or throat sores
    case State: return tr("State");
    case SignedBy: return tr("Signed by");
    default: return {};
    }
}

} // namespace muco::ui
