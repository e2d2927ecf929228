#include "models/MonitorListModel.h"
#include "CodeLabels.h"
#include "models/PatientListModel.h"
#include "models/QueryListModel.h"
#include "models/SdvListModel.h"

namespace muco::ui {

MonitorListModel::MonitorListModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void MonitorListModel::setOverview(const MonitoringOverview &overview)
{
    beginResetModel();
    m_overview = overview;
    m_described.clear();
    endResetModel();
}

QString MonitorListModel::described(const QString &table, const QString &id) const
{
    const QString key = table + QChar(0x1f) + id;
    if (const auto it = m_described.constFind(key); it != m_described.cend())
        return *it;
    const QString line = m_describe ? m_describe(table, id) : QString();
    if (line.isEmpty())
        return tableLabel(table);   // not kept: a read that failed (a pull holding the file) is tried again
    m_described.insert(key, line);
    return line;
}

void MonitorListModel::forgetDescriptions()
{
    m_described.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int MonitorListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Sites: return static_cast<int>(m_overview.sites.size());
    case Kind::Patients: return static_cast<int>(m_overview.patients.size());
    case Kind::OpenQueries: return static_cast<int>(m_overview.openQueries.size());
    case Kind::SdvRemaining: return static_cast<int>(m_overview.sdvRemaining.size());
    }
    return 0;
}

int MonitorListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Sites: return SiteColumns;
    case Kind::Patients: return PatientColumns;
    case Kind::OpenQueries: return QueryColumns;
    case Kind::SdvRemaining: return SdvColumns;
    }
    return 0;
}

QString MonitorListModel::patientIdAt(int row) const
{
    switch (m_kind) {
    case Kind::Sites: return {};
    case Kind::Patients: return m_overview.patients.at(row).patient.id;
    case Kind::OpenQueries: return m_overview.openQueries.at(row).patientId;
    case Kind::SdvRemaining: return m_overview.sdvRemaining.at(row).status.patientId;
    }
    return {};
}

QVariant MonitorListModel::display(int row, int column) const
{
    switch (m_kind) {
    case Kind::Sites: {
        const SiteMonitoring &s = m_overview.sites.at(row);
        switch (column) {
        case kSiteColumn: return s.site;
        case SitePatients: return s.patients;
        case SiteOpenQueries: return s.openQueries;
        case SiteOldestQuery: return s.oldestOpenQueryDays < 0 ? QVariant() : QVariant(s.oldestOpenQueryDays);
        case SiteSdvRemaining: return m_overview.sdvShown ? QVariant(s.sdvRemaining) : QVariant();
        case SiteOverdue: return s.overdueVisits;
        case SiteMissingGrades: return s.missingGrades;
        default: return {};
        }
    }
    case Kind::Patients: {
        const PatientMonitoring &p = m_overview.patients.at(row);
        switch (column) {
        case kSiteColumn: return p.patient.site;
        case PatientSubject: return p.patient.subjectId;
        case PatientStatus: return Patients::statusLabel(p.patient.status);
        case PatientOpenQueries: return p.openQueries;
        case PatientSdvRemaining: return m_overview.sdvShown ? QVariant(p.sdvRemaining) : QVariant();
        case PatientOverdue: return p.overdueVisits;
        case PatientMissingGrades: return p.missingGrades;
        default: return {};
        }
    }
    case Kind::OpenQueries: {
        const Query &q = m_overview.openQueries.at(row);
        switch (column) {
        case kSiteColumn: return q.site;
        case QuerySubject: return q.subjectId;
        case QueryRecord: return described(q.table, q.recordId);
        case QueryField: return fieldLabel(q.field);
        case QueryState: return queryStateLabel(q.state);   // as the Queries tab says it
        case QueryAge: return q.ageDays(m_overview.asOf);
        default: return {};
        }
    }
    case Kind::SdvRemaining: {
        const SdvRemainingItem &r = m_overview.sdvRemaining.at(row);
        switch (column) {
        case kSiteColumn: return r.site;
        case SdvSubject: return r.status.subjectId;
        case SdvRecord: return described(r.status.table, r.status.recordId);
        case SdvState: return sdvStateLabel(r.status.state);
        case SdvWhy: return r.status.sampled ? tr("Sample") : tr("Critical");
        default: return {};
        }
    }
    }
    return {};
}

QVariant MonitorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    switch (role) {
    case PatientIdRole: return patientIdAt(index.row());
    case ItemTableRole:
        return m_kind == Kind::SdvRemaining ? m_overview.sdvRemaining.at(index.row()).status.table : QString();
    case ItemIdRole:
        return m_kind == Kind::OpenQueries    ? m_overview.openQueries.at(index.row()).id
               : m_kind == Kind::SdvRemaining ? m_overview.sdvRemaining.at(index.row()).status.recordId : QString();
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::ToolTipRole:   // a record's whole line, when the narrow panel cuts it
        if ((m_kind == Kind::OpenQueries && index.column() == QueryRecord) || (m_kind == Kind::SdvRemaining && index.column() == SdvRecord))
            return display(index.row(), index.column());
        // The oldest query's age, whose column the narrow panel hides (MonitorView::fitSites).
        if (m_kind == Kind::Sites && index.column() == SiteOpenQueries && m_overview.sites.at(index.row()).oldestOpenQueryDays >= 0)
            return tr("The oldest open query: %n day(s)", nullptr, m_overview.sites.at(index.row()).oldestOpenQueryDays);
        return {};
    case Qt::TextAlignmentRole:
        // Counts and days line up on the right.
        if (display(index.row(), index.column()).typeId() == QMetaType::Int)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant MonitorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two short lines fit the side panel; the tooltip says the same in one line.
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kSiteColumn)
        return tr("Site");
    switch (m_kind) {
    case Kind::Sites:
        switch (section) {
        case SitePatients: return tr("Patients");
        case SiteOpenQueries: return tr("Open\nqueries");
        case SiteOldestQuery: return tr("Oldest\n(days)");
        case SiteSdvRemaining: return tr("To\nverify");
        case SiteOverdue: return tr("Overdue\nvisits");
        case SiteMissingGrades: return tr("Missing\ngrades");
        default: return {};
        }
    case Kind::Patients:
        switch (section) {
        case PatientSubject: return tr("Subject");
        case PatientStatus: return tr("Status");
        case PatientOpenQueries: return tr("Open\nqueries");
        case PatientSdvRemaining: return tr("To\nverify");
        case PatientOverdue: return tr("Overdue\nvisits");
        case PatientMissingGrades: return tr("Missing\ngrades");
        default: return {};
        }
    case Kind::OpenQueries:
        switch (section) {
        case QuerySubject: return tr("Subject");
        case QueryRecord: return tr("Record");
        case QueryField: return tr("Field");
        case QueryState: return tr("State");
        case QueryAge: return tr("Age\n(days)");
        default: return {};
        }
    case Kind::SdvRemaining:
        switch (section) {
        case SdvSubject: return tr("Subject");
        case SdvRecord: return tr("Record");
        case SdvState: return tr("State");
        case SdvWhy: return tr("Why");
        default: return {};
        }
    }
    return {};
}

} // namespace muco::ui
