#include "sync/AuditAnchoring.h"
#include "records/Minimisation.h"
#include "records/RecordSignature.h"
#include "records/RecordStore.h"
#include "security/AuditChain.h"
#include "security/KeyCertificate.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace muco {

namespace {

// Whether a record of `table` made here before it was signed as made (no signature among the
// values the signed audit trail recorded at its creation; `field` is one every record has) still
// waits to be sent without a central part: the central site would refuse it from a device that
// said it signs them. Made before is what the trail says, not what the record holds: one an
// insider stripped or wrote in does not hold the flag back. `table` and `field` are ours, never input.
Result<bool> madeUnsignedAndWaiting(Session &s, const QString &table, const QString &field)
{
    MUCO_READ(unsent, s.db().cached(QStringLiteral(
        "SELECT 1 FROM change_log c JOIN %1 r ON r.id = c.record_id"
        " WHERE c.table_name = '%1' AND c.acked_utc IS NULL AND instr(coalesce(r.signature, ''), 'central:') = 0"
        " AND EXISTS (SELECT 1 FROM audit a WHERE a.action = 'create' AND a.table_name = '%1' AND a.record_id = r.id"
        " AND a.field = '%2')"
        " AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.action = 'create' AND a.table_name = '%1' AND a.record_id = r.id"
        " AND a.field = 'signature') LIMIT 1").arg(table, field)));
    MUCO_READ(waiting, unsent->next());
    unsent->reset();
    return waiting;
}

} // namespace

Result<QJsonObject> AuditAnchoring::request(Session &s, const QJsonObject &anchoredAnswer)
{
    MUCO_READ(head, AuditChain::head(s.db()));
    QJsonObject headJson{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
    if (!s.signingKey().isNull()) {
        // By opaque account id, as everything that leaves the site names staff (docs/security.md, M5).
        const QString signer = Minimisation::opaqueAccountId(s.signingKey().owner());
        headJson.insert(QStringLiteral("signer"), signer);
        headJson.insert(QStringLiteral("signature"),
                        QString::fromLatin1(s.signingKey().sign(AuditChain::signedMessage(signer, head.hash)).toHex()));
        // Named, so that the central site tells a key it does not hold yet (it comes after the
        // anchor) from a signature that does not hold under the one it holds.
        headJson.insert(QStringLiteral("public_key"), s.signingKey().publicKeyHex());
    }
    // Randomizations are signed for the central site since migration 21, source verification
    // and query messages since 24; one made before, still to be sent, has no central part. The
    // anchor comes before the push: the sync that sends the last of them says so next.
    MUCO_READ(randomizations, madeUnsignedAndWaiting(s, QStringLiteral("randomizations"), QStringLiteral("arm")));
    MUCO_READ(marks, madeUnsignedAndWaiting(s, QStringLiteral("sdv_marks"), QStringLiteral("fingerprint")));
    MUCO_READ(messages, madeUnsignedAndWaiting(s, QStringLiteral("query_messages"), QStringLiteral("kind")));
    QJsonObject out{{QStringLiteral("head"), headJson}, {QStringLiteral("signs"), QLatin1String(RecordSignature::kSignsCentral)},
                    {QLatin1String(RecordSignature::kSignsRandomizations), !randomizations},
                    {QLatin1String(RecordSignature::kSignsMonitoring), !marks && !messages}};
    const QJsonObject anchored = anchoredAnswer.value(QStringLiteral("anchored")).toObject();
    if (!anchored.isEmpty()) {
        // What this chain holds now at the anchored row (empty if it has no such row): the
        // central site compares it with what it anchored; the device does not judge itself.
        const qint64 seq = anchored.value(QStringLiteral("seq")).toInteger(-1);
        MUCO_READ(hash, seq > 0 ? AuditChain::hashAt(s.db(), seq) : Result<QString>(QString()));
        out.insert(QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}});
    }
    return out;
}

} // namespace muco

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchoring)
};

const QString kKeysSentSeq = QStringLiteral("keys_sent_seq");

Result<qint64> lastKeyRegistration(Session &s)
{
    return s.db().scalarInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit WHERE action IN ('%1', '%2')")
                                .arg(QLatin1String(AuditChain::kKeyRegistered), QLatin1String(KeyCertificates::kCertified)));
}

} // namespace

Result<std::optional<AuditAnchoring::KeysRequest>> AuditAnchoring::keysRequest(Session &s)
{
    MUCO_READ(last, lastKeyRegistration(s));
    MUCO_READ(sent, s.db().meta(kKeysSentSeq, QStringLiteral("0")));
    if (last == 0 || last <= sent.toLongLong())
        return std::optional<KeysRequest>();
    MUCO_READ(v, AuditChain::verify(s.db()));
    if (!v.intact)
        return Error{ErrorKind::Integrity,
                     Tr::tr("The audit trail does not verify (%1), so its signing keys are not sent; run `audit verify`.").arg(v.problem), {}};
    QJsonArray keys;
    for (auto it = v.publicKeys.cbegin(); it != v.publicKeys.cend(); ++it)
        for (const QByteArray &key : it.value())
            keys.append(QJsonObject{{QStringLiteral("account"), Minimisation::opaqueAccountId(it.key())},
                                    {QStringLiteral("public_key"), QString::fromLatin1(key.toHex())}});
    // The keys alone no longer register anything at the central site (a token holder could
    // name any key); they go along for a central site from before certificates.
    MUCO_READ(certificates, KeyCertificates::all(s.db()));
    QJsonObject out{{QStringLiteral("keys"), keys}, {QStringLiteral("certificates"), certificates}};
    if (sent.toLongLong() == 0) {
        // The first keys: with them, the records signed before this program signed for the
        // central site (no central part), once their signatures here are checked. The central
        // site takes this list once per device; every record signed after it needs a central part.
        MUCO_READ(check, RecordSignature::check(s, v.publicKeys, v.signingSinceUtc));
        if (!check.problem.isEmpty())
            return Error{ErrorKind::Integrity, Tr::tr("An electronic signature does not hold (%1); run `audit verify`.").arg(check.problem), {}};
        QJsonArray exempt;
        for (const TableSpec *t : RecordStore::syncedTables()) {
            if (!t->fields.contains(QStringLiteral("signature")))
                continue;
            // A table without states (randomizations) is signed by its signer alone.
            const bool states = !RecordSignature::signedAsMade(*t);
            MUCO_READ(rows, RecordStore::rows(s, *t, QStringLiteral("(signed_by IS NOT NULL AND signed_by <> '')%1")
                                                         .arg(states ? QStringLiteral(" OR state IN ('signed', 'superseded')") : QString()),
                                              {}, QStringLiteral("id")));
            // Only those whose site signature was just checked: a record without one (from
            // before signing keys, or with its signature cleared) is not vouched for.
            for (const QVariantMap &row : rows) {
                const QString signature = row.value(QStringLiteral("signature")).toString();
                if (RecordSignature::centralPart(signature).isEmpty() && !RecordSignature::sitePart(signature).isEmpty())
                    exempt.append(row.value(QStringLiteral("id")).toString());
            }
        }
        out.insert(QStringLiteral("exempt"), exempt);
    }
    return std::optional<KeysRequest>(KeysRequest{out, last});
}

Status AuditAnchoring::keysSent(Session &s, qint64 through)
{
    return s.db().putMeta(kKeysSentSeq, QString::number(through));
}

Status AuditAnchoring::forgetKeysSent(Session &s)
{
    return s.db().putMeta(kKeysSentSeq, QStringLiteral("0"));
}

} // namespace muco
