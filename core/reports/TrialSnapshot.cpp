#include "reports/TrialSnapshot.h"
#include <QCryptographicHash>

namespace muco {

QString opaqueUserId(const QString &userName)
{
    const QByteArray digest = QCryptographicHash::hash(userName.toLower().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("U.") + QString::fromLatin1(digest.toHex().left(12));
}

} // namespace muco
