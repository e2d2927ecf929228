#include "models/ConflictListModel.h"
#include "CodeLabels.h"
#include "DisplayFormat.h"
#include "clinical/Decimal.h"
#include "security/Session.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace muco::ui {

QString conflictValueText(const QString &field, const QJsonValue &v)
{
    if (v.isString() && field.endsWith(QLatin1String("_date")) && QDate::fromString(v.toString(), Qt::ISODate).isValid())
        return displayDate(QDate::fromString(v.toString(), Qt::ISODate));
    if (v.isString())
        return fieldValueLabel(field, v.toString());
    if (const auto d = v.isDouble() ? Decimal::fromDouble(v.toDouble()) : std::nullopt)
        return displayNumber(*d);
    if (v.isNull() || v.isUndefined())
        return ConflictListModel::tr("(empty)");
    if (v.isBool())
        return v.toBool() ? ConflictListModel::tr("yes") : ConflictListModel::tr("no");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

Status ConflictListModel::load(Session &session)
{
    auto list = ConflictDetailsReader::open(session);
    beginResetModel();
    m_rows = list.ok() ? list.value() : QList<ConflictDetails>{};
    m_zone = session.siteZone();
    endResetModel();
    if (!list.ok())
        return list.error();
    return {};
}

const ConflictDetails *ConflictListModel::conflictAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int ConflictListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ConflictListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    const ConflictDetails *d = index.isValid() ? conflictAt(index.row()) : nullptr;
    if (!d)
        return {};
    const SyncConflict &c = d->conflict;
    if (role == ConflictIdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Subject: return d->subjectId.isEmpty() ? tr("(unknown record)") : d->subjectId;
    case Form: return tableLabel(c.table);
    case Field: return fieldLabel(c.field);
    case ThisDevice: return conflictValueText(c.field, c.deviceValue);
    case CentralSite: return conflictValueText(c.field, c.centralValue);
    case ChangedHereBy:
        return d->changedHereBy.isEmpty() ? QString() : tr("%1, %2", "who, when").arg(d->changedHereBy, displayDateTime(d->changedHereUtc, m_zone));
    case CentralChangeSeen: return d->detectedUtc.isValid() ? displayDateTime(d->detectedUtc, m_zone) : QString();
    default: return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject: return tr("Subject ID");
    case Form: return tr("Form");
    case Field: return tr("Field");
    case ThisDevice: return tr("This device");
    case CentralSite: return tr("Central site");
    case ChangedHereBy: return tr("Changed here by");
    case CentralChangeSeen: return tr("Central change seen");
    default: return {};
    }
}

} // namespace muco::ui
