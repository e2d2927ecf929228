#include "security/SigningKey.h"
#include <sodium.h>

namespace muco {

SigningKey::SigningKey(QString owner, SecureBytes seed) : m_owner(std::move(owner))
{
    initSodium();
    if (seed.size() != crypto_sign_SEEDBYTES)
        return;
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    QByteArray pub(crypto_sign_PUBLICKEYBYTES, '\0');
    if (crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pub.data()), secret.data(), seed.data()) != 0)
        return;
    m_keys = std::make_shared<const Secret>(Secret{std::move(seed), std::move(secret)});
    m_public = pub;
    m_publicHex = QString::fromLatin1(pub.toHex());
}

const SecureBytes &SigningKey::seed() const
{
    static const SecureBytes none;
    return m_keys ? m_keys->seed : none;
}

SigningKey SigningKey::generate(const QString &owner)
{
    return SigningKey(owner, SecureBytes::random(crypto_sign_SEEDBYTES));
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    if (isNull())
        return {};
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_keys->secretKey.data());
    return sig;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    initSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace muco
