#include "records/DeviceScope.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeviceScope)
};

} // namespace

const QStringList &DeviceScope::monitoringTables()
{
    static const QStringList tables{QStringLiteral("queries"), QStringLiteral("query_messages"), QStringLiteral("sdv_marks")};
    return tables;
}

Result<bool> DeviceScope::isMonitorDevice(Session &s)
{
    MUCO_READ(scope, s.setting(QLatin1String(kMetaKey)));
    return scope == QLatin1String(kMonitor);
}

Status DeviceScope::checkWrite(Session &s, const TableSpec &t)
{
    if (isMonitoringTable(t.name))
        return {};
    MUCO_READ(monitor, isMonitorDevice(s));
    if (!monitor)
        return {};
    return Error::denied(Tr::tr("This is a monitor's device: it records queries and source verification only, and cannot change %1.")
                             .arg(t.name));
}

Result<QString> DeviceScope::siteForNewRecord(Session &s, const TableSpec &t, const QString &patientId)
{
    if (!isMonitoringTable(t.name))
        return s.site();
    MUCO_READ(monitor, isMonitorDevice(s));
    if (!monitor)
        return s.site();
    auto st = s.db().cached(QStringLiteral("SELECT site FROM patients WHERE id = ?"));
    if (!st.ok())
        return st.error();
    (*st)->bind(1, patientId);
    auto row = (*st)->next();
    const QString site = row.ok() && row.value() ? (*st)->text(0) : QString();
    (*st)->reset();
    if (!row.ok())
        return row.error();
    if (site.isEmpty())
        return Error::invalid(QStringLiteral("patient_id"), Tr::tr("no patient pulled to this device has the id %1").arg(patientId));
    return site;
}

} // namespace muco
