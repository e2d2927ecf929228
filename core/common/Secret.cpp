#include "common/Secret.h"
#include <cstring>

namespace muco {

Secret::Secret(const QString &text)
{
    // The same bytes as every slot was ever derived from (QString::toUtf8); the transient copy
    // is wiped at once.
    QByteArray utf8 = text.toUtf8();
    *this = fromUtf8(reinterpret_cast<const unsigned char *>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
}

Secret Secret::fromUtf8(const unsigned char *bytes, std::size_t size)
{
    SecureBytes guarded(size);
    if (size > 0 && guarded.data())
        std::memcpy(guarded.data(), bytes, size);
    return Secret(std::move(guarded));
}

std::size_t Secret::characters() const
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < size(); ++i)
        n += (data()[i] & 0xC0) != 0x80;   // every byte but a continuation byte starts a character
    return n;
}

} // namespace muco
