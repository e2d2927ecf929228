#include "models/AuditTrailModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QHash>

namespace muco::ui {

QString auditActionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Changed")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Deleted")},
        {QStringLiteral("sync_create"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Received by sync")},
        {QStringLiteral("sync_update"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Changed by sync")},
        {QStringLiteral("resolve_conflict"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Sync conflict resolved")},
        {QStringLiteral("dismiss_unapplied_change"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Unapplied change dismissed")},
        {QStringLiteral("sign_in"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Sign-in failed")},
        {QStringLiteral("password_changed"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Password changed")},
        {QStringLiteral("password_reset"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Password reset")},
        {QStringLiteral("deactivate"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Account deactivated")},
        {QStringLiteral("key_registered"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Signing key registered")},
        {QStringLiteral("site_created"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Site created")},
        {QStringLiteral("sync_enrolled"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Device enrolled")},
        {QStringLiteral("sync_token_encrypted"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Sync token encrypted")},
        {QStringLiteral("sync_token_replaced"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Sync token replaced")},
        {QStringLiteral("backup_created"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Backup created")},
        {QStringLiteral("reserve_received"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Randomization reserve received")},
        {QStringLiteral("reserve_opened"), QT_TRANSLATE_NOOP("muco::ui::AuditTrailModel", "Randomization reserve entry opened")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : AuditTrailModel::tr(it.value());
}

void AuditTrailModel::setRows(const QList<AuditRow> &rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone;
    endResetModel();
}

// A stored UTC time ("2026-11-25T02:00:00.000Z") in the site's time, as the Time column shows
// it; codes as words (fieldValueLabel). The stored value is what the CSV export writes.
QString AuditTrailModel::valueLabel(const AuditRow &r, const QString &value) const
{
    const QString &field = r.field;
    // The patient a record belongs to, by subject ID, not its internal id.
    if (field == QLatin1String("patient_id") && value == r.patientId && !r.subjectId.isEmpty())
        return r.subjectId;
    if (field.endsWith(QLatin1String("_utc"))) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (at.isValid())
            return displayDateTime(at.toUTC(), m_zone);
    }
    return fieldValueLabel(field, value);
}

// The record's kind, and for a dose or a fraction which one ("Study drug dose 2026-11-17 Tue,
// After lunch"): a patient has a hundred of them.
QString AuditTrailModel::recordLabel(const AuditRow &r)
{
    if (r.table.isEmpty())
        return {};
    if (!r.recordDate.isValid())
        return tableLabel(r.table);
    const QString when = tr("%1 %2", "record kind, its date").arg(tableLabel(r.table), displayDateWithDay(r.recordDate));
    if (r.recordPart.isEmpty())   // a fraction not delivered has no number
        return when;
    const QString which = r.table == QLatin1String("fractions") ? tr("fraction %1").arg(r.recordPart) : fieldValueLabel(QStringLiteral("slot"), r.recordPart);
    return tr("%1, %2", "record kind and date, which dose or fraction").arg(when, which);
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int AuditTrailModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow &r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Seq && !r.isSigned)
        return QBrush(QColor(0x8a, 0x5a, 0x00));   // a row from before signing keys
    if (role == Qt::ToolTipRole && index.column() == Seq)
        return r.isSigned ? tr("Signed by its author") : tr("Not signed (written before this account had a signing key)");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq: return r.seq;
    case Time: return displayDateTime(r.atUtc, m_zone);
    case User: return r.user;
    case Action: return auditActionLabel(r.action);
    case Subject: return r.subjectId;
    case Record: return recordLabel(r);
    case Field: return r.field.isEmpty() ? QString() : fieldLabel(r.field);
    case OldValue: return r.field.isEmpty() ? r.oldValue : valueLabel(r, r.oldValue);
    case NewValue: return r.field.isEmpty() ? r.newValue : valueLabel(r, r.newValue);
    case Reason: return r.reason;
    default: return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Subject: return tr("Subject");
    case Record: return tr("Record");
    case Field: return tr("Field");
    case OldValue: return tr("Old value");
    case NewValue: return tr("New value");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace muco::ui
