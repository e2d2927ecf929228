#include "security/Kdf.h"
#include <QCoreApplication>
#include <sodium.h>

namespace muco {

KdfCost KdfCost::standard()
{
    return {3, 256ull * 1024 * 1024};
}

KdfCost KdfCost::fast()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<SecureBytes> deriveKey(const QString &secret, const QByteArray &salt, const KdfCost &cost)
{
    initSodium();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error::storage(QCoreApplication::translate("muco::Kdf", "A key slot has a malformed salt."));
    QByteArray utf8 = secret.toUtf8();
    SecureBytes key(crypto_secretbox_KEYBYTES);
    const int rc = crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()), cost.opslimit, cost.memlimit,
                                 crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        return Error::storage(QCoreApplication::translate("muco::Kdf", "Not enough memory to derive the key (Argon2id)."));
    return key;
}

} // namespace muco
