#include "central/Conflicts.h"
#include "central/CentralAuditTrail.h"
#include "common/CanonicalJson.h"
#include "common/Ids.h"

namespace muco::Conflicts {

QJsonObject toJson(const QVariantList &r)
{
    return {{QStringLiteral("id"), r[0].toString()}, {QStringLiteral("table"), r[1].toString()},
            {QStringLiteral("record_id"), r[2].toString()}, {QStringLiteral("field"), r[3].toString()},
            {QStringLiteral("central_value"), fromCanonicalJson(r[4].toString())},
            {QStringLiteral("device_value"), fromCanonicalJson(r[5].toString())},
            {QStringLiteral("status"), r[6].toString()}};
}

namespace {

QJsonObject trailDetail(const QString &conflictId, const ConflictAt &at)
{
    return {{QStringLiteral("conflict"), conflictId}, {QStringLiteral("table"), at.table}, {QStringLiteral("record_id"), at.record},
            {QStringLiteral("field"), at.field}, {QStringLiteral("change"), at.changeId}};
}

} // namespace

Status open(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QString &central, const QString &device,
            QJsonArray &answer)
{
    const QString id = newUuid();
    const QString now = isoUtc(clock.nowUtc());
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO conflicts (id, site, table_name, record_id, field, central_value, device_value,"
                                         " device_id, change_id, status, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"),
                          {id, at.site, at.table, at.record, at.field, central, device, at.deviceId, at.changeId, now}));
    answer.append(toJson({id, at.table, at.record, at.field, central, device, QStringLiteral("open")}));
    return CentralAuditTrail(backend, clock).append(QLatin1String(CentralAuditTrail::kConflict), QStringLiteral("device"), at.deviceId,
                                                    at.site, trailDetail(id, at));
}

Status settle(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QString &value, QJsonArray &answer)
{
    MUCO_READ(open, backend.query(QStringLiteral("SELECT id, central_value FROM conflicts WHERE site = ? AND table_name = ? AND record_id = ?"
                                                 " AND field = ? AND status = 'open' AND device_value = ?"),
                                  {at.site, at.table, at.record, at.field, value}));
    const QString now = isoUtc(clock.nowUtc());
    for (const QVariantList &r : open) {
        const QString id = r.at(0).toString();
        MUCO_TRY(backend.exec(QStringLiteral("UPDATE conflicts SET status = 'resolved', resolved_utc = ? WHERE id = ?"), {now, id}));
        answer.append(toJson({id, at.table, at.record, at.field, r.at(1), value, QStringLiteral("resolved")}));
        MUCO_TRY(CentralAuditTrail(backend, clock).append(QLatin1String(CentralAuditTrail::kConflictResolved), QStringLiteral("device"),
                                                          at.deviceId, at.site, trailDetail(id, at)));
    }
    return {};
}

} // namespace muco::Conflicts
