#include "storage/CipherSettings.h"

namespace muco {

QStringList CipherSettings::pragmas() const
{
    return {
        QStringLiteral("PRAGMA cipher_compatibility = %1;").arg(compatibility),
        QStringLiteral("PRAGMA cipher_page_size = %1;").arg(pageSize),
        QStringLiteral("PRAGMA kdf_iter = %1;").arg(kdfIter),
        QStringLiteral("PRAGMA cipher_hmac_algorithm = %1;").arg(hmacAlgorithm),
        QStringLiteral("PRAGMA cipher_kdf_algorithm = %1;").arg(kdfAlgorithm),
    };
}

QJsonObject CipherSettings::toJson() const
{
    return {{QStringLiteral("compatibility"), compatibility},
            {QStringLiteral("page_size"), pageSize},
            {QStringLiteral("kdf_iter"), kdfIter},
            {QStringLiteral("hmac_algorithm"), hmacAlgorithm},
            {QStringLiteral("kdf_algorithm"), kdfAlgorithm}};
}

CipherSettings CipherSettings::fromJson(const QJsonObject &o)
{
    CipherSettings s;
    s.compatibility = o.value(QStringLiteral("compatibility")).toInt(s.compatibility);
    s.pageSize = o.value(QStringLiteral("page_size")).toInt(s.pageSize);
    s.kdfIter = o.value(QStringLiteral("kdf_iter")).toInt(s.kdfIter);
    s.hmacAlgorithm = o.value(QStringLiteral("hmac_algorithm")).toString(s.hmacAlgorithm);
    s.kdfAlgorithm = o.value(QStringLiteral("kdf_algorithm")).toString(s.kdfAlgorithm);
    return s;
}

} // namespace muco
