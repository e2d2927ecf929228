#include "common/Ids.h"
#include "common/SecureBytes.h"
#include <QUuid>

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
} // namespace muco
