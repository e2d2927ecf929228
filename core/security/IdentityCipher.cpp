#include "security/IdentityCipher.h"
#include <QCoreApplication>
#include <QVarLengthArray>
#include <sodium.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IdentityCipher)
};

constexpr QByteArrayView kPrefix("mt1:");
constexpr QByteArrayView kDomain("mucotrack-identity-v1:");
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// "mucotrack-identity-v1:<patient id>:<field>", on the stack.
using Buffer = QVarLengthArray<unsigned char, 256>;
void associatedData(Buffer &out, QByteArrayView patientId, QByteArrayView field)
{
    out.clear();
    out.append(reinterpret_cast<const unsigned char *>(kDomain.data()), kDomain.size());
    out.append(reinterpret_cast<const unsigned char *>(patientId.data()), patientId.size());
    out.append(':');
    out.append(reinterpret_cast<const unsigned char *>(field.data()), field.size());
}

} // namespace

bool IdentityCipher::isSealed(const QString &stored)
{
    return stored.startsWith(QLatin1StringView(kPrefix.data(), kPrefix.size()));
}

bool IdentityCipher::isSealed(QByteArrayView utf8)
{
    return utf8.startsWith(kPrefix);
}

namespace {

QString sealWith(const SecureBytes &key, const Buffer &ad, const QString &plain)
{
    if (plain.isEmpty() || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return {};
    initSodium();
    const QByteArray message = plain.toUtf8();
    QByteArray box(static_cast<qsizetype>(kNonce + kTag) + message.size(), '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, reinterpret_cast<const unsigned char *>(message.constData()),
                                               static_cast<unsigned long long>(message.size()), ad.constData(),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce, key.data());
    return QLatin1StringView(kPrefix.data(), kPrefix.size()) + QString::fromLatin1(box.toBase64());
}

std::optional<QString> openWith(const SecureBytes &key, const Buffer &ad, QByteArrayView storedUtf8)
{
    if (!storedUtf8.startsWith(kPrefix))
        return QString::fromUtf8(storedUtf8);
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || !initSodium())
        return std::nullopt;
    // Qt's decoder: libsodium's (constant time, for secrets in base64) was a fifth of listing
    // 5,000 patients; this is ciphertext, stored beside the data anyway.
    const QByteArrayView b64 = storedUtf8.sliced(kPrefix.size());
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(b64.data(), b64.size()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const auto boxLength = static_cast<std::size_t>(decoded.decoded.size());
    if (!decoded || boxLength < kNonce + kTag)
        return std::nullopt;
    const auto *box = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
    QVarLengthArray<char, 256> plain(static_cast<qsizetype>(boxLength - kNonce - kTag));
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   box + kNonce, boxLength - kNonce, ad.constData(),
                                                   static_cast<unsigned long long>(ad.size()), box, key.data())
        != 0)
        return std::nullopt;
    QString out = QString::fromUtf8(plain.constData(), static_cast<qsizetype>(written));
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    return out;
}

Buffer rawData(QByteArrayView bytes)
{
    Buffer out;
    out.append(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    return out;
}

} // namespace

QString IdentityCipher::seal(const SecureBytes &key, const QString &patientId, const QString &field, const QString &plain)
{
    Buffer ad;
    associatedData(ad, patientId.toUtf8(), field.toUtf8());
    return sealWith(key, ad, plain);
}

QString IdentityCipher::sealValue(const SecureBytes &key, QByteArrayView associatedData, const QString &plain)
{
    return sealWith(key, rawData(associatedData), plain);
}

std::optional<QString> IdentityCipher::openValue(const SecureBytes &key, QByteArrayView associatedData, QByteArrayView storedUtf8)
{
    return openWith(key, rawData(associatedData), storedUtf8);
}

std::optional<QString> IdentityCipher::open(const SecureBytes &key, QByteArrayView patientIdUtf8, QByteArrayView field,
                                            QByteArrayView storedUtf8)
{
    if (!isSealed(storedUtf8))
        return QString::fromUtf8(storedUtf8);
    Buffer ad;
    associatedData(ad, patientIdUtf8, field);
    return openWith(key, ad, storedUtf8);
}

Result<QString> IdentityCipher::open(const SecureBytes &key, const QString &patientId, const QString &field, const QString &stored)
{
    if (!isSealed(stored))
        return stored;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return Error::denied(Tr::tr("This account does not hold the key to patients' identities."));
    initSodium();
    const QByteArray id = patientId.toUtf8(), name = field.toUtf8(), bytes = stored.toUtf8();
    auto text = open(key, QByteArrayView(id), QByteArrayView(name), QByteArrayView(bytes));
    if (!text)
        return Error::storage(Tr::tr("The stored %1 of patient %2 does not open with the identity key: it was altered or "
                                     "moved.").arg(field, patientId));
    return *text;
}

} // namespace muco
