#include "sync/AuditAnchoring.h"
#include "security/AuditChain.h"
#include "security/Session.h"
#include <QJsonValue>

namespace muco {

Result<QJsonObject> AuditAnchoring::request(Session &s, const QJsonObject &anchoredAnswer)
{
    MUCO_READ(head, AuditChain::head(s.db()));
    QJsonObject headJson{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
    if (!s.signingKey().isNull()) {
        const QString signer = s.signingKey().owner();
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
