#pragma once
// One account's Ed25519 key pair (libsodium crypto_sign). The 32-byte seed is what the
// account's key slot wraps beside the database key, under the account's password; the
// public key is registered in the audit chain by the administrator who made the account.
// Audit entries and electronic signatures are signed with it (docs/security.md, C1).
#include "common/SecureBytes.h"
#include <QByteArray>
#include <QString>

namespace muco {

class SigningKey {
public:
    static constexpr std::size_t kSeedBytes = 32;

    SigningKey() = default;
    // From a seed unwrapped from a key slot; empty (isNull) when the seed has the wrong size.
    SigningKey(QString owner, SecureBytes seed);
    static SigningKey generate(const QString &owner);

    bool isNull() const { return m_secret.isEmpty(); }
    const QString &owner() const { return m_owner; }
    const SecureBytes &seed() const { return m_seed; }
    QByteArray publicKey() const { return m_public; }
    QString publicKeyHex() const { return QString::fromLatin1(m_public.toHex()); }
    // A detached signature of `message`, empty when the key is null.
    QByteArray sign(const QByteArray &message) const;

    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    QString m_owner;
    SecureBytes m_seed;
    SecureBytes m_secret;
    QByteArray m_public;
};

} // namespace muco
