#include "storage/CipherSettings.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CipherSettings)
};

const std::pair<CipherHmac, const char *> kHmacs[] = {
    {CipherHmac::Sha1, "HMAC_SHA1"}, {CipherHmac::Sha256, "HMAC_SHA256"}, {CipherHmac::Sha512, "HMAC_SHA512"}};
const std::pair<CipherKdf, const char *> kKdfs[] = {{CipherKdf::Pbkdf2Sha1, "PBKDF2_HMAC_SHA1"},
                                                     {CipherKdf::Pbkdf2Sha256, "PBKDF2_HMAC_SHA256"},
                                                     {CipherKdf::Pbkdf2Sha512, "PBKDF2_HMAC_SHA512"}};

Error bad(const QString &key, const QString &why)
{
    return Error::invalid(QStringLiteral("cipher.") + key, why);
}

// A JSON integer in [lo, hi]; anything else (string, fraction, out of range) is refused.
Result<int> integerIn(const QJsonObject &o, const QString &key, int fallback, int lo, int hi)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return bad(key, Tr::tr("must be a whole number"));
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)) || d < lo || d > hi)
        return bad(key, Tr::tr("must be a whole number from %1 to %2").arg(lo).arg(hi));
    return static_cast<int>(d);
}

template <typename E, std::size_t N>
Result<E> named(const QJsonObject &o, const QString &key, E fallback, const std::pair<E, const char *> (&table)[N])
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    for (const auto &[value, name] : table)
        if (v.isString() && v.toString() == QLatin1String(name))
            return value;
    return bad(key, Tr::tr("is not an algorithm SQLCipher supports"));
}

} // namespace

QString CipherSettings::hmacName(CipherHmac h)
{
    for (const auto &[value, name] : kHmacs)
        if (value == h)
            return QLatin1String(name);
    return QLatin1String(kHmacs[0].second);
}

QString CipherSettings::kdfName(CipherKdf k)
{
    for (const auto &[value, name] : kKdfs)
        if (value == k)
            return QLatin1String(name);
    return QLatin1String(kKdfs[0].second);
}

Status CipherSettings::check() const
{
    if (compatibility != 3 && compatibility != 4)
        return bad(QStringLiteral("compatibility"), Tr::tr("must be 3 or 4"));
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return bad(QStringLiteral("page_size"), Tr::tr("must be a power of two from 512 to 65536"));
    if (kdfIter < 1 || kdfIter > 10000000)
        return bad(QStringLiteral("kdf_iter"), Tr::tr("must be a whole number from 1 to 10000000"));
    return {};
}

QStringList CipherSettings::pragmas() const
{
    // Only integers range-checked by check() and names from the tables above.
    return {
        QStringLiteral("PRAGMA cipher_compatibility = %1;").arg(compatibility),
        QStringLiteral("PRAGMA cipher_page_size = %1;").arg(pageSize),
        QStringLiteral("PRAGMA kdf_iter = %1;").arg(kdfIter),
        QStringLiteral("PRAGMA cipher_hmac_algorithm = %1;").arg(hmacName(hmacAlgorithm)),
        QStringLiteral("PRAGMA cipher_kdf_algorithm = %1;").arg(kdfName(kdfAlgorithm)),
    };
}

QJsonObject CipherSettings::toJson() const
{
    return {{QStringLiteral("compatibility"), compatibility},
            {QStringLiteral("page_size"), pageSize},
            {QStringLiteral("kdf_iter"), kdfIter},
            {QStringLiteral("hmac_algorithm"), hmacName(hmacAlgorithm)},
            {QStringLiteral("kdf_algorithm"), kdfName(kdfAlgorithm)}};
}

Result<CipherSettings> CipherSettings::fromJson(const QJsonObject &o)
{
    static const QStringList known = {QStringLiteral("compatibility"), QStringLiteral("page_size"), QStringLiteral("kdf_iter"),
                                      QStringLiteral("hmac_algorithm"), QStringLiteral("kdf_algorithm")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return bad(it.key(), Tr::tr("is not a cipher setting"));
    CipherSettings s;
    MUCO_READ(compatibility, integerIn(o, QStringLiteral("compatibility"), s.compatibility, 3, 4));
    MUCO_READ(pageSize, integerIn(o, QStringLiteral("page_size"), s.pageSize, 512, 65536));
    MUCO_READ(kdfIter, integerIn(o, QStringLiteral("kdf_iter"), s.kdfIter, 1, 10000000));
    MUCO_READ(hmac, named(o, QStringLiteral("hmac_algorithm"), s.hmacAlgorithm, kHmacs));
    MUCO_READ(kdf, named(o, QStringLiteral("kdf_algorithm"), s.kdfAlgorithm, kKdfs));
    s.compatibility = compatibility;
    s.pageSize = pageSize;
    s.kdfIter = kdfIter;
    s.hmacAlgorithm = hmac;
    s.kdfAlgorithm = kdf;
    MUCO_TRY(s.check());
    return s;
}

} // namespace muco
