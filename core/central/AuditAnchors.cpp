#include "central/AuditAnchors.h"
#include "central/IntegrityAlarms.h"
#include "central/CentralAuditTrail.h"
#include "central/CentralSignatures.h"
#include "records/RecordSignature.h"
#include "common/Ids.h"
#include "records/Minimisation.h"
#include "security/AuditChain.h"
#include "security/KeyCertificate.h"
#include "security/SigningKey.h"
#include <algorithm>
#include <QCoreApplication>
#include <QCryptographicHash>
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

// What the head's signature proves. A device whose certificates chain to a pinned root signs
// every head with the syncing user's key, and names the key: in force for that account at the
// site, the signature must hold under it; withdrawn from it, or another account's, it is forged. A key the site does not hold yet (the device's first
// sync, a password reset since the last: its keys come after the anchor, from the trail the
// anchor checks) proves nothing either way, and the head is not anchored until it does.
enum class HeadProof { Proven, Unproven, Forged };

Result<std::pair<HeadProof, QString>> proveHead(CentralBackend &backend, const Clock &clock, const DeviceIdentity &device, qint64 seq,
                                                const QString &signer, const QString &hash, const QString &signature,
                                                const QString &publicKey)
{
    if (signer.isEmpty() || signature.isEmpty())
        return std::pair{HeadProof::Forged, Tr::tr("the head of its chain (row %1) came unsigned").arg(seq)};
    const QString account = Minimisation::opaqueAccountId(signer);
    // The keys in force for someone who may sync, as records' signatures are checked: a key
    // withdrawn by a deactivation or a password reset proves nothing from then on.
    MUCO_READ(inForce, CentralSignatures(backend, clock).keysOf(device.keySite(), account, Permission::SyncNow, isoUtc(clock.nowUtc())));
    const QByteArray message = AuditChain::signedMessage(signer, hash);
    const QByteArray signatureBytes = QByteArray::fromHex(signature.toLatin1());
    if (publicKey.isEmpty()) {
        // A program from before keys were named: any key in force, or unproven.
        for (const QByteArray &key : inForce)
            if (SigningKey::verify(key, message, signatureBytes))
                return std::pair{HeadProof::Proven, QString()};
        return std::pair{HeadProof::Unproven, QString()};
    }
    const QByteArray named = QByteArray::fromHex(publicKey.toLatin1());
    if (inForce.contains(named))
        return SigningKey::verify(named, message, signatureBytes)
            ? std::pair{HeadProof::Proven, QString()}
            : std::pair{HeadProof::Forged, Tr::tr("the head of its chain (row %1) is not signed by the key it names").arg(seq)};
    // Known to the site, but not as a key in force of this account: withdrawn, or another's.
    MUCO_READ(known, backend.query(QStringLiteral("SELECT account FROM account_keys WHERE site = ? AND public_key = ?"), {device.keySite(), publicKey}));
    if (known.isEmpty())
        return std::pair{HeadProof::Unproven, QString()};
    const bool another = std::any_of(known.cbegin(), known.cend(), [&](const QVariantList &k) { return k.at(0).toString() != account; });
    return std::pair{HeadProof::Forged, another ? Tr::tr("the head of its chain (row %1) names another account's key").arg(seq)
                                                : Tr::tr("the head of its chain (row %1) names a key withdrawn from its signer").arg(seq)};
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
    const QString signature = head.value(QStringLiteral("signature")).toString();
    // Kept as sent: an Ed25519 signature in hex, or none (cut short, a text could end in half a
    // surrogate pair, which no store keeps as it was).
    static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{128})?$"));   // Ed25519: 64 bytes
    if (!hex.match(signature).hasMatch())
        return Error::invalid(QStringLiteral("head.signature"), Tr::tr("\"head.signature\" is a signature in hexadecimal"));
    const QString publicKey = head.value(QStringLiteral("public_key")).toString();
    if (!publicKey.isEmpty() && !KeyCertificate::isPublicKeyHex(publicKey))
        return Error::invalid(QStringLiteral("head.public_key"), Tr::tr("\"head.public_key\" is a public key: 64 lower-case hex digits"));

    CentralTransaction tx(m_backend);
    MUCO_TRY(tx.begun());
    // Read, check and write as one against an acknowledgement (and another sync of the same
    // device): on PostgreSQL a transaction alone does not serialise them.
    MUCO_TRY(m_backend.lockWrites());
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT seq, hash, anchored_utc FROM audit_anchors WHERE device_id = ?"),
                                    {device.deviceId}));
    const QString now = isoUtc(m_clock.nowUtc());
    // A device whose program signs for the central site says so here, before it sends keys or
    // records: from now on its signed records need a central part (CentralSignatures), whether
    // or not its keys ever arrive.
    // Its randomizations, and its source verification and query messages, too when it says so
    // (flags of their own: a central site from before knows "signs" and must go on reading it).
    if (request.value(QStringLiteral("signs")).toString() == QLatin1String(RecordSignature::kSignsCentral))
        MUCO_TRY(CentralSignatures::markSigningDevice(m_backend, device, now,
                                                      request.value(QLatin1String(RecordSignature::kSignsRandomizations)).toBool(),
                                                      request.value(QLatin1String(RecordSignature::kSignsMonitoring)).toBool()));
    const QJsonObject said = request.value(QStringLiteral("anchored")).toObject();
    if (!rows.isEmpty()) {
        const qint64 anchoredSeq = rows.first().at(0).toLongLong();
        if (seq == anchoredSeq && hash == rows.first().at(1).toString()) {   // the same head again: a retry, or nothing new
            MUCO_TRY(tx.commit());   // what the device said it signs stays noted
            return QJsonObject{{QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}}}};
        }
        if (!said.isEmpty() && seqOf(said.value(QStringLiteral("seq"))) != anchoredSeq)
            return QJsonObject{{QStringLiteral("moved"), true},
                               {QStringLiteral("error"), Tr::tr("The anchored row moved since it was asked for; ask again.")}};
    }
    // The head is the syncing user's word for the chain, judged before what it says of the
    // chain: from a device whose keys chain to a pinned root (a monitor's too, since its monitors
    // sign), only a proven head is compared with the anchor. A token holder's head under a key
    // the site does not hold moves nothing and raises nothing, however it describes the chain;
    // the device's own sync is judged once its keys are sent (SyncClient anchors again).
    HeadProof proof = HeadProof::Proven;
    QString problem;
    MUCO_READ(root, m_backend.query(QStringLiteral("SELECT 1 FROM device_roots WHERE device_id = ?"), {device.deviceId}));
    if (!root.isEmpty()) {
        MUCO_READ(proved, proveHead(m_backend, m_clock, device, seq, head.value(QStringLiteral("signer")).toString().left(64), hash,
                                    signature, publicKey));
        proof = proved.first;
        problem = proved.second;
    }
    if (proof == HeadProof::Unproven && device.monitor) {
        // A monitor's device that never sent a certificate beyond its root runs a program from
        // before monitors signed (it still sends the root at enrolment): anchored unjudged, as
        // monitors' devices were, rather than never. Once it sent its keys it is judged.
        MUCO_READ(sent, m_backend.query(QStringLiteral("SELECT count(*) FROM key_certificates WHERE device_id = ?"), {device.deviceId}));
        if (!sent.isEmpty() && sent.first().at(0).toLongLong() <= 1)
            proof = HeadProof::Proven;
    }
    if (proof == HeadProof::Unproven) {
        MUCO_TRY(noteUnproven(device, now));
        MUCO_TRY(tx.commit());   // what the device said it signs stays noted
        MUCO_READ(answer, current(device));
        answer.insert(QStringLiteral("unproven"), true);
        return answer;
    }
    if (problem.isEmpty() && !rows.isEmpty()) {
        const qint64 anchoredSeq = rows.first().at(0).toLongLong();
        const QString anchoredHash = rows.first().at(1).toString();
        const QString anchoredAt = rows.first().at(2).toString();
        if (seq < anchoredSeq)
            problem = Tr::tr("the chain ends at row %1, before row %2 anchored at %3: rows were removed or an older copy was put back")
                          .arg(seq).arg(anchoredSeq).arg(anchoredAt);
        else if (said.isEmpty())
            problem = Tr::tr("the device did not say what its chain holds at row %1, anchored at %2").arg(anchoredSeq).arg(anchoredAt);
        else if (said.value(QStringLiteral("hash")).toString() != anchoredHash)
            problem = Tr::tr("row %1 is no longer the row anchored at %2: the history before it was rewritten or removed")
                          .arg(anchoredSeq).arg(anchoredAt);
    }
    if (!problem.isEmpty()) {
        // One open alarm per device and kind in the operator's list: a chain that lost its
        // anchor is refused at every sync until the operator acknowledges it, and a device that
        // tries every few minutes filled the list with the same finding (a review). Each
        // refusal, and what it found, stays in the central audit trail. A forged head is an
        // alarm of its own kind: acknowledging it leaves the anchor, which it never moved.
        const bool forged = proof == HeadProof::Forged;
        const QString kind = forged ? QStringLiteral("head_signature") : QString();
        MUCO_READ(open, DeviceAlarms::isOpen(m_backend, device.deviceId, kind));
        if (!open)
            MUCO_TRY(DeviceAlarms::raise(m_backend, device.deviceId, device.site, kind, now, problem));
        MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAlarm), QStringLiteral("device"),
                                                               device.deviceId, device.site,
                                                               {{QStringLiteral("kind"), forged ? QStringLiteral("head_signature") : QStringLiteral("audit_anchor")},
                                                                {QStringLiteral("detail"), problem},
                                                                {QStringLiteral("alarm_open_already"), open}}));
        MUCO_TRY(tx.commit());
        return Error{ErrorKind::Integrity,
                     forged ? Tr::tr("The central site refuses this audit trail head: its signature does not hold under the key of the "
                                     "user it names (%1). The central site's operator has been alerted.").arg(problem)
                            : Tr::tr("The central site refuses this device's data: its audit trail no longer holds what was anchored "
                                     "at an earlier sync (%1). The central site's operator has been alerted.").arg(problem), {}};
    }
    MUCO_TRY(m_backend.exec(QStringLiteral("DELETE FROM unproven_heads WHERE device_id = ?"), {device.deviceId}));
    MUCO_TRY(m_backend.exec(QStringLiteral("DELETE FROM audit_anchors WHERE device_id = ?"), {device.deviceId}));
    MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO audit_anchors (device_id, site, seq, hash, signer, signature, anchored_utc)"
                                           " VALUES (?,?,?,?,?,?,?)"),
                            {device.deviceId, device.site, seq, hash, signer, signature, now}));
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}}}};
}

Status AuditAnchors::noteUnproven(const DeviceIdentity &device, const QString &nowUtc)
{
    MUCO_READ(held, m_backend.query(QStringLiteral("SELECT heads, first_utc FROM unproven_heads WHERE device_id = ?"), {device.deviceId}));
    const qint64 heads = held.isEmpty() ? 1 : held.first().at(0).toLongLong() + 1;
    const QString since = held.isEmpty() ? nowUtc : held.first().at(1).toString();
    if (held.isEmpty())
        MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO unproven_heads (device_id, site, heads, first_utc, last_utc) VALUES (?,?,?,?,?)"),
                                {device.deviceId, device.site, heads, nowUtc, nowUtc}));
    else
        MUCO_TRY(m_backend.exec(QStringLiteral("UPDATE unproven_heads SET heads = ?, last_utc = ? WHERE device_id = ?"),
                                {heads, nowUtc, device.deviceId}));
    if (heads < kUnprovenHeadsAlarm)
        return {};
    const QString kind = QStringLiteral("unproven_heads");
    MUCO_READ(open, DeviceAlarms::isOpen(m_backend, device.deviceId, kind));
    if (open)
        return {};
    const QString problem = Tr::tr("%1 heads of its chain in a row since %2 named keys the central site does not hold: a copy of the "
                                   "device's token used elsewhere, or a device whose key certificates are never taken (enrol it again)")
                                .arg(heads)
                                .arg(since);
    MUCO_TRY(DeviceAlarms::raise(m_backend, device.deviceId, device.site, kind, nowUtc, problem));
    return CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAlarm), QStringLiteral("device"),
                                                         device.deviceId, device.site,
                                                         {{QStringLiteral("kind"), kind}, {QStringLiteral("detail"), problem}});
}

Result<QJsonObject> AuditAnchors::current(const DeviceIdentity &device)
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT seq, hash FROM audit_anchors WHERE device_id = ?"), {device.deviceId}));
    if (rows.isEmpty())
        return QJsonObject{{QStringLiteral("anchored"), QJsonValue()}};
    return QJsonObject{{QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), rows.first().at(0).toLongLong()},
                                                                {QStringLiteral("hash"), rows.first().at(1).toString()}}}};
}

QStringList AuditAnchors::schema()
{
    // Beside integrity_alarms, not a column of it: stores made before acknowledgements existed
    // gain the table at their next start (CREATE ... IF NOT EXISTS) without altering the other.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS integrity_acknowledgements (alarm_id TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
                           " acknowledged_utc TEXT NOT NULL, acknowledged_by TEXT NOT NULL, reason TEXT NOT NULL,"
                           " anchor_seq BIGINT, anchor_hash TEXT)"),
            // Alarms that are not about the audit anchor (a retired token used again,
            // CentralStore): acknowledging only those leaves the device's anchor in place.
            QStringLiteral("CREATE TABLE IF NOT EXISTS integrity_alarm_kinds (alarm_id TEXT PRIMARY KEY, kind TEXT NOT NULL)"),
            // Heads posted in a row under keys the site does not hold, per device (noteUnproven).
            QStringLiteral("CREATE TABLE IF NOT EXISTS unproven_heads (device_id TEXT PRIMARY KEY, site TEXT NOT NULL, heads BIGINT NOT NULL,"
                           " first_utc TEXT NOT NULL, last_utc TEXT NOT NULL)")};
}

Result<QList<IntegrityAlarm>> AuditAnchors::alarms(bool acknowledged)
{
    MUCO_READ(rows, m_backend.query(QStringLiteral("SELECT a.device_id, a.site, a.seen_utc, a.detail, k.acknowledged_utc, k.acknowledged_by,"
                                                   " k.reason FROM integrity_alarms a"
                                                   " LEFT JOIN integrity_acknowledgements k ON k.alarm_id = a.id%1"
                                                   " ORDER BY a.seen_utc, a.id")
                                        .arg(acknowledged ? QString() : QStringLiteral(" WHERE k.alarm_id IS NULL"))));
    QList<IntegrityAlarm> out;
    for (const QVariantList &r : rows)
        out.append({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(), r[6].toString()});
    return out;
}

Result<int> AuditAnchors::acknowledge(const QString &deviceId, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("say why the alarm is acknowledged (what was found on the device)"));
    CentralTransaction tx(m_backend);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_backend.lockWrites());
    MUCO_READ(open, m_backend.query(QStringLiteral("SELECT a.id, a.site, t.kind FROM integrity_alarms a LEFT JOIN integrity_acknowledgements k"
                                                   " ON k.alarm_id = a.id LEFT JOIN integrity_alarm_kinds t ON t.alarm_id = a.id"
                                                   " WHERE a.device_id = ? AND k.alarm_id IS NULL ORDER BY a.seen_utc"),
                                    {deviceId}));
    if (open.isEmpty())
        return Error::invalid(QStringLiteral("device"), Tr::tr("device %1 has no open audit-trail alarm (see mucotrack-central integrity)").arg(deviceId));
    // The anchor is given up only for an alarm about it: a retired token's alarm leaves it.
    const bool aboutTheAnchor = std::any_of(open.cbegin(), open.cend(), [](const QVariantList &a) { return a.at(2).isNull(); });
    MUCO_READ(anchor, aboutTheAnchor ? m_backend.query(QStringLiteral("SELECT seq, hash FROM audit_anchors WHERE device_id = ?"), {deviceId})
                                     : Result<QList<QVariantList>>(QList<QVariantList>()));
    const QVariant seq = anchor.isEmpty() ? QVariant() : anchor.first().at(0);
    const QVariant hash = anchor.isEmpty() ? QVariant() : anchor.first().at(1);
    const QString now = isoUtc(m_clock.nowUtc());
    for (const QVariantList &alarm : open)
        MUCO_TRY(m_backend.exec(QStringLiteral("INSERT INTO integrity_acknowledgements (alarm_id, device_id, acknowledged_utc, acknowledged_by,"
                                               " reason, anchor_seq, anchor_hash) VALUES (?,?,?,?,?,?,?)"),
                                {alarm.at(0), deviceId, now, actor, reason.trimmed(), seq, hash}));
    if (aboutTheAnchor)
        MUCO_TRY(m_backend.exec(QStringLiteral("DELETE FROM audit_anchors WHERE device_id = ?"), {deviceId}));
    QJsonObject detail{{QStringLiteral("kind"), aboutTheAnchor ? QStringLiteral("audit_anchor") : open.first().at(2).toString()},
                       {QStringLiteral("alarms"), static_cast<int>(open.size())},
                       // The reason's text stays in integrity_acknowledgements: an operator may
                       // name what he found, and the trail's rows can never be taken back.
                       {QStringLiteral("reason_sha256"), QString::fromLatin1(QCryptographicHash::hash(reason.trimmed().toUtf8(),
                                                                                                      QCryptographicHash::Sha256).toHex())}};
    if (!anchor.isEmpty())
        detail.insert(QStringLiteral("anchor_given_up"), QJsonObject{{QStringLiteral("seq"), seq.toLongLong()}, {QStringLiteral("hash"), hash.toString()}});
    MUCO_TRY(CentralAuditTrail(m_backend, m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAcknowledged), actor, deviceId,
                                                           open.first().at(1).toString(), detail));
    MUCO_TRY(tx.commit());
    return static_cast<int>(open.size());
}

} // namespace muco
