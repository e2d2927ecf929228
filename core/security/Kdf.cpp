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

Result<SecureBytes> deriveKey(const Secret &secret, const QByteArray &salt, const KdfCost &cost)
{
    initSodium();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error::storage(QCoreApplication::translate("muco::Kdf", "A key slot has a malformed salt."));
    static const char nothing = 0;   // an empty secret has no buffer; Argon2id wants a pointer
    const char *bytes = secret.isEmpty() ? &nothing : reinterpret_cast<const char *>(secret.data());
    SecureBytes key(crypto_secretbox_KEYBYTES);
    const int rc = crypto_pwhash(key.data(), key.size(), bytes, static_cast<unsigned long long>(secret.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()), cost.opslimit, cost.memlimit,
                                 crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error::storage(QCoreApplication::translate("muco::Kdf", "Not enough memory to derive the key (Argon2id)."));
    return key;
}

} // namespace muco
