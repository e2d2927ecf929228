#include "common/Sha256.h"
#include <openssl/evp.h>
#include <cstdlib>
#include <memory>

namespace muco {

namespace {

constexpr int kDigestBytes = 32;

const EVP_MD *sha256Method()
{
    // Fetched once: looking the algorithm up by name for every digest cost more than the digest.
    static const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

void digest(QByteArrayView bytes, unsigned char (&out)[kDigestBytes])
{
    struct FreeContext {
        void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
    };
    thread_local std::unique_ptr<EVP_MD_CTX, FreeContext> context(EVP_MD_CTX_new());
    const EVP_MD *md = sha256Method();
    unsigned int size = 0;
    // A failure here is a broken OpenSSL installation: nothing to hash with, so nothing to trust.
    if (!md || !context || EVP_DigestInit_ex(context.get(), md, nullptr) != 1
        || EVP_DigestUpdate(context.get(), bytes.data(), static_cast<size_t>(bytes.size())) != 1
        || EVP_DigestFinal_ex(context.get(), out, &size) != 1 || size != kDigestBytes)
        std::abort();
}

} // namespace

QByteArray sha256(QByteArrayView bytes)
{
    unsigned char out[kDigestBytes];
    digest(bytes, out);
    return QByteArray(reinterpret_cast<const char *>(out), kDigestBytes);
}

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char out[kDigestBytes];
    digest(bytes, out);
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString hex(2 * kDigestBytes, Qt::Uninitialized);
    char16_t *at = reinterpret_cast<char16_t *>(hex.data());
    for (const unsigned char b : out) {
        *at++ = kHex[b >> 4];
        *at++ = kHex[b & 0xf];
    }
    return hex;
}

} // namespace muco
