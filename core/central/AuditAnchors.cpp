#include "central/AuditAnchors.h"
#include "central/CentralAuditTrail.h"
#include "common/Ids.h"
#include "records/Minimisation.h"
#include <QCoreApplication>
#include <QRegularExpression>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)
};

bool isHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

// A sequence number from JSON: a whole number, not negative.
qint64 seqOf(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return d >= 0 && d <= 9e15 && d == static_cast<double>(static_cast<qint64>(d)) ? static_cast<qint64>(d) : -1;
}

} // namespace

Result<QJsonObject> AuditAnchors::anchor(const DeviceIdentity &device, const QJsonObject &request)
{
    const QJsonObject head = request.value(QStringLiteral("head")).toObject();
    const qint64 seq = seqOf(head.value(QStringLiteral("seq")));
    const QString hash = head.value(QStringLiteral("hash")).toString();
    if (seq < 0 || !isHash(hash))
        return Error::invalid(QStringLiteral("head"), Tr::tr("\"head\" needs a sequence number and a SHA-256 hash in hex"));
    // The user who signed the head, kept by opaque account id (docs/security.md, M5).
    const QString signer = Minimisation::opaqueAccountId(head.value(QStringLiteral("signer")).toString().left(64));
    const QString signature = head.value(QStringLiteral("signature")).toString().left(256);

    CentralTransaction tx(m_backend);
    MUCO_TRY(tx.begun());
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT seq, hash, anchored_utc FROM audit_anchors WHERE device_id = ?"),
                                    {device.deviceId}));
    const QString now = isoUtc(m_clock.nowUtc());
    if (!rows.isEmpty()) {
        const qint64 anchoredSeq = rows.first().at(0).toLongLong();
        const QString anchoredHash = rows.first().at(1).toString();
        const QString anchoredAt = rows.first().at(2).toString();
        const QJsonObject said = request.value(QStringLiteral("anchored")).toObject();
        if (seq == anchoredSeq && hash == anchoredHash)   // the same head again: a retry whose answer was lost
            return QJsonObject{{QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}}}};
        if (!said.isEmpty() && seqOf(said.value(QStringLiteral("seq"))) != anchoredSeq)
            return QJsonObject{{QStringLiteral("moved"), true},
                               {QStringLiteral("error"), Tr::tr("The anchored row moved since it was asked for; ask again.")}};
        QString problem;
        if (seq < anchoredSeq)
            problem = Tr::tr("the chain ends at row %1, before row %2 anchored at %3: rows were removed or an older copy was put back")
                          .arg(seq).arg(anchoredSeq).arg(anchoredAt);
        else if (said.isEmpty())
            problem = Tr::tr("the device did not say what its chain holds at row %1, anchored at %2").arg(anchoredSeq).arg(anchoredAt);
        else if (said.value(QStringLiteral("hash")).toString() != anchoredHash)
            problem = Tr::tr("row %1 is no longer the row anchored at %2: the history before it was rewritten or removed")
                          .arg(anchoredSeq).arg(anchoredAt);
        if (!problem.isEmpty()) {
            MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO integrity_alarms (id, device_id, site, seen_utc, detail) VALUES (?,?,?,?,?)"),
                                    {newUuid(), device.deviceId, device.site, now, problem}));
            MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAlarm), QStringLiteral("device"),
                                                                   device.deviceId, device.site,
                                                                   {{QStringLiteral("kind"), QStringLiteral("audit_anchor")},
                                                                    {QStringLiteral("detail"), problem}}));
            MUCO_TRY(tx.commit());
            return Error{ErrorKind::Integrity,
                         Tr::tr("The central site refuses this device's data: its audit trail no longer holds what was anchored "
                                "at an earlier sync (%1). The central site's operator has been alerted.").arg(problem), {}};
        }
    }
    MUCO_TRY(m_backend.exec(QStringLiteral("DELETE FROM audit_anchors WHERE device_id = ?"), {device.deviceId}));
    MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO audit_anchors (device_id, site, seq, hash, signer, signature, anchored_utc)"
                                           " VALUES (?,?,?,?,?,?,?)"),
                            {device.deviceId, device.site, seq, hash, signer, signature, now}));
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}}}};
}

Result<QJsonObject> AuditAnchors::current(const DeviceIdentity &device)
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT seq, hash FROM audit_anchors WHERE device_id = ?"), {device.deviceId}));
    if (rows.isEmpty())
        return QJsonObject{{QStringLiteral("anchored"), QJsonValue()}};
    return QJsonObject{{QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), rows.first().at(0).toLongLong()},
                                                                {QStringLiteral("hash"), rows.first().at(1).toString()}}}};
}

Result<QList<IntegrityAlarm>> AuditAnchors::alarms()
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT device_id, site, seen_utc, detail FROM integrity_alarms ORDER BY seen_utc, id")));
    QList<IntegrityAlarm> out;
    for (const QVariantList &r : rows)
        out.append({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()});
    return out;
}

} // namespace muco
