#include "sync/AuditAnchoring.h"
#include "security/AuditChain.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchoring)
};

const auto kAnchorKey = QStringLiteral("audit_anchor");   // "seq:hash" the central site anchored last

} // namespace

Result<QJsonObject> AuditAnchoring::request(Session &s)
{
    MUCO_READ(head, AuditChain::head(s.db()));
    const QString signer = s.signingKey().owner();
    QJsonObject headJson{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
    if (!s.signingKey().isNull()) {
        headJson.insert(QStringLiteral("signer"), signer);
        headJson.insert(QStringLiteral("signature"),
                        QString::fromLatin1(s.signingKey().sign(AuditChain::signedMessage(signer, head.hash)).toHex()));
    }
    QJsonObject out{{QStringLiteral("head"), headJson}};
    MUCO_READ(anchored, s.setting(kAnchorKey));
    if (!anchored.isEmpty()) {
        // What this chain holds now at the anchored row: the central site compares it with
        // what it anchored; the device does not judge itself.
        const qint64 seq = anchored.section(QLatin1Char(':'), 0, 0).toLongLong();
        MUCO_READ(hash, AuditChain::hashAt(s.db(), seq));
        out.insert(QStringLiteral("anchored"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}});
    }
    return out;
}

Status AuditAnchoring::remember(Session &s, const QJsonObject &response)
{
    const QJsonObject anchored = response.value(QStringLiteral("anchored")).toObject();
    if (anchored.isEmpty())
        return Error{ErrorKind::Network, Tr::tr("The central site did not say which audit row it anchored."), {}};
    auto st = s.db().prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!st.ok())
        return st.error();
    st->bind(1, kAnchorKey)
        .bind(2, QStringLiteral("%1:%2").arg(anchored.value(QStringLiteral("seq")).toInteger())
                     .arg(anchored.value(QStringLiteral("hash")).toString()));
    return st->run();
}

} // namespace muco
