#include "common/SecureBytes.h"
#include <sodium.h>
#include <utility>

namespace muco {

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBytes::SecureBytes(std::size_t size)
{
    initSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, m_size);
    }
}

SecureBytes::~SecureBytes()
{
    if (m_data)
        sodium_free(m_data);   // sodium_free zeroes before unmapping
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes b(size);
    if (b.m_data)
        randombytes_buf(b.m_data, b.m_size);
    return b;
}

SecureBytes SecureBytes::fromHex(const QString &hex)
{
    QByteArray latin = hex.toLatin1();
    if (latin.size() % 2 != 0)
        return {};
    SecureBytes b(static_cast<std::size_t>(latin.size() / 2));
    std::size_t written = 0;
    const int rc = sodium_hex2bin(b.m_data, b.m_size, latin.constData(), static_cast<std::size_t>(latin.size()),
                                  nullptr, &written, nullptr);
    wipe(latin);
    if (rc != 0 || written != b.m_size)
        return {};
    return b;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

QByteArray SecureBytes::toHex() const
{
    QByteArray out(static_cast<qsizetype>(m_size * 2 + 1), '\0');
    sodium_bin2hex(out.data(), static_cast<std::size_t>(out.size()), m_data, m_size);
    out.chop(1);
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace muco
