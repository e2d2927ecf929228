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

// Marks one resolved, now, and records it in the trail.
Status markResolved(CentralBackend &backend, const Clock &clock, const QString &conflictId, const ConflictAt &at)
{
    MUCO_TRY(backend.exec(QStringLiteral("UPDATE conflicts SET status = 'resolved', resolved_utc = ? WHERE id = ? AND site = ?"),
                          {isoUtc(clock.nowUtc()), conflictId, at.site}));
    return CentralAuditTrail(backend, clock).append(QLatin1String(CentralAuditTrail::kConflictResolved), QStringLiteral("device"), at.deviceId,
                                                    at.site, trailDetail(conflictId, at));
}

} // namespace

Status open(CentralBackend &backend, const Clock &clock, const ConflictAt &at, const QString &central, const QString &device,
            QJsonArray &answer, const QString &owner)
{
    const QString id = newUuid();
    const QString now = isoUtc(clock.nowUtc());
    const QString belongsTo = owner.isEmpty() ? at.deviceId : owner;
    MUCO_TRY(backend.exec(QStringLiteral("INSERT INTO conflicts (id, site, table_name, record_id, field, central_value, device_value,"
                                         " device_id, change_id, status, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"),
                          {id, at.site, at.table, at.record, at.field, central, device, belongsTo, at.changeId, now}));
    answer.append(toJson({id, at.table, at.record, at.field, central, device, QStringLiteral("open")}));
    QJsonObject detail = trailDetail(id, at);
    if (belongsTo != at.deviceId)
        detail.insert(QStringLiteral("value_of"), belongsTo);   // the device whose value it keeps
    return CentralAuditTrail(backend, clock).append(QLatin1String(CentralAuditTrail::kConflict), QStringLiteral("device"), at.deviceId,
                                                    at.site, detail);
}

Result<QList<Held>> closeAll(CentralBackend &backend, const Clock &clock, const ConflictAt &at, QJsonArray &answer)
{
    MUCO_READ(open, backend.query(QStringLiteral("SELECT id, central_value, device_value, device_id FROM conflicts WHERE site = ?"
                                                 " AND table_name = ? AND record_id = ? AND field = ? AND status = 'open' ORDER BY created_utc, id"),
                                  {at.site, at.table, at.record, at.field}));
    QList<Held> closed;
    for (const QVariantList &r : open) {
        const QString id = r.at(0).toString();
        MUCO_TRY(markResolved(backend, clock, id, at));
        answer.append(toJson({id, at.table, at.record, at.field, r.at(1), r.at(2), QStringLiteral("resolved")}));
        closed.append({r.at(3).toString(), r.at(2).toString()});
    }
    return closed;
}

Status resolve(CentralBackend &backend, const Clock &clock, const QString &conflictId, ConflictAt at)
{
    MUCO_READ(open, backend.query(QStringLiteral("SELECT table_name, record_id, field FROM conflicts WHERE id = ? AND site = ? AND status = 'open'"),
                                  {conflictId, at.site}));
    if (open.isEmpty()) {
        // Resolved before (or not this site's): its time moves, the trail has it already.
        return backend.exec(QStringLiteral("UPDATE conflicts SET status = 'resolved', resolved_utc = ? WHERE id = ? AND site = ?"),
                            {isoUtc(clock.nowUtc()), conflictId, at.site});
    }
    at.table = open.first().at(0).toString();
    at.record = open.first().at(1).toString();
    at.field = open.first().at(2).toString();
    return markResolved(backend, clock, conflictId, at);
}

} // namespace muco::Conflicts
