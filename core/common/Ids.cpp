#include "common/Ids.h"
#include "common/SecureBytes.h"
#include <QCryptographicHash>
#include <QUuid>
#include <algorithm>

namespace muco {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomHex(std::size_t bytes)
{
    const SecureBytes drawn = SecureBytes::random(bytes);
    QByteArray hex = drawn.toHex();
    const QString text = QString::fromLatin1(hex);
    wipe(hex);
    return text;
}

QString opaqueAccountId(const QString &userName)
{
    if (isOpaqueAccountId(userName))
        return userName;
    const QByteArray digest = QCryptographicHash::hash(userName.toLower().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("U.") + QString::fromLatin1(digest.toHex().left(12));
}

bool isOpaqueAccountId(const QString &text)
{
    // ^U\.[0-9a-f]{12}$, read for every change the central site receives (issue 14).
    if (text.size() != 14 || !text.startsWith(QLatin1String("U.")))
        return false;
    return std::all_of(text.cbegin() + 2, text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace muco
