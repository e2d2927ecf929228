#include "sync/AuditAnchoring.h"
#include "records/Minimisation.h"
#include "security/AuditChain.h"
#include "security/Session.h"
#include "common/Clock.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace muco {

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
    }
    QJsonObject out{{QStringLiteral("head"), headJson}};
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
    return s.db().scalarInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit WHERE action = '%1'")
                                .arg(QLatin1String(AuditChain::kKeyRegistered)));
}

} // namespace

Result<std::optional<QJsonObject>> AuditAnchoring::keysRequest(Session &s)
{
    MUCO_READ(last, lastKeyRegistration(s));
    MUCO_READ(sent, s.db().meta(kKeysSentSeq, QStringLiteral("0")));
    if (last == 0 || last <= sent.toLongLong())
        return std::optional<QJsonObject>();
    MUCO_READ(v, AuditChain::verify(s.db()));
    if (!v.intact)
        return Error{ErrorKind::Integrity,
                     Tr::tr("The audit trail does not verify (%1), so its signing keys are not sent; run `audit verify`.").arg(v.problem), {}};
    QJsonArray keys;
    for (auto it = v.publicKeys.cbegin(); it != v.publicKeys.cend(); ++it)
        for (const QByteArray &key : it.value())
            keys.append(QJsonObject{{QStringLiteral("account"), Minimisation::opaqueAccountId(it.key())},
                                    {QStringLiteral("public_key"), QString::fromLatin1(key.toHex())}});
    // "since": every record signed from now on carries a part for the central site, which may
    // require it of records signed later than this (by this device's clock, as they are).
    return std::optional<QJsonObject>(
        QJsonObject{{QStringLiteral("keys"), keys}, {QStringLiteral("since"), isoUtc(s.now())}, {QStringLiteral("through"), last}});
}

Status AuditAnchoring::keysSent(Session &s, const QJsonObject &request)
{
    return s.db().putMeta(kKeysSentSeq, QString::number(request.value(QStringLiteral("through")).toInteger()));
}

} // namespace muco
