#include "central/IntegrityAlarms.h"
#include "central/AllocationList.h"
#include "central/AuditAnchors.h"
#include "common/Ids.h"
#include <algorithm>

namespace muco {

Result<QList<IntegrityAlarm>> integrityAlarms(CentralStore &store, bool acknowledged)
{
    MUCO_READ(anchors, AuditAnchors(store.backend(), store.clock()).alarms(acknowledged));
    MUCO_READ(randomization, store.allocationList().alarms());
    QList<IntegrityAlarm> all = anchors + randomization;
    // ISO 8601 UTC strings sort as the instants they name.
    std::stable_sort(all.begin(), all.end(), [](const IntegrityAlarm &a, const IntegrityAlarm &b) { return a.seenUtc < b.seenUtc; });
    return all;
}

namespace DeviceAlarms {

Result<bool> isOpen(CentralBackend &backend, const QString &deviceId, const QString &kind, const QString &detail)
{
    QString sql = QStringLiteral("SELECT 1 FROM integrity_alarms a LEFT JOIN integrity_alarm_kinds t ON t.alarm_id = a.id"
                                 " LEFT JOIN integrity_acknowledgements k ON k.alarm_id = a.id"
                                 " WHERE a.device_id = ? AND k.alarm_id IS NULL");
    QVariantList binds{deviceId};
    if (kind.isEmpty()) {
        sql += QStringLiteral(" AND t.alarm_id IS NULL");
    } else {
        sql += QStringLiteral(" AND t.kind = ?");
        binds << kind;
    }
    if (!detail.isEmpty()) {
        sql += QStringLiteral(" AND a.detail = ?");
        binds << detail;
    }
    MUCO_READ(open, backend.query(sql, binds));
    return !open.isEmpty();
}

Status raise(CentralBackend &backend, const QString &deviceId, const QString &site, const QString &kind, const QString &seenUtc,
             const QString &detail)
{
    const QString alarmId = newUuid();
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO integrity_alarms (id, device_id, site, seen_utc, detail) VALUES (?,?,?,?,?)"),
                          {alarmId, deviceId, site, seenUtc, detail}));
    if (kind.isEmpty())
        return {};
    return backend.exec(QStringLiteral("INSERT INTO integrity_alarm_kinds (alarm_id, kind) VALUES (?, ?)"), {alarmId, kind});
}

} // namespace DeviceAlarms

} // namespace muco
