#include "security/AllocationSeal.h"
#include "common/SecureBytes.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AllocationSeal)
};

constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(AllocationSeal::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

QByteArray associatedData(const QString &device, const QString &stratum, int sequence)
{
    return QStringLiteral("mucotrack.reserve.v1|%1|%2|%3").arg(device, stratum).arg(sequence).toUtf8();
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray AllocationSeal::newKey()
{
    initSodium();
    QByteArray key(kKeyBytes, '\0');
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

Result<QString> AllocationSeal::seal(const QByteArray &key, const QString &device, const QString &stratum, int sequence, const QString &arm)
{
    if (key.size() != kKeyBytes)
        return Error::invalid(QStringLiteral("key"), Tr::tr("a reserve's sealing key has %1 bytes").arg(kKeyBytes));
    if (!initSodium())
        return Error::storage(Tr::tr("libsodium could not be initialised."));
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("stratum"), stratum}, {QStringLiteral("sequence"), sequence},
                                                       {QStringLiteral("arm"), arm}}).toJson(QJsonDocument::Compact);
    const QByteArray ad = associatedData(device, stratum, sequence);
    QByteArray box(kNonce + plain.size() + kTag, '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, static_cast<size_t>(kNonce));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, bytes(plain), static_cast<unsigned long long>(plain.size()),
                                               bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, nonce, bytes(key));
    box.resize(kNonce + static_cast<qsizetype>(written));
    return QString::fromLatin1(box.toBase64());   // Result<QString> from the text
}

std::optional<QString> AllocationSeal::open(const QByteArray &key, const QString &device, const QString &stratum, int sequence,
                                            const QString &sealed)
{
    const QByteArray box = QByteArray::fromBase64(sealed.toLatin1());
    if (key.size() != kKeyBytes || box.size() <= kNonce + kTag || !initSodium())
        return std::nullopt;
    const QByteArray ad = associatedData(device, stratum, sequence);
    QByteArray plain(box.size() - kNonce - kTag, '\0');
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   bytes(box) + kNonce, static_cast<unsigned long long>(box.size() - kNonce),
                                                   bytes(ad), static_cast<unsigned long long>(ad.size()), bytes(box), bytes(key)) != 0)
        return std::nullopt;
    plain.resize(static_cast<qsizetype>(written));
    // What the seal says of its place must be where it was found, as the associated data already proves.
    const QJsonObject e = QJsonDocument::fromJson(plain).object();
    if (e.value(QStringLiteral("stratum")).toString() != stratum || e.value(QStringLiteral("sequence")).toInt() != sequence)
        return std::nullopt;
    return e.value(QStringLiteral("arm")).toString();
}

} // namespace muco
