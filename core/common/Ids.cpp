#include "common/Ids.h"
#include "common/SecureBytes.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>
#include <algorithm>
#include <array>
#include <sodium.h>

namespace muco {
QString newUuid()
{
    initSodium();   // libsodium is initialised before its first call (SecureBytes does the same)
    std::array<unsigned char, 10> drawn{};
    randombytes_buf(drawn.data(), drawn.size());
    return timeOrderedUuid(QDateTime::currentMSecsSinceEpoch(), drawn);
}

QString timeOrderedUuid(qint64 msSinceEpoch, const std::array<unsigned char, 10> &random)
{
    // RFC 9562 section 5.7: 48 bits of Unix milliseconds, big-endian, then the version (7), 12
    // random bits, the variant (binary 10) and 62 random bits.
    std::array<char, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<char>((msSinceEpoch >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<char>(0x70 | (random[0] & 0x0f));
    b[7] = static_cast<char>(random[1]);
    b[8] = static_cast<char>(0x80 | (random[2] & 0x3f));
    for (std::size_t i = 9; i < 16; ++i)
        b[i] = static_cast<char>(random[i - 6]);
    return QUuid::fromRfc4122(QByteArrayView(b.data(), static_cast<qsizetype>(b.size()))).toString(QUuid::WithoutBraces);
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
